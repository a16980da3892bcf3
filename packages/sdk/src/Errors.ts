/**
 * The SDK's errors: tagged classes for the Effect error channel, made by core's one error factory
 * over Effect's `Data.Error` (so they can be yielded: `yield* new NotFoundError(...)`). They
 * share core's base: Promise users test `isRareEarthError(e)`, `e instanceof RareEarthError`,
 * `NotFoundError.isInstance(e)` or `e._tag`, even across duplicate installs (each class has its
 * own `Symbol.for("@rareearth/sdk/<Tag>")` marker, not an identity check).
 * @since 0.1.0
 */
import type * as InputError from "@rareearth/core/InputError"
import { makeTaggedError } from "@rareearth/core/RareEarthError"
import type * as Cause from "effect/Cause"
import * as Data from "effect/Data"

export {
  /** Whether a value is an error of the SDK or of core (any copy of the packages). */
  isRareEarthError,
  /** The base of every SDK and core error; `instanceof` works across duplicate installs. */
  RareEarthError,
  /** The marker every rareearth error carries (a `Symbol.for` key). */
  RareEarthErrorTypeId,
} from "@rareearth/core/RareEarthError"

/**
 * One problem with an input value: a `code`, the `path` to it and a message. The same type as
 * core's `InputError.InputIssue` (one issue type across the packages).
 * @category errors
 */
export type Issue = InputError.InputIssue

// The SDK's factory: core's, over Effect's yieldable Data.Error, markers under @rareearth/sdk.
const TaggedError = makeTaggedError(
  Data.Error as unknown as new (args: {
    readonly message: string
    readonly cause?: unknown
  }) => Cause.YieldableError,
  "@rareearth/sdk",
)

/** A requested record does not exist (unknown element symbol, measure id...). @category errors */
export class NotFoundError extends TaggedError("NotFoundError")<{
  readonly message: string
  readonly resource: string
  readonly id: string
}> {}

/** An input (parameter, file row, response body) failed validation; the zod issues are kept. @category errors */
export class ValidationError extends TaggedError("ValidationError")<{
  readonly message: string
  readonly issues: ReadonlyArray<Issue>
}> {}

/** A remote source answered with an HTTP error status. @category errors */
export class HttpError extends TaggedError("HttpError")<{
  readonly message: string
  readonly status: number
  readonly url: string
  readonly requestId?: string | undefined
  readonly body?: string | undefined
}> {}

/** A remote source asked us to slow down; `retryAfterMs` is its hint, when given. @category errors */
export class RateLimitedError extends TaggedError("RateLimitedError")<{
  readonly message: string
  readonly url: string
  readonly retryAfterMs?: number | undefined
}> {}

/** A call took longer than its timeout. @category errors */
export class TimeoutError extends TaggedError("TimeoutError")<{
  readonly message: string
  readonly timeoutMs: number
  readonly operation: string
}> {}

/** A source could not be reached or cannot answer this kind of query. @category errors */
export class SourceUnavailableError extends TaggedError("SourceUnavailableError")<{
  readonly message: string
  readonly source: string
  readonly cause?: unknown
}> {}

/** A response was cut off at the source's row cap: the result would be partial. @category errors */
export class TruncatedResultError extends TaggedError("TruncatedResultError")<{
  readonly message: string
  readonly source: string
  readonly cap: number
}> {}

/**
 * The source holds no data of this kind: a source of trade flows (Comtrade, a file, a store)
 * asked for production, reserves, measures, prices or salient statistics. A server relaying it
 * answers 501 with the same message.
 * @example
 * ```ts
 * import { createClient, UnsupportedQueryError } from "@rareearth/sdk"
 * declare const client: ReturnType<typeof createClient> // e.g. over { comtrade: {} }
 * await client.production().catch((error) => {
 *   if (UnsupportedQueryError.isInstance(error)) console.log(error.kind) // "production"
 * })
 * ```
 * @category errors
 * @since 0.2.0
 */
export class UnsupportedQueryError extends TaggedError("UnsupportedQueryError")<{
  readonly message: string
  readonly source: string
  /** What was asked for: `production`, `reserves`, `measures`, `prices`, `salient statistics`. */
  readonly kind: string
}> {}

/** One rejected row of an import. @category errors */
export interface RejectedRow {
  readonly file: string
  readonly line: number
  readonly column?: string | undefined
  readonly value?: string | undefined
  readonly reason: string
}

/** An import was refused; nothing was applied. Each rejected row says where and why. @category errors */
export class ImportError extends TaggedError("ImportError")<{
  readonly message: string
  readonly file: string
  readonly rejected: ReadonlyArray<RejectedRow>
}> {}

/** A persistent store failed (connection lost, constraint, migration). @category errors */
export class StoreError extends TaggedError("StoreError")<{
  readonly message: string
  readonly store: string
  readonly operation: string
  readonly cause?: unknown
}> {}

/** The call was aborted by its AbortSignal. @category errors */
export class AbortedError extends TaggedError("AbortedError")<{
  readonly message: string
  readonly operation: string
}> {}

/** Every error the SDK can raise. @category errors */
/**
 * A remote source answered, but not with something usable (truncated or corrupted JSON, a body
 * that violates the schema, rows that cannot be mapped). It is the upstream's fault, not the
 * caller's: a server relaying it answers 502 with a generic detail, while the specifics (URL,
 * status, the first 500 characters of the body, the zod issues) stay on the error for logs.
 * @category errors
 * @since 0.2.0
 */
export class InvalidResponseError extends TaggedError("InvalidResponseError")<{
  readonly message: string
  readonly source: string
  readonly url: string
  readonly status: number
  readonly issues: ReadonlyArray<Issue>
  readonly body?: string | undefined
}> {}

/**
 * A bill of materials with bad rows (all-or-nothing mode), or none at all: `issues` name each
 * row, column and value, with a code and what would be valid.
 * @example
 * ```ts
 * import { InvalidBomError, readBom } from "@rareearth/sdk"
 * import { Effect } from "effect"
 *
 * const exit = await Effect.runPromiseExit(readBom({ records: [{ part_id: "a", material: "ndfeb", mass: "2" }] }))
 * // InvalidBomError: issues[0] is { row: 1, column: "material", code: "unknown_material", ... }
 * ```
 * @category errors
 * @since 0.2.0
 */
export class InvalidBomError extends TaggedError("InvalidBomError")<{
  readonly message: string
  /** The file or input named in messages. */
  readonly name: string
  /** Rows read. */
  readonly rows: number
  readonly issues: ReadonlyArray<{
    readonly row: number
    readonly column: string
    readonly value: string
    readonly code: string
    readonly message: string
  }>
}> {}

export type SdkError =
  | NotFoundError
  | ValidationError
  | HttpError
  | RateLimitedError
  | TimeoutError
  | SourceUnavailableError
  | TruncatedResultError
  | InvalidResponseError
  | ImportError
  | StoreError
  | AbortedError
  | InvalidBomError
  | UnsupportedQueryError
