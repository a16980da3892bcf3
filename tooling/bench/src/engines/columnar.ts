/**
 * Ours: the SDK's columnar store (`makeColumnarStore` from `@rareearth/sdk`) answering the query
 * set through its public synchronous APIs (`querySync`, `aggregateSync`, `monthlyTotals`,
 * `partnerShares`) and core's `Series.herfindahl`, exactly as an application would call them.
 */
import { Series, type TradeFlow } from "@rareearth/core"
import { type FlowColumns, toTradeFlow } from "../generate.ts"
import {
  type AggregateAnswerRow,
  type FlowFilter,
  type GroupKey,
  type QueryEngine,
  type RowAnswer,
  type SeriesAnswerPoint,
  type SharesAnswer,
  sortByKey,
} from "../queries.ts"
import { type ColumnarStore, makeColumnarStore } from "../sdk.ts"

/** Page size used to read every matching row. */
const PAGE = 10_000

/** The query set on a columnar store. */
export const makeColumnarEngine = (store: ColumnarStore): QueryEngine => {
  const rows = async (filter: FlowFilter): Promise<ReadonlyArray<RowAnswer>> => {
    const result: Array<RowAnswer> = []
    let offset: number | null = 0
    while (offset !== null) {
      const page = store.querySync(filter, { offset, limit: PAGE })
      for (const flow of page.items) {
        result.push({
          id: flow.id,
          period: flow.period,
          netWeightTonnes: flow.netWeightTonnes,
          valueUsd: flow.valueUsd,
        })
      }
      offset = page.nextOffset
    }
    return result.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0))
  }

  const aggregate = async (
    filter: FlowFilter,
    groupBy: ReadonlyArray<GroupKey>,
  ): Promise<ReadonlyArray<AggregateAnswerRow>> =>
    sortByKey(
      store.aggregateSync(filter, groupBy).map((row) => ({
        key: groupBy.map((key) => row.key[key] ?? ""),
        count: row.count,
        netWeightTonnes: row.netWeightTonnes,
        knownWeightCount: row.knownWeightCount,
        valueUsd: row.valueUsd,
        knownValueCount: row.knownValueCount,
      })),
    )

  const series = async (
    filter: FlowFilter,
    from: string,
    to: string,
  ): Promise<ReadonlyArray<SeriesAnswerPoint>> =>
    store.monthlyTotals({ ...filter, from, to }).map((point) => ({
      period: point.period,
      tonnes: point.value,
      monthOnMonthPercent: point.monthOnMonthPercent,
      yearOnYearPercent: point.yearOnYearPercent,
    }))

  const shares = async (filter: FlowFilter, by: GroupKey, n: number): Promise<SharesAnswer> => {
    if (by !== "partner") throw new Error(`the columnar store ranks partners only, not ${by}`)
    const all = store.partnerShares(filter)
    return {
      totalTonnes: all.reduce((sum, row) => sum + row.value, 0),
      groups: all.length,
      top: all
        .slice(0, n)
        .map((row) => ({ key: row.partner, tonnes: row.value, share: row.share ?? 0 })),
      hhi: Series.herfindahl(all.map((row) => row.share ?? 0)) ?? 0,
    }
  }

  return { name: "columnar store", rows, aggregate, series, shares }
}

/** Writes the generated flows into a fresh columnar store through `writeSync`, in batches. */
export const columnarStoreFromColumns = (columns: FlowColumns, batch = 100_000): ColumnarStore => {
  const store = makeColumnarStore()
  for (let start = 0; start < columns.size; start += batch) {
    const end = Math.min(columns.size, start + batch)
    const flows = new Array<TradeFlow.TradeFlow>(end - start)
    for (let index = start; index < end; index++) flows[index - start] = toTradeFlow(columns, index)
    store.writeSync(flows)
  }
  return store
}
