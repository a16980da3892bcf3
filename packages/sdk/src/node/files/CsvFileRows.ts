/**
 * Reads the rows of a CSV file (or of a byte range of it, cut after a line feed) into a
 * FlowRowSink: the one loop of the CSV import, run by the single-thread import and by each part
 * of the parallel one (`ParallelCsvImport`), so that both split and validate rows the same way.
 * @internal
 */
import type { RejectedRow } from "../../Errors.ts"
import {
  CsvRowSplitter,
  type CsvRowView,
  inferDelimiter,
  type LineErrorHandler,
} from "./CsvRows.ts"
import type { FlowRowSink } from "./FlowRowSink.ts"
import { keepShapes } from "./KeptShapes.ts"
import { type ByteRange, FileProblem, readUtf8Chunks } from "./TextInput.ts"

/** The first line of a CSV chunk, decoded (for delimiter inference). @internal */
export const headerText = (bytes: Uint8Array): string => {
  const newline = bytes.indexOf(10)
  return new TextDecoder().decode(newline < 0 ? bytes : bytes.subarray(0, newline))
}

/** What reading a CSV file or range did. @internal */
export interface CsvRowsRead {
  /** Data rows read (header and blank lines excluded), malformed lines included. */
  readonly rows: number
  /** Malformed lines (they yield no row for the sink). */
  readonly invalidLines: number
  /** Line feeds read: the next range's first line is this range's first line plus `lines`. */
  readonly lines: number
  /**
   * The input ended inside a quoted value: a range whose last row runs past its end (then it was
   * cut inside a quoted line break, and its rows are wrong), or a file whose quote never closes.
   */
  readonly openQuote: boolean
}

/** @internal */
export interface CsvRowsOptions {
  readonly path: string
  readonly signal?: AbortSignal | undefined
  /** Default: the whole file. */
  readonly range?: ByteRange | undefined
  /** The line number of the range's first line (default 1: unknown, lines count from the range). */
  readonly firstLine?: number | undefined
  /** Whether the input ends at the end of the file (then an unfinished last row is read as is). */
  readonly final: boolean
  /** The delimiter, or how to find it from the first bytes read. */
  readonly delimiter: string | ((firstBytes: Uint8Array) => string)
  /** The header's columns; undefined: the first row is the header. */
  readonly header?: ReadonlyArray<string> | undefined
  readonly sink: FlowRowSink
  readonly reject: (row: RejectedRow) => void
}

/** The row and error handler of splitters that take rows themselves (one function for all). */
const ignore = () => {}

/**
 * The import's splitter: the first row binds the header (unless given), every other row goes to
 * the sink, from a method of this class (see `CsvRowSplitter.emit`).
 */
class SinkRowSplitter extends CsvRowSplitter {
  /** Whether the next row is the header. */
  header: boolean
  /** Data rows handed to the sink. */
  rows = 0
  readonly #sink: FlowRowSink

  constructor(
    delimiter: string,
    sink: FlowRowSink,
    header: boolean,
    onError: LineErrorHandler,
    firstLine: number,
  ) {
    super(delimiter, ignore, onError, firstLine)
    this.#sink = sink
    this.header = header
  }

  protected override emit(view: CsvRowView): void {
    if (this.header) {
      this.header = false
      this.#sink.bindHeader(view.fields())
      return
    }
    this.rows++
    this.#sink.acceptRow(view)
  }
}

/** Reads the header row and nothing else (a class of its own for the same reason as above). */
class HeaderSplitter extends CsvRowSplitter {
  header: Array<string> | undefined = undefined

  constructor(delimiter: string, onError: LineErrorHandler) {
    super(delimiter, ignore, onError)
  }

  protected override emit(view: CsvRowView): void {
    this.header ??= view.fields()
  }
}

/**
 * The header's columns from a file's first bytes, or undefined when they do not hold it whole.
 * @internal
 */
export const headerOf = (first: Uint8Array, delimiter: string): Array<string> | undefined => {
  const splitter = new HeaderSplitter(delimiter, ignore)
  splitter.push(first)
  return splitter.header
}

/** Keeps the shapes of this read's objects for the next import (see `KeptShapes.ts`). */
const keepShapesOf = (sink: FlowRowSink, delimiter: string): void => {
  const twin = sink.twin()
  keepShapes("csv", [
    twin,
    new SinkRowSplitter(delimiter, twin, false, ignore, 1),
    new HeaderSplitter(delimiter, ignore),
  ])
}

/** The delimiter of a file: as given, tab for TSV, or inferred from its first bytes. @internal */
export const delimiterOf = (
  given: string | undefined,
  format: "csv" | "tsv",
  firstBytes: Uint8Array,
): string => given ?? (format === "tsv" ? "\t" : inferDelimiter(headerText(firstBytes)))

/**
 * Reads CSV rows into `options.sink`, malformed lines into `options.reject`. Throws FileProblem
 * when the file cannot be read as CSV (no header, a malformed header, invalid UTF-8).
 * @internal
 */
export const readCsvRows = async (options: CsvRowsOptions): Promise<CsvRowsRead> => {
  const { path, sink } = options
  if (options.header !== undefined) sink.bindHeader(options.header)
  const onLineError = (line: number, reason: string, raw: string) => {
    if (splitter?.header === true)
      throw new FileProblem(`Malformed header at line ${line}: ${reason}`, line)
    invalidLines++
    options.reject({ file: path, line, value: raw, reason })
  }
  let invalidLines = 0
  const firstLine = options.firstLine ?? 1
  let splitter: SinkRowSplitter | undefined
  let delimiter = ","
  for await (const bytes of readUtf8Chunks(path, options.signal, options.range)) {
    if (splitter === undefined) {
      delimiter =
        typeof options.delimiter === "string" ? options.delimiter : options.delimiter(bytes)
      splitter = new SinkRowSplitter(
        delimiter,
        sink,
        options.header === undefined,
        onLineError,
        firstLine,
      )
    }
    splitter.push(bytes)
  }
  let openQuote = false
  if (splitter !== undefined) {
    if (options.final) {
      splitter.end()
      openQuote = splitter.unclosedQuote
    } else {
      openQuote = splitter.pending
    }
  }
  if (splitter === undefined ? options.header === undefined : splitter.header)
    throw new FileProblem("The file has no header line: expected column names on line 1.", 1)
  if (splitter !== undefined) keepShapesOf(sink, delimiter)
  return {
    rows: (splitter?.rows ?? 0) + invalidLines,
    invalidLines,
    lines: (splitter?.line ?? firstLine) - firstLine,
    openQuote,
  }
}
