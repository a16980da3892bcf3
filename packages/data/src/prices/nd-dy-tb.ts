/**
 * Nd oxide, Nd metal and PrNd metal (prices-and-trade.md §A3), Dy oxide (§A4) and Tb oxide and
 * metal (§A5): China domestic in yuan, FOB China and CIF Rotterdam in US dollars where stated.
 * SMM's "PrNd alloy" is recorded as `ndpr_metal` with the name in the note.
 * @since 0.2.0
 */
import type { Price } from "@rareearth/core"
import { type CiteKey, cite } from "../pages.ts"
import { day, month, price, type Row, smm, span } from "./build.ts"

const ALLOY = { note: "SMM's 'PrNd alloy'." }
const DY = { grade: "99.5%" }
const TB = { grade: "99.99%" }
const yearInferred = { approximate: true }

/** A single-source China-domestic row in yuan per tonne (SunSirs, Chinatungsten, reposts). */
const secondary = (
  product: Price.Product,
  date: string,
  low: number,
  high: number,
  assessor: string,
  sources: Row["sources"],
  extra: Partial<Row> = {},
): Price.PriceObservation =>
  price({ product, market: "china_domestic", period: day(date), currency: "CNY", unit: "tonne", low, high, assessor, label: "S", sources, ...extra })

/** An SMM overseas weekly quote in US dollars per kilogram (date inferred by the reference). */
const overseas = (
  product: Price.Product,
  market: Price.Market,
  period: Price.PricePeriod,
  low: number,
  high: number,
  key: CiteKey,
  when: string,
): Price.PriceObservation =>
  price({ product, market, period, currency: "USD", unit: "kg", low, high, assessor: "SMM", label: "V", sources: cite(key), note: `SMM overseas weekly review, ${when}; the date is inferred by the reference.` })

/**
 * Nd oxide, Nd metal, Pr oxide and PrNd metal (§A3).
 * @category prices
 * @since 0.2.0
 */
export const ndPrices: ReadonlyArray<Price.PriceObservation> = [
  smm("nd_oxide", "2020-01-17", 289_000, 295_000, "smm-101018959"),
  smm("nd_metal", "2020-01-17", 365_000, 370_000, "smm-101018959"),
  smm("ndpr_metal", "2020-01-17", 355_000, 361_000, "smm-101018959"),
  ...(
    [
      ["nd_oxide", 376_000],
      ["nd_metal", 469_000],
      ["ndpr_metal", 445_000],
    ] as const
  ).map(([product, value]) =>
    price({ product, market: "china_domestic", kind: "listed_price", period: month("2020-10"), currency: "CNY", unit: "tonne", low: value, assessor: "China Northern Rare Earth", via: "Chinatungsten", label: "V", sources: cite("chinatungsten-9561") }),
  ),
  smm("nd_oxide", "2021-04-09", 590_000, 600_000, "smm-101450043"),
  smm("ndpr_metal", "2021-04-09", 715_000, 718_000, "smm-101450043"),
  secondary("nd_oxide", "2021-09-23", 627_500, 627_500, "SunSirs", cite("sunsirs-5717"), { period: day("2021-09-23", true) }),
  secondary("nd_metal", "2021-09-23", 765_000, 765_000, "SunSirs", cite("sunsirs-5717"), { period: day("2021-09-23", true) }),
  secondary("ndpr_metal", "2021-09-23", 737_500, 737_500, "SunSirs", cite("sunsirs-5717"), { period: day("2021-09-23", true) }),
  secondary("ndpr_metal", "2022-02-18", 1_380_000, 1_380_000, "Chinatungsten", cite("chinatungsten-11097")),
  secondary("nd_oxide", "2022-03-28", 1_050_000, 1_050_000, "SunSirs", cite("bariumchloride-202203"), { via: "barium-chloride.com blog repost" }),
  secondary("nd_metal", "2022-03-28", 1_310_000, 1_310_000, "SunSirs", cite("bariumchloride-202203"), { via: "barium-chloride.com blog repost" }),
  secondary("ndpr_metal", "2022-03-28", 1_210_000, 1_210_000, "SunSirs", cite("bariumchloride-202203"), { via: "barium-chloride.com blog repost", note: "'PrNd alloy'." }),
  smm("ndpr_metal", "2022-05-24", 1_140_000, 1_160_000, "smm-101840607", ALLOY),
  smm("nd_oxide", "2022-10-21", 760_000, 760_000, "smm-101979524", { note: "Daily average." }),
  smm("nd_metal", "2022-10-21", 930_000, 930_000, "smm-101979524", { note: "Daily average." }),
  smm("ndpr_metal", "2022-10-21", 817_500, 817_500, "smm-101979524", { note: "Daily average of SMM's 'PrNd alloy'." }),
  secondary("nd_oxide", "2023-02-10", 790_000, 790_000, "SMM", cite("atechmagnet-2023"), { via: "atechmagnet repost", note: "Daily average." }),
  secondary("nd_metal", "2023-02-10", 970_000, 970_000, "SMM", cite("atechmagnet-2023"), { via: "atechmagnet repost", note: "Daily average." }),
  secondary("ndpr_metal", "2023-02-10", 880_000, 880_000, "SMM", cite("atechmagnet-2023"), { via: "atechmagnet repost", note: "Daily average of 'PrNd alloy'." }),
  ...(
    [
      ["nd_oxide", 511_700],
      ["nd_metal", 630_000],
      ["ndpr_metal", 610_000],
    ] as const
  ).map(([product, value]) =>
    price({ product, market: "china_domestic", kind: "listed_price", period: month("2023-05"), currency: "CNY", unit: "tonne", low: value, assessor: "China Northern Rare Earth", via: "Horizon Magnets", label: "S", sources: cite("horizonmagnets-2023") }),
  ),
  secondary("nd_oxide", "2023-12-01", 491_000, 495_000, "Xinglu Chemical (trader)", cite("xingluchemical-2023")),
  secondary("nd_metal", "2023-12-01", 605_000, 615_000, "Xinglu Chemical (trader)", cite("xingluchemical-2023")),
  secondary("ndpr_metal", "2023-12-01", 585_000, 590_000, "Xinglu Chemical (trader)", cite("xingluchemical-2023")),
  price({ product: "ndpr_metal", grade: "Nd75:Pr25", market: "fob_china", period: day("2024-04-11"), currency: "USD", unit: "kg", low: 65, high: 67, assessor: "Fastmarkets", label: "V", sources: cite("fastmarkets-china-rare-earth") }),
  price({ product: "ndpr_metal", grade: "Nd75:Pr25", market: "fob_china", period: day("2024-04-18"), currency: "USD", unit: "kg", low: 66, high: 68, assessor: "Fastmarkets", label: "V", sources: cite("fastmarkets-china-rare-earth") }),
  price({ product: "nd_oxide", grade: "99.5%", market: "cif_rotterdam", period: day("2024-04-18"), currency: "USD", unit: "kg", low: 53, high: 55, assessor: "Fastmarkets", label: "V", sources: cite("fastmarkets-china-rare-earth") }),
  price({ product: "pr_oxide", grade: "99.5%", market: "cif_rotterdam", period: day("2024-04-18"), currency: "USD", unit: "kg", low: 54, high: 57, assessor: "Fastmarkets", label: "V", sources: cite("fastmarkets-china-rare-earth") }),
  ...(
    [
      ["nd_oxide", "99.5-99.9%", 402, 405, 55.3, 55.8],
      ["nd_metal", "99%", 495, 500, 68.2, 69],
      ["ndpr_metal", "99%", 490, 493, 67.5, 68],
    ] as const
  ).flatMap(([product, grade, low, high, fobLow, fobHigh]) => [
    price({ product, grade, market: "china_domestic", period: day("2025-01-02", true), currency: "CNY", unit: "kg", low, high, assessor: "Argus", label: "V", sources: cite("argusmedia-2643235"), note: "Domestic ex-works, about 2025-01-02 (the date is inferred by the reference)." }),
    price({ product, grade, market: "fob_china", period: day("2025-01-02", true), currency: "USD", unit: "kg", low: fobLow, high: fobHigh, assessor: "Argus", label: "V", sources: cite("argusmedia-2643235"), note: "Export FOB, about 2025-01-02 (the date is inferred by the reference)." }),
  ]),
  smm("ndpr_metal", "2025-05-15", 533_000, 536_000, "smm-103327676", ALLOY),
  price({ product: "ndpr_metal", market: "china_domestic", period: day("2025-08-28"), currency: "CNY", unit: "tonne", low: 745_000, high: 750_000, assessor: "SMM", via: "Rare Earth Exchanges", label: "S", sources: cite("rareearthexchanges-china-rare-earth"), note: "'PrNd alloy'." }),
  overseas("nd_oxide", "fob_china", span("week", "2025-12-22", "2025-12-31", true), 116, 136, "smm-103692906", "late December 2025"),
  overseas("nd_oxide", "cif_rotterdam", span("week", "2025-12-22", "2025-12-31", true), 165, 185, "smm-103692906", "late December 2025"),
  overseas("nd_metal", "fob_china", span("week", "2025-12-22", "2025-12-31", true), 110, 130, "smm-103692906", "late December 2025"),
  smm("ndpr_metal", "2025-12-31", 730_000, 740_000, "smm-103700681", ALLOY),
  overseas("nd_oxide", "fob_china", span("week", "2026-01-01", "2026-01-10", true), 120, 140, "smm-103712881", "early January 2026"),
  overseas("nd_oxide", "cif_rotterdam", span("week", "2026-01-01", "2026-01-10", true), 170, 190, "smm-103712881", "early January 2026"),
  overseas("nd_metal", "fob_china", span("week", "2026-01-01", "2026-01-10", true), 111, 131, "smm-103712881", "early January 2026"),
  overseas("nd_oxide", "fob_china", span("week", "2026-01-11", "2026-01-20", true), 128, 148, "smm-103724941", "mid-January 2026"),
  overseas("nd_oxide", "cif_rotterdam", span("week", "2026-01-11", "2026-01-20", true), 180, 200, "smm-103724941", "mid-January 2026"),
  overseas("nd_metal", "fob_china", span("week", "2026-01-11", "2026-01-20", true), 121, 141, "smm-103724941", "mid-January 2026"),
  secondary("nd_oxide", "2026-02-02", 732_500, 732_500, "SunSirs", cite("sunsirs-30318"), { conflictGroup: "sunsirs-nd-oxide-2026-02", note: "A 12% jump to 820,000 two days later (4 February) while PrNd oxide moved only 748,700 to 755,000: check before use." }),
  secondary("ndpr_metal", "2026-02-02", 898_800, 898_800, "SunSirs", cite("sunsirs-30318")),
  secondary("nd_oxide", "2026-02-04", 820_000, 820_000, "SunSirs", cite("sunsirs-30382"), { conflictGroup: "sunsirs-nd-oxide-2026-02", note: "Clashes with 732,500 on 2 February (SunSirs): check before use." }),
  secondary("nd_metal", "2026-02-04", 982_500, 982_500, "SunSirs", cite("sunsirs-30382")),
  secondary("ndpr_metal", "2026-02-04", 920_000, 920_000, "SunSirs", cite("sunsirs-30382"), { note: "'PrNd alloy'." }),
]

/**
 * Dysprosium oxide (99.5%), China domestic unless stated (§A4).
 * @category prices
 * @since 0.2.0
 */
export const dyOxidePrices: ReadonlyArray<Price.PriceObservation> = [
  smm("dy_oxide", "2020-01-17", 1_680_000, 1_720_000, "smm-101018959", DY),
  smm("dy_oxide", "2020-05-22", 1_930_000, 1_950_000, "smm-101127943", DY),
  ...(
    [
      ["2020-06-29", 1_930, 1_950, "Year-to-date high on 29 June (the year is inferred by the reference)."],
      ["2020-10-15", 1_620, 1_640, "On 15 October (the year is inferred by the reference)."],
    ] as const
  ).map(([date, low, high, note]) =>
    price({ product: "dy_oxide", ...DY, market: "china_domestic", period: day(date, true), currency: "CNY", unit: "kg", low, high, assessor: "Argus", label: "V", sources: cite("argusmedia-2163905"), note }),
  ),
  price({ product: "dy_oxide", ...DY, market: "china_domestic", period: month("2020-11", true), currency: "CNY", unit: "kg", low: 1_890, high: 1_920, assessor: "Argus", label: "V", sources: cite("argusmedia-2163905"), note: "Late November 2020 (the year is inferred by the reference)." }),
  secondary("dy_oxide", "2021-07-28", 2_600_000, 2_600_000, "Chinatungsten", cite("tungusten-2021"), { ...DY, via: "tungusten.com" }),
  secondary("dy_oxide", "2021-09-23", 2_685_000, 2_685_000, "SunSirs", cite("sunsirs-5717"), { ...DY, period: day("2021-09-23", true) }),
  secondary("dy_oxide", "2022-02-18", 3_150_000, 3_150_000, "Chinatungsten", cite("chinatungsten-11097"), DY),
  smm("dy_oxide", "2022-05-24", 2_600_000, 2_620_000, "smm-101840607", DY),
  price({ product: "dy_oxide", ...DY, market: "fob_china", period: day("2023-06-20"), currency: "USD", unit: "kg", low: 304, assessor: "Argus", via: "INFER question page", label: "S", sources: cite("inferpub-2024"), note: "The Argus high." }),
  price({ product: "dy_oxide", ...DY, market: "china_domestic", period: day("2023-12-01"), currency: "CNY", unit: "kg", low: 2_680, high: 2_710, assessor: "Xinglu Chemical (trader)", label: "S", sources: cite("xingluchemical-2023") }),
  price({ product: "dy_oxide", ...DY, market: "china_domestic", period: month("2024-05"), currency: "CNY", unit: "tonne", low: 2_175_000, assessor: "Benchmark", via: "Green Car Congress", label: "V", sources: cite("greencarcongress-20240620"), equivalents: [{ low: 300_150, high: 300_150, currency: "USD", unit: "tonne", by: "Benchmark" }], note: "Month-end assessment, +10% on the month. Well above every nearby SMM level found (1.60-1.62m at end-2024); the basis (VAT, grade) may differ. Kept as Benchmark's value only." }),
  smm("dy_oxide", "2024-12-31", 1_600_000, 1_620_000, "smm-103115632", DY),
  smm("dy_oxide", "2025-01-13", 1_610_000, 1_630_000, "smm-103133392", DY),
  smm("dy_oxide", "2025-03-03", 1_700_000, 1_720_000, "smm-103204984", DY),
  smm("dy_oxide", "2025-04-10", 1_680_000, 1_700_000, "smm-103270747", DY),
  smm("dy_oxide", "2025-05-09", 1_610_000, 1_620_000, "smm-103315717", DY),
  smm("dy_oxide", "2025-06-30", 1_610_000, 1_620_000, "smm-103400823", DY),
  smm("dy_oxide", "2025-07-14", 1_660_000, 1_700_000, "smm-103424436", DY),
  smm("dy_oxide", "2025-09-11", 1_620_000, 1_630_000, "smm-103525986", { ...DY, ...yearInferred }),
  smm("dy_oxide", "2025-09-25", 1_610_000, 1_620_000, "smm-103549580", { ...DY, conflictGroup: "dy-oxide-china-2025-09-25", note: "Yangtze River Nonferrous gives 1.605-1.62m the same day." }),
  price({ product: "dy_oxide", ...DY, market: "china_domestic", period: day("2025-09-25"), currency: "CNY", unit: "tonne", low: 1_605_000, high: 1_620_000, assessor: "Yangtze River Nonferrous", via: "gznanocrystal", label: "V", sources: cite("gznanocrystal-dysprosium-oxide-price"), conflictGroup: "dy-oxide-china-2025-09-25", note: "Average 1.6125m; SMM gives 1.61-1.62m the same day." }),
  smm("dy_oxide", "2025-10-23", 1_580_000, 1_620_000, "smm-103584404", DY),
  smm("dy_oxide", "2025-11-13", 1_490_000, 1_530_000, "smm-103619797", { ...DY, ...yearInferred }),
  smm("dy_oxide", "2025-12-25", 1_330_000, 1_350_000, "smm-103690800", { ...DY, ...yearInferred }),
  price({ product: "dy_oxide", ...DY, market: "fob_china", period: span("week", "2025-12-22", "2025-12-31", true), currency: "USD", unit: "kg", low: 267, high: 307, assessor: "SMM", label: "V", sources: cite("smm-103692906"), note: "SMM overseas weekly review, late December 2025; the date is inferred by the reference." }),
  smm("dy_oxide", "2026-01-22", 1_440_000, 1_440_000, "smm-103734160", { ...DY, note: "Printed as '1.44-1.44m' (sic)." }),
  secondary("dy_oxide", "2026-02-02", 1_330_000, 1_330_000, "SunSirs", cite("sunsirs-30318"), { ...DY, note: "-10.74% on the month." }),
  smm("dy_oxide", "2026-02-05", 1_390_000, 1_410_000, "smm-103757978", DY),
]

/**
 * Terbium oxide (99.99%) and terbium metal, China domestic (§A5).
 * @category prices
 * @since 0.2.0
 */
export const tbPrices: ReadonlyArray<Price.PriceObservation> = [
  smm("tb_oxide", "2020-01-17", 3_500_000, 3_550_000, "smm-101018959", TB),
  smm("tb_metal", "2020-01-17", 4_470_000, 4_520_000, "smm-101018959"),
  smm("tb_oxide", "2020-05-14", 3_875_000, 3_875_000, "smm-101180059", { ...TB, note: "Reported in the 2020-06-23 page as the 14 May level." }),
  smm("tb_oxide", "2020-06-23", 4_550_000, 4_630_000, "smm-101180059", TB),
  price({ product: "tb_oxide", ...TB, market: "china_domestic", period: month("2020-11", true), currency: "CNY", unit: "kg", low: 6_150, high: 6_200, assessor: "Argus", label: "V", sources: cite("argusmedia-2163905"), equivalents: [{ low: 934, high: 942, currency: "USD", unit: "kg", by: "Argus" }], note: "Late November 2020, 'more than an eight-year high' (the year is inferred by the reference)." }),
  price({ product: "tb_oxide", ...TB, market: "china_domestic", period: day("2021-07-28"), currency: "CNY", unit: "kg", low: 7_900, assessor: "Chinatungsten", via: "tungusten.com", label: "S", sources: cite("tungusten-2021") }),
  price({ product: "tb_oxide", ...TB, market: "china_domestic", period: day("2022-02-18"), currency: "CNY", unit: "kg", low: 15_200, assessor: "Chinatungsten", label: "S", sources: cite("chinatungsten-11097") }),
  smm("tb_oxide", "2022-03-11", 14_900_000, 15_000_000, "smm-2022", { ...TB, period: span("week", "2022-03-07", "2022-03-11", true), note: "Week to about 2022-03-11; the week's bounds are approximate." }),
  smm("tb_metal", "2022-03-11", 19_000_000, 19_000_000, "smm-2022", { period: span("week", "2022-03-07", "2022-03-11", true), note: "Week to about 2022-03-11; the week's bounds are approximate." }),
  smm("tb_oxide", "2022-05-24", 14_400_000, 14_500_000, "smm-101840607", TB),
  smm("tb_metal", "2022-05-24", 18_500_000, 18_700_000, "smm-101840607"),
  price({ product: "tb_oxide", ...TB, market: "china_domestic", period: day("2023-12-01"), currency: "CNY", unit: "kg", low: 7_950, high: 8_150, assessor: "Xinglu Chemical (trader)", label: "S", sources: cite("xingluchemical-2023") }),
  price({ product: "tb_metal", market: "china_domestic", period: day("2023-12-01"), currency: "CNY", unit: "kg", low: 9_600, high: 9_800, assessor: "Xinglu Chemical (trader)", label: "S", sources: cite("xingluchemical-2023") }),
  smm("tb_oxide", "2024-12-31", 5_590_000, 5_610_000, "smm-103115632", TB),
  smm("tb_metal", "2024-12-31", 6_950_000, 7_000_000, "smm-103115632"),
  smm("tb_oxide", "2025-01-13", 5_750_000, 5_800_000, "smm-103133392", TB),
  smm("tb_oxide", "2025-03-03", 6_520_000, 6_600_000, "smm-103204984", TB),
  smm("tb_metal", "2025-03-03", 8_100_000, 8_150_000, "smm-103204984"),
  smm("tb_oxide", "2025-04-10", 7_050_000, 7_100_000, "smm-103270747", TB),
  smm("tb_metal", "2025-04-10", 8_600_000, 8_700_000, "smm-103270747"),
  smm("tb_oxide", "2025-05-15", 7_230_000, 7_270_000, "smm-103327676", TB),
  smm("tb_metal", "2025-05-15", 8_900_000, 8_980_000, "smm-103327676"),
  smm("tb_oxide", "2025-07-14", 7_160_000, 7_200_000, "smm-103424436", TB),
  price({ product: "tb_metal", market: "china_domestic", period: day("2025-08-28"), currency: "CNY", unit: "tonne", low: 8_680_000, high: 8_750_000, assessor: "SMM", via: "Rare Earth Exchanges", label: "S", sources: cite("rareearthexchanges-china-rare-earth"), equivalents: [{ low: 1_200_000, high: 1_210_000, currency: "USD", unit: "tonne", by: "Rare Earth Exchanges" }] }),
  smm("tb_oxide", "2025-09-11", 7_150_000, 7_200_000, "smm-103525986", { ...TB, ...yearInferred }),
  smm("tb_oxide", "2025-10-23", 6_800_000, 6_850_000, "smm-103584404", TB),
  secondary("tb_oxide", "2025-11-11", 6_580_000, 6_620_000, "SMM-format daily", cite("zhuoerchem-light-rare-earths"), { ...TB, via: "Zhuoer Chem", period: day("2025-11-11", true) }),
  secondary("tb_metal", "2025-11-11", 8_200_000, 8_250_000, "SMM-format daily", cite("zhuoerchem-light-rare-earths"), { via: "Zhuoer Chem", period: day("2025-11-11", true) }),
  smm("tb_oxide", "2025-12-25", 6_020_000, 6_060_000, "smm-103690800", { ...TB, ...yearInferred }),
  smm("tb_oxide", "2026-01-22", 6_300_000, 6_350_000, "smm-103734160", TB),
  secondary("tb_oxide", "2026-02-02", 6_100_000, 6_100_000, "SunSirs", cite("sunsirs-30318"), { ...TB, note: "-4.98% on the month." }),
]
