/**
 * The columnar trade-flow table behind `ColumnarStore`: one typed array per column,
 * dictionary-encoded keys, NaN for unknown figures (never 0), an open-addressing hash index on
 * the natural key without vintage, and a chain of vintages per key (newest first) so that reads
 * see the latest vintage unless asked for all of them.
 *
 * Everything here is synchronous and throws only on programming errors; validation happens
 * before rows reach a `RowBatch`, so `commit` cannot fail halfway.
 * @internal
 */
import { Commodity, Period, type TradeFlow } from "@rareearth/core"
import type { FlowQuery } from "../../Query.ts"
import type { GroupKey } from "../TradeFlowStore.ts"
import type { Dictionary } from "./Dictionary.ts"
import { IdColumn } from "./IdColumn.ts"
import {
  type Dictionaries,
  ESTIMATED_ABSENT,
  ESTIMATED_TRUE,
  makeDictionaries,
  type RowBatch,
} from "./RowBatch.ts"

type Codes = Uint8Array | Uint16Array | Uint32Array

const widen = (codes: Codes, needed: number, capacity: number): Codes => {
  const max =
    codes instanceof Uint8Array ? 0xff : codes instanceof Uint16Array ? 0xffff : 0xffffffff
  if (needed <= max) return codes
  const wider = needed <= 0xffff ? new Uint16Array(capacity) : new Uint32Array(capacity)
  wider.set(codes)
  return wider
}

const growCodes = (codes: Codes, capacity: number): Codes => {
  const grown =
    codes instanceof Uint8Array
      ? new Uint8Array(capacity)
      : codes instanceof Uint16Array
        ? new Uint16Array(capacity)
        : new Uint32Array(capacity)
  grown.set(codes)
  return grown
}

const sameNumber = (a: number, b: number): boolean =>
  a === b || (Number.isNaN(a) && Number.isNaN(b))

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Months since year 0 of a month string (validated upstream). */
const monthIndex = (month: string): number => Period.yearOf(month) * 12 + Period.monthOf(month) - 1

/** A dimension held as a dictionary-encoded column. @internal */
export type KeyColumn = GroupKey | "source" | "vintage"

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

/** Sums of one group: the accumulator layout shared by aggregates. @internal */
export interface GroupSums {
  readonly codes: ReadonlyArray<Int32Array>
  readonly count: Float64Array
  readonly weight: Float64Array
  readonly knownWeight: Float64Array
  readonly value: Float64Array
  readonly knownValue: Float64Array
  readonly size: number
}

/** For each code, the positions of its rows in query order, ascending. @internal */
interface Postings {
  readonly offsets: Int32Array
  readonly positions: Uint32Array
}

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

/**
 * Sums of every row (`n` rows) by cell: the cell of a row is `a * radix + b` (two group-by
 * columns), `a` (one) or 0 (none). Unknown figures (NaN) are counted apart, not summed. One loop
 * per access pattern (every row, a row list), so that each stays a tight loop.
 */
const sumAllRows = (
  n: number,
  a: Codes,
  b: Codes,
  arity: number,
  radix: number,
  w: Float64Array,
  v: Float64Array,
  count: Int32Array,
  weight: Float64Array,
  unknownWeight: Int32Array,
  value: Float64Array,
  unknownValue: Int32Array,
): void => {
  for (let row = 0; row < n; row++) {
    const g = arity === 2 ? a[row]! * radix + b[row]! : arity === 1 ? a[row]! : 0
    count[g]!++
    const wr = w[row]!
    if (Number.isNaN(wr)) unknownWeight[g]!++
    else weight[g]! += wr
    const vr = v[row]!
    if (Number.isNaN(vr)) unknownValue[g]!++
    else value[g]! += vr
  }
}

/** As `sumAllRows`, over the rows of a list. */
const sumListedRows = (
  rows: Uint32Array,
  a: Codes,
  b: Codes,
  arity: number,
  radix: number,
  w: Float64Array,
  v: Float64Array,
  count: Int32Array,
  weight: Float64Array,
  unknownWeight: Int32Array,
  value: Float64Array,
  unknownValue: Int32Array,
): void => {
  const n = rows.length
  for (let k = 0; k < n; k++) {
    const row = rows[k]!
    const g = arity === 2 ? a[row]! * radix + b[row]! : arity === 1 ? a[row]! : 0
    count[g]!++
    const wr = w[row]!
    if (Number.isNaN(wr)) unknownWeight[g]!++
    else weight[g]! += wr
    const vr = v[row]!
    if (Number.isNaN(vr)) unknownValue[g]!++
    else value[g]! += vr
  }
}

/** Whether a compiled filter has any condition (an empty filter has one: it matches nothing). */
const isFiltered = (filter: CompiledFilter): boolean =>
  filter.empty ||
  filter.period !== null ||
  filter.reporter !== null ||
  filter.partner !== null ||
  filter.flow !== null ||
  filter.commodity !== null

/** What one commit did. @internal */
export interface CommitSummary {
  added: number
  revised: number
  unchanged: number
}

/** @internal */
export class FlowTable {
  readonly dictionaries: Dictionaries = makeDictionaries()
  /** Rows stored, all vintages. */
  length = 0
  /** Rows that are the latest vintage of their key. */
  latestCount = 0
  #capacity = 0

  period: Codes = new Uint8Array(0)
  reporter: Codes = new Uint8Array(0)
  partner: Codes = new Uint8Array(0)
  flow: Codes = new Uint8Array(0)
  commodity: Codes = new Uint8Array(0)
  source: Codes = new Uint8Array(0)
  vintage: Codes = new Uint8Array(0)
  hsVersion: Codes = new Uint8Array(0)
  provenance: Codes = new Uint8Array(0)
  estimated: Uint8Array = new Uint8Array(0)
  /** Net weight, tonnes; NaN = unknown. */
  weight: Float64Array = new Float64Array(0)
  /** Value, USD; NaN = unknown. */
  value: Float64Array = new Float64Array(0)
  /** The next older vintage of a row's key, for the few rows that have one (sparse). */
  readonly older = new Map<number, number>()
  /** 1 when the row is the latest vintage of its key. */
  latest: Uint8Array = new Uint8Array(0)
  /** Explicit ids as UTF-8 bytes (empty: derived from the key). */
  readonly ids: IdColumn = new IdColumn()
  /** Ids replaced by in-place corrections (undefined: now derived); they win over `ids`. */
  readonly #idOverrides = new Map<number, string | undefined>()

  /** Hash index: slot -> latest row of a key (without vintage), -1 empty. */
  #slots: Int32Array = new Int32Array(1024).fill(-1)
  /**
   * False after a bulk first load: the hash index is built on the next write that needs it, so
   * a load-then-query session never pays for it.
   */
  #indexed = true
  #keys = 0
  /** The empty slot where the last unsuccessful `#find` stopped. */
  #freeSlot = -1

  /** Rows in query order (period, reporter, partner, commodity, flow, source, vintage); null = stale. */
  #order: Uint32Array | null = null
  /** Start position in `order()` of each period rank, plus the end (length = periods + 1). */
  #periodStarts: Int32Array | null = null
  readonly #postings = new Map<KeyColumn, Postings>()
  #periodMonthsCache: { readonly first: Int32Array; readonly last: Int32Array } | null = null
  readonly #ranks = new Map<Dictionary, Int32Array>()

  // ---------------------------------------------------------------------------------------------
  // writing

  /** Applies a staged batch: new keys are added, new vintages revise, identical rows are skipped. */
  commit(batch: RowBatch): CommitSummary {
    const summary: CommitSummary = { added: 0, revised: 0, unchanged: 0 }
    if (batch.length === 0) return summary
    const d = this.dictionaries
    const b = batch.dictionaries
    const remap = (from: Dictionary, to: Dictionary) =>
      Int32Array.from(from.values, (v) => to.code(v))
    const period = remap(b.period, d.period)
    const reporter = remap(b.reporter, d.reporter)
    const partner = remap(b.partner, d.partner)
    const flow = remap(b.flow, d.flow)
    const commodity = remap(b.commodity, d.commodity)
    const source = remap(b.source, d.source)
    const vintage = remap(b.vintage, d.vintage)
    const hsVersion = remap(b.hsVersion, d.hsVersion)
    const provenance = Int32Array.from(b.provenance.values, (p) => d.provenance.code(p))
    this.#widenAll()
    if (
      this.length === 0 &&
      this.#loadFresh(batch, summary, {
        period,
        reporter,
        partner,
        flow,
        commodity,
        source,
        vintage,
        hsVersion,
        provenance,
      })
    ) {
      return summary
    }
    this.#ensureIndex(batch.length)

    for (let i = 0; i < batch.length; i++) {
      const s = source[batch.source[i]!]!
      const p = period[batch.period[i]!]!
      const r = reporter[batch.reporter[i]!]!
      const pa = partner[batch.partner[i]!]!
      const f = flow[batch.flow[i]!]!
      const c = commodity[batch.commodity[i]!]!
      const v = vintage[batch.vintage[i]!]!
      const hs = hsVersion[batch.hsVersion[i]!]!
      const prov = provenance[batch.provenance[i]!]!
      const est = batch.estimated[i]!
      const w = batch.weight[i]!
      const val = batch.value[i]!
      let id = batch.ids.get(i)
      if (id !== undefined && this.#isDerivedId(id, s, p, r, pa, f, c, v)) id = undefined

      const head = this.#find(s, p, r, pa, f, c)
      if (head < 0) {
        const row = this.#append(s, p, r, pa, f, c, v, hs, prov, est, w, val, id, batch.length - i)
        this.latest[row] = 1
        this.latestCount++
        this.#insertAfterFind(row)
        summary.added++
        continue
      }
      // Walk the vintage chain (newest first) to the first vintage not newer than v.
      const vintages = d.vintage.values
      const newVintage = vintages[v]!
      let previous = -1
      let at = head
      while (at >= 0 && vintages[this.vintage[at]!]! > newVintage) {
        previous = at
        at = this.older.get(at) ?? -1
      }
      if (at >= 0 && this.vintage[at] === v) {
        if (
          this.provenance[at] === prov &&
          this.hsVersion[at] === hs &&
          this.estimated[at] === est &&
          sameNumber(this.weight[at]!, w) &&
          sameNumber(this.value[at]!, val) &&
          this.#explicitIdOf(at) === id
        ) {
          summary.unchanged++
        } else {
          // Same key, same vintage, different figures: a correction of that vintage, replaced in place.
          this.hsVersion[at] = hs
          this.provenance[at] = prov
          this.estimated[at] = est
          this.weight[at] = w
          this.value[at] = val
          this.#setId(at, id)
          summary.revised++
        }
        continue
      }
      const row = this.#append(s, p, r, pa, f, c, v, hs, prov, est, w, val, id, batch.length - i)
      if (at >= 0) this.older.set(row, at)
      if (previous < 0) {
        this.latest[row] = 1
        this.latest[head] = 0
        this.#replaceSlot(head, row)
      } else {
        this.latest[row] = 0
        this.older.set(previous, row)
      }
      summary.revised++
    }
    if (summary.added + summary.revised > 0) this.#invalidate()
    return summary
  }

  /**
   * The first load into an empty table, without the hash index: append every row, sort them into
   * query order (needed by the first query anyway), and check that no two rows share a natural
   * key: they would sit next to each other in that order. Returns false (and leaves the table
   * empty) when some do, so that the general path sorts out vintages and duplicates.
   */
  #loadFresh(
    batch: RowBatch,
    summary: CommitSummary,
    remap: Readonly<
      Record<
        | "period"
        | "reporter"
        | "partner"
        | "flow"
        | "commodity"
        | "source"
        | "vintage"
        | "hsVersion"
        | "provenance",
        Int32Array
      >
    >,
  ): boolean {
    const n = batch.length
    this.#reserve(n)
    // 1. The key columns, as they come: the sort below reads them.
    const copy = (to: Codes, from: Uint16Array | Uint32Array, codes: Int32Array) => {
      for (let i = 0; i < n; i++) to[i] = codes[from[i]!]!
    }
    copy(this.period, batch.period, remap.period)
    copy(this.reporter, batch.reporter, remap.reporter)
    copy(this.partner, batch.partner, remap.partner)
    copy(this.flow, batch.flow, remap.flow)
    copy(this.commodity, batch.commodity, remap.commodity)
    copy(this.source, batch.source, remap.source)
    copy(this.vintage, batch.vintage, remap.vintage)
    this.latest.fill(1, 0, n)
    this.length = n
    this.#invalidate()
    const order = this.order()
    let duplicate = false
    for (let k = 1; k < n && !duplicate; k++) {
      const a = order[k - 1]!
      const b = order[k]!
      duplicate =
        this.period[a] === this.period[b] &&
        this.reporter[a] === this.reporter[b] &&
        this.partner[a] === this.partner[b] &&
        this.commodity[a] === this.commodity[b] &&
        this.flow[a] === this.flow[b] &&
        this.source[a] === this.source[b]
    }
    if (duplicate) {
      this.length = 0
      this.#invalidate()
      return false
    }
    // 2. Every column again, gathered in query order: the table is stored sorted (clustered), so
    // a period range is a run of rows and posting lists walk memory forwards.
    const gather = (to: Codes, from: Uint16Array | Uint32Array, codes: Int32Array) => {
      for (let i = 0; i < n; i++) to[i] = codes[from[order[i]!]!]!
    }
    gather(this.period, batch.period, remap.period)
    gather(this.reporter, batch.reporter, remap.reporter)
    gather(this.partner, batch.partner, remap.partner)
    gather(this.flow, batch.flow, remap.flow)
    gather(this.commodity, batch.commodity, remap.commodity)
    gather(this.source, batch.source, remap.source)
    gather(this.vintage, batch.vintage, remap.vintage)
    gather(this.hsVersion, batch.hsVersion, remap.hsVersion)
    gather(this.provenance, batch.provenance, remap.provenance)
    for (let i = 0; i < n; i++) {
      const from = order[i]!
      this.estimated[i] = batch.estimated[from]!
      this.weight[i] = batch.weight[from]!
      this.value[i] = batch.value[from]!
    }
    // Ids: copy the explicit ones' bytes; drop those equal to the derived id (a length check
    // first, so that most rows decode nothing).
    const ids = batch.ids
    this.ids.reserveRows(n)
    for (let i = 0; i < n; i++) {
      const from = order[i]!
      const length = ids.byteLength(from)
      if (
        length === 0 ||
        (length === this.#derivedLength(i) &&
          ids.get(from) ===
            this.#derivedIdOf(
              this.source[i]!,
              this.period[i]!,
              this.reporter[i]!,
              this.partner[i]!,
              this.flow[i]!,
              this.commodity[i]!,
              this.vintage[i]!,
            ))
      ) {
        this.ids.pushDerived()
      } else {
        this.ids.pushBytes(ids.bytes, ids.startOf(from), ids.ends[from]!)
      }
    }
    // The rows are now in query order; the period runs computed by order() still hold.
    for (let i = 0; i < n; i++) order[i] = i
    this.latestCount = n
    summary.added = n
    this.#indexed = false
    this.#keys = 0
    return true
  }

  /** Builds the hash index over the latest row of every key, if a bulk load skipped it. */
  #ensureIndex(incoming: number): void {
    if (this.#indexed) {
      if (this.#keys === 0) {
        // A first load: size the hash index once for the whole batch instead of doubling it.
        let slots = this.#slots.length
        while (incoming * 2 > slots) slots *= 2
        if (slots !== this.#slots.length) this.#rehash(slots)
      }
      return
    }
    let size = 1024
    while ((this.latestCount + incoming) * 2 > size) size *= 2
    const slots = new Int32Array(size).fill(-1)
    const mask = size - 1
    for (let row = 0; row < this.length; row++) {
      if (this.latest[row] === 0) continue
      let i = this.#hashRow(row) & mask
      while (slots[i]! >= 0) i = (i + 1) & mask
      slots[i] = row
    }
    this.#slots = slots
    this.#keys = this.latestCount
    this.#indexed = true
  }

  #setId(row: number, id: string | undefined): void {
    if (id !== this.#explicitIdOf(row)) this.#idOverrides.set(row, id)
  }

  /** The explicit id of a row, or undefined when it derives from the key. */
  #explicitIdOf(row: number): string | undefined {
    if (this.#idOverrides.size > 0 && this.#idOverrides.has(row)) return this.#idOverrides.get(row)
    return this.ids.get(row)
  }

  #append(
    s: number,
    p: number,
    r: number,
    pa: number,
    f: number,
    c: number,
    v: number,
    hs: number,
    prov: number,
    est: number,
    w: number,
    val: number,
    id: string | undefined,
    remaining: number,
  ): number {
    if (this.length === this.#capacity) this.#reserve(this.length + remaining)
    const row = this.length++
    this.source[row] = s
    this.period[row] = p
    this.reporter[row] = r
    this.partner[row] = pa
    this.flow[row] = f
    this.commodity[row] = c
    this.vintage[row] = v
    this.hsVersion[row] = hs
    this.provenance[row] = prov
    this.estimated[row] = est
    this.weight[row] = w
    this.value[row] = val
    if (id !== undefined) this.ids.pushString(id)
    else this.ids.pushDerived()
    return row
  }

  /**
   * Grows the columns to hold at least `needed` rows: exactly that on a first load (no slack in
   * a big import), else by half again, so that many small writes stay amortised.
   */
  #reserve(needed: number): void {
    if (needed <= this.#capacity) return
    const capacity = Math.max(needed, Math.ceil(this.#capacity * 1.5), 1024)
    this.period = growCodes(this.period, capacity)
    this.reporter = growCodes(this.reporter, capacity)
    this.partner = growCodes(this.partner, capacity)
    this.flow = growCodes(this.flow, capacity)
    this.commodity = growCodes(this.commodity, capacity)
    this.source = growCodes(this.source, capacity)
    this.vintage = growCodes(this.vintage, capacity)
    this.hsVersion = growCodes(this.hsVersion, capacity)
    this.provenance = growCodes(this.provenance, capacity)
    const estimated = new Uint8Array(capacity)
    estimated.set(this.estimated)
    this.estimated = estimated
    const weight = new Float64Array(capacity)
    weight.set(this.weight)
    this.weight = weight
    const value = new Float64Array(capacity)
    value.set(this.value)
    this.value = value
    const latest = new Uint8Array(capacity)
    latest.set(this.latest)
    this.latest = latest
    this.#capacity = capacity
  }

  #widenAll(): void {
    const d = this.dictionaries
    const cap = this.#capacity
    this.period = widen(this.period, d.period.size - 1, cap)
    this.reporter = widen(this.reporter, d.reporter.size - 1, cap)
    this.partner = widen(this.partner, d.partner.size - 1, cap)
    this.flow = widen(this.flow, d.flow.size - 1, cap)
    this.commodity = widen(this.commodity, d.commodity.size - 1, cap)
    this.source = widen(this.source, d.source.size - 1, cap)
    this.vintage = widen(this.vintage, d.vintage.size - 1, cap)
    this.hsVersion = widen(this.hsVersion, d.hsVersion.size - 1, cap)
    this.provenance = widen(this.provenance, d.provenance.size - 1, cap)
  }

  // ---------------------------------------------------------------------------------------------
  // the hash index on (source, period, reporter, partner, flow, commodity)

  #hash(s: number, p: number, r: number, pa: number, f: number, c: number): number {
    let h = Math.imul(s + 1, 0x9e3779b1) ^ p
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ r
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ pa
    h = Math.imul(h ^ (h >>> 16), 0x9e3779b1) ^ f
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ c
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
    return (h ^ (h >>> 16)) >>> 0
  }

  #hashRow(row: number): number {
    return this.#hash(
      this.source[row]!,
      this.period[row]!,
      this.reporter[row]!,
      this.partner[row]!,
      this.flow[row]!,
      this.commodity[row]!,
    )
  }

  #find(s: number, p: number, r: number, pa: number, f: number, c: number): number {
    const slots = this.#slots
    const mask = slots.length - 1
    let i = this.#hash(s, p, r, pa, f, c) & mask
    for (;;) {
      const row = slots[i]!
      if (row < 0) {
        this.#freeSlot = i
        return -1
      }
      if (
        this.period[row] === p &&
        this.reporter[row] === r &&
        this.partner[row] === pa &&
        this.commodity[row] === c &&
        this.flow[row] === f &&
        this.source[row] === s
      ) {
        return row
      }
      i = (i + 1) & mask
    }
  }

  /** Inserts a new key's row into the free slot the failed `#find` just stopped at. */
  #insertAfterFind(row: number): void {
    if ((this.#keys + 1) * 2 > this.#slots.length) {
      this.#insertSlot(row)
      return
    }
    this.#slots[this.#freeSlot] = row
    this.#keys++
  }

  #insertSlot(row: number): void {
    if ((this.#keys + 1) * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2)
    const slots = this.#slots
    const mask = slots.length - 1
    let i = this.#hashRow(row) & mask
    while (slots[i]! >= 0) i = (i + 1) & mask
    slots[i] = row
    this.#keys++
  }

  #replaceSlot(oldRow: number, newRow: number): void {
    const slots = this.#slots
    const mask = slots.length - 1
    let i = this.#hashRow(oldRow) & mask
    while (slots[i] !== oldRow) i = (i + 1) & mask
    slots[i] = newRow
  }

  #rehash(size: number): void {
    const old = this.#slots
    const slots = new Int32Array(size).fill(-1)
    const mask = size - 1
    for (let j = 0; j < old.length; j++) {
      const row = old[j]!
      if (row < 0) continue
      let i = this.#hashRow(row) & mask
      while (slots[i]! >= 0) i = (i + 1) & mask
      slots[i] = row
    }
    this.#slots = slots
  }

  // ---------------------------------------------------------------------------------------------
  // ordering

  /** The rank of each code of a dictionary in sorted value order (periods in calendar order). */
  rankOf(column: KeyColumn): Int32Array {
    const dictionary = this.dictionaries[column]
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

  /** All rows in query order, computed by an LSD radix sort on dictionary ranks and cached. */
  order(): Uint32Array {
    if (this.#order !== null) return this.#order
    const n = this.length
    let order = new Uint32Array(n)
    for (let i = 0; i < n; i++) order[i] = i
    let scratch = new Uint32Array(n)
    // Least significant first. Neighbouring columns share one counting-sort pass while their
    // combined key space stays small (fewer passes over the rows, same order).
    const columns: ReadonlyArray<KeyColumn> = [
      "vintage",
      "source",
      "flow",
      "commodity",
      "partner",
      "reporter",
      "period",
    ]
    const passes: Array<Array<KeyColumn>> = []
    let current: Array<KeyColumn> = []
    let buckets = 1
    for (const column of columns) {
      const size = this.dictionaries[column].size
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
        const codes = this[column]
        for (let row = 0; row < n; row++) keys[row]! += ranks[codes[row]!]! * span
        span *= this.dictionaries[column].size
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
    const periods = this.dictionaries.period.size
    const starts = new Int32Array(periods + 1)
    const periodRanks = this.rankOf("period")
    for (let row = 0; row < n; row++) starts[periodRanks[this.period[row]!]! + 1]!++
    for (let k = 0; k < periods; k++) starts[k + 1]! += starts[k]!
    this.#periodStarts = starts
    this.#postings.clear()
    this.#order = order
    return order
  }

  /** Forgets the order and indexes after rows were added. */
  #invalidate(): void {
    this.#order = null
    this.#periodStarts = null
    this.#postings.clear()
  }

  /**
   * A posting index on a key column: for each code, the positions (in `order()`) of its rows,
   * ascending. Built on first use after a write, by one counting sort.
   */
  #postingsOf(column: KeyColumn): Postings {
    const order = this.order()
    const cached = this.#postings.get(column)
    if (cached !== undefined) return cached
    const n = this.length
    const size = this.dictionaries[column].size
    const codes = this[column]
    const offsets = new Int32Array(size + 1)
    for (let row = 0; row < n; row++) offsets[codes[row]! + 1]!++
    for (let k = 0; k < size; k++) offsets[k + 1]! += offsets[k]!
    const cursor = offsets.slice(0, size)
    const positions = new Uint32Array(n)
    for (let position = 0; position < n; position++) {
      positions[cursor[codes[order[position]!]!]!++] = position
    }
    const postings = { offsets, positions }
    this.#postings.set(column, postings)
    return postings
  }

  // ---------------------------------------------------------------------------------------------
  // filtering

  /** First and last month index of each period code, cached until the dictionary grows. */
  #periodMonths(): { readonly first: Int32Array; readonly last: Int32Array } {
    const values = this.dictionaries.period.values
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
    const d = this.dictionaries
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
    if (!allVintages && this.latest[row] === 0) return false
    const { period, reporter, partner, flow, commodity } = filter
    if (period !== null && period[this.period[row]!] === 0) return false
    if (reporter !== null && reporter[this.reporter[row]!] === 0) return false
    if (partner !== null && partner[this.partner[row]!] === 0) return false
    if (commodity !== null && commodity[this.commodity[row]!] === 0) return false
    if (flow !== null && flow[this.flow[row]!] === 0) return false
    return true
  }

  /**
   * The rows matching a filter, in query order when `ordered`. Plans the cheapest access path:
   * the run of positions of the period range (rows are sorted by period), or the posting list of
   * the most selective key (reporter, partner, commodity, flow) narrowed to that run by binary
   * search; the other conditions are mask lookups on the candidates.
   */
  candidates(filter: CompiledFilter, allVintages: boolean, ordered: boolean): Uint32Array {
    const n = this.length
    if (filter.empty || n === 0) return new Uint32Array(0)
    const order = this.order()
    let lo = 0
    let hi = n
    if (filter.period !== null) {
      const ranks = this.rankOf("period")
      let min = Number.POSITIVE_INFINITY
      let max = -1
      filter.period.forEach((on, code) => {
        if (on === 0) return
        const rank = ranks[code]!
        if (rank < min) min = rank
        if (rank > max) max = rank
      })
      if (max < 0) return new Uint32Array(0)
      lo = this.#periodStarts![min]!
      hi = this.#periodStarts![max + 1]!
    }
    let best: KeyColumn | null = null
    let bestCost = hi - lo
    for (const column of ["reporter", "partner", "commodity", "flow"] as const) {
      const mask = filter[column]
      if (mask === null) continue
      const { offsets } = this.#postingsOf(column)
      let cost = 0
      for (let code = 0; code < mask.length; code++) {
        if (mask[code] !== 0) cost += offsets[code + 1]! - offsets[code]!
      }
      if (cost < bestCost) {
        best = column
        bestCost = cost
      }
    }
    const out = new Uint32Array(bestCost)
    let k = 0
    if (best === null) {
      for (let position = lo; position < hi; position++) {
        const row = order[position]!
        if (this.#passes(row, filter, allVintages)) out[k++] = row
      }
      return out.subarray(0, k)
    }
    const mask = filter[best]!
    const { offsets, positions } = this.#postingsOf(best)
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
        const row = order[position]!
        if (this.#passes(row, filter, allVintages)) out[k++] = keepPositions ? position : row
      }
    }
    const result = out.subarray(0, k)
    if (keepPositions) {
      result.sort()
      for (let i = 0; i < k; i++) result[i] = order[result[i]!]!
    }
    return result
  }

  /** Matching rows, in query order. */
  select(filter: CompiledFilter, allVintages: boolean): Uint32Array {
    return this.candidates(filter, allVintages, true)
  }

  /** One page of matching rows, in query order, and the total number of matches. */
  page(
    filter: CompiledFilter,
    allVintages: boolean,
    offset: number,
    limit: number,
  ): { readonly rows: ArrayLike<number>; readonly total: number } {
    if (!isFiltered(filter)) {
      // No condition: the total is known, and the page is a walk from the start of the order.
      const order = this.order()
      const rows: Array<number> = []
      let seen = 0
      for (let position = 0; position < this.length && rows.length < limit; position++) {
        const row = order[position]!
        if (!allVintages && this.latest[row] === 0) continue
        if (seen++ >= offset) rows.push(row)
      }
      return { rows, total: allVintages ? this.length : this.latestCount }
    }
    const rows = this.candidates(filter, allVintages, true)
    return {
      rows: rows.subarray(Math.min(offset, rows.length), Math.min(rows.length, offset + limit)),
      total: rows.length,
    }
  }

  // ---------------------------------------------------------------------------------------------
  // aggregation

  /**
   * Sums weight and value of the latest vintage of matching rows, by the given key columns.
   * Unknown figures are skipped and counted apart. Groups come out in key order.
   */
  aggregate(filter: CompiledFilter, groupBy: ReadonlyArray<KeyColumn>): GroupSums {
    // The rows: every row when nothing filters and no row is an old vintage (no row list at all),
    // else the matching latest rows.
    const everything = !isFiltered(filter) && this.latestCount === this.length
    const rows = everything ? null : this.candidates(filter, false, false)
    const n = rows === null ? this.length : rows.length
    const columns = groupBy.map((key) => this[key])
    const sizes = groupBy.map((key) => Math.max(1, this.dictionaries[key].size))
    const cells = sizes.reduce((a, b) => a * b, 1)

    const w = this.weight
    const v = this.value
    let size: number
    let count: Float64Array
    let weight: Float64Array
    let knownWeight: Float64Array
    let value: Float64Array
    let knownValue: Float64Array
    /** Per column, the code of each group (in the order groups were found). */
    let groupCodes: Array<Int32Array>
    if (cells <= 4096 || (cells <= 1 << 21 && cells <= 2 * n)) {
      // A key space small for the rows: the cell (a mixed-radix number over the group-by codes)
      // itself indexes the sums, computed in the same pass; empty cells are dropped after.
      // Counts in integers, and the unknown figures (rare) counted instead of the known ones.
      const c0 = new Int32Array(cells)
      const w0 = new Float64Array(cells)
      const uw0 = new Int32Array(cells)
      const v0 = new Float64Array(cells)
      const uv0 = new Int32Array(cells)
      const arity = columns.length
      const a = arity > 0 ? columns[0]! : this.period
      const b = arity > 1 ? columns[1]! : a
      const radix = arity > 1 ? sizes[1]! : 0
      // Every row, or a row list: one function each (see sumAllRows), more columns inline.
      if (arity > 2) {
        for (let k = 0; k < n; k++) {
          const row = rows === null ? k : rows[k]!
          let g = 0
          for (let j = 0; j < arity; j++) g = g * sizes[j]! + columns[j]![row]!
          c0[g]!++
          const wr = w[row]!
          if (Number.isNaN(wr)) uw0[g]!++
          else w0[g]! += wr
          const vr = v[row]!
          if (Number.isNaN(vr)) uv0[g]!++
          else v0[g]! += vr
        }
      } else if (rows === null) {
        sumAllRows(n, a, b, arity, radix, w, v, c0, w0, uw0, v0, uv0)
      } else {
        sumListedRows(rows, a, b, arity, radix, w, v, c0, w0, uw0, v0, uv0)
      }
      const kw0 = new Float64Array(cells)
      const kv0 = new Float64Array(cells)
      for (let c = 0; c < cells; c++) {
        kw0[c] = c0[c]! - uw0[c]!
        kv0[c] = c0[c]! - uv0[c]!
      }
      let present = 0
      for (let c = 0; c < cells; c++) if (c0[c]! > 0) present++
      size = present
      const cellOf = new Int32Array(size)
      for (let c = 0, g = 0; c < cells; c++) if (c0[c]! > 0) cellOf[g++] = c
      const compact = (xs: Float64Array | Int32Array) => {
        const out = new Float64Array(size)
        for (let g = 0; g < size; g++) out[g] = xs[cellOf[g]!]!
        return out
      }
      count = compact(c0)
      weight = compact(w0)
      knownWeight = compact(kw0)
      value = compact(v0)
      knownValue = compact(kv0)
      // Decode each cell back into its codes (mixed radix, last column least significant).
      groupCodes = columns.map(() => new Int32Array(size))
      for (let g = 0; g < size; g++) {
        let rest = cellOf[g]!
        for (let j = columns.length - 1; j >= 0; j--) {
          groupCodes[j]![g] = rest % sizes[j]!
          rest = Math.floor(rest / sizes[j]!)
        }
      }
    } else {
      // Pass 1: each row's cell, a mixed-radix number over the group-by codes.
      const cell = cells <= 0x7fffffff ? new Int32Array(n) : new Float64Array(n)
      for (let k = 0; k < n; k++) {
        const row = rows === null ? k : rows[k]!
        let key = 0
        for (let j = 0; j < columns.length; j++) key = key * sizes[j]! + columns[j]![row]!
        cell[k] = key
      }
      // Pass 2: cells -> dense group ids, in order of first appearance.
      const group = new Int32Array(n)
      const groupRows: Array<number> = []
      if (cells <= 1 << 20) {
        const ids = new Int32Array(cells).fill(-1)
        for (let k = 0; k < n; k++) {
          const c = cell[k]!
          let g = ids[c]!
          if (g < 0) {
            g = ids[c] = groupRows.length
            groupRows.push(rows === null ? k : rows[k]!)
          }
          group[k] = g
        }
      } else {
        const ids = new Map<number, number>()
        for (let k = 0; k < n; k++) {
          const c = cell[k]!
          let g = ids.get(c)
          if (g === undefined) {
            g = groupRows.length
            ids.set(c, g)
            groupRows.push(rows === null ? k : rows[k]!)
          }
          group[k] = g
        }
      }
      // Pass 3: the sums; unknown figures (NaN) are skipped and counted apart.
      size = groupRows.length
      count = new Float64Array(size)
      weight = new Float64Array(size)
      knownWeight = new Float64Array(size)
      value = new Float64Array(size)
      knownValue = new Float64Array(size)
      for (let k = 0; k < n; k++) {
        const row = rows === null ? k : rows[k]!
        const g = group[k]!
        count[g]!++
        const wr = w[row]!
        if (!Number.isNaN(wr)) {
          weight[g]! += wr
          knownWeight[g]!++
        }
        const vr = v[row]!
        if (!Number.isNaN(vr)) {
          value[g]! += vr
          knownValue[g]!++
        }
      }
      groupCodes = columns.map((column) => {
        const codes = new Int32Array(size)
        for (let g = 0; g < size; g++) codes[g] = column[groupRows[g]!]!
        return codes
      })
    }
    // Order groups by their keys' ranks: a mixed-radix number over the ranks, packed with the
    // group id into one float so that a native numeric sort does the work.
    const ranks = groupBy.map((key) => this.rankOf(key))
    const rankKey = new Float64Array(size)
    for (let g = 0; g < size; g++) {
      let key = 0
      for (let j = 0; j < columns.length; j++)
        key = key * sizes[j]! + ranks[j]![groupCodes[j]![g]!]!
      rankKey[g] = key
    }
    const order = new Int32Array(size)
    if (cells * size < Number.MAX_SAFE_INTEGER) {
      const packed = new Float64Array(size)
      for (let g = 0; g < size; g++) packed[g] = rankKey[g]! * size + g
      packed.sort()
      for (let i = 0; i < size; i++) order[i] = packed[i]! % size
    } else {
      const groups = Array.from({ length: size }, (_, g) => g)
      groups.sort((a, b) => rankKey[a]! - rankKey[b]!)
      order.set(groups)
    }
    const pick = (xs: Float64Array) => {
      const out = new Float64Array(size)
      for (let i = 0; i < size; i++) out[i] = xs[order[i]!]!
      return out
    }
    return {
      codes: groupCodes.map((codes) => {
        const out = new Int32Array(size)
        for (let i = 0; i < size; i++) out[i] = codes[order[i]!]!
        return out
      }),
      count: pick(count),
      weight: pick(weight),
      knownWeight: pick(knownWeight),
      value: pick(value),
      knownValue: pick(knownValue),
      size,
    }
  }

  // ---------------------------------------------------------------------------------------------
  // reading rows back

  /** The length of a row's derived id (its UTF-8 byte length when the key values are ASCII). */
  #derivedLength(row: number): number {
    const d = this.dictionaries
    const vintage = d.vintage.values[this.vintage[row]!]!.length
    return (
      d.source.values[this.source[row]!]!.length +
      d.reporter.values[this.reporter[row]!]!.length +
      d.partner.values[this.partner[row]!]!.length +
      d.flow.values[this.flow[row]!]!.length +
      d.commodity.values[this.commodity[row]!]!.length +
      d.period.values[this.period[row]!]!.length +
      5 +
      (vintage === 0 ? 0 : vintage + 1)
    )
  }

  /** Whether `id` is the id derived from these codes (checked by length first: no string built). */
  #isDerivedId(
    id: string,
    s: number,
    p: number,
    r: number,
    pa: number,
    f: number,
    c: number,
    v: number,
  ): boolean {
    const d = this.dictionaries
    const vintage = d.vintage.values[v]!.length
    const length =
      d.source.values[s]!.length +
      d.reporter.values[r]!.length +
      d.partner.values[pa]!.length +
      d.flow.values[f]!.length +
      d.commodity.values[c]!.length +
      d.period.values[p]!.length +
      5 +
      (vintage === 0 ? 0 : vintage + 1)
    return id.length === length && id === this.#derivedIdOf(s, p, r, pa, f, c, v)
  }

  #derivedIdOf(
    s: number,
    p: number,
    r: number,
    pa: number,
    f: number,
    c: number,
    v: number,
  ): string {
    const d = this.dictionaries
    const vintage = d.vintage.values[v]!
    const base = `${d.source.values[s]}:${d.reporter.values[r]}:${d.partner.values[pa]}:${d.flow.values[f]}:${d.commodity.values[c]}:${d.period.values[p]}`
    return vintage === "" ? base : `${base}@${vintage}`
  }

  /** The id of a row: explicit, or derived from its natural key. */
  idOf(row: number): string {
    return (
      this.#explicitIdOf(row) ??
      this.#derivedIdOf(
        this.source[row]!,
        this.period[row]!,
        this.reporter[row]!,
        this.partner[row]!,
        this.flow[row]!,
        this.commodity[row]!,
        this.vintage[row]!,
      )
    )
  }

  /** Rebuilds the full TradeFlow record of a row, provenance included. */
  record(row: number): TradeFlow.TradeFlow {
    const d = this.dictionaries
    const hsVersion = d.hsVersion.values[this.hsVersion[row]!]!
    const estimated = this.estimated[row]!
    const vintage = d.vintage.values[this.vintage[row]!]!
    const provenance = d.provenance.values[this.provenance[row]!]!
    const weight = this.weight[row]!
    const value = this.value[row]!
    const record: Record<string, unknown> = {
      id: this.idOf(row),
      period: d.period.values[this.period[row]!]!,
      reporter: d.reporter.values[this.reporter[row]!]!,
      partner: d.partner.values[this.partner[row]!]!,
      flow: d.flow.values[this.flow[row]!]!,
      commodity: d.commodity.values[this.commodity[row]!]!,
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

  /** Approximate bytes held by the columns and indexes (not the dictionaries or explicit ids). */
  columnBytes(): number {
    const arrays = [
      this.period,
      this.reporter,
      this.partner,
      this.flow,
      this.commodity,
      this.source,
      this.vintage,
      this.hsVersion,
      this.provenance,
      this.estimated,
      this.weight,
      this.value,
      this.latest,
    ]
    return arrays.reduce((total, a) => total + a.byteLength, 0) + this.ids.byteSize()
  }

  /** Bytes held by the indexes: the key hash, the query order, period runs, posting lists. */
  indexBytes(): number {
    let bytes = (this.#indexed ? this.#slots.byteLength : 0) + (this.#order?.byteLength ?? 0)
    bytes += this.#periodStarts?.byteLength ?? 0
    for (const postings of this.#postings.values()) {
      bytes += postings.offsets.byteLength + postings.positions.byteLength
    }
    return bytes
  }

  /** Bytes used by the first `length` rows of the row columns (what a perfectly sized table needs). */
  usedBytesPerRow(): number {
    const per = (a: { BYTES_PER_ELEMENT: number }) => a.BYTES_PER_ELEMENT
    return (
      per(this.period) +
      per(this.reporter) +
      per(this.partner) +
      per(this.flow) +
      per(this.commodity) +
      per(this.source) +
      per(this.vintage) +
      per(this.hsVersion) +
      per(this.provenance) +
      per(this.estimated) +
      per(this.weight) +
      per(this.value) +
      per(this.latest)
    )
  }
}
