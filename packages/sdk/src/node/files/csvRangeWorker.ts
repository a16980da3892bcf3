/**
 * The worker thread of the parallel CSV import: reads each byte range it is sent
 * (`readCsvRange`) and posts back the batch, its buffers transferred. Built as its own file
 * (`dist/node/csvRangeWorker.js`, see tsup.config.ts) so that `new Worker` can load it.
 * @internal
 */
import { parentPort } from "node:worker_threads"
import { type CsvRangeTask, readCsvRange } from "./ParallelCsvImport.ts"

// One range per message; the worker then waits, idle, for the next import's range.
parentPort?.on("message", async (task: CsvRangeTask) => {
  const { result, transfer } = await readCsvRange(task)
  parentPort?.postMessage(result, transfer)
})
