/**
 * NdPr (Pr-Nd) oxide prices: China domestic in yuan per tonne (prices-and-trade.md §A1),
 * NdPr in US dollars per kilogram (§A2), and Baotou Steel's concentrate transfer price.
 * @since 0.2.0
 */
import type { Price } from "@rareearth/core"
import { cite } from "../pages.ts"
import { day, month, price, quarter, smm, span, YEAR_INFERRED } from "./build.ts"

const P = "ndpr_oxide"
const yearInferred = { approximate: true }

/**
 * NdPr oxide in China, yuan per tonne (§A1).
 * @category prices
 * @since 0.2.0
 */
export const ndprOxideChina: ReadonlyArray<Price.PriceObservation> = [
  price({ product: P, market: "china_domestic", period: day("2020-01-03", true), currency: "CNY", unit: "tonne", low: 280_000, assessor: "SMM", via: "lithium-news", label: "S", sources: cite("lithiumnews-near-term-rare"), note: `Spot average. ${YEAR_INFERRED}` }),
  smm(P, "2020-01-17", 277_000, 281_000, "smm-101018959"),
  smm(P, "2020-05-22", 266_000, 269_000, "smm-101127943", { note: "SMM page in machine translation." }),
  smm(P, "2020-06-23", 286_000, 290_000, "smm-101180059"),
  price({ product: P, market: "china_domestic", kind: "listed_price", period: month("2020-10"), currency: "CNY", unit: "tonne", low: 357_000, assessor: "China Northern Rare Earth", via: "Chinatungsten", label: "V", sources: cite("chinatungsten-9561"), note: "Listed price, -5.1% on the month." }),
  price({ product: P, grade: "99%", market: "china_domestic", period: month("2020-11", true), currency: "CNY", unit: "tonne", low: 430_000, high: 440_000, assessor: "Argus", label: "V", sources: cite("argusmedia-2163878"), note: "Ex-works, late November 2020 (from 440,000-450,000 on 26 November); the year is inferred by the reference." }),
  smm(P, "2021-04-09", 572_000, 577_000, "smm-101450043"),
  smm(P, "2021-04-23", 552_000, 558_000, "smm-101463585", { note: "Mainstream 550,000." }),
  price({ product: P, market: "china_domestic", period: day("2021-07-28"), currency: "CNY", unit: "tonne", low: 595_000, assessor: "Chinatungsten", via: "tungusten.com", label: "S", sources: cite("tungusten-2021") }),
  price({ product: P, market: "china_domestic", period: day("2021-09-23", true), currency: "CNY", unit: "tonne", low: 598_000, assessor: "SunSirs", label: "S", sources: cite("sunsirs-5717") }),
  price({ product: P, market: "china_domestic", period: day("2022-02-18"), currency: "CNY", unit: "tonne", low: 1_100_000, qualifier: "about", assessor: "Chinatungsten", label: "S", sources: cite("chinatungsten-11097") }),
  smm(P, "2022-03-09", 1_090_000, 1_110_000, "smm-101771080"),
  smm(P, "2022-03-11", 1_050_000, 1_060_000, "smm-2022", { period: span("week", "2022-03-07", "2022-03-11", true), note: "Week to about 2022-03-11 (early in the week 1.09-1.11m); the week's bounds are approximate." }),
  price({ product: P, market: "china_domestic", period: day("2022-03-28"), currency: "CNY", unit: "tonne", low: 985_000, assessor: "SunSirs", via: "barium-chloride.com blog repost", label: "S", sources: cite("bariumchloride-202203") }),
  smm(P, "2022-05-12", 915_000, 915_000, "smm-101830611", { note: "Rose from 845,000 to 915,000." }),
  smm(P, "2022-05-24", 940_000, 950_000, "smm-101840607"),
  smm(P, "2022-10-21", 667_500, 667_500, "smm-101979524", { note: "Daily average." }),
  price({ product: P, market: "china_domestic", period: day("2023-02-10"), currency: "CNY", unit: "tonne", low: 720_000, assessor: "SMM", via: "atechmagnet (magnet trader repost)", label: "S", sources: cite("atechmagnet-2023"), note: "Daily average." }),
  price({
    product: P,
    market: "china_domestic",
    kind: "listed_price",
    period: month("2023-04"),
    currency: "CNY",
    unit: "tonne",
    low: 639_000,
    assessor: "China Northern Rare Earth",
    via: "Horizon Magnets",
    label: "D",
    sources: cite("horizonmagnets-2023"),
    derivation: {
      kind: "derived",
      formula: "may + cut",
      inputs: {
        may: { value: 495_000, label: "May 2023 listed price", sourceIds: ["horizonmagnets-2023"] },
        cut: { value: 144_000, label: "cut from April to May 2023", sourceIds: ["horizonmagnets-2023"] },
      },
      rounding: "integer",
    },
    note: "Derived: the May 2023 listed price plus its cut from April.",
  }),
  price({ product: P, market: "china_domestic", kind: "listed_price", period: month("2023-05"), currency: "CNY", unit: "tonne", low: 495_000, assessor: "China Northern Rare Earth", via: "Horizon Magnets", label: "S", sources: cite("horizonmagnets-2023"), note: "-144,000 (-22.54%) on the month." }),
  price({ product: P, market: "china_domestic", period: day("2023-12-01"), currency: "CNY", unit: "tonne", low: 472_000, high: 474_000, assessor: "Xinglu Chemical (trader)", label: "S", sources: cite("xingluchemical-2023") }),
  price({ product: P, market: "china_domestic", period: day("2024-02-26"), currency: "CNY", unit: "tonne", low: 380_000, qualifier: "below", assessor: "CTIA / Chinatungsten", label: "S", sources: cite("chinatungsten-13001"), note: "'Fell below 380,000'." }),
  price({ product: P, market: "china_domestic", period: day("2024-05-24"), currency: "CNY", unit: "tonne", low: 388_000, qualifier: "about", assessor: "CTIA / Chinatungsten", label: "S", sources: cite("chinatungsten-13131"), note: "From about 401,000." }),
  price({ product: P, market: "china_domestic", period: month("2024-05"), currency: "CNY", unit: "tonne", low: 391_500, assessor: "Benchmark", via: "Green Car Congress", label: "V", sources: cite("greencarcongress-20240620"), equivalents: [{ low: 54_027, high: 54_027, currency: "USD", unit: "tonne", by: "Benchmark" }], note: "Month-end assessment, +0.6% on April." }),
  price({ product: P, grade: "99%", market: "china_domestic", period: day("2024-06-04"), currency: "CNY", unit: "kg", low: 369, high: 372, assessor: "Argus", via: "i2m Associates", label: "S", sources: cite("i2massociates-14128"), equivalents: [{ low: 50.94, high: 51.35, currency: "USD", unit: "kg", by: "Argus (via i2m)" }], note: "Ex-works." }),
  price({ product: P, market: "china_domestic", period: month("2024-07", true), currency: "CNY", unit: "tonne", low: 359_000, high: 360_000, assessor: "SMM", via: "atechmagnet repost", label: "S", sources: cite("atechmagnet-prices-updates-this"), note: "About July 2024: the year and month are inferred by the reference (from 360,000-361,000)." }),
  smm(P, "2024-12-31", 396_000, 400_000, "smm-103115632"),
  price({ product: P, grade: "99%", market: "china_domestic", period: day("2025-01-02", true), currency: "CNY", unit: "kg", low: 397, high: 399, assessor: "Argus", label: "V", sources: cite("argusmedia-2643235"), note: "Ex-works, about 2025-01-02 (the date is inferred by the reference: 'prices flat after holiday')." }),
  smm(P, "2025-01-13", 400_000, 401_000, "smm-103133392"),
  price({ product: P, market: "china_domestic", period: month("2025-02"), currency: "CNY", unit: "tonne", low: 433_000, high: 434_000, assessor: "SMM", via: "scrapinsight repost", label: "S", sources: cite("scrapinsight-2025"), note: "February 2025; the day is not given." }),
  smm(P, "2025-03-03", 444_000, 445_000, "smm-103204984"),
  smm(P, "2025-03-18", 445_000, 446_000, "smm-103230799"),
  smm(P, "2025-04-10", 433_000, 437_000, "smm-103270747"),
  smm(P, "2025-04-24", 408_000, 410_000, "smm-103296971"),
  smm(P, "2025-05-09", 417_000, 419_000, "smm-103315717"),
  smm(P, "2025-05-15", 433_000, 435_000, "smm-103327676"),
  smm(P, "2025-05-23", 428_000, 429_000, "smm-103340367"),
  smm(P, "2025-06-16", 442_000, 444_000, "smm-103376387"),
  smm(P, "2025-06-30", 444_000, 445_000, "smm-103400823"),
  smm(P, "2025-07-11", 458_000, 466_000, "smm-103424092", { note: "458,000 in the morning; intraday high 466,000." }),
  smm(P, "2025-07-14", 460_000, 470_000, "smm-103424436"),
  smm(P, "2025-08-28", 600_000, 608_000, "smm-103502846", {
    sources: cite("smm-103502846", "rareearthexchanges-china-rare-earth"),
    equivalents: [{ low: 82_800, high: 83_900, currency: "USD", unit: "tonne", by: "Rare Earth Exchanges" }],
  }),
  price({ product: P, market: "china_domestic", period: month("2025-08", true), currency: "USD", unit: "tonne", low: 90_850, assessor: "Argus", via: "Nikkei (Swarajya)", label: "S", sources: cite("swarajyamag-brief-global-rare"), note: "Late August 2025, 'NdPr prices in China', the highest since March 2023; the page does not name the product form (the reference lists it with NdPr oxide)." }),
  smm(P, "2025-09-11", 550_000, 554_000, "smm-103525986", yearInferred),
  smm(P, "2025-09-25", 560_000, 565_000, "smm-103549580", yearInferred),
  smm(P, "2025-10-09", 562_000, 565_000, "smm-103560400"),
  smm(P, "2025-10-16", 513_000, 520_000, "smm-103572851", yearInferred),
  smm(P, "2025-10-23", 505_000, 507_000, "smm-103584404"),
  smm(P, "2025-10-30", 538_000, 545_000, "smm-103596689"),
  smm(P, "2025-11-13", 541_000, 544_000, "smm-103619797", yearInferred),
  smm(P, "2025-11-20", 553_000, 557_000, "smm-103631013"),
  smm(P, "2025-12-11", 577_000, 580_000, "smm-103666960", yearInferred),
  smm(P, "2025-12-18", 574_000, 576_000, "smm-103678836", yearInferred),
  smm(P, "2025-12-25", 592_000, 595_000, "smm-103690800", { ...yearInferred, note: `${YEAR_INFERRED} After a peak of 594,000-597,000 earlier in the week.` }),
  smm(P, "2025-12-31", 605_000, 608_000, "smm-103700681"),
  smm(P, "2026-01-15", 680_000, 685_000, "smm-103722355"),
  smm(P, "2026-01-22", 670_000, 675_000, "smm-103734160"),
  smm(P, "2026-01-29", 740_000, 748_000, "smm-103745941"),
  price({ product: P, market: "china_domestic", period: day("2026-02-02"), currency: "CNY", unit: "tonne", low: 748_700, assessor: "SunSirs", label: "S", sources: cite("sunsirs-30318"), note: "+11.03% on the month ('about 580,000 at end-December 2025')." }),
  price({ product: P, market: "china_domestic", period: day("2026-02-04"), currency: "CNY", unit: "tonne", low: 755_000, assessor: "SunSirs", label: "V", sources: cite("sunsirs-30382", "thiourea-3792"), note: "SunSirs' own text, reposted once." }),
  smm(P, "2026-02-05", 747_000, 753_000, "smm-103757978"),
]

/**
 * NdPr in US dollars per kilogram: Lynas's quarterly "China domestic" averages, FOB China quotes
 * and Reuters' Chinese benchmark (§A2).
 * @category prices
 * @since 0.2.0
 */
export const ndprUsd: ReadonlyArray<Price.PriceObservation> = [
  price({ product: P, market: "china_domestic", kind: "period_average", period: quarter(2021, 1), currency: "USD", unit: "kg", low: 68.1, assessor: "Lynas", via: "Australian Resources & Investment", label: "V", sources: cite("australianresourcesandinvestment-2022"), note: "China domestic NdPr oxide price, March quarter 2021 (Q3 FY21)." }),
  price({ product: P, market: "china_domestic", kind: "period_average", period: quarter(2021, 2), currency: "USD", unit: "kg", low: 69.6, assessor: "Lynas", via: "Industrial Specialties News", label: "V", sources: cite("industrialspecialtiesnews-lynas-reports-excellent") }),
  price({ product: P, market: "unspecified", period: month("2021-11"), currency: "USD", unit: "kg", low: 100, assessor: "Lynas", label: "V2", sources: cite("miningweekly-2022", "themarketherald-2022"), conflictGroup: "lynas-ndpr-dec-quarter-2021", note: "The NdPr market price 'reached US$100/kg' in November 2021, the first time since 2011: a point or threshold, compatible with the quarter's US$105.9 average only as such." }),
  price({ product: P, market: "china_domestic", kind: "period_average", period: quarter(2021, 4), currency: "USD", unit: "kg", low: 105.9, assessor: "Lynas", via: "Mining Weekly", label: "V", sources: cite("miningweekly-2022"), conflictGroup: "lynas-ndpr-dec-quarter-2021", note: "Quarterly average; see the November 2021 'reached US$100/kg' record." }),
  price({ product: P, market: "unspecified", kind: "period_average", period: month("2022-02"), currency: "USD", unit: "kg", low: 145.4, assessor: "Lynas", via: "Australian Resources & Investment", label: "V", sources: cite("australianresourcesandinvestment-2022") }),
  price({ product: P, market: "unspecified", kind: "period_average", period: month("2022-03"), currency: "USD", unit: "kg", low: 144.2, assessor: "Lynas", via: "Australian Resources & Investment", label: "V", sources: cite("australianresourcesandinvestment-2022") }),
  price({ product: P, market: "china_domestic", kind: "period_average", period: quarter(2022, 2), currency: "USD", unit: "kg", low: 120, assessor: "Lynas", via: "MarketScreener copy of the quarterly report", label: "V", sources: cite("marketscreener-41007231") }),
  price({ product: P, market: "china_domestic", kind: "period_average", period: quarter(2022, 4), currency: "USD", unit: "kg", low: 83, assessor: "Lynas", via: "Australian Resources & Investment", label: "V", sources: cite("australianresourcesandinvestment-2023"), note: "'Sold to China at' (ARI's wording); 'flat market pricing'." }),
  price({ product: P, grade: "99% (Nd75:Pr25)", market: "fob_china", period: day("2024-04-11"), currency: "USD", unit: "kg", low: 52, high: 54, assessor: "Fastmarkets", label: "V", sources: cite("fastmarkets-china-rare-earth") }),
  price({ product: P, grade: "99% (Nd75:Pr25)", market: "fob_china", period: day("2024-04-18"), currency: "USD", unit: "kg", low: 53, high: 55, assessor: "Fastmarkets", label: "V", sources: cite("fastmarkets-china-rare-earth") }),
  price({ product: P, market: "china_domestic", kind: "period_average", period: quarter(2024, 3), currency: "USD", unit: "kg", low: 48, assessor: "Lynas", via: "Australian Mining", label: "V", sources: cite("australianmining-rare-earths-lynas"), note: "Average NdPr market price, ex-VAT." }),
  price({ product: P, market: "china_domestic", kind: "period_average", period: quarter(2024, 4), currency: "USD", unit: "kg", low: 51, assessor: "Lynas", via: "Australian Resources & Investment", label: "V", sources: cite("australianresourcesandinvestment-2025") }),
  price({ product: P, grade: "99%", market: "fob_china", period: day("2025-01-02", true), currency: "USD", unit: "kg", low: 54.7, high: 55, assessor: "Argus", label: "V", sources: cite("argusmedia-2643235"), note: "Export FOB, about 2025-01-02 (the date is inferred by the reference)." }),
  price({ product: P, market: "china_domestic", period: day("2025-07-09"), currency: "USD", unit: "kg", low: 63, assessor: "Reuters", via: "Energy News", label: "V", sources: cite("energynews-2026"), note: "The Chinese price on the day the MP-DoD deal was agreed." }),
  price({ product: P, market: "china_domestic", period: span("day", "2026-02-19", "2026-02-20", true), currency: "USD", unit: "kg", low: 123, assessor: "Reuters", via: "Energy News, Stocks Today, Inspenet", label: "V2", sources: cite("energynews-2026", "stockstoday-materials-stock-faces", "inspenet-noticias-rare-earth"), equivalents: [{ low: 850_000, high: 850_000, currency: "CNY", unit: "tonne", by: "Reuters (via Energy News, single page)" }], note: "The Chinese NdPr 'benchmark price', the highest since July 2022, about 19-20 February 2026; above the MP floor of US$110/kg." }),
]

/**
 * Baotou Steel's quarterly transfer price for rare-earth concentrate sold to Northern Rare
 * Earth (dry basis, REO 50%, excluding tax), yuan per tonne.
 * @category prices
 * @since 0.2.0
 */
export const concentrateTransferPrices: ReadonlyArray<Price.PriceObservation> = [
  price({ product: "rare_earth_concentrate", grade: "REO 50%, dry basis, excluding tax", market: "china_domestic", kind: "transfer_price", period: quarter(2025, 2), currency: "CNY", unit: "tonne", low: 18_825, assessor: "Baotou Steel", via: "SMM", label: "V", sources: cite("smm-103424092") }),
  price({ product: "rare_earth_concentrate", grade: "REO 50%, dry basis, excluding tax", market: "china_domestic", kind: "transfer_price", period: quarter(2025, 3), currency: "CNY", unit: "tonne", low: 19_109, assessor: "Baotou Steel", via: "SMM", label: "V", sources: cite("smm-103424092") }),
  price({ product: "rare_earth_concentrate", grade: "REO 50%, dry basis, excluding tax", market: "china_domestic", kind: "transfer_price", period: quarter(2026, 1), currency: "CNY", unit: "tonne", low: 26_834, assessor: "Baotou Steel", via: "thiourea.net", label: "S", sources: cite("thiourea-3792"), note: "'The sixth consecutive price increase'." }),
]
