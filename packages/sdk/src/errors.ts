/**
 * The SDK's errors: tagged classes for the Effect error channel, sharing one base so that
 * Promise users can test `isRareEarthError(e)` or `e instanceof RareEarthError`, even across
 * duplicate installs (the marker is a `Symbol.for` key, not an identity check).
 * @since 0.1.0
 */
import { Data } from "effect"
import type { InvalidResponseError } from "./http/InvalidResponseError.ts"

/** @internal */
export const RareEarthErrorTypeId: unique symbol = Symbol.for(
  "@rareearth/sdk/RareEarthError",
) as never

/** One problem with an input value: what, where, and what would be valid. @category errors */
export interface Issue {
  readonly code: string
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/** Returns true for any error raised by the SDK. @category errors */
export const isRareEarthError = (u: unknown): u is RareEarthError =>
  typeof u === "object" && u !== null && RareEarthErrorTypeId in u

/**
 * The base of every SDK error. `instanceof RareEarthError` works across copies of the package.
 * @category errors
 */
export abstract class RareEarthError extends Error {
  declare readonly _tag: string
  static override [Symbol.hasInstance](u: unknown): boolean {
    return isRareEarthError(u)
  }
}

/** A requested record does not exist (unknown element symbol, measure id...). @category errors */
export class NotFoundError extends Data.TaggedError("NotFoundError")<{
  readonly message: string
  readonly resource: string
  readonly id: string
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** An input (parameter, file row, response body) failed validation; the zod issues are kept. @category errors */
export class ValidationError extends Data.TaggedError("ValidationError")<{
  readonly message: string
  readonly issues: ReadonlyArray<Issue>
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** A remote source answered with an HTTP error status. @category errors */
export class HttpError extends Data.TaggedError("HttpError")<{
  readonly message: string
  readonly status: number
  readonly url: string
  readonly requestId?: string | undefined
  readonly body?: string | undefined
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** A remote source asked us to slow down; `retryAfterMs` is its hint, when given. @category errors */
export class RateLimitedError extends Data.TaggedError("RateLimitedError")<{
  readonly message: string
  readonly url: string
  readonly retryAfterMs?: number | undefined
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** A call took longer than its timeout. @category errors */
export class TimeoutError extends Data.TaggedError("TimeoutError")<{
  readonly message: string
  readonly timeoutMs: number
  readonly operation: string
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** A source could not be reached or cannot answer this kind of query. @category errors */
export class SourceUnavailableError extends Data.TaggedError("SourceUnavailableError")<{
  readonly message: string
  readonly source: string
  readonly cause?: unknown
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** A response was cut off at the source's row cap: the result would be partial. @category errors */
export class TruncatedResultError extends Data.TaggedError("TruncatedResultError")<{
  readonly message: string
  readonly source: string
  readonly cap: number
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** One rejected row of an import. @category errors */
export interface RejectedRow {
  readonly file: string
  readonly line: number
  readonly column?: string | undefined
  readonly value?: string | undefined
  readonly reason: string
}

/** An import was refused; nothing was applied. Each rejected row says where and why. @category errors */
export class ImportError extends Data.TaggedError("ImportError")<{
  readonly message: string
  readonly file: string
  readonly rejected: ReadonlyArray<RejectedRow>
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** A persistent store failed (connection lost, constraint, migration). @category errors */
export class StoreError extends Data.TaggedError("StoreError")<{
  readonly message: string
  readonly store: string
  readonly operation: string
  readonly cause?: unknown
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** The call was aborted by its AbortSignal. @category errors */
export class AbortedError extends Data.TaggedError("AbortedError")<{
  readonly message: string
  readonly operation: string
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}

/** Every error the SDK can raise. @category errors */
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
