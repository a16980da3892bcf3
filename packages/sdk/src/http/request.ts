/**
 * Remote-source behaviour shared by the Http and Comtrade sources: GET with a timeout (default
 * and per call), retries with exponential backoff and full jitter on 408/429/5xx and network
 * errors, `Retry-After` honoured up to a cap, a TTL cache for successful GETs, and bodies parsed
 * with zod into `ValidationError`s that keep the issues. Web APIs only (`fetch`, `Headers`).
 * The package entry exports the user-facing part: `withTimeout`, `CallTimeout`, the retry
 * policy and its defaults.
 * @since 0.1.0
 */
import { Clock, Context, Effect, Random, Redacted, Result } from "effect"
import type { z } from "zod"
import {
  HttpError,
  type Issue,
  RateLimitedError,
  SourceUnavailableError,
  TimeoutError,
  ValidationError,
} from "../errors.ts"

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

/** The default retry policy: 3 retries, 250 ms base, 5 s ceiling, Retry-After up to 30 s. @category remote @since 0.1.0 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 30_000,
}

/** The default timeout of one call (all its attempts and waits), in milliseconds. @category remote @since 0.1.0 */
export const DEFAULT_TIMEOUT_MS = 30_000

/**
 * A per-call timeout for remote sources, overriding the layer's `timeoutMs` for the calls it
 * wraps. Provide it with {@link withTimeout}.
 * @category remote
 * @since 0.1.0
 */
export const CallTimeout = Context.Reference<number | undefined>("@rareearth/sdk/CallTimeout", {
  defaultValue: () => undefined,
})

/**
 * Runs an effect with a per-call timeout for the remote requests it makes.
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { RareEarth, withTimeout } from "@rareearth/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const rareEarth = yield* RareEarth
 *   return yield* rareEarth.elements.pipe(withTimeout(2_000))
 * })
 * ```
 * @category remote
 * @since 0.1.0
 */
export const withTimeout =
  (timeoutMs: number) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.provideService(effect, CallTimeout, timeoutMs)

/** A `fetch`-compatible function. @category remote @since 0.1.0 */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

/** Options of {@link makeRemoteClient}. @category remote @since 0.1.0 */
export interface RemoteClientOptions {
  /** Names the source in error messages (`http`, `comtrade`). */
  readonly source: string
  readonly fetch?: Fetch | undefined
  /** Timeout of one call, all attempts and waits included. Default {@link DEFAULT_TIMEOUT_MS}. */
  readonly timeoutMs?: number | undefined
  readonly retry?: Partial<RetryPolicy> | undefined
  /** How long a successful GET is reused; 0 turns the cache off. Default 60 s. */
  readonly cacheTtlMs?: number | undefined
  /** The most responses kept (least recently used go first). Default 200. */
  readonly maxCacheEntries?: number | undefined
  /** Called before each wait between attempts (logging, metrics, tests). */
  readonly onRetry?: ((retry: RetryInfo) => void) | undefined
  /** Headers sent with every request; `Redacted` values are revealed only to `fetch`. */
  readonly headers?: Readonly<Record<string, string | Redacted.Redacted<string>>> | undefined
}

/** What {@link RemoteClientOptions.onRetry} is told before a wait. @category remote @since 0.1.0 */
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

/** A response a remote client hands back: a final status and the whole body, read. @category remote @since 0.1.0 */
export interface RemoteResponse {
  readonly url: string
  readonly status: number
  readonly headers: Headers
  readonly body: string
  readonly requestId: string | undefined
  readonly fromCache: boolean
}

/** The errors of a remote GET. @category remote @since 0.1.0 */
export type RemoteError = HttpError | RateLimitedError | TimeoutError | SourceUnavailableError

/** A GET client with the shared remote behaviour. @category remote @since 0.1.0 */
export interface RemoteClient {
  /**
   * GETs `url`. Answers with any final status that is not retryable (2xx, 3xx, 4xx but 408 and
   * 429); retryable statuses are retried and, once retries are exhausted, fail with
   * `RateLimitedError` (429) or `HttpError` (408, 5xx); network errors with
   * `SourceUnavailableError`; the call's timeout with `TimeoutError`.
   */
  readonly get: (
    url: string,
    options?: { readonly operation?: string; readonly cache?: boolean },
  ) => Effect.Effect<RemoteResponse, RemoteError>
  /** Forgets every cached response. */
  readonly clearCache: Effect.Effect<void>
  readonly retry: RetryPolicy
}

/** Whether a status is worth retrying: 408, 429 and 5xx. @category remote @since 0.1.0 */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || status >= 500

/**
 * Parses a `Retry-After` value, seconds or an HTTP date, into milliseconds from `nowMs`.
 * @example
 * ```ts
 * parseRetryAfter("2", 0) // 2000
 * parseRetryAfter("Thu, 01 Jan 1970 00:00:05 GMT", 0) // 5000
 * ```
 * @category remote
 * @since 0.1.0
 * @internal
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

/** Reads "try again in N seconds" from a rate-limit message body (Azure API Management's wording). */
const retryAfterFromBody = (body: string): number | undefined => {
  const match = /try again in (\d+(?:\.\d+)?) second/i.exec(body)
  return match === null ? undefined : Math.round(Number(match[1]) * 1000)
}

const requestIdOf = (headers: Headers): string | undefined =>
  headers.get("x-request-id") ??
  headers.get("apim-request-id") ??
  headers.get("x-ms-request-id") ??
  undefined

const snippet = (body: string): string => (body.length > 500 ? `${body.slice(0, 500)}...` : body)

const describeCause = (cause: unknown): string => {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: unknown }).cause
    const code =
      typeof inner === "object" && inner !== null && "code" in inner
        ? ` (${String(inner.code)})`
        : ""
    return `${cause.message}${code}`
  }
  return String(cause)
}

interface NetworkFailure {
  readonly _tag: "NetworkFailure"
  readonly cause: unknown
}

/**
 * Makes a GET client with timeouts, retries, Retry-After and a TTL cache: the remote behaviour
 * of the Http and Comtrade sources (not exported from the package entry).
 * @example
 * ```ts
 * import { Effect } from "effect"
 *
 * const client = makeRemoteClient({ source: "example", timeoutMs: 5_000, retry: { maxRetries: 2 } })
 * const program = Effect.map(client.get("https://example.org/data.json"), (r) => r.status)
 * ```
 * @category remote
 * @since 0.1.0
 * @internal
 */
export const makeRemoteClient = (options: RemoteClientOptions): RemoteClient => {
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...stripUndefined(options.retry ?? {}) }
  const fetchImpl: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const cacheTtlMs = options.cacheTtlMs ?? 60_000
  const maxCacheEntries = options.maxCacheEntries ?? 200
  const cache = new Map<string, { readonly expiresAt: number; readonly response: RemoteResponse }>()
  const source = options.source

  const headers = (): Headers => {
    const result = new Headers({ accept: "application/json" })
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      result.set(name, Redacted.isRedacted(value) ? Redacted.value(value) : value)
    }
    return result
  }

  const attempt = (url: string): Effect.Effect<RemoteResponse, NetworkFailure> =>
    Effect.tryPromise({
      try: async (signal) => {
        const response = await fetchImpl(url, { method: "GET", headers: headers(), signal })
        // Reading the body is part of the attempt: a connection cut mid-body is a network error.
        const body = await response.text()
        return {
          url,
          status: response.status,
          headers: response.headers,
          body,
          requestId: requestIdOf(response.headers),
          fromCache: false,
        }
      },
      catch: (cause): NetworkFailure => ({ _tag: "NetworkFailure", cause }),
    })

  const notify = (info: RetryInfo): void => {
    try {
      options.onRetry?.(info)
    } catch {
      // A failing observer must not change the call's outcome.
    }
  }

  const backoff = (retryNumber: number): Effect.Effect<number> =>
    Random.nextBetween(0, Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** retryNumber))

  const exhausted = (
    response: RemoteResponse,
    operation: string,
    attempts: number,
    retryAfterMs: number | undefined,
    reason: "retries" | "too_long" | "deadline",
  ): RemoteError => {
    const made = `${attempts} attempt${attempts === 1 ? "" : "s"} made`
    const why =
      reason === "too_long"
        ? `asked to retry after ${Math.ceil((retryAfterMs ?? 0) / 1000)} s, longer than the ${Math.ceil(retry.maxRetryAfterMs / 1000)} s this client waits (retry.maxRetryAfterMs)`
        : reason === "deadline"
          ? `${made}; the next would start after the call's timeout`
          : `${made} (retry.maxRetries = ${retry.maxRetries})`
    if (response.status === 429) {
      return new RateLimitedError({
        message: `${source}: ${operation} was rate limited (HTTP 429 from ${response.url}); ${why}`,
        url: response.url,
        retryAfterMs,
      })
    }
    return new HttpError({
      message: `${source}: ${operation} failed with HTTP ${response.status} from ${response.url}; ${why}${
        response.requestId === undefined ? "" : `; request id ${response.requestId}`
      }`,
      status: response.status,
      url: response.url,
      requestId: response.requestId,
      body: snippet(response.body),
    })
  }

  const withRetries = (
    url: string,
    operation: string,
    deadline: number,
  ): Effect.Effect<RemoteResponse, RemoteError> =>
    Effect.gen(function* () {
      for (let attemptNumber = 0; ; attemptNumber++) {
        const outcome = yield* Effect.result(attempt(url))
        const attempts = attemptNumber + 1
        const now = yield* Clock.currentTimeMillis
        let delayMs: number
        if (Result.isSuccess(outcome)) {
          const response = outcome.success
          if (!isRetryableStatus(response.status)) return response
          const retryAfterMs =
            parseRetryAfter(response.headers.get("retry-after"), now) ??
            (response.status === 429 ? retryAfterFromBody(response.body) : undefined)
          if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs) {
            return yield* Effect.fail(
              exhausted(response, operation, attempts, retryAfterMs, "too_long"),
            )
          }
          if (attemptNumber >= retry.maxRetries) {
            return yield* Effect.fail(
              exhausted(response, operation, attempts, retryAfterMs, "retries"),
            )
          }
          delayMs = retryAfterMs ?? (yield* backoff(attemptNumber))
          if (now + delayMs >= deadline) {
            // The retry could not finish in time: report what the server said, not a timeout.
            return yield* Effect.fail(
              exhausted(response, operation, attempts, retryAfterMs, "deadline"),
            )
          }
          notify({ url, retry: attempts, delayMs, status: response.status, retryAfterMs })
          yield* Effect.logDebug(
            `${source}: HTTP ${response.status} from ${url}; retry ${attempts}/${retry.maxRetries} in ${Math.round(delayMs)} ms`,
          )
        } else {
          const cause = outcome.failure.cause
          const unreachable = (why: string) =>
            new SourceUnavailableError({
              message: `${source}: could not reach ${url} for ${operation} after ${attempts} attempt${
                attempts === 1 ? "" : "s"
              }: ${describeCause(cause)}${why}`,
              source,
              cause,
            })
          if (attemptNumber >= retry.maxRetries) return yield* unreachable("")
          delayMs = yield* backoff(attemptNumber)
          if (now + delayMs >= deadline) {
            return yield* unreachable("; the next retry would start after the call's timeout")
          }
          notify({ url, retry: attempts, delayMs, status: undefined, retryAfterMs: undefined })
          yield* Effect.logDebug(
            `${source}: network error on ${url} (${describeCause(cause)}); retry ${attempts}/${retry.maxRetries} in ${Math.round(delayMs)} ms`,
          )
        }
        // Interruptible: an abort or a timeout ends the wait at once.
        yield* Effect.sleep(delayMs)
      }
    })

  const get: RemoteClient["get"] = (url, getOptions = {}) =>
    Effect.gen(function* () {
      const operation = getOptions.operation ?? `GET ${url}`
      const useCache = cacheTtlMs > 0 && getOptions.cache !== false
      if (useCache) {
        const now = yield* Clock.currentTimeMillis
        const hit = cache.get(url)
        if (hit !== undefined && hit.expiresAt > now) {
          cache.delete(url)
          cache.set(url, hit)
          return { ...hit.response, fromCache: true }
        }
        if (hit !== undefined) cache.delete(url)
      }
      const timeoutMs = (yield* CallTimeout) ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS
      const deadline = (yield* Clock.currentTimeMillis) + timeoutMs
      const response = yield* withRetries(url, operation, deadline).pipe(
        Effect.timeoutOrElse({
          duration: timeoutMs,
          orElse: () =>
            Effect.fail(
              new TimeoutError({
                message: `${source}: ${operation} took longer than ${timeoutMs} ms (timeoutMs), retries included`,
                timeoutMs,
                operation,
              }),
            ),
        }),
      )
      if (useCache && response.status >= 200 && response.status < 300) {
        const now = yield* Clock.currentTimeMillis
        cache.set(url, { expiresAt: now + cacheTtlMs, response })
        while (cache.size > maxCacheEntries) {
          const oldest = cache.keys().next()
          if (oldest.done) break
          cache.delete(oldest.value)
        }
      }
      return response
    })

  return { get, clearCache: Effect.sync(() => cache.clear()), retry }
}

/**
 * Parses a response body as JSON and then with a zod schema. Not JSON (a truncated or corrupted
 * body) and schema violations are `ValidationError`s; the zod issues are kept.
 * @category remote
 * @since 0.1.0
 */
export const decodeJson = <S extends z.ZodType>(
  response: RemoteResponse,
  schema: S,
  what: string,
  source: string,
): Effect.Effect<z.output<S>, ValidationError> =>
  Effect.suspend(() => {
    let json: unknown
    try {
      json = JSON.parse(response.body)
    } catch (error) {
      const message = `${source}: the body of ${what} (${response.url}) is not valid JSON, so it was probably truncated or corrupted in transit (${response.body.length} characters received): ${
        error instanceof Error ? error.message : String(error)
      }`
      return Effect.fail(
        new ValidationError({ message, issues: [{ code: "invalid_json", path: [], message }] }),
      )
    }
    const result = schema.safeParse(json)
    if (result.success) return Effect.succeed(result.data)
    const issues: ReadonlyArray<Issue> = result.error.issues.map((issue) => ({
      code: issue.code,
      path: issue.path.filter((key): key is string | number => typeof key !== "symbol"),
      message: issue.message,
    }))
    const listed = issues
      .slice(0, 5)
      .map(
        (issue) =>
          `at ${issue.path.length === 0 ? "(root)" : issue.path.join(".")}: ${issue.message}`,
      )
      .join("; ")
    return Effect.fail(
      new ValidationError({
        message: `${source}: the body of ${what} (${response.url}) does not match the expected schema: ${listed}${
          issues.length > 5 ? ` (and ${issues.length - 5} more issues)` : ""
        }`,
        issues,
      }),
    )
  })

const stripUndefined = <A extends object>(value: A): Partial<A> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<A>
