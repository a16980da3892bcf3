/**
 * The watcher: polls a source every so often, diffs what it reads against the last dataset it
 * saw, and delivers each change once, as an event with a stable id.
 *
 * Delivery guarantees. Events found by a poll are written to the state file (with the new
 * baseline) before any is delivered; an event leaves the state only after its delivery
 * succeeded. So nothing is lost: a failing receiver is retried with backoff (bounded), and what
 * is still undelivered stays pending for the next round, in order; a stopped or crashed watcher
 * resumes the pending events when restarted with the same state file. Delivery is at least
 * once: a watcher killed after the receiver got an event but before the state file recorded it
 * delivers that event again after a restart, under the same id. Webhooks get the id as the
 * `Idempotency-Key` header (and in the body), so a receiver that keeps the ids it has seen
 * processes every event exactly once. A stop by signal abandons a delivery in flight without
 * marking it delivered; a delivery that succeeded is always recorded before the watcher stops.
 *
 * Effect inside (`watchEffect`), Promises outside: `watch` (run until stopped) and
 * `watchChanges` (an async iterator: an event counts as delivered once your loop asks for the
 * next one).
 * @since 0.2.0
 */
import type { Dataset } from "@rareearth/core"
import { Cause, Clock, Effect, Exit } from "effect"
import type { SdkError, StoreError, ValidationError } from "../../Errors.ts"
import { type DatasetInput, datasetInputName, readDataset } from "./DatasetInput.ts"
import { diffSnapshots } from "./DatasetReports.ts"
import {
  type ChangeTarget,
  DEFAULT_DELIVERY_RETRY,
  type DeliveryError,
  type DeliveryRetry,
  deliverOnce,
  deliveryRetrySchedule,
} from "./Delivery.ts"
import { parseDuration } from "./Duration.ts"
import { changeEvents, type WatchEvent } from "./WatchEvent.ts"
import { emptyState, markDelivered, readState, type WatchState, writeState } from "./WatchState.ts"

/**
 * Options of {@link watch}.
 * @category watch
 * @since 0.2.0
 */
export interface WatchOptions {
  /** What to watch (see `DatasetInput`). */
  readonly source: DatasetInput
  /** Time between polls: milliseconds, or a duration such as `30s`, `5m`, `1h`. */
  readonly every: number | string
  /** Where events go. */
  readonly onChange: ChangeTarget
  /**
   * The state file (see the module comment). Without one the state lives in memory: nothing
   * survives a restart, and the first poll after it only records a baseline.
   */
  readonly stateFile?: string
  /**
   * The date measure statuses are compared on (default: the day of each poll, UTC). A poll also
   * reports the statuses that changed since the previous poll's date with no record changed (a
   * suspension running out), once.
   */
  readonly on?: string
  /** How failed deliveries are retried (default {@link DEFAULT_DELIVERY_RETRY}). */
  readonly retry?: Partial<DeliveryRetry>
  /** Stops the watcher (e.g. on SIGTERM). */
  readonly signal?: AbortSignal
  /** Stop after this many polls (default: run until `signal` aborts). */
  readonly maxPolls?: number
  /** Told what the watcher does; the library itself prints nothing. */
  readonly onProgress?: (progress: WatchProgress) => void
}

/**
 * What the watcher reports through `onProgress`.
 * @category watch
 * @since 0.2.0
 */
export type WatchProgress =
  | {
      readonly type: "baseline"
      readonly source: string
      readonly version: string
      readonly asOf: string | null
    }
  | { readonly type: "resumed"; readonly pending: number; readonly delivered: number }
  | { readonly type: "polled"; readonly found: number; readonly pending: number }
  | { readonly type: "poll_failed"; readonly error: SdkError }
  | { readonly type: "delivered"; readonly event: WatchEvent }
  | {
      readonly type: "retrying"
      readonly eventId: string
      readonly retry: number
      readonly delayMs: number
      readonly error: DeliveryError
    }
  | { readonly type: "delivery_failed"; readonly eventId: string; readonly error: DeliveryError }

/**
 * What a watcher did, when it stopped.
 * @category watch
 * @since 0.2.0
 */
export interface WatchSummary {
  polls: number
  /** Events found by this run's polls. */
  found: number
  /** Events delivered by this run (including events left pending by an earlier run). */
  delivered: number
  /** Events still waiting for delivery (kept in the state file). */
  pending: number
  stoppedBy: "signal" | "max_polls"
}

const isoDay = Effect.map(Clock.currentTimeMillis, (now) =>
  new Date(now).toISOString().slice(0, 10),
)
const isoTime = Effect.map(Clock.currentTimeMillis, (now) => new Date(now).toISOString())

/**
 * The watcher as an Effect; `summary` is updated as it goes (so a caller that interrupts it
 * still knows what it did). Fails only on a bad option or state file, or when the state file
 * cannot be written; a failing poll or delivery is reported and tried again later.
 * @category watch
 * @since 0.2.0
 */
export const watchEffect = (
  options: WatchOptions,
  summary: WatchSummary = emptySummary(),
): Effect.Effect<WatchSummary, StoreError | ValidationError> =>
  Effect.gen(function* () {
    const every =
      typeof options.every === "number"
        ? options.every
        : yield* Effect.try({
            try: () => parseDuration(options.every as string),
            catch: (error) => error as ValidationError,
          })
    const policy: DeliveryRetry = { ...DEFAULT_DELIVERY_RETRY, ...options.retry }
    const name = datasetInputName(options.source)
    const file = options.stateFile
    let state: WatchState = file === undefined ? emptyState(name) : yield* readState(file, name)
    const report = (progress: WatchProgress) => Effect.sync(() => options.onProgress?.(progress))
    const save = (next: WatchState) => {
      state = next
      summary.pending = next.pending.length
      return file === undefined ? Effect.void : writeState(file, next)
    }

    const deliver = (event: WatchEvent) =>
      deliverOnce(options.onChange, event, policy.attemptTimeoutMs).pipe(
        Effect.retry(
          deliveryRetrySchedule(policy, (error, retry, delayMs) =>
            report({ type: "retrying", eventId: event.id, retry, delayMs, error }),
          ),
        ),
      )

    /** Delivers the pending events in order; stops at the first that still fails. */
    const deliverPending = Effect.gen(function* () {
      for (const event of state.pending) {
        // The delivery may be abandoned (interrupted); once it succeeded, it is recorded.
        const delivered = yield* Effect.uninterruptibleMask((restore) =>
          Effect.exit(restore(deliver(event))).pipe(
            Effect.tap((exit) =>
              Exit.isSuccess(exit) ? save(markDelivered(state, event)) : Effect.void,
            ),
          ),
        )
        if (Exit.isFailure(delivered)) {
          const error = Cause.findErrorOption(delivered.cause)
          // Interrupted (a stop): abandon, the event stays pending.
          if (error._tag === "None")
            return yield* Effect.failCause(delivered.cause as Cause.Cause<never>)
          return yield* report({ type: "delivery_failed", eventId: event.id, error: error.value })
        }
        summary.delivered++
        yield* report({ type: "delivered", event })
      }
    })

    const poll = Effect.gen(function* () {
      const read = yield* Effect.exit(readDataset(options.source))
      summary.polls++
      if (Exit.isFailure(read)) {
        const error = Cause.findErrorOption(read.cause)
        if (error._tag === "Some") yield* report({ type: "poll_failed", error: error.value })
        else yield* Effect.failCause(read.cause as Cause.Cause<never>)
        return
      }
      const snapshot = read.value
      const baseline = state.baseline as unknown as Dataset.Dataset | null
      const on = options.on ?? (yield* isoDay)
      if (baseline === null) {
        yield* save({
          ...state,
          baseline: snapshot.dataset as unknown as WatchState["baseline"],
          baselineOn: on,
        })
        return yield* report({
          type: "baseline",
          source: name,
          version: snapshot.dataset.version,
          asOf: snapshot.asOf,
        })
      }
      // Statuses move with time alone (a suspension runs out): the baseline's are read on the
      // day of the poll that recorded it, the new ones on today.
      const since = state.baselineOn ?? on
      const diff = diffSnapshots({ name, dataset: baseline }, snapshot, on, since)
      const events = changeEvents(diff, state.sequence + 1, yield* isoTime)
      const moved =
        baseline.version !== snapshot.dataset.version ||
        (baseline.asOf ?? null) !== snapshot.asOf ||
        since !== on
      if (events.length > 0 || moved)
        yield* save({
          ...state,
          baseline: snapshot.dataset as unknown as WatchState["baseline"],
          baselineOn: on,
          sequence: events.length > 0 ? state.sequence + 1 : state.sequence,
          pending: [...state.pending, ...events],
        })
      summary.found += events.length
      yield* report({ type: "polled", found: events.length, pending: state.pending.length })
    })

    summary.pending = state.pending.length
    if (state.pending.length > 0 || state.delivered.length > 0)
      yield* report({
        type: "resumed",
        pending: state.pending.length,
        delivered: state.delivered.length,
      })
    // Events a previous run found but did not deliver go first.
    yield* deliverPending
    while (true) {
      yield* poll
      yield* deliverPending
      if (options.maxPolls !== undefined && summary.polls >= options.maxPolls) break
      yield* Effect.sleep(every)
    }
    summary.stoppedBy = "max_polls"
    return summary
  })

const emptySummary = (): WatchSummary => ({
  polls: 0,
  found: 0,
  delivered: 0,
  pending: 0,
  stoppedBy: "signal",
})

/**
 * Watches a source until `signal` aborts (or `maxPolls` polls), delivering each change once
 * (see the module comment for the guarantees). Resolves with what it did when stopped; rejects
 * only on a bad option or state file, or a state file it cannot write.
 * @example
 * ```ts
 * import { EmbeddedSource } from "@rareearth/sdk"
 * import { watch } from "@rareearth/sdk/node"
 *
 * const controller = new AbortController()
 * process.once("SIGTERM", () => controller.abort())
 * const summary = await watch({
 *   source: { kind: "layer", layer: EmbeddedSource.layer, name: "embedded" },
 *   every: "5m",
 *   onChange: { kind: "webhook", url: "https://hooks.example.com/rareearth" },
 *   stateFile: "rareearth-watch.json",
 *   signal: controller.signal,
 * })
 * console.log(`${summary.delivered} delivered, ${summary.pending} pending`)
 * ```
 * @category watch
 * @since 0.2.0
 */
export const watch = async (options: WatchOptions): Promise<WatchSummary> => {
  const summary = emptySummary()
  const exit = await Effect.runPromiseExit(
    watchEffect(options, summary),
    options.signal === undefined ? undefined : { signal: options.signal },
  )
  if (Exit.isSuccess(exit)) return exit.value
  if (Cause.hasInterruptsOnly(exit.cause)) return summary
  throw Cause.squash(exit.cause)
}

/**
 * The changes of a source as an async iterator. Each event is yielded once; it counts as
 * delivered (and leaves the state file) when your loop asks for the next one, so an event whose
 * loop body threw, or that was being handled when the loop stopped, is yielded again by the
 * next run with the same state file. Stops when `signal` aborts or the loop ends.
 * @example
 * ```ts
 * import { watchChanges } from "@rareearth/sdk/node"
 *
 * for await (const event of watchChanges({ source: { kind: "file", path: "dataset.json" }, every: "1h", stateFile: "state.json" })) {
 *   await notify(event) // throws: the event stays pending
 * }
 * ```
 * @category watch
 * @since 0.2.0
 */
export async function* watchChanges(
  options: Omit<WatchOptions, "onChange">,
): AsyncGenerator<WatchEvent, WatchSummary | undefined, undefined> {
  const controller = new AbortController()
  const stop = () => controller.abort()
  options.signal?.addEventListener("abort", stop, { once: true })
  if (options.signal?.aborted) stop()
  type Item = { readonly event: WatchEvent; readonly acknowledge: () => void }
  const waiting: Item[] = []
  let wake: (() => void) | undefined
  const running = watch({
    ...options,
    signal: controller.signal,
    onChange: {
      kind: "handler",
      handle: (event) =>
        new Promise<void>((acknowledge) => {
          waiting.push({ event, acknowledge })
          wake?.()
        }),
    },
  })
  let finished = false
  const ended = running.finally(() => {
    finished = true
    wake?.()
  })
  try {
    while (true) {
      const item = waiting.shift()
      if (item !== undefined) {
        yield item.event
        item.acknowledge()
        continue
      }
      if (finished) return await ended
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = undefined
    }
  } finally {
    options.signal?.removeEventListener("abort", stop)
    stop()
    await ended.catch(() => undefined)
  }
}
