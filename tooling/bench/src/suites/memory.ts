/**
 * Memory per row of our store vs the raw column bytes of the same data, with the other ways of
 * holding it for context (arquero's table, one JS object per row, DuckDB's in-memory table).
 *
 * Raw column bytes (the yardstick; see README): the bytes of the data in a plain columnar layout
 * with no index and no slack, as an Arrow file would hold it:
 * - each key column dictionary-coded (period, reporter, partner, flow, commodity, vintage, and the
 *   provenance: sources + confidence), codes at the smallest of 1, 2 or 4 bytes that fits the
 *   dictionary, plus the UTF-8 bytes of the dictionary's values once;
 * - each figure (net weight, value) a Float64 (8 bytes) plus a validity bitmap (1 bit per row);
 * - the id column as a string column: its UTF-8 bytes plus a 4-byte offset per row (+1).
 * Ours and the JS peers are measured as the growth of the V8 heap + array buffers after a full
 * garbage collection (`--expose-gc`), with the structure alive; ours right after the load (the
 * measure of the target), and again after it has answered the query set once.
 */
import type { BenchContext } from "../context.ts"
import { arqueroTable } from "../engines/arquero.ts"
import { makeColumnarEngine } from "../engines/columnar.ts"
import { loadCsv, openDuckDb } from "../engines/duckdb.ts"
import {
  type FlowColumns,
  idOf,
  SYNTHETIC_SOURCE,
  SYNTHETIC_VINTAGE,
  toTradeFlow,
} from "../generate.ts"
import { canCollectGarbage, usedBytes } from "../measure.ts"
import { QUERIES } from "../queries.ts"
import { formatBytes, markdownTable, ratio } from "../report.ts"
import { importCsvIntoStore, OURS_LOAD } from "./shared.ts"

const utf8 = (text: string): number => Buffer.byteLength(text, "utf8")

/** Width of a dictionary code for a dictionary of `size` values. */
const codeWidth = (size: number): number => (size <= 256 ? 1 : size <= 65_536 ? 2 : 4)

/** The raw column bytes of `data`, by column (see the module header). */
export const rawColumnBytes = (data: FlowColumns): Record<string, number> => {
  const rows = data.size
  const dictionaryColumn = (values: ReadonlyArray<string>): number =>
    rows * codeWidth(values.length) + values.reduce((sum, value) => sum + utf8(value), 0)
  let idBytes = 4 * (rows + 1)
  for (let index = 0; index < rows; index++) idBytes += utf8(idOf(index))
  const bitmap = Math.ceil(rows / 8)
  return {
    id: idBytes,
    period: dictionaryColumn(data.periods),
    reporter: dictionaryColumn(data.reporters),
    partner: dictionaryColumn(data.partners),
    flow: dictionaryColumn(data.flows),
    commodity: dictionaryColumn(data.commodities),
    vintage: dictionaryColumn([SYNTHETIC_VINTAGE]),
    provenance: dictionaryColumn([
      JSON.stringify({ sources: [SYNTHETIC_SOURCE], confidence: { kind: "official" } }),
    ]),
    netWeightTonnes: rows * 8 + bitmap,
    valueUsd: rows * 8 + bitmap,
  }
}

/** Heap growth while `build`'s result is alive (and the baseline it is measured from). */
const heapGrowth = async <A>(
  build: () => Promise<A> | A,
): Promise<{ bytes: number; before: number; value: A }> => {
  const before = usedBytes()
  const value = await build()
  const after = usedBytes()
  return { bytes: after - before, before, value }
}

/** Answers the query set once; the engine dies with this call, so the store can be freed after. */
const answerQueriesOnce = async (
  store: Parameters<typeof makeColumnarEngine>[0],
): Promise<void> => {
  const engine = makeColumnarEngine(store)
  for (const query of QUERIES) await query.run(engine)
}

export const runMemorySuite = async (context: BenchContext): Promise<void> => {
  const { log, options } = context
  const data = context.data()
  const csv = context.csv()
  const rows = data.size
  const rowsLabel = rows.toLocaleString("en")
  log(`\n## Memory (${rowsLabel} rows)`)
  if (!canCollectGarbage()) {
    context.problem("memory suite skipped: run node with --expose-gc")
    return
  }
  const raw = rawColumnBytes(data)
  const rawTotal = Object.values(raw).reduce((sum, bytes) => sum + bytes, 0)

  const ours = await heapGrowth(() => importCsvIntoStore(csv.path))
  const selfReported = ours.value.memoryUsage()
  if (ours.value.size() !== rows)
    throw new Error(`the store holds ${ours.value.size()} rows, expected ${rows}`)
  const oursBytes = ours.bytes
  // The same store after answering the query set once: the indexes queries build on first use
  // (posting lists, row counts per code) are then held too.
  await answerQueriesOnce(ours.value)
  const afterQueriesBytes = usedBytes() - ours.before
  const afterQueriesReported = ours.value.memoryUsage()
  ours.value = undefined as never

  const arquero = await heapGrowth(() => arqueroTable(data))
  const arqueroBytes = arquero.bytes
  arquero.value = undefined as never

  const objects = await heapGrowth(() =>
    Array.from({ length: rows }, (_, index) => toTradeFlow(data, index)),
  )
  const objectBytes = objects.bytes
  objects.value = undefined as never

  let duckBytes = Number.NaN
  const duck = await openDuckDb()
  try {
    await loadCsv(duck.connection, csv.path, csv.header)
    const reader = await duck.connection.runAndReadAll(
      "SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()",
    )
    duckBytes = Number(reader.getRowObjectsJS()[0]?.bytes)
  } finally {
    duck.close()
  }

  const perRow = (bytes: number) => `${(bytes / rows).toFixed(1)} B`
  log(
    markdownTable(
      ["holder", "total", "per row", "vs raw column bytes"],
      [
        ["raw column bytes (yardstick)", formatBytes(rawTotal), perRow(rawTotal), "1.00×"],
        [
          `columnar store (${OURS_LOAD}), heap growth`,
          formatBytes(oursBytes),
          perRow(oursBytes),
          `${(oursBytes / rawTotal).toFixed(2)}×`,
        ],
        [
          "columnar store after the query set (indexes built on first use), heap growth",
          formatBytes(afterQueriesBytes),
          perRow(afterQueriesBytes),
          `${(afterQueriesBytes / rawTotal).toFixed(2)}×`,
        ],
        [
          "columnar store, self-reported columns (memoryUsage)",
          formatBytes(selfReported.columnBytes),
          perRow(selfReported.columnBytes),
          `${(selfReported.columnBytes / rawTotal).toFixed(2)}×`,
        ],
        [
          "arquero table, heap growth",
          formatBytes(arqueroBytes),
          perRow(arqueroBytes),
          `${(arqueroBytes / rawTotal).toFixed(2)}×`,
        ],
        [
          "TradeFlow objects array, heap growth",
          formatBytes(objectBytes),
          perRow(objectBytes),
          `${(objectBytes / rawTotal).toFixed(2)}×`,
        ],
        [
          "DuckDB in-memory table (duckdb_memory())",
          formatBytes(duckBytes),
          perRow(duckBytes),
          `${(duckBytes / rawTotal).toFixed(2)}×`,
        ],
      ],
    ),
  )
  log(
    `raw column bytes by column: ${Object.entries(raw)
      .map(([name, bytes]) => `${name} ${perRow(bytes)}`)
      .join(", ")}`,
  )
  const suite = `memory ${rowsLabel}`
  context.ratios.push(
    ratio(
      suite,
      "bytes held",
      { name: "columnar store", value: oursBytes },
      { name: "raw column bytes", value: rawTotal },
      "bytes",
      {
        max: 2,
        text: "≤2× raw",
      },
    ),
    ratio(
      suite,
      "bytes held after the query set",
      { name: "columnar store", value: afterQueriesBytes },
      { name: "raw column bytes", value: rawTotal },
      "bytes",
    ),
    ratio(
      suite,
      "bytes held",
      { name: "columnar store", value: oursBytes },
      { name: "arquero", value: arqueroBytes },
      "bytes",
    ),
    ratio(
      suite,
      "bytes held",
      { name: "columnar store", value: oursBytes },
      { name: "DuckDB", value: duckBytes },
      "bytes",
    ),
  )
  context.results.memory = {
    rows,
    rawColumnBytes: { total: rawTotal, byColumn: raw },
    columnarStoreHeapBytes: oursBytes,
    columnarStoreSelfReported: selfReported,
    columnarStoreAfterQueriesHeapBytes: afterQueriesBytes,
    columnarStoreAfterQueriesSelfReported: afterQueriesReported,
    arqueroHeapBytes: arqueroBytes,
    tradeFlowObjectsHeapBytes: objectBytes,
    duckDbMemoryBytes: duckBytes,
  }
  if (options.smoke) log("(smoke: memory figures of tiny data are dominated by constant overheads)")
}
