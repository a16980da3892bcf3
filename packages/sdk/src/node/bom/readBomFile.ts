/**
 * Reading a bill of materials from a CSV, TSV, JSON or NDJSON file, with the file import's own
 * readers: UTF-8 checked chunk by chunk (a Latin-1 or UTF-16 file is refused with its line), the
 * same CSV and JSON splitters, the format from the extension. Then the same checks as in memory
 * (`readBom`): all-or-nothing by default, `mode: "valid-rows"` for the valid rows and a report.
 * @since 0.2.0
 */
import { basename } from "node:path"
import { Effect } from "effect"
import {
  type BomFormat,
  type BomReadOptions,
  type BomReport,
  csvCollector,
  finishBom,
  jsonCollector,
} from "../../bom/readBom.ts"
import { InvalidBomError } from "../../Errors.ts"
import { FileProblem } from "../../internal/text/FileProblem.ts"
import { formatOf } from "../files/importFlows.ts"
import { readTextChunks, readUtf8Chunks } from "../files/TextInput.ts"

/** Options of {@link readBomFile}. @category bill of materials @since 0.2.0 */
export interface BomFileOptions extends Omit<BomReadOptions, "name"> {
  /** Default: from the extension (`.csv`, `.tsv`, `.json`, `.ndjson`/`.jsonl`). */
  readonly format?: BomFormat | undefined
  /** CSV delimiter; default: inferred from the header. */
  readonly delimiter?: string | undefined
  readonly signal?: AbortSignal | undefined
}

const unreadable = (path: string, reason: string, line = 0): InvalidBomError =>
  new InvalidBomError({
    message: `Cannot read "${path}": ${reason}`,
    name: path,
    rows: 0,
    issues: [
      {
        row: line,
        column: "",
        value: "",
        code: "unreadable",
        message: `Cannot read "${path}": ${reason}`,
      },
    ],
  })

/**
 * Reads a bill of materials file, as a Promise; rejects with an {@link InvalidBomError} whose
 * `issues` name each bad row and column (file lines for CSV, TSV and NDJSON, record numbers for
 * a JSON array).
 * @example
 * ```ts
 * import { readBomFileAsync } from "@rareearth/sdk/node"
 * const report = await readBomFileAsync("motor.csv", { mode: "valid-rows" })
 * console.log(report.lines.length, report.issues)
 * ```
 * @category bill of materials
 * @since 0.2.0
 */
export const readBomFileAsync = async (
  path: string,
  options: BomFileOptions = {},
): Promise<BomReport> => {
  const format = formatOf(path, options.format)
  const readOptions: BomReadOptions = {
    name: basename(path),
    mapping: options.mapping,
    mode: options.mode,
    presets: options.presets,
  }
  try {
    if (format === "csv" || format === "tsv") {
      const collector = csvCollector(options.delimiter ?? (format === "tsv" ? "\t" : undefined))
      for await (const bytes of readUtf8Chunks(path, options.signal)) collector.push(bytes)
      return finishBom(collector.end(), format, readOptions)
    }
    const collector = jsonCollector(format)
    for await (const text of readTextChunks(path, options.signal)) collector.push(text)
    return finishBom(collector.end(), format, readOptions)
  } catch (error) {
    if (error instanceof InvalidBomError) throw error
    if (error instanceof FileProblem)
      // The shared readers speak of trade flows; a bill of materials holds parts.
      throw unreadable(
        path,
        error.message.replace("rows of trade flows", "rows of parts"),
        error.line,
      )
    const code = (error as { code?: unknown } | null)?.code
    if (code === "ABORT_ERR" || (error instanceof Error && error.name === "AbortError")) throw error
    throw unreadable(
      path,
      code === "ENOENT"
        ? "the file does not exist"
        : code === "EISDIR"
          ? "the path is a directory, not a file"
          : code === "EACCES"
            ? "permission denied"
            : error instanceof Error
              ? error.message
              : String(error),
    )
  }
}

/**
 * Reads a bill of materials file. Fails with an {@link InvalidBomError} naming each bad row and
 * column, unless `mode` is `"valid-rows"`; pass the report's `lines` to `exposure`.
 * @example
 * ```ts
 * import { RareEarth } from "@rareearth/sdk"
 * import { readBomFile } from "@rareearth/sdk/node"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const report = yield* readBomFile("motor.csv")
 *   const rareEarth = yield* RareEarth
 *   return yield* rareEarth.exposure({ bom: { lines: report.lines }, on: "2025-06-01" })
 * })
 * ```
 * @category bill of materials
 * @since 0.2.0
 */
export const readBomFile = (
  path: string,
  options: Omit<BomFileOptions, "signal"> = {},
): Effect.Effect<BomReport, InvalidBomError> =>
  Effect.tryPromise({
    try: (signal) => readBomFileAsync(path, { ...options, signal }),
    catch: (error) =>
      error instanceof InvalidBomError
        ? error
        : unreadable(path, error instanceof Error ? error.message : String(error)),
  })
