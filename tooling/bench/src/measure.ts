/**
 * Timing: contenders of one comparison run in interleaved rounds (A B C, B C A, C A B, ...), so
 * that a slow moment of the machine hits every contender alike; each keeps its best round.
 * Fast operations are repeated within a round until the batch is long enough to time reliably.
 */
import { performance } from "node:perf_hooks"

/** One contender of a comparison. `run` returns its answer (compared across contenders by the caller). */
export interface Contender<A> {
  readonly name: string
  /** Excluded from the time: e.g. a fresh database for a load. */
  readonly before?: () => Promise<void> | void
  readonly run: () => Promise<A> | A
  /** Excluded from the time: e.g. dropping what the run built. */
  readonly after?: (answer: A) => Promise<void> | void
}

/** The timings of one contender. */
export interface Timing {
  readonly name: string
  /** Best round, milliseconds per run. */
  readonly bestMs: number
  /** Median round, milliseconds per run. */
  readonly medianMs: number
  /** Every round, milliseconds per run. */
  readonly roundsMs: ReadonlyArray<number>
  /** Runs per round (1 for long operations). */
  readonly repetitions: number
}

/** The outcome of a comparison: the timings, and each contender's answer from its first run. */
export interface Race<A> {
  readonly timings: ReadonlyArray<Timing>
  readonly answers: ReadonlyMap<string, A>
}

export interface RaceOptions {
  readonly rounds: number
  /** A round of a fast contender repeats the run until it took at least this long (default 0: once). */
  readonly minBatchMs?: number
  /** Run every contender once, untimed, before the rounds (default true when `minBatchMs` > 0). */
  readonly warmup?: boolean
}

const collectGarbage = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc !== undefined) gc()
}

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Runs `contenders` in `rounds` interleaved rounds and keeps each one's best. */
export const race = async <A>(
  contenders: ReadonlyArray<Contender<A>>,
  options: RaceOptions,
): Promise<Race<A>> => {
  const minBatchMs = options.minBatchMs ?? 0
  const answers = new Map<string, A>()
  const repetitions = new Map<string, number>()
  const rounds = new Map<string, Array<number>>()
  const once = async (contender: Contender<A>, times: number): Promise<number> => {
    await contender.before?.()
    collectGarbage()
    let answer: A | undefined
    const start = performance.now()
    for (let index = 0; index < times; index++) answer = await contender.run()
    const elapsed = performance.now() - start
    if (!answers.has(contender.name)) answers.set(contender.name, answer as A)
    await contender.after?.(answer as A)
    return elapsed
  }
  if (options.warmup ?? minBatchMs > 0) {
    for (const contender of contenders) {
      // Calibrate: double the repetitions until a batch takes minBatchMs.
      let times = 1
      let elapsed = await once(contender, times)
      while (elapsed < minBatchMs && times < 1_000_000) {
        times = Math.max(times * 2, Math.ceil((times * minBatchMs) / Math.max(elapsed, 0.01)))
        elapsed = await once(contender, times)
      }
      repetitions.set(contender.name, times)
    }
  }
  for (let round = 0; round < options.rounds; round++) {
    for (let offset = 0; offset < contenders.length; offset++) {
      const contender = contenders[(round + offset) % contenders.length]!
      const times = repetitions.get(contender.name) ?? 1
      const elapsed = await once(contender, times)
      const list = rounds.get(contender.name) ?? []
      list.push(elapsed / times)
      rounds.set(contender.name, list)
    }
  }
  const timings = contenders.map((contender): Timing => {
    const list = rounds.get(contender.name) ?? []
    return {
      name: contender.name,
      bestMs: Math.min(...list),
      medianMs: median(list),
      roundsMs: list,
      repetitions: repetitions.get(contender.name) ?? 1,
    }
  })
  return { timings, answers }
}

/** Heap and array-buffer bytes in use after a full garbage collection (needs `--expose-gc`). */
export const usedBytes = (): number => {
  collectGarbage()
  collectGarbage()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

/** Whether `--expose-gc` is on (memory figures are meaningless without it). */
export const canCollectGarbage = (): boolean =>
  typeof (globalThis as { gc?: unknown }).gc === "function"
