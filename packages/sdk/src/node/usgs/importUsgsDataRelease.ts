/**
 * The USGS Mineral Commodity Summaries data-release importer: reads a CSV as the USGS
 * distributes it (Windows-1252; a copy re-saved as UTF-8 or UTF-16 with a byte order mark is
 * read too), every commodity or only the chapters asked for, types each value with core's
 * parser (`UsgsDataRelease` / `Usgs` of `@rareearth/core`: one home for the rules) and reports
 * every row whose shape it does not know with file, line and column. With an `edition`, the
 * rare earths rows also come back as core's `Production`, `Reserves` and `SalientStatistic`
 * records.
 * @since 0.2.0
 */
import { readFile } from "node:fs/promises"
import { basename } from "node:path"
import { type Edition, type Source, UsgsDataRelease } from "@rareearth/core"
import { Effect } from "effect"
import { ImportError, type RejectedRow } from "../../Errors.ts"

/** How the bytes are decoded. `auto` (default): a byte order mark decides, else valid UTF-8 with non-ASCII bytes is UTF-8, else Windows-1252 (the USGS's own encoding). @category usgs @since 0.2.0 */
export type UsgsEncoding = "auto" | "windows-1252" | "utf-8"

/** Options of {@link importUsgsDataReleaseAsync}. @category usgs @since 0.2.0 */
export interface UsgsImportOptions {
  /** `"all"` (default), `"rare-earths"` (RARE EARTHS, YTTRIUM, SCANDIUM) or a list of chapter names. */
  readonly chapters?: "all" | "rare-earths" | ReadonlyArray<string> | undefined
  readonly encoding?: UsgsEncoding | undefined
  /** Fail with an `ImportError` when any row has an unknown shape (default: report them). */
  readonly strict?: boolean | undefined
  /** Also turn the RARE EARTHS rows into supply records of this edition. */
  readonly edition?: Edition.Edition | undefined
  /** The source the records cite. Default: the file itself (`file:<name>`), publisher USGS. */
  readonly source?: Source.SourceRef | undefined
  readonly signal?: AbortSignal | undefined
}

/** What an import read. @category usgs @since 0.2.0 */
export interface UsgsImportResult {
  readonly file: string
  /** The encoding the bytes were decoded with. */
  readonly encoding: "windows-1252" | "utf-8" | "utf-16le" | "utf-16be"
  readonly rows: ReadonlyArray<UsgsDataRelease.DataReleaseRow>
  /** Rows of unknown shape, each with file, line, column, value and reason. */
  readonly unknownRows: ReadonlyArray<RejectedRow>
  /** The supply records, when an `edition` was given. */
  readonly records?: UsgsDataRelease.SupplyRecords | undefined
}

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((byte) => byte >= 0x80)

/** Decode the bytes of a release (see {@link UsgsEncoding}). @internal */
export const decodeRelease = (
  bytes: Uint8Array,
  encoding: UsgsEncoding,
): { text: string; encoding: UsgsImportResult["encoding"] } => {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte)
  if (starts(0xff, 0xfe))
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" }
  if (starts(0xfe, 0xff))
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" }
  if (encoding === "utf-8" || (encoding === "auto" && starts(0xef, 0xbb, 0xbf)))
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" }
  if (encoding === "auto" && hasNonAscii(bytes)) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" }
    } catch {
      // Not UTF-8: the USGS's own Windows-1252 (its em dash 0x97 is never valid UTF-8).
    }
  }
  return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" }
}

const chaptersOf = (chapters: UsgsImportOptions["chapters"]): ReadonlyArray<string> | undefined =>
  chapters === undefined || chapters === "all"
    ? undefined
    : chapters === "rare-earths"
      ? UsgsDataRelease.RARE_EARTH_CHAPTERS
      : chapters

const toRejected = (file: string, row: UsgsDataRelease.UnknownRow): RejectedRow => ({
  file,
  line: row.line,
  column: row.column,
  value: row.value,
  reason: row.message,
})

/**
 * Read an MCS data-release CSV. Rows of unknown shape are reported (`unknownRows`), or fail
 * the import with `strict`. Rejects with an `ImportError` when the file cannot be read or
 * decoded.
 * @example
 * ```ts
 * import { importUsgsDataReleaseAsync } from "@rareearth/sdk/node"
 * const release = await importUsgsDataReleaseAsync("mcs2026_commodities_data.csv", { chapters: "rare-earths" })
 * release.unknownRows.length // 0
 * release.rows.find((row) => row.country === "Australia" && row.fromYear === 2024)?.value // { kind: "number", value: 29000, ... }
 * ```
 * @category usgs
 * @since 0.2.0
 */
export const importUsgsDataReleaseAsync = async (
  path: string,
  options: UsgsImportOptions = {},
): Promise<UsgsImportResult> => {
  const file = basename(path)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path, { signal: options.signal })
  } catch (error) {
    throw new ImportError({
      message: `Cannot read the USGS data release "${path}": ${error instanceof Error ? error.message : String(error)}`,
      file: path,
      rejected: [],
    })
  }
  let decoded: ReturnType<typeof decodeRelease>
  try {
    decoded = decodeRelease(bytes, options.encoding ?? "auto")
  } catch {
    throw new ImportError({
      message: `Cannot decode "${path}" as UTF-8: expected the USGS's Windows-1252 (use encoding "windows-1252" or "auto") or valid UTF-8`,
      file: path,
      rejected: [],
    })
  }
  const release = UsgsDataRelease.parse(decoded.text, { chapters: chaptersOf(options.chapters) })
  const unknownRows = release.unknownRows.map((row) => toRejected(file, row))
  const records =
    options.edition === undefined
      ? undefined
      : UsgsDataRelease.toSupplyRecords(release.rows, {
          edition: options.edition,
          productionSources: [options.source ?? fileSource(file)],
          salientSources: [options.source ?? fileSource(file)],
          productionLabel: "V",
          salientLabel: "V",
        })
  if (records) unknownRows.push(...records.unknownRows.map((row) => toRejected(file, row)))
  if (options.strict && unknownRows.length > 0)
    throw new ImportError({
      message: `${file}: ${unknownRows.length} row(s) of unknown shape, e.g. ${unknownRows[0]!.reason}`,
      file: path,
      rejected: unknownRows,
    })
  return { file, encoding: decoded.encoding, rows: release.rows, unknownRows, records }
}

const fileSource = (file: string): Source.SourceRef => ({
  id: `file:${file}`,
  title: `Mineral Commodity Summaries data release (${file})`,
  publisher: "U.S. Geological Survey",
})

/**
 * {@link importUsgsDataReleaseAsync} as an Effect, failing with an `ImportError`.
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { importUsgsDataRelease } from "@rareearth/sdk/node"
 * const program = importUsgsDataRelease("mcs2026_commodities_data.csv", { strict: true })
 * await Effect.runPromise(program)
 * ```
 * @category usgs
 * @since 0.2.0
 */
export const importUsgsDataRelease = (
  path: string,
  options: Omit<UsgsImportOptions, "signal"> = {},
): Effect.Effect<UsgsImportResult, ImportError> =>
  Effect.tryPromise({
    try: (signal) => importUsgsDataReleaseAsync(path, { ...options, signal }),
    catch: (error) =>
      error instanceof ImportError
        ? error
        : new ImportError({
            message: `Cannot import "${path}": ${error instanceof Error ? error.message : String(error)}`,
            file: path,
            rejected: [],
          }),
  })
