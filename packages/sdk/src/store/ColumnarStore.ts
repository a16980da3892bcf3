/**
 * The columnar in-memory trade-flow store: one typed array per column, dictionary-encoded keys
 * (period, reporter, partner, flow, commodity, source), unknown figures kept as unknown (NaN
 * inside, `null` outside, never 0), and provenance shared through a dictionary so that `query`
 * returns full TradeFlow records. Every local source answers its flow queries from one of these.
 *
 * Semantics (shared with the SQLite and PostgreSQL stores):
 * - `write` is atomic: every record is validated with core's TradeFlow schema first; one invalid
 *   record fails the write with a StoreError and nothing is applied.
 * - Idempotent by natural key (sources[0].id, period, reporter, partner, flow, commodity,
 *   vintage): a record identical to the stored one counts `unchanged`; a new vintage of a known
 *   key is added beside the old one and counts `revised`; the same key and vintage with other
 *   figures replaces the stored record (a correction) and also counts `revised`.
 * - Reads see the latest vintage of each key (no vintage sorts oldest) unless `allVintages`.
 * - Period filters are inclusive and whole-period: `from: "2025"` starts at 2025-01 and includes
 *   the annual row "2025"; an annual row is included only when its whole year is in the range.
 * - Results come in a stable order: period, reporter, partner, commodity, flow (then source and
 *   vintage).
 * @since 0.1.0
 */
import * as InputError from "@rareearth/core/InputError"
import * as Period from "@rareearth/core/Period"
import * as Series from "@rareearth/core/Series"
import * as TradeFlow from "@rareearth/core/TradeFlow"
import * as Effect from "effect/Effect"
import type * as z from "zod/mini"
import { StoreError } from "../Errors.ts"
import type { FlowQuery, Page, PageRequest } from "../Query.ts"
import { STORE_PAGE_LIMIT } from "../Query.ts"
import type { GroupSums } from "./columnar/Aggregation.ts"
import { FlowTable } from "./columnar/FlowTable.ts"
import { RecordStager } from "./columnar/RecordStager.ts"
import { RowBatch } from "./columnar/RowBatch.ts"
import type { CompiledFilter } from "./columnar/RowFilter.ts"
import type { AggregateRow, GroupKey, TradeFlowStore, WriteSummary } from "./TradeFlowStore.ts"

/** The page size when a query names none. */

/** Which figure an analytics query sums. @category stores @since 0.1.0 */
export type Measure = "netWeightTonnes" | "valueUsd"

/** One month of a store-computed series, with its changes (exact, unrounded percentages). @category stores @since 0.1.0 */
export interface MonthlyTotal {
  readonly period: string
  /** Sum of the known figures of the month; null when no matching row has a known figure (a gap). */
  readonly value: number | null
  /** Matching rows in the month. */
  readonly count: number
  /** Rows whose figure is known: `knownCount < count` means the sum is partial. */
  readonly knownCount: number
  readonly monthOnMonthPercent: number | null
  readonly yearOnYearPercent: number | null
  readonly yearToDate: number | null
}

/** One partner's total and share of the filtered total. @category stores @since 0.1.0 */
export interface PartnerShare {
  readonly partner: string
  readonly value: number
  /** Fraction of the total over the listed partners (0..1); null when that total is 0. */
  readonly share: number | null
}

/** How concentrated the partners of a flow are. @category stores @since 0.1.0 */
export interface Concentration {
  /** Herfindahl-Hirschman index, 0..10000, over partner shares; null when the total is 0. */
  readonly herfindahl: number | null
  readonly partners: number
  readonly total: number
  readonly top: ReadonlyArray<PartnerShare>
}

/** Options of partner analytics. @category stores @since 0.1.0 */
export interface PartnerOptions {
  readonly measure?: Measure | undefined
  /**
   * Partners left out of shares and rankings. Default: the aggregate areas `WORLD` and every
   * code that is not a two-letter country (`OTHER_ASIA_NES`, `AREAS_NES`...), so that the total
   * row does not count as a partner.
   */
  readonly exclude?: ((partner: string) => boolean) | undefined
}

/**
 * Memory held by a store's typed arrays (dictionaries, provenance objects and explicit ids that
 * differ from the derived ones come on top; they grow with distinct values, not rows).
 * @category stores
 * @since 0.1.0
 */
export interface MemoryUsage {
  /** Rows stored, every vintage. */
  readonly rows: number
  /** Bytes of the typed-array columns, spare capacity included. */
  readonly columnBytes: number
  /** Bytes of the indexes built so far (key hash, query order, posting lists). */
  readonly indexBytes: number
  /** Bytes per row at the columns' current widths (codes widen from 1 to 2 to 4 bytes as dictionaries grow). */
  readonly bytesPerRow: number
}

/**
 * A TradeFlowStore held in typed arrays, plus synchronous bulk APIs for analytics (group-by,
 * monthly series, shares, top-N, concentration) that never build one object per row.
 * @category stores
 * @since 0.1.0
 */
export interface ColumnarStore extends TradeFlowStore {
  /** Rows visible to queries (the latest vintage of each key). */
  readonly size: () => number
  /** Rows stored, every vintage. */
  readonly rowCount: () => number
  /** `write` without Effect; throws StoreError. */
  readonly writeSync: (flows: ReadonlyArray<TradeFlow.TradeFlow>) => WriteSummary
  /** `query` without Effect (default page size 1000); throws StoreError on a malformed filter. */
  readonly querySync: (
    filter: FlowQuery,
    page?: PageRequest & { readonly allVintages?: boolean },
  ) => Page<TradeFlow.TradeFlow>
  /** `aggregate` without Effect; throws StoreError on a malformed filter. */
  readonly aggregateSync: (
    filter: FlowQuery,
    groupBy: ReadonlyArray<GroupKey>,
  ) => ReadonlyArray<AggregateRow>
  /** Number of matching rows (latest vintages). */
  readonly countMatching: (filter: FlowQuery) => number
  /** Totals by period × partner, in period then partner order. */
  readonly groupByPeriodPartner: (filter: FlowQuery) => ReadonlyArray<AggregateRow>
  /**
   * Monthly totals of the matching monthly rows (annual rows are left out), every month from the
   * first to the last (or `from`/`to` of the filter) present; missing months are gaps (null).
   */
  readonly monthlyTotals: (filter: FlowQuery, measure?: Measure) => ReadonlyArray<MonthlyTotal>
  /** Partner totals and shares, largest first. */
  readonly partnerShares: (
    filter: FlowQuery,
    options?: PartnerOptions,
  ) => ReadonlyArray<PartnerShare>
  /** The `n` largest partners with their shares. */
  readonly topPartners: (
    filter: FlowQuery,
    n: number,
    options?: PartnerOptions,
  ) => ReadonlyArray<PartnerShare>
  /** Herfindahl index of partner shares, with the top 5. */
  readonly concentration: (filter: FlowQuery, options?: PartnerOptions) => Concentration
  /** Memory held by the columns. */
  readonly memoryUsage: () => MemoryUsage
}

const STORE_NAME = "columnar"

/**
 * The table behind each store made here. The file import stages its rows straight into columns
 * and commits them to the table of the store it was given (`ImportOptions.store`); the store's
 * public interface offers no such bulk entry, and a store is only ever made here.
 */
const tables = new WeakMap<ColumnarStore, FlowTable>()

const describeIssues = (issues: ReadonlyArray<z.core.$ZodIssue>): string =>
  InputError.formatIssues(issues)

const storeError = (operation: string, message: string, cause?: unknown) =>
  new StoreError({ message, store: STORE_NAME, operation, cause })

const isAggregateArea = (partner: string): boolean => partner.length !== 2

/**
 * Creates an empty columnar store.
 * @example
 * ```ts
 * import { makeColumnarStore } from "@rareearth/sdk"
 * const store = makeColumnarStore()
 * store.writeSync(flows)
 * store.querySync({ reporter: "CN", commodity: "magnets", from: "2025" }, { limit: 50 })
 * ```
 * @category stores
 * @since 0.1.0
 */
export const makeColumnarStore = (): ColumnarStore => {
  const table = new FlowTable()

  const compile = (operation: string, filter: FlowQuery): CompiledFilter => {
    try {
      return table.compile(filter)
    } catch (error) {
      throw storeError(
        operation,
        `Invalid flow filter: ${error instanceof Error ? error.message : String(error)}`,
        error,
      )
    }
  }

  const writeSync = (flows: ReadonlyArray<TradeFlow.TradeFlow>): WriteSummary => {
    // core's schema as it is, not `z.compile`d: the store sits in a browser client's lazy chunks,
    // and a bundler would load zod's compiler (29 kB minified) up front with zod's shared chunk.
    // Node's stores (SQLite, PostgreSQL) check with the compiled schema (`ValidatedFlows`).
    const schema = TradeFlow.TradeFlow
    const batch = new RowBatch(flows.length)
    const stager = new RecordStager(batch)
    for (let i = 0; i < flows.length; i++) {
      const parsed = schema.safeParse(flows[i])
      if (!parsed.success) {
        const id = (flows[i] as { id?: unknown } | undefined)?.id
        throw storeError(
          "write",
          `Invalid trade flow at index ${i}${typeof id === "string" ? ` (id "${id}")` : ""}: ${describeIssues(parsed.error.issues)}. Nothing was written.`,
          parsed.error.issues,
        )
      }
      stager.stage(parsed.data, flows[i])
    }
    return table.commit(batch)
  }

  const querySync = (
    filter: FlowQuery,
    page?: PageRequest & { readonly allVintages?: boolean },
  ): Page<TradeFlow.TradeFlow> => {
    const offset = Math.max(0, Math.floor(page?.offset ?? 0))
    const limit = Math.max(0, Math.floor(page?.limit ?? STORE_PAGE_LIMIT))
    if (!Number.isFinite(offset) || !Number.isFinite(limit)) {
      throw storeError(
        "query",
        `Invalid page: offset ${page?.offset}, limit ${page?.limit}; expected non-negative integers`,
      )
    }
    const { rows, total } = table.page(
      compile("query", filter),
      page?.allVintages === true,
      offset,
      limit,
    )
    const items: Array<TradeFlow.TradeFlow> = []
    for (let i = 0; i < rows.length; i++) items.push(table.record(rows[i]!))
    const end = offset + items.length
    return {
      items,
      total,
      offset,
      limit,
      nextOffset: limit > 0 && end < total ? end : null,
    }
  }

  const toRows = (
    groupBy: ReadonlyArray<GroupKey>,
    sums: GroupSums,
  ): ReadonlyArray<AggregateRow> => {
    const rows: Array<AggregateRow> = []
    const values = groupBy.map((column) => table.dictionaries[column].values)
    for (let g = 0; g < sums.size; g++) {
      const key: Partial<Record<GroupKey, string>> = {}
      for (let j = 0; j < groupBy.length; j++) key[groupBy[j]!] = values[j]![sums.codes[j]![g]!]!
      const knownWeightCount = sums.knownWeight[g]!
      const knownValueCount = sums.knownValue[g]!
      rows.push({
        key,
        count: sums.count[g]!,
        netWeightTonnes: knownWeightCount > 0 ? sums.weight[g]! : null,
        knownWeightCount,
        valueUsd: knownValueCount > 0 ? sums.value[g]! : null,
        knownValueCount,
      })
    }
    return rows
  }

  const aggregateSync = (
    filter: FlowQuery,
    groupBy: ReadonlyArray<GroupKey>,
  ): ReadonlyArray<AggregateRow> => {
    const valid: ReadonlyArray<GroupKey> = ["period", "reporter", "partner", "flow", "commodity"]
    for (const key of groupBy) {
      if (!valid.includes(key)) {
        throw storeError(
          "aggregate",
          `Cannot group by "${key}": expected one of ${valid.join(", ")}`,
        )
      }
    }
    const unique = [...new Set(groupBy)]
    return toRows(unique, table.aggregate(compile("aggregate", filter), unique))
  }

  const countMatching = (filter: FlowQuery): number =>
    table.candidates(compile("count", filter), false, false).length

  const monthlyTotals = (
    filter: FlowQuery,
    measure: Measure = "netWeightTonnes",
  ): ReadonlyArray<MonthlyTotal> => {
    const from =
      filter.from === undefined ? undefined : Period.firstMonth(Period.parse(filter.from))
    const to = filter.to === undefined ? undefined : Period.lastMonth(Period.parse(filter.to))
    // Read a year more before `from`, so the first months get their year-on-year change.
    const lookBack = from === undefined ? undefined : Period.addMonths(from, -12)
    const sums = table.aggregate(
      compile("monthlyTotals", lookBack === undefined ? filter : { ...filter, from: lookBack }),
      ["period"],
    )
    const periods = table.dictionaries.period.values
    const observations: Array<{ period: Period.Month; value: number | null }> = []
    const counts = new Map<string, { count: number; known: number }>()
    for (let g = 0; g < sums.size; g++) {
      const period = periods[sums.codes[0]![g]!]!
      if (!Period.isMonth(period)) continue
      const known = measure === "netWeightTonnes" ? sums.knownWeight[g]! : sums.knownValue[g]!
      const total = measure === "netWeightTonnes" ? sums.weight[g]! : sums.value[g]!
      observations.push({ period, value: known > 0 ? total : null })
      counts.set(period, { count: sums.count[g]!, known })
    }
    const range: { from?: Period.Month; to?: Period.Month } = {}
    if (lookBack !== undefined) range.from = lookBack
    if (to !== undefined) range.to = to
    const points = Series.monthly(observations, range)
    const monthOnMonth = Series.monthOnMonth(points)
    const yearOnYear = Series.yearOnYear(points)
    const yearToDate = Series.yearToDate(points)
    const result: Array<MonthlyTotal> = []
    points.forEach((point, i) => {
      if (from !== undefined && point.period < from) return
      result.push({
        period: point.period,
        value: point.value,
        count: counts.get(point.period)?.count ?? 0,
        knownCount: counts.get(point.period)?.known ?? 0,
        monthOnMonthPercent: monthOnMonth[i]?.value ?? null,
        yearOnYearPercent: yearOnYear[i]?.value ?? null,
        yearToDate: yearToDate[i]?.value ?? null,
      })
    })
    return result
  }

  const partnerShares = (
    filter: FlowQuery,
    options?: PartnerOptions,
  ): ReadonlyArray<PartnerShare> => {
    const measure = options?.measure ?? "netWeightTonnes"
    const exclude = options?.exclude ?? isAggregateArea
    const sums = table.aggregate(compile("partnerShares", filter), ["partner"])
    const partners = table.dictionaries.partner.values
    const totals: Array<{ key: string; value: number }> = []
    for (let g = 0; g < sums.size; g++) {
      const partner = partners[sums.codes[0]![g]!]!
      if (exclude(partner)) continue
      const known = measure === "netWeightTonnes" ? sums.knownWeight[g]! : sums.knownValue[g]!
      if (known === 0) continue
      totals.push({
        key: partner,
        value: measure === "netWeightTonnes" ? sums.weight[g]! : sums.value[g]!,
      })
    }
    const shares = Series.shares(totals)
    return Series.topN(shares, shares.length).map((row) => ({
      partner: row.key,
      value: row.value ?? 0,
      share: row.share,
    }))
  }

  const topPartners = (
    filter: FlowQuery,
    n: number,
    options?: PartnerOptions,
  ): ReadonlyArray<PartnerShare> =>
    partnerShares(filter, options).slice(0, Math.max(0, Math.floor(n)))

  const concentration = (filter: FlowQuery, options?: PartnerOptions): Concentration => {
    const shares = partnerShares(filter, options)
    const total = shares.reduce((sum, row) => sum + row.value, 0)
    return {
      herfindahl: shares.length === 0 ? null : Series.herfindahl(shares),
      partners: shares.length,
      total,
      top: shares.slice(0, 5),
    }
  }

  const attempt = <A>(f: () => A): Effect.Effect<A, StoreError> =>
    Effect.try({
      try: f,
      catch: (error) =>
        error instanceof StoreError
          ? error
          : storeError("store", error instanceof Error ? error.message : String(error), error),
    })

  const store: ColumnarStore = {
    name: STORE_NAME,
    write: (flows) => attempt(() => writeSync(flows)),
    query: (filter, page) => attempt(() => querySync(filter, page)),
    aggregate: (filter, groupBy) => attempt(() => aggregateSync(filter, groupBy)),
    count: Effect.sync(() => table.latestCount),
    size: () => table.latestCount,
    rowCount: () => table.length,
    writeSync,
    querySync,
    aggregateSync,
    countMatching,
    groupByPeriodPartner: (filter) => aggregateSync(filter, ["period", "partner"]),
    monthlyTotals,
    partnerShares,
    topPartners,
    concentration,
    memoryUsage: () => ({
      rows: table.length,
      columnBytes: table.columnBytes(),
      indexBytes: table.indexBytes(),
      bytesPerRow: table.usedBytesPerRow(),
    }),
  }
  tables.set(store, table)
  return store
}

/**
 * Commits a staged batch to a store made by `makeColumnarStore`, all at once; undefined when the
 * store was made elsewhere.
 * @internal
 */
export const commitBatch = (store: ColumnarStore, batch: RowBatch): WriteSummary | undefined =>
  tables.get(store)?.commit(batch)

/**
 * The columnar store as an Effect constructor.
 * @example
 * ```ts
 * import { ColumnarStore } from "@rareearth/sdk"
 * const program = Effect.gen(function* () {
 *   const store = yield* ColumnarStore.make()
 *   yield* store.write(flows)
 * })
 * ```
 * @category stores
 * @since 0.1.0
 */
export const ColumnarStore = {
  make: (): Effect.Effect<ColumnarStore> => Effect.sync(makeColumnarStore),
} as const
