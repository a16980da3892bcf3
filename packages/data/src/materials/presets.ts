/**
 * Material presets: the rare earth content of the materials a bill of materials names, each
 * figure a sourced range with its label (`materials-composition.md` §1-3). Where no source gives
 * a composition (bonded NdFeB, phosphors, NiMH alloy splits), there is no preset: the user states
 * the content with material `custom`. What was left out, and why: packages/data/README.md.
 * @since 0.2.0
 */
import type * as Material from "@rareearth/core/Material"
import type * as Source from "@rareearth/core/Source"
import { MaterialSources as S } from "./sources.ts"

const reported: Source.Confidence = { kind: "reported" }

const TOTAL_RE: Material.ComponentContent = {
  component: "total RE",
  elements: ["Nd", "Pr", "Dy", "Tb"],
  complete: false,
  basis: { kind: "metal" },
  wtPercent: { min: 29, max: 32.5 },
  sources: [S.sdmPriceTrend, S.courageFaq],
  confidence: reported,
  note: "V2: total rare earth content of commercial sintered NdFeB (Nd, Pr, Dy, Tb and others together), 29.0-32.5 wt% (SDM; the mirrored vendor FAQ gives 29-32.5%). The reference recommends it over the stoichiometric 26.7% of Nd2Fe14B.",
}

/** D: the Nd/Pr split of a heavy-RE-free magnet at 30 wt% RE and a 75-80 : 20-25 Nd:Pr alloy ratio. */
const derivedSplit = (
  element: "Nd" | "Pr",
  low: number,
  high: number,
): Material.ComponentContent => ({
  component: element,
  elements: [element],
  complete: true,
  basis: { kind: "metal" },
  wtPercent: { min: low, max: high },
  sources: [S.sdmPriceTrend],
  confidence: {
    kind: "derived",
    formula: element === "Nd" ? "total_re * nd_share_low" : "total_re * pr_share_low",
    inputs:
      element === "Nd"
        ? {
            total_re: {
              value: 30,
              label: "total RE of sintered NdFeB, about 30 wt%",
              sourceIds: [S.sdmPriceTrend.id],
            },
            nd_share_low: {
              value: 0.75,
              label: "Nd share of Pr-Nd alloy metal (75-80% of TREM; low end)",
              sourceIds: [S.sdmPriceTrend.id],
            },
          }
        : {
            total_re: {
              value: 30,
              label: "total RE of sintered NdFeB, about 30 wt%",
              sourceIds: [S.sdmPriceTrend.id],
            },
            pr_share_low: {
              value: 0.2,
              label: "Pr share of Pr-Nd alloy metal (20-25% of TREM; low end)",
              sourceIds: [S.sdmPriceTrend.id],
            },
          },
    rounding: "none",
  },
  note: `D, an assumption rather than a fact (reference §1a): at 30 wt% total RE and the SMM Pr-Nd alloy ratio (Reuters 2012), ${element} is about ${low}-${high} wt% (the formula gives the low end; the high end uses the other end of the ratio). Valid for a magnet without heavy rare earths.`,
})

const heavyRe = (
  min: number,
  max: number,
  note: string,
  sources: ReadonlyArray<Source.SourceRef>,
  elements: ReadonlyArray<"Dy" | "Tb"> = ["Dy", "Tb"],
): Material.ComponentContent => ({
  component: elements.join("/"),
  elements: [...elements],
  complete: true,
  basis: { kind: "metal" },
  wtPercent: { min, max },
  sources: [...sources],
  confidence: reported,
  note,
})

const ALL_GRADES_NOTE =
  "V (one publisher): the all-grades range, 2-8% Dy/Tb by weight depending on grade (Mainrich). No figure specific to this grade family was found (reference §6, question 1): the range is not narrowed by guessing."

/**
 * The material presets, by id.
 * @example
 * ```ts
 * import { materialPresets } from "@rareearth/data"
 * materialPresets.map((preset) => preset.id).includes("ndfeb-sintered") // true
 * ```
 * @category materials
 * @since 0.2.0
 */
export const materialPresets: ReadonlyArray<Material.MaterialPreset> = [
  {
    id: "ndfeb-sintered",
    name: "Sintered NdFeB magnet",
    description:
      "Sintered neodymium-iron-boron permanent magnet, by grade (N42, N42SH, N38EH ...). Heavy rare earth (Dy/Tb) content depends on the grade's coercivity family.",
    form: "magnet",
    contents: [TOTAL_RE, derivedSplit("Nd", 22.5, 24), derivedSplit("Pr", 6, 7.5)],
    grades: {
      N: [
        heavyRe(
          0,
          8,
          "V: a standard N-grade magnet such as N42 'may contain zero Dy' (Mainrich grades article); the upper end is the all-grades maximum of 8% (Mainrich). No N-specific upper figure was found.",
          [S.mainrichGrades, S.mainrichGbd],
        ),
      ],
      M: [heavyRe(2, 8, ALL_GRADES_NOTE, [S.mainrichGbd])],
      H: [heavyRe(2, 8, ALL_GRADES_NOTE, [S.mainrichGbd])],
      SH: [heavyRe(2, 8, ALL_GRADES_NOTE, [S.mainrichGbd])],
      UH: [heavyRe(2, 8, ALL_GRADES_NOTE, [S.mainrichGbd])],
      EH: [
        heavyRe(
          6,
          8,
          "V (one publisher): 'an N38EH can be 6-8% Dy by weight' (Mainrich grades article).",
          [S.mainrichGrades],
          ["Dy"],
        ),
      ],
      AH: [heavyRe(2, 8, ALL_GRADES_NOTE, [S.mainrichGbd])],
    },
  },
  {
    id: "ndfeb-gbd-eh",
    name: "Grain-boundary-diffused NdFeB magnet, EH class (illustrative)",
    description:
      "A grain-boundary-diffused EH-class NdFeB magnet. Its Dy/Tb content is derived from bulk EH content and the publisher's stated savings: no absolute figure was found.",
    form: "magnet",
    contents: [
      TOTAL_RE,
      {
        component: "Dy/Tb",
        elements: ["Dy", "Tb"],
        complete: true,
        basis: { kind: "metal" },
        wtPercent: { min: 1.8, max: 4 },
        sources: [S.mainrichGrades, S.mainrichGbd],
        confidence: {
          kind: "derived",
          formula: "bulk_eh_low * (1 - saving_high)",
          inputs: {
            bulk_eh_low: {
              value: 6,
              label: "bulk EH-grade Dy, low end (6-8 wt%)",
              sourceIds: [S.mainrichGrades.id],
            },
            saving_high: {
              value: 0.7,
              label: "GBD heavy-RE saving, high end (50-70%)",
              sourceIds: [S.mainrichGbd.id],
            },
          },
          rounding: "none",
        },
        note: "D (reference §1c): 6 x (1 - 0.70) = 1.8; 8 x (1 - 0.50) = 4.0. The same publisher also states 30-60% savings, which would give more.",
      },
    ],
  },
  {
    id: "smco-1-5",
    name: "SmCo5 (1:5) samarium-cobalt magnet",
    description: "Samarium-cobalt permanent magnet of the 1:5 type.",
    form: "magnet",
    contents: [
      {
        component: "Sm",
        elements: ["Sm"],
        complete: true,
        basis: { kind: "metal" },
        wtPercent: { min: 33.8, max: 37 },
        sources: [S.smcoBrm, S.smcoStanford, S.smcoCourage, S.smcoAdams],
        confidence: reported,
        note: "Range recommended by the reference (§2): vendors give 36% (three pages, V2) and 37% (Adams, V); 33.8% is the stoichiometric SmCo5 content (D: 150.36 / 445.03). Conflict kept as a range.",
      },
    ],
  },
  {
    id: "smco-2-17",
    name: "Sm2Co17 (2:17) samarium-cobalt magnet",
    description: "Samarium-cobalt permanent magnet of the 2:17 type (with Fe, Cu, Zr/Hf).",
    form: "magnet",
    contents: [
      {
        component: "Sm",
        elements: ["Sm"],
        complete: true,
        basis: { kind: "metal" },
        wtPercent: { min: 23, max: 28 },
        sources: [S.smcoCourage, S.smcoBrm, S.smcoStanford, S.smcoAdams],
        confidence: reported,
        note: "Sm 23-28% (Courage, V); 'generally 25%' (two vendor pages, V2; Adams 'about 25%'). Gd, Tb, Er may be added with no wt% given.",
      },
    ],
  },
  {
    id: "nimh-battery",
    name: "NiMH battery (consumer cell)",
    description:
      "Nickel-metal hydride battery; the rare earths are in the AB5 negative-electrode alloy.",
    form: "alloy",
    contents: [
      {
        component: "total RE",
        elements: ["La", "Ce", "Pr", "Nd"],
        complete: true,
        basis: { kind: "metal" },
        wtPercent: { min: 7, max: 7 },
        sources: [S.abriNimh],
        confidence: reported,
        note: "V: 'around 7%' rare earth elements (Ce, La, Nd, Pr) in a NiMH battery. The La/Ce/Pr/Nd split is not sourced (reference §6, question 8).",
      },
    ],
  },
  {
    id: "autocatalyst-twc",
    name: "Automotive three-way catalyst",
    description: "Whole automotive catalyst (500 g to 2,500 g in a standard car).",
    form: "other",
    contents: [
      {
        component: "Ce",
        elements: ["Ce"],
        complete: true,
        basis: { kind: "metal" },
        wtPercent: { min: 3, max: 5 },
        sources: [S.basiqAutocat],
        confidence: reported,
        note: "V: 'between 3 and 5% cerium' (S. Steinlechner, Univ. Leoben).",
      },
    ],
  },
  {
    id: "ceria-polishing-low-ce",
    name: "Low-cerium glass polishing powder",
    description:
      "Mixed rare earth oxide polishing powder with about 50% CeO2 (the rest La, Nd, Pr oxides).",
    form: "oxide_compound",
    contents: [
      {
        component: "CeO2",
        elements: ["Ce"],
        complete: true,
        basis: { kind: "oxide", formula: "CeO2" },
        wtPercent: { min: 50, max: 50 },
        sources: [S.honwayCeria],
        confidence: reported,
        note: "V: 'generally contains about 50% CeO2, the other 50% is La2O3, Nd2O3, Pr6O11, etc.'. The La/Nd/Pr split is not given.",
      },
    ],
  },
  {
    id: "ysz-3y-tzp",
    name: "3Y-TZP yttria-stabilised zirconia",
    description:
      "3 mol% yttria tetragonal zirconia polycrystal (dental and structural ceramics, 1st-2nd generation).",
    form: "oxide_compound",
    contents: [
      {
        component: "Y2O3",
        elements: ["Y"],
        complete: true,
        basis: { kind: "oxide", formula: "Y2O3" },
        wtPercent: { min: 4.5, max: 5.6 },
        sources: [S.ysz3yReview],
        confidence: reported,
        note: "V: 4.5-5.6 wt% Y2O3 (review table). A supplier's 'mol%' may be on a YO1.5 basis: check (reference §3f).",
      },
    ],
  },
  {
    id: "ysz-7-tbc",
    name: "7YSZ thermal-barrier coating",
    description:
      "7 wt% yttria-stabilised zirconia, the usual thermal-barrier coating of turbine parts.",
    form: "oxide_compound",
    contents: [
      {
        component: "Y2O3",
        elements: ["Y"],
        complete: true,
        basis: { kind: "oxide", formula: "Y2O3" },
        wtPercent: { min: 7, max: 7 },
        sources: [S.tbcCoatings],
        confidence: reported,
        note: "V (repost): 'typically using a 7 wt.% Y2O3-ZrO2 formulation'; the original optimum was 6-8 wt%.",
      },
    ],
  },
  {
    id: "sc-al-alloy",
    name: "Aluminium-scandium alloy",
    description: "Al-Sc structural alloy.",
    form: "alloy",
    contents: [
      {
        component: "Sc",
        elements: ["Sc"],
        complete: true,
        basis: { kind: "metal" },
        wtPercent: { min: 0.1, max: 0.5 },
        sources: [S.scAlExplainer, S.scAlDatasheet],
        confidence: reported,
        note: "V2: 'typically ranging from 0.1% to 0.5% by weight' (explainer; supplier datasheet Sc 0.10-0.50 wt%).",
      },
    ],
  },
  {
    id: "fcc-catalyst",
    name: "Fluid catalytic cracking (FCC) catalyst",
    description: "Refinery FCC catalyst; rare earths (mainly La, Ce) as oxides.",
    form: "other",
    contents: [
      {
        component: "RE oxides",
        elements: ["La", "Ce"],
        complete: false,
        basis: { kind: "oxide", formula: "RE2O3" },
        wtPercent: { min: null, max: 4 },
        sources: [S.fccWsj],
        confidence: reported,
        note: "V2 (one wire): 'rare earths account for only up to 4% of catalysts' (NPRA via WSJ, 2011). Only an upper bound: the lower end is unknown, not zero. Mixed oxides cannot be converted to metal without a split.",
      },
    ],
  },
  {
    id: "nd-yag-1at",
    name: "Nd:YAG laser crystal, 1 at% Nd",
    description: "Neodymium-doped yttrium aluminium garnet at the common 1.0 at% doping.",
    form: "other",
    contents: [
      {
        component: "Nd",
        elements: ["Nd"],
        complete: true,
        basis: { kind: "metal" },
        wtPercent: { min: 0.727, max: 0.727 },
        sources: [S.ndYag],
        confidence: reported,
        note: "V: 1.0% Nd atoms in the lattice is equivalent to 0.727 wt% Nd (SZLaser). The Y of the YAG host (44.9 wt%, D) is not included.",
      },
    ],
  },
  {
    id: "er-doped-fibre",
    name: "Erbium-doped amplifier fibre (lumped EDFA)",
    description: "Optical fibre doped with erbium oxide for amplifiers.",
    form: "other",
    contents: [
      {
        component: "Er2O3",
        elements: ["Er"],
        complete: true,
        basis: { kind: "oxide", formula: "Er2O3" },
        wtPercent: { min: 0.001, max: 0.1 },
        sources: [S.erFibre],
        confidence: reported,
        note: "V: doped with 10 to 1000 ppm erbium oxide (10 ppm = 0.001 wt%, 1000 ppm = 0.1 wt%).",
      },
    ],
  },
]
