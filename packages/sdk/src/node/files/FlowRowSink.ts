/**
 * Validates the rows of an import file straight into a RowBatch's columns, with core's parsers
 * and schemas as the single source of truth, and without building an object per row. One
 * validation path for every format: each field is read from the current row (a CSV row as byte
 * offsets, or a parsed JSON record), then checked by the same rule:
 * - key values (period, countries, flow, commodity, vintage) through a `CachedKey`, validated
 *   once per distinct value (a CSV cell is looked up by its bytes, without decoding it);
 * - figures through a `FigureRule` derived from the TradeFlow schema (plain decimals are read
 *   from the bytes of a CSV cell);
 * - a JSON record's own provenance (`sources`, `confidence`: our export format) with core's
 *   Provenance schema, once per distinct provenance.
 * Every problem becomes a RejectedRow naming the file, line, column, value and reason.
 * @internal
 */
import type { RejectedRow } from "../../Errors.ts"
import { LastProvenance } from "../../store/columnar/LastProvenance.ts"
import {
  ESTIMATED_ABSENT,
  ESTIMATED_FALSE,
  ESTIMATED_TRUE,
  emptyRow,
  RowBatch,
  type RowCodes,
  type StoredProvenance,
} from "../../store/columnar/RowBatch.ts"
import { CachedKey, NORMALISERS } from "./CachedKey.ts"
import {
  type FieldSource,
  KEY_FIELDS,
  OPTIONAL_FIELDS,
  type ResolvedMapping,
} from "./ColumnMapping.ts"
import type { CsvRowView } from "./CsvRows.ts"
import {
  FigureRule,
  figureOfText,
  NOT_A_NUMBER,
  plainDecimalAt,
  plainEnds,
  plainFigureAt,
} from "./Figures.ts"
import { type ProvenanceCodes, RecordProvenance } from "./RecordProvenance.ts"
import { FileProblem } from "./TextInput.ts"

// The fields of a row, by number (an index into the per-field tables below).
const PERIOD = 0
const COMMODITY = 4
const NET_WEIGHT = 5
const VALUE_USD = 6
const ID = 7
const HS_VERSION = 8
const ESTIMATED = 9
const VINTAGE = 10
/** Field names, in field-number order: the key fields, the figures, the optional fields. */
const FIELDS = [...KEY_FIELDS, "netWeight", "valueUsd", ...OPTIONAL_FIELDS] as const

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
  readonly #provenance: SinkProvenance
  /** Per key field (PERIOD..COMMODITY), its cached validator. */
  readonly #keys: ReadonlyArray<CachedKey>
  readonly #vintageKey: CachedKey
  readonly #hsVersionKey: CachedKey
  readonly #weightRule = new FigureRule("netWeight")
  readonly #valueRule = new FigureRule("valueUsd")
  readonly #weightDivisor: number
  readonly #defaultProvenance: ProvenanceCodes
  readonly #defaultVintage: number
  /** A record's own provenance, validated once per distinct value (codes, or the reason). */
  readonly #ownProvenance: RecordProvenance
  readonly #lastOwnProvenance = new LastProvenance<ProvenanceCodes>()

  /** Per field: the constant value of a key mapped to one (null: read from the row). */
  readonly #constants: ReadonlyArray<string | null>
  /** Per field: the JSON property (and CSV header column) it is read from (null: none). */
  readonly #properties: ReadonlyArray<string | null>
  /** Per field: the column problems are reported under. */
  readonly #columnNames: ReadonlyArray<string>
  /** Per field: its CSV column index (-1: absent or constant); set by `bindHeader`. */
  #at: Int32Array = new Int32Array(FIELDS.length).fill(-1)
  #headerLength = 0

  // The row being validated: CSV cells or a JSON record, its line, its codes and its problems.
  #cells: CsvRowView | null = null
  /** The current JSON record's value of each field but the figures (see `#readRecord`). */
  readonly #values: Array<unknown> = FIELDS.map(() => undefined)
  #record: Record<string, unknown> | null = null
  #line = 0
  readonly #row: RowCodes = emptyRow()
  /** The row's weight and value (see `#figure`). */
  readonly #figures = new Float64Array(2)
  /** The row's key codes, by field. */
  readonly #codes = new Int32Array(COMMODITY + 1)
  /** The current row's problems: the first `#problemCount` entries (the array is reused). */
  readonly #problems: Array<RejectedRow> = []
  #problemCount = 0

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
    this.#provenance = options.provenance
    const d = options.batch.dictionaries
    this.#keys = [
      new CachedKey(d.period, NORMALISERS.period),
      new CachedKey(d.reporter, NORMALISERS.reporter),
      new CachedKey(d.partner, NORMALISERS.partner),
      new CachedKey(d.flow, NORMALISERS.flow),
      new CachedKey(d.commodity, NORMALISERS.commodity),
    ]
    this.#vintageKey = new CachedKey(d.vintage, NORMALISERS.vintage)
    this.#hsVersionKey = new CachedKey(d.hsVersion, (raw) => raw.trim())
    const provenance = options.provenance.provenance
    this.#defaultProvenance = {
      code: d.provenance.code(provenance),
      source: d.source.code(provenance.sources[0]!.id),
    }
    this.#ownProvenance = new RecordProvenance(d)
    this.#defaultVintage = d.vintage.code(options.provenance.vintage ?? "")
    const m = options.mapping
    this.#weightDivisor = m.weightUnit === "kg" ? 1000 : 1
    const sources: ReadonlyArray<FieldSource | { readonly column: string } | null> = [
      ...KEY_FIELDS.map((field) => m.keys[field]),
      m.netWeight,
      m.valueUsd,
      ...OPTIONAL_FIELDS.map((field) => m.optional[field]),
    ]
    this.#properties = sources.map((source) =>
      source !== null && "column" in source ? source.column : null,
    )
    this.#constants = sources.map((source) =>
      source !== null && "kind" in source && source.kind === "constant" ? source.value : null,
    )
    this.#columnNames = FIELDS.map((field, i) => this.#properties[i] ?? field)
  }

  /**
   * A sink with the same options on a small empty batch, rejecting into nothing: kept between
   * imports so that the hidden classes of the objects the row loop runs on stay alive (see
   * `KeptShapes.ts`), without keeping the import's batch or its rejected rows.
   */
  twin(): FlowRowSink {
    return new FlowRowSink({
      file: this.#file,
      batch: new RowBatch(16),
      mapping: this.#mapping,
      provenance: this.#provenance,
      onReject: () => {},
    })
  }

  /**
   * Binds a CSV header: finds every mapped column. Throws FileProblem naming a missing column and
   * listing the header's columns.
   */
  bindHeader(header: ReadonlyArray<string>): void {
    const names = header.map((name) => name.trim())
    this.#headerLength = names.length
    const seen = new Map<string, number>()
    const duplicates: Array<{ readonly name: string; readonly text: string }> = []
    names.forEach((name, i) => {
      const first = seen.get(name)
      if (first === undefined) seen.set(name, i)
      else if (name !== "")
        duplicates.push({ name, text: `"${name}" (columns ${first + 1} and ${i + 1})` })
    })
    if (duplicates.length > 0) {
      // Which of two same-named columns holds the data is a guess: refuse rather than drop one.
      throw new FileProblem(
        `Duplicate column name${duplicates.length > 1 ? "s" : ""} in the header at line 1: ${duplicates.map((d) => d.text).join(", ")}. Each column must be named once; rename or remove the extra column.`,
        1,
        duplicates[0]!.name,
      )
    }
    const listed = names.map((n) => JSON.stringify(n)).join(", ")
    const missing = (column: string, field: string, hint: string) =>
      new FileProblem(
        `Missing column "${column}" (mapped to ${field}) in the header at line 1; the header has: ${listed}.${hint}`,
        1,
        column,
      )
    const hints: Readonly<Record<string, string>> = {
      netWeight:
        " Set mapping.netWeight to the weight column, or to null if the file has no weights.",
      valueUsd: " Set mapping.valueUsd to the value column, or to null if the file has no values.",
    }
    const at = new Int32Array(FIELDS.length).fill(-1)
    FIELDS.forEach((field, i) => {
      const column = this.#properties[i]
      if (column === null || column === undefined) return
      const index = seen.get(column)
      if (index !== undefined) {
        at[i] = index
        return
      }
      if (i <= VALUE_USD) {
        const hint =
          hints[field] ??
          ` Set mapping.${field} to the column that holds it, or to { value: "..." } for a constant.`
        throw missing(column, field, hint)
      }
      if (this.#mapping.optional[field as (typeof OPTIONAL_FIELDS)[number]]?.required === true) {
        throw missing(column, field, "")
      }
    })
    this.#at = at
  }

  /** Validates one CSV row into the batch; returns false when the row was rejected. */
  acceptRow(view: CsvRowView): boolean {
    if (view.count !== this.#headerLength) {
      this.#onReject({
        file: this.#file,
        line: view.line,
        value: view.fields().join(",").slice(0, 200),
        reason: `wrong number of columns: expected ${this.#headerLength} (as in the header at line 1), found ${view.count}`,
      })
      this.rejectedRows++
      return false
    }
    this.#cells = view
    this.#line = view.line
    const row = this.#row
    row.provenance = this.#defaultProvenance.code
    row.source = this.#defaultProvenance.source
    return this.#accept()
  }

  /**
   * Validates one JSON record into the batch. A record carrying its own provenance (`sources`,
   * `confidence`: our export format) keeps it; otherwise the import's provenance applies.
   */
  acceptRecord(record: unknown, line: number): boolean {
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
    this.#cells = null
    this.#record = r
    this.#readRecord(r)
    this.#line = line
    let provenance = this.#defaultProvenance
    if (r.sources !== undefined || r.confidence !== undefined) {
      const last = this.#lastOwnProvenance.get(r)
      if (last !== undefined) {
        provenance = last
      } else {
        const own = this.#ownProvenance.of(r)
        if (typeof own === "string") {
          this.#addProblem({ file: this.#file, line, column: "sources", reason: own })
        } else {
          provenance = own
          this.#lastOwnProvenance.set(r, own)
        }
      }
    }
    const row = this.#row
    row.provenance = provenance.code
    row.source = provenance.source
    return this.#accept()
  }

  /** The one validation path: every field of the current row, then append or reject. */
  #accept(): boolean {
    const row = this.#row
    // The key fields in a loop rather than five calls: `#key` itself is too large (the cache
    // lookup inlined into it) for the runtime to inline it here, and a call per field costs as
    // much as the lookup.
    const codes = this.#codes
    const keys = this.#keys
    const cells = this.#cells
    for (let field = PERIOD; field <= COMMODITY; field++) {
      let code = -1
      if (cells === null) {
        const raw = this.#values[field]
        if (typeof raw === "string") code = keys[field]!.code(raw)
      } else {
        const i = this.#at[field]!
        if (i >= 0) code = keys[field]!.codeAt(cells.bytes, cells.starts[i]!, cells.ends[i]!)
      }
      codes[field] = code >= 0 ? code : this.#keyOf(field)
    }
    row.period = codes[PERIOD]!
    row.reporter = codes[PERIOD + 1]!
    row.partner = codes[PERIOD + 2]!
    row.flow = codes[PERIOD + 3]!
    row.commodity = codes[COMMODITY]!
    // A CSV cell's empty or plain figure, and a JSON record's plain number, are read here (each
    // read its own statement, as above); anything else takes `#figure`.
    const figures = this.#figures
    if (cells !== null) {
      const { bytes, starts, ends } = cells
      const w = this.#at[NET_WEIGHT]!
      const v = this.#at[VALUE_USD]!
      const weightMin = this.#weightRule.min
      if (!(w >= 0 && plainFigureAt(bytes, starts[w]!, ends[w]!, weightMin, figures, 0))) {
        this.#figure(NET_WEIGHT, this.#weightRule)
      } else if (this.#weightDivisor !== 1) {
        figures[0] = figures[0]! / this.#weightDivisor
      }
      const valueMin = this.#valueRule.min
      if (!(v >= 0 && plainFigureAt(bytes, starts[v]!, ends[v]!, valueMin, figures, 1))) {
        this.#figure(VALUE_USD, this.#valueRule)
      }
    } else {
      const weightProperty = this.#properties[NET_WEIGHT]
      const weight = weightProperty !== null ? this.#record![weightProperty!] : undefined
      if (typeof weight === "number" && Number.isFinite(weight) && weight >= this.#weightRule.min) {
        figures[0] = weight / this.#weightDivisor
      } else {
        this.#figure(NET_WEIGHT, this.#weightRule)
      }
      const valueProperty = this.#properties[VALUE_USD]
      const value = valueProperty !== null ? this.#record![valueProperty!] : undefined
      if (typeof value === "number" && Number.isFinite(value) && value >= this.#valueRule.min) {
        figures[1] = value
      } else {
        this.#figure(VALUE_USD, this.#valueRule)
      }
    }
    row.weight = figures[0]!
    row.value = figures[1]!
    row.vintage = this.#vintage()
    row.hsVersion = this.#hsVersion()
    row.estimated = this.#estimated()
    row.id = this.#id()
    if (this.#problemCount > 0) {
      this.#batch.clearNextId()
      const problems = this.#problems
      for (let i = 0; i < this.#problemCount; i++) this.#onReject(problems[i]!)
      this.#problemCount = 0
      this.rejectedRows++
      return false
    }
    this.#batch.append(row)
    this.accepted++
    return true
  }

  /**
   * Records a problem of the current row. The array is reused rather than replaced or emptied
   * (emptying frees its backing store): a rejected row then allocates only its RejectedRow.
   */
  #addProblem(problem: RejectedRow): void {
    this.#problems[this.#problemCount++] = problem
  }

  #problem(field: number, value: unknown, reason: string): void {
    this.#addProblem({
      file: this.#file,
      line: this.#line,
      column: this.#columnNames[field]!,
      value:
        value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value),
      reason,
    })
  }

  /** A field's value as given: the CSV cell's text, or the JSON value (undefined: absent). */
  #raw(field: number): unknown {
    const cells = this.#cells
    if (cells !== null) {
      const i = this.#at[field]!
      return i < 0 ? undefined : cells.field(i)
    }
    return this.#values[field]
  }

  /**
   * Reads the mapped fields of a JSON record into `#values`. One statement per field on purpose:
   * each property read keeps its own inline cache (a loop would make one read site see eleven
   * property names, and property lookups there several times slower).
   */
  #readRecord(r: Record<string, unknown>): void {
    const p = this.#properties
    const v = this.#values
    v[0] = p[0] === null ? undefined : r[p[0]!]
    v[1] = p[1] === null ? undefined : r[p[1]!]
    v[2] = p[2] === null ? undefined : r[p[2]!]
    v[3] = p[3] === null ? undefined : r[p[3]!]
    v[4] = p[4] === null ? undefined : r[p[4]!]
    // The figures (5, 6) are read where they are checked: kept here they would be boxed.
    v[7] = p[7] === null ? undefined : r[p[7]!]
    v[8] = p[8] === null ? undefined : r[p[8]!]
    v[9] = p[9] === null ? undefined : r[p[9]!]
    v[10] = p[10] === null ? undefined : r[p[10]!]
  }

  /** The CSV cell of a field as `[start, end)` in `#cells.bytes`, or false when absent. */
  #cellStart = 0
  #cellEnd = 0
  #cell(field: number): boolean {
    const i = this.#at[field]!
    if (i < 0) return false
    this.#cellStart = this.#cells!.starts[i]!
    this.#cellEnd = this.#cells!.ends[i]!
    return true
  }

  /**
   * A key field's code by the general rules (constants, numbers, new or invalid values), or -1
   * (a problem was recorded). The usual value, valid and seen before, was found by `#accept`.
   */
  #keyOf(field: number): number {
    const key = this.#keys[field]!
    const constant = this.#constants[field]
    let raw: unknown
    if (constant !== null) {
      raw = constant
    } else if (this.#cells !== null) {
      this.#cell(field)
      const code = key.codeAt(this.#cells.bytes, this.#cellStart, this.#cellEnd)
      if (code >= 0) return code
      raw = this.#raw(field)
    } else {
      raw = this.#raw(field)
      if (typeof raw === "number") raw = String(raw)
    }
    if (typeof raw === "string") {
      const code = key.code(raw)
      if (code < 0) this.#problem(field, raw, key.reason(raw))
      return code
    }
    this.#problem(
      field,
      raw,
      raw === undefined || raw === null
        ? `missing ${FIELDS[field]}`
        : `expected a string, found ${typeof raw}`,
    )
    return -1
  }

  /**
   * Reads a figure into `#figures` (slot 0 the weight, 1 the value): NaN when unknown (or
   * invalid: then a problem was recorded). A figure goes to a Float64Array rather than being
   * returned or passed on, because a fractional number crossing a call that is not inlined is
   * boxed: two allocations per row.
   */
  #figure(field: number, rule: FigureRule): void {
    let x: number
    if (this.#cells !== null && this.#cell(field)) {
      if (this.#cellStart === this.#cellEnd) {
        this.#figures[field - NET_WEIGHT] = Number.NaN
        return
      }
      x = plainDecimalAt(this.#cells.bytes, this.#cellStart, this.#cellEnd)
      if (x < 0) {
        this.#figureOf(field, rule, this.#cells.field(this.#at[field]!))
        return
      }
    } else {
      const property = this.#properties[field]
      const raw = property === null || this.#cells !== null ? undefined : this.#record![property!]
      if (typeof raw !== "number") {
        this.#figureOf(field, rule, raw)
        return
      }
      x = raw
    }
    if (!(Number.isFinite(x) && x >= rule.min)) {
      this.#figureOf(field, rule, x)
      return
    }
    this.#figures[field - NET_WEIGHT] = field === NET_WEIGHT ? x / this.#weightDivisor : x
  }

  /** The general rules of `#figure`, for a value in any form. */
  #figureOf(field: number, rule: FigureRule, raw: unknown): void {
    this.#figures[field - NET_WEIGHT] = Number.NaN
    let x: number
    if (typeof raw === "number") {
      x = raw
    } else if (raw === null || raw === undefined) {
      return
    } else if (typeof raw === "string") {
      const parsed = figureOfText(raw)
      if (parsed === undefined) {
        this.#problem(field, raw, NOT_A_NUMBER)
        return
      }
      if (Number.isNaN(parsed)) return
      x = parsed
    } else {
      this.#problem(field, raw, `expected a number, found ${typeof raw}`)
      return
    }
    if (!rule.passes(x)) {
      this.#problem(field, raw, rule.reason(x))
      return
    }
    this.#figures[field - NET_WEIGHT] = field === NET_WEIGHT ? x / this.#weightDivisor : x
  }

  /** The vintage: empty or absent is the import's vintage (or none). */
  #vintage(): number {
    const cells = this.#cells
    if (cells === null) {
      const raw = this.#values[VINTAGE]
      if (raw === undefined) return this.#defaultVintage
      if (typeof raw === "string" && plainEnds(raw)) {
        const code = this.#vintageKey.code(raw)
        if (code >= 0) return code
      }
    } else {
      const i = this.#at[VINTAGE]!
      if (i < 0) return this.#defaultVintage
      const start = cells.starts[i]!
      const end = cells.ends[i]!
      if (start === end) return this.#defaultVintage
      // A vintage seen before, found here: `#vintageOf` is a call per row.
      const code = this.#vintageKey.codeAt(cells.bytes, start, end)
      if (code >= 0) return code
    }
    return this.#vintageOf()
  }

  /** The general rules of `#vintage`. */
  #vintageOf(): number {
    const key = this.#vintageKey
    let raw: unknown
    if (this.#cells !== null) {
      if (!this.#cell(VINTAGE) || this.#cellStart === this.#cellEnd) return this.#defaultVintage
      const code = key.codeAt(this.#cells.bytes, this.#cellStart, this.#cellEnd)
      if (code >= 0) return code
      raw = this.#raw(VINTAGE)
    } else {
      raw = this.#raw(VINTAGE)
      if (raw === undefined || raw === null) return this.#defaultVintage
      if (typeof raw !== "string") {
        this.#problem(VINTAGE, raw, "expected a date YYYY-MM-DD")
        return -1
      }
      if (!plainEnds(raw) && raw.trim() === "") return this.#defaultVintage
    }
    const text = raw as string
    const code = key.code(text)
    if (code < 0) this.#problem(VINTAGE, text, key.reason(text))
    return code
  }

  /** The HS version: empty or absent is none (code 0). */
  #hsVersion(): number {
    if (this.#cells !== null) {
      if (!this.#cell(HS_VERSION) || this.#cellStart === this.#cellEnd) return 0
      return this.#hsVersionKey.codeAt(this.#cells.bytes, this.#cellStart, this.#cellEnd)
    }
    const text = this.#optionalText(HS_VERSION)
    return text === undefined ? 0 : this.#hsVersionKey.code(text)
  }

  /** The `estimated` flag: true/false, 1/0, yes/no, y/n; empty or absent is absent. */
  #estimated(): number {
    if (this.#cells === null ? this.#values[ESTIMATED] === undefined : this.#at[ESTIMATED]! < 0) {
      return ESTIMATED_ABSENT
    }
    return this.#estimatedOf(this.#raw(ESTIMATED))
  }

  /** The general rules of `#estimated`. */
  #estimatedOf(raw: unknown): number {
    if (raw === undefined || raw === null) return ESTIMATED_ABSENT
    if (typeof raw === "boolean") return raw ? ESTIMATED_TRUE : ESTIMATED_FALSE
    const text = String(raw).trim().toLowerCase()
    if (text === "") return ESTIMATED_ABSENT
    if (text === "true" || text === "1" || text === "yes" || text === "y") return ESTIMATED_TRUE
    if (text === "false" || text === "0" || text === "no" || text === "n") return ESTIMATED_FALSE
    this.#problem(ESTIMATED, raw, "expected true/false (or 1/0, yes/no), or empty")
    return ESTIMATED_ABSENT
  }

  /**
   * The explicit id, or undefined (derived from the key). A CSV cell's bytes go straight to the
   * batch (no string per row); a cell with surrounding spaces is trimmed as a string.
   */
  #id(): string | undefined {
    const cells = this.#cells
    if (cells !== null) {
      if (!this.#cell(ID)) return undefined
      const bytes = cells.bytes
      const start = this.#cellStart
      const end = this.#cellEnd
      if (start === end) return undefined
      if (
        bytes[start] !== 32 &&
        bytes[end - 1] !== 32 &&
        bytes[start] !== 9 &&
        bytes[end - 1] !== 9
      ) {
        this.#batch.setNextIdBytes(bytes, start, end)
        return undefined
      }
    }
    return this.#optionalText(ID)
  }

  /** An optional text field, trimmed; undefined when absent or empty (or invalid: a problem). */
  #optionalText(field: number): string | undefined {
    const raw = this.#raw(field)
    if (raw === undefined || raw === null) return undefined
    if (typeof raw === "string" && plainEnds(raw)) return raw
    if (typeof raw !== "string" && typeof raw !== "number") {
      this.#problem(field, raw, `expected a string, found ${typeof raw}`)
      return undefined
    }
    const text = String(raw).trim()
    return text === "" ? undefined : text
  }
}
