/**
 * China's exports of rare earth permanent magnets and of "rare earths", as trade-flow rows
 * (facts §4).
 *
 * Three series, never mixed, each its own commodity code:
 * - {@link MAGNETS}: GAC detailed data, "rare earth permanent magnets" (8505111000), monthly, by
 *   destination: `WORLD` (the total), `US`, `JP`, `DE` where the sources give them.
 * - {@link RARE_EARTHS}: the GAC headline commodity "rare earths" (稀土), `WORLD` only.
 * - {@link RARE_EARTH_PRODUCTS}: Bloomberg's "rare earth products" (magnet-dominated), `WORLD`.
 *
 * Periods: monthly rows have a `YYYY-MM` period; a full-year total is an annual row with a `YYYY`
 * period. An annual row is a different period from the months of its year: never add it to
 * them (use `monthlyFlows` / `annualFlows` to keep them apart). Cumulative figures within a year
 * (January-May, ...) are not rows: they live in `CHECKPOINTS`.
 *
 * Confidence rule for flows: every figure is a customs figure known to us through news reports,
 * so every sourced row is `reported`, whatever its label in the facts file (V, V2 or S; S rows say
 * "single source" in their note). Figures the facts file derives (D) ship only where a formula
 * over sourced inputs recomputes the stated figure exactly (rounded to a whole tonne): they are
 * `derived` with that formula. Unconfirmed figures (R) are never shipped.
 * @since 0.1.0
 */
import type * as Period from "@rareearth/core/Period"
import type * as Source from "@rareearth/core/Source"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import { FlowSources } from "./sources/flows.ts"
import { SharedSources } from "./sources/shared.ts"

type Flow = TradeFlow.TradeFlow
type SourceRef = Source.SourceRef
type DerivationInput = Source.DerivationInput

/**
 * China's rare earth permanent magnet exports (GAC detailed data, customs code 8505111000).
 * @category flows
 * @since 0.1.0
 */
export const MAGNETS = "8505111000"

/**
 * The GAC headline commodity "rare earths" (稀土): rare-earth metals and compounds.
 * @category flows
 * @since 0.1.0
 */
export const RARE_EARTHS = "GAC:rare-earths"

/**
 * Bloomberg's "rare earth products" series (magnet-dominated; not the GAC series).
 * @category flows
 * @since 0.1.0
 */
export const RARE_EARTH_PRODUCTS = "BBG:rare-earth-products"

const SLUG: Record<string, string> = {
  [MAGNETS]: "magnets",
  [RARE_EARTHS]: "gac-rare-earths",
  [RARE_EARTH_PRODUCTS]: "bbg-rare-earth-products",
}

interface RowOptions {
  readonly valueUsd?: number
  readonly note?: string
  readonly singleSource?: boolean
  /** Rival claims about one figure share a conflict group; all but one need an id suffix. */
  readonly conflictGroup?: string
  readonly idSuffix?: string
}

const ANNUAL_NOTE =
  "Annual total: a different period from the months of the same year. Never add it to them."

const noteFor = (period: Period.Period, options: RowOptions): string | undefined => {
  const parts = [
    options.singleSource === true ? "Single source." : undefined,
    /^\d{4}$/.test(period) ? ANNUAL_NOTE : undefined,
    options.note,
  ].filter((part): part is string => part !== undefined)
  return parts.length === 0 ? undefined : parts.join(" ")
}

const row = (
  commodity: string,
  period: Period.Period,
  partner: string,
  tonnes: number,
  sources: ReadonlyArray<SourceRef>,
  confidence: Source.Confidence,
  options: RowOptions = {},
): Flow => {
  const note = noteFor(period, options)
  return {
    id: `cn-export-${SLUG[commodity]}-${partner.toLowerCase()}-${period}${options.idSuffix ? `-${options.idSuffix}` : ""}`,
    period,
    reporter: "CN",
    partner,
    flow: "export",
    commodity,
    netWeightTonnes: tonnes,
    valueUsd: options.valueUsd ?? null,
    sources: [...sources],
    confidence,
    ...(options.conflictGroup === undefined ? {} : { conflictGroup: options.conflictGroup }),
    ...(note === undefined ? {} : { note }),
  }
}

const reported = (
  commodity: string,
  period: Period.Period,
  partner: string,
  tonnes: number,
  sources: ReadonlyArray<SourceRef>,
  options: RowOptions = {},
): Flow => row(commodity, period, partner, tonnes, sources, { kind: "reported" }, options)

const input = (value: number, label: string, ...sources: SourceRef[]): DerivationInput => ({
  value,
  label,
  sourceIds: sources.map((source) => source.id),
})

/**
 * A derived row: `tonnes` is the figure the facts file states, and the formula over the inputs
 * must recompute it exactly after rounding to a whole tonne (checked by the tests).
 */
const derived = (
  commodity: string,
  period: Period.Period,
  partner: string,
  tonnes: number,
  formula: string,
  inputs: Record<string, DerivationInput>,
  sources: ReadonlyArray<SourceRef>,
  note: string,
): Flow =>
  row(
    commodity,
    period,
    partner,
    tonnes,
    sources,
    { kind: "derived", formula, inputs, rounding: "integer" },
    { note },
  )

const magnets = (
  period: Period.Period,
  partner: string,
  tonnes: number,
  sources: ReadonlyArray<SourceRef>,
  options?: RowOptions,
) => reported(MAGNETS, period, partner, tonnes, sources, options)

const rareEarths = (
  period: Period.Period,
  tonnes: number,
  sources: ReadonlyArray<SourceRef>,
  options?: RowOptions,
) => reported(RARE_EARTHS, period, "WORLD", tonnes, sources, options)

const DERIVED_NOTE =
  "Derived from a reported percentage change, which is rounded: the true figure may differ by a few tonnes."

const REPOSTS_NOTE =
  "Two reposts of one Reuters story (goldsea, biz-matome), both marked weak; no wire original found."

/** The answer to "is Adamas's 2024 total the same series as the GAC magnet rows?" */
const SCOPE_2024_NOTE =
  "Adamas Intelligence, from GAC data: 58,152 t of 'rare earth permanent magnets and permanent magnet alloys', +10%. Same scope as this series? Yes, as far as the figures can tell: 2025's 57,392 t was -1.3% on 2024, which puts 2024 at 57,392 / 0.987 ≈ 58,147.9 t on this series' basis, and, the -1.3% being rounded to a tenth of a point, anywhere from about 58,118.5 t (57,392 / 0.9875) to about 58,177.4 t (57,392 / 0.9865). Adamas's 58,152 t lies inside, so its 'magnet alloys' are within this series' scope rather than added to it. No source states the scope outright."

/**
 * The conflict group of the two published values of Bloomberg's August 2025 "rare earth
 * products" figure (7,336 t and 7,338 t).
 * @category flows
 * @since 0.2.0
 */
export const AUGUST_2025_PRODUCTS_CONFLICT = "bbg-rare-earth-products-2025-08"

// Inputs reused by several derived rows.
const may2025 = input(1_238, "May 2025 magnet exports, total (t)", FlowSources.econoTimesMayPlunge)
const june2025 = input(
  3_188,
  "June 2025 magnet exports, total (t)",
  FlowSources.tradingEconomics471367,
)
const august2025 = input(
  6_146,
  "August 2025 magnet exports, total (t)",
  FlowSources.samariumSevenMonthHigh,
)
const september2025 = input(
  5_774,
  "September 2025 magnet exports, total (t)",
  FlowSources.telegraphIndiaSeptember,
)
const march2026 = input(5_238, "March 2026 magnet exports, total (t)", FlowSources.hdmuneMarch2026)
const marchMomChange2026 = input(
  0.105,
  "March 2026 change on February 2026, total (+10.5%)",
  FlowSources.hdmuneMarch2026,
)
const usMarch2026 = input(
  406,
  "March 2026 magnet exports to the US (t)",
  FlowSources.hdmuneMarch2026,
)
const usMarchMomChange2026 = input(
  -0.095,
  "March 2026 change on February 2026, to the US (-9.5%)",
  FlowSources.hdmuneMarch2026,
)

/**
 * China's rare earth magnet exports (8505111000), monthly and annual, 2024-2026.
 * @category flows
 * @since 0.1.0
 */
export const magnetFlows: ReadonlyArray<Flow> = [
  // 2024: direct monthly figures are sparse; most months are only derivable from 2025's YoY.
  derived(
    MAGNETS,
    "2024-05",
    "WORLD",
    4_762,
    "may_2025 / (1 + yoy_change)",
    {
      may_2025: may2025,
      yoy_change: input(
        -0.74,
        "May 2025 change on May 2024 (-74%)",
        FlowSources.econoTimesMayPlunge,
      ),
    },
    [FlowSources.econoTimesMayPlunge],
    "Derived from May 2025's 1,238 t and its reported -74% on May 2024. The -74% is a whole percent: anything from -74.5% to -73.5% is reported as -74%, so May 2024 lies between about 4,672 t (1,238 / 0.265 ≈ 4,671.7) and 4,855 t (1,238 / 0.255 ≈ 4,854.9). 4,762 t is the value at exactly -74%, not a figure any source states.",
  ),
  derived(
    MAGNETS,
    "2024-06",
    "WORLD",
    5_150,
    "june_2025 / (1 + yoy_change)",
    {
      june_2025: june2025,
      yoy_change: input(
        -0.381,
        "June 2025 change on June 2024 (-38.1%)",
        FlowSources.tradingEconomics471367,
      ),
    },
    [FlowSources.tradingEconomics471367],
    DERIVED_NOTE,
  ),
  magnets("2024-07", "WORLD", 5_278, [FlowSources.kitcoJuly2025]),
  derived(
    MAGNETS,
    "2024-07",
    "US",
    591,
    "us_july_2025 / (1 + yoy_change)",
    {
      us_july_2025: input(619, "July 2025 magnet exports to the US (t)", FlowSources.kitcoJuly2025),
      yoy_change: input(
        0.048,
        "July 2025 change on July 2024, to the US (+4.8%)",
        FlowSources.kitcoJuly2025,
      ),
    },
    [FlowSources.kitcoJuly2025],
    DERIVED_NOTE,
  ),
  derived(
    MAGNETS,
    "2024-08",
    "WORLD",
    5_326,
    "august_2025 / (1 + yoy_change)",
    {
      august_2025: august2025,
      yoy_change: input(
        0.154,
        "August 2025 change on August 2024 (+15.4%)",
        FlowSources.samariumSevenMonthHigh,
      ),
    },
    [FlowSources.samariumSevenMonthHigh],
    DERIVED_NOTE,
  ),
  derived(
    MAGNETS,
    "2024-08",
    "US",
    669,
    "us_august_2025 / (1 + yoy_change)",
    {
      us_august_2025: input(
        590,
        "August 2025 magnet exports to the US (t)",
        FlowSources.samariumSevenMonthHigh,
        SharedSources.rareEarthExchangesRisingExceptUs,
      ),
      yoy_change: input(
        -0.118,
        "August 2025 change on August 2024, to the US (-11.8%)",
        FlowSources.samariumSevenMonthHigh,
      ),
    },
    [FlowSources.samariumSevenMonthHigh, SharedSources.rareEarthExchangesRisingExceptUs],
    DERIVED_NOTE,
  ),
  derived(
    MAGNETS,
    "2024-09",
    "WORLD",
    4_914,
    "september_2025 / (1 + yoy_change)",
    {
      september_2025: september2025,
      yoy_change: input(
        0.175,
        "September 2025 change on September 2024 (+17.5%)",
        FlowSources.telegraphIndiaSeptember,
      ),
    },
    [FlowSources.telegraphIndiaSeptember],
    DERIVED_NOTE,
  ),
  derived(
    MAGNETS,
    "2024-09",
    "US",
    596,
    "us_september_2025 / (1 + yoy_change)",
    {
      us_september_2025: input(
        420,
        "September 2025 magnet exports to the US (t)",
        FlowSources.asiaCitySeptember,
      ),
      yoy_change: input(
        -0.295,
        "September 2025 change on September 2024, to the US (-29.5%)",
        FlowSources.asiaCitySeptember,
      ),
    },
    [FlowSources.asiaCitySeptember],
    DERIVED_NOTE,
  ),
  magnets("2024-10", "WORLD", 4_725, [FlowSources.squidsiteOctober2025]),
  derived(
    MAGNETS,
    "2024",
    "US",
    7_444,
    "us_2025 / (1 + yoy_change)",
    {
      us_2025: input(
        5_933,
        "2025 magnet exports to the US, full year (t)",
        FlowSources.goldseaDecember,
        FlowSources.bizMatomeDecember,
      ),
      yoy_change: input(
        -0.203,
        "2025 change on 2024, to the US (-20.3%)",
        FlowSources.goldseaDecember,
        FlowSources.bizMatomeDecember,
      ),
    },
    [FlowSources.goldseaDecember, FlowSources.bizMatomeDecember],
    `${ANNUAL_NOTE} ${DERIVED_NOTE}`,
  ),

  magnets("2024", "WORLD", 58_152, [FlowSources.adamas2024Record], {
    singleSource: true,
    note: SCOPE_2024_NOTE,
  }),

  // 2025
  magnets(
    "2025-01",
    "WORLD",
    6_357,
    [FlowSources.samariumSurgeAfterDeal, FlowSources.devDiscourseMagnetSurge],
    {
      note: "A record month.",
    },
  ),
  derived(
    MAGNETS,
    "2025-03",
    "WORLD",
    5_323,
    "march_2026 / (1 + yoy_change)",
    {
      march_2026: march2026,
      yoy_change: input(
        -0.016,
        "March 2026 change on March 2025 (-1.6%)",
        FlowSources.hdmuneMarch2026,
      ),
    },
    [FlowSources.hdmuneMarch2026],
    DERIVED_NOTE,
  ),
  derived(
    MAGNETS,
    "2025-03",
    "US",
    585,
    "us_march_2026 / (1 + yoy_change)",
    {
      us_march_2026: usMarch2026,
      yoy_change: input(
        -0.306,
        "March 2026 change on March 2025, to the US (-30.6%)",
        FlowSources.hdmuneMarch2026,
      ),
    },
    [FlowSources.hdmuneMarch2026],
    DERIVED_NOTE,
  ),
  magnets(
    "2025-05",
    "WORLD",
    1_238,
    [FlowSources.econoTimesMayPlunge, FlowSources.tradingEconomics471367],
    {
      note: "Lowest since February 2020.",
    },
  ),
  magnets("2025-05", "US", 46, [FlowSources.bloombergAmplify]),
  magnets("2025-06", "WORLD", 3_188, [
    FlowSources.tradingEconomics471367,
    SharedSources.catenaaJune,
    FlowSources.rbcUkraineJune,
  ]),
  magnets("2025-06", "US", 353, [FlowSources.rbcUkraineJune, SharedSources.catenaaJune]),
  magnets("2025-07", "WORLD", 5_577, [FlowSources.kitcoJuly2025, FlowSources.squidsiteJuly2025]),
  magnets("2025-07", "US", 619, [FlowSources.kitcoJuly2025, FlowSources.squidsiteJuly2025]),
  magnets("2025-07", "DE", 1_116, [FlowSources.kitcoJuly2025, FlowSources.squidsiteJuly2025]),
  magnets("2025-08", "WORLD", 6_146, [
    FlowSources.samariumSevenMonthHigh,
    SharedSources.rareEarthExchangesRisingExceptUs,
  ]),
  magnets(
    "2025-08",
    "US",
    590,
    [FlowSources.samariumSevenMonthHigh, SharedSources.rareEarthExchangesRisingExceptUs],
    {
      note: "FerroAlloyNet gives 589 t.",
    },
  ),
  magnets(
    "2025-09",
    "WORLD",
    5_774,
    [FlowSources.telegraphIndiaSeptember, FlowSources.prChiefSeptember],
    {
      note: "FerroAlloyNet gives 5,773 t.",
    },
  ),
  magnets("2025-09", "US", 420, [FlowSources.prChiefSeptember, FlowSources.asiaCitySeptember], {
    note: "Also reported as 420.5 t.",
  }),
  magnets("2025-09", "DE", 1_288, [FlowSources.asiaCitySeptember]),
  magnets("2025-10", "WORLD", 5_473, [
    FlowSources.squidsiteOctober2025,
    FlowSources.tipInsightsOctober,
  ]),
  magnets(
    "2025-10",
    "US",
    656,
    [FlowSources.squidsiteOctober2025, FlowSources.tipInsightsOctober],
    {
      note: "Highest since January 2025.",
    },
  ),
  magnets(
    "2025-11",
    "WORLD",
    6_150,
    [FlowSources.theWestNovember, FlowSources.devDiscourseMagnetSurge],
    {
      note: "Second-highest month on record.",
    },
  ),
  magnets("2025-11", "US", 582, [FlowSources.theWestNovember, FlowSources.devDiscourseMagnetSurge]),
  magnets("2025-11", "JP", 305, [FlowSources.tradingKeyJapan]),
  magnets("2025-12", "WORLD", 5_952, [FlowSources.goldseaDecember, FlowSources.bizMatomeDecember], {
    note: REPOSTS_NOTE,
  }),
  magnets("2025-12", "US", 564, [FlowSources.goldseaDecember, FlowSources.bizMatomeDecember], {
    note: REPOSTS_NOTE,
  }),
  magnets("2025-12", "JP", 280, [FlowSources.tradingKeyJapan]),
  magnets("2025", "WORLD", 57_392, [FlowSources.goldseaDecember, FlowSources.bizMatomeDecember], {
    note: `-1.3% on 2024 (biz-matome). The 2025 months of the sources add up exactly to it. ${REPOSTS_NOTE}`,
  }),
  magnets("2025", "US", 5_933, [FlowSources.goldseaDecember, FlowSources.bizMatomeDecember], {
    note: `-20.3% on 2024. ${REPOSTS_NOTE}`,
  }),

  // 2026: January and February are reported only together; the split is derived.
  derived(
    MAGNETS,
    "2026-01",
    "WORLD",
    6_023,
    "january_february_2026 - march_2026 / (1 + mom_change)",
    {
      january_february_2026: input(
        10_763,
        "January-February 2026 magnet exports, total (t)",
        FlowSources.rareEarthExchangesRedirects,
      ),
      march_2026: march2026,
      mom_change: marchMomChange2026,
    },
    [FlowSources.rareEarthExchangesRedirects, FlowSources.hdmuneMarch2026],
    DERIVED_NOTE,
  ),
  derived(
    MAGNETS,
    "2026-01",
    "US",
    545,
    "us_january_february_2026 - us_march_2026 / (1 + mom_change)",
    {
      us_january_february_2026: input(
        994,
        "January-February 2026 magnet exports to the US (t)",
        FlowSources.rareEarthExchangesRedirects,
      ),
      us_march_2026: usMarch2026,
      mom_change: usMarchMomChange2026,
    },
    [FlowSources.rareEarthExchangesRedirects, FlowSources.hdmuneMarch2026],
    DERIVED_NOTE,
  ),
  derived(
    MAGNETS,
    "2026-02",
    "WORLD",
    4_740,
    "march_2026 / (1 + mom_change)",
    { march_2026: march2026, mom_change: marchMomChange2026 },
    [FlowSources.hdmuneMarch2026],
    DERIVED_NOTE,
  ),
  derived(
    MAGNETS,
    "2026-02",
    "US",
    449,
    "us_march_2026 / (1 + mom_change)",
    { us_march_2026: usMarch2026, mom_change: usMarchMomChange2026 },
    [FlowSources.hdmuneMarch2026],
    DERIVED_NOTE,
  ),
  magnets("2026-03", "WORLD", 5_238, [FlowSources.hdmuneMarch2026], { singleSource: true }),
  magnets("2026-03", "US", 406, [FlowSources.hdmuneMarch2026], {
    singleSource: true,
    note: "A nine-month low and the fifth monthly fall in a row.",
  }),
]

/**
 * China's exports of "rare earths", the GAC headline commodity, monthly and annual, 2024-2025.
 * @category flows
 * @since 0.1.0
 */
export const rareEarthFlows: ReadonlyArray<Flow> = [
  rareEarths("2024-04", 4_566, [FlowSources.kitcoMay2024]),
  rareEarths("2024-05", 6_217, [FlowSources.kitcoMay2024], { note: "A record at the time." }),
  rareEarths("2024-08", 4_723, [FlowSources.kitcoAugust2025]),
  rareEarths("2024-11", 4_416, [FlowSources.newsFromRss2024]),
  rareEarths("2024-12", 3_326, [FlowSources.newsFromRss2024, FlowSources.kaohoon574357]),
  rareEarths("2024", 55_431, [FlowSources.newsFromRss2024], {
    valueUsd: 488_800_000,
    note: "TASS gives 55,400 t. Value US$488.8 million.",
  }),
  rareEarths("2025-03", 5_666.3, [FlowSources.rawMaterialsMarch2025, FlowSources.zawyaApril2025], {
    note: "Zawya gives 5,666 t.",
  }),
  rareEarths("2025-04", 4_784.8, [FlowSources.zawyaApril2025, FlowSources.rawMaterialsMixedTrends]),
  rareEarths("2025-05", 5_864.6, [FlowSources.rawMaterialsMay2025, FlowSources.energyNewsMay2025]),
  rareEarths("2025-06", 7_742.2, [FlowSources.newsmaxJune2025, FlowSources.newsBytesJune2025], {
    note: "NewsBytes gives 7,742 t.",
  }),
  rareEarths("2025-07", 5_994, [FlowSources.kitcoAugust2025]),
  rareEarths("2025-08", 5_792, [FlowSources.kitcoAugust2025, FlowSources.questMetalsAugust2025]),
  derived(
    RARE_EARTHS,
    "2025-09",
    "WORLD",
    4_001,
    "january_october_2025 - october_2025 - january_august_2025",
    {
      january_october_2025: input(
        52_699.2,
        "January-October 2025 rare earth exports (t)",
        FlowSources.cryptagonOctober2025,
        FlowSources.devDiscourseOctober2025,
      ),
      october_2025: input(
        4_343.5,
        "October 2025 rare earth exports (t)",
        FlowSources.cryptagonOctober2025,
        FlowSources.devDiscourseOctober2025,
      ),
      january_august_2025: input(
        44_355,
        "January-August 2025 rare earth exports (t)",
        FlowSources.kitcoAugust2025,
      ),
    },
    [
      FlowSources.cryptagonOctober2025,
      FlowSources.devDiscourseOctober2025,
      FlowSources.kitcoAugust2025,
    ],
    "Derived from cumulative totals (4,000.7 t, rounded to a whole tonne). October's reported +9% on September would give about 3,985 t instead: the figure is uncertain by some tonnes.",
  ),
  rareEarths("2025-10", 4_343.5, [
    FlowSources.cryptagonOctober2025,
    FlowSources.devDiscourseOctober2025,
  ]),
  rareEarths("2025-11", 5_493.9, [FlowSources.imaNovember2025]),
  rareEarths("2025-12", 4_392, [FlowSources.rawMaterialsRecordYear, FlowSources.kaohoon574357]),
  rareEarths(
    "2025",
    62_585,
    [
      FlowSources.kaohoon574357,
      FlowSources.internationalBusinessWeekly2025,
      FlowSources.tass2099305,
    ],
    {
      note: "Highest since at least 2014.",
    },
  ),
]

/**
 * Bloomberg's "rare earth products" exports: its own series, never merged with the GAC ones.
 * @category flows
 * @since 0.1.0
 */
export const rareEarthProductFlows: ReadonlyArray<Flow> = [
  reported(
    RARE_EARTH_PRODUCTS,
    "2025-05",
    "WORLD",
    2_117,
    [FlowSources.businessStandardMay2025, FlowSources.sgLatestNewsMay2025],
    { note: "Lowest since February 2020. In Q1 2025 magnets were about 90% of this category." },
  ),
  reported(RARE_EARTH_PRODUCTS, "2025-08", "WORLD", 7_336, [FlowSources.newsAzBoostsExports], {
    singleSource: true,
    conflictGroup: AUGUST_2025_PRODUCTS_CONFLICT,
    note: "A record month. Business Standard gives 7,338 t for the same Bloomberg figure: the two claims are kept side by side (same conflict group).",
  }),
  reported(
    RARE_EARTH_PRODUCTS,
    "2025-08",
    "WORLD",
    7_338,
    [FlowSources.businessStandardAugust2025],
    {
      singleSource: true,
      conflictGroup: AUGUST_2025_PRODUCTS_CONFLICT,
      idSuffix: "business-standard",
      note: "The largest month since records began in 2012 (Bloomberg calculations). News.Az gives 7,336 t for the same figure: the two claims are kept side by side (same conflict group).",
    },
  ),
  reported(RARE_EARTH_PRODUCTS, "2025-11", "WORLD", 6_958, [FlowSources.newsAzBoostsExports], {
    singleSource: true,
  }),
]

/**
 * Every trade-flow row of the dataset: magnets, then "rare earths", then Bloomberg's series.
 *
 * @example
 * ```ts
 * import { flows, monthlyFlows } from "@rareearth/data"
 * const june = monthlyFlows(flows).find(
 *   (flow) => flow.commodity === "8505111000" && flow.partner === "WORLD" && flow.period === "2025-06",
 * )
 * june?.netWeightTonnes // 3188
 * ```
 * @category flows
 * @since 0.1.0
 */
export const flows: ReadonlyArray<Flow> = [
  ...magnetFlows,
  ...rareEarthFlows,
  ...rareEarthProductFlows,
]

/**
 * The monthly rows (period `YYYY-MM`) of a list of flows: the rows that may be added up.
 * @example
 * ```ts
 * import { flows, monthlyFlows } from "@rareearth/data"
 * monthlyFlows(flows).every((flow) => flow.period.length === 7) // true
 * ```
 * @category flows
 * @since 0.1.0
 */
export const monthlyFlows = <A extends Flow>(rows: ReadonlyArray<A>): A[] =>
  rows.filter((flow) => /^\d{4}-\d{2}$/.test(flow.period))

/**
 * The annual rows (period `YYYY`) of a list of flows: full-year totals, never to be added to
 * the monthly rows of the same year.
 * @example
 * ```ts
 * import { annualFlows, flows } from "@rareearth/data"
 * annualFlows(flows).map((flow) => flow.id).includes("cn-export-magnets-world-2025") // true
 * ```
 * @category flows
 * @since 0.1.0
 */
export const annualFlows = <A extends Flow>(rows: ReadonlyArray<A>): A[] =>
  rows.filter((flow) => /^\d{4}$/.test(flow.period))
