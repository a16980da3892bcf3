/**
 * Validated bulk import of trade flows from the user's CSV or JSON files into a columnar store:
 * streamed chunk by chunk, validated with core's parsers and schemas straight into typed
 * columns, every rejected row reported with file, line, column, value and reason.
 * Default mode "all-or-nothing": one rejected row fails the import and nothing is applied;
 * "valid-rows" applies the valid rows and returns the rejected ones.
 * @since 0.1.0
 */
import { stat } from "node:fs/promises"
import { basename, extname } from "node:path"
import { InputError, Source } from "@rareearth/core"
import { Effect } from "effect"
import { ImportError, type RejectedRow } from "../../Errors.ts"
import { type ColumnarStore, commitBatch, makeColumnarStore } from "../../store/ColumnarStore.ts"
import { RowBatch, type StoredProvenance } from "../../store/columnar/RowBatch.ts"
import type { WriteSummary } from "../../store/TradeFlowStore.ts"
import { type ColumnMapping, resolveMapping } from "./ColumnMapping.ts"
import { delimiterOf, readCsvRows } from "./CsvFileRows.ts"
import { FlowRowSink } from "./FlowRowSink.ts"
import { JsonArraySplitter, NdjsonSplitter } from "./JsonRows.ts"
import { keepShapes } from "./KeptShapes.ts"
import { capacityOf, importCsvInParallel, threadsFor } from "./ParallelCsvImport.ts"
import { FileProblem, readTextChunks } from "./TextInput.ts"

/** The handler of a kept splitter, which never splits anything. */
const ignore = () => {}

/** Keeps the shapes of a JSON read's objects for the next import (see `KeptShapes.ts`). */
const keepJsonShapesOf = (
  sink: FlowRowSink,
  splitter: NdjsonSplitter | JsonArraySplitter,
  lastRecord: unknown,
): void =>
  keepShapes("json", [
    sink.twin(),
    splitter instanceof NdjsonSplitter
      ? new NdjsonSplitter(ignore, ignore)
      : new JsonArraySplitter(ignore, ignore),
    lastRecord,
  ])

/** File formats the import reads. @category files @since 0.1.0 */
export type FileFormat = "csv" | "tsv" | "json" | "ndjson"

/** What to do with invalid rows. @category files @since 0.1.0 */
export type ImportMode = "all-or-nothing" | "valid-rows"

/** Options of a file import. @category files @since 0.1.0 */
export interface ImportOptions {
  /** Default: from the extension (`.csv`, `.tsv`, `.json`, `.ndjson`/`.jsonl`); `.json` holding one object per line reads as NDJSON. */
  readonly format?: FileFormat | undefined
  /** Column mapping; defaults to the TradeFlow field names. */
  readonly mapping?: ColumnMapping | undefined
  /** Default "all-or-nothing". */
  readonly mode?: ImportMode | undefined
  /** The source the figures come from. Default: the file itself (`{ id: "file:<name>", ... }`). */
  readonly source?: Source.SourceRef | undefined
  /** Default `{ kind: "reported" }`. */
  readonly confidence?: Source.Confidence | undefined
  /** A vintage (`YYYY-MM-DD`) for every row without a vintage column. */
  readonly vintage?: string | undefined
  /** CSV delimiter; default: inferred from the header (comma, semicolon, tab, pipe). */
  readonly delimiter?: string | undefined
  /** Import into this store instead of a new one. */
  readonly store?: ColumnarStore | undefined
  /** Rejected rows kept in the report (all are counted). Default 1000. */
  readonly maxRejected?: number | undefined
  /**
   * Threads that read and validate a CSV/TSV file (JSON is read on one): the main thread and
   * `threads - 1` worker threads, each on a part of the file cut at line ends. The store, the
   * summary and the rejected rows (with the file's line numbers) are the same whatever the
   * number. Default: one per available core, at most 8, and at most one per 8 MB of file (so one
   * for small files, where starting a worker costs more than it saves). A file with a quoted
   * value holding a line break at a cut is read on one thread.
   * @since 0.1.0
   */
  readonly threads?: number | undefined
  readonly signal?: AbortSignal | undefined
}

/** What an import did. @category files @since 0.1.0 */
export interface ImportSummary extends WriteSummary {
  readonly file: string
  readonly format: FileFormat
  /** Data rows read (header and blank lines excluded). */
  readonly rows: number
  readonly accepted: number
  readonly rejectedRows: number
  /** Whether the valid rows were applied to the store. */
  readonly applied: boolean
}

/** The result of an import. @category files @since 0.1.0 */
export interface ImportResult {
  readonly store: ColumnarStore
  readonly summary: ImportSummary
  /** Rejected rows (up to `maxRejected`), each with file, line, column, value and reason. */
  readonly rejected: ReadonlyArray<RejectedRow>
}

/** The format of a file: as given, or from its extension (csv by default). @internal */
export const formatOf = (path: string, format: FileFormat | undefined): FileFormat => {
  if (format !== undefined) return format
  switch (extname(path).toLowerCase()) {
    case ".tsv":
    case ".tab":
      return "tsv"
    case ".json":
      return "json"
    case ".ndjson":
    case ".jsonl":
      return "ndjson"
    default:
      return "csv"
  }
}

const describeRejected = (row: RejectedRow): string =>
  `line ${row.line}${row.column !== undefined ? `, column "${row.column}"` : ""}${row.value !== undefined ? `, value ${JSON.stringify(row.value.length > 60 ? `${row.value.slice(0, 60)}…` : row.value)}` : ""}: ${row.reason}`

const fail = (file: string, message: string, rejected: ReadonlyArray<RejectedRow>): never => {
  throw new ImportError({ message, file, rejected })
}

const resolveProvenance = (
  file: string,
  options: ImportOptions,
): { provenance: StoredProvenance; vintage?: string } => {
  const name = basename(file)
  const source = options.source ?? { id: `file:${name}`, title: name, publisher: "local file" }
  const candidate = {
    sources: [source],
    confidence: options.confidence ?? { kind: "reported" as const },
    ...(options.vintage !== undefined ? { vintage: options.vintage } : {}),
  }
  const parsed = Source.Provenance.safeParse(candidate)
  if (!parsed.success) {
    const issues = InputError.formatIssues(parsed.error.issues)
    fail(file, `Invalid import options for "${file}": ${issues}`, [
      { file, line: 0, reason: `invalid options: ${issues}` },
    ])
  }
  const { vintage, ...provenance } = parsed.data!
  return vintage === undefined ? { provenance } : { provenance, vintage }
}

/**
 * Imports trade flows from a CSV or JSON file, as a Promise. Rejects with an ImportError whose
 * `rejected` rows name each place (file, line, column, value, reason).
 * @example
 * ```ts
 * import { importFlowsFromFileAsync } from "@rareearth/sdk/node"
 * const { store, summary } = await importFlowsFromFileAsync("exports.csv", {
 *   mapping: { period: "Month", netWeight: { column: "Net kg", unit: "kg" } },
 * })
 * console.log(summary.added, store.querySync({ partner: "US" }).total)
 * ```
 * @category files
 * @since 0.1.0
 */
export const importFlowsFromFileAsync = async (
  path: string,
  options: ImportOptions = {},
): Promise<ImportResult> => {
  const format = formatOf(path, options.format)
  const mode = options.mode ?? "all-or-nothing"
  const maxRejected = Math.max(0, options.maxRejected ?? 1000)
  const mapping = resolveMapping(options.mapping)
  const rejected: Array<RejectedRow> = []
  let rejectedCount = 0
  const reject = (row: RejectedRow) => {
    rejectedCount++
    if (rejected.length < maxRejected) rejected.push(row)
  }
  const { provenance, vintage } = resolveProvenance(path, options)
  const delimiter = options.delimiter
  const code = delimiter?.charCodeAt(0) ?? 0
  if (
    delimiter !== undefined &&
    (delimiter.length !== 1 ||
      code > 127 ||
      delimiter === '"' ||
      delimiter === "\r" ||
      delimiter === "\n")
  ) {
    const reason = `invalid delimiter ${JSON.stringify(delimiter)}: expected one ASCII character other than a quote or a line break, e.g. "," ";" "\\t" "|"`
    fail(path, `Invalid import options for "${path}": ${reason}`, [{ file: path, line: 0, reason }])
  }
  // The file size sizes the staging columns (`capacityOf`) and sets the default threads.
  const bytes = await stat(path).then(
    (info) => info.size,
    () => 0,
  )
  const sinkProvenance = { provenance, vintage }
  // The batch and validator of a read on one thread, made only when one reads the file: the
  // parallel import stages its rows itself, and a batch sized for the whole file is large.
  let staged: { readonly batch: RowBatch; readonly sink?: FlowRowSink } | undefined
  const stageOnOneThread = () => {
    const batch = new RowBatch(capacityOf(bytes))
    const sink = new FlowRowSink({
      file: path,
      batch,
      mapping,
      provenance: sinkProvenance,
      onReject: reject,
    })
    return { batch, sink }
  }
  let rows = 0
  let invalidLines = 0
  let accepted = 0
  let sinkRejected = 0

  const onLineError = (line: number, reason: string, text: string) => {
    rows++
    invalidLines++
    reject({ file: path, line, value: text, reason })
  }

  try {
    if (format === "csv" || format === "tsv") {
      const threads = threadsFor(options.threads, bytes)
      const parallel =
        threads > 1
          ? await importCsvInParallel({
              path,
              threads,
              format,
              delimiter: options.delimiter,
              mapping: options.mapping,
              provenance: sinkProvenance,
              maxRejected,
              signal: options.signal,
            })
          : undefined
      if (parallel !== undefined) {
        staged = { batch: parallel.batch }
        rows = parallel.rows
        accepted = parallel.accepted
        sinkRejected = parallel.rejectedRows
        rejected.push(...parallel.rejected)
        rejectedCount = parallel.problems
      } else {
        const one = stageOnOneThread()
        staged = one
        const read = await readCsvRows({
          path,
          signal: options.signal,
          final: true,
          delimiter: (first) => delimiterOf(options.delimiter, format, first),
          sink: one.sink,
          reject,
        })
        rows = read.rows
        invalidLines = read.invalidLines
      }
    } else {
      let splitter: NdjsonSplitter | JsonArraySplitter | undefined
      const one = stageOnOneThread()
      staged = one
      let lastRecord: unknown
      const onRecord = (record: unknown, line: number) => {
        rows++
        lastRecord = record
        one.sink.acceptRecord(record, line)
      }
      for await (const text of readTextChunks(path, options.signal)) {
        if (splitter === undefined) {
          const first = text.trimStart()[0]
          splitter =
            format === "ndjson" || first === "{"
              ? new NdjsonSplitter(onRecord, onLineError)
              : new JsonArraySplitter(onRecord, onLineError)
        }
        splitter.push(text)
      }
      splitter?.end()
      if (splitter !== undefined) keepJsonShapesOf(one.sink, splitter, lastRecord)
    }
  } catch (error) {
    if (error instanceof ImportError) throw error
    if (error instanceof FileProblem) {
      fail(path, `Cannot import "${path}": ${error.message}`, [
        {
          file: path,
          line: error.line,
          column: error.column,
          value: error.value,
          reason: error.message,
        },
      ])
    }
    const code = (error as { code?: unknown } | null)?.code
    if (code === "ABORT_ERR" || (error instanceof Error && error.name === "AbortError")) throw error
    const reason =
      code === "ENOENT"
        ? "the file does not exist"
        : code === "EISDIR"
          ? "the path is a directory, not a file"
          : code === "EACCES"
            ? "permission denied"
            : error instanceof Error
              ? error.message
              : String(error)
    fail(path, `Cannot read "${path}": ${reason}`, [{ file: path, line: 0, reason }])
  }

  const sink = staged?.sink
  accepted += sink?.accepted ?? 0
  const rejectedRows = sinkRejected + (sink?.rejectedRows ?? 0) + invalidLines
  if (rejectedRows > 0 && mode === "all-or-nothing") {
    const shown = rejected.slice(0, 5).map(describeRejected)
    fail(
      path,
      `Import of "${path}" failed: ${rejectedRows} of ${rows} rows rejected, nothing was applied. ${shown.join("; ")}${rejectedCount > shown.length ? `; and ${rejectedCount - shown.length} more problems` : ""}. Fix these rows, or import with mode "valid-rows" to apply the valid rows and get a report.`,
      rejected,
    )
  }
  const store = options.store ?? makeColumnarStore()
  const written = commitBatch(store, staged?.batch ?? new RowBatch())
  if (written === undefined)
    throw new TypeError("options.store must be a store made by makeColumnarStore()")
  return {
    store,
    summary: {
      file: path,
      format,
      rows,
      accepted,
      rejectedRows,
      applied: true,
      ...written,
    },
    rejected,
  }
}

/**
 * Imports trade flows from a CSV or JSON file into a columnar store.
 * Fails with an ImportError naming each rejected row's file, line, column, value and reason.
 * @example
 * ```ts
 * import { importFlowsFromFile } from "@rareearth/sdk/node"
 * const program = Effect.gen(function* () {
 *   const { store, summary } = yield* importFlowsFromFile("customs.csv", {
 *     mapping: { period: "Month", partner: "Partner ISO", reporter: { value: "CN" } },
 *     mode: "valid-rows",
 *   })
 *   return summary
 * })
 * ```
 * @category files
 * @since 0.1.0
 */
export const importFlowsFromFile = (
  path: string,
  options: Omit<ImportOptions, "signal"> = {},
): Effect.Effect<ImportResult, ImportError> =>
  Effect.tryPromise({
    try: (signal) => importFlowsFromFileAsync(path, { ...options, signal }),
    catch: (error) =>
      error instanceof ImportError
        ? error
        : new ImportError({
            message: `Cannot import "${path}": ${error instanceof Error ? error.message : String(error)}`,
            file: path,
            rejected: [],
          }),
  })
