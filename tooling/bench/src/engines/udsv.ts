/**
 * uDSV as the raw-parsing peer: the CSV streamed from disk in chunks and parsed to string cells,
 * rows handed to a callback and dropped (no accumulation), which is the least any CSV loader does.
 */
import { createReadStream } from "node:fs"
import { initParser, type Parser, type Schema } from "udsv"

/** A uDSV schema for a comma-separated, double-quoted file with the given header, all strings. */
export const csvSchema = (header: ReadonlyArray<string>): Schema => ({
  col: ",",
  row: "\n",
  encl: '"',
  esc: '"',
  trim: false,
  cols: header.map((name) => ({
    name,
    type: "s" as const,
    repl: { empty: "", null: undefined, NaN: undefined },
  })),
})

/** Reads the first line of a file (the header). */
export const readHeader = async (path: string): Promise<Array<string>> => {
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 64 * 1024 })
  let text = ""
  for await (const chunk of stream) {
    text += chunk
    const end = text.indexOf("\n")
    if (end >= 0) {
      stream.destroy()
      return text.slice(0, end).replace(/\r$/, "").split(",")
    }
  }
  return text.split(",")
}

/**
 * Streams `path` through uDSV (`stringArrs`), calling `onRow` per data row; returns the row count.
 * The header line is skipped.
 */
export const parseWithUdsv = async (
  path: string,
  header: ReadonlyArray<string>,
  onRow: (cells: Array<string>) => void = () => {},
): Promise<number> => {
  const parser: Parser = initParser(csvSchema(header))
  let rows = -1 // the header comes through as the first row
  const handle = (cells: Array<string>): void => {
    rows++
    if (rows > 0) onRow(cells)
  }
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1024 * 1024 })
  for await (const chunk of stream)
    parser.chunk<Array<string>>(chunk as string, parser.stringArrs, handle)
  parser.end()
  return Math.max(rows, 0)
}
