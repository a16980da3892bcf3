/**
 * Commodities: HS codes (open), China's 8/10-digit customs codes, headline series, product forms.
 * @since 0.1.0
 */

import { ElementSymbol } from "./ElementSchema.ts"
import { invalid, quote } from "./InputError.ts"
import { CommodityCode, ProductForm } from "./internal/commodityCodes.ts"
import { type NameSet, parseName } from "./internal/names.ts"
import * as z from "./internal/zod.ts"

// The code and form schemas and the code predicates live apart from the catalogue, so that a
// module validating codes (a trade flow, a measure) does not bring the catalogue into a browser
// chunk with it.
export {
  CommodityCode,
  matches,
  overlaps,
  ProductForm,
} from "./internal/commodityCodes.ts"

/**
 * Other spellings of the product forms that {@link parseForm} accepts (after lower casing and
 * reading spaces and hyphens as underscores).
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.FORM_ALIASES.oxide // "oxide_compound"
 * ```
 * @category data
 * @since 0.1.0
 */
export const FORM_ALIASES: Readonly<Record<string, ProductForm>> = {
  magnets: "magnet",
  metals: "metal",
  oxide: "oxide_compound",
  oxides: "oxide_compound",
  compound: "oxide_compound",
  compounds: "oxide_compound",
  ore: "ore_concentrate",
  ores: "ore_concentrate",
  concentrate: "ore_concentrate",
  concentrates: "ore_concentrate",
  alloys: "alloy",
  targets: "target",
}

const FORM_NAMES: NameSet<ProductForm> = {
  what: "product form",
  code: "unknown_form",
  values: ProductForm.options,
  aliases: FORM_ALIASES,
}

/**
 * Parse a product form typed by a user: case-insensitive, spaces and hyphens read as
 * underscores, {@link FORM_ALIASES} resolved (`oxide` -> `oxide_compound`). Throws an
 * {@link InvalidInputError} listing the forms and aliases otherwise. Every surface (CLI, REST
 * API, SDK) uses this parser.
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.parseForm("Magnet") // "magnet"
 * Commodity.parseForm("oxide") // "oxide_compound"
 * Commodity.parseForm("powder") // throws: Unknown product form "powder": expected one of ...
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parseForm = (input: string): ProductForm => parseName(FORM_NAMES, input)

/**
 * What a catalogue entry is: an HS subheading, a national (China) tariff line, a headline series,
 * or all goods.
 * @category schemas
 * @since 0.1.0
 */
export const CommodityLevel = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "hs",
  "china_national",
  "series",
  "total",
])
export type CommodityLevel = z.infer<typeof CommodityLevel>

/**
 * A catalogue entry: a commodity code with its description, the product forms it holds and the
 * rare earth elements it concerns.
 * @category schemas
 * @since 0.1.0
 */
export const CommodityInfo = /* @__PURE__ */ /* @__PURE__ */ z.object({
  code: CommodityCode,
  level: CommodityLevel,
  description: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  forms: /* @__PURE__ */ /* @__PURE__ */ z.array(ProductForm),
  elements: /* @__PURE__ */ /* @__PURE__ */ z.array(ElementSymbol),
  /** Whether the code is in the catalogue (`false` for an open HS code we hold nothing on). */
  known: /* @__PURE__ */ /* @__PURE__ */ z.boolean(),
  /** For a national line: the HS subheading it refines. */
  parent: /* @__PURE__ */ /* @__PURE__ */ z.optional(CommodityCode),
  note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type CommodityInfo = z.infer<typeof CommodityInfo>

// Element lists as functions so that every entry gets its own array (callers may mutate theirs).
// biome-ignore format: one row
const ALL = (): ElementSymbol[] => ["Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"]
const ALL_BUT_PM = (): ElementSymbol[] => ALL().filter((symbol) => symbol !== "Pm")
const MAGNET_ELEMENTS = (): ElementSymbol[] => ["Pr", "Nd", "Sm", "Gd", "Tb", "Dy", "Ho"]

/**
 * The product forms, what each is, and the rare earth elements each form typically concerns
 * (promethium, radioactive with no stable isotope, is left out of the traded forms).
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.FORMS.magnet.elements // ["Pr", "Nd", "Sm", "Gd", "Tb", "Dy", "Ho"]
 * ```
 * @category data
 * @since 0.1.0
 */
export const FORMS: Readonly<
  Record<
    ProductForm,
    {
      readonly label: string
      readonly description: string
      readonly elements: ReadonlyArray<ElementSymbol>
    }
  >
> = {
  ore_concentrate: {
    label: "Ore and concentrate",
    description:
      "Mined ore and mineral concentrates (bastnäsite, monazite, ion-adsorption clays), mixed rare earths.",
    elements: ALL_BUT_PM(),
  },
  oxide_compound: {
    label: "Oxides and compounds",
    description:
      "Separated or mixed oxides, carbonates, chlorides, fluorides and other compounds (HS 2846).",
    elements: ALL_BUT_PM(),
  },
  metal: {
    label: "Metals",
    description:
      "Rare earth metals, scandium and yttrium, intermixed or interalloyed or not (HS 280530).",
    elements: ALL_BUT_PM(),
  },
  alloy: {
    label: "Alloys",
    description:
      "Master and magnet alloys such as NdFeB alloy, SmCo, Sm-Fe, Gd-Mg, Tb-Co, Dy-Fe, Sc-Al, Y-Al.",
    elements: ALL_BUT_PM(),
  },
  magnet: {
    label: "Permanent magnets",
    description:
      "Rare earth permanent magnets and magnet materials: NdFeB (Nd, Pr, with Dy/Tb for heat resistance) and SmCo; Gd and Ho in some magnet materials.",
    elements: MAGNET_ELEMENTS(),
  },
  target: {
    label: "Sputtering targets",
    description: "Targets for thin-film deposition (listed in MOFCOM No. 18 and No. 57 of 2025).",
    elements: ["Sc", "Y", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"],
  },
  other: {
    label: "Other",
    description: "Other rare earth items: phosphors, crystals, optical-fibre materials, catalysts.",
    elements: ALL(),
  },
}

/**
 * The elements a product form concerns.
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.elementsOf("magnet").includes("Dy") // true
 * ```
 * @category data
 * @since 0.1.0
 */
export const elementsOf = (form: ProductForm): ReadonlyArray<ElementSymbol> => {
  const entry = Object.hasOwn(FORMS, form) ? FORMS[form] : undefined
  return entry ? entry.elements : FORMS[parseForm(form)].elements
}

/**
 * The HS (Harmonized System) subheadings for rare earths. Any other HS code is still a valid
 * {@link CommodityCode}: this is a catalogue, not a closed list.
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.HS_CODES.map((entry) => entry.code) // ["280530", "284610", "284690", "850511"]
 * ```
 * @category data
 * @since 0.1.0
 */
export const HS_CODES: ReadonlyArray<CommodityInfo> = [
  {
    code: "280530",
    level: "hs",
    description:
      "Rare-earth metals, scandium and yttrium, whether or not intermixed or interalloyed",
    forms: ["metal", "alloy"],
    elements: ALL_BUT_PM(),
    known: true,
  },
  {
    code: "284610",
    level: "hs",
    description: "Cerium compounds",
    forms: ["oxide_compound"],
    elements: ["Ce"],
    known: true,
  },
  {
    code: "284690",
    level: "hs",
    description:
      "Compounds, inorganic or organic, of rare-earth metals, of yttrium or of scandium or of mixtures of these metals (other than cerium compounds)",
    forms: ["oxide_compound"],
    elements: ALL_BUT_PM().filter((symbol) => symbol !== "Ce"),
    known: true,
    note: "Mixtures may still contain cerium.",
  },
  {
    code: "850511",
    level: "hs",
    description:
      "Permanent magnets and articles intended to become permanent magnets after magnetisation, of metal",
    forms: ["magnet"],
    elements: MAGNET_ELEMENTS(),
    known: true,
    note: "Rare earth (NdFeB, SmCo) and non-rare-earth metal magnets (AlNiCo) together; China's 8505111000 isolates the rare earth ones.",
  },
]

/**
 * China's national 10-digit tariff lines for rare earth magnets and metals (finer than HS).
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.CHINA_CODES.find((entry) => entry.code === "2805301200")?.elements // ["Dy"]
 * ```
 * @category data
 * @since 0.1.0
 */
export const CHINA_CODES: ReadonlyArray<CommodityInfo> = [
  {
    code: "8505111000",
    level: "china_national",
    parent: "850511",
    description: "Rare-earth permanent magnets (mostly NdFeB)",
    forms: ["magnet"],
    elements: MAGNET_ELEMENTS(),
    known: true,
  },
  ...(
    [
      ["2805301100", "Nd", "Neodymium"],
      ["2805301200", "Dy", "Dysprosium"],
      ["2805301300", "Tb", "Terbium"],
      ["2805301400", "La", "Lanthanum"],
      ["2805301600", "Pr", "Praseodymium"],
      ["2805301700", "Y", "Yttrium"],
    ] as const
  ).map(
    ([code, symbol, name]): CommodityInfo => ({
      code,
      level: "china_national",
      parent: "280530",
      description: `${name} metal`,
      forms: ["metal"],
      elements: [symbol],
      known: true,
    }),
  ),
  {
    code: "2805301900",
    level: "china_national",
    parent: "280530",
    description: "Other rare-earth metals",
    forms: ["metal", "alloy"],
    elements: ALL_BUT_PM().filter(
      (symbol) => !["Nd", "Dy", "Tb", "La", "Pr", "Y"].includes(symbol),
    ),
    known: true,
  },
]

/**
 * Headline series that are not tariff lines (the GAC "rare earths" headline commodity and
 * Bloomberg's "rare earth products"), and `TOTAL`.
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.SERIES[0]?.code // "GAC:rare-earths"
 * ```
 * @category data
 * @since 0.1.0
 */
export const SERIES: ReadonlyArray<CommodityInfo> = [
  {
    code: "GAC:rare-earths",
    level: "series",
    description:
      'China customs (GAC) headline commodity "rare earths" (稀土): rare-earth metals and compounds',
    forms: ["metal", "oxide_compound"],
    elements: ALL_BUT_PM(),
    known: true,
    note: "Roughly HS 280530 plus 2846; the exact HS mapping is unconfirmed. Not the magnet series.",
  },
  {
    code: "BBG:rare-earth-products",
    level: "series",
    description: "Bloomberg's \"rare earth products\" series of China's exports (magnet-dominated)",
    forms: ["magnet", "other"],
    elements: MAGNET_ELEMENTS(),
    known: true,
    note: "A third series, kept separate from the GAC headline series (GAC:rare-earths) and the magnet series (8505111000): never add or compare them as one. Magnets were about 90% of it in Q1 2025; what the rest is (and so which other forms and elements it holds) is not documented, hence 'other' and only the magnet elements.",
  },
  {
    code: "TOTAL",
    level: "total",
    description: "All goods",
    forms: [],
    elements: [],
    known: true,
  },
]

/**
 * Every catalogue entry: {@link HS_CODES}, {@link CHINA_CODES} and {@link SERIES}.
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.CATALOGUE.length // 15
 * ```
 * @category data
 * @since 0.1.0
 */
export const CATALOGUE: ReadonlyArray<CommodityInfo> = [...HS_CODES, ...CHINA_CODES, ...SERIES]

/**
 * Friendly names for common codes, accepted by {@link parse} (case-insensitive; spaces and
 * underscores read as hyphens, so `rare earths` is `rare-earths`).
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.ALIASES.magnets // "8505111000"
 * ```
 * @category data
 * @since 0.1.0
 */
export const ALIASES: Readonly<Record<string, CommodityCode>> = {
  magnets: "8505111000",
  "rare-earths": "GAC:rare-earths",
  "permanent-magnets": "850511",
  "rare-earth-metals": "280530",
  "cerium-compounds": "284610",
  "rare-earth-compounds": "284690",
  "neodymium-metal": "2805301100",
  "dysprosium-metal": "2805301200",
  "terbium-metal": "2805301300",
  "lanthanum-metal": "2805301400",
  "praseodymium-metal": "2805301600",
  "yttrium-metal": "2805301700",
  total: "TOTAL",
  magnet: "8505111000",
}

/**
 * Parse a commodity code: resolves {@link ALIASES} (`magnets` -> `8505111000`), drops the dots
 * and spaces of written HS codes (`8505.11` -> `850511`) and validates the result. Throws an
 * {@link InvalidInputError} listing the formats and aliases.
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.parse("magnets") // "8505111000"
 * Commodity.parse("Magnet") // "8505111000"
 * Commodity.parse("8505.11") // "850511"
 * Commodity.parse("rare-earths") // "GAC:rare-earths"
 * Commodity.parse("85051") // throws
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parse = (input: string): CommodityCode => {
  if (typeof input === "string") {
    const text = input.trim()
    const name = text.toLowerCase().replace(/[\s_]+/g, "-")
    if (Object.hasOwn(ALIASES, name)) return ALIASES[name]!
    if (/^\d[\d. ]*\d$/.test(text)) {
      const digits = text.replace(/[. ]/g, "")
      if (CommodityCode.safeParse(digits).success) return digits
    } else if (text.toUpperCase() === "TOTAL") return "TOTAL"
    else if (CommodityCode.safeParse(text).success) return text
  }
  throw invalid(
    "invalid_commodity",
    `Invalid commodity ${quote(input)}: expected an HS code of 2, 4 or 6 digits (e.g. "850511"), a national code of 8 or 10 digits (e.g. "8505111000"), "TOTAL", a series such as "GAC:rare-earths", or an alias: ${Object.keys(ALIASES).join(", ")}`,
    input,
  )
}

/**
 * Describe a commodity code. Catalogue codes get their entry; other codes get a generic entry
 * with `known: false` (a national code under a catalogued HS subheading inherits its forms and
 * elements and names it as `parent`).
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.describe("8505111000").description // "Rare-earth permanent magnets (mostly NdFeB)"
 * Commodity.describe("7208").known // false
 * ```
 * @category lookup
 * @since 0.1.0
 */
export const describe = (code: CommodityCode): CommodityInfo => {
  const entry = CATALOGUE.find((candidate) => candidate.code === code)
  if (entry) return entry
  const valid = parse(code)
  if (/^\d+$/.test(valid)) {
    const parent = [...CATALOGUE]
      .filter((candidate) => /^\d+$/.test(candidate.code) && valid.startsWith(candidate.code))
      .sort((a, b) => b.code.length - a.code.length)[0]
    const national = valid.length > 6
    return {
      code: valid,
      level: national ? "china_national" : "hs",
      description: parent
        ? `${national ? "National" : "HS"} code ${valid} under ${parent.code} (${parent.description})`
        : `${national ? "National" : "HS"} code ${valid}`,
      forms: parent ? [...parent.forms] : [],
      elements: parent ? [...parent.elements] : [],
      known: false,
      ...(parent ? { parent: parent.code } : {}),
    }
  }
  return {
    code: valid,
    level: "series",
    description: `Series ${valid}`,
    forms: [],
    elements: [],
    known: false,
  }
}

/**
 * The named groups of rare earth products in trade statistics (HS subheadings, as UN Comtrade
 * publishes them): `ores_concentrates`, `metals`, `compounds`, `magnets`, `ferro_alloys`. Some
 * subheadings also hold products that are not rare earths; each group's `note` says which.
 * @category schemas
 * @since 0.2.0
 */
export const CommodityGroupId = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "ores_concentrates",
  "metals",
  "compounds",
  "magnets",
  "ferro_alloys",
])
export type CommodityGroupId = z.infer<typeof CommodityGroupId>

/**
 * A named group of HS codes (see {@link GROUPS}).
 * @category schemas
 * @since 0.2.0
 */
export const CommodityGroup = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: CommodityGroupId,
  name: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  codes: /* @__PURE__ */ /* @__PURE__ */ z
    .array(CommodityCode)
    .check(/* @__PURE__ */ z.minLength(1)),
  /** What else the codes hold, when they are not specific to rare earths. */
  note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type CommodityGroup = z.infer<typeof CommodityGroup>

/**
 * The rare earth product groups, defined once for every surface (the SDK's trade-group queries,
 * the Comtrade source, the CLI). HS codes of six digits, the finest level UN Comtrade publishes.
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.GROUPS.find((group) => group.id === "compounds")?.codes // ["284610", "284690"]
 * ```
 * @category data
 * @since 0.2.0
 */
export const GROUPS: ReadonlyArray<CommodityGroup> = [
  {
    id: "ores_concentrates",
    name: "Rare earth ores and concentrates",
    codes: ["253090", "261220"],
    note: "Not specific to rare earths: 253090 is mineral substances not elsewhere specified (where the HS puts rare-earth ores such as bastnaesite), 261220 is thorium ores and concentrates (monazite). National tariff lines isolate the rare earth ores; UN Comtrade does not.",
  },
  {
    id: "metals",
    name: "Rare earth metals, scandium and yttrium",
    codes: ["280530"],
  },
  {
    id: "compounds",
    name: "Rare earth compounds (cerium compounds and others)",
    codes: ["284610", "284690"],
  },
  {
    id: "magnets",
    name: "Permanent magnets of metal",
    codes: ["850511"],
    note: "Rare earth (NdFeB, SmCo) and non-rare-earth metal magnets (AlNiCo) together; China's national line 8505111000 isolates the rare earth ones.",
  },
  {
    id: "ferro_alloys",
    name: "Ferrocerium and other pyrophoric alloys",
    codes: ["360690"],
    note: "Not specific to rare earths: 360690 also holds other articles of combustible materials. Rare-earth ferrosilicon falls under 720299 (other ferro-alloys), which is not listed: most of it is not rare earths.",
  },
]

const GROUP_ALIASES: Readonly<Record<string, CommodityGroupId>> = {
  ores: "ores_concentrates",
  concentrates: "ores_concentrates",
  ore: "ores_concentrates",
  metal: "metals",
  compound: "compounds",
  oxides: "compounds",
  magnet: "magnets",
  ferroalloys: "ferro_alloys",
  ferrocerium: "ferro_alloys",
}

/**
 * Parse a commodity group, case-insensitively, with spaces or hyphens for underscores
 * (`"ores-concentrates"`, `"Magnets"`), or an alias (`ores`, `metal`, `oxides`...). Throws an
 * {@link InvalidInputError} listing the groups.
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.parseGroup("Compounds").codes // ["284610", "284690"]
 * Commodity.parseGroup("gold") // throws
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parseGroup = (input: string): CommodityGroup => {
  if (typeof input === "string") {
    const text = input
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_")
    const id = Object.hasOwn(GROUP_ALIASES, text) ? GROUP_ALIASES[text] : text
    const group = GROUPS.find((candidate) => candidate.id === id)
    if (group !== undefined) return group
  }
  throw invalid(
    "unknown_commodity_group",
    `Unknown commodity group ${quote(input)}: expected one of ${CommodityGroupId.options.join(", ")}`,
    input,
    ["group"],
  )
}
