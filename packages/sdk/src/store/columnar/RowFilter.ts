/**
 * Filtering a columnar table: a query compiled to one mask per key column (a row passes when its
 * code's mask entry is 1), and the plan that finds the matching rows through the query order:
 * the run of positions of a period range, or the posting list of the most selective key narrowed
 * to that run.
 * @internal
 */
import * as Commodity from "@rareearth/core/Commodity"
import * as Period from "@rareearth/core/Period"
import type { FlowQuery } from "../../Query.ts"
import type { Dictionary } from "./Dictionary.ts"
import type { ReadonlyColumns } from "./FlowColumns.ts"
import { type QueryOrder, SORTED_AFTER_PERIOD } from "./QueryOrder.ts"
import type { Dictionaries } from "./RowBatch.ts"

/** A filter compiled to per-code masks: a row passes when each present mask is 1 at its code. @internal */
export interface CompiledFilter {
  readonly period: Uint8Array | null
  readonly reporter: Uint8Array | null
  readonly partner: Uint8Array | null
  readonly flow: Uint8Array | null
  readonly commodity: Uint8Array | null
  /** True when some filter value is unknown to the table: nothing can match. */
  readonly empty: boolean
}

/** Whether a compiled filter has any condition (an empty filter has one: it matches nothing). @internal */
export const isFiltered = (filter: CompiledFilter): boolean =>
  filter.empty ||
  filter.period !== null ||
  filter.reporter !== null ||
  filter.partner !== null ||
  filter.flow !== null ||
  filter.commodity !== null

/** Months since year 0 of a month string (validated upstream). */
const monthIndex = (month: string): number => Period.yearOf(month) * 12 + Period.monthOf(month) - 1

/** The first index in `sorted[from, to)` whose value is >= `value`. */
const lowerBound = (sorted: Uint32Array, from: number, to: number, value: number): number => {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Narrowing stops before the runs would exceed this many (each costs two binary searches). */
const MAX_RUNS = 1 << 15

/** Runs `[starts[i], ends[i])` of positions in query order, ascending, and their total length. */
interface Runs {
  readonly starts: ReadonlyArray<number>
  readonly ends: ReadonlyArray<number>
  readonly rows: number
}

/**
 * The first position in `[from, to)` whose row's code has a rank >= `rank`, where the ranks of
 * that column are ascending over the positions (the columns before it are fixed in the run).
 */
const rankBound = (
  order: Uint32Array | null,
  codes: ArrayLike<number>,
  ranks: Int32Array,
  from: number,
  to: number,
  rank: number,
): number => {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ranks[codes[order === null ? mid : order[mid]!]!]! < rank) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** @internal */
export class RowFilter {
  readonly #columns: ReadonlyColumns
  readonly #dictionaries: Dictionaries
  readonly #order: QueryOrder
  #periodMonthsCache: { readonly first: Int32Array; readonly last: Int32Array } | null = null

  constructor(columns: ReadonlyColumns, dictionaries: Dictionaries, order: QueryOrder) {
    this.#columns = columns
    this.#dictionaries = dictionaries
    this.#order = order
  }

  /** First and last month index of each period code, cached until the dictionary grows. */
  #periodMonths(): { readonly first: Int32Array; readonly last: Int32Array } {
    const values = this.#dictionaries.period.values
    const cached = this.#periodMonthsCache
    if (cached !== null && cached.first.length === values.length) return cached
    const first = new Int32Array(values.length)
    const last = new Int32Array(values.length)
    values.forEach((value, code) => {
      first[code] = monthIndex(Period.firstMonth(value))
      last[code] = monthIndex(Period.lastMonth(value))
    })
    this.#periodMonthsCache = { first, last }
    return this.#periodMonthsCache
  }

  /**
   * Compiles a query to per-code masks. Throws core's InvalidInputError on a malformed period or
   * commodity, naming the value.
   */
  compile(query: FlowQuery): CompiledFilter {
    const d = this.#dictionaries
    let empty = false
    const exact = (dictionary: Dictionary, input: string | undefined): Uint8Array | null => {
      if (input === undefined) return null
      const mask = new Uint8Array(dictionary.size)
      const code = dictionary.lookup(input.trim().toUpperCase()) ?? dictionary.lookup(input.trim())
      if (code === undefined) empty = true
      else mask[code] = 1
      return mask
    }
    let period: Uint8Array | null = null
    if (query.from !== undefined || query.to !== undefined) {
      const from =
        query.from === undefined
          ? Number.NEGATIVE_INFINITY
          : monthIndex(Period.firstMonth(Period.parse(query.from)))
      const to =
        query.to === undefined
          ? Number.POSITIVE_INFINITY
          : monthIndex(Period.lastMonth(Period.parse(query.to)))
      const months = this.#periodMonths()
      period = new Uint8Array(d.period.size)
      let any = false
      for (let code = 0; code < period.length; code++) {
        if (months.first[code]! >= from && months.last[code]! <= to) {
          period[code] = 1
          any = true
        }
      }
      if (!any) empty = true
    }
    let commodity: Uint8Array | null = null
    if (query.commodity !== undefined) {
      const wanted = Commodity.parse(query.commodity)
      commodity = new Uint8Array(d.commodity.size)
      let any = false
      d.commodity.values.forEach((value, code) => {
        if (Commodity.matches(wanted, value)) {
          commodity![code] = 1
          any = true
        }
      })
      if (!any) empty = true
    }
    return {
      period,
      reporter: exact(d.reporter, query.reporter),
      partner: exact(d.partner, query.partner),
      flow: query.flow === undefined ? null : exact(d.flow, query.flow),
      commodity,
      empty,
    }
  }

  #passes(row: number, filter: CompiledFilter, allVintages: boolean): boolean {
    const c = this.#columns
    if (!allVintages && c.latest[row] === 0) return false
    const { period, reporter, partner, flow, commodity } = filter
    if (period !== null && period[c.period[row]!] === 0) return false
    if (reporter !== null && reporter[c.reporter[row]!] === 0) return false
    if (partner !== null && partner[c.partner[row]!] === 0) return false
    if (commodity !== null && commodity[c.commodity[row]!] === 0) return false
    if (flow !== null && flow[c.flow[row]!] === 0) return false
    return true
  }

  /**
   * The rows matching a filter, in query order when `ordered`. Plans the cheapest access path:
   * the runs of the query order narrowed by binary search (rows are sorted by period, reporter,
   * partner, commodity, flow, so a filter on a prefix of those columns is a set of contiguous
   * runs), or the posting list of the most selective key (reporter, partner, commodity, flow)
   * narrowed to the period range; the other conditions are mask lookups on the candidates.
   */
  candidates(filter: CompiledFilter, allVintages: boolean, ordered: boolean): Uint32Array {
    const n = this.#columns.length
    if (filter.empty || n === 0) return new Uint32Array(0)
    const order = this.#order.positions()
    const runs = this.#runs(filter)
    if (runs === null) return new Uint32Array(0)
    const lo = runs.starts[0]!
    const hi = runs.ends[runs.ends.length - 1]!
    let best: (typeof SORTED_AFTER_PERIOD)[number] | null = null
    let bestCost = runs.rows
    for (const column of SORTED_AFTER_PERIOD) {
      const mask = filter[column]
      if (mask === null) continue
      const offsets = this.#order.offsetsOf(column)
      let cost = 0
      for (let code = 0; code < mask.length; code++) {
        if (mask[code] !== 0) cost += offsets[code + 1]! - offsets[code]!
      }
      // A posting list is read out of order (scattered) and its range found by binary search:
      // prefer the runs unless the list is clearly shorter.
      if (cost * 2 < bestCost) {
        best = column
        bestCost = cost
      }
    }
    const out = new Uint32Array(bestCost)
    let k = 0
    if (best === null) {
      const { starts, ends } = runs
      for (let r = 0; r < starts.length; r++) {
        const end = ends[r]!
        for (let position = starts[r]!; position < end; position++) {
          const row = order === null ? position : order[position]!
          if (this.#passes(row, filter, allVintages)) out[k++] = row
        }
      }
      return out.subarray(0, k)
    }
    const mask = filter[best]!
    const { offsets, positions } = this.#order.postingsOf(best)
    let lists = 0
    for (let code = 0; code < mask.length; code++) {
      if (mask[code] !== 0 && offsets[code + 1]! > offsets[code]!) lists++
    }
    // Several lists (a commodity prefix matching several codes) interleave: collect positions
    // and sort them to restore query order.
    const keepPositions = ordered && lists > 1
    for (let code = 0; code < mask.length; code++) {
      if (mask[code] === 0) continue
      const from = lowerBound(positions, offsets[code]!, offsets[code + 1]!, lo)
      const to = lowerBound(positions, from, offsets[code + 1]!, hi)
      for (let i = from; i < to; i++) {
        const position = positions[i]!
        const row = order === null ? position : order[position]!
        if (this.#passes(row, filter, allVintages)) out[k++] = keepPositions ? position : row
      }
    }
    const result = out.subarray(0, k)
    if (keepPositions) {
      result.sort()
      if (order !== null) for (let i = 0; i < k; i++) result[i] = order[result[i]!]!
    }
    return result
  }

  /**
   * The runs of positions (in query order, ascending) that can hold matches: one per period of
   * the range, then split by binary search on each following sort column the filter fixes
   * (reporter, then partner, commodity, flow), until a column is not filtered. Null: no run.
   */
  #runs(filter: CompiledFilter): Runs | null {
    const periodRanks = this.#order.rankOf("period")
    let starts: Array<number> = []
    let ends: Array<number> = []
    const byRank = new Int32Array(periodRanks.length).fill(-1)
    for (let code = 0; code < periodRanks.length; code++) {
      if (filter.period === null || filter.period[code] !== 0) byRank[periodRanks[code]!] = code
    }
    for (let rank = 0; rank < byRank.length; rank++) {
      if (byRank[rank]! < 0) continue
      const run = this.#order.periodRun(rank, rank)
      if (run.end > run.start) {
        starts.push(run.start)
        ends.push(run.end)
      }
    }
    if (starts.length === 0) return null
    const order = this.#order.positions()
    for (const column of SORTED_AFTER_PERIOD) {
      const mask = filter[column]
      if (mask === null) break
      const ranks = this.#order.rankOf(column)
      const wanted: Array<number> = []
      for (let code = 0; code < mask.length; code++) if (mask[code] !== 0) wanted.push(ranks[code]!)
      wanted.sort((a, b) => a - b)
      if (starts.length * wanted.length > MAX_RUNS) break
      const codes = this.#columns[column]
      const nextStarts: Array<number> = []
      const nextEnds: Array<number> = []
      for (let r = 0; r < starts.length; r++) {
        let from = starts[r]!
        const end = ends[r]!
        for (const rank of wanted) {
          from = rankBound(order, codes, ranks, from, end, rank)
          const to = rankBound(order, codes, ranks, from, end, rank + 1)
          if (to > from) {
            nextStarts.push(from)
            nextEnds.push(to)
          }
          from = to
        }
      }
      starts = nextStarts
      ends = nextEnds
      if (starts.length === 0) return null
    }
    let rows = 0
    for (let r = 0; r < starts.length; r++) rows += ends[r]! - starts[r]!
    return { starts, ends, rows }
  }

  /** One page of matching rows, in query order, and the total number of matches. */
  page(
    filter: CompiledFilter,
    allVintages: boolean,
    offset: number,
    limit: number,
    latestCount: number,
  ): { readonly rows: ArrayLike<number>; readonly total: number } {
    if (!isFiltered(filter)) {
      // No condition: the total is known, and the page is a walk from the start of the order.
      const order = this.#order.positions()
      const latest = this.#columns.latest
      const n = this.#columns.length
      const rows: Array<number> = []
      let seen = 0
      for (let position = 0; position < n && rows.length < limit; position++) {
        const row = order === null ? position : order[position]!
        if (!allVintages && latest[row] === 0) continue
        if (seen++ >= offset) rows.push(row)
      }
      return { rows, total: allVintages ? n : latestCount }
    }
    const rows = this.candidates(filter, allVintages, true)
    return {
      rows: rows.subarray(Math.min(offset, rows.length), Math.min(rows.length, offset + limit)),
      total: rows.length,
    }
  }
}
