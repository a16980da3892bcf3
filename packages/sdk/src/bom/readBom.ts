/**
 * Reading a bill of materials held in memory: records (parsed JSON) or the text of a CSV, TSV,
 * JSON or NDJSON file. Browser-safe: the CSV and JSON splitters are the file import's own
 * (`internal/text/CsvRows.ts`, `JsonRows.ts`), so a malformed line is reported the same way; core's
 * `Bom.parseRows` then checks every cell. All-or-nothing by default: one bad row fails with an
 * {@link InvalidBomError} naming each row and column; `mode: "valid-rows"` returns the valid rows
 * with the report. Files are read by `readBomFile` of `@rareearth/sdk/node`.
 * @since 0.2.0
 */
import * as Bom from "@rareearth/core/Bom"
import type * as Material from "@rareearth/core/Material"
import { materialPresets } from "@rareearth/data/materials"
import * as Effect from "effect/Effect"
import { InvalidBomError } from "../Errors.ts"
import { CsvRowSplitter, type CsvRowView, inferDelimiter } from "../internal/text/CsvRows.ts"
import { FileProblem } from "../internal/text/FileProblem.ts"
import { JsonArraySplitter, NdjsonSplitter } from "../internal/text/JsonRows.ts"
import { startsWithUtf8Bom } from "../internal/text/Utf8Bom.ts"

/** The formats of a bill of materials. @category bill of materials @since 0.2.0 */
export type BomFormat = "csv" | "tsv" | "json" | "ndjson"

/** What to do with bad rows: fail (default), or keep the valid rows and report the rest. @category bill of materials @since 0.2.0 */
export type BomMode = "all-or-nothing" | "valid-rows"

/**
 * Column names that differ from the defaults (`part_id`, `description`, `material`, `grade`,
 * `mass`, `mass_unit`, `form`, `supplier_country`, `commodity_code`; element contents in columns
 * named by symbol), e.g. `{ partId: "Part number", mass: "Weight" }`.
 * @category bill of materials
 * @since 0.2.0
 */
export type BomMapping = Partial<Record<Bom.BomField, string>>

/**
 * A bill of materials as given: records (JSON objects, one per part), the text of a file, or
 * lines already read and validated (`readBomFile`'s `lines`).
 * @category bill of materials
 * @since 0.2.0
 */
export type BomInput =
  | { readonly records: ReadonlyArray<unknown> }
  | {
      readonly text: string
      /** Default: `json`/`ndjson` when the text starts with `[`/`{`, else `csv`. */
      readonly format?: BomFormat | undefined
      /** CSV delimiter; default: inferred from the header (comma, semicolon, tab, pipe). */
      readonly delimiter?: string | undefined
    }
  | { readonly lines: ReadonlyArray<Bom.BomLine> }

/** Options of {@link readBom}. @category bill of materials @since 0.2.0 */
export interface BomReadOptions {
  readonly mapping?: BomMapping | undefined
  /** Default `"all-or-nothing"`. */
  readonly mode?: BomMode | undefined
  /** Default: the dataset's presets (`materialPresets` of `@rareearth/data`). */
  readonly presets?: ReadonlyArray<Material.MaterialPreset> | undefined
  /** How errors name the input (a file name); default `"bill of materials"`. */
  readonly name?: string | undefined
}

/**
 * A bill of materials read: the valid parts and every problem, each with row, column, value,
 * code and message. Rows are file lines for CSV, TSV and NDJSON text, record numbers (from 1)
 * for records and JSON arrays.
 * @category bill of materials
 * @since 0.2.0
 */
export interface BomReport {
  readonly name: string
  readonly format: BomFormat | "records" | "lines"
  /** Records read (header, comments and blank lines excluded). */
  readonly rows: number
  readonly lines: ReadonlyArray<Bom.BomLine>
  readonly issues: ReadonlyArray<Bom.BomIssue>
}

/** Records with the row each came from, and the problems found before any cell was read. */
interface NumberedRecords {
  readonly records: Array<Record<string, unknown>>
  readonly rowNumbers: Array<number>
  readonly issues: Array<Bom.BomIssue>
}

const issue = (row: number, column: string, value: string, code: string, message: string) => ({
  row,
  column,
  value,
  code,
  message: `row ${row}${column === "" ? "" : `, column "${column}"`}: ${message}`,
})

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

/**
 * Collects the records of CSV or TSV bytes: line 1 (after `#` comment lines) is the header, each
 * following line a part. A line with a wrong number of fields or a broken quote is a problem of
 * its row.
 * @internal
 */
export const csvCollector = (delimiter: string | undefined) => {
  const collected: NumberedRecords = { records: [], rowNumbers: [], issues: [] }
  let header: Array<string> | undefined
  let splitter: CsvRowSplitter | undefined
  let headerLine = 1
  const onRow = (row: CsvRowView) => {
    const fields = row.fields()
    if (header === undefined) {
      // Comment lines before the header (e.g. "# Illustrative inputs, not data").
      if (fields[0]?.trimStart().startsWith("#")) return
      header = fields.map((field) => field.trim())
      headerLine = row.line
      return
    }
    if (fields.length !== header.length) {
      collected.issues.push(
        issue(
          row.line,
          "",
          fields.join(",").slice(0, 200),
          "wrong_column_count",
          `expected ${header.length} fields (as in the header at line ${headerLine}), found ${fields.length}`,
        ),
      )
      return
    }
    const record: Record<string, unknown> = {}
    header.forEach((name, index) => {
      record[name] = fields[index]
    })
    collected.records.push(record)
    collected.rowNumbers.push(row.line)
  }
  return {
    push: (bytes: Uint8Array) => {
      if (splitter === undefined) {
        const start = startsWithUtf8Bom(bytes) ? 3 : 0
        const firstLine = new TextDecoder().decode(bytes.subarray(start, start + 4096))
        const headerText = firstLine.split("\n").find((line) => !line.startsWith("#")) ?? ""
        splitter = new CsvRowSplitter(
          delimiter ?? inferDelimiter(headerText),
          onRow,
          (line, reason, raw) => {
            if (header === undefined)
              throw new FileProblem(`Malformed header at line ${line}: ${reason}`, line)
            collected.issues.push(issue(line, "", raw, "malformed_line", reason))
          },
        )
        bytes = bytes.subarray(start)
      }
      splitter.push(bytes)
    },
    end: (): NumberedRecords => {
      splitter?.end()
      if (header === undefined)
        throw new FileProblem(
          "There is no header line: expected column names such as part_id,material,grade,mass.",
          1,
        )
      return collected
    },
  }
}

/**
 * Collects the records of JSON text: one array of objects (rows are record numbers) or NDJSON,
 * one object per line (rows are lines).
 * @internal
 */
export const jsonCollector = (format: "json" | "ndjson" | undefined) => {
  const collected: NumberedRecords = { records: [], rowNumbers: [], issues: [] }
  let splitter: NdjsonSplitter | JsonArraySplitter | undefined
  let count = 0
  let byLine = false
  const onRecord = (record: unknown, line: number) => {
    count++
    const row = byLine ? line : count
    if (!isRecord(record)) {
      collected.issues.push(
        issue(
          row,
          "",
          JSON.stringify(record)?.slice(0, 200) ?? "",
          "not_an_object",
          "expected an object with part_id, material, mass ...",
        ),
      )
      return
    }
    collected.records.push(record)
    collected.rowNumbers.push(row)
  }
  const onError = (line: number, reason: string, text: string) => {
    count++
    collected.issues.push(issue(byLine ? line : count, "", text, "invalid_json", reason))
  }
  return {
    push: (text: string) => {
      if (splitter === undefined) {
        // A .json file holding one object per line reads as NDJSON (as the flow import does).
        byLine = format === "ndjson" || text.trimStart().startsWith("{")
        splitter = byLine
          ? new NdjsonSplitter(onRecord, onError)
          : new JsonArraySplitter(onRecord, onError)
      }
      splitter.push(text)
    },
    end: (): NumberedRecords => {
      splitter?.end()
      return collected
    },
  }
}

/** The format of a text: JSON when it opens with `[`, NDJSON with `{`, else CSV. */
const formatOfText = (text: string): BomFormat => {
  const first = text.replace(/^\uFEFF/, "").trimStart()[0]
  return first === "[" ? "json" : first === "{" ? "ndjson" : "csv"
}

/**
 * The all-or-nothing rule and the report, over numbered records: core's `Bom.parseRows` checks
 * every cell; problems found while splitting come first in row order.
 * @internal
 */
export const finishBom = (
  collected: NumberedRecords,
  format: BomReport["format"],
  options: BomReadOptions,
): BomReport => {
  const name = options.name ?? "bill of materials"
  const parsed = Bom.parseRows(collected.records as Parameters<typeof Bom.parseRows>[0], {
    presets: options.presets ?? materialPresets,
    ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
    rowNumbers: collected.rowNumbers,
  })
  const issues = [...collected.issues, ...parsed.issues].sort((a, b) => a.row - b.row)
  const rows = collected.records.length + new Set(collected.issues.map((item) => item.row)).size
  const report: BomReport = { name, format, rows, lines: parsed.lines, issues }
  if (issues.length > 0 && (options.mode ?? "all-or-nothing") === "all-or-nothing")
    throw invalidBom(report)
  if (rows === 0)
    throw new InvalidBomError({
      message: `The ${name} holds no parts: expected at least one row with part_id, material and mass.`,
      name,
      rows: 0,
      issues: [],
    })
  return report
}

/** The error of an all-or-nothing read: the first problems in its message, all of them in `issues`. */
export const invalidBom = (report: BomReport): InvalidBomError => {
  const shown = report.issues.slice(0, 5).map((item) => item.message)
  const more = report.issues.length - shown.length
  const badRows = new Set(report.issues.map((item) => item.row)).size
  return new InvalidBomError({
    message: `The ${report.name} has ${report.issues.length} problem${report.issues.length === 1 ? "" : "s"} in ${badRows} of ${report.rows} rows; nothing was computed. ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}. Fix these rows, or use mode "valid-rows" to keep the valid rows and get this report.`,
    name: report.name,
    rows: report.rows,
    issues: report.issues,
  })
}

/** A problem with the input as a whole (no header, an unclosed array) as the error of its row. */
const wholeInput = (name: string, problem: FileProblem): InvalidBomError =>
  new InvalidBomError({
    message: `Cannot read the ${name}: ${problem.message}`,
    name,
    rows: 0,
    issues: [
      issue(problem.line, problem.column ?? "", problem.value ?? "", "unreadable", problem.message),
    ],
  })

/**
 * Reads a bill of materials held in memory, synchronously; throws {@link InvalidBomError}.
 * @internal
 */
export const readBomSync = (input: BomInput, options: BomReadOptions = {}): BomReport => {
  const name = options.name ?? "bill of materials"
  try {
    if ("lines" in input) {
      // Lines read earlier (readBomFile) keep their rows; only their shape is checked again.
      const lines: Array<Bom.BomLine> = []
      const issues: Array<Bom.BomIssue> = []
      input.lines.forEach((line, index) => {
        const parsed = Bom.BomLine.safeParse(line)
        if (parsed.success) lines.push(parsed.data)
        else
          for (const problem of parsed.error.issues)
            issues.push(
              issue(
                index + 1,
                String(problem.path[0] ?? ""),
                "",
                problem.code,
                `line ${index + 1}: ${problem.message}`,
              ),
            )
      })
      const report: BomReport = { name, format: "lines", rows: input.lines.length, lines, issues }
      if (issues.length > 0 && (options.mode ?? "all-or-nothing") === "all-or-nothing")
        throw invalidBom(report)
      return report
    }
    if ("records" in input) {
      if (!Array.isArray(input.records))
        throw new FileProblem("expected records as an array of objects", 1)
      const collected: NumberedRecords = { records: [], rowNumbers: [], issues: [] }
      input.records.forEach((record, index) => {
        if (isRecord(record)) {
          collected.records.push(record)
          collected.rowNumbers.push(index + 1)
        } else
          collected.issues.push(
            issue(
              index + 1,
              "",
              JSON.stringify(record)?.slice(0, 200) ?? "",
              "not_an_object",
              "expected an object with part_id, material, mass ...",
            ),
          )
      })
      return finishBom(collected, "records", options)
    }
    const format = input.format ?? formatOfText(input.text)
    if (format === "csv" || format === "tsv") {
      const collector = csvCollector(input.delimiter ?? (format === "tsv" ? "\t" : undefined))
      collector.push(new TextEncoder().encode(input.text))
      return finishBom(collector.end(), format, options)
    }
    const collector = jsonCollector(format)
    collector.push(input.text.replace(/^\uFEFF/, ""))
    return finishBom(collector.end(), format, options)
  } catch (error) {
    if (error instanceof FileProblem) throw wholeInput(name, error)
    throw error
  }
}

/**
 * Reads a bill of materials held in memory (records, or the text of a CSV, TSV, JSON or NDJSON
 * file). Fails with an {@link InvalidBomError} whose `issues` name each bad row and column,
 * unless `mode` is `"valid-rows"`.
 * @example
 * ```ts
 * import { readBom } from "@rareearth/sdk"
 * import { Effect } from "effect"
 *
 * const report = await Effect.runPromise(
 *   readBom({ text: "part_id,material,grade,mass\nrotor,ndfeb-sintered,N42SH,2 kg\n" }),
 * )
 * console.log(report.lines[0]?.mass) // { value: 2, unit: "kg" }
 * ```
 * @category bill of materials
 * @since 0.2.0
 */
export const readBom = (
  input: BomInput,
  options: BomReadOptions = {},
): Effect.Effect<BomReport, InvalidBomError> =>
  Effect.suspend(() => {
    try {
      return Effect.succeed(readBomSync(input, options))
    } catch (error) {
      // Anything but bad input is a bug: a defect, not a typed error.
      return error instanceof InvalidBomError ? Effect.fail(error) : Effect.die(error)
    }
  })
