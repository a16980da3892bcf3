/**
 * Writes generated flows as a CSV in the SDK's import format (TradeFlow field names, one row per
 * flow, unknown figures as empty cells; the source and confidence are options of the import, not
 * columns) into the cache directory, once per (rows, seed, generator
 * version). The file is what every loader reads: our import, uDSV and DuckDB's read_csv.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  writeSync,
} from "node:fs"
import { dirname, join } from "node:path"
import {
  type FlowColumns,
  formatNumber,
  GENERATOR_VERSION,
  idOf,
  SYNTHETIC_VINTAGE,
} from "./generate.ts"

/** The CSV's columns, in order. */
export const CSV_HEADER = [
  "id",
  "period",
  "reporter",
  "partner",
  "flow",
  "commodity",
  "netWeightTonnes",
  "valueUsd",
  "vintage",
] as const

/** One CSV line (no newline) of row `index`. */
export const csvLine = (columns: FlowColumns, index: number): string =>
  `${idOf(index)},${columns.periods[columns.period[index]!]},${columns.reporters[columns.reporter[index]!]},${columns.partners[columns.partner[index]!]},${columns.flows[columns.flow[index]!]},${columns.commodities[columns.commodity[index]!]},${formatNumber(columns.netWeightTonnes[index]!)},${formatNumber(columns.valueUsd[index]!)},${SYNTHETIC_VINTAGE}`

/** The cache file name of a data set. */
export const csvFileName = (rows: number, seed: number): string =>
  `flows-${rows}-seed${seed}-v${GENERATOR_VERSION}.csv`

/**
 * Writes `columns` to `path` as CSV (through a temporary file, so an interrupted run never leaves
 * a truncated CSV behind) unless it exists already. Returns the path and its size in bytes.
 */
export const writeCsv = (
  columns: FlowColumns,
  path: string,
  lines: (index: number) => string = (index) => csvLine(columns, index),
): { path: string; bytes: number } => {
  if (existsSync(path)) return { path, bytes: statSync(path).size }
  mkdirSync(dirname(path), { recursive: true })
  const temporary = join(dirname(path), `.${process.pid}.tmp`)
  const file = openSync(temporary, "w")
  try {
    writeSync(file, `${CSV_HEADER.join(",")}\n`)
    const batch = 50_000
    for (let start = 0; start < columns.size; start += batch) {
      const end = Math.min(columns.size, start + batch)
      const parts = new Array<string>(end - start)
      for (let index = start; index < end; index++) parts[index - start] = lines(index)
      writeSync(file, `${parts.join("\n")}\n`)
    }
  } finally {
    closeSync(file)
  }
  renameSync(temporary, path)
  return { path, bytes: statSync(path).size }
}
