/**
 * The calls of the Http source: every method of the RareEarth service over the REST API but the
 * `allFlows` stream, which `HttpSource` adds. The Promise client pages with `flows` and uses
 * these alone, so that its bundle holds no Effect `Stream`.
 */
import * as Effect from "effect/Effect"
import { type InvalidBomError, type NotFoundError, ValidationError } from "../Errors.ts"
import type { FlowQuery } from "../Query.ts"
import type { RareEarthCalls, RareEarthService, RemoteFailure } from "../RareEarth.ts"
import type { RouteName } from "./ApiContract.ts"
import type { RouteAnswer } from "./ClientResponses.ts"
import { API_PREFIX, EXPOSURE_PATH, routeUrl, SOURCE } from "./ClientRoutes.ts"
import {
  type Fetch,
  makeRemoteClient,
  type RetryBackoff,
  type RetryInfo,
  validateRemoteOptions,
} from "./Request.ts"

/** Options of `HttpSource`. @category sources @since 0.1.0 */
export interface HttpSourceOptions {
  /**
   * Where the API runs, e.g. `http://127.0.0.1:4321` (the `/api/v1` prefix is added; a URL that
   * already ends with it works too).
   */
  readonly baseUrl: string | URL
  /** Your own `fetch` (proxies, instrumentation, runtimes without a global one). */
  readonly fetch?: Fetch | undefined
  /**
   * Timeout of one call in ms, its retries and waits included (`Infinity`: none). Default
   * `DEFAULT_TIMEOUT_MS` (30 000). A per-call timeout (`withTimeout`, the client's
   * `{ timeout }`) that is shorter wins; a longer one cannot extend this one.
   */
  readonly timeout?: number | undefined
  /** Retries after the first attempt, on 408, 429, 5xx and network errors. Default 3; 0: none. */
  readonly maxRetries?: number | undefined
  /** The waits between attempts; see `DEFAULT_RETRY_POLICY` for the defaults. */
  readonly retry?: Partial<RetryBackoff> | undefined
  /** How long successful GETs are reused, in ms; 0 turns the cache off. Default 60 000. */
  readonly cacheTtlMs?: number | undefined
  /** Called before each wait between attempts (logging, metrics). */
  readonly onRetry?: ((retry: RetryInfo) => void) | undefined
  /** Page size `allFlows` asks for. Default 1 000. */
  readonly pageSize?: number | undefined
}

const normaliseBaseUrl = (baseUrl: string | URL): Effect.Effect<string, ValidationError> =>
  Effect.suspend(() => {
    let url: URL
    try {
      url = new URL(String(baseUrl))
    } catch {
      const message = `Invalid baseUrl ${JSON.stringify(String(baseUrl))}: expected an absolute http(s) URL such as "http://127.0.0.1:4321"`
      return Effect.fail(
        new ValidationError({
          message,
          issues: [{ code: "invalid_url", path: ["baseUrl"], message }],
        }),
      )
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      const message = `Invalid baseUrl ${JSON.stringify(String(baseUrl))}: expected an http: or https: URL, got ${url.protocol}`
      return Effect.fail(
        new ValidationError({
          message,
          issues: [{ code: "invalid_url", path: ["baseUrl"], message }],
        }),
      )
    }
    let path = url.pathname.replace(/\/+$/, "")
    if (path.endsWith(API_PREFIX)) path = path.slice(0, -API_PREFIX.length)
    return Effect.succeed(`${url.origin}${path}`)
  })

/**
 * What a route can fail with: a remote failure, plus `ValidationError` for routes that take
 * parameters and `NotFoundError` for the one that looks a record up.
 */
type RouteError<N extends RouteName> =
  | RemoteFailure
  | (N extends "element"
      ? NotFoundError | ValidationError
      : N extends "elements" | "dataset"
        ? never
        : ValidationError)

// How answers are read (their schemas, and the errors of non-2xx answers) loads with the first
// answer: a client's first chunk carries neither zod nor core's schemas.
const loadResponses = Effect.promise(() => import("./ClientResponses.ts"))

/** The service's methods but `allFlows` (a stream of every page, built on `flows`). */

/** Builds the calls of the service over the REST API at `baseUrl`. */
export const makeHttpCalls = (
  options: HttpSourceOptions,
): Effect.Effect<RareEarthCalls, ValidationError> =>
  Effect.gen(function* () {
    const base = yield* normaliseBaseUrl(options.baseUrl)
    yield* validateRemoteOptions(options)
    const client = makeRemoteClient({
      source: SOURCE,
      fetch: options.fetch,
      timeout: options.timeout,
      retry: { ...options.retry, maxRetries: options.maxRetries },
      cacheTtlMs: options.cacheTtlMs,
      onRetry: options.onRetry,
    })

    const call = <N extends RouteName>(
      route: N,
      values: Readonly<Record<string, string | number | undefined | null>> = {},
    ): Effect.Effect<RouteAnswer<N>, RouteError<N>> =>
      Effect.gen(function* () {
        const path = routeUrl(route, values)
        const response = yield* client.get(`${base}${path}`, { operation: `GET ${path}` })
        const responses = yield* loadResponses
        if (response.status < 200 || response.status >= 300) {
          return yield* Effect.fail(responses.errorOf(response, route) as RouteError<N>)
        }
        return yield* responses.decodeAnswer(route, response, `GET ${path}`)
      })

    // POST through the shared client: one attempt, no cache, no redirect, the call's timeout.
    const exposure: RareEarthService["exposure"] = (query) =>
      Effect.gen(function* () {
        const url = `${base}${API_PREFIX}${EXPOSURE_PATH}`
        const bom = query.bom
        const body = JSON.stringify({
          ...("records" in bom ? { records: bom.records } : {}),
          ...("text" in bom
            ? { text: bom.text, format: bom.format, delimiter: bom.delimiter }
            : {}),
          ...("lines" in bom ? { lines: bom.lines } : {}),
          on: query.on,
          from: query.from,
          to: query.to,
          mode: query.mode,
          mapping: query.mapping,
        })
        const response = yield* client.post(url, body, { operation: `POST ${EXPOSURE_PATH}` })
        const responses = yield* loadResponses
        if (response.status < 200 || response.status >= 300)
          return yield* Effect.fail(
            responses.errorOf(response, "exposure") as
              | InvalidBomError
              | ValidationError
              | RemoteFailure,
          )
        return yield* responses.decodeExposure(response)
      })

    const flowValues = (query: FlowQuery = {}) => ({
      from: query.from,
      to: query.to,
      reporter: query.reporter,
      partner: query.partner,
      flow: query.flow,
      commodity: query.commodity,
    })

    const flows: RareEarthService["flows"] = (query, page) =>
      call("flows", { ...flowValues(query), offset: page?.offset, limit: page?.limit })

    return {
      elements: call("elements"),
      element: (input) =>
        String(input).trim() === ""
          ? Effect.fail(
              new ValidationError({
                message:
                  "Invalid element: expected a symbol, name or atomic number, got an empty string",
                issues: [
                  { code: "invalid_value", path: ["element"], message: "must not be empty" },
                ],
              }),
            )
          : call("element", { symbol: String(input).trim() }),
      controls: (query = {}) =>
        call("controls", { on: query.on, element: query.element, form: query.form }),
      quotas: (query = {}) => call("quotas", { year: query.year, kind: query.kind }),
      flows,
      series: (query) => call("series", { ...flowValues(query), commodity: query.commodity }),
      timeline: (query = {}) => call("timeline", { from: query.from, to: query.to }),
      datasetInfo: call("dataset"),
      exposure,
      // The supply routes take the service's queries as they are, name for name.
      production: (query = {}) => call("production", { ...query }),
      concentration: (query = {}) => call("concentration", { ...query }),
      reserves: (query = {}) => call("reserves", { ...query }),
      reserveRevisions: (query = {}) => call("reserveRevisions", { ...query }),
      measures: (query = {}) => call("measures", { ...query }),
      prices: (query = {}) => call("prices", { ...query }),
      priceChange: (query) => call("priceChange", { ...query }),
      pricePremium: (query = {}) => call("pricePremium", { ...query }),
      salientStatistics: (query = {}) => call("salientStatistics", { ...query }),
      supplyShares: (query = {}) => call("supplyShares", { ...query }),
      commodityGroups: call("commodityGroups"),
      groupFlows: (query) => call("groupFlows", { ...query }),
      mirror: (query) => call("mirror", { ...query }),
    } satisfies RareEarthCalls
  })
