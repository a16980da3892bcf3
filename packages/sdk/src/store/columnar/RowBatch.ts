/**
 * A staging area for rows on their way into a columnar table. Rows are appended as dictionary
 * codes and numbers (no object per row); the batch has its own dictionaries, so discarding a
 * batch leaves the table untouched. `FlowTable.commit` applies a batch all at once.
 * @internal
 */
import type * as Source from "@rareearth/core/Source"
import { Dictionary, ObjectDictionary } from "./Dictionary.ts"
import { IdColumn } from "./IdColumn.ts"
import { resized } from "./Resize.ts"

/** The provenance shared by many rows (everything but the vintage, which is part of the key). @internal */
export interface StoredProvenance {
  readonly sources: ReadonlyArray<Source.SourceRef>
  readonly confidence: Source.Confidence
  readonly conflictGroup?: string | undefined
  readonly note?: string | undefined
}

/** `estimated` flag encoding: absent, false, true. @internal */
export const ESTIMATED_ABSENT = 0
/** @internal */
export const ESTIMATED_FALSE = 1
/** @internal */
export const ESTIMATED_TRUE = 2

/** The dictionary-encoded key and attribute columns of a batch or a table. @internal */
export interface Dictionaries {
  readonly period: Dictionary
  readonly reporter: Dictionary
  readonly partner: Dictionary
  readonly flow: Dictionary
  readonly commodity: Dictionary
  readonly source: Dictionary
  /** Code 0 is "" (no vintage). */
  readonly vintage: Dictionary
  /** Code 0 is "" (no HS version). */
  readonly hsVersion: Dictionary
  readonly provenance: ObjectDictionary<StoredProvenance>
}

/** @internal */
export const makeDictionaries = (): Dictionaries => {
  const vintage = new Dictionary()
  vintage.code("")
  const hsVersion = new Dictionary()
  hsVersion.code("")
  return {
    period: new Dictionary(),
    reporter: new Dictionary(),
    partner: new Dictionary(),
    flow: new Dictionary(),
    commodity: new Dictionary(),
    source: new Dictionary(),
    vintage,
    hsVersion,
    provenance: new ObjectDictionary<StoredProvenance>(),
  }
}

/**
 * One row as codes of a batch's (or a table's) dictionaries: what `RowBatch.append` takes. A
 * mutable record, so that a loop over a million rows fills one record instead of allocating one
 * per row.
 * @internal
 */
export interface RowCodes {
  period: number
  reporter: number
  partner: number
  flow: number
  commodity: number
  source: number
  /** Code 0: no vintage. */
  vintage: number
  /** Code 0: no HS version. */
  hsVersion: number
  provenance: number
  /** ESTIMATED_ABSENT, ESTIMATED_FALSE or ESTIMATED_TRUE. */
  estimated: number
  /** Net weight in tonnes; NaN is unknown. */
  weight: number
  /** Value in USD; NaN is unknown. */
  value: number
  /** An explicit id; undefined derives it from the natural key. */
  id: string | undefined
}

/** A row record to fill and reuse (every code 0, figures unknown, no id). @internal */
export const emptyRow = (): RowCodes => ({
  period: 0,
  reporter: 0,
  partner: 0,
  flow: 0,
  commodity: 0,
  source: 0,
  vintage: 0,
  hsVersion: 0,
  provenance: 0,
  estimated: ESTIMATED_ABSENT,
  weight: Number.NaN,
  value: Number.NaN,
  id: undefined,
})

/**
 * A batch as plain data (typed arrays, strings, plain objects) for `postMessage`: a worker of
 * the parallel import sends its batch this way, its buffers transferred, not copied.
 * @internal
 */
export interface RowBatchParts {
  readonly length: number
  readonly keys: ReadonlyArray<KeyCodes>
  /** Source, vintage, HS version, provenance, estimated: an array, or one value for every row. */
  readonly attributes: ReadonlyArray<Uint32Array | Uint8Array | number>
  readonly weight: Float64Array
  readonly value: Float64Array
  readonly idBytes: Uint8Array
  readonly idEnds: Uint32Array
  readonly dictionaries: { readonly [K in keyof Dictionaries]: ReadonlyArray<unknown> }
}

/** The string dictionaries of a batch, in a fixed order. */
const STRING_DICTIONARIES = [
  "period",
  "reporter",
  "partner",
  "flow",
  "commodity",
  "source",
  "vintage",
  "hsVersion",
] as const

/** A key column's codes: 1 byte each until its dictionary passes 256 values, then 2, then 4. @internal */
export type KeyCodes = Uint8Array | Uint16Array | Uint32Array

/** A batch of rows staged for one atomic commit. @internal */
export class RowBatch {
  readonly dictionaries: Dictionaries = makeDictionaries()
  length = 0
  capacity: number
  // Key codes take 1 byte until a dictionary passes 256 values, then 2 until 65,536 (then 4), all
  // five alike: less memory to touch (each fresh page costs a fault) and to copy for the usual
  // batch, whose keys have a few hundred values at most.
  period: KeyCodes
  reporter: KeyCodes
  partner: KeyCodes
  flow: KeyCodes
  commodity: KeyCodes
  /** The largest code the key columns hold at their width. */
  #keyLimit = 0xff
  // Source, vintage, HS version, provenance and the estimated flag are usually the same on every
  // row of a batch: such a column is kept as one value (`#c*`) and becomes an array only when a
  // row differs (or when read), which saves a fifth of a batch's memory and copies.
  #source: Uint32Array | null = null
  #vintage: Uint32Array | null = null
  #hsVersion: Uint32Array | null = null
  #provenance: Uint32Array | null = null
  #estimated: Uint8Array | null = null
  #cSource = 0
  #cVintage = 0
  #cHsVersion = 0
  #cProvenance = 0
  #cEstimated = 0
  /** Net weight in tonnes; NaN is unknown (null), never 0. */
  weight: Float64Array
  /** Value in USD; NaN is unknown (null). */
  value: Float64Array
  /** Explicit record ids (empty: derived from the key). */
  readonly ids: IdColumn = new IdColumn()
  /** An id given as bytes for the next appended row (the file import copies it from the chunk). */
  #nextIdSource: Uint8Array | null = null
  #nextIdStart = 0
  #nextIdEnd = 0

  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity)
    this.period = new Uint8Array(this.capacity)
    this.reporter = new Uint8Array(this.capacity)
    this.partner = new Uint8Array(this.capacity)
    this.flow = new Uint8Array(this.capacity)
    this.commodity = new Uint8Array(this.capacity)
    this.weight = new Float64Array(this.capacity)
    this.value = new Float64Array(this.capacity)
    this.ids.reserveRows(this.capacity)
  }

  /** A constant column as an array of `capacity` values. */
  #filled32(value: number): Uint32Array {
    const column = new Uint32Array(this.capacity)
    if (value !== 0) column.fill(value, 0, this.length)
    return column
  }

  /** Source codes per row. */
  get source(): Uint32Array {
    this.#source ??= this.#filled32(this.#cSource)
    return this.#source
  }

  /** Vintage codes per row. */
  get vintage(): Uint32Array {
    this.#vintage ??= this.#filled32(this.#cVintage)
    return this.#vintage
  }

  /** HS version codes per row. */
  get hsVersion(): Uint32Array {
    this.#hsVersion ??= this.#filled32(this.#cHsVersion)
    return this.#hsVersion
  }

  /** Provenance codes per row. */
  get provenance(): Uint32Array {
    this.#provenance ??= this.#filled32(this.#cProvenance)
    return this.#provenance
  }

  /** `estimated` flags per row (ESTIMATED_*). */
  get estimated(): Uint8Array {
    if (this.#estimated === null) {
      const column = new Uint8Array(this.capacity)
      if (this.#cEstimated !== 0) column.fill(this.#cEstimated, 0, this.length)
      this.#estimated = column
    }
    return this.#estimated
  }

  /**
   * An attribute column as held: its array, or the one code every row has (read without making
   * the array, which a column getter would).
   */
  attribute(name: "source" | "vintage" | "hsVersion" | "provenance"): Uint32Array | number
  attribute(name: "estimated"): Uint8Array | number
  attribute(
    name: "source" | "vintage" | "hsVersion" | "provenance" | "estimated",
  ): Uint32Array | Uint8Array | number {
    switch (name) {
      case "source":
        return this.#source ?? this.#cSource
      case "vintage":
        return this.#vintage ?? this.#cVintage
      case "hsVersion":
        return this.#hsVersion ?? this.#cHsVersion
      case "provenance":
        return this.#provenance ?? this.#cProvenance
      case "estimated":
        return this.#estimated ?? this.#cEstimated
    }
  }

  /** Gives the next appended row an explicit id, as UTF-8 bytes (copied on append). */
  setNextIdBytes(source: Uint8Array, start: number, end: number): void {
    this.#nextIdSource = source
    this.#nextIdStart = start
    this.#nextIdEnd = end
  }

  /** Forgets an id set by `setNextIdBytes` (its row was rejected). */
  clearNextId(): void {
    this.#nextIdSource = null
  }

  /**
   * Appends one row given as codes of this batch's dictionaries (weight and value NaN for
   * unknown). An undefined `id` derives the id from the natural key, unless `setNextIdBytes`
   * gave one. The row is copied: callers reuse one record for every row (see `emptyRow`).
   */
  append(row: RowCodes): void {
    if (this.length === this.capacity) this.#grow()
    const { period, reporter, partner, flow, commodity } = row
    const widest = period | reporter | partner | flow | commodity
    if (widest > this.#keyLimit) this.#widenKeys(widest)
    const at = this.length++
    this.period[at] = period
    this.reporter[at] = reporter
    this.partner[at] = partner
    this.flow[at] = flow
    this.commodity[at] = commodity
    const { source, vintage, hsVersion, provenance, estimated } = row
    if (at === 0) {
      this.#cSource = source
      this.#cVintage = vintage
      this.#cHsVersion = hsVersion
      this.#cProvenance = provenance
      this.#cEstimated = estimated
    }
    if (this.#source !== null) this.#source[at] = source
    else if (source !== this.#cSource) this.source[at] = source
    if (this.#vintage !== null) this.#vintage[at] = vintage
    else if (vintage !== this.#cVintage) this.vintage[at] = vintage
    if (this.#hsVersion !== null) this.#hsVersion[at] = hsVersion
    else if (hsVersion !== this.#cHsVersion) this.hsVersion[at] = hsVersion
    if (this.#provenance !== null) this.#provenance[at] = provenance
    else if (provenance !== this.#cProvenance) this.provenance[at] = provenance
    if (this.#estimated !== null) this.#estimated[at] = estimated
    else if (estimated !== this.#cEstimated) this.estimated[at] = estimated
    this.weight[at] = row.weight
    this.value[at] = row.value
    const id = row.id
    if (id !== undefined) {
      this.ids.pushString(id)
    } else if (this.#nextIdSource !== null) {
      this.ids.pushBytes(this.#nextIdSource, this.#nextIdStart, this.#nextIdEnd)
      this.#nextIdSource = null
    } else {
      this.ids.pushDerived()
    }
  }

  /** The batch as plain data, and the buffers to transfer with it (the batch is unusable after). */
  toParts(): { readonly parts: RowBatchParts; readonly transfer: Array<ArrayBuffer> } {
    const d = this.dictionaries
    const n = this.length
    const keys = [this.period, this.reporter, this.partner, this.flow, this.commodity]
    const attributes = [
      this.#source ?? this.#cSource,
      this.#vintage ?? this.#cVintage,
      this.#hsVersion ?? this.#cHsVersion,
      this.#provenance ?? this.#cProvenance,
      this.#estimated ?? this.#cEstimated,
    ]
    const parts: RowBatchParts = {
      length: n,
      keys,
      attributes,
      weight: this.weight,
      value: this.value,
      idBytes: this.ids.bytes,
      idEnds: this.ids.ends,
      dictionaries: {
        period: d.period.values,
        reporter: d.reporter.values,
        partner: d.partner.values,
        flow: d.flow.values,
        commodity: d.commodity.values,
        source: d.source.values,
        vintage: d.vintage.values,
        hsVersion: d.hsVersion.values,
        provenance: d.provenance.values,
      },
    }
    const transfer: Array<ArrayBuffer> = []
    for (const array of [...keys, ...attributes, this.weight, this.value, this.ids.bytes]) {
      if (typeof array !== "number") transfer.push(array.buffer as ArrayBuffer)
    }
    if (this.ids.ends.byteLength > 0) transfer.push(this.ids.ends.buffer as ArrayBuffer)
    return { parts, transfer }
  }

  /**
   * Appends the rows of another batch (as `toParts` gives them), in order: its dictionary codes
   * are remapped into this batch's dictionaries once per value, so values keep the order in which
   * the rows first gave them, as if all rows had been appended to this batch. Column by column
   * (no record per row): the parallel import merges a million rows this way.
   */
  appendParts(parts: RowBatchParts): void {
    const n = parts.length
    if (n === 0) return
    const d = this.dictionaries
    const remaps = STRING_DICTIONARIES.map((name) =>
      Int32Array.from(parts.dictionaries[name] as ReadonlyArray<string>, (v) => d[name].code(v)),
    )
    const provenance = Int32Array.from(
      parts.dictionaries.provenance as ReadonlyArray<StoredProvenance>,
      (p) => d.provenance.code(p),
    )
    while (this.capacity < this.length + n) this.#grow()
    const keyDictionaries = [d.period, d.reporter, d.partner, d.flow, d.commodity]
    const widest = Math.max(...keyDictionaries.map((dictionary) => dictionary.size - 1))
    if (widest > this.#keyLimit) this.#widenKeys(widest)
    const at = this.length
    const keys = [this.period, this.reporter, this.partner, this.flow, this.commodity]
    keys.forEach((to, k) => {
      const from = parts.keys[k]!
      const remap = remaps[k]!
      for (let i = 0; i < n; i++) to[at + i] = remap[from[i]!]!
    })
    // The attributes: kept as one value while both batches have the same one for every row.
    const remapped = [remaps[5]!, remaps[6]!, remaps[7]!, provenance, null] as const
    const constants = [this.#cSource, this.#cVintage, this.#cHsVersion, this.#cProvenance]
    const columns = [this.#source, this.#vintage, this.#hsVersion, this.#provenance]
    parts.attributes.forEach((from, k) => {
      const remap = remapped[k] ?? null
      const code = (c: number) => (remap === null ? c : remap[c]!)
      const current = k < 4 ? columns[k] : this.#estimated
      const constant = k < 4 ? constants[k]! : this.#cEstimated
      if (typeof from === "number" && current === null && (at === 0 || code(from) === constant)) {
        if (at === 0) this.#setConstant(k, code(from))
        return
      }
      const to = this.#attributeArray(k)
      if (typeof from === "number") to.fill(code(from), at, at + n)
      else for (let i = 0; i < n; i++) to[at + i] = code(from[i]!)
    })
    this.weight.set(parts.weight.subarray(0, n), at)
    this.value.set(parts.value.subarray(0, n), at)
    this.ids.pushRows(parts.idBytes, parts.idEnds, n)
    this.length = at + n
  }

  #setConstant(k: number, code: number): void {
    if (k === 0) this.#cSource = code
    else if (k === 1) this.#cVintage = code
    else if (k === 2) this.#cHsVersion = code
    else if (k === 3) this.#cProvenance = code
    else this.#cEstimated = code
  }

  #attributeArray(k: number): Uint32Array | Uint8Array {
    return k === 0
      ? this.source
      : k === 1
        ? this.vintage
        : k === 2
          ? this.hsVersion
          : k === 3
            ? this.provenance
            : this.estimated
  }

  /** Key code columns wide enough for code `needed`: 2 bytes, or 4 past 65,535. */
  #widenKeys(needed: number): void {
    const Kind = needed > 0xffff ? Uint32Array : Uint16Array
    const widen = (codes: KeyCodes): KeyCodes =>
      resized<KeyCodes, KeyCodes>(codes, this.capacity, this.length, Kind)
    this.period = widen(this.period)
    this.reporter = widen(this.reporter)
    this.partner = widen(this.partner)
    this.flow = widen(this.flow)
    this.commodity = widen(this.commodity)
    this.#keyLimit = needed > 0xffff ? 0xffffffff : 0xffff
  }

  #grow(): void {
    const capacity = this.capacity * 2
    const n = this.length
    this.period = resized(this.period, capacity, n)
    this.reporter = resized(this.reporter, capacity, n)
    this.partner = resized(this.partner, capacity, n)
    this.flow = resized(this.flow, capacity, n)
    this.commodity = resized(this.commodity, capacity, n)
    if (this.#source !== null) this.#source = resized(this.#source, capacity, n)
    if (this.#vintage !== null) this.#vintage = resized(this.#vintage, capacity, n)
    if (this.#hsVersion !== null) this.#hsVersion = resized(this.#hsVersion, capacity, n)
    if (this.#provenance !== null) this.#provenance = resized(this.#provenance, capacity, n)
    if (this.#estimated !== null) this.#estimated = resized(this.#estimated, capacity, n)
    this.ids.reserveRows(capacity)
    this.weight = resized(this.weight, capacity, n)
    this.value = resized(this.value, capacity, n)
    this.capacity = capacity
  }
}
