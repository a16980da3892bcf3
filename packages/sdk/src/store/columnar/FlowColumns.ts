/**
 * The row columns of a columnar trade-flow table: one typed array per column, key columns as
 * dictionary codes whose width (1, 2 or 4 bytes) follows the dictionary's size, NaN for unknown
 * figures (never 0). Columns are replaced (not resized in place) when they grow or widen, so
 * readers hold the `FlowColumns` object, not an array, across writes.
 * @internal
 */
import type { Dictionaries } from "./RowBatch.ts"

/** A column of dictionary codes. @internal */
export type Codes = Uint8Array | Uint16Array | Uint32Array

/** The same codes in an array wide enough for code `needed` (the same array when it is). */
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

/** The key columns of the natural key without vintage, and the vintage. @internal */
export type NaturalKeyColumn =
  | "period"
  | "reporter"
  | "partner"
  | "flow"
  | "commodity"
  | "source"
  | "vintage"

/**
 * A read-only view of the columns, for the parts that read them (index, order, filters,
 * aggregation) and for anything outside the table.
 * @internal
 */
export interface ReadonlyColumns {
  readonly length: number
  readonly period: Readonly<Codes>
  readonly reporter: Readonly<Codes>
  readonly partner: Readonly<Codes>
  readonly flow: Readonly<Codes>
  readonly commodity: Readonly<Codes>
  readonly source: Readonly<Codes>
  readonly vintage: Readonly<Codes>
  readonly hsVersion: Readonly<Codes>
  readonly provenance: Readonly<Codes>
  readonly estimated: Readonly<Uint8Array>
  readonly weight: Readonly<Float64Array>
  readonly value: Readonly<Float64Array>
  readonly latest: Readonly<Uint8Array>
}

/** The row columns; written only by the table that owns them. @internal */
export class FlowColumns implements ReadonlyColumns {
  /** Rows stored, all vintages. */
  length = 0
  capacity = 0
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
  /** 1 when the row is the latest vintage of its key. */
  latest: Uint8Array = new Uint8Array(0)

  /**
   * Grows the columns to hold at least `needed` rows: exactly that on a first load (no slack in
   * a big import), else by half again, so that many small writes stay amortised.
   */
  reserve(needed: number): void {
    if (needed <= this.capacity) return
    const capacity = Math.max(needed, Math.ceil(this.capacity * 1.5), 1024)
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
    this.capacity = capacity
  }

  /** Widens each code column to hold every code of its dictionary. */
  widenTo(d: Dictionaries): void {
    const cap = this.capacity
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

  /** Whether rows `a` and `b` share the natural key without vintage. */
  sameKey(a: number, b: number): boolean {
    return (
      this.period[a] === this.period[b] &&
      this.reporter[a] === this.reporter[b] &&
      this.partner[a] === this.partner[b] &&
      this.commodity[a] === this.commodity[b] &&
      this.flow[a] === this.flow[b] &&
      this.source[a] === this.source[b]
    )
  }

  #arrays(): ReadonlyArray<{ readonly byteLength: number; readonly BYTES_PER_ELEMENT: number }> {
    return [
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
  }

  /** Bytes held by the columns, spare capacity included. */
  byteSize(): number {
    return this.#arrays().reduce((total, a) => total + a.byteLength, 0)
  }

  /** Bytes per row at the columns' current widths. */
  bytesPerRow(): number {
    return this.#arrays().reduce((total, a) => total + a.BYTES_PER_ELEMENT, 0)
  }
}
