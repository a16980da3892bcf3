/**
 * The CSV import on several threads: the file is cut into byte ranges after line feeds, large
 * at both ends and smaller towards the middle (`cutPositions`). The main thread reads ranges
 * from the front (the first one with the header) on into one batch; worker threads take ranges
 * from the back, so that a worker still starting takes fewer and the threads finish close
 * together. Every range is read with the same loop (`readCsvRows`), splitter and validator
 * (`FlowRowSink`) as the single-thread import. The main thread then appends the workers'
 * batches to its own in file order, remapping each dictionary once, so the store comes out as
 * the single-thread import makes it (same rows, same dictionary order), and rejected rows get
 * the file's real line numbers (a worker counts its range's lines from 1; the main thread adds
 * the lines before it).
 *
 * A cut can fall inside a quoted value holding a line break: the range before it then ends
 * inside a row, which its splitter sees (`openQuote`), and the import falls back to one thread,
 * as it does for anything the ranges cannot settle alone (invalid UTF-8, lone-CR line ends, an
 * unclosed quote): that path reports such problems exactly.
 * @internal
 */
import { existsSync } from "node:fs"
import { open } from "node:fs/promises"
import { availableParallelism } from "node:os"
import { fileURLToPath } from "node:url"
import { Worker } from "node:worker_threads"
import type { RejectedRow } from "../../Errors.ts"
import { startsWithUtf8Bom } from "../../internal/text/Utf8Bom.ts"
import { RowBatch, type RowBatchParts } from "../../store/columnar/RowBatch.ts"
import { type ColumnMapping, resolveMapping } from "./ColumnMapping.ts"
import { delimiterOf, headerOf, readCsvRows } from "./CsvFileRows.ts"
import { FlowRowSink, type SinkProvenance } from "./FlowRowSink.ts"
import { type ByteRange, startsPlainUtf8 } from "./TextInput.ts"

/** Below this many bytes per thread, starting a worker costs more than it saves. */
const MIN_BYTES_PER_THREAD = 8 << 20
/** Threads used by default at most: the merge on the main thread limits the gain beyond. */
const MAX_DEFAULT_THREADS = 8
/**
 * The smallest range: 1 MB (a few milliseconds of work: the threads finish that close
 * together), or less in a small file, so that each thread still gets a few ranges.
 */
const MIN_RANGE_BYTES = 1 << 20
const MIN_RANGES_PER_THREAD = 4
/** Bytes read to find the header, or a line feed after a cut. */
const PROBE_BYTES = 1 << 16

/**
 * The threads an import uses: as asked, or by default one per available core (at most 8) and
 * at least 8 MB of file per thread (so one for small files).
 * @internal
 */
export const threadsFor = (asked: number | undefined, bytes: number): number => {
  if (asked !== undefined) return Math.max(1, Math.floor(asked))
  const cores = Math.min(MAX_DEFAULT_THREADS, availableParallelism())
  return Math.max(1, Math.min(cores, Math.floor(bytes / MIN_BYTES_PER_THREAD)))
}

/** Rows read and validated: the same from one thread or several. @internal */
export interface CsvImportOutcome {
  readonly batch: RowBatch
  readonly rows: number
  readonly accepted: number
  readonly rejectedRows: number
  /** Rejected rows kept (up to `maxRejected`), in file order. */
  readonly rejected: Array<RejectedRow>
  /** Problems found, kept or not. */
  readonly problems: number
}

/** What a range is read with: plain data, so that it can be sent to a worker. @internal */
export interface CsvRangeTask {
  readonly path: string
  readonly range: ByteRange
  readonly final: boolean
  readonly delimiter: string
  readonly header: ReadonlyArray<string>
  readonly mapping: ColumnMapping | undefined
  readonly provenance: SinkProvenance
  readonly maxRejected: number
  /** Rows to make room for. */
  readonly capacity: number
}

/** A worker's answer: its rows (lines counted from 1 at the range's start), or "fall back". */
export type CsvRangeResult =
  | {
      readonly ok: true
      readonly parts: RowBatchParts
      readonly rows: number
      readonly accepted: number
      readonly rejectedRows: number
      readonly rejected: Array<RejectedRow>
      readonly problems: number
      readonly lines: number
    }
  | { readonly ok: false }

/** How much longer than the sample's lines the file's may be on average, for `capacityOf`. */
const ROW_MARGIN = 1.15

/**
 * Rows to make room for in a batch for `bytes` bytes of a file, so that its columns are not
 * regrown and copied as the rows arrive: by the bytes per line of a sample of the file when
 * given (with a margin), else as if rows were 32 bytes (CSV rows are rarely shorter).
 * @internal
 */
export const capacityOf = (bytes: number, bytesPerLine?: number) => {
  const rows = bytesPerLine === undefined ? bytes / 32 : (bytes / bytesPerLine) * ROW_MARGIN
  return Math.min(1 << 26, Math.max(1 << 12, Math.ceil(rows)))
}

/**
 * The mean length of the whole lines of a file's first bytes, or undefined when they hold too
 * few to tell.
 */
const bytesPerLineOf = (sample: Uint8Array): number | undefined => {
  let lines = 0
  let end = 0
  for (let at = sample.indexOf(10); at >= 0; at = sample.indexOf(10, at + 1)) {
    lines++
    end = at + 1
  }
  return lines < 16 ? undefined : end / lines
}

/** A collector of rejected rows: keeps the first `max`, counts them all. */
const rejections = (max: number) => {
  const kept: Array<RejectedRow> = []
  const state = {
    kept,
    count: 0,
    reject: (row: RejectedRow) => {
      state.count++
      if (kept.length < max) kept.push(row)
    },
  }
  return state
}

/**
 * Reads one range in a worker (see `csvRangeWorker.ts`). Anything the range cannot settle alone
 * (a problem with the file, a quoted value open at its end) answers "fall back".
 * @internal
 */
export const readCsvRange = async (
  task: CsvRangeTask,
): Promise<{ result: CsvRangeResult; transfer: Array<ArrayBuffer> }> => {
  const batch = new RowBatch(task.capacity)
  const rejected = rejections(task.maxRejected)
  const sink = new FlowRowSink({
    file: task.path,
    batch,
    mapping: resolveMapping(task.mapping),
    provenance: task.provenance,
    onReject: rejected.reject,
  })
  try {
    const read = await readCsvRows({
      path: task.path,
      range: task.range,
      final: task.final,
      delimiter: task.delimiter,
      header: task.header,
      sink,
      reject: rejected.reject,
    })
    if (read.openQuote) return { result: { ok: false }, transfer: [] }
    const { parts, transfer } = batch.toParts()
    return {
      result: {
        ok: true,
        parts,
        rows: read.rows,
        accepted: sink.accepted,
        rejectedRows: sink.rejectedRows + read.invalidLines,
        rejected: rejected.kept,
        problems: rejected.count,
        lines: read.lines,
      },
      transfer,
    }
  } catch {
    return { result: { ok: false }, transfer: [] }
  }
}

/**
 * The worker script: built next to the bundle (`dist/node/csvRangeWorker.js`), or the source
 * beside this module when running from sources (tests), which Node runs with its type
 * stripping and the packages' source condition.
 */
const workerScript = (): { url: URL; execArgv: Array<string> } => {
  const here = import.meta.url
  if (here.endsWith(".ts")) {
    return {
      url: new URL("./csvRangeWorker.ts", here),
      execArgv: ["--conditions=@rareearth/source"],
    }
  }
  for (const relative of ["./csvRangeWorker.js", "./node/csvRangeWorker.js"]) {
    const url = new URL(relative, here)
    if (existsSync(fileURLToPath(url))) return { url, execArgv: [] }
  }
  throw new Error("csvRangeWorker.js is missing next to the @rareearth/sdk bundle")
}

/**
 * Idle workers, kept for the next import: starting one (loading the validator's modules) costs
 * about as much as reading a few megabytes. Unreferenced, so they never keep a process alive.
 */
const idleWorkers: Array<Worker> = []
const MAX_IDLE_WORKERS = MAX_DEFAULT_THREADS

const runWorker = (
  task: CsvRangeTask,
): { readonly result: Promise<CsvRangeResult>; readonly stop: () => void } => {
  let worker = idleWorkers.pop()
  worker?.removeAllListeners("exit")
  if (worker === undefined) {
    const { url, execArgv } = workerScript()
    worker = new Worker(url, { execArgv, stdout: true, stderr: true })
  }
  const running = worker
  running.ref()
  let done = false
  const result = new Promise<CsvRangeResult>((resolve) => {
    const finish = (answer: CsvRangeResult, reusable: boolean) => {
      if (done) return
      done = true
      running.off("message", onMessage)
      running.off("error", onFailure)
      running.off("exit", onFailure)
      if (reusable && idleWorkers.length < MAX_IDLE_WORKERS) {
        running.unref()
        idleWorkers.push(running)
        // A worker that ends while idle (it should not) leaves the pool rather than be handed
        // a range it would never answer.
        running.once("exit", () => {
          const at = idleWorkers.indexOf(running)
          if (at >= 0) idleWorkers.splice(at, 1)
        })
      } else {
        void running.terminate()
      }
      resolve(answer)
    }
    const onMessage = (message: CsvRangeResult) => finish(message, true)
    // A worker that fails (it should not) makes the import fall back, not fail.
    const onFailure = () => finish({ ok: false }, false)
    running.on("message", onMessage)
    running.once("error", onFailure)
    running.once("exit", onFailure)
  })
  running.postMessage(task)
  return {
    result,
    stop: () => {
      if (!done) {
        done = true
        void running.terminate()
      }
    },
  }
}

/**
 * Where to cut a file of `size` bytes for `threads` threads (before each cut is moved to the
 * next line feed): ranges that shrink from both ends towards the middle, each a share of the
 * bytes not yet given out (guided scheduling). The main thread takes ranges from the front and
 * the workers from the back, so that the large ranges cost one message and one batch each, and
 * the last ones, small, let every thread finish at about the same time.
 */
const cutPositions = (size: number, threads: number): Array<number> => {
  const smallest = Math.max(
    1,
    Math.min(MIN_RANGE_BYTES, Math.floor(size / (threads * MIN_RANGES_PER_THREAD))),
  )
  const front: Array<number> = []
  const back: Array<number> = []
  let low = 0
  let high = size
  for (;;) {
    const step = Math.max(smallest, Math.floor((high - low) / (2 * threads)))
    if (high - low <= step * (threads + 1)) break
    low += step
    front.push(low)
    for (let w = 1; w < threads; w++) {
      high -= step
      back.push(high)
    }
  }
  const middle: Array<number> = []
  const pieces = Math.max(1, Math.round((high - low) / smallest))
  for (let k = 1; k < pieces; k++) middle.push(low + Math.floor(((high - low) * k) / pieces))
  return [...front, ...middle, ...back.reverse()]
}

/** The file's first bytes, its size, and the first line feed at or after each cut. */
const planRanges = async (
  path: string,
  threads: number,
): Promise<{ first: Uint8Array; cuts: Array<number>; size: number }> => {
  const file = await open(path, "r")
  try {
    const size = (await file.stat()).size
    const probe = Buffer.alloc(PROBE_BYTES)
    const read = async (position: number) =>
      probe.subarray(0, (await file.read(probe, 0, PROBE_BYTES, position)).bytesRead)
    const first = Uint8Array.from(await read(0))
    const cuts: Array<number> = []
    for (const target of cutPositions(size, threads)) {
      let position = Math.max(target, cuts.at(-1) ?? 0)
      let cut = -1
      while (cut < 0 && position < size) {
        const bytes = await read(position)
        if (bytes.length === 0) break
        const newline = bytes.indexOf(10)
        if (newline >= 0) cut = position + newline + 1
        else position += bytes.length
      }
      if (cut < 0 || cut >= size) break
      if (cut > (cuts.at(-1) ?? 0)) cuts.push(cut)
    }
    return { first, cuts, size }
  } finally {
    await file.close()
  }
}

/**
 * Reads a CSV file on `threads` threads (the main one and `threads - 1` workers), or answers
 * undefined when it must be read on one (see the module comment): nothing is kept then.
 * Throws what the single-thread import throws for problems in the first range.
 * @internal
 */
export const importCsvInParallel = async (options: {
  readonly path: string
  readonly threads: number
  readonly format: "csv" | "tsv"
  readonly delimiter: string | undefined
  readonly mapping: ColumnMapping | undefined
  readonly provenance: SinkProvenance
  readonly maxRejected: number
  readonly signal?: AbortSignal | undefined
}): Promise<CsvImportOutcome | undefined> => {
  const { path, maxRejected } = options
  const plan = await planRanges(path, options.threads)
  if (plan.cuts.length === 0 || !startsPlainUtf8(plan.first)) return undefined
  const bom = startsWithUtf8Bom(plan.first)
  const firstText = bom ? plan.first.subarray(3) : plan.first
  const delimiter = delimiterOf(options.delimiter, options.format, firstText)
  const header = headerOf(firstText, delimiter)
  if (header === undefined) return undefined
  // Batches sized by the rows the file's first lines promise: a batch sized for 32-byte rows
  // would be twice too large here, and a worker's batch is handed over whole, so that the main
  // thread would count the spare bytes towards its next garbage collection.
  const bytesPerLine = bytesPerLineOf(plan.first)
  const starts = [0, ...plan.cuts]
  const ends = [...plan.cuts, plan.size]
  const taskOf = (k: number): CsvRangeTask => ({
    path,
    range: { start: starts[k]!, end: ends[k]! },
    final: k === starts.length - 1,
    delimiter,
    header,
    mapping: options.mapping,
    provenance: options.provenance,
    maxRejected,
    capacity: capacityOf(ends[k]! - starts[k]!, bytesPerLine),
  })
  // The main thread takes ranges from the front, reading on into its own batch with the same
  // validator (its lines numbered as in the file); the workers take them from the back. A
  // worker still starting, or slower, takes fewer.
  const results: Array<CsvRangeResult | undefined> = []
  let front = 1
  let back = starts.length - 1
  let failed = false
  const running = new Set<{ readonly stop: () => void }>()
  const workerLoop = async () => {
    while (!failed && back >= front) {
      const k = back--
      const run = runWorker(taskOf(k))
      running.add(run)
      const result = await run.result
      running.delete(run)
      results[k] = result
      if (!result.ok) failed = true
    }
  }
  const stopAll = () => {
    failed = true
    for (const run of running) run.stop()
  }
  options.signal?.addEventListener("abort", stopAll, { once: true })
  const loops = Array.from({ length: options.threads - 1 }, workerLoop)
  try {
    // The main thread's batch takes every row in the end: sized for the whole file.
    const batch = new RowBatch(capacityOf(plan.size, bytesPerLine))
    const rejected = rejections(maxRejected)
    const sink = new FlowRowSink({
      file: path,
      batch,
      mapping: resolveMapping(options.mapping),
      provenance: options.provenance,
      onReject: rejected.reject,
    })
    let rows = 0
    let invalidLines = 0
    let linesBefore = 0
    for (let k = 0; k >= 0; k = !failed && front <= back ? front++ : -1) {
      const read = await readCsvRows({
        path,
        signal: options.signal,
        range: { start: starts[k]!, end: ends[k]! },
        firstLine: linesBefore + 1,
        final: k === starts.length - 1,
        delimiter,
        ...(k === 0 ? {} : { header }),
        sink,
        reject: rejected.reject,
      })
      if (read.openQuote) return undefined
      rows += read.rows
      invalidLines += read.invalidLines
      linesBefore += read.lines
    }
    await Promise.all(loops)
    if (failed) return undefined
    let accepted = sink.accepted
    let rejectedRows = sink.rejectedRows + invalidLines
    let problems = rejected.count
    for (const result of results.slice(front)) {
      if (result?.ok !== true) return undefined
      batch.appendParts(result.parts)
      rows += result.rows
      accepted += result.accepted
      rejectedRows += result.rejectedRows
      problems += result.problems
      for (const row of result.rejected) {
        if (rejected.kept.length < maxRejected)
          rejected.kept.push({ ...row, line: row.line + linesBefore })
      }
      linesBefore += result.lines
    }
    return { batch, rows, accepted, rejectedRows, rejected: rejected.kept, problems }
  } finally {
    options.signal?.removeEventListener("abort", stopAll)
    stopAll()
  }
}
