/**
 * Rare earth trade beyond China's magnet export totals, as trade-flow rows
 * (prices-and-trade.md §B, and policies-beyond-china.md MM-03): China's imports (the GAC
 * headline, products, partners, the Myanmar disruption), US, Japanese and EU imports, China's
 * magnet exports to destinations `flows.ts` does not hold, and China's Dy and Tb exports.
 *
 * Scopes are never mixed: each series has its own commodity code. China's headline imports reuse
 * the GAC headline code (`GAC:rare-earths`, the same customs commodity as its exports); China's
 * magnet exports reuse `8505111000`; an HS code is used only where the source names it. Every
 * other series gets a named code ({@link TRADE_SERIES} describes each). Cumulative periods
 * (January-October, a quarter, a half, an Indian fiscal year) do not fit a trade flow's month or
 * year and are listed in the data README, as are shares without tonnages.
 *
 * Confidence rule (as in `flows.ts`): sourced figures are `reported`, single-source rows say so
 * in their note; figures the reference derives (D) ship as `derived` only where the formula over
 * sourced inputs recomputes the stated figure exactly (rounded to a whole tonne, or to the
 * stated decimal).
 * @since 0.2.0
 */
import type { Period, Source, TradeFlow } from "@rareearth/core"
import { MAGNETS, RARE_EARTHS } from "./flows.ts"
import { type CiteKey, cite } from "./pages.ts"

type Flow = TradeFlow.TradeFlow

/**
 * The named series of this module, with what each holds (none is a tariff line of the HS).
 * @category flows
 * @since 0.2.0
 */
export const TRADE_SERIES = {
  "GAC:rare-earth-metal-ore":
    "China customs: rare-earth metal ore (mostly bastnaesite), as SMM and Chinatungsten name it",
  "GAC:unlisted-rare-earth-oxides":
    "China customs: rare-earth oxides not elsewhere listed ('unlisted'), as SMM names them",
  "GAC:mixed-rare-earth-carbonate": "China customs: mixed rare-earth carbonate (MREC)",
  "GAC:rare-earth-oxides":
    "China customs: rare-earth oxides, as Reuters names them (exact lines not given)",
  "GAC:rare-earth-compounds":
    "China customs: rare-earth compounds, as Reuters names them (exact lines not given)",
  "GAC:rare-earth-oxides-and-compounds":
    "China customs: rare-earth oxides and compounds together (Reuters)",
  "GITI:bastnaesite": "China's imports of bastnaesite, as GITI and wenxuecity sum the sub-headings",
  "GITI:monazite": "China's imports of monazite, as GITI and wenxuecity sum the sub-headings",
  "GITI:mixed-rare-earth-oxides":
    "China's imports of mixed rare-earth oxides (2024: with separated NdPr)",
  "GITI:rare-earth-chlorides": "China's imports of rare-earth chlorides",
  "GITI:other-rare-earth-compounds": "China's imports of other rare-earth compounds",
  "GITI:rare-earth-raw-materials":
    "China's imports of rare-earth raw materials: the sum of the sub-headings above (not the GAC headline)",
  "JPCUSTOMS:rare-earths": "Japan's customs imports of rare earths (all forms)",
  "EUROSTAT:rare-earth-elements-plus":
    "Eurostat's 'REE+' imports and exports of the EU (not magnets)",
  "REPORTED:permanent-magnets":
    "Permanent magnets as a news report names them (rare earth share and customs lines not stated)",
  "ADAMAS:magnets-and-alloys":
    "Adamas Intelligence's scope of China's exports: rare earth magnets plus magnet alloys",
  "GAC:dysprosium-products":
    "China's exports of dysprosium (products as rawmaterials.net counts them)",
  "GAC:terbium-products": "China's exports of terbium (products as rawmaterials.net counts them)",
} as const

type Label = "V" | "V2" | "S"

interface Row {
  readonly reporter: string
  readonly partner: string
  readonly flow: TradeFlow.FlowDirection
  readonly commodity: string
  readonly period: Period.Period
  readonly tonnes: number
  readonly valueUsd?: number
  readonly sources: ReadonlyArray<Source.SourceRef>
  readonly label: Label | "D"
  readonly estimated?: boolean
  readonly derivation?: { formula: string; inputs: Record<string, Source.DerivationInput> }
  readonly conflictGroup?: string
  readonly note?: string
}

const ANNUAL_NOTE =
  "Annual total: a different period from the months of the same year. Never add it to them."

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

const flow = (row: Row): Flow => {
  const note = [
    row.label === "S" ? "Single source." : undefined,
    /^\d{4}$/.test(row.period) ? ANNUAL_NOTE : undefined,
    row.note,
  ].filter((part): part is string => part !== undefined)
  return {
    id: `${row.reporter}-${row.flow}-${slug(row.commodity)}-${row.partner}-${row.period}`.toLowerCase(),
    period: row.period,
    reporter: row.reporter,
    partner: row.partner,
    flow: row.flow,
    commodity: row.commodity,
    netWeightTonnes: row.tonnes,
    valueUsd: row.valueUsd ?? null,
    ...(row.estimated === true ? { estimated: true } : {}),
    sources: [...row.sources],
    confidence:
      row.derivation === undefined
        ? { kind: "reported" }
        : { kind: "derived", ...row.derivation, rounding: "integer" },
    ...(row.conflictGroup === undefined ? {} : { conflictGroup: row.conflictGroup }),
    ...(note.length === 0 ? {} : { note: note.join(" ") }),
  }
}

const input = (value: number, label: string, ...keys: CiteKey[]): Source.DerivationInput => ({
  value,
  label,
  sourceIds: cite(...keys).map((source) => source.id),
})

const cnImport = (
  commodity: string,
  period: Period.Period,
  partner: string,
  tonnes: number,
  label: Label,
  keys: CiteKey[],
  extra: Partial<Row> = {},
): Flow =>
  flow({
    reporter: "CN",
    partner,
    flow: "import",
    commodity,
    period,
    tonnes,
    label,
    sources: cite(...keys),
    ...extra,
  })

const cnExport = (
  commodity: string,
  period: Period.Period,
  partner: string,
  tonnes: number,
  label: Label,
  keys: CiteKey[],
  extra: Partial<Row> = {},
): Flow =>
  flow({
    reporter: "CN",
    partner,
    flow: "export",
    commodity,
    period,
    tonnes,
    label,
    sources: cite(...keys),
    ...extra,
  })

/**
 * The conflict group of China's 2024 rare-earth import totals: 132,931 t (the GAC headline,
 * Reuters) vs 177,535 t (the sum of raw-material sub-headings, wenxuecity). Different scopes
 * according to the reference: never add or compare them as one.
 * @category flows
 * @since 0.2.0
 */
export const CHINA_IMPORTS_2024_CONFLICT = "cn-rare-earth-imports-2024-total"

const fy2024 = input(132_931, "China's rare-earth imports, 2024 (t)", "Sources.newsFromRss2024")
const janOct2024 = input(
  111_960,
  "China's rare-earth imports, January-October 2024 (t)",
  "thestar-2024",
  "sardismarkets24-2024",
)
const dec2024 = input(
  9_645,
  "China's rare-earth imports, December 2024 (t)",
  "Sources.newsFromRss2024",
)

const D =
  "Derived by the reference from a reported percentage change, which is rounded: the true figure may differ by a few tonnes."

/**
 * China's rare-earth imports: the GAC headline (§B1), customs products and partners (§B2) and
 * the Myanmar disruption (§B3; policies-beyond-china.md MM-03).
 * @category flows
 * @since 0.2.0
 */
export const chinaImportFlows: ReadonlyArray<Flow> = [
  cnImport(RARE_EARTHS, "2023", "WORLD", 175_835, "V", [], {
    label: "D",
    sources: cite("Sources.newsFromRss2024"),
    derivation: {
      formula: "fy2024 / (1 + change)",
      inputs: {
        fy2024,
        change: input(-0.244, "2024 change on 2023 (-24.4%)", "Sources.newsFromRss2024"),
      },
    },
    note: D,
  }),
  cnImport(RARE_EARTHS, "2024-01", "WORLD", 14_073, "V", [], {
    label: "D",
    sources: cite("rareresearch-250202"),
    derivation: {
      formula: "jan2025 / (1 + change)",
      inputs: {
        jan2025: input(12_131, "January 2025 imports (t)", "rareresearch-250202"),
        change: input(
          -0.138,
          "January 2025 change on January 2024 (-13.8%)",
          "rareresearch-250202",
        ),
      },
    },
    note: D,
  }),
  cnImport(RARE_EARTHS, "2024-02", "WORLD", 8_218, "V", [], {
    label: "D",
    sources: cite("rareresearch-250202"),
    derivation: {
      formula: "feb2025 / (1 + change)",
      inputs: {
        feb2025: input(4_791, "February 2025 imports (t)", "rareresearch-250202"),
        change: input(
          -0.417,
          "February 2025 change on February 2024 (-41.7%)",
          "rareresearch-250202",
        ),
      },
    },
    note: D,
  }),
  cnImport(RARE_EARTHS, "2024-03", "WORLD", 13_420, "V", [], {
    label: "D",
    sources: cite("gzxcmg-1914221647512248320", "Sources.rawMaterialsMarch2025"),
    derivation: {
      formula: "mar2025 / (1 + change)",
      inputs: {
        mar2025: input(7_757, "March 2025 imports (t)", "gzxcmg-1914221647512248320"),
        change: input(
          -0.422,
          "March 2025 change on March 2024 (-42.2%)",
          "gzxcmg-1914221647512248320",
          "Sources.rawMaterialsMarch2025",
        ),
      },
    },
    note: D,
  }),
  cnImport(RARE_EARTHS, "2024-10", "WORLD", 9_471, "V2", ["thestar-2024", "sardismarkets24-2024"], {
    note: "-12.5% on October 2023.",
  }),
  cnImport(RARE_EARTHS, "2024-11", "WORLD", 11_326, "V", [], {
    label: "D",
    sources: cite("Sources.newsFromRss2024", "thestar-2024", "sardismarkets24-2024"),
    derivation: {
      formula: "fy2024 - janOct2024 - dec2024",
      inputs: { fy2024, janOct2024, dec2024 },
    },
    note: "Derived: the full year less January-October and December.",
  }),
  cnImport(RARE_EARTHS, "2024-12", "WORLD", 9_645, "V", ["Sources.newsFromRss2024"], {
    note: "-41.1% on December 2023.",
  }),
  cnImport(RARE_EARTHS, "2024", "WORLD", 132_931, "V", ["Sources.newsFromRss2024"], {
    conflictGroup: CHINA_IMPORTS_2024_CONFLICT,
    note: "-24.4% on 2023 (GAC headline, Reuters). The 177,535 t of wenxuecity is another scope (raw-material sub-headings summed).",
  }),
  cnImport(RARE_EARTHS, "2025-01", "WORLD", 12_131, "V", ["rareresearch-250202"], {
    note: "-13.8% on January 2024; +26% on December 2024.",
  }),
  cnImport(RARE_EARTHS, "2025-02", "WORLD", 4_791, "V", ["rareresearch-250202"], {
    note: "-41.7% on February 2024; -61% on January 2025.",
  }),
  cnImport(
    RARE_EARTHS,
    "2025-03",
    "WORLD",
    7_757,
    "V",
    ["gzxcmg-1914221647512248320", "Sources.rawMaterialsMarch2025"],
    { note: "-42.2% on March 2024 (V2)." },
  ),
  // Products (§B2)
  cnImport("GAC:rare-earth-metal-ore", "2021-11", "WORLD", 13_300, "S", ["chinatungsten-10970"]),
  cnImport("GAC:unlisted-rare-earth-oxides", "2021-11", "WORLD", 1_471, "S", [
    "chinatungsten-10970",
  ]),
  cnImport("GAC:mixed-rare-earth-carbonate", "2021-11", "WORLD", 282, "S", ["chinatungsten-10970"]),
  cnImport(
    "GAC:unlisted-rare-earth-oxides",
    "2023-10",
    "WORLD",
    2_874,
    "S",
    ["eo-myanmar-relaxes-import"],
    { note: "SMM via EPO Material (Esperanto version): +3% on the month, +10% on the year." },
  ),
  cnImport("GAC:rare-earth-metal-ore", "2024-08", "WORLD", 6_864, "V", ["smm-102964913"], {
    note: "+7% on the year, +99% on the month.",
  }),
  cnImport("GAC:unlisted-rare-earth-oxides", "2024-08", "WORLD", 3_189, "V", ["smm-102964913"], {
    note: "-17% on the year, -25% on the month; 63% from Myanmar.",
  }),
  cnImport("GAC:mixed-rare-earth-carbonate", "2024-08", "WORLD", 42, "V", ["smm-102964913"], {
    note: "-95% on the year.",
  }),
  cnImport("GAC:rare-earth-metal-ore", "2024", "US", 55_000, "V", ["smm-103237108"], {
    note: "RE ore from the US (SMM).",
  }),
  cnImport("GAC:rare-earth-metal-ore", "2025-02", "WORLD", 2_886, "V", ["smm-103237108"], {
    note: "-63% on the month, -18% on the year; 'almost entirely from the US MP mine'.",
  }),
  cnImport("GAC:unlisted-rare-earth-oxides", "2025-02", "WORLD", 1_270, "V", ["smm-103237108"], {
    note: "-56% on the year, -60% on the month.",
  }),
  cnImport("GAC:unlisted-rare-earth-oxides", "2025-04", "WORLD", 6_530, "V", [], {
    label: "D",
    sources: cite("smm-103386688"),
    derivation: {
      formula: "may2025 / (1 + change)",
      inputs: {
        may2025: input(9_076.4, "May 2025 unlisted RE oxide imports (t)", "smm-103386688"),
        change: input(0.39, "May 2025 change on April 2025 (+39%)", "smm-103386688"),
      },
    },
    note: D,
  }),
  cnImport("GAC:rare-earth-metal-ore", "2025-05", "WORLD", 1_122, "V", ["smm-103386688"], {
    note: "-70% on the month, -81% on the year; MP suspended shipments to China from April.",
  }),
  cnImport("GAC:unlisted-rare-earth-oxides", "2025-05", "WORLD", 9_076.4, "V", ["smm-103386688"], {
    estimated: true,
    note: "About 9,076.4 t ('≈'): +67% on the year, +39% on the month; Myanmar mines resumed in April and stock was rushed out before the rains.",
  }),
  cnImport(
    "GAC:rare-earth-metal-ore",
    "2025-06",
    "US",
    0,
    "V2",
    ["koreajoongangdaily-2381983", "squidsite02-2025"],
    { note: "None from the US (Reuters): a reported zero, not a gap." },
  ),
  cnImport(
    "GAC:rare-earth-metal-ore",
    "2025-07",
    "US",
    4_719,
    "V2",
    ["koreajoongangdaily-2381983", "squidsite02-2025"],
    { note: "MP's final Q2 shipments (Reuters)." },
  ),
  // 2023 and 2024 by sub-heading (GITI, wenxuecity): a scope of their own.
  cnImport("GITI:bastnaesite", "2023", "WORLD", 66_364, "S", ["giti-7453033"], {
    valueUsd: 291_500_000,
    note: "-13.5%; US (MP) 99.83%.",
  }),
  cnImport("GITI:monazite", "2023", "WORLD", 47_717, "S", ["giti-7453033"], {
    note: "+4%; Madagascar 55%, Nigeria 25%, Thailand 13%.",
  }),
  cnImport("GITI:mixed-rare-earth-oxides", "2023", "WORLD", 43_906, "S", ["giti-7453033"], {
    valueUsd: 1_320_000_000,
    note: "+208%; Myanmar 95%, Malaysia 2.6%, Laos 1.3%.",
  }),
  cnImport("GAC:mixed-rare-earth-carbonate", "2023", "WORLD", 15_125, "S", ["giti-7453033"], {
    note: "+850%; Malaysia 55%, Laos 38%, USA 3.2% (GITI).",
  }),
  cnImport("GITI:other-rare-earth-compounds", "2023", "WORLD", 43_960, "S", ["giti-7453033"], {
    note: "+155%; Myanmar 69%, Malaysia 16%, Laos 12%.",
  }),
  cnImport("GITI:rare-earth-raw-materials", "2023", "WORLD", 217_071, "S", ["giti-7453033"], {
    valueUsd: 2_230_000_000,
    note: "About +40%. The sum of the sub-headings, not the GAC headline.",
  }),
  cnImport("GITI:bastnaesite", "2024", "WORLD", 55_612, "S", ["wenxuecity-3699194"]),
  cnImport("GITI:monazite", "2024", "WORLD", 48_380, "S", ["wenxuecity-3699194"]),
  cnImport("GITI:mixed-rare-earth-oxides", "2024", "WORLD", 48_985, "S", ["wenxuecity-3699194"], {
    note: "Mixed RE oxides together with separated NdPr.",
  }),
  cnImport("GITI:rare-earth-chlorides", "2024", "WORLD", 2_883, "S", ["wenxuecity-3699194"]),
  cnImport("GAC:mixed-rare-earth-carbonate", "2024", "WORLD", 9_432, "S", ["wenxuecity-3699194"]),
  cnImport("GITI:other-rare-earth-compounds", "2024", "WORLD", 12_242, "S", ["wenxuecity-3699194"]),
  cnImport("GITI:rare-earth-raw-materials", "2024", "WORLD", 177_535, "S", ["wenxuecity-3699194"], {
    conflictGroup: CHINA_IMPORTS_2024_CONFLICT,
    note: "-19.2% (against GITI's 2023 base of 217,071 the fall computes to -18.2%). Looks like the sum of raw-material sub-headings; the GAC headline is 132,931 t: never mix the two.",
  }),
  // The Myanmar disruption (§B3)
  cnImport("GAC:rare-earth-compounds", "2021-07", "MM", 270, "V2", [
    "reuters-china-trade-rareearths",
    "mizzima-chinas-imports-rare",
  ]),
  cnImport(
    "GAC:rare-earth-compounds",
    "2021-08",
    "MM",
    23,
    "V2",
    ["reuters-china-trade-rareearths", "mizzima-chinas-imports-rare"],
    { note: "COVID border closure." },
  ),
  cnImport(
    "GAC:rare-earth-oxides",
    "2021-08",
    "MM",
    70,
    "V2",
    ["reuters-china-trade-rareearths", "mizzima-chinas-imports-rare"],
    { note: "-93.5% on the month (COVID border closure)." },
  ),
  cnImport("GAC:rare-earth-oxides", "2021-08", "MY", 180, "V2", [
    "reuters-china-trade-rareearths",
    "mizzima-chinas-imports-rare",
  ]),
  cnImport(
    "GAC:rare-earth-oxides-and-compounds",
    "2025-02",
    "MM",
    311,
    "V",
    ["arabnews-2595122-2", "arabnews-2595122", "daily8-fad-deeaea-eaddd"],
    {
      note: "-89% on the year; most of the fall came after October 2024 (policies-beyond-china.md MM-03, V2 from one Reuters origin).",
    },
  ),
]

/**
 * US, Japanese and EU imports (§B4 to §B6).
 * @category flows
 * @since 0.2.0
 */
export const importFlows: ReadonlyArray<Flow> = [
  flow({
    reporter: "US",
    partner: "WORLD",
    flow: "import",
    commodity: "284690",
    period: "2023",
    tonnes: 11_580,
    valueUsd: 161_210_000,
    label: "S",
    sources: cite("gtaic-2024"),
    note: "HS 284690 (compounds excluding cerium): 11.58 kt, US$161.21m.",
  }),
  flow({
    reporter: "US",
    partner: "WORLD",
    flow: "import",
    commodity: "284690",
    period: "2024",
    tonnes: 10_530,
    valueUsd: 151_080_000,
    label: "S",
    sources: cite("gtaic-2024"),
    note: "10.53 kt, US$151.08m (-9.12% in volume); China 84% of the volume, 74.5% of the value.",
  }),
  flow({
    reporter: "JP",
    partner: "WORLD",
    flow: "import",
    commodity: "JPCUSTOMS:rare-earths",
    period: "2021-11",
    tonnes: 841.58,
    label: "V",
    sources: cite("argusmedia-2405752"),
  }),
  flow({
    reporter: "JP",
    partner: "WORLD",
    flow: "import",
    commodity: "JPCUSTOMS:rare-earths",
    period: "2022-04",
    tonnes: 856.97,
    label: "V",
    sources: cite("argusmedia-2405752"),
    note: "The 2022 high to November.",
  }),
  flow({
    reporter: "JP",
    partner: "WORLD",
    flow: "import",
    commodity: "JPCUSTOMS:rare-earths",
    period: "2022-11",
    tonnes: 664.84,
    label: "V",
    sources: cite("argusmedia-2405752"),
    note: "China: 'more than two-thirds' of Japan's RE imports in 2022.",
  }),
  flow({
    reporter: "JP",
    partner: "WORLD",
    flow: "import",
    commodity: "2805",
    period: "2024",
    tonnes: 10_640,
    valueUsd: 270_920_000,
    label: "S",
    sources: cite("gtaic-2025"),
    note: "HS 2805, which includes mercury (and alkali metals): not rare earths alone. 2024 value shares: Vietnam 59.8%, China 29.6%.",
  }),
  flow({
    reporter: "EU",
    partner: "WORLD",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2023",
    tonnes: 18_246,
    label: "D",
    sources: cite("openstats-2024"),
    derivation: {
      formula: "imports2024 / (1 + change)",
      inputs: {
        imports2024: input(12_900, "EU REE+ imports, 2024 (t)", "openstats-2024"),
        change: input(-0.293, "2024 change on 2023 (-29.3%)", "openstats-2024"),
      },
    },
    note: D,
  }),
  flow({
    reporter: "EU",
    partner: "WORLD",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 12_900,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "-29.3%. Not magnets. China, Malaysia and Russia: 95% of EU REE imports (Eurostat Statistics Explained).",
  }),
  flow({
    reporter: "EU",
    partner: "CN",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 6_000,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "46.3% of the total.",
  }),
  flow({
    reporter: "EU",
    partner: "RU",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 3_700,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "28.4% of the total.",
  }),
  flow({
    reporter: "EU",
    partner: "MY",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 2_600,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "19.9% of the total.",
  }),
  flow({
    reporter: "EU",
    partner: "WORLD",
    flow: "export",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 5_500,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "-0.8%.",
  }),
  flow({
    reporter: "EU",
    partner: "CN",
    flow: "import",
    commodity: "REPORTED:permanent-magnets",
    period: "2021",
    tonnes: 18_000,
    estimated: true,
    label: "S",
    sources: cite("mandiner-2026"),
    note: "About 18,000 t, 98% of EU magnets.",
  }),
  flow({
    reporter: "DE",
    partner: "CN",
    flow: "import",
    commodity: "REPORTED:permanent-magnets",
    period: "2024",
    tonnes: 11_000,
    estimated: true,
    label: "S",
    sources: cite("mandiner-2026"),
    note: "About 11,000 t, +24%.",
  }),
]

/**
 * China's exports of magnets to destinations and years `flows.ts` does not hold (§B6, §B8, §B5),
 * Adamas's magnets-plus-alloys total, and China's Dy and Tb exports (§B9).
 * @category flows
 * @since 0.2.0
 */
export const chinaExportFlows: ReadonlyArray<Flow> = [
  cnExport(MAGNETS, "2018", "US", 4_103, "V", ["smenet-2958"], { note: "Reuters via SME." }),
  cnExport(MAGNETS, "2019", "US", 4_593, "V", ["smenet-2958"], { note: "Reuters via SME." }),
  cnExport(MAGNETS, "2019-12", "US", 360, "V", ["smenet-2958"]),
  cnExport(MAGNETS, "2025-07", "EU", 2_140, "V", ["ckhq-31689"], {
    note: "38% of the total, +57% on the month (SCMP via CKHQ).",
  }),
  cnExport(MAGNETS, "2025-09", "KR", 854, "V2", ["poland-34646720", "Sources.asiaCitySeptember"], {
    note: "+84.5% on the year.",
  }),
  cnExport(MAGNETS, "2025-09", "VN", 456, "V2", ["poland-34646720", "Sources.asiaCitySeptember"], {
    note: "+18.3% on the year.",
  }),
  cnExport(MAGNETS, "2025-09", "JP", 228, "V2", ["poland-34646720", "Sources.asiaCitySeptember"], {
    note: "+20.8% on the year (FerroAlloyNet); 722 t including powders and alloys (another scope, not recorded).",
  }),
  cnExport(MAGNETS, "2025-10", "JP", 226, "V", ["newsdig-2363084"], {
    note: "TBS with Bloomberg.",
  }),
  cnExport(MAGNETS, "2025-11", "EU", 2_569, "S", ["mandiner-2026"]),
  cnExport("ADAMAS:magnets-and-alloys", "2024", "WORLD", 58_152, "V", ["adamasintel-2024"], {
    valueUsd: 2_860_000_000,
    note: "Magnets plus alloys (Adamas's scope); the top 10 buyers took 73% (74% in 2023, 71% in 2022). The reference's cross-check (57,392 t for 2025 at -1.3%) gives 58,148 t for 2024 on the Reuters basis, within 4 t.",
  }),
  ...(
    [
      ["GAC:dysprosium-products", "2025-09", "WORLD", 18_043],
      ["GAC:dysprosium-products", "2025-10", "WORLD", 3_501],
      ["GAC:dysprosium-products", "2025-10", "KR", 2_701],
      ["GAC:dysprosium-products", "2025-10", "EE", 500],
      ["GAC:dysprosium-products", "2025-10", "JP", 300],
      ["GAC:terbium-products", "2025-09", "WORLD", 4_450],
      ["GAC:terbium-products", "2025-10", "WORLD", 12_200],
      ["GAC:terbium-products", "2025-10", "US", 6_000],
      ["GAC:terbium-products", "2025-10", "JP", 5_200],
      ["GAC:terbium-products", "2025-10", "EE", 1_000],
    ] as const
  ).map(([commodity, period, partner, kilograms]) =>
    cnExport(
      commodity,
      period,
      partner,
      kilograms / 1000,
      "V",
      ["rawmaterials-chinese-dysprosium-exports"],
      { note: `Reported as ${String(kilograms).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} kg.` },
    ),
  ),
]

/**
 * Every trade flow of this module.
 * @category flows
 * @since 0.2.0
 */
export const tradeFlowsBeyondMagnets: ReadonlyArray<Flow> = [
  ...chinaImportFlows,
  ...importFlows,
  ...chinaExportFlows,
]
