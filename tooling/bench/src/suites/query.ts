/**
 * The query set on our columnar store vs DuckDB SQL (in-memory table loaded from the same CSV) vs
 * arquero (table built from the same columns). Each query's answers must agree across engines;
 * timings are per query, best of rounds, fast queries repeated within a round. Ours and DuckDB run
 * interleaved; arquero runs after them, in its own rounds, so that its large JS heap does not
 * tax our store's garbage collections (DuckDB's memory is native and taxes nothing).
 */

import { assertSameAnswers } from "../compare.ts"
import type { BenchContext } from "../context.ts"
import { arqueroTable, makeArqueroEngine } from "../engines/arquero.ts"
import { makeColumnarEngine } from "../engines/columnar.ts"
import { loadCsv, makeDuckDbEngine, openDuckDb } from "../engines/duckdb.ts"
import { type Race, race, type Timing } from "../measure.ts"
import { QUERIES, type QueryEngine } from "../queries.ts"
import { formatMs, markdownTable, ratio, timingRatio } from "../report.ts"
import { ourStore } from "./shared.ts"

/** Geometric mean, the fair average of ratios. */
const geometricMean = (values: ReadonlyArray<number>): number =>
  Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length)

export const runQuerySuite = async (context: BenchContext): Promise<void> => {
  const { log, options } = context
  const rowsLabel = options.rows.toLocaleString("en")
  log(`\n## Queries (${rowsLabel} rows): columnar store vs DuckDB vs arquero`)
  const data = context.data()
  const csv = context.csv()
  const store = await ourStore(context)
  const duck = await openDuckDb()
  try {
    await loadCsv(duck.connection, csv.path, csv.header)
    const raceOptions = {
      rounds: options.smoke ? 1 : Math.max(options.rounds, 5),
      minBatchMs: options.smoke ? 0 : 25,
      warmup: !options.smoke,
    }
    // Phase 1: ours and DuckDB, interleaved. arquero's table is not built yet: its JS arrays
    // (0.5 GB at 5M rows) would slow every garbage collection of the other JS contender.
    const ours = makeColumnarEngine(store)
    const duckEngine = makeDuckDbEngine(duck.connection)
    const first: Array<Race<unknown>> = []
    for (const query of QUERIES) {
      first.push(
        await race(
          [ours, duckEngine].map((engine) => ({ name: engine.name, run: () => query.run(engine) })),
          raceOptions,
        ),
      )
    }
    // Phase 2: arquero alone, same rounds, same answers required.
    let arquero: QueryEngine | undefined = makeArqueroEngine(arqueroTable(data))
    const perQuery: Array<{ query: string; timings: ReadonlyArray<Timing> }> = []
    for (const [index, query] of QUERIES.entries()) {
      const engine = arquero
      const second = await race([{ name: engine.name, run: () => query.run(engine) }], raceOptions)
      const answers = new Map([...first[index]!.answers, ...second.answers])
      assertSameAnswers(query.name, answers)
      perQuery.push({ query: query.name, timings: [...first[index]!.timings, ...second.timings] })
    }
    arquero = undefined
    const engines = [ours, duckEngine, { name: "arquero" }]
    log(
      markdownTable(
        ["query", ...engines.map((engine) => engine.name), "DuckDB / ours", "arquero / ours"],
        perQuery.map(({ query, timings }) => {
          const best = (name: string) => timings.find((timing) => timing.name === name)!.bestMs
          return [
            query,
            ...engines.map((engine) => formatMs(best(engine.name))),
            `${(best("DuckDB") / best("columnar store")).toPrecision(3)}×`,
            `${(best("arquero") / best("columnar store")).toPrecision(3)}×`,
          ]
        }),
      ),
    )
    log("every engine returned the same answers to every query")
    const target = { max: 0.1, text: "≥10× faster" }
    for (const { query, timings } of perQuery) {
      context.ratios.push(
        timingRatio(`query ${rowsLabel}`, query, timings, "columnar store", "DuckDB", target),
      )
    }
    const mean = (engine: string) =>
      geometricMean(
        perQuery.map(({ timings }) => timings.find((timing) => timing.name === engine)!.bestMs),
      )
    context.ratios.push(
      ratio(
        `query ${rowsLabel}`,
        "geometric mean of the query set",
        { name: "columnar store", value: mean("columnar store") },
        { name: "DuckDB", value: mean("DuckDB") },
        "ms",
        target,
      ),
      ratio(
        `query ${rowsLabel}`,
        "geometric mean of the query set",
        { name: "columnar store", value: mean("columnar store") },
        { name: "arquero", value: mean("arquero") },
        "ms",
      ),
    )
    context.results.query = { rows: options.rows, queries: perQuery }
  } finally {
    duck.close()
  }
}
