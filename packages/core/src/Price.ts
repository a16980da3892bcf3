/**
 * Price observations of rare earth products: a product and grade in a market, in a currency per
 * kilogram or tonne, over a period (a day, a week, a month, a quarter, a year), of a kind
 * (an assessment, a realised average, a floor...), by an assessor, with its sources. A quoted
 * range stays a range; nothing is converted across currencies except with a rate a source states.
 * @since 0.2.0
 */

import { Currency, convert, type ExchangeRateInput, parse as parseCurrency } from "./Currency.ts"
import { Evidence } from "./Evidence.ts"
import { invalid, quote } from "./InputError.ts"
import * as z from "./internal/zod.ts"
import { IsoDate, parseDate } from "./Period.ts"
import { Provenance } from "./Source.ts"

/**
 * A priced product. `ndpr_*` is praseodymium-neodymium (PrNd); `rare_earth_basket` is a
 * producer's average over all its products (Lynas's ASP); `rare_earth_concentrate` an ore
 * concentrate; `mixed_headline` customs' average export price of the "rare earths" headline.
 * @category schemas
 * @since 0.2.0
 */
export const Product = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "ndpr_oxide",
  "ndpr_metal",
  "nd_oxide",
  "nd_metal",
  "pr_oxide",
  "dy_oxide",
  "tb_oxide",
  "tb_metal",
  "y_oxide",
  "ndpr_products",
  "rare_earth_basket",
  "rare_earth_concentrate",
  "mixed_headline",
])
export type Product = z.infer<typeof Product>

const PRODUCT_ALIASES: Readonly<Record<string, Product>> = {
  "ndpr oxide": "ndpr_oxide",
  "prnd oxide": "ndpr_oxide",
  "pr-nd oxide": "ndpr_oxide",
  "ndpr metal": "ndpr_metal",
  "prnd metal": "ndpr_metal",
  "prnd alloy": "ndpr_metal",
  "nd oxide": "nd_oxide",
  "neodymium oxide": "nd_oxide",
  "nd metal": "nd_metal",
  "neodymium metal": "nd_metal",
  "pr oxide": "pr_oxide",
  "praseodymium oxide": "pr_oxide",
  "dy oxide": "dy_oxide",
  "dysprosium oxide": "dy_oxide",
  "tb oxide": "tb_oxide",
  "terbium oxide": "tb_oxide",
  "tb metal": "tb_metal",
  "terbium metal": "tb_metal",
  "y oxide": "y_oxide",
  "yttrium oxide": "y_oxide",
}

/**
 * Parse a product, case-insensitively: a code (`"ndpr_oxide"`), with spaces or hyphens for
 * underscores, or a name (`"NdPr oxide"`, `"PrNd metal"`, `"terbium oxide"`). Throws an
 * {@link InvalidInputError} listing the products.
 * @example
 * ```ts
 * import { Price } from "@rareearth/core"
 * Price.parseProduct("NdPr oxide") // "ndpr_oxide"
 * Price.parseProduct("Tb-metal") // "tb_metal"
 * Price.parseProduct("gold") // throws
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parseProduct = (input: string): Product => {
  if (typeof input === "string") {
    const text = input.trim().toLowerCase()
    const code = text.replace(/[\s-]+/g, "_")
    if ((Product.options as ReadonlyArray<string>).includes(code)) return code as Product
    const spaced = text.replace(/[_\s]+/g, " ")
    if (Object.hasOwn(PRODUCT_ALIASES, spaced)) return PRODUCT_ALIASES[spaced]!
  }
  throw invalid(
    "unknown_product",
    `Unknown product ${quote(input)}: expected one of ${Product.options.join(", ")} (or a name such as "NdPr oxide", "terbium metal")`,
    input,
    ["product"],
  )
}

/**
 * Where a price applies: China's domestic market (ex-works), free on board China, Europe as an
 * assessor names it, CIF Europe or Rotterdam, a producer's own sales, worldwide consumption, or a
 * market the source does not state.
 * @category schemas
 * @since 0.2.0
 */
export const Market = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "china_domestic",
  "fob_china",
  "europe",
  "cif_europe",
  "cif_rotterdam",
  "rotterdam",
  "producer_sales",
  "worldwide",
  "unspecified",
])
export type Market = z.infer<typeof Market>

/**
 * Parse a market, case-insensitively (`"FOB China"`, `"china-domestic"`). Throws an
 * {@link InvalidInputError} listing the markets.
 * @example
 * ```ts
 * import { Price } from "@rareearth/core"
 * Price.parseMarket("FOB China") // "fob_china"
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parseMarket = (input: string): Market => {
  if (typeof input === "string") {
    const code = input
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_")
    if ((Market.options as ReadonlyArray<string>).includes(code)) return code as Market
  }
  throw invalid(
    "unknown_market",
    `Unknown market ${quote(input)}: expected one of ${Market.options.join(", ")}`,
    input,
    ["market"],
  )
}

/** The kind of a price. @category schemas @since 0.2.0 */
export const PriceKind = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "assessment",
  "period_average",
  "listed_price",
  "realised_average",
  "floor",
  "annual_average",
  "ask",
  "transfer_price",
  "consumption_weighted_average",
])
export type PriceKind = z.infer<typeof PriceKind>

/** The length of a price's period. @category schemas @since 0.2.0 */
export const PeriodKind = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "day",
  "week",
  "month",
  "quarter",
  "half_year",
  "year",
])
export type PeriodKind = z.infer<typeof PeriodKind>

/**
 * The period a price covers, both ends included (a day has `start === end`). `approximate`
 * marks a date the source gives only roughly ("late November") or whose year was inferred; the
 * note says how.
 * @category schemas
 * @since 0.2.0
 */
export const PricePeriod = /* @__PURE__ */ /* @__PURE__ */ z
  .object({
    kind: PeriodKind,
    start: IsoDate,
    end: IsoDate,
    approximate: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  })
  .check(
    /* @__PURE__ */ z.refine((period) => period.start <= period.end, {
      error: "start must not be after end",
    }),
  )
export type PricePeriod = z.infer<typeof PricePeriod>

/**
 * A price observation. `low` and `high` are equal for a single figure; `qualifier` keeps the
 * source's "about" or "below". `equivalents` are conversions the source itself prints (SMM's
 * 600,000-608,000 yuan/t as $82,800-83,900/t by Rare Earth Exchanges), never ours.
 * @category schemas
 * @since 0.2.0
 */
export const PriceObservation = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  product: Product,
  grade: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  market: Market,
  kind: PriceKind,
  period: PricePeriod,
  currency: Currency,
  unit: /* @__PURE__ */ /* @__PURE__ */ z.enum(["kg", "tonne"]),
  low: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  high: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  qualifier: /* @__PURE__ */ /* @__PURE__ */ z.enum(["exact", "about", "below", "above"]),
  assessor: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  /** Who carried the figure when not the assessor itself (a repost, a wire, a summary). */
  via: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  equivalents: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        low: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
        high: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
        currency: Currency,
        unit: /* @__PURE__ */ z.enum(["kg", "tonne"]),
        by: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
      }),
    ),
  ),
  evidence: Evidence,
  ...Provenance.shape,
})
export type PriceObservation = z.infer<typeof PriceObservation>

/**
 * The middle of an observation's range ((low + high) / 2), per its own unit and currency.
 * @example
 * ```ts
 * import { Price } from "@rareearth/core"
 * Price.midpoint({ low: 444_000, high: 445_000 }) // 444500
 * ```
 * @category analytics
 * @since 0.2.0
 */
export const midpoint = (observation: Pick<PriceObservation, "low" | "high">): number =>
  (observation.low + observation.high) / 2

/** What to select price observations by. @category models @since 0.2.0 */
export interface PriceQuery {
  /** Parsed with {@link parseProduct}. */
  readonly product?: string
  /** Parsed with {@link parseMarket}. */
  readonly market?: string
  /** Parsed with `Currency.parse`. */
  readonly currency?: string
  readonly kind?: PriceKind
  readonly periodKind?: PeriodKind
  /** Only observations whose period ends on or after this date. */
  readonly from?: IsoDate
  /** Only observations whose period starts on or before this date. */
  readonly to?: IsoDate
}

const parsePriceKind = (input: string): PriceKind => {
  if ((PriceKind.options as ReadonlyArray<string>).includes(input)) return input as PriceKind
  throw invalid(
    "unknown_price_kind",
    `Unknown price kind ${quote(input)}: expected one of ${PriceKind.options.join(", ")}`,
    input,
    ["kind"],
  )
}

/**
 * The observations that match a query, sorted by period end, then start, then id. The one
 * price query every surface calls.
 * @example
 * ```ts
 * import { Price } from "@rareearth/core"
 * declare const dataset: import("@rareearth/core").Dataset.Dataset
 * Price.query(dataset.prices ?? [], { product: "NdPr oxide", market: "china_domestic", from: "2025-04-01" })
 * ```
 * @category queries
 * @since 0.2.0
 */
export const query = (
  observations: ReadonlyArray<PriceObservation>,
  priceQuery: PriceQuery = {},
): PriceObservation[] => {
  const product = priceQuery.product === undefined ? undefined : parseProduct(priceQuery.product)
  const market = priceQuery.market === undefined ? undefined : parseMarket(priceQuery.market)
  const currency =
    priceQuery.currency === undefined ? undefined : parseCurrency(priceQuery.currency)
  const kind = priceQuery.kind === undefined ? undefined : parsePriceKind(priceQuery.kind)
  const from = priceQuery.from === undefined ? undefined : parseDate(priceQuery.from)
  const to = priceQuery.to === undefined ? undefined : parseDate(priceQuery.to)
  return observations
    .filter(
      (observation) =>
        (product === undefined || observation.product === product) &&
        (market === undefined || observation.market === market) &&
        (currency === undefined || observation.currency === currency) &&
        (kind === undefined || observation.kind === kind) &&
        (priceQuery.periodKind === undefined ||
          observation.period.kind === priceQuery.periodKind) &&
        (from === undefined || observation.period.end >= from) &&
        (to === undefined || observation.period.start <= to),
    )
    .sort(
      (a, b) =>
        (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0) ||
        (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
}

/** A price's change between two dates, as {@link change} reports it. @category models @since 0.2.0 */
export interface PriceChange {
  readonly from: PriceObservation
  readonly to: PriceObservation
  /** Midpoint to midpoint, in the observations' currency and unit. */
  readonly change: number
  /** Percent change of the midpoints. */
  readonly percent: number
}

const sameSeries = (a: PriceObservation, b: PriceObservation): string | undefined => {
  for (const key of ["product", "market", "currency", "unit", "kind"] as const)
    if (a[key] !== b[key]) return `their ${key} differs (${a[key]} vs ${b[key]})`
  return undefined
}

/**
 * A price's change between two dates: the latest observation of one series (product, market,
 * currency, unit, kind; by default the series of the first match) whose period ends on or before
 * each date, midpoint to midpoint. `undefined` when either date has no observation. Throws an
 * {@link InvalidInputError} for a bad date or a series mixing currencies or units.
 * @example
 * ```ts
 * import { Price } from "@rareearth/core"
 * declare const prices: Price.PriceObservation[]
 * const ndpr = Price.query(prices, { product: "ndpr_oxide", market: "china_domestic", currency: "CNY" })
 * Price.change(ndpr, "2025-04-03", "2025-12-31")?.percent
 * ```
 * @category analytics
 * @since 0.2.0
 */
export const change = (
  observations: ReadonlyArray<PriceObservation>,
  from: IsoDate,
  to: IsoDate,
): PriceChange | undefined => {
  const start = parseDate(from)
  const end = parseDate(to)
  const sorted = query(observations)
  const first = sorted[0]
  if (first === undefined) return undefined
  for (const observation of sorted) {
    const reason = sameSeries(first, observation)
    if (reason !== undefined)
      throw invalid(
        "mixed_series",
        `Cannot compute a price change over observations of different series: "${observation.id}" and "${first.id}" differ, ${reason}; filter with Price.query first`,
        observation.id,
        ["observations"],
      )
  }
  const latestBy = (date: string) =>
    sorted.filter((observation) => observation.period.end <= date).at(-1)
  const a = latestBy(start)
  const b = latestBy(end)
  if (a === undefined || b === undefined) return undefined
  const before = midpoint(a)
  const after = midpoint(b)
  return {
    from: a,
    to: b,
    change: after - before,
    percent: before === 0 ? Number.NaN : ((after - before) / before) * 100,
  }
}

/** The Europe/China premium of {@link premium}. @category models @since 0.2.0 */
export interface Premium {
  readonly europe: PriceObservation
  readonly china: PriceObservation
  /** Europe's midpoint divided by China's, both in Europe's currency and unit. */
  readonly ratio: number
  /** The rate used, when the two were quoted in different currencies. */
  readonly exchangeRate?: ExchangeRateInput
}

const PER_KG: Record<"kg" | "tonne", number> = { kg: 1, tonne: 1000 }

const contains = (outer: PricePeriod, inner: PricePeriod): boolean =>
  outer.start <= inner.start && inner.end <= outer.end

/**
 * The premium of a European price over a Chinese one for the same product and period (equal
 * periods, or one within the other: a monthly European assessment and a day of that month).
 * Different currencies need an exchange rate a source states (see {@link Currency.convert});
 * none is supplied here. Returns `undefined` when the products or periods do not match; throws
 * when a conversion would need a rate that was not given.
 * @example
 * ```ts
 * import { Price } from "@rareearth/core"
 * declare const europe: Price.PriceObservation // Dy oxide, Europe, July 2025, USD/kg
 * declare const china: Price.PriceObservation // Dy oxide, China domestic, 2025-07-14, CNY/t
 * Price.premium(europe, china, { base: "USD", quote: "CNY", rate: 7.246, sourceIds: ["..."] })?.ratio
 * ```
 * @category analytics
 * @since 0.2.0
 */
export const premium = (
  europe: PriceObservation,
  china: PriceObservation,
  exchangeRate?: ExchangeRateInput,
): Premium | undefined => {
  if (europe.product !== china.product) return undefined
  if (!contains(europe.period, china.period) && !contains(china.period, europe.period))
    return undefined
  let chinaMid = (midpoint(china) / PER_KG[china.unit]) * PER_KG[europe.unit]
  if (china.currency !== europe.currency) {
    if (exchangeRate === undefined)
      throw invalid(
        "missing_exchange_rate",
        `Cannot compare "${europe.id}" (${europe.currency}) with "${china.id}" (${china.currency}) without an exchange rate a source states`,
        { europe: europe.id, china: china.id },
        ["exchangeRate"],
      )
    chinaMid = convert(chinaMid, china.currency, europe.currency, exchangeRate)
  }
  return {
    europe,
    china,
    ratio: midpoint(europe) / chinaMid,
    ...(china.currency !== europe.currency && exchangeRate ? { exchangeRate } : {}),
  }
}
