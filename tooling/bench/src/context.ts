/**
 * What every suite gets: the options, the generated data and its CSV (made once, lazily), a log,
 * the results record (written as JSON) and the ratio lines (printed as the final table).
 */
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { CSV_HEADER, csvFileName, writeCsv } from "./csv.ts"
import { type FlowColumns, generateFlows } from "./generate.ts"
import type { Ratio } from "./report.ts"

/** The suites, in run order. */
export const SUITES = ["load", "query", "validate", "memory", "bundle", "persist", "serve"] as const
export type SuiteName = (typeof SUITES)[number]

export interface Options {
  readonly rows: number
  readonly rounds: number
  readonly seed: number
  readonly only: ReadonlyArray<SuiteName>
  readonly smoke: boolean
  /** Where to write the JSON results (default: see main.ts). */
  readonly out?: string
}

export interface BenchContext {
  readonly options: Options
  /** tooling/bench */
  readonly benchDirectory: string
  /** tooling/bench/.cache (gitignored) */
  readonly cacheDirectory: string
  readonly log: (line: string) => void
  /** A non-fatal problem (a peer or a store unavailable): reported, and listed in the results. */
  readonly problem: (message: string) => void
  readonly results: Record<string, unknown>
  readonly ratios: Array<Ratio>
  /** The generated flows (generated on first use). */
  readonly data: () => FlowColumns
  /** The CSV of the generated flows (written on first use, cached across runs). */
  readonly csv: () => {
    readonly path: string
    readonly bytes: number
    readonly header: ReadonlyArray<string>
  }
}

export const makeContext = (
  options: Options,
  benchDirectory: string,
  log: (line: string) => void,
): BenchContext & { readonly problems: Array<string> } => {
  const cacheDirectory = join(benchDirectory, ".cache")
  const problems: Array<string> = []
  const results: Record<string, unknown> = {}
  let data: FlowColumns | undefined
  let csv: { path: string; bytes: number; header: ReadonlyArray<string> } | undefined
  const getData = (): FlowColumns => {
    if (data === undefined) {
      const start = performance.now()
      data = generateFlows(options.rows, options.seed)
      results.data = { rows: data.size, seed: options.seed, generateMs: performance.now() - start }
      log(
        `generated ${data.size.toLocaleString("en")} flows in ${Math.round(performance.now() - start)} ms`,
      )
    }
    return data
  }
  const getCsv = () => {
    if (csv === undefined) {
      const start = performance.now()
      const written = writeCsv(
        getData(),
        join(cacheDirectory, csvFileName(options.rows, options.seed)),
      )
      csv = { ...written, header: CSV_HEADER }
      results.csv = {
        path: written.path.slice(benchDirectory.length + 1),
        bytes: written.bytes,
        bytesPerRow: written.bytes / options.rows,
      }
      log(
        `CSV ${written.path} (${(written.bytes / 1e6).toFixed(1)} MB) ready in ${Math.round(performance.now() - start)} ms`,
      )
    }
    return csv
  }
  return {
    options,
    benchDirectory,
    cacheDirectory,
    log,
    problem: (message) => {
      problems.push(message)
      log(`! ${message}`)
    },
    problems,
    results,
    ratios: [],
    data: getData,
    csv: getCsv,
  }
}
