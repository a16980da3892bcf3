/**
 * What the SQL stores share beyond rows: write options, errors, and a per-key mutex that keeps
 * two writers of one process from interleaving.
 * @since 0.1.0
 */
import type { TradeFlow } from "@rareearth/core"
import type { Effect } from "effect"
import { StoreError } from "../../Errors.ts"
import type { TradeFlowStore, WriteSummary } from "../../store/TradeFlowStore.ts"

/**
 * Options of a bulk write. `onProgress` is called as rows are staged (`done` of `total`);
 * `signal` aborts the write, which then rolls back.
 * @category stores
 * @since 0.1.0
 */
export interface WriteOptions {
  readonly onProgress?: ((done: number, total: number) => void) | undefined
  readonly signal?: AbortSignal | undefined
}

/**
 * A persistent TradeFlowStore: the interface, plus progress-reporting writes, the applied
 * schema version, and `close`.
 * @category stores
 * @since 0.1.0
 */
export interface PersistentStore extends TradeFlowStore {
  /**
   * Writes atomically. Rows are validated first (one invalid row fails the write); a batch
   * `sync` already validated is written without a second check.
   */
  readonly write: (
    flows: ReadonlyArray<TradeFlow.TradeFlow>,
    options?: WriteOptions,
  ) => Effect.Effect<WriteSummary, StoreError>
  /** Rows stored, every vintage (`count` counts the latest vintage of each observation). */
  readonly rowCount: Effect.Effect<number, StoreError>
  /** The highest migration applied to this database. */
  readonly schemaVersion: Effect.Effect<number, StoreError>
  /** Closes the connection(s). Idempotent. */
  readonly close: () => Promise<void>
}

/** The message of an unknown thrown value, with secrets removed. */
export const messageOf = (cause: unknown, secrets: ReadonlyArray<string> = []): string => {
  let message = cause instanceof Error ? cause.message : String(cause)
  for (const secret of secrets) {
    if (secret.length > 0) message = message.split(secret).join("***")
  }
  return message
}

/** A StoreError for a failed operation; the message names the store and what was attempted. */
export const storeError = (
  store: string,
  operation: string,
  cause: unknown,
  secrets: ReadonlyArray<string> = [],
): StoreError =>
  cause instanceof StoreError
    ? cause
    : new StoreError({
        message: `${store}: ${operation} failed: ${messageOf(cause, secrets)}`,
        store,
        operation,
        cause: secrets.length > 0 ? messageOf(cause, secrets) : cause,
      })

/** Raised inside a write when its AbortSignal fires; the write rolls back. */
export const abortedError = (store: string): StoreError =>
  new StoreError({
    message: `${store}: write aborted; nothing was written`,
    store,
    operation: "write",
  })

const queues = new Map<string, Promise<unknown>>()

/**
 * Runs `task` after every earlier task with the same key has settled (a FIFO mutex per key).
 */
export const serialised = <A>(key: string, task: () => Promise<A>): Promise<A> => {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  const tail = run.then(
    () => undefined,
    () => undefined,
  )
  queues.set(key, tail)
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key)
  })
  return run
}

/** Yields to the event loop so progress bars can redraw during a long write. */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => {
    setImmediate(resolve)
  })
