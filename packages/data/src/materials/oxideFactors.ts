/**
 * Oxide-to-metal conversion factors (`materials-composition.md` §4): the ASTR table of IUPAC-based
 * factors (V; CeO2 and Nd2O3 confirmed by a second source, V2), and the Dy2O3, Tb4O7 and Eu2O3
 * factors derived from the same atomic weights (D, with their formula).
 * @since 0.2.0
 */
import type * as Material from "@rareearth/core/Material"
import type * as Source from "@rareearth/core/Source"
import { MaterialSources as S } from "./sources.ts"

const reported: Source.Confidence = { kind: "reported" }

const tabulated = (
  oxide: string,
  element: Material.OxideFactor["element"],
  oxideToMetal: number,
  metalToOxide: number,
  extra: ReadonlyArray<Source.SourceRef> = [],
  note?: string,
): Material.OxideFactor => ({
  oxide,
  element,
  oxideToMetal,
  metalToOxide,
  sources: [S.astr, ...extra],
  confidence: reported,
  ...(note === undefined ? {} : { note }),
})

/** A factor computed from atomic weights: metal mass / oxide formula mass. */
const fromAtomicWeights = (
  oxide: string,
  element: Material.OxideFactor["element"],
  metalAtoms: number,
  atomicWeight: number,
  oxygenAtoms: number,
  oxideToMetal: number,
  metalToOxide: number,
  note: string,
): Material.OxideFactor => ({
  oxide,
  element,
  oxideToMetal,
  metalToOxide,
  sources: [S.astr],
  confidence: {
    kind: "derived",
    formula: "metal_atoms * metal / (metal_atoms * metal + oxygen_atoms * oxygen)",
    inputs: {
      metal_atoms: {
        value: metalAtoms,
        label: `${element} atoms in ${oxide}`,
        sourceIds: [S.astr.id],
      },
      metal: {
        value: atomicWeight,
        label: `standard atomic weight of ${element}`,
        sourceIds: [S.astr.id],
      },
      oxygen_atoms: { value: oxygenAtoms, label: `O atoms in ${oxide}`, sourceIds: [S.astr.id] },
      oxygen: { value: 15.999, label: "standard atomic weight of O", sourceIds: [S.astr.id] },
    },
    rounding: "none",
  },
  note,
})

/**
 * Oxide-to-metal factors, one per oxide.
 * @example
 * ```ts
 * import { oxideFactors } from "@rareearth/data"
 * oxideFactors.find((factor) => factor.oxide === "Dy2O3")?.oxideToMetal // 0.8713
 * ```
 * @category materials
 * @since 0.2.0
 */
export const oxideFactors: ReadonlyArray<Material.OxideFactor> = [
  tabulated("La2O3", "La", 0.8527, 1.1728),
  tabulated(
    "CeO2",
    "Ce",
    0.8141,
    1.2284,
    [S.ecoinventCeria],
    "V2: the ecoinvent dataset states an 81.41% cerium content.",
  ),
  tabulated("Pr6O11", "Pr", 0.8277, 1.2082),
  tabulated(
    "Nd2O3",
    "Nd",
    0.8574,
    1.1664,
    [S.ndYag],
    "V2: also implied by SZLaser (0.727 wt% Nd = 0.848 wt% Nd2O3).",
  ),
  tabulated("Sm2O3", "Sm", 0.8624, 1.1596),
  fromAtomicWeights(
    "Eu2O3",
    "Eu",
    2,
    151.964,
    3,
    0.8636,
    1.1579,
    "D: recomputed; the ASTR table prints 0.8638 / 1.1582, an inconsistency in its fourth decimal (reference §4).",
  ),
  tabulated("Gd2O3", "Gd", 0.8676, 1.1526),
  fromAtomicWeights(
    "Tb4O7",
    "Tb",
    4,
    158.925,
    7,
    0.8502,
    1.1762,
    "D: ASTR lists only Tb2O3 (0.8688); Tb4O7 is the oxide traded.",
  ),
  fromAtomicWeights("Dy2O3", "Dy", 2, 162.5, 3, 0.8713, 1.1477, "D: ASTR has no Dy row."),
  tabulated("Ho2O3", "Ho", 0.873, 1.1455),
  tabulated("Er2O3", "Er", 0.8745, 1.1435),
  tabulated("Lu2O3", "Lu", 0.8794, 1.1372),
  tabulated("Y2O3", "Y", 0.7874, 1.2699),
  tabulated("Sc2O3", "Sc", 0.652, 1.5338),
]
