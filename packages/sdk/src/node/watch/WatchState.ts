/**
 * The watcher's state file: the last dataset seen (the baseline the next poll is diffed
 * against), the poll number, the events found but not yet delivered, and the ids of the last
 * events delivered. Written atomically (a temporary file in the same directory, flushed, then
 * renamed over the old one), so a crash leaves the old state or the new one, never half of one.
 * @since 0.2.0
 */
import { open, readFile, rename, rm } from "node:fs/promises"
import { Effect } from "effect"
import * as z from "zod/mini"
import { StoreError, ValidationError } from "../../Errors.ts"
import { formatPath } from "./DatasetFile.ts"
import type { WatchEvent } from "./WatchEvent.ts"

/** How many delivered ids the state keeps (for the record; pending events are what count). */
const DELIVERED_KEPT = 1_000

/**
 * The state, as stored (JSON, format 1).
 * @category watch
 * @since 0.2.0
 */
export const WatchState = z.object({
  format: z.literal(1),
  /** The source the state belongs to: a state is never reused for another source. */
  source: z.string(),
  /** The number of polls that found changes so far (the prefix of event ids). */
  sequence: z.number().check(z.int(), z.nonnegative()),
  /** The last dataset seen; null before the first poll. */
  baseline: z.nullable(z.looseObject({ version: z.string(), asOf: z.nullable(z.string()) })),
  /** The date the baseline's statuses were read on (the last poll's day); absent before. */
  baselineOn: z.optional(z.string()),
  /** Found, not yet delivered, in order. */
  pending: z.array(
    z.looseObject({ id: z.string(), type: z.string(), kind: z.string(), recordId: z.string() }),
  ),
  /** The ids of the last events delivered, oldest first. */
  delivered: z.array(z.string()),
  updatedAt: z.string(),
})
export interface WatchState {
  readonly format: 1
  readonly source: string
  readonly sequence: number
  readonly baseline: Readonly<Record<string, unknown>> | null
  /** The date the baseline's statuses were read on: the next poll reports what changed since. */
  readonly baselineOn?: string
  readonly pending: ReadonlyArray<WatchEvent>
  readonly delivered: ReadonlyArray<string>
  readonly updatedAt: string
}

/** A fresh state for a source. @category watch @since 0.2.0 */
export const emptyState = (source: string): WatchState => ({
  format: 1,
  source,
  sequence: 0,
  baseline: null,
  pending: [],
  delivered: [],
  updatedAt: new Date(0).toISOString(),
})

/** The state after delivering `event`: out of `pending`, its id in `delivered`. @category watch @since 0.2.0 */
export const markDelivered = (state: WatchState, event: WatchEvent): WatchState => ({
  ...state,
  pending: state.pending.filter((candidate) => candidate.id !== event.id),
  delivered: [...state.delivered, event.id].slice(-DELIVERED_KEPT),
})

const storeError = (path: string, operation: string, cause: unknown): StoreError =>
  new StoreError({
    message: `State file ${JSON.stringify(path)}: ${operation} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    store: path,
    operation,
    cause,
  })

/**
 * Reads the state file of `source`: a fresh state when the file does not exist; a
 * ValidationError when it is not a state file or belongs to another source.
 * @category watch
 * @since 0.2.0
 */
export const readState = (
  path: string,
  source: string,
): Effect.Effect<WatchState, StoreError | ValidationError> =>
  Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: async () => {
        try {
          return await readFile(path, "utf8")
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined
          throw error
        }
      },
      catch: (cause) => storeError(path, "read", cause),
    })
    if (text === undefined) return emptyState(source)
    const invalid = (detail: string) =>
      new ValidationError({
        message: `Invalid state file ${JSON.stringify(path)}: ${detail}; delete it to start over (the next poll then only records a baseline)`,
        issues: [{ code: "invalid_state", path: [], message: detail }],
      })
    const document = yield* Effect.try({
      try: () => JSON.parse(text) as unknown,
      catch: (cause) =>
        invalid(`not JSON (${cause instanceof Error ? cause.message : String(cause)})`),
    })
    const parsed = WatchState.safeParse(document)
    if (!parsed.success) {
      const first = parsed.error.issues[0]!
      return yield* invalid(`at ${formatPath(first.path) || "the document"}: ${first.message}`)
    }
    if (parsed.data.source !== source)
      return yield* new ValidationError({
        message: `State file ${JSON.stringify(path)} belongs to source ${JSON.stringify(parsed.data.source)}, not ${JSON.stringify(source)}: use another state file for this source`,
        issues: [{ code: "state_of_other_source", path: ["source"], message: parsed.data.source }],
      })
    return parsed.data as unknown as WatchState
  })

/**
 * Writes the state file atomically: temporary file, flush to disk, rename.
 * @category watch
 * @since 0.2.0
 */
export const writeState = (path: string, state: WatchState): Effect.Effect<void, StoreError> =>
  Effect.tryPromise({
    try: async () => {
      const temporary = `${path}.${process.pid}.tmp`
      const handle = await open(temporary, "w")
      try {
        await handle.writeFile(
          `${JSON.stringify({ ...state, updatedAt: new Date().toISOString() })}\n`,
        )
        await handle.sync()
      } finally {
        await handle.close()
      }
      try {
        await rename(temporary, path)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
    },
    catch: (cause) => storeError(path, "write", cause),
  }).pipe(
    // Once started, a write finishes: an interrupted write would leave a temporary file behind.
    Effect.uninterruptible,
  )
