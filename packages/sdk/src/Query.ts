/**
 * The queries the SDK answers, and their results. Shared by every source, the HTTP contract,
 * the stores and the Promise client.
 * @since 0.1.0
 */
import type { Element, ExportControl, PolicyEvent, Quota, TradeFlow } from "@rareearth/core"

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

/** Filters on trade flows. Every field narrows; absent means "any". @category queries */
export interface FlowQuery {
  /** First period, inclusive: a month `2025-01` or a year `2025` (= from its January). */
  readonly from?: string | undefined
  /** Last period, inclusive: a month `2025-12` or a year `2025` (= to its December). */
  readonly to?: string | undefined
  readonly reporter?: string | undefined
  readonly partner?: string | undefined
  readonly flow?: TradeFlow.FlowDirection | undefined
  /** A commodity code or alias (`850511`, `8505111000`, `magnets`, `TOTAL`); HS codes match their sub-codes. */
  readonly commodity?: string | undefined
}

/** A page of a larger result. @category queries */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly total: number
  readonly offset: number
  readonly limit: number
  /** The offset of the next page, or null on the last page. */
  readonly nextOffset: number | null
}

/** @category queries */
export interface PageRequest {
  readonly offset?: number | undefined
  readonly limit?: number | undefined
}

/** Filters on export-control measures. @category queries */
export interface ControlsQuery {
  /** The date to evaluate status on, `YYYY-MM-DD`. Defaults to today. */
  readonly on?: string | undefined
  /** An element symbol, name or atomic number. */
  readonly element?: string | undefined
  readonly form?: string | undefined
}

/** A measure with its status on the query date. @category queries */
export interface ControlStatusRow {
  readonly measure: ExportControl.ExportControlMeasure
  readonly on: string
  readonly status: ExportControl.ControlStatus
  /** Why this status: e.g. "suspended by No. 70 until 2026-11-10; nothing recorded since". */
  readonly reason: string
  /** The date this status began, when known. */
  readonly since?: string | undefined
  /** The date this status is due to end (a suspension's last day), when known. */
  readonly until?: string | undefined
}

/** @category queries */
export interface QuotaQuery {
  readonly year?: number | undefined
  readonly kind?: Quota.QuotaKind | undefined
}

/** A monthly series request: one commodity, one reporter, one partner (WORLD for the total). @category queries */
export interface SeriesQuery {
  readonly commodity: string
  readonly reporter?: string | undefined
  readonly partner?: string | undefined
  readonly flow?: TradeFlow.FlowDirection | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
}

/** One month of a series; `tonnes: null` is a gap (unknown), never zero. @category queries */
export interface SeriesPoint {
  readonly period: string
  readonly tonnes: number | null
  /** Percent change on the previous month, exact (not rounded); null when either month is missing. */
  readonly changePercent: number | null
  /** Percent change on the same month a year earlier; null when either is missing. */
  readonly yearOnYearPercent: number | null
  /** Year-to-date total; null once a month of the year is missing. */
  readonly yearToDateTonnes: number | null
  /** Confidence of the underlying figure (`official`, `reported`, `derived`, `estimate`), null in gaps. */
  readonly confidence: string | null
  readonly sourceIds: ReadonlyArray<string>
}

/** @category queries */
export interface SeriesResult {
  readonly query: SeriesQuery
  readonly points: ReadonlyArray<SeriesPoint>
}

/** @category queries */
export interface TimelineQuery {
  readonly from?: string | undefined
  readonly to?: string | undefined
}

/** An item of the policy timeline: a policy event or a measure's lifecycle step. @category queries */
export type TimelineItem =
  | {
      readonly type: "policy_event"
      readonly date: string
      readonly event: PolicyEvent.PolicyEvent
    }
  | {
      readonly type: "measure_event"
      readonly date: string
      readonly measureId: string
      readonly title: string
      readonly event: ExportControl.LifecycleEvent
    }

/** What a source holds. @category queries */
export interface DatasetInfo {
  readonly source: string
  readonly version: string | null
  readonly asOf: string | null
  readonly counts: {
    readonly elements: number
    readonly measures: number
    readonly quotas: number
    readonly flows: number
    readonly events: number
  }
}

export type { Element }
