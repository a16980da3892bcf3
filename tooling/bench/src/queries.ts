/**
 * The query set, engine-neutral: filters by period range, reporter, partner, commodity and flow;
 * group-by period × partner; a monthly series with its changes; shares, top-N and HHI
 * concentration. Every engine (our store, DuckDB, arquero) implements `QueryEngine` and returns
 * answers in the canonical shapes below, which are compared across engines.
 *
 * Semantics every engine follows (the SDK's): a sum skips unknown (null) figures and is null when
 * no figure of the group is known; a month without a known figure is a gap (null), never 0; a
 * change is null when either end is a gap; shares are of the known total.
 */
import type { TradeFlow } from "@rareearth/core"

/** A filter; periods are months `YYYY-MM`, inclusive. Absent fields match everything. */
export interface FlowFilter {
  readonly from?: string
  readonly to?: string
  readonly reporter?: string
  readonly partner?: string
  readonly flow?: TradeFlow.FlowDirection
  readonly commodity?: string
}

/** A dimension to group by. */
export type GroupKey = "period" | "reporter" | "partner" | "flow" | "commodity"

/** One matching row (the columns the answer is compared on). */
export interface RowAnswer {
  readonly id: string
  readonly period: string
  readonly netWeightTonnes: number | null
  readonly valueUsd: number | null
}

/** One group of an aggregate: `key` holds the group's values in `groupBy` order. */
export interface AggregateAnswerRow {
  readonly key: ReadonlyArray<string>
  readonly count: number
  readonly netWeightTonnes: number | null
  readonly knownWeightCount: number
  readonly valueUsd: number | null
  readonly knownValueCount: number
}

/** One month of a series. Changes are percentages, exact (not rounded). */
export interface SeriesAnswerPoint {
  readonly period: string
  readonly tonnes: number | null
  readonly monthOnMonthPercent: number | null
  readonly yearOnYearPercent: number | null
}

/** Shares of a known total by one dimension: the top N and the HHI over all groups. */
export interface SharesAnswer {
  readonly totalTonnes: number
  readonly groups: number
  readonly top: ReadonlyArray<{
    readonly key: string
    readonly tonnes: number
    readonly share: number
  }>
  /** Herfindahl-Hirschman index on the 0..10000 scale. */
  readonly hhi: number
}

/** What every engine answers. */
export interface QueryEngine {
  readonly name: string
  /** Every matching row, sorted by id. */
  readonly rows: (filter: FlowFilter) => Promise<ReadonlyArray<RowAnswer>>
  /** Groups sorted by key; an empty `groupBy` gives one row. */
  readonly aggregate: (
    filter: FlowFilter,
    groupBy: ReadonlyArray<GroupKey>,
  ) => Promise<ReadonlyArray<AggregateAnswerRow>>
  /** Monthly total weight from `from` to `to` (inclusive) with month-on-month and year-on-year changes. */
  readonly series: (
    filter: FlowFilter,
    from: string,
    to: string,
  ) => Promise<ReadonlyArray<SeriesAnswerPoint>>
  /** Shares of the known weight by `by`, the top `n` (by weight, then key) and the HHI. */
  readonly shares: (filter: FlowFilter, by: GroupKey, n: number) => Promise<SharesAnswer>
}

/** One query of the set. */
export interface QueryCase {
  readonly name: string
  readonly run: (engine: QueryEngine) => Promise<unknown>
}

/** The query set. Parameters hit the generator's anchor series (China's magnet exports) and its large traders. */
export const QUERIES: ReadonlyArray<QueryCase> = [
  {
    name: "filter rows: CN->US 850511 exports 2019-2023",
    run: (engine) =>
      engine.rows({
        from: "2019-01",
        to: "2023-12",
        reporter: "CN",
        partner: "US",
        flow: "export",
        commodity: "850511",
      }),
  },
  {
    name: "filter + totals: DE imports 2020-2024",
    run: (engine) =>
      engine.aggregate({ reporter: "DE", flow: "import", from: "2020-01", to: "2024-12" }, []),
  },
  {
    name: "group by period x partner: 850511 exports 2021-2025",
    run: (engine) =>
      engine.aggregate({ commodity: "850511", flow: "export", from: "2021-01", to: "2025-12" }, [
        "period",
        "partner",
      ]),
  },
  {
    name: "monthly series + MoM/YoY: CN->US 850511 exports",
    run: (engine) =>
      engine.series(
        { reporter: "CN", partner: "US", flow: "export", commodity: "850511" },
        "2016-01",
        "2025-12",
      ),
  },
  {
    name: "shares, top 10, HHI: partners of 850511 exports 2024",
    run: (engine) =>
      engine.shares(
        { commodity: "850511", flow: "export", from: "2024-01", to: "2024-12" },
        "partner",
        10,
      ),
  },
  {
    name: "shares, top 10, HHI: suppliers of US 280530 imports",
    run: (engine) =>
      engine.shares({ reporter: "US", commodity: "280530", flow: "import" }, "partner", 10),
  },
  {
    name: "full scan: group by commodity x flow",
    run: (engine) => engine.aggregate({}, ["commodity", "flow"]),
  },
]

/** Months from `from` to `to`, inclusive (`YYYY-MM`). */
export const monthsBetween = (from: string, to: string): Array<string> => {
  const result: Array<string> = []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  for (;;) {
    const period = `${year}-${month < 10 ? "0" : ""}${month}`
    if (period > to) return result
    result.push(period)
    month++
    if (month === 13) {
      month = 1
      year++
    }
  }
}

/** Percent change, exact; null when either end is unknown or the start is 0. */
export const percentChange = (from: number | null, to: number | null): number | null =>
  from === null || to === null || from === 0 ? null : ((to - from) / from) * 100

/** Sorts aggregate rows by key, element-wise (what every engine's answer is compared in). */
export const sortByKey = <A extends { readonly key: ReadonlyArray<string> }>(
  rows: Array<A>,
): Array<A> =>
  rows.sort((left, right) => {
    for (let index = 0; index < left.key.length; index++) {
      const a = left.key[index]!
      const b = right.key[index]!
      if (a !== b) return a < b ? -1 : 1
    }
    return 0
  })

/** Orders share groups by weight (descending), then key. */
export const byWeightThenKey = (
  left: { readonly key: string; readonly tonnes: number },
  right: { readonly key: string; readonly tonnes: number },
): number =>
  right.tonnes - left.tonnes || (left.key < right.key ? -1 : left.key > right.key ? 1 : 0)
