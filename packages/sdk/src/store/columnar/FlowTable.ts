/**
 * The columnar trade-flow table behind `ColumnarStore`: the row columns (`FlowColumns`), a key
 * index on the natural key without vintage (`KeyIndex`), the query order with its posting lists
 * (`QueryOrder`), filtering (`RowFilter`) and group-by sums (`aggregateColumns`). A chain of
 * vintages per key (newest first) lets reads see the latest vintage unless asked for all.
 *
 * The table alone writes its columns (`commit`); everything else reads them through `columns`,
 * typed read-only. Everything here is synchronous and throws only on programming errors:
 * validation happens before rows reach a `RowBatch`, so `commit` cannot fail halfway.
 * @internal
 */
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import type { FlowQuery } from "../../Query.ts"
import type { GroupKey } from "../TradeFlowStore.ts"
import { aggregateColumns, type GroupSums } from "./Aggregation.ts"
import type { Dictionary } from "./Dictionary.ts"
import {
  type Codes,
  FlowColumns,
  type NaturalKeyColumn,
  type ReadonlyColumns,
} from "./FlowColumns.ts"
import { IdColumn } from "./IdColumn.ts"
import { KeyIndex } from "./KeyIndex.ts"
import { MOST_SIGNIFICANT_FIRST, QueryOrder } from "./QueryOrder.ts"
import { type RankedColumn, sortByRanks } from "./RankSort.ts"
import {
  type Dictionaries,
  ESTIMATED_ABSENT,
  ESTIMATED_TRUE,
  emptyRow,
  makeDictionaries,
  type RowBatch,
  type RowCodes,
} from "./RowBatch.ts"
import { type CompiledFilter, isFiltered, RowFilter } from "./RowFilter.ts"
import { trimToLength } from "./Trim.ts"

const sameNumber = (a: number, b: number): boolean =>
  a === b || (Number.isNaN(a) && Number.isNaN(b))

/** What one commit did. @internal */
export interface CommitSummary {
  added: number
  revised: number
  unchanged: number
}

/** Batch codes -> table codes, per dictionary-encoded column. */
type Remap = Readonly<Record<keyof Dictionaries, Int32Array>>

/** The dictionary-encoded columns a fresh load gathers from a batch. */
const CODE_COLUMNS = [...MOST_SIGNIFICANT_FIRST, "hsVersion", "provenance"] as const

/**
 * A batch's code column written into a table column as table codes, in `order` (null: as is).
 * A column the batch holds as one code is filled.
 */
const gatherCodes = (
  to: Codes,
  batch: RowBatch,
  column: (typeof CODE_COLUMNS)[number],
  remap: Remap,
  order: Uint32Array | null,
  n: number,
): void => {
  const codes = remap[column]
  const from =
    column === "source" || column === "vintage" || column === "hsVersion" || column === "provenance"
      ? batch.attribute(column)
      : batch[column]
  if (typeof from === "number") to.fill(codes[from]!, 0, n)
  else if (order === null) for (let i = 0; i < n; i++) to[i] = codes[from[i]!]!
  else for (let i = 0; i < n; i++) to[i] = codes[from[order[i]!]!]!
}

/** Values written in `order` (null: as is). */
const gatherValues = <A extends Uint8Array | Float64Array>(
  to: A,
  from: A,
  order: Uint32Array | null,
  n: number,
): void => {
  if (order === null) to.set(from.subarray(0, n))
  else for (let i = 0; i < n; i++) to[i] = from[order[i]!]!
}

/** @internal */
export class FlowTable {
  readonly dictionaries: Dictionaries = makeDictionaries()
  readonly #columns = new FlowColumns()
  /** Rows that are the latest vintage of their key. */
  #latestCount = 0
  /** The next older vintage of a row's key, for the few rows that have one (sparse). */
  readonly #older = new Map<number, number>()
  /** Explicit ids as UTF-8 bytes (empty: derived from the key). */
  readonly #ids = new IdColumn()
  /** Ids replaced by in-place corrections (undefined: now derived); they win over `#ids`. */
  readonly #idOverrides = new Map<number, string | undefined>()
  readonly #index = new KeyIndex(this.#columns)
  readonly #order = new QueryOrder(this.#columns, this.dictionaries)
  readonly #filter = new RowFilter(this.#columns, this.dictionaries, this.#order)
  /** Scratch record of `commit`'s loop (one per table, not one per row). */
  readonly #row: RowCodes = emptyRow()
  /** Scratch record of `#codesOf`, apart from `#row` so that reading a row never clobbers it. */
  readonly #stored: RowCodes = emptyRow()

  /** The row columns, read-only. */
  get columns(): ReadonlyColumns {
    return this.#columns
  }

  /** Rows stored, all vintages. */
  get length(): number {
    return this.#columns.length
  }

  /** Rows that are the latest vintage of their key. */
  get latestCount(): number {
    return this.#latestCount
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  /**
   * Applies a staged batch: new keys are added, new vintages revise, identical rows are skipped.
   * A bulk batch (a quarter of the table or more) ends with the arrays trimmed to the rows held,
   * so that a loaded table keeps no growth slack; smaller writes keep it, to stay amortised.
   */
  commit(batch: RowBatch): CommitSummary {
    const summary = this.#commit(batch)
    if (batch.length > 0 && batch.length * 4 >= this.length) trimToLength(this.#columns, this.#ids)
    return summary
  }

  #commit(batch: RowBatch): CommitSummary {
    const summary: CommitSummary = { added: 0, revised: 0, unchanged: 0 }
    if (batch.length === 0) return summary
    const d = this.dictionaries
    const b = batch.dictionaries
    const remapStrings = (from: Dictionary, to: Dictionary) =>
      Int32Array.from(from.values, (v) => to.code(v))
    const remap: Remap = {
      period: remapStrings(b.period, d.period),
      reporter: remapStrings(b.reporter, d.reporter),
      partner: remapStrings(b.partner, d.partner),
      flow: remapStrings(b.flow, d.flow),
      commodity: remapStrings(b.commodity, d.commodity),
      source: remapStrings(b.source, d.source),
      vintage: remapStrings(b.vintage, d.vintage),
      hsVersion: remapStrings(b.hsVersion, d.hsVersion),
      provenance: Int32Array.from(b.provenance.values, (p) => d.provenance.code(p)),
    }
    this.#columns.widenTo(d)
    if (this.length === 0 && this.#loadFresh(batch, summary, remap)) return summary
    this.#index.prepare(batch.length, this.#latestCount)

    const columns = this.#columns
    const vintages = d.vintage.values
    const row = this.#row
    for (let i = 0; i < batch.length; i++) {
      row.source = remap.source[batch.source[i]!]!
      row.period = remap.period[batch.period[i]!]!
      row.reporter = remap.reporter[batch.reporter[i]!]!
      row.partner = remap.partner[batch.partner[i]!]!
      row.flow = remap.flow[batch.flow[i]!]!
      row.commodity = remap.commodity[batch.commodity[i]!]!
      row.vintage = remap.vintage[batch.vintage[i]!]!
      row.hsVersion = remap.hsVersion[batch.hsVersion[i]!]!
      row.provenance = remap.provenance[batch.provenance[i]!]!
      row.estimated = batch.estimated[i]!
      row.weight = batch.weight[i]!
      row.value = batch.value[i]!
      row.id = batch.ids.get(i)
      if (row.id !== undefined && this.#isDerivedId(row.id, row)) row.id = undefined

      const head = this.#index.find(
        row.source,
        row.period,
        row.reporter,
        row.partner,
        row.flow,
        row.commodity,
      )
      if (head < 0) {
        const added = this.#append(row, batch.length - i)
        columns.latest[added] = 1
        this.#latestCount++
        this.#index.insertAfterFind(added)
        summary.added++
        continue
      }
      // Walk the vintage chain (newest first) to the first vintage not newer than this one.
      const newVintage = vintages[row.vintage]!
      let previous = -1
      let at = head
      while (at >= 0 && vintages[columns.vintage[at]!]! > newVintage) {
        previous = at
        at = this.#older.get(at) ?? -1
      }
      if (at >= 0 && columns.vintage[at] === row.vintage) {
        if (this.#sameContent(at, row)) {
          summary.unchanged++
        } else {
          // Same key, same vintage, different figures: a correction of that vintage, in place.
          columns.hsVersion[at] = row.hsVersion
          columns.provenance[at] = row.provenance
          columns.estimated[at] = row.estimated
          columns.weight[at] = row.weight
          columns.value[at] = row.value
          if (row.id !== this.#explicitIdOf(at)) this.#idOverrides.set(at, row.id)
          summary.revised++
        }
        continue
      }
      const added = this.#append(row, batch.length - i)
      if (at >= 0) this.#older.set(added, at)
      if (previous < 0) {
        columns.latest[added] = 1
        columns.latest[head] = 0
        this.#index.replace(head, added)
      } else {
        columns.latest[added] = 0
        this.#older.set(previous, added)
      }
      summary.revised++
    }
    if (summary.added + summary.revised > 0) this.#order.invalidate()
    return summary
  }

  /** Whether a stored row holds the same figures, provenance and id as `row` (same key and vintage). */
  #sameContent(at: number, row: RowCodes): boolean {
    const c = this.#columns
    return (
      c.provenance[at] === row.provenance &&
      c.hsVersion[at] === row.hsVersion &&
      c.estimated[at] === row.estimated &&
      sameNumber(c.weight[at]!, row.weight) &&
      sameNumber(c.value[at]!, row.value) &&
      this.#explicitIdOf(at) === row.id
    )
  }

  /**
   * The first load into an empty table, without the key index: sort the rows into query order
   * (needed by the first query anyway) and check that no two rows share a natural key: they
   * would sit next to each other in that order. Returns false (and leaves the table empty) when
   * some do, so that the general path sorts out vintages and duplicates.
   */
  #loadFresh(batch: RowBatch, summary: CommitSummary, remap: Remap): boolean {
    const n = batch.length
    const columns = this.#columns
    const d = this.dictionaries
    columns.reserve(n)
    // 1. The query order, sorted straight from the batch's codes (as ranks in the table's
    // dictionaries), so that each column is written once, in that order.
    const ranked = (column: NaturalKeyColumn): RankedColumn => {
      const ranks = this.#order.rankOf(column)
      const codes =
        column === "source" || column === "vintage" ? batch.attribute(column) : batch[column]
      return {
        codes: typeof codes === "number" ? null : codes,
        ranks: Int32Array.from(remap[column], (code) => ranks[code]!),
        size: d[column].size,
      }
    }
    const sorted = sortByRanks(n, MOST_SIGNIFICANT_FIRST.map(ranked))
    let order: Uint32Array | null
    if (sorted !== undefined) {
      if (sorted.repeatsKey) return false
      order = sorted.order
    } else {
      // Keys too wide for one composite number: the key columns copied, sorted column by column.
      for (const column of MOST_SIGNIFICANT_FIRST)
        gatherCodes(columns[column], batch, column, remap, null, n)
      columns.length = n
      this.#order.invalidate()
      order = this.#order.positions()
      let duplicate = false
      for (let k = 1; k < n && !duplicate; k++) {
        duplicate =
          order === null ? columns.sameKey(k - 1, k) : columns.sameKey(order[k - 1]!, order[k]!)
      }
      if (duplicate) {
        columns.length = 0
        this.#order.invalidate()
        return false
      }
    }
    // 2. Every column gathered in query order: the table is stored sorted (clustered), so a
    // period range is a run of rows and posting lists walk memory forwards.
    for (const column of CODE_COLUMNS) gatherCodes(columns[column], batch, column, remap, order, n)
    const estimated = batch.attribute("estimated")
    if (typeof estimated === "number") columns.estimated.fill(estimated, 0, n)
    else gatherValues(columns.estimated, estimated, order, n)
    gatherValues(columns.weight, batch.weight, order, n)
    gatherValues(columns.value, batch.value, order, n)
    columns.latest.fill(1, 0, n)
    columns.length = n
    // Ids: kept in the batch's order, each row pointing at its own, when none can equal its
    // derived id; else the explicit ones' bytes copied in query order and those equal to the
    // derived id dropped (lengths first, so that most rows decode nothing).
    const ids = batch.ids
    const shortest = Math.max(1, this.#shortestDerivedLength())
    // (Only the sort's own order is handed over: the other is the query order's array.)
    if (sorted?.order == null || !this.#ids.adopt(ids, sorted.order, n, shortest)) {
      this.#ids.pushGathered(
        ids,
        order,
        n,
        shortest,
        (position, row) =>
          ids.byteLength(row) === this.#derivedLength(this.#codesOf(position)) &&
          ids.get(row) === this.#derivedIdOf(this.#stored),
      )
    }
    // The rows are now stored in query order.
    this.#order.markSorted(sorted?.firstStarts)
    this.#latestCount = n
    summary.added = n
    this.#index.drop()
    return true
  }

  /** Appends a row (not yet latest: the caller sets `latest`), growing the columns for `remaining` rows. */
  #append(row: RowCodes, remaining: number): number {
    const c = this.#columns
    if (c.length === c.capacity) c.reserve(c.length + remaining)
    const at = c.length++
    c.source[at] = row.source
    c.period[at] = row.period
    c.reporter[at] = row.reporter
    c.partner[at] = row.partner
    c.flow[at] = row.flow
    c.commodity[at] = row.commodity
    c.vintage[at] = row.vintage
    c.hsVersion[at] = row.hsVersion
    c.provenance[at] = row.provenance
    c.estimated[at] = row.estimated
    c.weight[at] = row.weight
    c.value[at] = row.value
    if (row.id !== undefined) this.#ids.pushString(row.id)
    else this.#ids.pushDerived()
    return at
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /**
   * Compiles a query to per-code masks. Throws core's InvalidInputError on a malformed period or
   * commodity, naming the value.
   */
  compile(query: FlowQuery): CompiledFilter {
    return this.#filter.compile(query)
  }

  /** The rows matching a filter, in query order when `ordered`. */
  candidates(filter: CompiledFilter, allVintages: boolean, ordered: boolean): Uint32Array {
    return this.#filter.candidates(filter, allVintages, ordered)
  }

  /** One page of matching rows, in query order, and the total number of matches. */
  page(
    filter: CompiledFilter,
    allVintages: boolean,
    offset: number,
    limit: number,
  ): { readonly rows: ArrayLike<number>; readonly total: number } {
    return this.#filter.page(filter, allVintages, offset, limit, this.#latestCount)
  }

  /**
   * Sums weight and value of the latest vintage of matching rows, by the given key columns.
   * Unknown figures are skipped and counted apart. Groups come out in key order.
   */
  aggregate(filter: CompiledFilter, groupBy: ReadonlyArray<GroupKey>): GroupSums {
    // Every row when nothing filters and no row is an old vintage (no row list at all), else
    // the matching latest rows.
    const everything = !isFiltered(filter) && this.#latestCount === this.length
    const rows = everything ? null : this.#filter.candidates(filter, false, false)
    const columns = this.#columns
    return aggregateColumns({
      columns: groupBy.map((key) => columns[key]),
      sizes: groupBy.map((key) => Math.max(1, this.dictionaries[key].size)),
      ranks: groupBy.map((key) => this.#order.rankOf(key)),
      weight: columns.weight,
      value: columns.value,
      rows,
      length: rows === null ? this.length : rows.length,
    })
  }

  // ---------------------------------------------------------------------------------------------
  // ids and records

  /** The key and vintage codes of a stored row, in the scratch record. */
  #codesOf(at: number): RowCodes {
    const c = this.#columns
    const row = this.#stored
    row.source = c.source[at]!
    row.period = c.period[at]!
    row.reporter = c.reporter[at]!
    row.partner = c.partner[at]!
    row.flow = c.flow[at]!
    row.commodity = c.commodity[at]!
    row.vintage = c.vintage[at]!
    return row
  }

  /** The length of a row's derived id (its UTF-8 byte length when the key values are ASCII). */
  #derivedLength(row: RowCodes): number {
    const d = this.dictionaries
    const vintage = d.vintage.values[row.vintage]!.length
    return (
      d.source.values[row.source]!.length +
      d.reporter.values[row.reporter]!.length +
      d.partner.values[row.partner]!.length +
      d.flow.values[row.flow]!.length +
      d.commodity.values[row.commodity]!.length +
      d.period.values[row.period]!.length +
      5 +
      (vintage === 0 ? 0 : vintage + 1)
    )
  }

  /** The length of the shortest id any row could derive (no row's derived id is shorter). */
  #shortestDerivedLength(): number {
    const d = this.dictionaries
    const shortest = (values: ReadonlyArray<string>, extra: (length: number) => number) =>
      values.reduce((min, value) => Math.min(min, extra(value.length)), Number.POSITIVE_INFINITY)
    const plain = (length: number) => length
    return (
      shortest(d.source.values, plain) +
      shortest(d.reporter.values, plain) +
      shortest(d.partner.values, plain) +
      shortest(d.flow.values, plain) +
      shortest(d.commodity.values, plain) +
      shortest(d.period.values, plain) +
      5 +
      shortest(d.vintage.values, (length) => (length === 0 ? 0 : length + 1))
    )
  }

  /** Whether `id` is the id derived from the row's key (checked by length first: no string built). */
  #isDerivedId(id: string, row: RowCodes): boolean {
    return id.length === this.#derivedLength(row) && id === this.#derivedIdOf(row)
  }

  #derivedIdOf(row: RowCodes): string {
    const d = this.dictionaries
    const vintage = d.vintage.values[row.vintage]!
    const base = `${d.source.values[row.source]}:${d.reporter.values[row.reporter]}:${d.partner.values[row.partner]}:${d.flow.values[row.flow]}:${d.commodity.values[row.commodity]}:${d.period.values[row.period]}`
    return vintage === "" ? base : `${base}@${vintage}`
  }

  /** The explicit id of a row, or undefined when it derives from the key. */
  #explicitIdOf(row: number): string | undefined {
    if (this.#idOverrides.size > 0 && this.#idOverrides.has(row)) return this.#idOverrides.get(row)
    return this.#ids.get(row)
  }

  /** The id of a row: explicit, or derived from its natural key. */
  idOf(row: number): string {
    return this.#explicitIdOf(row) ?? this.#derivedIdOf(this.#codesOf(row))
  }

  /** Rebuilds the full TradeFlow record of a row, provenance included. */
  record(row: number): TradeFlow.TradeFlow {
    const d = this.dictionaries
    const c = this.#columns
    const hsVersion = d.hsVersion.values[c.hsVersion[row]!]!
    const estimated = c.estimated[row]!
    const vintage = d.vintage.values[c.vintage[row]!]!
    const provenance = d.provenance.values[c.provenance[row]!]!
    const weight = c.weight[row]!
    const value = c.value[row]!
    const record: Record<string, unknown> = {
      id: this.idOf(row),
      period: d.period.values[c.period[row]!]!,
      reporter: d.reporter.values[c.reporter[row]!]!,
      partner: d.partner.values[c.partner[row]!]!,
      flow: d.flow.values[c.flow[row]!]!,
      commodity: d.commodity.values[c.commodity[row]!]!,
    }
    if (hsVersion !== "") record.hsVersion = hsVersion
    record.netWeightTonnes = Number.isNaN(weight) ? null : weight
    record.valueUsd = Number.isNaN(value) ? null : value
    if (estimated !== ESTIMATED_ABSENT) record.estimated = estimated === ESTIMATED_TRUE
    record.sources = provenance.sources
    record.confidence = provenance.confidence
    if (vintage !== "") record.vintage = vintage
    if (provenance.conflictGroup !== undefined) record.conflictGroup = provenance.conflictGroup
    if (provenance.note !== undefined) record.note = provenance.note
    return record as TradeFlow.TradeFlow
  }

  // ---------------------------------------------------------------------------------------------
  // memory

  /** Approximate bytes held by the columns and explicit ids (not the dictionaries). */
  columnBytes(): number {
    return this.#columns.byteSize() + this.#ids.byteSize()
  }

  /** Bytes held by the indexes: the key hash, the query order, period runs, posting lists. */
  indexBytes(): number {
    return this.#index.byteSize() + this.#order.byteSize()
  }

  /** Bytes used per row by the row columns (what a perfectly sized table needs). */
  usedBytesPerRow(): number {
    return this.#columns.bytesPerRow()
  }
}
