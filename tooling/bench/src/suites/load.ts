/**
 * Load + validate the CSV into our store vs raw uDSV parsing of the same file (strings, rows
 * dropped: the floor of any loader) vs DuckDB's `read_csv` into an in-memory table, each on the
 * same threads: ours on one thread against uDSV and DuckDB limited to one thread, and ours on N
 * threads (one per core) against DuckDB on N. Each contender reads the file from disk every
 * round (the OS page cache is warm for all alike). The smoke run also checks that 1 and 2
 * threads make the same store.
 */
import { availableParallelism } from "node:os"
import type { ColumnarStore } from "@rareearth/sdk"
import { assertSameAnswers } from "../compare.ts"
import type { BenchContext } from "../context.ts"
import { type DuckDb, loadCsv, openDuckDb } from "../engines/duckdb.ts"
import { parseWithUdsv } from "../engines/udsv.ts"
import { type Contender, race } from "../measure.ts"
import { timingRatio, timingTable } from "../report.ts"
import { importCsvIntoStore, OURS_LOAD } from "./shared.ts"

/** Rounds of the load race at least (`--rounds` asks for more). */
const LOAD_MIN_ROUNDS = 5

const threadsLabel = (threads: number) => `${threads} thread${threads === 1 ? "" : "s"}`
const oursOn = (threads: number) => `${OURS_LOAD} (${threadsLabel(threads)})`
const duckDbOn = (threads: number) => `DuckDB read_csv (${threadsLabel(threads)})`
const UDSV = "uDSV (raw parse)"

const PAGE = 10_000

/** Everything a user can read from a store, as plain data (every vintage, in query order). */
const storeContents = (store: ColumnarStore) => {
  const all = { allVintages: true, limit: PAGE }
  const { total } = store.querySync({}, all)
  const pages = Array.from(
    { length: Math.ceil(total / PAGE) },
    (_, k) => store.querySync({}, { ...all, offset: k * PAGE }).items,
  )
  return {
    rows: pages.flat(),
    byPartner: store.aggregateSync({}, ["partner", "commodity"]),
    monthly: store.monthlyTotals({}),
  }
}

export const runLoadSuite = async (context: BenchContext): Promise<void> => {
  const { log, options } = context
  const csv = context.csv()
  const rowsLabel = options.rows.toLocaleString("en")
  const threads = Math.max(2, availableParallelism())
  log(
    `\n## Load + validate (${rowsLabel} rows, ${(csv.bytes / 1e6).toFixed(1)} MB CSV; 1 and ${threads} threads)`,
  )
  const contenders: Array<Contender<number>> = []
  for (const n of [1, threads]) {
    contenders.push({
      name: oursOn(n),
      run: async () => (await importCsvIntoStore(csv.path, n)).size(),
    })
  }
  contenders.push({ name: UDSV, run: () => parseWithUdsv(csv.path, csv.header) })
  for (const n of [1, threads]) {
    let duck: DuckDb | undefined
    contenders.push({
      name: duckDbOn(n),
      before: async () => {
        duck = await openDuckDb(n)
      },
      run: () => loadCsv(duck!.connection, csv.path, csv.header),
      after: () => {
        duck?.close()
        duck = undefined
      },
    })
  }
  // Every contender loads the file once untimed first, as queries are warmed up: the first
  // import of a process compiles the import's code and starts its worker threads (and the first
  // DuckDB load starts DuckDB's), which a long-running process pays once. At least 5 rounds: a
  // load moves by 10-20% from round to round on this machine, and each contender keeps its best.
  const result = await race(contenders, {
    rounds: Math.max(LOAD_MIN_ROUNDS, options.rounds),
    warmup: true,
  })
  const answers = new Map<string, number>(result.answers)
  answers.set("generator", options.rows)
  assertSameAnswers("row count after load", answers)
  if (options.smoke) {
    // The parallel import must make the store the single-thread one makes.
    const stores = new Map<string, unknown>()
    for (const n of [1, 2])
      stores.set(oursOn(n), storeContents(await importCsvIntoStore(csv.path, n)))
    assertSameAnswers("store after load on 1 and 2 threads", stores)
    log("the import made the same store on 1 and 2 threads")
  }
  log(timingTable(`every loader read ${rowsLabel} rows`, result.timings))
  const ratio = (ours: string, peer: string, max: number, text: string) =>
    timingRatio(`load ${rowsLabel}`, "load + validate CSV", result.timings, ours, peer, {
      max,
      text,
    })
  context.ratios.push(
    ratio(oursOn(1), UDSV, 1.5, "≤1.5× uDSV"),
    ratio(oursOn(1), duckDbOn(1), 1, "≤1.0× DuckDB, 1 thread each"),
    ratio(oursOn(threads), duckDbOn(threads), 1, `≤1.0× DuckDB, ${threads} threads each`),
  )
  context.results.load = { rows: options.rows, csvBytes: csv.bytes, timings: result.timings }
}
