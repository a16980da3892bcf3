/**
 * The 17 rare earth elements: symbols, atomic data, groupings per convention, uses.
 * @since 0.1.0
 */

import {
  type ClassificationConvention,
  type Element,
  type ElementGroup,
  type ElementSymbol,
  SYMBOLS,
} from "./ElementSchema.ts"
import { invalid, quote } from "./InputError.ts"
import type { SourceRef } from "./Source.ts"

// The schemas (and the symbols) live in ElementSchema.ts, apart from the catalogue below, so
// that code decoding element records (an API client) does not carry the 17 elements' data.
export {
  AtomicWeight,
  ClassificationConvention,
  Element,
  ElementGroup,
  ElementSymbol,
  SYMBOLS,
} from "./ElementSchema.ts"

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/**
 * The sources behind {@link ELEMENTS}: atomic data (CIAAW revisions), the classification
 * conventions and the uses. Each element's `sourceIds` points into this list.
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.ELEMENT_SOURCES.find((source) => source.id === "usgs-earth-magazine-ree")?.url
 * ```
 * @category sources
 * @since 0.1.0
 */
export const ELEMENT_SOURCES: ReadonlyArray<SourceRef> = [
  {
    id: "periodic-table-json",
    title: "Periodic-Table-JSON (PeriodicTableJSON.json, commit ea41119)",
    publisher: "Bowserinator on GitHub",
    url: "https://github.com/Bowserinator/Periodic-Table-JSON",
    note: "Symbols, names and atomic numbers only. Its atomic_mass values are stale and glue the uncertainty digit on; not used. CC BY-SA 3.0.",
  },
  {
    id: "cen-2024-atomic-weights",
    title: "Weighty matters: 3 elements get new atomic weights (CIAAW 2024 revision of Gd, Lu, Zr)",
    publisher: "C&EN, American Chemical Society",
    url: "https://cen.acs.org/physical-chemistry/periodic-table/Weighty-matters-3-elements/102/i34",
  },
  {
    id: "moravec-2024-atomic-weights",
    title: "IUPAC upravil atomové hmotnosti tří důležitých kovů (CIAAW 2024 revision)",
    publisher: "z-moravec.net",
    url: "http://z-moravec.net/iupac-upravil-atomove-hmotnosti-tri-dulezitych-kovu",
  },
  {
    id: "ciaaw-2017-monoisotopic",
    title:
      "CIAAW 2017 revision of the standard atomic weights of monoisotopic Y, Tb, Ho, Tm and Pr",
    publisher: "5eugsc.org",
    url: "https://5eugsc.org/index-704.html",
    reliability: {
      rating: "weak",
      reason:
        "a page of unclear provenance, not CIAAW's own; the only page found for the 2017 values (re-check against ciaaw.org)",
    },
  },
  {
    id: "usgs-earth-magazine-ree",
    title: "Mineral Resource of the Month: Rare Earth Elements (D. Cordier, USGS)",
    publisher: "EARTH Magazine",
    url: "https://www.earthmagazine.org/article/mineral-resource-month-rare-earth-elements/",
    note: "USGS convention: light La-Gd, heavy Tb-Lu and Y; scandium is neither.",
  },
  {
    id: "cn-two-group-nbyzjl",
    title: "Light (轻稀土) and medium-heavy (中重稀土) rare earths: the Chinese two-group split",
    publisher: "nbyzjl.com",
    url: "http://www.nbyzjl.com/2022/07/02/67290.html",
  },
  {
    id: "cn-two-group-juduo",
    title: "Chinese two-group classification of rare earths (cerium group / yttrium group)",
    publisher: "juduo.cc",
    url: "https://juduo.cc/club/2824747.html",
  },
  {
    id: "cn-three-group-gethgdk",
    title: "Chinese three-group classification of rare earths (P204 extraction split)",
    publisher: "gethgdk.com",
    url: "http://m.gethgdk.com/hebeideji/2384802445700362140.html",
    note: "Low-quality page for a widely known scheme.",
  },
  {
    id: "mofcom-2025-18-text",
    title:
      "MOFCOM/GAC Announcement No. 18 of 2025: export controls on medium and heavy rare earths (text)",
    publisher: "Osenc Magnet",
    url: "https://osencmagnet.com/export-controls-on-rare-earth-elements/",
  },
  {
    id: "mofcom-2025-57-siliconexpert",
    title:
      "China expands export controls on middle and heavy rare earth elements (Announcement No. 57 of 2025)",
    publisher: "SiliconExpert",
    url: "https://www.siliconexpert.com/blog/china-expands-export-controls-on-middle-and-heavy-rare-earth-elements",
  },
  {
    id: "mofcom-2025-57-text-zh",
    title: "MOFCOM/GAC Announcement No. 57 of 2025 (Chinese text)",
    publisher: "Eastmoney Guba",
    url: "https://gubaposthk.eastmoney.com/news,cjpl,1608530642.html",
  },
  {
    id: "uses-steenkampskraal",
    title: "Rare earth uses",
    publisher: "Steenkampskraal Monazite Mine",
    url: "https://www.steenkampskraal.com/rare-earth-uses/",
  },
  {
    id: "uses-wsgs",
    title: "Rare earth element uses",
    publisher: "Wyoming State Geological Survey",
    url: "http://www.wsgs.uwyo.edu/research/minerals/REE-Uses.aspx",
  },
  {
    id: "uses-biologyinsights",
    title: "What industries use the mineral elements known as rare earths",
    publisher: "Biology Insights",
    url: "https://biologyinsights.com/what-industries-use-the-mineral-elements-known-as-rare-earths",
  },
  {
    id: "uses-nap-12028",
    title: "Minerals, Critical Minerals, and the U.S. Economy, p. 161",
    publisher: "National Academies Press",
    url: "http://www.nap.edu/openbook.php?record_id=12028&page=161",
  },
  {
    id: "uses-apaengineering",
    title: "China tightens rare earth exports",
    publisher: "APA Engineering",
    url: "https://apaengineering.com/compliance-news/china-tightens-rare-earth-exports",
  },
  {
    id: "usgs-fs-2014-3078",
    title:
      "The Rare-Earth Elements: Vital to Modern Technologies and Lifestyles (Fact Sheet 2014-3078)",
    publisher: "U.S. Geological Survey",
    url: "https://pubs.usgs.gov/fs/2014/3078/",
  },
]

// ---------------------------------------------------------------------------------------------
// Classification conventions
// ---------------------------------------------------------------------------------------------

/**
 * What each classification convention is and where it comes from. The conventions disagree most
 * on scandium (USGS: neither light nor heavy; Chinese two-group: heavy; MOFCOM 2025: medium-heavy)
 * and on europium and gadolinium.
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.CONVENTIONS.usgs.name // "USGS"
 * ```
 * @category classification
 * @since 0.1.0
 */
export const CONVENTIONS: Readonly<
  Record<
    ClassificationConvention,
    { name: string; description: string; sourceIds: ReadonlyArray<string> }
  >
> = {
  usgs: {
    name: "USGS",
    description:
      "Light (LREE) La-Gd (57-64); heavy (HREE) Tb-Lu (65-71) and Y; scandium is neither light nor heavy (unassigned).",
    sourceIds: ["usgs-earth-magazine-ree"],
  },
  china_2group: {
    name: "Chinese two-group (轻稀土 / 中重稀土)",
    description:
      "Light (cerium group) La-Eu (57-63); medium-heavy (yttrium group, 中重稀土), recorded as heavy: Gd-Lu, Sc and Y.",
    sourceIds: ["cn-two-group-nbyzjl", "cn-two-group-juduo"],
  },
  china_3group: {
    name: "Chinese three-group (P204 extraction split)",
    description:
      "Light La, Ce, Pr, Nd; medium Sm, Eu, Gd; heavy Tb-Lu and Y. Scandium is not assigned, and the source assigns no group to promethium.",
    sourceIds: ["cn-three-group-gethgdk"],
  },
  mofcom_controls_2025: {
    name: "MOFCOM export controls, 2025",
    description:
      "The policy term 'medium and heavy rare earths' (中重稀土): No. 18 of 2025 covers Sm, Gd, Tb, Dy, Lu, Sc, Y; No. 57 of 2025 adds Ho, Er, Tm, Eu, Yb. The other five (La, Ce, Pr, Nd, Pm) are not assigned a group.",
    sourceIds: ["mofcom-2025-18-text", "mofcom-2025-57-siliconexpert"],
  },
}

// ---------------------------------------------------------------------------------------------
// The elements
// ---------------------------------------------------------------------------------------------

// Notes on the atomic weights: how well each value is sourced (facts §1.1). A CIAAW revision year is
// recorded only where the facts state it (Pr 2017; Sc, Y, Tb, Ho, Tm 2021; Gd, Lu 2024).
const unsourcedYear =
  "Value and uncertainty from a single source; no source states the CIAAW revision year, so none is recorded."
const ciaaw2021 =
  "2021 value cross-checked only against public code tables that cite CIAAW, not against ciaaw.org (single source); the uncertainty is unconfirmed. Re-verify before release."

/**
 * The 17 rare earth elements in atomic-number order: CIAAW standard atomic weights with their
 * uncertainty (promethium has none: its mass number 145 is recorded as such), the group under
 * each classification convention, and main uses.
 *
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.ELEMENTS.length // 17
 * Element.ELEMENTS.filter((e) => e.classification.usgs === "heavy").map((e) => e.symbol)
 * // ["Y", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"]
 * ```
 * @category data
 * @since 0.1.0
 */
export const ELEMENTS: ReadonlyArray<Element> = [
  {
    symbol: "Sc",
    name: "Scandium",
    atomicNumber: 21,
    atomicWeight: {
      kind: "standard",
      value: 44.955907,
      uncertainty: 0.000004,
      notation: "44.955907(4)",
      revisionYear: 2021,
      note: ciaaw2021,
    },
    classification: {
      usgs: "unassigned",
      china_2group: "heavy",
      china_3group: "unassigned",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: [
      "Aluminium-scandium and magnesium-scandium alloys (aerospace)",
      "Solid-oxide fuel cells",
      "Lighting",
    ],
    sourceIds: [
      "periodic-table-json",
      "usgs-earth-magazine-ree",
      "cn-two-group-nbyzjl",
      "mofcom-2025-18-text",
      "uses-apaengineering",
    ],
  },
  {
    symbol: "Y",
    name: "Yttrium",
    atomicNumber: 39,
    atomicWeight: {
      kind: "standard",
      value: 88.905838,
      uncertainty: 0.000002,
      notation: "88.905838(2)",
      revisionYear: 2021,
      note: ciaaw2021,
    },
    classification: {
      usgs: "heavy",
      china_2group: "heavy",
      china_3group: "heavy",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: [
      "Phosphors (with europium and terbium)",
      "YAG lasers",
      "Ceramics and thermal-barrier coatings",
      "Y-90 radiotherapy",
    ],
    sourceIds: [
      "periodic-table-json",
      "ciaaw-2017-monoisotopic",
      "usgs-earth-magazine-ree",
      "mofcom-2025-18-text",
      "uses-nap-12028",
      "uses-apaengineering",
    ],
  },
  {
    symbol: "La",
    name: "Lanthanum",
    atomicNumber: 57,
    atomicWeight: {
      kind: "standard",
      value: 138.90547,
      uncertainty: 0.00007,
      notation: "138.90547(7)",
      note: unsourcedYear,
    },
    classification: {
      usgs: "light",
      china_2group: "light",
      china_3group: "light",
      mofcom_controls_2025: "unassigned",
    },
    uses: [
      "Fluid catalytic cracking (FCC) catalysts in oil refining",
      "Nickel-metal-hydride (NiMH) batteries",
      "Optical glass and camera lenses",
    ],
    sourceIds: [
      "periodic-table-json",
      "usgs-earth-magazine-ree",
      "uses-steenkampskraal",
      "uses-wsgs",
      "uses-biologyinsights",
    ],
  },
  {
    symbol: "Ce",
    name: "Cerium",
    atomicNumber: 58,
    atomicWeight: {
      kind: "standard",
      value: 140.116,
      uncertainty: 0.001,
      notation: "140.116(1)",
      note: unsourcedYear,
    },
    classification: {
      usgs: "light",
      china_2group: "light",
      china_3group: "light",
      mofcom_controls_2025: "unassigned",
    },
    uses: [
      "Autocatalyst oxygen storage",
      "Glass polishing (cerium oxide)",
      "Glass decolorizing",
      "FCC catalyst additives",
      "NiMH batteries",
    ],
    sourceIds: [
      "periodic-table-json",
      "usgs-earth-magazine-ree",
      "uses-steenkampskraal",
      "uses-nap-12028",
    ],
  },
  {
    symbol: "Pr",
    name: "Praseodymium",
    atomicNumber: 59,
    atomicWeight: {
      kind: "standard",
      value: 140.90766,
      uncertainty: 0.00001,
      notation: "140.90766(1)",
      revisionYear: 2017,
      note: "2017 revision (monoisotopic elements); value verified on one page (5eugsc.org).",
    },
    classification: {
      usgs: "light",
      china_2group: "light",
      china_3group: "light",
      mofcom_controls_2025: "unassigned",
    },
    uses: ["NdPr in NdFeB permanent magnets", "Alloys", "Ceramic pigments"],
    sourceIds: [
      "periodic-table-json",
      "ciaaw-2017-monoisotopic",
      "usgs-earth-magazine-ree",
      "uses-wsgs",
      "uses-biologyinsights",
    ],
  },
  {
    symbol: "Nd",
    name: "Neodymium",
    atomicNumber: 60,
    atomicWeight: {
      kind: "standard",
      value: 144.242,
      uncertainty: 0.003,
      notation: "144.242(3)",
      note: unsourcedYear,
    },
    classification: {
      usgs: "light",
      china_2group: "light",
      china_3group: "light",
      mofcom_controls_2025: "unassigned",
    },
    uses: [
      "NdFeB permanent magnets (EV motors, wind turbines, hard drives)",
      "FCC catalysts",
      "NiMH batteries",
    ],
    sourceIds: [
      "periodic-table-json",
      "usgs-earth-magazine-ree",
      "uses-wsgs",
      "uses-steenkampskraal",
    ],
  },
  {
    symbol: "Pm",
    name: "Promethium",
    atomicNumber: 61,
    atomicWeight: {
      kind: "mass_number",
      massNumber: 145,
      reason:
        "Promethium has no stable isotope, so CIAAW gives no standard atomic weight; 145 is a mass number (of Pm-145), not a weight.",
    },
    classification: {
      usgs: "light",
      china_2group: "light",
      china_3group: "unassigned",
      mofcom_controls_2025: "unassigned",
    },
    uses: [
      "Radioactive with no stable isotope: negligible commercial use (historically nuclear batteries and luminous paint; unconfirmed)",
    ],
    sourceIds: ["periodic-table-json", "usgs-earth-magazine-ree"],
  },
  {
    symbol: "Sm",
    name: "Samarium",
    atomicNumber: 62,
    atomicWeight: {
      kind: "standard",
      value: 150.36,
      uncertainty: 0.02,
      notation: "150.36(2)",
      note: unsourcedYear,
    },
    classification: {
      usgs: "light",
      china_2group: "light",
      china_3group: "medium",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: ["Samarium-cobalt (SmCo) permanent magnets", "Neutron absorber", "Sm-153 radiotherapy"],
    sourceIds: [
      "periodic-table-json",
      "usgs-earth-magazine-ree",
      "mofcom-2025-18-text",
      "uses-apaengineering",
    ],
  },
  {
    symbol: "Eu",
    name: "Europium",
    atomicNumber: 63,
    atomicWeight: {
      kind: "standard",
      value: 151.964,
      uncertainty: 0.001,
      notation: "151.964(1)",
      note: unsourcedYear,
    },
    classification: {
      usgs: "light",
      china_2group: "light",
      china_3group: "medium",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: [
      "Red phosphor activator (displays, LEDs)",
      "Phosphors and crystals (items listed in MOFCOM No. 57 of 2025)",
    ],
    sourceIds: [
      "periodic-table-json",
      "usgs-earth-magazine-ree",
      "mofcom-2025-57-siliconexpert",
      "mofcom-2025-57-text-zh",
      "uses-wsgs",
      "uses-biologyinsights",
    ],
  },
  {
    symbol: "Gd",
    name: "Gadolinium",
    atomicNumber: 64,
    atomicWeight: {
      kind: "standard",
      value: 157.249,
      uncertainty: 0.002,
      notation: "157.249(2)",
      revisionYear: 2024,
      note: "2024 revision; verified in two sources (C&EN, z-moravec.net).",
    },
    classification: {
      usgs: "light",
      china_2group: "heavy",
      china_3group: "medium",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: [
      "MRI contrast agents",
      "Neutron capture (highest cross-section)",
      "Phosphors",
      "Magnets",
    ],
    sourceIds: [
      "periodic-table-json",
      "cen-2024-atomic-weights",
      "moravec-2024-atomic-weights",
      "usgs-earth-magazine-ree",
      "mofcom-2025-18-text",
      "uses-apaengineering",
      "uses-wsgs",
    ],
  },
  {
    symbol: "Tb",
    name: "Terbium",
    atomicNumber: 65,
    atomicWeight: {
      kind: "standard",
      value: 158.925354,
      uncertainty: 0.000007,
      notation: "158.925354(7)",
      revisionYear: 2021,
      note: `${ciaaw2021} The 2017 revision gave 158.925354(8) (verified).`,
    },
    classification: {
      usgs: "heavy",
      china_2group: "heavy",
      china_3group: "heavy",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: [
      "Green phosphors",
      "Additive (with dysprosium) for heat-resistant NdFeB magnets",
      "Magnetostrictive alloys",
    ],
    sourceIds: [
      "periodic-table-json",
      "ciaaw-2017-monoisotopic",
      "usgs-earth-magazine-ree",
      "mofcom-2025-18-text",
      "uses-apaengineering",
      "uses-biologyinsights",
    ],
  },
  {
    symbol: "Dy",
    name: "Dysprosium",
    atomicNumber: 66,
    atomicWeight: {
      kind: "standard",
      value: 162.5,
      uncertainty: 0.001,
      notation: "162.500(1)",
      note: unsourcedYear,
    },
    classification: {
      usgs: "heavy",
      china_2group: "heavy",
      china_3group: "heavy",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: [
      "Additive for high-coercivity NdFeB magnets (EVs, wind turbines; a 2 MW turbine uses about 60 kg Dy and 372 kg Nd)",
    ],
    sourceIds: [
      "periodic-table-json",
      "usgs-earth-magazine-ree",
      "mofcom-2025-18-text",
      "uses-wsgs",
    ],
  },
  {
    symbol: "Ho",
    name: "Holmium",
    atomicNumber: 67,
    atomicWeight: {
      kind: "standard",
      value: 164.930329,
      uncertainty: 0.000005,
      notation: "164.930329(5)",
      revisionYear: 2021,
      note: `${ciaaw2021} The 2017 revision gave 164.930328(7) (verified).`,
    },
    classification: {
      usgs: "heavy",
      china_2group: "heavy",
      china_3group: "heavy",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: [
      "Permanent-magnet materials",
      "Crystal (laser) materials",
      "Magnetic-refrigeration and magnetostrictive materials",
    ],
    sourceIds: [
      "periodic-table-json",
      "ciaaw-2017-monoisotopic",
      "usgs-earth-magazine-ree",
      "mofcom-2025-57-siliconexpert",
      "mofcom-2025-57-text-zh",
    ],
  },
  {
    symbol: "Er",
    name: "Erbium",
    atomicNumber: 68,
    atomicWeight: {
      kind: "standard",
      value: 167.259,
      uncertainty: 0.003,
      notation: "167.259(3)",
      note: unsourcedYear,
    },
    classification: {
      usgs: "heavy",
      china_2group: "heavy",
      china_3group: "heavy",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: ["Erbium-doped fibre amplifiers in optical fibre", "Lasers", "Ceramics"],
    sourceIds: [
      "periodic-table-json",
      "usgs-earth-magazine-ree",
      "mofcom-2025-57-siliconexpert",
      "mofcom-2025-57-text-zh",
      "uses-wsgs",
    ],
  },
  {
    symbol: "Tm",
    name: "Thulium",
    atomicNumber: 69,
    atomicWeight: {
      kind: "standard",
      value: 168.934219,
      uncertainty: 0.000005,
      notation: "168.934219(5)",
      revisionYear: 2021,
      note: `${ciaaw2021} The 2017 revision gave 168.934218(6) (verified).`,
    },
    classification: {
      usgs: "heavy",
      china_2group: "heavy",
      china_3group: "heavy",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: ["Crystal (laser) and luminescent materials", "Medical lasers (unconfirmed)"],
    sourceIds: [
      "periodic-table-json",
      "ciaaw-2017-monoisotopic",
      "usgs-earth-magazine-ree",
      "mofcom-2025-57-siliconexpert",
      "mofcom-2025-57-text-zh",
    ],
  },
  {
    symbol: "Yb",
    name: "Ytterbium",
    atomicNumber: 70,
    atomicWeight: {
      kind: "standard",
      value: 173.045,
      uncertainty: 0.01,
      notation: "173.045(10)",
      note: unsourcedYear,
    },
    classification: {
      usgs: "heavy",
      china_2group: "heavy",
      china_3group: "heavy",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: ["Lasers and fibre lasers (unconfirmed)", "Dopant (unconfirmed)"],
    sourceIds: ["periodic-table-json", "usgs-earth-magazine-ree", "mofcom-2025-57-siliconexpert"],
  },
  {
    symbol: "Lu",
    name: "Lutetium",
    atomicNumber: 71,
    atomicWeight: {
      kind: "standard",
      value: 174.96669,
      uncertainty: 0.00005,
      notation: "174.96669(5)",
      revisionYear: 2024,
      note: "2024 revision; verified in two sources (C&EN, z-moravec.net).",
    },
    classification: {
      usgs: "heavy",
      china_2group: "heavy",
      china_3group: "heavy",
      mofcom_controls_2025: "medium_heavy",
    },
    uses: ["PET scintillators (LSO/LYSO)", "Lu-177 radiotherapy", "Catalysts"],
    sourceIds: [
      "periodic-table-json",
      "cen-2024-atomic-weights",
      "moravec-2024-atomic-weights",
      "usgs-earth-magazine-ree",
      "mofcom-2025-18-text",
      "uses-apaengineering",
    ],
  },
]

// ---------------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------------

/**
 * Find an element by symbol, English name or atomic number (case-insensitive; numeric strings
 * count as atomic numbers). Returns `undefined` when nothing matches.
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.find("dy")?.name // "Dysprosium"
 * Element.find(66)?.symbol // "Dy"
 * Element.find("Xx") // undefined
 * ```
 * @category lookup
 * @since 0.1.0
 */
export const find = (input: string | number): Element | undefined => {
  if (typeof input === "number") return ELEMENTS.find((element) => element.atomicNumber === input)
  if (typeof input !== "string") return undefined
  const text = input.trim().toLowerCase()
  if (text === "") return undefined
  if (/^\d+$/.test(text)) return ELEMENTS.find((element) => element.atomicNumber === Number(text))
  return ELEMENTS.find(
    (element) => element.symbol.toLowerCase() === text || element.name.toLowerCase() === text,
  )
}

/**
 * Look an element up by symbol, English name or atomic number (case-insensitive). Throws an
 * {@link InvalidInputError} naming the input and listing the valid symbols when nothing matches.
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.lookup("DY").symbol // "Dy"
 * Element.lookup("terbium").atomicNumber // 65
 * Element.lookup("Xx") // throws: Unknown rare earth element "Xx": expected one of Sc, Y, La, ...
 * ```
 * @category lookup
 * @since 0.1.0
 */
export const lookup = (input: string | number): Element => {
  const element = find(input)
  if (element) return element
  throw invalid(
    "unknown_element",
    `Unknown rare earth element ${quote(input)}: expected a symbol, English name or atomic number of one of ${SYMBOLS.join(", ")}`,
    input,
  )
}

/**
 * Parse an element symbol (case-insensitive; names and atomic numbers accepted too) into its
 * canonical spelling.
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.parseSymbol("dy") // "Dy"
 * ```
 * @category lookup
 * @since 0.1.0
 */
export const parseSymbol = (input: string | number): ElementSymbol => lookup(input).symbol

/**
 * Whether a value is one of the 17 symbols, spelled canonically.
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.isSymbol("Dy") // true
 * Element.isSymbol("DY") // false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isSymbol = (value: unknown): value is ElementSymbol =>
  typeof value === "string" && (SYMBOLS as ReadonlyArray<string>).includes(value)

/**
 * The group of an element under a convention.
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.groupOf("Sc", "usgs") // "unassigned"
 * Element.groupOf("Sc", "china_2group") // "heavy"
 * ```
 * @category classification
 * @since 0.1.0
 */
export const groupOf = (
  element: string | number | Element,
  convention: ClassificationConvention,
): ElementGroup => {
  const found = typeof element === "object" ? element : lookup(element)
  return found.classification[convention] ?? "unassigned"
}

/**
 * The elements in a group under a convention, in atomic-number order.
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.inGroup("china_3group", "medium").map((e) => e.symbol) // ["Sm", "Eu", "Gd"]
 * ```
 * @category classification
 * @since 0.1.0
 */
export const inGroup = (convention: ClassificationConvention, group: ElementGroup): Element[] =>
  ELEMENTS.filter((element) => groupOf(element, convention) === group)

/**
 * The standard atomic weight as a number, or `undefined` for promethium (mass number only).
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.standardAtomicWeight("Nd") // 144.242
 * Element.standardAtomicWeight("Pm") // undefined
 * ```
 * @category getters
 * @since 0.1.0
 */
export const standardAtomicWeight = (element: string | number | Element): number | undefined => {
  const found = typeof element === "object" ? element : lookup(element)
  return found.atomicWeight.kind === "standard" ? found.atomicWeight.value : undefined
}
