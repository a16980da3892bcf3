/**
 * The worker thread of the parallel CSV import: reads the byte range it is given
 * (`readCsvRange`) and posts back the batch, its buffers transferred. Built as its own file
 * (`dist/node/csvRangeWorker.js`, see tsup.config.ts) so that `new Worker` can load it.
 * @internal
 */
import { parentPort, workerData } from "node:worker_threads"
import { type CsvRangeTask, readCsvRange } from "./ParallelCsvImport.ts"

const { result, transfer } = await readCsvRange(workerData as CsvRangeTask)
parentPort?.postMessage(result, transfer)
