/**
 * When and how long a remote source waits before trying again: the retry policy, which answers
 * are worth a retry (408, 429, 5xx, network errors), the server's `Retry-After` (seconds, an HTTP
 * date, or Azure API Management's "try again in N seconds" message), and the policy as an Effect
 * `Schedule` (exponential backoff with full jitter, the server's hint when it gives one).
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Random from "effect/Random"
// The module itself, not the "effect" barrel: through the barrel, esbuild keeps Schedule's cron
// parser and date-time code (15 kB minified) although they are never called.
import * as Schedule from "effect/Schedule"

/**
 * How a remote source retries: up to `maxRetries` retries after the first attempt, waiting a
 * random time between 0 and `min(maxDelayMs, baseDelayMs * 2^retry)` (full jitter), or what
 * the server's `Retry-After` asks for when it asks for at most `maxRetryAfterMs`. A server that
 * asks for longer gets no retry: the call fails at once with the server's hint
 * (`RateLimitedError.retryAfterMs`), rather than hammering it early or blocking for minutes.
 * @category remote
 * @since 0.1.0
 */
export interface RetryPolicy {
  readonly maxRetries: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  readonly maxRetryAfterMs: number
}

/**
 * The waits of a retry policy, without the number of retries (a source's `maxRetries` option).
 * @category remote
 * @since 0.2.0
 */
export type RetryBackoff = Omit<RetryPolicy, "maxRetries">

/**
 * The default retry policy: 3 retries, 250 ms base, 5 s ceiling, Retry-After up to 30 s.
 * @category remote
 * @since 0.1.0
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 30_000,
}

/** What `onRetry` is told before a wait. @category remote @since 0.1.0 */
export interface RetryInfo {
  readonly url: string
  /** 1 for the first retry. */
  readonly retry: number
  readonly delayMs: number
  /** The status that caused the retry, or undefined after a network error. */
  readonly status: number | undefined
  /** The server's Retry-After, in ms, when it sent one. */
  readonly retryAfterMs: number | undefined
}

/**
 * Whether a status is worth retrying: 408, 429 and 5xx but 501 (Not Implemented is an answer,
 * not a failure: the server's source holds no data of that kind, and will not on a retry).
 * @category remote
 * @since 0.1.0
 */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || (status >= 500 && status !== 501)

/**
 * Parses a `Retry-After` value, seconds or an HTTP date, into milliseconds from `nowMs`.
 * @example
 * ```ts
 * parseRetryAfter("2", 0) // 2000
 * parseRetryAfter("Thu, 01 Jan 1970 00:00:05 GMT", 0) // 5000
 * ```
 * @category remote
 * @since 0.1.0
 */
export const parseRetryAfter = (
  value: string | null | undefined,
  nowMs: number,
): number | undefined => {
  if (value === null || value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs)
}

/**
 * Reads "try again in N seconds" from a 429 body (Azure API Management's wording, which UN
 * Comtrade sends without a `Retry-After` header), in milliseconds.
 * @category remote
 * @since 0.2.0
 */
export const retryAfterFromBody = (body: string): number | undefined => {
  const match = /try again in (\d+(?:\.\d+)?) second/i.exec(body)
  return match === null ? undefined : Math.round(Number(match[1]) * 1000)
}

/**
 * An attempt that may be retried: a retryable status (`status`) or a network error (`cause`).
 * `attempts` counts the attempts made so far, this one included.
 * @category remote
 * @since 0.2.0
 */
export interface TransientFailure {
  readonly _tag: "TransientFailure"
  readonly attempts: number
  readonly status: number | undefined
  readonly retryAfterMs: number | undefined
  readonly cause?: unknown
}

/** Whether the server asked for a longer wait than the policy accepts (no retry, fail at once). */
export const asksTooLong = (policy: RetryPolicy, failure: TransientFailure): boolean =>
  failure.retryAfterMs !== undefined && failure.retryAfterMs > policy.maxRetryAfterMs

/**
 * The retry policy as a `Schedule` over transient failures: at most `maxRetries` recurrences;
 * no retry when the server asks for more than `maxRetryAfterMs`; each wait is the server's
 * `Retry-After` or a full-jitter exponential backoff; no wait that would end at or after
 * `deadline` (epoch ms; the call's timeout), so the call fails with the server's error rather
 * than a timeout. `onWait` is told about each wait before it starts.
 * @example
 * ```ts
 * import { Effect } from "effect"
 *
 * const attempt: Effect.Effect<string, TransientFailure> = Effect.fail({
 *   _tag: "TransientFailure", attempts: 1, status: 503, retryAfterMs: undefined,
 * })
 * const retried = Effect.retry(attempt, retrySchedule(DEFAULT_RETRY_POLICY, Date.now() + 30_000))
 * ```
 * @category remote
 * @since 0.2.0
 */
export const retrySchedule = (
  policy: RetryPolicy,
  deadline: number,
  onWait: (failure: TransientFailure, delayMs: number) => Effect.Effect<void> = () => Effect.void,
): Schedule.Schedule<Duration.Duration, TransientFailure> =>
  Schedule.exponential(Duration.millis(policy.baseDelayMs)).pipe(
    Schedule.setInputType<TransientFailure>(),
    Schedule.while(({ input }) => !asksTooLong(policy, input)),
    Schedule.upTo({ times: policy.maxRetries }),
    Schedule.modifyDelay(({ input, duration }) =>
      input.retryAfterMs !== undefined
        ? Effect.succeed(Duration.millis(input.retryAfterMs))
        : Effect.map(
            Random.nextBetween(0, Math.min(policy.maxDelayMs, Duration.toMillis(duration))),
            Duration.millis,
          ),
    ),
    Schedule.while(({ now, duration }) => now + Duration.toMillis(duration) < deadline),
    Schedule.tap(({ input, duration }) => onWait(input, Duration.toMillis(duration))),
  )
