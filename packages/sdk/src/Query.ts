/**
 * The queries the SDK answers, and their results. Shared by every source, the HTTP contract,
 * the stores and the Promise client. The types are derived from the API contract's schemas
 * (`ApiContract`): one definition, checked by the compiler, for the wire and the SDK.
 * @since 0.1.0
 */
import type * as AsOf from "@rareearth/core/AsOf"
import type * as Element from "@rareearth/core/Element"
import type * as Quota from "@rareearth/core/Quota"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import type * as z from "zod/mini"
import type * as Api from "./http/ApiContract.ts"
import type * as Supply from "./http/SupplyContract.ts"

/**
 * How old the data behind an answer is (core's `AsOf.DataAge`): `kind` `"dataset"` with the
 * dataset's `asOf` and `version`, or `"live"`/`"cache"` with the source and `retrievedAt`.
 * Every answer of the SDK carries one as `dataAge`.
 * @category answers
 * @since 0.2.0
 */
export type DataAge = AsOf.DataAge

/**
 * A list answer: the `items` and the {@link DataAge} of the data they rest on. New list methods
 * answer with this shape too.
 * @example
 * ```ts
 * import { createClient } from "@rareearth/sdk"
 * const { items, dataAge } = await createClient().quotas({ year: 2024 })
 * console.log(items.length > 0, dataAge.asOf) // true "2026-04-20"
 * ```
 * @category answers
 * @since 0.2.0
 */
export interface ItemList<A> {
  /** The answer's records. */
  readonly items: ReadonlyArray<A>
  /** How old the data behind them is. */
  readonly dataAge: DataAge
}

/**
 * A record answer with the {@link DataAge} of the data it rests on, e.g. `element("Dy")`.
 * @category answers
 * @since 0.2.0
 */
export type WithDataAge<A> = A & {
  /** How old the data behind the answer is. */
  readonly dataAge: DataAge
}

/**
 * The page size of `flows` when a request names none (the service, the REST API and its clients).
 * @example
 * ```ts
 * import { DEFAULT_PAGE_LIMIT, createClient } from "@rareearth/sdk"
 * const page = await createClient().flows({ commodity: "magnets" })
 * console.log(page.limit === DEFAULT_PAGE_LIMIT) // true
 * ```
 * @category queries
 * @since 0.1.0
 */
export const DEFAULT_PAGE_LIMIT = 100

/**
 * The largest page `flows` returns; a larger `limit` is a validation error.
 * @example
 * ```ts
 * import { MAX_PAGE_LIMIT } from "@rareearth/sdk"
 * console.log(MAX_PAGE_LIMIT) // 10000
 * ```
 * @category queries
 * @since 0.1.0
 */
export const MAX_PAGE_LIMIT = 10_000

/**
 * The page size a store answers with when a query names none, and the page size in which
 * streams and iterators read a store.
 * @example
 * ```ts
 * import { STORE_PAGE_LIMIT } from "@rareearth/sdk"
 * console.log(STORE_PAGE_LIMIT) // 1000
 * ```
 * @category queries
 * @since 0.1.0
 */
export const STORE_PAGE_LIMIT = 1_000

/**
 * The most months a series spans (50 years), like `flows`' page limit: a longer `from`-`to`
 * range is a validation error naming `from`, so one request cannot make the server build an
 * unbounded series.
 * @example
 * ```ts
 * import { MAX_SERIES_MONTHS } from "@rareearth/sdk"
 * console.log(MAX_SERIES_MONTHS) // 600
 * ```
 * @category queries
 * @since 0.1.0
 */
export const MAX_SERIES_MONTHS = 600

/**
 * What is wrong with a series range from month `from` to month `to`, or `undefined` when it
 * spans at most {@link MAX_SERIES_MONTHS}: the one check the REST API and every local source run.
 * @example
 * ```ts
 * import { seriesSpanProblem } from "@rareearth/sdk"
 * seriesSpanProblem("2024-01", "2025-12") // undefined
 * seriesSpanProblem("1000-01", "9999-12") // '"from" (1000-01) to "to" (9999-12) spans 107988 months; ...'
 * ```
 * @category queries
 * @since 0.1.0
 */
export const seriesSpanProblem = (from: string, to: string): string | undefined => {
  const months = monthIndex(to) - monthIndex(from) + 1
  return months > MAX_SERIES_MONTHS
    ? `"from" (${from}) to "to" (${to}) spans ${months} months; a series spans at most ${MAX_SERIES_MONTHS} months: narrow the range`
    : undefined
}

// Months since year 0 of a `YYYY-MM` month (no range limit, unlike core's month arithmetic).
const monthIndex = (month: string): number =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1

/**
 * Filters on trade flows. Every field narrows; absent means "any". Names are read as users type
 * them: `from`/`to` a month `2025-01` or a year `2025` (= from its January / to its December);
 * `reporter` and `partner` an ISO code, alpha-3 code or English name (`partner` also an area
 * such as `WORLD`); `flow` a direction; `commodity` a code or alias (`850511`, `8505111000`,
 * `magnets`, `TOTAL`; HS codes match their sub-codes).
 * @category queries
 * @since 0.1.0
 */
export type FlowQuery = Omit<Api.RouteQuery<"flows">, "offset" | "limit">

/**
 * Which page of a larger result: skip `offset` rows (default 0), return at most `limit`
 * (default {@link DEFAULT_PAGE_LIMIT}, at most {@link MAX_PAGE_LIMIT}).
 * @category queries
 * @since 0.1.0
 */
export type PageRequest = Pick<Api.RouteQuery<"flows">, "offset" | "limit">

/**
 * A page of a larger result: `items`, the `total` matching, the page's `offset` and `limit`,
 * and `nextOffset`, the offset of the next page (null on the last page). The service's `flows`
 * answers a {@link FlowPage}: a page with the `dataAge` of the data behind it (a store's own
 * pages have none).
 * @category queries
 * @since 0.1.0
 */
export type Page<A> = Readonly<Omit<z.infer<typeof Api.FlowPage>, "items" | "dataAge">> & {
  readonly items: ReadonlyArray<A>
}

/** The answer of `flows`: a page of trade flows with its data age. @category answers @since 0.2.0 */
export type FlowPage = WithDataAge<Page<TradeFlow.TradeFlow>>

/**
 * Filters on export-control measures: `on`, the date to evaluate status on (`YYYY-MM-DD`,
 * default today); `element`, a symbol, name or atomic number; `form`, a product form.
 * @category queries
 * @since 0.1.0
 */
export type ControlsQuery = Api.RouteQuery<"controls">

/** A measure with its status on the query date, and why. @category queries @since 0.1.0 */
export type ControlStatusRow = z.infer<typeof Api.ControlStatusRow>

/** The answer of `controls`. @category answers @since 0.2.0 */
export type ControlList = ItemList<ControlStatusRow>

/** The answer of `quotas`. @category answers @since 0.2.0 */
export type QuotaList = ItemList<Quota.Quota>

/** The answer of `elements`. @category answers @since 0.2.0 */
export type ElementList = ItemList<Element.Element>

/** The answer of `element`: the element and the age of the data. @category answers @since 0.2.0 */
export type ElementAnswer = WithDataAge<Element.Element>

/** Filters on quotas: a `year` and a `kind`. @category queries @since 0.1.0 */
export type QuotaQuery = Api.RouteQuery<"quotas">

/**
 * A monthly series request: one commodity, one reporter (default CN), one partner (default
 * WORLD for the total), one direction (default export), from/to a month or year.
 * @category queries
 * @since 0.1.0
 */
export type SeriesQuery = z.infer<typeof Api.SeriesQuery>

/** One month of a series; `tonnes: null` is a gap (unknown), never zero. @category queries @since 0.1.0 */
export type SeriesPoint = z.infer<typeof Api.SeriesPoint>

/**
 * What the source holds for a series' reporter, partner, direction and commodity in any period;
 * `records: 0` says the source has no data for them (not a gap). @category queries @since 0.2.0
 */
export type SeriesCoverage = z.infer<typeof Api.SeriesCoverage>

/**
 * A monthly series: the normalised query, its points, its `coverage` (whether the source has
 * any data for it at all) and its `dataAge`.
 * @category queries
 * @since 0.1.0
 */
export type SeriesResult = z.infer<typeof Api.SeriesResult>

/** The range of the policy timeline: `from`/`to` a date, a month or a year. @category queries @since 0.1.0 */
export type TimelineQuery = Api.RouteQuery<"timeline">

/** An item of the policy timeline: a policy event or a measure's lifecycle step. @category queries @since 0.1.0 */
export type TimelineItem = z.infer<typeof Api.TimelineItem>

/** The answer of `timeline`. @category answers @since 0.2.0 */
export type Timeline = ItemList<TimelineItem>

/**
 * What loading a file into a source did: rows read, accepted, rejected, and the rejected rows
 * (`datasetInfo().imports` of a `FileSource`). @category queries @since 0.2.0
 */
export type ImportReport = z.infer<typeof Api.ImportReport>

/**
 * What a source holds: its name, version, as-of, counts, `dataAge` and, for a file source, the
 * `imports` report. @category queries @since 0.1.0
 */
export type DatasetInfo = z.infer<typeof Api.DatasetInfo>

/**
 * Filters on production: `area` (a country, `WORLD`, `OTHER_COUNTRIES`), `year` or `from`/`to`
 * years, `stage` (`mine`, `refined`), `edition`, and `vintages` (`latest` by default, `all`
 * for every edition's figure).
 * @category queries
 * @since 0.2.0
 */
export type ProductionQuery = Api.RouteQuery<"production">

/** Filters on concentration rows: `area` (whose share, default CN), years, `stage`. @category queries @since 0.2.0 */
export type ConcentrationQuery = Api.RouteQuery<"concentration">

/** One year's shares of world production and HHI, derived with its formula. @category queries @since 0.2.0 */
export type ConcentrationRow = z.infer<typeof Supply.ConcentrationRow>

/** Filters on reserves: `area`, edition years, `edition`, `vintages`. @category queries @since 0.2.0 */
export type ReservesQuery = Api.RouteQuery<"reserves">

/** Filters on reserve revisions: `area`. @category queries @since 0.2.0 */
export type ReserveRevisionsQuery = Api.RouteQuery<"reserveRevisions">

/** A change of an area's reserves between editions. @category queries @since 0.2.0 */
export type ReservesRevision = z.infer<typeof Supply.ReservesRevision>

/**
 * Filters on measures of every jurisdiction: `on` (default today), `jurisdiction`, `kind`,
 * `element`, `status`.
 * @category queries
 * @since 0.2.0
 */
export type MeasuresQuery = Api.RouteQuery<"measures">

/** A measure with its status on the query date. @category queries @since 0.2.0 */
export type MeasureStatusRow = z.infer<typeof Supply.MeasureStatusRow>

/** Filters on prices: `product`, `market`, `currency`, `kind`, `from`/`to` dates. @category queries @since 0.2.0 */
export type PricesQuery = Api.RouteQuery<"prices">

/** A price change request: one series and two dates. @category queries @since 0.2.0 */
export type PriceChangeQuery = Api.RouteQuery<"priceChange">

/** A price's change between two dates (derived), or null. @category queries @since 0.2.0 */
export type PriceChange = z.infer<typeof Supply.PriceChange>

/** The answer of `priceChange`: the change (or null) and its `dataAge`. @category answers @since 0.2.0 */
export type PriceChangeAnswer = z.infer<typeof Supply.PriceChangeAnswer>

/** Filters on premiums: `product`, `from`/`to` dates. @category queries @since 0.2.0 */
export type PremiumQuery = Api.RouteQuery<"pricePremium">

/** The Europe/China premium of a product for one period (derived). @category queries @since 0.2.0 */
export type PremiumRow = z.infer<typeof Supply.PremiumRow>

/** Filters on salient statistics: `kind`, `year`, `edition`, `vintages`. @category queries @since 0.2.0 */
export type SalientQuery = Api.RouteQuery<"salientStatistics">

/** A group-flows request: a `group` and the flow filters. @category queries @since 0.2.0 */
export type GroupFlowsQuery = Api.RouteQuery<"groupFlows">

/** Trade flows of a commodity group. @category queries @since 0.2.0 */
export type GroupFlows = z.infer<typeof Supply.GroupFlows>

/** A mirror request: `reporter`, `commodity`, optionally `partner` and `from`/`to`. @category queries @since 0.2.0 */
export type MirrorQuery = Api.RouteQuery<"mirror">

/** A mirror comparison. @category queries @since 0.2.0 */
export type MirrorResult = z.infer<typeof Supply.MirrorResult>

/** Filters on stated shares: `stage`, `year`, `area` (shares including it). @category queries @since 0.2.0 */
export type SupplySharesQuery = Api.RouteQuery<"supplyShares">
