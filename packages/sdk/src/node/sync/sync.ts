/**
 * `sync`: copy trade flows from a source (a RareEarth layer, a Stream, or any iterable) into a
 * store, in one atomic write. Rows are validated first, once (the SQL stores trust the validated
 * batch and do not check its rows again); by default one invalid row refuses the
 * whole import (nothing is written), or with `mode: "valid-rows"` invalid rows are skipped and
 * counted. Re-running a sync changes nothing (`unchanged`); revised figures add vintages.
 * @since 0.1.0
 */
import { InputError, type TradeFlow } from "@rareearth/core"
import { Effect, Layer, Stream } from "effect"
import { AbortedError, ImportError, type RejectedRow, type SdkError } from "../../Errors.ts"
import type { FlowQuery } from "../../Query.ts"
import { RareEarth } from "../../RareEarth.ts"
import type { TradeFlowStore, WriteSummary } from "../../store/TradeFlowStore.ts"
import type { WriteOptions } from "../sql/StoreSupport.ts"
import { collectFlows } from "../sql/ValidatedFlows.ts"

/**
 * Where a sync reads flows: a RareEarth source layer (its `allFlows` is read), an Effect
 * Stream, or an iterable / async iterable of records (validated as TradeFlows).
 * @category sync
 * @since 0.1.0
 */
export type SyncInput =
  | Layer.Layer<RareEarth, SdkError>
  | Stream.Stream<unknown, SdkError>
  | Iterable<unknown>
  | AsyncIterable<unknown>

/**
 * Progress of a sync: `read` rows so far (of which `rejected`), then `written` of `total`.
 * @category sync
 * @since 0.1.0
 */
export interface SyncProgress {
  readonly phase: "read" | "write" | "done"
  readonly read: number
  readonly rejected: number
  readonly written: number
  /** Rows to write, known once reading is done. */
  readonly total: number | undefined
}

/**
 * Options of {@link sync}.
 * @category sync
 * @since 0.1.0
 */
export interface SyncOptions {
  readonly from: SyncInput
  readonly into: TradeFlowStore
  /** With a layer as `from`: which flows to read (default: all). */
  readonly query?: FlowQuery | undefined
  /** `all-or-nothing` (default): one invalid row refuses the import. `valid-rows`: skip and count them. */
  readonly mode?: "all-or-nothing" | "valid-rows" | undefined
  /** Called as rows are read and written. */
  readonly onProgress?: ((progress: SyncProgress) => void) | undefined
  /** Aborts the sync; nothing is written. */
  readonly signal?: AbortSignal | undefined
  /** Names the input in messages and rejected rows (default `input`). */
  readonly sourceName?: string | undefined
}

/**
 * What a sync did. `added + revised + unchanged` = rows written; `rejected` rows were invalid.
 * @category sync
 * @since 0.1.0
 */
export interface SyncSummary extends WriteSummary {
  readonly read: number
  readonly rejected: number
  /** The first rejected rows (at most 100), each saying where and why. */
  readonly rejectedRows: ReadonlyArray<RejectedRow>
  /** The store written to (its name, credentials redacted). */
  readonly store: string
}

const MAX_REPORTED = 100
const PROGRESS_EVERY = 1_000

const isAsyncIterable = (u: unknown): u is AsyncIterable<unknown> =>
  typeof u === "object" && u !== null && Symbol.asyncIterator in u

const toStream = (options: SyncOptions): Stream.Stream<unknown, SdkError> => {
  const from = options.from
  if (Layer.isLayer(from)) {
    return Stream.unwrap(
      RareEarth.use((rareEarth) => Effect.succeed(rareEarth.allFlows(options.query ?? {}))),
    ).pipe(Stream.provide(from as Layer.Layer<RareEarth, SdkError>))
  }
  if (Stream.isStream(from)) return from as Stream.Stream<unknown, SdkError>
  if (isAsyncIterable(from)) {
    return Stream.fromAsyncIterable(
      from,
      (cause) =>
        new ImportError({
          message: `Reading ${options.sourceName ?? "input"} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
          file: options.sourceName ?? "input",
          rejected: [],
        }),
    )
  }
  return Stream.fromIterable(from as Iterable<unknown>)
}

/**
 * Copies every flow of `from` into `into` in one atomic write and says what changed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { EmbeddedSource } from "@rareearth/sdk"
 * import { SqliteStore, sync } from "@rareearth/sdk/node"
 *
 * const summary = await Effect.runPromise(
 *   Effect.scoped(
 *     Effect.gen(function* () {
 *       const into = yield* SqliteStore.make({ path: "rareearth.sqlite" })
 *       return yield* sync({ from: EmbeddedSource.layer, into })
 *     }),
 *   ),
 * )
 * // { added: 120, revised: 0, unchanged: 0, rejected: 0, ... }; run again: all unchanged
 * ```
 * @category sync
 * @since 0.1.0
 */
export const sync = (options: SyncOptions): Effect.Effect<SyncSummary, SdkError> =>
  Effect.gen(function* () {
    const sourceName = options.sourceName ?? "input"
    const mode = options.mode ?? "all-or-nothing"
    const report = options.onProgress ?? (() => undefined)
    const checkAbort = (phase: string) =>
      options.signal?.aborted === true
        ? Effect.fail(
            new AbortedError({
              message: `sync aborted while ${phase}; nothing was written`,
              operation: "sync",
            }),
          )
        : Effect.void

    // The one check of each row: the SQL stores take the finished batch without checking again.
    const valid = collectFlows()
    const rejectedRows: Array<RejectedRow> = []
    let read = 0
    let rejected = 0

    yield* checkAbort("starting")
    yield* toStream(options).pipe(
      Stream.runForEachArray((chunk) =>
        Effect.gen(function* () {
          for (const record of chunk) {
            read++
            const issues = valid.add(record)
            if (issues !== undefined) {
              rejected++
              if (rejectedRows.length < MAX_REPORTED) {
                const first = issues[0]
                const id = (record as { id?: unknown } | null)?.id
                rejectedRows.push({
                  file: sourceName,
                  line: read,
                  ...(first !== undefined && first.path.length > 0
                    ? { column: first.path.map(String).join(".") }
                    : {}),
                  reason: `${typeof id === "string" ? `record "${id}": ` : ""}${InputError.formatIssues(issues)}`,
                })
              }
            }
            if (read % PROGRESS_EVERY === 0) {
              report({ phase: "read", read, rejected, written: 0, total: undefined })
            }
          }
          yield* checkAbort("reading")
        }),
      ),
    )
    report({ phase: "read", read, rejected, written: 0, total: valid.size() })

    if (rejected > 0 && mode === "all-or-nothing") {
      const first = rejectedRows[0]
      return yield* new ImportError({
        message: `${rejected} of ${read} rows from ${sourceName} are not valid trade flows; nothing was written (use mode "valid-rows" to skip them). First: row ${first?.line}: ${first?.reason}`,
        file: sourceName,
        rejected: rejectedRows,
      })
    }

    yield* checkAbort("reading")
    const writeOptions: WriteOptions = {
      onProgress: (done, total) => report({ phase: "write", read, rejected, written: done, total }),
      signal: options.signal,
    }
    // Persistent stores take progress/abort options; the interface's write ignores extra arguments.
    const write = options.into.write as (
      flows: ReadonlyArray<TradeFlow.TradeFlow>,
      options?: WriteOptions,
    ) => ReturnType<TradeFlowStore["write"]>
    const batch = valid.finish()
    const summary = yield* write(batch, writeOptions)
    report({ phase: "done", read, rejected, written: batch.length, total: batch.length })
    return {
      added: summary.added,
      revised: summary.revised,
      unchanged: summary.unchanged,
      read,
      rejected,
      rejectedRows,
      store: options.into.name,
    }
  })

/**
 * {@link sync} as a Promise, for code that does not use Effect. Rejects with the SDK's errors.
 *
 * @example
 * ```ts
 * import { PostgresStore, syncFlows } from "@rareearth/sdk/node"
 * const into = await PostgresStore.open({ url: process.env.DATABASE_URL })
 * try {
 *   const summary = await syncFlows({ from: flows, into })
 *   console.log(`${summary.added} added, ${summary.revised} revised, ${summary.unchanged} unchanged`)
 * } finally {
 *   await into.close()
 * }
 * ```
 * @category sync
 * @since 0.1.0
 */
export const syncFlows = (options: SyncOptions): Promise<SyncSummary> =>
  Effect.runPromise(sync(options))
