/**
 * Dysprosium and terbium in Europe (prices-and-trade.md §A6), the US DoD / MP Materials NdPr
 * price floor (§A7), MP Materials' realised NdPr price (§A8), Lynas's average selling price
 * (§A9) and annual and other averages (§A10). The reference's Europe/China premium table is
 * derived with exchange rates implied by third-party conversions, so it is not shipped: see the
 * data README; `Price.premium` computes a premium from these records given a rate a source states.
 * @since 0.2.0
 */
import type * as Price from "@rareearth/core/Price"
import { cite } from "../pages/prices.ts"
import { day, month, price, quarter, type Row, span, year } from "./build.ts"

const DY = { product: "dy_oxide", grade: "99.5%" } as const
const TB = { product: "tb_oxide", grade: "99.99%" } as const
const USD_KG = { currency: "USD", unit: "kg" } as const

/**
 * European and outside-China Dy and Tb quotes, 2025, and Adamas's consumption-weighted Dy price.
 * European quotes are thin ask prices from intermediaries according to Adamas, which reports
 * that about 96% of the Dy oxide used in 2025 was priced at an average of US$224/kg (§C.9).
 * @category prices
 * @since 0.2.0
 */
export const europePrices: ReadonlyArray<Price.PriceObservation> = [
  ...(
    [
      [DY, 250, 310],
      [TB, 930, 1_000],
    ] as const
  ).map(([product, low, high]) =>
    price({
      ...product,
      market: "europe",
      period: span("week", "2025-04-01", "2025-04-03", true),
      ...USD_KG,
      low,
      high,
      assessor: "Argus",
      via: "GMTEight",
      label: "S",
      sources: cite("gmteight-282683"),
      note: "Early April 2025, before China's controls of 4 April; the days are approximate.",
    }),
  ),
  price({
    ...DY,
    grade: undefined,
    market: "europe",
    period: day("2025-05-01"),
    ...USD_KG,
    low: 850,
    assessor: "Argus",
    via: "Nikkei (Pak Insights, Rare Earth Exchanges)",
    label: "V2",
    sources: cite(
      "thepakinsights-19519",
      "rareearthexchanges-rare-earth-prices",
      "reportify-1115982377592688640",
    ),
    equivalents: [
      {
        low: 6_180.6,
        high: 6_180.6,
        currency: "CNY",
        unit: "kg",
        by: "Guancha (via Reportify), single source",
      },
    ],
    note: "'Tripled from the start of April'.",
  }),
  price({
    ...TB,
    grade: undefined,
    market: "europe",
    period: day("2025-05-01"),
    ...USD_KG,
    low: 3_000,
    assessor: "Argus",
    via: "Nikkei (Pak Insights, Rare Earth Exchanges)",
    label: "V2",
    sources: cite(
      "thepakinsights-19519",
      "rareearthexchanges-rare-earth-prices",
      "reportify-1115982377592688640",
    ),
    equivalents: [
      {
        low: 21_814.1,
        high: 21_814.1,
        currency: "CNY",
        unit: "kg",
        by: "Guancha (via Reportify), single source",
      },
    ],
    note: "From US$965 (about 7,016.9 yuan/kg per Guancha).",
  }),
  price({
    ...DY,
    market: "europe",
    period: month("2025-05"),
    ...USD_KG,
    low: 700,
    high: 1_000,
    assessor: "Argus",
    via: "GMTEight",
    label: "S",
    sources: cite("gmteight-282683"),
    note: "Monthly assessment of 6 May 2025: Argus's highest since it launched these assessments in 2015.",
  }),
  price({
    ...TB,
    market: "europe",
    period: month("2025-05"),
    ...USD_KG,
    low: 2_000,
    high: 4_000,
    assessor: "Argus",
    via: "GMTEight",
    label: "S",
    sources: cite("gmteight-282683"),
    note: "Monthly assessment of 6 May 2025.",
  }),
  price({
    ...DY,
    grade: undefined,
    market: "cif_europe",
    period: month("2025-07"),
    ...USD_KG,
    low: 800,
    assessor: "Benchmark",
    via: "mirror of Benchmark Source",
    label: "V",
    sources: cite("benchmarksourcecore-rare-earth-prices"),
    note: "China prices 'held steady in July'; European PrNd about 5% below China.",
  }),
  price({
    ...TB,
    grade: undefined,
    market: "cif_europe",
    period: month("2025-07"),
    ...USD_KG,
    low: 3_625,
    assessor: "Benchmark",
    via: "mirror of Benchmark Source",
    label: "V",
    sources: cite("benchmarksourcecore-rare-earth-prices"),
  }),
  price({
    ...DY,
    grade: undefined,
    market: "europe",
    period: day("2025-09-18"),
    ...USD_KG,
    low: 840,
    assessor: "Argus",
    via: "Nikkei (Swarajya)",
    label: "S",
    sources: cite("swarajyamag-brief-global-rare"),
    note: "About 3 times the pre-April level.",
  }),
  price({
    ...TB,
    grade: undefined,
    market: "europe",
    period: day("2025-09-18"),
    ...USD_KG,
    low: 3_600,
    assessor: "Argus",
    via: "Nikkei (Swarajya)",
    label: "S",
    sources: cite("swarajyamag-brief-global-rare"),
  }),
  price({
    ...DY,
    grade: undefined,
    market: "europe",
    period: month("2025-11", true),
    ...USD_KG,
    low: 910,
    assessor: "Argus",
    via: "Nikkei (xe.today)",
    label: "S",
    sources: cite("xe-2025"),
    note: "Late November 2025; about 3 times the pre-restriction level.",
  }),
  price({
    ...TB,
    grade: undefined,
    market: "europe",
    period: month("2025-11", true),
    ...USD_KG,
    low: 3_700,
    assessor: "Argus",
    via: "Nikkei (xe.today)",
    label: "S",
    sources: cite("xe-2025"),
    note: "Late November 2025; about 4 times the pre-restriction level.",
  }),
  price({
    product: "dy_oxide",
    market: "rotterdam",
    kind: "ask",
    period: month("2025-12"),
    ...USD_KG,
    low: 1_100,
    qualifier: "above",
    assessor: "Adamas Intelligence",
    label: "V",
    sources: cite("adamasintel-fallacy-european-rare"),
    note: "Ask price 'surpassing $1,100'.",
  }),
  price({
    product: "y_oxide",
    market: "rotterdam",
    kind: "ask",
    period: month("2025-12"),
    ...USD_KG,
    low: 350,
    qualifier: "above",
    assessor: "Adamas Intelligence",
    label: "V",
    sources: cite("adamasintel-fallacy-european-rare"),
    note: "Ask price 'topping $350'.",
  }),
  price({
    product: "dy_oxide",
    market: "worldwide",
    kind: "consumption_weighted_average",
    period: year(2025),
    ...USD_KG,
    low: 224,
    qualifier: "about",
    assessor: "Adamas Intelligence",
    label: "V",
    sources: cite("adamasintel-fallacy-european-rare"),
    note: "About 96% of the Dy oxide consumed worldwide in 2025 was priced at an average of US$224/kg; about 4% at US$233; under 1% at US$800 or more.",
  }),
]

const mp = (
  period: Price.PricePeriod,
  value: number,
  sold: number | string,
  rest: Partial<Row> & Pick<Row, "label" | "sources">,
): Price.PriceObservation =>
  price({
    product: "ndpr_products",
    market: "producer_sales",
    kind: "realised_average",
    period,
    ...USD_KG,
    low: value,
    assessor: "MP Materials",
    ...rest,
    note: [`NdPr sold: ${sold} t.`, rest.note].filter(Boolean).join(" "),
  })

/**
 * The DoD/MP Materials NdPr price floor and MP Materials' realised NdPr price by quarter.
 * @category prices
 * @since 0.2.0
 */
export const mpMaterialsPrices: ReadonlyArray<Price.PriceObservation> = [
  price({
    product: "ndpr_products",
    market: "producer_sales",
    kind: "floor",
    period: day("2025-10-01"),
    ...USD_KG,
    low: 110,
    assessor: "US DoD / MP Materials agreement",
    label: "V2",
    sources: cite(
      "rareearthexchanges-1399",
      "stockstoday-23275",
      "stocktitan-3557",
      "stockstoday-33578",
      "quantisnow-6265307",
    ),
    note: "The floor for MP's NdPr products 'stockpiled or sold', for a 10-year term from the price protection agreement's start on 2025-10-01 (both V2). Announced 10 July 2025 (TipRanks: 9 July). The government gets 30% of the extra revenue above the floor (Stocks Today, single source). 'About double China's market rate' at signing (the Chinese price was US$63/kg on 9 July 2025).",
  }),
  mp(quarter(2023, 4), 70, 10, {
    label: "S",
    sources: cite("secwatch-000006", "capedgeqa-000006"),
    note: "The price rests on an AI summary of the 8-K; the volume is confirmed in the 8-K text.",
  }),
  mp(quarter(2024, 1), 62, "134 (metalnomist; 131 per Reportify, garbled)", {
    label: "S",
    sources: cite("assetroom-2025", "reportify-1016647910017863680"),
    note: "Two AI summaries of the same filing; verify against the 8-K.",
  }),
  mp(quarter(2024, 2), 48, 136, {
    label: "V2",
    sources: cite("metalnomist-2024", "secwatch-000062"),
  }),
  mp(quarter(2024, 3), 47, 404, {
    label: "V2",
    sources: cite("secwatch-000085", "reportify-tags-product-tagvalue"),
  }),
  mp(quarter(2024, 4), 51, 468, { label: "V", sources: cite("ttm-2614079862") }),
  mp(quarter(2025, 1), 52, 464, {
    label: "V2",
    sources: cite("assetroom-2025", "reportify-tags-product-tagvalue"),
  }),
  mp(quarter(2025, 2), 57, 443, {
    label: "S",
    sources: cite("reportify-tags-product-tagvalue"),
    note: "+19% on the year (Zacks via Reportify).",
  }),
  mp(quarter(2025, 3), 59, 525, {
    label: "V",
    sources: cite("ttm-2614079862", "metricduck-company-earnings"),
    note: "+26% on the year per MetricDuck (consistent).",
  }),
  mp(quarter(2025, 4), 110, 562, {
    label: "V",
    qualifier: "about",
    sources: cite("ttm-2614079862", "themarketsdaily-2026"),
    note: "No realised price was reported for Q4 2025 because of the floor: PPA income of US$51m together with revenue 'effectively reflects realization of the full $110 per unit purchase price floor'.",
  }),
]

const lynas = (
  period: Price.PricePeriod,
  value: number,
  rest: Partial<Row> & Pick<Row, "label" | "sources">,
): Price.PriceObservation =>
  price({
    product: "rare_earth_basket",
    market: "producer_sales",
    kind: "realised_average",
    period,
    currency: "AUD",
    unit: "kg",
    low: value,
    assessor: "Lynas",
    ...rest,
    note: ["Average selling price across all products.", rest.note].filter(Boolean).join(" "),
  })

/**
 * Lynas's average selling price across all products, A$/kg, by quarter (Lynas's fiscal year
 * ends 30 June: the March quarter 2021 is Q3 FY21).
 * @category prices
 * @since 0.2.0
 */
export const lynasPrices: ReadonlyArray<Price.PriceObservation> = [
  lynas(quarter(2020, 1), 19.8, { label: "V", sources: cite("brisbanetimes-20210420") }),
  lynas(quarter(2021, 1), 35.5, {
    label: "V2",
    sources: cite("kitco-2021", "mqworld-2021"),
    note: "A record at the time.",
  }),
  lynas(quarter(2022, 1), 67.4, {
    label: "V",
    sources: cite("seekingalpha-3822606"),
    conflictGroup: "lynas-asp-march-quarter-2022",
    idSuffix: "first-report",
    note: "As first reported (2022); Lynas appears to restate past prices.",
  }),
  lynas(quarter(2022, 1), 64.7, {
    label: "V",
    sources: cite("mining-web-lynas-rare"),
    conflictGroup: "lynas-asp-march-quarter-2022",
    idSuffix: "restated",
    note: "As 'a year earlier' in a 2023 Reuters item (restated).",
  }),
  lynas(quarter(2022, 2), 79.2, {
    label: "V2",
    sources: cite("sharecafe-2023", "todayonline-2222651"),
  }),
  lynas(quarter(2023, 1), 48.3, {
    label: "V2",
    sources: cite("mining-web-lynas-rare", "topfxmanagers-lynas-rare-earths"),
  }),
  lynas(quarter(2023, 2), 38.9, {
    label: "V2",
    sources: cite("sharecafe-2023", "todayonline-2222651", "topfxmanagers-lynas-rare-earths"),
  }),
  lynas(quarter(2023, 3), 46.9, {
    label: "V2",
    sources: cite("mining-web-lynas-rare-2", "technicalterrence-stock-australias-lynas"),
    note: "'Updated/restated'.",
  }),
  lynas(span("year", "2023-07-01", "2024-06-30"), 38.1, {
    label: "S",
    sources: cite("metalnomist-2024-2"),
    note: "Fiscal year 2024 (July 2023 to June 2024), -17%.",
  }),
  lynas(quarter(2024, 3), 42.5, {
    label: "V2",
    sources: cite("mining-web-lynas-rare-2", "australianresourcesandinvestment-2025"),
  }),
  lynas(quarter(2024, 4), 49.2, {
    label: "V2",
    sources: cite("australianresourcesandinvestment-2025", "australianmining-lynas-rides-higher"),
  }),
  lynas(quarter(2025, 1), 50.5, { label: "S", sources: cite("thecapitalclub-2025") }),
  lynas(quarter(2025, 2), 60.2, {
    label: "V2",
    sources: cite("econotimes-1716947", "rareearthexchanges-lynas-delivers-historic"),
  }),
  lynas(quarter(2025, 3), 54.3, {
    label: "V2",
    sources: cite("argusmedia-2748095", "nrinvesting-447477"),
    note: "-10% on the quarter, +27% on the year.",
  }),
  lynas(quarter(2025, 4), 85.6, {
    label: "V2",
    sources: cite("fool-2026", "grafa-united-states-lynas", "adhocnews-68508717"),
    note: "+74% on the year.",
  }),
]

/**
 * Annual averages: the USGS's Dy and Tb oxide averages and China's average export price of the
 * "rare earths" headline commodity (§A10).
 * @category prices
 * @since 0.2.0
 */
export const annualAverages: ReadonlyArray<Price.PriceObservation> = [
  ...(
    [
      [2016, 198, 415],
      [2017, 187, 501],
      [2018, 179, 455],
      [2019, 239, 507],
      [2020, 258, 628],
    ] as const
  ).flatMap(([value, dy, tb]) => [
    price({
      ...DY,
      market: "unspecified",
      kind: "annual_average",
      period: year(value),
      ...USD_KG,
      low: dy,
      assessor: "USGS",
      via: "docslib copy of MCS 2021",
      label: "V",
      sources: cite("docslib-10507567"),
    }),
    price({
      ...TB,
      market: "unspecified",
      kind: "annual_average",
      period: year(value),
      ...USD_KG,
      low: tb,
      assessor: "USGS",
      via: "docslib copy of MCS 2021",
      label: "V",
      sources: cite("docslib-10507567"),
    }),
  ]),
  price({
    ...DY,
    market: "unspecified",
    kind: "annual_average",
    period: year(2022),
    ...USD_KG,
    low: 390,
    assessor: "USGS",
    via: "INFER question page",
    label: "S",
    sources: cite("inferpub-2024"),
  }),
  price({
    product: "mixed_headline",
    market: "unspecified",
    kind: "annual_average",
    period: year(2024),
    currency: "USD",
    unit: "tonne",
    low: 8_818,
    assessor: "China customs (GAC)",
    label: "V2",
    sources: cite("metalnomist-2025-2", "scrapinsight-2025-2"),
    note: "China's average export price of the 'rare earths' headline commodity: -39%, the lowest since 2017.",
  }),
  price({
    product: "mixed_headline",
    market: "unspecified",
    kind: "period_average",
    period: month("2025-11"),
    currency: "USD",
    unit: "tonne",
    low: 9_000,
    assessor: "China customs (GAC)",
    via: "Jiemian (UDN)",
    label: "S",
    sources: cite("udn-9265203"),
    note: "China's average export price of the 'rare earths' headline commodity.",
  }),
  price({
    product: "mixed_headline",
    market: "unspecified",
    kind: "period_average",
    period: month("2024-11"),
    currency: "USD",
    unit: "tonne",
    low: 8_300,
    assessor: "China customs (GAC)",
    via: "Jiemian (UDN)",
    label: "S",
    sources: cite("udn-9265203"),
    note: "China's average export price of the 'rare earths' headline commodity.",
  }),
]
