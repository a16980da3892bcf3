/**
 * Load + validate the CSV into our store vs raw uDSV parsing of the same file (strings, rows
 * dropped: the floor of any loader) vs DuckDB's `read_csv` into an in-memory table. Each
 * contender reads the file from disk every round (the OS page cache is warm for all alike).
 */

import { assertSameAnswers } from "../compare.ts"
import type { BenchContext } from "../context.ts"
import { loadCsv, openDuckDb } from "../engines/duckdb.ts"
import { parseWithUdsv } from "../engines/udsv.ts"
import { type Contender, race } from "../measure.ts"
import { timingRatio, timingTable } from "../report.ts"
import { importCsvIntoStore, OURS_LOAD } from "./shared.ts"

export const runLoadSuite = async (context: BenchContext): Promise<void> => {
  const { log, options } = context
  const csv = context.csv()
  const rowsLabel = options.rows.toLocaleString("en")
  log(`\n## Load + validate (${rowsLabel} rows, ${(csv.bytes / 1e6).toFixed(1)} MB CSV)`)
  const contenders: Array<Contender<number>> = []
  const ours = importCsvIntoStore
  contenders.push({
    name: OURS_LOAD,
    run: async () => {
      const store = await ours(csv.path)
      return store.size()
    },
  })
  contenders.push({
    name: "uDSV (raw parse)",
    run: () => parseWithUdsv(csv.path, csv.header),
  })
  let duck: Awaited<ReturnType<typeof openDuckDb>> | undefined
  contenders.push({
    name: "DuckDB read_csv",
    before: async () => {
      duck = await openDuckDb()
    },
    run: () => loadCsv(duck!.connection, csv.path, csv.header),
    after: () => {
      duck?.close()
      duck = undefined
    },
  })
  const result = await race(contenders, { rounds: options.rounds })
  const answers = new Map<string, number>(result.answers)
  answers.set("generator", options.rows)
  assertSameAnswers("row count after load", answers)
  log(timingTable(`every loader read ${rowsLabel} rows`, result.timings))
  context.ratios.push(
    timingRatio(
      `load ${rowsLabel}`,
      "load + validate CSV",
      result.timings,
      OURS_LOAD,
      "uDSV (raw parse)",
      {
        max: 1.5,
        text: "≤1.5× uDSV",
      },
    ),
    timingRatio(
      `load ${rowsLabel}`,
      "load + validate CSV",
      result.timings,
      OURS_LOAD,
      "DuckDB read_csv",
      {
        max: 3,
        text: "≤3× DuckDB",
      },
    ),
  )
  context.results.load = { rows: options.rows, csvBytes: csv.bytes, timings: result.timings }
}
