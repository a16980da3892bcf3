/**
 * The query order of a columnar table: every row sorted by (period, reporter, partner, commodity,
 * flow, source, vintage) in value order (periods in calendar order), the run of positions of each
 * period, and posting lists per key column. Built on first use after a write, by radix and
 * counting sorts over dictionary ranks; `invalidate` forgets it when rows change.
 * @internal
 */
import * as Period from "@rareearth/core/Period"
import type { Dictionary } from "./Dictionary.ts"
import type { NaturalKeyColumn, ReadonlyColumns } from "./FlowColumns.ts"
import { sortByRanks } from "./RankSort.ts"
import type { Dictionaries } from "./RowBatch.ts"

/** For each code, the positions of its rows in query order, ascending. @internal */
export interface Postings {
  readonly offsets: Int32Array
  readonly positions: Uint32Array
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The sort columns right after period, most significant first: a filter on a leading part of
 * them narrows a period's run by binary search (RowFilter). @internal
 */
export const SORTED_AFTER_PERIOD = ["reporter", "partner", "commodity", "flow"] as const

/** Sort significance of the key columns, most significant first. @internal */
export const MOST_SIGNIFICANT_FIRST: ReadonlyArray<NaturalKeyColumn> = [
  "period",
  ...SORTED_AFTER_PERIOD,
  "source",
  "vintage",
]
const LEAST_SIGNIFICANT_FIRST = [...MOST_SIGNIFICANT_FIRST].reverse()

/** @internal */
export class QueryOrder {
  readonly #columns: ReadonlyColumns
  readonly #dictionaries: Dictionaries
  /** Rows in query order; null = stale, or the rows are stored in that order (`#identity`). */
  #order: Uint32Array | null = null
  /** The rows are stored in query order: position = row, and no order array is held. */
  #identity = false
  /** Start position of each period rank, plus the end (length = periods + 1). */
  #periodStarts: Int32Array | null = null
  readonly #postings = new Map<NaturalKeyColumn, Postings>()
  /** Rows per code of a key column (as offsets), for planning: a posting list's length without the list. */
  readonly #counts = new Map<NaturalKeyColumn, Int32Array>()
  readonly #ranks = new Map<Dictionary, Int32Array>()

  constructor(columns: ReadonlyColumns, dictionaries: Dictionaries) {
    this.#columns = columns
    this.#dictionaries = dictionaries
  }

  /** Forgets the order and postings after rows changed. */
  invalidate(): void {
    this.#order = null
    this.#identity = false
    this.#periodStarts = null
    this.#postings.clear()
    this.#counts.clear()
  }

  /**
   * Declares the rows stored in query order (a bulk load stored them sorted): the order becomes
   * the identity, held as no array at all (4 bytes a row saved), with the start position of each
   * period rank (plus the end) as the sort found them (default: those of the last sort).
   */
  markSorted(periodStarts: Int32Array | null = this.#periodStarts): void {
    this.invalidate()
    this.#identity = true
    this.#periodStarts = periodStarts
  }

  /**
   * The rows in query order (position -> row), or null when the rows are stored in query order
   * (position = row). Built on first use after a write.
   */
  positions(): Uint32Array | null {
    if (this.#order === null && !this.#identity) this.#sort()
    return this.#order
  }

  /** The rank of each code of a dictionary in sorted value order (periods in calendar order). */
  rankOf(column: NaturalKeyColumn): Int32Array {
    const dictionary = this.#dictionaries[column]
    const cached = this.#ranks.get(dictionary)
    if (cached !== undefined && cached.length === dictionary.size) return cached
    const values = dictionary.values
    const codes = Array.from(values, (_, code) => code)
    if (column === "period") {
      codes.sort((a, b) => Period.compare(values[a]!, values[b]!))
    } else {
      codes.sort((a, b) => compareStrings(values[a]!, values[b]!))
    }
    const ranks = new Int32Array(values.length)
    for (let rank = 0; rank < codes.length; rank++) ranks[codes[rank]!] = rank
    this.#ranks.set(dictionary, ranks)
    return ranks
  }

  /**
   * Sorts the rows into query order (`sortByRanks`, or column by column when the composite key
   * is too wide); rows found in order already make the identity (no order array).
   */
  #sort(): void {
    const columns = this.#columns
    const n = columns.length
    const sorted = sortByRanks(
      n,
      MOST_SIGNIFICANT_FIRST.map((column) => ({
        codes: columns[column],
        ranks: this.rankOf(column),
        size: this.#dictionaries[column].size,
      })),
    )
    this.#postings.clear()
    if (sorted === undefined) {
      this.#order = this.#radixRows()
    } else if (sorted.order === null) {
      this.#identity = true
      this.#periodStarts = sorted.firstStarts
    } else {
      this.#order = sorted.order
      this.#periodStarts = sorted.firstStarts
    }
  }

  /** All rows in query order by an LSD radix sort on dictionary ranks, column by column. */
  #radixRows(): Uint32Array {
    const columns = this.#columns
    const dictionaries = this.#dictionaries
    const n = columns.length
    let order = new Uint32Array(n)
    for (let i = 0; i < n; i++) order[i] = i
    let scratch = new Uint32Array(n)
    // Neighbouring columns share one counting-sort pass while their combined key space stays
    // small (fewer passes over the rows, same order).
    const passes: Array<Array<NaturalKeyColumn>> = []
    let current: Array<NaturalKeyColumn> = []
    let buckets = 1
    for (const column of LEAST_SIGNIFICANT_FIRST) {
      const size = dictionaries[column].size
      if (size <= 1) continue
      if (current.length > 0 && buckets * size > 1 << 16) {
        passes.push(current)
        current = []
        buckets = 1
      }
      current.push(column)
      buckets *= size
    }
    if (current.length > 0) passes.push(current)
    const keys = new Uint32Array(n)
    for (const pass of passes) {
      // The pass key: the most significant column of the pass first.
      keys.fill(0)
      let span = 1
      for (const column of pass) {
        const ranks = this.rankOf(column)
        const codes = columns[column]
        for (let row = 0; row < n; row++) keys[row]! += ranks[codes[row]!]! * span
        span *= dictionaries[column].size
      }
      const counts = new Int32Array(span + 1)
      for (let row = 0; row < n; row++) counts[keys[row]! + 1]!++
      for (let k = 0; k < span; k++) counts[k + 1]! += counts[k]!
      for (let i = 0; i < n; i++) {
        const row = order[i]!
        scratch[counts[keys[row]!]!++] = row
      }
      const swap = order
      order = scratch
      scratch = swap
    }
    // Rows are in period order first: each period rank is one contiguous run of positions.
    const periods = dictionaries.period.size
    const starts = new Int32Array(periods + 1)
    const periodRanks = this.rankOf("period")
    const period = columns.period
    for (let row = 0; row < n; row++) starts[periodRanks[period[row]!]! + 1]!++
    for (let k = 0; k < periods; k++) starts[k + 1]! += starts[k]!
    this.#periodStarts = starts
    return order
  }

  /** Positions `[start, end)` in query order of the period ranks `[first, last]`. */
  periodRun(first: number, last: number): { readonly start: number; readonly end: number } {
    this.positions()
    return { start: this.#periodStarts![first]!, end: this.#periodStarts![last + 1]! }
  }

  /**
   * Where each code's posting list starts and ends (`offsets[code]` to `offsets[code + 1]`): the
   * rows per code, counted without building the lists (a planner needs only their lengths, and
   * a list costs 4 bytes a row). Built on first use after a write.
   */
  offsetsOf(column: NaturalKeyColumn): Int32Array {
    const cached = this.#counts.get(column)
    if (cached !== undefined && cached.length === this.#dictionaries[column].size + 1) return cached
    const n = this.#columns.length
    const size = this.#dictionaries[column].size
    const codes = this.#columns[column]
    const offsets = new Int32Array(size + 1)
    for (let row = 0; row < n; row++) offsets[codes[row]! + 1]!++
    for (let k = 0; k < size; k++) offsets[k + 1]! += offsets[k]!
    this.#counts.set(column, offsets)
    return offsets
  }

  /**
   * The posting lists of a key column: for each code, the positions (in query order) of its rows,
   * ascending. Built on first use after a write, by one counting sort.
   */
  postingsOf(column: NaturalKeyColumn): Postings {
    const order = this.positions()
    const cached = this.#postings.get(column)
    if (cached !== undefined) return cached
    const n = this.#columns.length
    const size = this.#dictionaries[column].size
    const codes = this.#columns[column]
    const offsets = this.offsetsOf(column)
    const cursor = offsets.slice(0, size)
    const positions = new Uint32Array(n)
    if (order === null) {
      for (let position = 0; position < n; position++)
        positions[cursor[codes[position]!]!++] = position
    } else {
      for (let position = 0; position < n; position++) {
        positions[cursor[codes[order[position]!]!]!++] = position
      }
    }
    const postings = { offsets, positions }
    this.#postings.set(column, postings)
    return postings
  }

  /** Bytes held by the order, the period runs and the posting lists built so far. */
  byteSize(): number {
    let bytes = (this.#order?.byteLength ?? 0) + (this.#periodStarts?.byteLength ?? 0)
    for (const offsets of this.#counts.values()) bytes += offsets.byteLength
    for (const postings of this.#postings.values()) bytes += postings.positions.byteLength
    return bytes
  }
}
