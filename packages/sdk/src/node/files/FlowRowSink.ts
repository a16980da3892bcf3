/**
 * Validates the values of a file's rows straight into a RowBatch's columns, with core's parsers
 * and schemas as the single source of truth, and without building an object per row:
 * - key values (period, countries, flow, commodity, vintage) are validated once per distinct
 *   value, then found in a cache: a 1M-row file with 120 months and 200 partners runs core's
 *   parsers a few hundred times;
 * - figures are checked with a predicate derived from the TradeFlow schema (its `minValue`);
 *   a failing figure is re-checked by the schema itself for the error message, once per distinct
 *   value (the reason is cached, as a file repeats its bad figures).
 * Every problem becomes a RejectedRow naming the file, line, column, value and reason.
 * @internal
 */
import { Commodity, Country, Period, Source, TradeFlow } from "@rareearth/core"
import type { z } from "zod"
import type { RejectedRow } from "../../errors.ts"
import { canonicalJson, type Dictionary } from "../../store/columnar/Dictionary.ts"
import {
  ESTIMATED_ABSENT,
  ESTIMATED_FALSE,
  ESTIMATED_TRUE,
  type RowBatch,
  type StoredProvenance,
} from "../../store/columnar/RowBatch.ts"
import { sameShallow } from "../../store/columnar/stage.ts"
import {
  type FieldSource,
  KEY_FIELDS,
  type KeyField,
  OPTIONAL_FIELDS,
  type ResolvedMapping,
} from "./ColumnMapping.ts"
import type { CsvRowView } from "./CsvRows.ts"
import { FileProblem } from "./TextInput.ts"

const shape = TradeFlow.TradeFlow.shape

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

const issuesText = (error: z.ZodError): string =>
  error.issues.map((issue) => issue.message).join("; ")

const DIGITS = /^\d+$/
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const UNKNOWN_MARKERS = new Set(["", "null", "na", "n/a"])

const FLOW_ALIASES: Readonly<Record<string, string>> = {
  x: "export",
  m: "import",
  rx: "re_export",
  rm: "re_import",
  "re-export": "re_export",
  "re-import": "re_import",
  "re export": "re_export",
  "re import": "re_import",
  exports: "export",
  imports: "import",
}

/** Normalises a raw key value to its canonical form, or throws with a reason. */
type Normalise = (raw: string) => string

const checked =
  (schema: z.ZodType, normalise: Normalise): Normalise =>
  (raw) => {
    const value = normalise(raw)
    const result = schema.safeParse(value)
    if (!result.success) throw new Error(`${JSON.stringify(value)}: ${issuesText(result.error)}`)
    return value
  }

const NORMALISERS: Readonly<Record<KeyField | "vintage", Normalise>> = {
  period: checked(shape.period, (raw) => Period.parse(raw.trim())),
  reporter: checked(shape.reporter, (raw) => {
    const text = raw.trim()
    if (DIGITS.test(text)) {
      const area = Country.fromComtradeCode(Number(text))
      if (!/^[A-Z]{2}$/.test(area)) {
        throw new Error(
          `UN Comtrade code ${text} is ${area}, an area, not a country: a reporter must be a country`,
        )
      }
      return area
    }
    return Country.parseCountryCode(text)
  }),
  partner: checked(shape.partner, (raw) => {
    const text = raw.trim()
    return DIGITS.test(text) ? Country.fromComtradeCode(Number(text)) : Country.parseTradeArea(text)
  }),
  flow: checked(shape.flow, (raw) => {
    const text = raw.trim().toLowerCase()
    const flow = FLOW_ALIASES[text] ?? text
    if (!shape.flow.safeParse(flow).success) {
      throw new Error(
        `Unknown flow ${JSON.stringify(raw)}: expected one of ${shape.flow.options.join(", ")} (or Comtrade's X, M, RX, RM)`,
      )
    }
    return flow
  }),
  commodity: checked(shape.commodity, (raw) => Commodity.parse(raw)),
  vintage: checked(shape.vintage, (raw) => raw.trim()),
}

/** A key column whose values are validated once per distinct raw value. */
class CachedKey {
  readonly #codes = new Map<string, number>()
  readonly #reasons = new Map<string, string>()
  readonly #dictionary: Dictionary
  readonly #normalise: Normalise

  constructor(dictionary: Dictionary, normalise: Normalise) {
    this.#dictionary = dictionary
    this.#normalise = normalise
  }

  #lastRaw: string | undefined = undefined
  #lastCode = -1

  /** The batch code of `raw`, or -1 (then `reason(raw)` says why). */
  code(raw: string): number {
    // Files repeat keys row after row (same month, same reporter): skip the hash lookup then.
    if (raw === this.#lastRaw) return this.#lastCode
    const cached = this.#codes.get(raw)
    if (cached !== undefined) {
      this.#lastRaw = raw
      this.#lastCode = cached
      return cached
    }
    let code = -1
    try {
      code = this.#dictionary.code(this.#normalise(raw))
    } catch (error) {
      this.#reasons.set(raw, messageOf(error))
    }
    this.#codes.set(raw, code)
    this.#lastRaw = raw
    this.#lastCode = code
    return code
  }

  reason(raw: string): string {
    return this.#reasons.get(raw) ?? "invalid value"
  }

  // An open-addressing table keyed by the bytes of a field, so that a known value is found
  // without decoding it (no string per row and field); only new values are decoded.
  #slotBytes: Array<Uint8Array | undefined> = new Array(64)
  #slotCode: Int32Array = new Int32Array(64)
  #slotCount = 0
  #lastBytes: Uint8Array | undefined = undefined
  #lastBytesCode = -1

  /** The batch code of the UTF-8 value `bytes[start, end)`, or -1 (see `reasonAt`). */
  codeAt(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start
    const last = this.#lastBytes
    if (last !== undefined && last.length === length && sameBytes(bytes, start, last)) {
      return this.#lastBytesCode
    }
    let hash = 0x811c9dc5
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
    const slots = this.#slotBytes
    const mask = slots.length - 1
    let slot = hash & mask
    for (;;) {
      const known = slots[slot]
      if (known === undefined) break
      if (known.length === length && sameBytes(bytes, start, known)) {
        this.#lastBytes = known
        this.#lastBytesCode = this.#slotCode[slot]!
        return this.#lastBytesCode
      }
      slot = (slot + 1) & mask
    }
    // A copy (Buffer#slice would share the chunk's memory, which the next chunk reuses).
    const copy = Uint8Array.prototype.slice.call(bytes, start, end)
    const code = this.code(utf8.decode(copy))
    slots[slot] = copy
    this.#slotCode[slot] = code
    this.#lastBytes = copy
    this.#lastBytesCode = code
    if (++this.#slotCount * 2 > slots.length) this.#growSlots()
    return code
  }

  #growSlots(): void {
    const oldSlots = this.#slotBytes
    const oldCodes = this.#slotCode
    const slots: Array<Uint8Array | undefined> = new Array(oldSlots.length * 2)
    const codes = new Int32Array(oldSlots.length * 2)
    const mask = slots.length - 1
    oldSlots.forEach((known, i) => {
      if (known === undefined) return
      let hash = 0x811c9dc5
      for (let k = 0; k < known.length; k++) hash = Math.imul(hash ^ known[k]!, 0x01000193)
      let slot = hash & mask
      while (slots[slot] !== undefined) slot = (slot + 1) & mask
      slots[slot] = known
      codes[slot] = oldCodes[i]!
    })
    this.#slotBytes = slots
    this.#slotCode = codes
  }
}

const utf8 = new TextDecoder("utf-8")

/** Whether `bytes` holds `value` at `start` (the caller checked the lengths). */
const sameBytes = (bytes: Uint8Array, start: number, value: Uint8Array): boolean => {
  for (let i = 0; i < value.length; i++) {
    if (bytes[start + i] !== value[i]) return false
  }
  return true
}

/** Whether a non-empty string starts and ends with a printable ASCII character (trim keeps it). */
const plainEnds = (text: string): boolean => {
  if (text.length === 0) return false
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(text.length - 1)
  return first > 32 && first < 127 && last > 32 && last < 127
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k)

/**
 * Parses a plain decimal (`1234`, `12.5`, `+.5`) of at most 15 significant digits from
 * `bytes[start, end)` without decoding it: m / 10^k of two exact doubles is correctly rounded,
 * so the result equals Number(). Returns -1 for anything else (signs, exponents, spaces,
 * markers): the caller then takes the general path.
 */
const plainDecimalAt = (bytes: Uint8Array, start: number, end: number): number => {
  let i = start
  if (bytes[i] === 43) i++
  let mantissa = 0
  let digits = 0
  let point = -1
  for (; i < end; i++) {
    const c = bytes[i]!
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48)
      digits++
    } else if (c === 46 && point < 0) {
      point = i
    } else {
      return -1
    }
  }
  if (digits === 0 || digits > 15) return -1
  const decimals = point < 0 ? 0 : end - point - 1
  return decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals]!
}

/** A mapped field of a JSON record. */
const read = (record: Record<string, unknown>, source: FieldSource): unknown =>
  source.kind === "column" ? record[source.column] : undefined

/** An optional mapped field of a JSON record. */
const readOptional = (
  record: Record<string, unknown>,
  mapping: ResolvedMapping,
  field: (typeof OPTIONAL_FIELDS)[number],
): unknown => {
  const ref = mapping.optional[field]
  return ref === null ? undefined : record[ref.column]
}

/** What the sink needs to know about the rows' provenance. @internal */
export interface SinkProvenance {
  readonly provenance: StoredProvenance
  /** Vintage of every row unless a vintage column says otherwise. */
  readonly vintage?: string | undefined
}

/** @internal */
export class FlowRowSink {
  readonly #file: string
  readonly #batch: RowBatch
  readonly #mapping: ResolvedMapping
  readonly #onReject: (row: RejectedRow) => void
  readonly #keys: Record<KeyField, CachedKey>
  readonly #vintageKey: CachedKey
  readonly #hsVersionKey: CachedKey
  readonly #defaultProvenance: number
  readonly #defaultSource: number
  readonly #defaultVintage: number
  readonly #weightDivisor: number
  readonly #weightMin: number
  readonly #valueMin: number
  readonly #rowProvenance = new Map<string, { code: number; source: number } | string>()
  /** Reasons already found for invalid figures, per value (see `#figureReason`). */
  readonly #weightReasons = new Map<number, string>()
  readonly #valueReasons = new Map<number, string>()
  /** The column each field is reported under (see `#columnName`), per field. */
  readonly #columnNames = new Map<string, string>()
  /** Where the fast record path reads each field (null: no fast path, the mapping has constants). */
  readonly #fast: {
    readonly period: string
    readonly reporter: string
    readonly partner: string
    readonly flow: string
    readonly commodity: string
    readonly weight: string | null
    readonly value: string | null
    readonly vintage: string | null
    readonly hsVersion: string | null
    readonly estimated: string | null
    readonly id: string | null
  } | null

  /** Column indexes (CSV) per field; -1 when absent or constant. */
  #index: Record<string, number> = {}
  #headerLength = 0
  /** Per-row scratch: the first problem of each field. */
  #problems: Array<RejectedRow> = []
  accepted = 0
  rejectedRows = 0

  constructor(options: {
    readonly file: string
    readonly batch: RowBatch
    readonly mapping: ResolvedMapping
    readonly provenance: SinkProvenance
    readonly onReject: (row: RejectedRow) => void
  }) {
    this.#file = options.file
    this.#batch = options.batch
    this.#mapping = options.mapping
    this.#onReject = options.onReject
    const d = options.batch.dictionaries
    this.#keys = {
      period: new CachedKey(d.period, NORMALISERS.period),
      reporter: new CachedKey(d.reporter, NORMALISERS.reporter),
      partner: new CachedKey(d.partner, NORMALISERS.partner),
      flow: new CachedKey(d.flow, NORMALISERS.flow),
      commodity: new CachedKey(d.commodity, NORMALISERS.commodity),
    }
    this.#vintageKey = new CachedKey(d.vintage, NORMALISERS.vintage)
    this.#hsVersionKey = new CachedKey(d.hsVersion, (raw) => raw.trim())
    this.#defaultProvenance = d.provenance.code(options.provenance.provenance)
    this.#defaultSource = d.source.code(options.provenance.provenance.sources[0]!.id)
    this.#defaultVintage = d.vintage.code(options.provenance.vintage ?? "")
    this.#weightDivisor = options.mapping.weightUnit === "kg" ? 1000 : 1
    // The figure checks are derived from core's schema: its lower bounds (0: no negative figures).
    this.#weightMin = shape.netWeightTonnes.unwrap().minValue ?? Number.NEGATIVE_INFINITY
    this.#valueMin = shape.valueUsd.unwrap().minValue ?? Number.NEGATIVE_INFINITY
    const m = options.mapping
    const column = (source: FieldSource): string | null =>
      source.kind === "column" ? source.column : null
    const keyColumns = KEY_FIELDS.map((field) => column(m.keys[field]))
    this.#fast =
      keyColumns.every((name) => name !== null) &&
      m.netWeight.kind !== "constant" &&
      m.valueUsd.kind !== "constant"
        ? {
            period: keyColumns[0]!,
            reporter: keyColumns[1]!,
            partner: keyColumns[2]!,
            flow: keyColumns[3]!,
            commodity: keyColumns[4]!,
            weight: column(m.netWeight),
            value: column(m.valueUsd),
            vintage: m.optional.vintage?.column ?? null,
            hsVersion: m.optional.hsVersion?.column ?? null,
            estimated: m.optional.estimated?.column ?? null,
            id: m.optional.id?.column ?? null,
          }
        : null
  }

  /**
   * Binds a CSV header: finds every mapped column. Throws FileProblem naming a missing column and
   * listing the header's columns.
   */
  bindHeader(header: ReadonlyArray<string>): void {
    const names = header.map((name) => name.trim())
    this.#headerLength = names.length
    const seen = new Map<string, number>()
    names.forEach((name, i) => {
      if (!seen.has(name)) seen.set(name, i)
    })
    const require = (field: string, source: FieldSource, hint: string): number => {
      if (source.kind !== "column") return -1
      const i = seen.get(source.column)
      if (i === undefined) {
        throw new FileProblem(
          `Missing column "${source.column}" (mapped to ${field}) in the header at line 1; the header has: ${names.map((n) => JSON.stringify(n)).join(", ")}. ${hint}`,
          1,
          source.column,
        )
      }
      return i
    }
    const index: Record<string, number> = {}
    for (const field of KEY_FIELDS) {
      index[field] = require(field, this.#mapping.keys[
        field
      ], `Set mapping.${field} to the column that holds it, or to { value: "..." } for a constant.`)
    }
    index.netWeight = require("netWeight", this.#mapping
      .netWeight, "Set mapping.netWeight to the weight column, or to null if the file has no weights.")
    index.valueUsd = require("valueUsd", this.#mapping
      .valueUsd, "Set mapping.valueUsd to the value column, or to null if the file has no values.")
    for (const field of OPTIONAL_FIELDS) {
      const ref = this.#mapping.optional[field]
      if (ref === null) {
        index[field] = -1
        continue
      }
      const i = seen.get(ref.column)
      if (i === undefined && ref.required) {
        throw new FileProblem(
          `Missing column "${ref.column}" (mapped to ${field}) in the header at line 1; the header has: ${names.map((n) => JSON.stringify(n)).join(", ")}.`,
          1,
          ref.column,
        )
      }
      index[field] = i ?? -1
    }
    this.#index = index
  }

  #columnName(field: string): string {
    if (field === "netWeight" || field === "valueUsd") {
      const source = field === "netWeight" ? this.#mapping.netWeight : this.#mapping.valueUsd
      return source.kind === "column" ? source.column : field
    }
    if ((KEY_FIELDS as ReadonlyArray<string>).includes(field)) {
      const source = this.#mapping.keys[field as KeyField]
      return source.kind === "column" ? source.column : field
    }
    return this.#mapping.optional[field as (typeof OPTIONAL_FIELDS)[number]]?.column ?? field
  }

  #problem(line: number, field: string, value: unknown, reason: string): void {
    let column = this.#columnNames.get(field)
    if (column === undefined) {
      column = this.#columnName(field)
      this.#columnNames.set(field, column)
    }
    this.#problems.push({
      file: this.#file,
      line,
      column,
      value:
        value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value),
      reason,
    })
  }

  #key(field: KeyField, raw: unknown, line: number): number {
    const source = this.#mapping.keys[field]
    const value = source.kind === "constant" ? source.value : raw
    if (typeof value === "string") {
      const key = this.#keys[field]
      const code = key.code(value)
      if (code < 0) this.#problem(line, field, value, key.reason(value))
      return code
    }
    if (typeof value === "number") return this.#key(field, String(value), line)
    this.#problem(
      line,
      field,
      value,
      value === undefined || value === null
        ? `missing ${field}`
        : `expected a string, found ${typeof value}`,
    )
    return -1
  }

  /** NaN = unknown; undefined = invalid (a problem was recorded). */
  #figure(field: "netWeight" | "valueUsd", raw: unknown, line: number): number | undefined {
    let x: number
    if (typeof raw === "number") {
      x = raw
    } else if (raw === null || raw === undefined) {
      return Number.NaN
    } else if (typeof raw === "string") {
      const text =
        raw.length <= 4 && UNKNOWN_MARKERS.has(raw.trim().toLowerCase()) ? "" : raw.trim()
      if (text === "") return Number.NaN
      x = Number(text)
      // Number() also reads hex/binary/octal ("0x1F") and "Infinity": only plain decimals pass.
      const second = text.length > 1 ? text.charCodeAt(1) | 32 : 0
      if (
        Number.isNaN(x) ||
        second === 120 ||
        second === 98 ||
        second === 111 ||
        (!Number.isFinite(x) && !DECIMAL.test(text))
      ) {
        this.#problem(
          line,
          field,
          raw,
          `not a number: expected a decimal number such as 1234.5 (no thousands separators), or an empty cell for unknown`,
        )
        return undefined
      }
    } else {
      this.#problem(line, field, raw, `expected a number, found ${typeof raw}`)
      return undefined
    }
    const min = field === "netWeight" ? this.#weightMin : this.#valueMin
    if (!Number.isFinite(x) || x < min) {
      this.#problem(line, field, raw, this.#figureReason(field, x))
      return undefined
    }
    return field === "netWeight" ? x / this.#weightDivisor : x
  }

  /**
   * Why figure `x` fails the schema (the schema's own message): once per distinct field and
   * value, as a file's bad figures repeat (a zod error per row would cost more than the row).
   */
  #figureReason(field: "netWeight" | "valueUsd", x: number): string {
    const reasons = field === "netWeight" ? this.#weightReasons : this.#valueReasons
    let reason = reasons.get(x)
    if (reason === undefined) {
      const schema = field === "netWeight" ? shape.netWeightTonnes : shape.valueUsd
      const result = schema.safeParse(x)
      const what = field === "netWeight" ? "weight" : "value"
      reason =
        x < 0
          ? `negative ${what}: ${result.success ? "must be >= 0" : issuesText(result.error)}`
          : `${what} must be a finite number`
      if (reasons.size < 4096) reasons.set(x, reason)
    }
    return reason
  }

  #estimated(raw: unknown, line: number): number {
    if (raw === undefined || raw === null) return ESTIMATED_ABSENT
    if (typeof raw === "boolean") return raw ? ESTIMATED_TRUE : ESTIMATED_FALSE
    const text = String(raw).trim().toLowerCase()
    if (text === "") return ESTIMATED_ABSENT
    if (text === "true" || text === "1" || text === "yes" || text === "y") return ESTIMATED_TRUE
    if (text === "false" || text === "0" || text === "no" || text === "n") return ESTIMATED_FALSE
    this.#problem(line, "estimated", raw, "expected true/false (or 1/0, yes/no), or empty")
    return -1
  }

  #optionalString(
    field: "id" | "hsVersion",
    raw: unknown,
    line: number,
  ): string | undefined | null {
    if (raw === undefined || raw === null) return undefined
    if (typeof raw !== "string" && typeof raw !== "number") {
      this.#problem(line, field, raw, `expected a string, found ${typeof raw}`)
      return null
    }
    const text = String(raw).trim()
    return text === "" ? undefined : text
  }

  #vintage(raw: unknown, line: number): number {
    if (raw === undefined || raw === null) return this.#defaultVintage
    if (typeof raw !== "string") {
      this.#problem(line, "vintage", raw, "expected a date YYYY-MM-DD")
      return -1
    }
    if (raw.trim() === "") return this.#defaultVintage
    const code = this.#vintageKey.code(raw)
    if (code < 0) this.#problem(line, "vintage", raw, this.#vintageKey.reason(raw))
    return code
  }

  #finish(
    period: number,
    reporter: number,
    partner: number,
    flow: number,
    commodity: number,
    source: number,
    vintage: number,
    hsVersion: number,
    provenance: number,
    estimated: number,
    weight: number | undefined,
    value: number | undefined,
    id: string | undefined | null,
  ): boolean {
    if (this.#problems.length > 0) {
      this.#batch.clearNextId()
      for (const problem of this.#problems) this.#onReject(problem)
      this.#problems = []
      this.rejectedRows++
      return false
    }
    this.#batch.append(
      period,
      reporter,
      partner,
      flow,
      commodity,
      source,
      vintage,
      hsVersion,
      provenance,
      estimated,
      weight!,
      value!,
      id ?? undefined,
    )
    this.accepted++
    return true
  }

  #keyAt(field: KeyField, view: CsvRowView, index: number): number {
    if (index < 0) return this.#key(field, undefined, view.line)
    const key = this.#keys[field]
    const code = key.codeAt(view.bytes, view.starts[index]!, view.ends[index]!)
    if (code < 0) {
      const raw = view.field(index)
      this.#problem(view.line, field, raw, key.reason(raw))
    }
    return code
  }

  #figureAt(field: "netWeight" | "valueUsd", view: CsvRowView, index: number): number | undefined {
    const start = view.starts[index]!
    const end = view.ends[index]!
    if (start === end) return Number.NaN
    const x = plainDecimalAt(view.bytes, start, end)
    if (x < 0) return this.#figure(field, view.field(index), view.line)
    return field === "netWeight" ? x / this.#weightDivisor : x
  }

  /** A vintage cell: empty is the import's vintage (or none). */
  #vintageAt(view: CsvRowView, index: number): number {
    const start = view.starts[index]!
    const end = view.ends[index]!
    if (start === end) return this.#defaultVintage
    const code = this.#vintageKey.codeAt(view.bytes, start, end)
    if (code < 0) {
      const raw = view.field(index)
      this.#problem(view.line, "vintage", raw, this.#vintageKey.reason(raw))
    }
    return code
  }

  /**
   * An id cell: its bytes go straight to the batch (no string per row); a cell with surrounding
   * spaces is trimmed as a string.
   */
  #idAt(view: CsvRowView, index: number): string | undefined {
    const bytes = view.bytes
    const start = view.starts[index]!
    const end = view.ends[index]!
    if (start === end) return undefined
    if (
      bytes[start] === 32 ||
      bytes[end - 1] === 32 ||
      bytes[start] === 9 ||
      bytes[end - 1] === 9
    ) {
      const text = view.field(index).trim()
      return text === "" ? undefined : text
    }
    this.#batch.setNextIdBytes(bytes, start, end)
    return undefined
  }

  /** Validates one CSV row into the batch; returns false when the row was rejected. */
  acceptRow(view: CsvRowView): boolean {
    const line = view.line
    if (view.count !== this.#headerLength) {
      this.#onReject({
        file: this.#file,
        line,
        value: view.fields().join(",").slice(0, 200),
        reason: `wrong number of columns: expected ${this.#headerLength} (as in the header at line 1), found ${view.count}`,
      })
      this.rejectedRows++
      return false
    }
    const ix = this.#index
    const period = this.#keyAt("period", view, ix.period!)
    const reporter = this.#keyAt("reporter", view, ix.reporter!)
    const partner = this.#keyAt("partner", view, ix.partner!)
    const flow = this.#keyAt("flow", view, ix.flow!)
    const commodity = this.#keyAt("commodity", view, ix.commodity!)
    const weight = ix.netWeight! < 0 ? Number.NaN : this.#figureAt("netWeight", view, ix.netWeight!)
    const value = ix.valueUsd! < 0 ? Number.NaN : this.#figureAt("valueUsd", view, ix.valueUsd!)
    const hsVersion =
      ix.hsVersion! < 0 || view.starts[ix.hsVersion!] === view.ends[ix.hsVersion!]
        ? 0
        : this.#hsVersionKey.codeAt(
            view.bytes,
            view.starts[ix.hsVersion!]!,
            view.ends[ix.hsVersion!]!,
          )
    return this.#finish(
      period,
      reporter,
      partner,
      flow,
      commodity,
      this.#defaultSource,
      ix.vintage! < 0 ? this.#defaultVintage : this.#vintageAt(view, ix.vintage!),
      hsVersion,
      this.#defaultProvenance,
      ix.estimated! < 0 ? ESTIMATED_ABSENT : this.#estimated(view.field(ix.estimated!), line),
      weight,
      value,
      ix.id! < 0 ? undefined : this.#idAt(view, ix.id!),
    )
  }

  /**
   * Validates one JSON record into the batch. A record carrying its own provenance (`sources`,
   * `confidence`: our export format) keeps it; otherwise the import's provenance applies.
   */
  acceptRecord(record: unknown, line: number): boolean {
    if (
      this.#fast !== null &&
      typeof record === "object" &&
      record !== null &&
      !Array.isArray(record) &&
      this.#acceptRecordFast(record as Record<string, unknown>)
    ) {
      return true
    }
    return this.#acceptRecordGeneral(record, line)
  }

  /**
   * The usual record, without a problem: every field read once and looked up in the caches, no
   * side effect until the row is appended. Returns false (nothing appended) for anything it does
   * not handle, then the general path validates the record and says what is wrong.
   */
  #acceptRecordFast(r: Record<string, unknown>): boolean {
    const f = this.#fast!
    const k = this.#keys
    const rawPeriod = r[f.period]
    const rawReporter = r[f.reporter]
    const rawPartner = r[f.partner]
    const rawFlow = r[f.flow]
    const rawCommodity = r[f.commodity]
    if (
      typeof rawPeriod !== "string" ||
      typeof rawReporter !== "string" ||
      typeof rawPartner !== "string" ||
      typeof rawFlow !== "string" ||
      typeof rawCommodity !== "string"
    ) {
      return false
    }
    const period = k.period.code(rawPeriod)
    const reporter = k.reporter.code(rawReporter)
    const partner = k.partner.code(rawPartner)
    const flow = k.flow.code(rawFlow)
    const commodity = k.commodity.code(rawCommodity)
    if ((period | reporter | partner | flow | commodity) < 0) return false
    let weight = Number.NaN
    if (f.weight !== null) {
      const x = r[f.weight]
      if (typeof x === "number") {
        if (!(Number.isFinite(x) && x >= this.#weightMin)) return false
        weight = x / this.#weightDivisor
      } else if (x !== null && x !== undefined) {
        return false
      }
    }
    let value = Number.NaN
    if (f.value !== null) {
      const x = r[f.value]
      if (typeof x === "number") {
        if (!(Number.isFinite(x) && x >= this.#valueMin)) return false
        value = x
      } else if (x !== null && x !== undefined) {
        return false
      }
    }
    let vintage = this.#defaultVintage
    if (f.vintage !== null) {
      const raw = r[f.vintage]
      if (typeof raw === "string") {
        if (!plainEnds(raw)) return false
        vintage = this.#vintageKey.code(raw)
        if (vintage < 0) return false
      } else if (raw !== null && raw !== undefined) {
        return false
      }
    }
    if (f.hsVersion !== null) {
      const raw = r[f.hsVersion]
      if (raw !== null && raw !== undefined) return false
    }
    let estimated = ESTIMATED_ABSENT
    if (f.estimated !== null) {
      const raw = r[f.estimated]
      if (typeof raw === "boolean") estimated = raw ? ESTIMATED_TRUE : ESTIMATED_FALSE
      else if (raw !== null && raw !== undefined) return false
    }
    let id: string | undefined
    if (f.id !== null) {
      const raw = r[f.id]
      if (typeof raw === "string") {
        if (!plainEnds(raw)) return false
        id = raw
      } else if (raw !== null && raw !== undefined) {
        return false
      }
    }
    let provenance = this.#defaultProvenance
    let source = this.#defaultSource
    if (r.sources !== undefined || r.confidence !== undefined) {
      const last = this.#lastOwn
      if (
        last === null ||
        !sameShallow(last.sources, r.sources) ||
        !sameShallow(last.confidence, r.confidence) ||
        last.conflictGroup !== r.conflictGroup ||
        last.note !== r.note
      ) {
        return false
      }
      provenance = last.result.code
      source = last.result.source
    }
    this.#batch.append(
      period,
      reporter,
      partner,
      flow,
      commodity,
      source,
      vintage,
      0,
      provenance,
      estimated,
      weight,
      value,
      id,
    )
    this.accepted++
    return true
  }

  #acceptRecordGeneral(record: unknown, line: number): boolean {
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      this.#onReject({
        file: this.#file,
        line,
        value: JSON.stringify(record)?.slice(0, 200),
        reason: `expected a JSON object (one trade flow), found ${Array.isArray(record) ? "an array" : record === null ? "null" : typeof record}`,
      })
      this.rejectedRows++
      return false
    }
    const r = record as Record<string, unknown>
    const m = this.#mapping
    let provenance = this.#defaultProvenance
    let source = this.#defaultSource
    if (r.sources !== undefined || r.confidence !== undefined) {
      const own = this.#ownProvenance(r, line)
      if (own !== undefined) {
        provenance = own.code
        source = own.source
      }
    }
    const d = this.#batch.dictionaries
    const hsVersion = this.#optionalString("hsVersion", readOptional(r, m, "hsVersion"), line)
    return this.#finish(
      this.#key("period", read(r, m.keys.period), line),
      this.#key("reporter", read(r, m.keys.reporter), line),
      this.#key("partner", read(r, m.keys.partner), line),
      this.#key("flow", read(r, m.keys.flow), line),
      this.#key("commodity", read(r, m.keys.commodity), line),
      source,
      this.#vintage(readOptional(r, m, "vintage"), line),
      typeof hsVersion === "string" ? d.hsVersion.code(hsVersion) : 0,
      provenance,
      this.#estimated(readOptional(r, m, "estimated"), line),
      m.netWeight.kind === "absent"
        ? Number.NaN
        : this.#figure("netWeight", read(r, m.netWeight), line),
      m.valueUsd.kind === "absent"
        ? Number.NaN
        : this.#figure("valueUsd", read(r, m.valueUsd), line),
      this.#optionalString("id", readOptional(r, m, "id"), line),
    )
  }

  /** The last provenance seen, by identity: records built in memory often share these objects. */
  #lastOwn: {
    sources: unknown
    confidence: unknown
    conflictGroup: unknown
    note: unknown
    result: { code: number; source: number }
  } | null = null

  #ownProvenance(
    r: Record<string, unknown>,
    line: number,
  ): { code: number; source: number } | undefined {
    const last = this.#lastOwn
    if (
      last !== null &&
      sameShallow(last.sources, r.sources) &&
      sameShallow(last.confidence, r.confidence) &&
      last.conflictGroup === r.conflictGroup &&
      last.note === r.note
    ) {
      return last.result
    }
    const result = this.#ownProvenanceSlow(r, line)
    if (result !== undefined) {
      this.#lastOwn = {
        sources: r.sources,
        confidence: r.confidence,
        conflictGroup: r.conflictGroup,
        note: r.note,
        result,
      }
    }
    return result
  }

  #ownProvenanceSlow(
    r: Record<string, unknown>,
    line: number,
  ): { code: number; source: number } | undefined {
    const candidate = {
      sources: r.sources,
      confidence: r.confidence,
      ...(r.conflictGroup !== undefined ? { conflictGroup: r.conflictGroup } : {}),
      ...(r.note !== undefined ? { note: r.note } : {}),
    }
    const key = canonicalJson(candidate)
    let cached = this.#rowProvenance.get(key)
    if (cached === undefined) {
      const parsed = Source.Provenance.omit({ vintage: true }).safeParse(candidate)
      if (parsed.success) {
        const d = this.#batch.dictionaries
        const value = parsed.data as StoredProvenance
        cached = { code: d.provenance.code(value), source: d.source.code(value.sources[0]!.id) }
      } else {
        cached = parsed.error.issues
          .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
          .join("; ")
      }
      this.#rowProvenance.set(key, cached)
    }
    if (typeof cached === "string") {
      this.#problems.push({
        file: this.#file,
        line,
        column: "sources",
        reason: `invalid provenance: ${cached}`,
      })
      return undefined
    }
    return cached
  }
}
