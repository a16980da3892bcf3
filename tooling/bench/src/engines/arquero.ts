/**
 * arquero as a peer: a column table built from the generated columns (JS arrays, nulls for
 * unknown figures) and the query set as arquero verbs (filter, groupby/rollup, join, window lag).
 */

import type { ColumnTable } from "arquero"
import * as aq from "arquero"
import { type FlowColumns, idOf } from "../generate.ts"
import {
  type AggregateAnswerRow,
  byWeightThenKey,
  type FlowFilter,
  type GroupKey,
  monthsBetween,
  type QueryEngine,
  type RowAnswer,
  type SeriesAnswerPoint,
  type SharesAnswer,
  sortByKey,
} from "../queries.ts"

const { op } = aq

/** An arquero table of the generated flows. */
export const arqueroTable = (columns: FlowColumns): ColumnTable => {
  const size = columns.size
  const decode = <A>(codes: ArrayLike<number>, dictionary: ReadonlyArray<A>): Array<A> => {
    const values = new Array<A>(size)
    for (let index = 0; index < size; index++) values[index] = dictionary[codes[index]!]!
    return values
  }
  const nullable = (values: Float64Array): Array<number | null> => {
    const result = new Array<number | null>(size)
    for (let index = 0; index < size; index++) {
      const value = values[index]!
      result[index] = Number.isNaN(value) ? null : value
    }
    return result
  }
  return aq.table({
    id: Array.from({ length: size }, (_, index) => idOf(index)),
    period: decode(columns.period, columns.periods),
    reporter: decode(columns.reporter, columns.reporters),
    partner: decode(columns.partner, columns.partners),
    flow: decode(columns.flow, columns.flows),
    commodity: decode(columns.commodity, columns.commodities),
    netWeightTonnes: nullable(columns.netWeightTonnes),
    valueUsd: nullable(columns.valueUsd),
  })
}

/** A filter as an arquero expression over params `$`. */
const filtered = (table: ColumnTable, filter: FlowFilter): ColumnTable => {
  const conditions: Array<string> = []
  if (filter.from !== undefined) conditions.push("d.period >= $.from")
  if (filter.to !== undefined) conditions.push("d.period <= $.to")
  if (filter.reporter !== undefined) conditions.push("d.reporter === $.reporter")
  if (filter.partner !== undefined) conditions.push("d.partner === $.partner")
  if (filter.flow !== undefined) conditions.push("d.flow === $.flow")
  if (filter.commodity !== undefined) conditions.push("d.commodity === $.commodity")
  if (conditions.length === 0) return table
  return table.params({ ...filter }).filter(conditions.join(" && "))
}

const numberOrNull = (value: unknown): number | null =>
  value === null || value === undefined || Number.isNaN(value) ? null : Number(value)

/** The query set with arquero verbs over `table`. */
export const makeArqueroEngine = (table: ColumnTable): QueryEngine => {
  const rows = async (filter: FlowFilter): Promise<ReadonlyArray<RowAnswer>> => {
    const result = filtered(table, filter)
      .select("id", "period", "netWeightTonnes", "valueUsd")
      .objects() as Array<Record<string, unknown>>
    return result
      .map((row) => ({
        id: String(row.id),
        period: String(row.period),
        netWeightTonnes: numberOrNull(row.netWeightTonnes),
        valueUsd: numberOrNull(row.valueUsd),
      }))
      .sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0))
  }

  const aggregate = async (
    filter: FlowFilter,
    groupBy: ReadonlyArray<GroupKey>,
  ): Promise<ReadonlyArray<AggregateAnswerRow>> => {
    const source = filtered(table, filter)
    const grouped = groupBy.length === 0 ? source : source.groupby(...groupBy)
    const result = grouped
      .rollup({
        n: op.count(),
        w: op.sum("netWeightTonnes"),
        kw: op.valid("netWeightTonnes"),
        v: op.sum("valueUsd"),
        kv: op.valid("valueUsd"),
      })
      .objects() as Array<Record<string, unknown>>
    return sortByKey(
      result.map((row) => ({
        key: groupBy.map((key) => String(row[key])),
        count: Number(row.n),
        netWeightTonnes: Number(row.kw) === 0 ? null : numberOrNull(row.w),
        knownWeightCount: Number(row.kw),
        valueUsd: Number(row.kv) === 0 ? null : numberOrNull(row.v),
        knownValueCount: Number(row.kv),
      })),
    )
  }

  const series = async (
    filter: FlowFilter,
    from: string,
    to: string,
  ): Promise<ReadonlyArray<SeriesAnswerPoint>> => {
    const monthly = filtered(table, { ...filter, from, to })
      .groupby("period")
      .rollup({ tonnes: op.sum("netWeightTonnes"), known: op.valid("netWeightTonnes") })
    const result = aq
      .table({ period: monthsBetween(from, to) })
      .join_left(monthly, "period")
      .derive({ tonnes: "d.known > 0 ? d.tonnes : null" })
      .orderby("period")
      .derive({
        mom: "d.tonnes == null || op.lag(d.tonnes, 1) == null || op.lag(d.tonnes, 1) === 0 ? null : (d.tonnes - op.lag(d.tonnes, 1)) / op.lag(d.tonnes, 1) * 100",
        yoy: "d.tonnes == null || op.lag(d.tonnes, 12) == null || op.lag(d.tonnes, 12) === 0 ? null : (d.tonnes - op.lag(d.tonnes, 12)) / op.lag(d.tonnes, 12) * 100",
      })
      .objects() as Array<Record<string, unknown>>
    return result.map((row) => ({
      period: String(row.period),
      tonnes: numberOrNull(row.tonnes),
      monthOnMonthPercent: numberOrNull(row.mom),
      yearOnYearPercent: numberOrNull(row.yoy),
    }))
  }

  const shares = async (filter: FlowFilter, by: GroupKey, n: number): Promise<SharesAnswer> => {
    const groups = filtered(table, filter)
      .groupby(by)
      .rollup({ tonnes: op.sum("netWeightTonnes"), known: op.valid("netWeightTonnes") })
      .filter("d.known > 0")
      .derive({ share: "d.tonnes / op.sum(d.tonnes)" })
    const totals = groups
      .rollup({
        total: op.sum("tonnes"),
        groups: op.count(),
        hhi: "op.sum(d.share * d.share) * 10000",
      })
      .object() as Record<string, unknown>
    const top = (groups.objects() as Array<Record<string, unknown>>)
      .map((row) => ({
        key: String(row[by]),
        tonnes: Number(row.tonnes),
        share: Number(row.share),
      }))
      .sort(byWeightThenKey)
      .slice(0, n)
    return {
      totalTonnes: Number(totals.total ?? 0),
      groups: Number(totals.groups ?? 0),
      top,
      hhi: Number(totals.hhi ?? 0),
    }
  }

  return { name: "arquero", rows, aggregate, series, shares }
}
