/**
 * The REST API as a web-standard handler, `(request: Request) => Promise<Response>`, over any
 * RareEarth service. It runs on Node (via a small node:http adapter), Deno, Bun or a worker.
 * Parameters are parsed with the contract; every error is an RFC 9457 problem document with the
 * request id and never a stack trace.
 * @since 0.1.0
 */
import * as InputError from "@rareearth/core/InputError"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import type { SdkError } from "../Errors.ts"
import type { RareEarthService } from "../RareEarth.ts"
import {
  API_PREFIX,
  matchRoute,
  type ParameterProblem,
  type ParameterSpec,
  type Problem,
  ProblemType,
  parseRouteParameters,
  type RouteName,
  type RouteParameters,
  type RouteSpec,
  Routes,
} from "./ApiContract.ts"
import { EXPOSURE_PATH } from "./ExposureContract.ts"
import { answerExposure } from "./exposureHandler.ts"
import { openApiDocument } from "./OpenApi.ts"

/** Options of {@link makeApiHandler}. @category http @since 0.1.0 */
export interface ApiHandlerOptions {
  /** Makes a request id when the request carries no usable `x-request-id`. Default: a random UUID. */
  readonly requestId?: () => string
  /** Parse every response body with the contract's schema before sending it (tests, development). */
  readonly validateResponses?: boolean
  /** Sets `Access-Control-Allow-Origin` to this value (e.g. `"*"`); no CORS headers by default. */
  readonly cors?: string
  /** The `servers[0].url` of the OpenAPI document. Default `/`. */
  readonly serverUrl?: string
  /**
   * Called with every internal error (500s and failed response validation) and every failure of
   * the upstream source (502s and 504s, with their URLs and bodies), for logging. The client only
   * gets a generic detail and the request id to quote.
   */
  readonly onError?: (
    error: unknown,
    context: { readonly requestId: string; readonly url: string },
  ) => void
}

type Dispatch = {
  readonly [N in RouteName]: (
    service: RareEarthService,
    parameters: RouteParameters<N>,
  ) => Effect.Effect<unknown, SdkError>
}

const dispatch: Dispatch = {
  elements: (service) => service.elements,
  element: (service, p) => service.element(p.symbol),
  controls: (service, p) => service.controls({ on: p.on, element: p.element, form: p.form }),
  quotas: (service, p) => service.quotas({ year: p.year, kind: p.kind }),
  flows: (service, p) =>
    service.flows(
      {
        from: p.from,
        to: p.to,
        reporter: p.reporter,
        partner: p.partner,
        flow: p.flow,
        commodity: p.commodity,
      },
      { offset: p.offset, limit: p.limit },
    ),
  series: (service, p) =>
    service.series({
      commodity: p.commodity,
      from: p.from,
      to: p.to,
      reporter: p.reporter,
      partner: p.partner,
      flow: p.flow,
    }),
  timeline: (service, p) => service.timeline({ from: p.from, to: p.to }),
  // The kind of source only: a source's name may hold a URL, a user@host or a local path.
  dataset: (service) =>
    Effect.map(service.datasetInfo, (info) => ({ ...info, source: sourceKind(info.source) })),
  // The supply routes' parameters are the service's queries, name for name.
  production: (service, p) => service.production(p),
  concentration: (service, p) => service.concentration(p),
  reserves: (service, p) => service.reserves(p),
  reserveRevisions: (service, p) => service.reserveRevisions(p),
  measures: (service, p) => service.measures(p),
  prices: (service, p) => service.prices(p),
  priceChange: (service, p) => service.priceChange(p),
  pricePremium: (service, p) => service.pricePremium(p),
  salientStatistics: (service, p) => service.salientStatistics(p),
  supplyShares: (service, p) => service.supplyShares(p),
  commodityGroups: (service) => service.commodityGroups,
  groupFlows: (service, p) => service.groupFlows(p),
  mirror: (service, p) => service.mirror(p),
}

/**
 * The kind of a source from its name: `postgres://user@host/db` -> `postgres`,
 * `http:https://...` -> `http`, `files:/path/a.csv` -> `files`; a plain name stays.
 */
const sourceKind = (name: string): string => /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(name)?.[1] ?? name

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/

/**
 * The request id a client sent in `x-request-id`, when it is one the API echoes (1-128 of
 * `A-Z a-z 0-9 . _ : -`); undefined otherwise (the API then makes one). For hosts that answer
 * some requests themselves (e.g. from a cache) and must label them the same way.
 * @example
 * ```ts
 * import { acceptedRequestId } from "@rareearth/sdk"
 *
 * console.log(acceptedRequestId("abc-1")) // "abc-1"
 * console.log(acceptedRequestId("a b")) // undefined
 * ```
 * @category http
 * @since 0.2.0
 */
export const acceptedRequestId = (value: string | null | undefined): string | undefined =>
  value !== null && value !== undefined && REQUEST_ID_PATTERN.test(value) ? value : undefined
const ALLOWED_METHODS = "GET, HEAD"

const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
}

/**
 * Makes the API handler over a RareEarth service: GET routes under `/api/v1` (see `Routes`),
 * plus `/api/v1/openapi.json`. Every response carries an `x-request-id` header (the request's
 * own, when it sends a sane one).
 * @example
 * ```ts
 * import { type RareEarth, makeApiHandler } from "@rareearth/sdk"
 *
 * declare const service: RareEarth["Service"]
 * const handler = makeApiHandler(service)
 * const response = await handler(new Request("http://localhost/api/v1/elements/Dy"))
 * console.log(response.status) // 200
 * ```
 * @category http
 * @since 0.1.0
 */
export const makeApiHandler = (
  service: RareEarthService,
  options: ApiHandlerOptions = {},
): ((request: Request) => Promise<Response>) => {
  let openApiBody: string | undefined
  const newRequestId = options.requestId ?? (() => crypto.randomUUID())

  return async (request) => {
    const requestId = acceptedRequestId(request.headers.get("x-request-id")) ?? newRequestId()
    const url = new URL(request.url)
    const instance = `${url.pathname}${url.search}`
    // nosniff: a browser must never guess another type for a JSON or problem body.
    const baseHeaders: Record<string, string> = {
      "x-request-id": requestId,
      "x-content-type-options": "nosniff",
    }
    if (options.cors !== undefined) {
      baseHeaders["access-control-allow-origin"] = options.cors
      baseHeaders["access-control-expose-headers"] = "x-request-id, retry-after"
    }
    const isHead = request.method === "HEAD"

    const json = (status: number, body: unknown, extra: Record<string, string> = {}): Response =>
      new Response(isHead ? null : JSON.stringify(body), {
        status,
        headers: { ...baseHeaders, "content-type": "application/json; charset=utf-8", ...extra },
      })

    const problem = (
      status: number,
      type: string,
      detail: string,
      extra: Partial<Problem> = {},
      headers: Record<string, string> = {},
    ): Response => {
      const body: Problem = {
        type,
        title: STATUS_TITLES[status] ?? "Error",
        status,
        detail,
        instance,
        requestId,
        ...extra,
      }
      return new Response(isHead ? null : JSON.stringify(body), {
        status,
        headers: {
          ...baseHeaders,
          "content-type": "application/problem+json; charset=utf-8",
          ...headers,
        },
      })
    }

    const internalError = (error: unknown): Response => {
      try {
        options.onError?.(error, { requestId, url: request.url })
      } catch {
        // A failing logger must not turn a 500 into a crash.
      }
      return problem(
        500,
        ProblemType.internal,
        `The server failed to answer this request. Quote request id ${requestId} when reporting it.`,
      )
    }

    // A failure of the source behind the service: the client gets a generic detail, the
    // server's log (onError) the specifics (URLs, bodies).
    const upstreamFailure = (status: 502 | 504, error: unknown): Response => {
      try {
        options.onError?.(error, { requestId, url: request.url })
      } catch {
        // A failing logger must not turn a 502 into a crash.
      }
      return status === 504
        ? problem(
            504,
            ProblemType.timeout,
            "The server's upstream source timed out; try again later.",
          )
        : problem(
            502,
            ProblemType.upstreamUnavailable,
            "The server's upstream source failed to answer; try again later.",
          )
    }

    try {
      if (request.method === "OPTIONS" && options.cors !== undefined) {
        return new Response(null, {
          status: 204,
          headers: {
            ...baseHeaders,
            "access-control-allow-methods": `${ALLOWED_METHODS}, POST`,
            "access-control-allow-headers": "x-request-id, content-type",
          },
        })
      }
      if (url.pathname !== API_PREFIX && !url.pathname.startsWith(`${API_PREFIX}/`)) {
        return routeNotFound(problem, url.pathname)
      }
      // The one route with a body: a bill of materials in, its exposure out (nothing is stored).
      if (url.pathname.replace(/\/+$/, "") === `${API_PREFIX}${EXPOSURE_PATH}`) {
        if (request.method !== "POST")
          return problem(
            405,
            ProblemType.methodNotAllowed,
            `${request.method} is not supported on ${API_PREFIX}${EXPOSURE_PATH}: POST a bill of materials.`,
            {},
            { allow: "POST" },
          )
        return await answerExposure(service, request, url, problem, json, internalError, {
          validate: options.validateResponses === true,
        })
      }
      if (request.method !== "GET" && !isHead) {
        return problem(
          405,
          ProblemType.methodNotAllowed,
          `${request.method} is not supported: the API is read-only but for POST ${API_PREFIX}${EXPOSURE_PATH}; use GET.`,
          {},
          { allow: ALLOWED_METHODS },
        )
      }
      if (url.pathname === `${API_PREFIX}/openapi.json`) {
        openApiBody ??= JSON.stringify(
          openApiDocument(options.serverUrl === undefined ? {} : { serverUrl: options.serverUrl }),
        )
        return new Response(isHead ? null : openApiBody, {
          status: 200,
          headers: { ...baseHeaders, "content-type": "application/json; charset=utf-8" },
        })
      }
      const match = matchRoute(url.pathname)
      if (match === undefined) return routeNotFound(problem, url.pathname)

      const parsed = parseRouteParameters(match.name, match.pathValues, url.searchParams)
      if (!parsed.ok) return invalidParameters(problem, parsed.problems)

      const run = dispatch[match.name] as (
        service: RareEarthService,
        parameters: unknown,
      ) => Effect.Effect<unknown, SdkError>
      const exit = await Effect.runPromiseExit(run(service, parsed.value), {
        signal: request.signal,
      })
      if (Exit.isSuccess(exit)) {
        if (options.validateResponses) {
          const checked = Routes[match.name].response.safeParse(exit.value)
          if (!checked.success) {
            return internalError(
              new Error(
                `Response of ${match.name} violates the contract: ${InputError.formatIssues(checked.error.issues.slice(0, 5))}`,
              ),
            )
          }
        }
        return json(200, exit.value)
      }
      const error = Cause.findErrorOption(exit.cause)
      if (Option.isSome(error)) {
        return fromSdkError(problem, internalError, upstreamFailure, error.value, match.name)
      }
      if (Cause.hasInterruptsOnly(exit.cause)) {
        return problem(
          503,
          ProblemType.upstreamUnavailable,
          "The request was cancelled before the server could answer it.",
        )
      }
      return internalError(Cause.squash(exit.cause))
    } catch (error) {
      return internalError(error)
    }
  }
}

type ProblemFactory = (
  status: number,
  type: string,
  detail: string,
  extra?: Partial<Problem>,
  headers?: Record<string, string>,
) => Response

const routeList = (): string =>
  [
    ...Object.values(Routes).map((spec) => `${API_PREFIX}${spec.path}`),
    `${API_PREFIX}${EXPOSURE_PATH} (POST)`,
    `${API_PREFIX}/openapi.json`,
  ].join(", ")

const routeNotFound = (problem: ProblemFactory, pathname: string): Response =>
  problem(404, ProblemType.routeNotFound, `No route ${pathname}: the API serves ${routeList()}.`)

const invalidParameters = (
  problem: ProblemFactory,
  problems: ReadonlyArray<ParameterProblem>,
): Response =>
  problem(400, ProblemType.invalidParameters, problems.map((p) => p.message).join("; "), {
    errors: [...problems],
  })

const fromSdkError = (
  problem: ProblemFactory,
  internalError: (error: unknown) => Response,
  upstreamFailure: (status: 502 | 504, error: unknown) => Response,
  error: SdkError,
  route: RouteName,
): Response => {
  switch (error._tag) {
    case "ValidationError": {
      // The service validated what the contract could not check: name the parameter from the
      // first segment of each issue's path, and say what the contract expects of it. An issue
      // that names no parameter of the route is about what the upstream source answered (a
      // body that is not JSON, a row that does not parse): not the client's fault.
      const spec: RouteSpec = Routes[route]
      const parameters: Readonly<Record<string, ParameterSpec>> = {
        ...spec.pathParameters,
        ...spec.queryParameters,
      }
      const aboutRequest =
        error.issues.length > 0 &&
        error.issues.every((issue) => Object.hasOwn(parameters, String(issue.path[0])))
      if (!aboutRequest) return upstreamFailure(502, error)
      const errors = error.issues.map((issue): ParameterProblem => {
        const parameter = String(issue.path[0])
        return { parameter, message: issue.message, expected: parameters[parameter]!.expected }
      })
      return problem(400, ProblemType.invalidParameters, error.message, { errors })
    }
    case "NotFoundError":
      return problem(404, ProblemType.notFound, error.message, {
        resource: error.resource,
        id: error.id,
      })
    case "RateLimitedError": {
      const seconds =
        error.retryAfterMs === undefined
          ? undefined
          : Math.max(1, Math.ceil(error.retryAfterMs / 1000))
      return problem(
        503,
        ProblemType.rateLimited,
        "The server's upstream source is rate limiting it; try again later.",
        seconds === undefined ? {} : { retryAfterSeconds: seconds },
        seconds === undefined ? {} : { "retry-after": String(seconds) },
      )
    }
    case "UnsupportedQueryError":
      // Safe to pass on: names the kind of source and of data, nothing else.
      return problem(501, ProblemType.notSupported, error.message, {
        resource: error.kind,
        id: sourceKind(error.source),
      })
    case "TimeoutError":
      return upstreamFailure(504, error)
    case "TruncatedResultError":
      // Safe to pass on (no URL, no key) and tells the caller how to narrow the query.
      return problem(502, ProblemType.upstreamUnavailable, error.message)
    case "HttpError":
    case "SourceUnavailableError":
      return upstreamFailure(502, error)
    default:
      return internalError(error)
  }
}
