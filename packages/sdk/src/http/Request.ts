/**
 * The remote client shared by the Http and Comtrade sources: GETs over `fetch` with one deadline
 * per call (default and per call, see {@link effectiveTimeout}), retries on 408/429/5xx and
 * network errors scheduled by `Retry.ts` (an Effect `Schedule`), redirects followed only within
 * the configured origin (`Redirect.ts`: a credential never reaches another host), a bounded TTL
 * cache of successful GETs (`ResponseCache.ts`); bodies are parsed by `JsonBody.ts`. Web APIs
 * only (`fetch`, `Headers`). The package entry exports the user-facing part: `withTimeout`,
 * `CallTimeout`, `DEFAULT_TIMEOUT_MS` and the retry policy.
 *
 * Effect's own HTTP client (`effect/http`: `HttpClient`, `FetchHttpClient`) is not used. It adds
 * 12 kB min+gzip to today's browser bundle of `createClient` with the Http source (esbuild,
 * 225.6 -> 238.0 kB) and 29 kB to Effect's core alone, where the whole bundle's target is 60 kB;
 * and what it would bring does not fit: its `followRedirects` keeps custom credential headers
 * across origins and follows https -> http, its `retryTransient` retries six statuses and takes
 * `Retry-After` as a minimum without a ceiling, and `FetchHttpClient` adds trace headers that
 * fail CORS preflights by default. The retry policy is Effect's `Schedule`; `fetch` is the
 * transport.
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import {
  HttpError,
  type Issue,
  RateLimitedError,
  SourceUnavailableError,
  TimeoutError,
  ValidationError,
} from "../Errors.ts"
import { CallTimeout, DEFAULT_TIMEOUT_MS } from "./CallTimeout.ts"
import { isRedirectStatus, MAX_REDIRECTS, redirectRefusal } from "./Redirect.ts"
import { makeResponseCache } from "./ResponseCache.ts"
import {
  asksTooLong,
  DEFAULT_RETRY_POLICY,
  isRetryableStatus,
  parseRetryAfter,
  type RetryInfo,
  type RetryPolicy,
  retryAfterFromBody,
  retrySchedule,
  type TransientFailure,
} from "./Retry.ts"

export {
  DEFAULT_RETRY_POLICY,
  isRetryableStatus,
  parseRetryAfter,
  type RetryBackoff,
  type RetryInfo,
  type RetryPolicy,
} from "./Retry.ts"

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
  (timeout: number) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.provideService(effect, CallTimeout, timeout)

/**
 * The timeout of one call. Every timeout that was given holds, so the shortest wins: a per-call
 * value (`withTimeout`, the client's `{ timeout }`) shorter than the source's `timeout` applies,
 * a longer one cannot extend it. The default ({@link DEFAULT_TIMEOUT_MS}) applies only when
 * neither was given, and never shortens a value that was.
 * @example
 * ```ts
 * effectiveTimeout(2_000, 10_000) // 2000: the call's is shorter
 * effectiveTimeout(60_000, 10_000) // 10000: the source's bound holds
 * effectiveTimeout(60_000, undefined) // 60000: the default does not cap it
 * effectiveTimeout(undefined, undefined) // 30000
 * ```
 * @category remote
 * @since 0.2.0
 */
export const effectiveTimeout = (
  perCall: number | undefined,
  source: number | undefined,
): number =>
  perCall === undefined
    ? (source ?? DEFAULT_TIMEOUT_MS)
    : source === undefined
      ? perCall
      : Math.min(perCall, source)

/**
 * Checks the options every remote source shares, naming the option and what is valid.
 * @category remote
 * @since 0.2.0
 * @internal
 */
export const validateRemoteOptions = (options: {
  readonly timeout?: number | undefined
  readonly maxRetries?: number | undefined
}): Effect.Effect<void, ValidationError> => {
  const issues: Array<Issue> = []
  const { timeout, maxRetries } = options
  if (timeout !== undefined && !(typeof timeout === "number" && timeout > 0)) {
    issues.push({
      code: "invalid_timeout",
      path: ["timeout"],
      message: `Invalid timeout ${String(timeout)}: expected a number of milliseconds greater than 0 (or Infinity for none)`,
    })
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    issues.push({
      code: "invalid_value",
      path: ["maxRetries"],
      message: `Invalid maxRetries ${String(maxRetries)}: expected a whole number, 0 for no retry`,
    })
  }
  return issues.length === 0
    ? Effect.void
    : Effect.fail(
        new ValidationError({ message: issues.map((issue) => issue.message).join("; "), issues }),
      )
}

/** A `fetch`-compatible function. @category remote @since 0.1.0 */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

/** Options of {@link makeRemoteClient}. @category remote @since 0.1.0 */
export interface RemoteClientOptions {
  /** Names the source in error messages (`http`, `comtrade`). */
  readonly source: string
  readonly fetch?: Fetch | undefined
  /** The source's timeout of one call, all requests, attempts and waits included. */
  readonly timeout?: number | undefined
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

/** A response a remote client hands back: a final status and the whole body, read. @category remote @since 0.1.0 */
export interface RemoteResponse {
  /** The URL that answered (after same-origin redirects). */
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
   * GETs `url`. Answers with any final status that is not retryable (2xx, 4xx but 408 and
   * 429, a 3xx without a `Location`); retryable statuses are retried and, once retries are
   * exhausted, fail with `RateLimitedError` (429) or `HttpError` (408, 5xx); network errors
   * with `SourceUnavailableError`; a redirect it may not follow with `HttpError`; the call's
   * timeout with `TimeoutError`.
   */
  readonly get: (
    url: string,
    options?: { readonly operation?: string; readonly cache?: boolean },
  ) => Effect.Effect<RemoteResponse, RemoteError>
  /**
   * POSTs a JSON `body` to `url`, once: no retry and no cache (a POST is not assumed to be
   * idempotent), no redirect followed (a redirected POST fails with `HttpError` naming the
   * target), under the call's timeout. Answers with any final status.
   */
  readonly post: (
    url: string,
    body: string,
    options?: { readonly operation?: string },
  ) => Effect.Effect<RemoteResponse, RemoteError>
  /**
   * Runs a call that may make several requests under one deadline (the effective timeout),
   * failing with `TimeoutError` when it passes. `get` alone is a call of its own.
   */
  readonly timed: <A, E, R>(
    operation: string,
    effect: Effect.Effect<A, E, R>,
  ) => Effect.Effect<A, E | TimeoutError, R>
  /** Forgets every cached response. */
  readonly clearCache: Effect.Effect<void>
  readonly retry: RetryPolicy
}

/** The deadline (epoch ms) of the call in progress, set by `timed`. */
const CallDeadline = Context.Reference<number | undefined>("@rareearth/sdk/CallDeadline", {
  defaultValue: () => undefined,
})

const requestIdOf = (headers: Headers): string | undefined =>
  headers.get("x-request-id") ??
  headers.get("apim-request-id") ??
  headers.get("x-ms-request-id") ??
  undefined

/** The first 500 characters of a body, kept on errors for logs. @internal */
export const snippet = (body: string): string =>
  body.length > 500 ? `${body.slice(0, 500)}...` : body

const parseUrl = (input: string, base: URL): URL | undefined => {
  try {
    return new URL(input, base)
  } catch {
    return undefined
  }
}

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

/** One exchange: a final response, or a redirect the rule refused. */
type Exchange =
  | { readonly _tag: "Response"; readonly response: RemoteResponse }
  | {
      readonly _tag: "Refused"
      readonly url: string
      readonly status: number
      /** The origin the redirect pointed at, when known. */
      readonly target: string | undefined
      readonly reason: string
    }

/** A failed attempt that may be retried, with the response when there was one. */
interface FailedAttempt extends TransientFailure {
  readonly response: RemoteResponse | undefined
}

/**
 * Makes a GET client with timeouts, retries, Retry-After, safe redirects and a TTL cache: the
 * remote behaviour of the Http and Comtrade sources (not exported from the package entry).
 * @example
 * ```ts
 * import { Effect } from "effect"
 *
 * const client = makeRemoteClient({ source: "example", timeout: 5_000, retry: { maxRetries: 2 } })
 * const program = Effect.map(client.get("https://example.org/data.json"), (r) => r.status)
 * ```
 * @category remote
 * @since 0.1.0
 * @internal
 */
/**
 * A redirect answer (its body dropped): its `Location`, or null where the browser hides it
 * (an opaque redirect); undefined for any other answer.
 */
const redirectOf = (response: Response): { readonly location: string | null } | undefined => {
  const location = isRedirectStatus(response.status) ? response.headers.get("location") : null
  if (response.type !== "opaqueredirect" && location === null) return undefined
  void response.body?.cancel().catch(() => undefined)
  return { location }
}

export const makeRemoteClient = (options: RemoteClientOptions): RemoteClient => {
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...stripUndefined(options.retry ?? {}) }
  const fetchImpl: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const cacheTtlMs = options.cacheTtlMs ?? 60_000
  const cache = makeResponseCache<RemoteResponse>(cacheTtlMs, options.maxCacheEntries ?? 200)
  const source = options.source

  const headers = (): Headers => {
    const result = new Headers({ accept: "application/json" })
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      result.set(name, Redacted.isRedacted(value) ? Redacted.value(value) : value)
    }
    return result
  }

  /** One attempt: the request and the redirects the rule allows, the whole body read. */
  const exchange = (url: string): Effect.Effect<Exchange, unknown> =>
    Effect.tryPromise({
      try: async (signal): Promise<Exchange> => {
        const configured = new URL(url)
        let current = configured
        for (let hops = 0; ; hops++) {
          const response = await fetchImpl(current.href, {
            method: "GET",
            headers: headers(),
            signal,
            redirect: "manual",
          })
          const redirect = redirectOf(response)
          if (redirect !== undefined) {
            const { location } = redirect
            const target = location === null ? undefined : parseUrl(location, current)
            // Browsers hide a manual redirect's target: refuse it rather than follow blindly.
            const reason =
              location === null
                ? "the browser does not reveal its target"
                : target === undefined
                  ? `its Location ${JSON.stringify(location)} is not a URL`
                  : (redirectRefusal(configured, target) ??
                    (hops >= MAX_REDIRECTS
                      ? `it is more than ${MAX_REDIRECTS} redirects`
                      : undefined))
            if (reason !== undefined || target === undefined) {
              return {
                _tag: "Refused",
                url: current.href,
                status: response.status,
                target: target?.origin,
                reason: reason ?? "",
              }
            }
            current = target
            continue
          }
          // Reading the body is part of the attempt: a connection cut mid-body is a network error.
          const body = await response.text()
          return {
            _tag: "Response",
            response: {
              url: current.href,
              status: response.status,
              headers: response.headers,
              body,
              requestId: requestIdOf(response.headers),
              fromCache: false,
            },
          }
        }
      },
      catch: (cause) => cause,
    })

  const onWait = (url: string) => (failure: TransientFailure, delayMs: number) =>
    Effect.suspend(() => {
      try {
        options.onRetry?.({
          url,
          retry: failure.attempts,
          delayMs,
          status: failure.status,
          retryAfterMs: failure.retryAfterMs,
        })
      } catch {
        // A failing observer must not change the call's outcome.
      }
      const what =
        failure.status === undefined
          ? `network error on ${url} (${describeCause(failure.cause)})`
          : `HTTP ${failure.status} from ${url}`
      return Effect.logDebug(
        `${source}: ${what}; retry ${failure.attempts}/${retry.maxRetries} in ${Math.round(delayMs)} ms`,
      )
    })

  /** The error of a call whose last attempt failed and will not be retried. */
  const finalError = (url: string, operation: string, failure: FailedAttempt): RemoteError => {
    const { attempts, retryAfterMs, response } = failure
    const reason = asksTooLong(retry, failure)
      ? "too_long"
      : attempts > retry.maxRetries
        ? "retries"
        : "deadline"
    const made = `${attempts} attempt${attempts === 1 ? "" : "s"} made`
    if (response === undefined) {
      return new SourceUnavailableError({
        message: `${source}: could not reach ${url} for ${operation} after ${attempts} attempt${
          attempts === 1 ? "" : "s"
        }: ${describeCause(failure.cause)}${
          reason === "deadline" ? "; the next retry would start after the call's timeout" : ""
        }`,
        source,
        cause: failure.cause,
      })
    }
    const why =
      reason === "too_long"
        ? `asked to retry after ${Math.ceil((retryAfterMs ?? 0) / 1000)} s, longer than the ${Math.ceil(retry.maxRetryAfterMs / 1000)} s this client waits (retry.maxRetryAfterMs)`
        : reason === "deadline"
          ? `${made}; the next would start after the call's timeout`
          : `${made} (maxRetries = ${retry.maxRetries})`
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

  const withRetries = (url: string, operation: string) =>
    Effect.gen(function* () {
      const deadline = (yield* CallDeadline) ?? Number.POSITIVE_INFINITY
      let attempts = 0
      const attempt = Effect.suspend(() => {
        attempts += 1
        const made = attempts
        return Effect.flatMap(
          Effect.mapError(
            exchange(url),
            (cause): FailedAttempt => ({
              _tag: "TransientFailure",
              attempts: made,
              status: undefined,
              retryAfterMs: undefined,
              cause,
              response: undefined,
            }),
          ),
          (outcome) =>
            outcome._tag === "Refused" || !isRetryableStatus(outcome.response.status)
              ? Effect.succeed(outcome)
              : Effect.flatMap(Clock.currentTimeMillis, (now) => {
                  const response = outcome.response
                  const retryAfterMs =
                    parseRetryAfter(response.headers.get("retry-after"), now) ??
                    (response.status === 429 ? retryAfterFromBody(response.body) : undefined)
                  return Effect.fail<FailedAttempt>({
                    _tag: "TransientFailure",
                    attempts: made,
                    status: response.status,
                    retryAfterMs,
                    response,
                  })
                }),
        )
      })
      // The schedule's waits are interruptible: an abort or the timeout ends them at once.
      const outcome = yield* Effect.retry(
        attempt,
        retrySchedule(retry, deadline, onWait(url)),
      ).pipe(Effect.mapError((failure) => finalError(url, operation, failure)))
      if (outcome._tag === "Response") return outcome.response
      const to = outcome.target === undefined ? "" : ` to ${outcome.target}`
      return yield* new HttpError({
        message: `${source}: ${operation} was redirected from ${outcome.url}${to}, which this client does not follow: ${outcome.reason}. A source only talks to the origin it was configured with, so that its credentials never reach another host; configure the address that answers without a redirect as the base URL.`,
        status: outcome.status,
        url: outcome.url,
      })
    })

  const timed: RemoteClient["timed"] = (operation, effect) =>
    Effect.gen(function* () {
      // Inside a call that already has a deadline (several requests of one call): keep it.
      if ((yield* CallDeadline) !== undefined) return yield* effect
      const timeout = effectiveTimeout(yield* CallTimeout, options.timeout)
      if (!Number.isFinite(timeout)) return yield* effect
      const deadline = (yield* Clock.currentTimeMillis) + timeout
      return yield* effect.pipe(
        Effect.provideService(CallDeadline, deadline),
        Effect.timeoutOrElse({
          duration: timeout,
          orElse: () =>
            Effect.fail(
              new TimeoutError({
                message: `${source}: ${operation} took longer than ${timeout} ms (timeout), retries included`,
                timeoutMs: timeout,
                operation,
              }),
            ),
        }),
      )
    })

  const get: RemoteClient["get"] = (url, getOptions = {}) =>
    Effect.gen(function* () {
      const operation = getOptions.operation ?? `GET ${url}`
      const useCache = cacheTtlMs > 0 && getOptions.cache !== false
      if (useCache) {
        const hit = cache.get(url, yield* Clock.currentTimeMillis)
        if (hit !== undefined) return { ...hit, fromCache: true }
      }
      const response = yield* timed(operation, withRetries(url, operation))
      if (useCache && response.status >= 200 && response.status < 300) {
        cache.set(url, response, yield* Clock.currentTimeMillis)
      }
      return response
    })

  const post: RemoteClient["post"] = (url, body, postOptions = {}) => {
    const operation = postOptions.operation ?? `POST ${url}`
    return timed(
      operation,
      Effect.tryPromise({
        try: async (
          signal,
        ): Promise<
          RemoteResponse | { readonly redirectedTo: string | null; readonly status: number }
        > => {
          const requestHeaders = headers()
          requestHeaders.set("content-type", "application/json")
          const response = await fetchImpl(url, {
            method: "POST",
            headers: requestHeaders,
            body,
            signal,
            redirect: "manual",
          })
          const redirect = redirectOf(response)
          if (redirect !== undefined)
            return { redirectedTo: redirect.location, status: response.status }
          return {
            url,
            status: response.status,
            headers: response.headers,
            body: await response.text(),
            requestId: requestIdOf(response.headers),
            fromCache: false,
          }
        },
        catch: (cause) =>
          new SourceUnavailableError({
            message: `${source}: could not reach ${url} for ${operation}: ${describeCause(cause)}`,
            source,
            cause,
          }),
      }).pipe(
        Effect.flatMap((outcome) =>
          "redirectedTo" in outcome
            ? Effect.fail(
                new HttpError({
                  message: `${source}: ${operation} was redirected from ${url}${outcome.redirectedTo === null ? "" : ` to ${outcome.redirectedTo}`}, which this client does not follow for a POST (its body and credentials stay with the configured origin); configure the address that answers without a redirect as the base URL.`,
                  status: outcome.status,
                  url,
                }),
              )
            : Effect.succeed(outcome),
        ),
      ),
    )
  }

  return { get, post, timed, clearCache: Effect.sync(() => cache.clear()), retry }
}

const stripUndefined = <A extends object>(value: A): Partial<A> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<A>
