/**
 * How the Http source reads our API's answers: each route's response schema, a 2xx body decoded
 * with it (`InvalidResponseError` when it does not parse), and the SDK error a non-2xx answer
 * maps to (its problem document read). The Http source loads this module with the first answer
 * (a dynamic import), so that a client's first chunk carries neither zod nor core's schemas;
 * `Routes` (ApiContract.ts) takes its response schemas from here. The supply-chain routes'
 * schemas load with their own first answer (SupplyResponses.ts).
 */

import * as Effect from "effect/Effect"
import type * as z from "zod/mini"
import {
  HttpError,
  InvalidBomError,
  type InvalidResponseError,
  NotFoundError,
  UnsupportedQueryError,
  ValidationError,
} from "../Errors.ts"
import type { RouteName } from "./ApiContract.ts"
import {
  ControlList,
  DatasetInfo,
  ElementAnswer,
  ElementList,
  FlowPage,
  Problem,
  ProblemType,
  QuotaList,
  SeriesResult,
  Timeline,
} from "./ApiSchemas.ts"
import { API_PREFIX, EXPOSURE_PATH, SOURCE } from "./ClientRoutes.ts"
import { decodeJson } from "./JsonBody.ts"
import type { RemoteResponse } from "./Request.ts"
import type { SupplyResponses } from "./SupplyResponses.ts"

/**
 * The response schema of each route but the supply-chain ones, whose schemas load with their
 * first answer (SupplyResponses.ts).
 */
export const ClientResponses = {
  elements: ElementList,
  element: ElementAnswer,
  controls: ControlList,
  quotas: QuotaList,
  flows: FlowPage,
  series: SeriesResult,
  timeline: Timeline,
  dataset: DatasetInfo,
} as const

type Responses = typeof ClientResponses & typeof SupplyResponses

/** What a route answers. */
export type RouteAnswer<N extends RouteName> = z.output<Responses[N]>

const loadSupplyResponses = Effect.promise(() => import("./SupplyResponses.ts"))
// The exposure's answer (materials, prices, shares) loads with the first exposure.
const loadExposureContract = Effect.promise(() => import("./ExposureContract.ts"))

/** Decodes a 2xx answer of a route with its schema; `what` names the request in messages. */
export const decodeAnswer = <N extends RouteName>(
  route: N,
  response: RemoteResponse,
  what: string,
): Effect.Effect<RouteAnswer<N>, InvalidResponseError> =>
  Effect.flatMap(
    route in ClientResponses
      ? Effect.succeed<Partial<Responses>>(ClientResponses)
      : Effect.map(loadSupplyResponses, (supply): Partial<Responses> => supply.SupplyResponses),
    (schemas) =>
      decodeJson(
        response,
        schemas[route] as unknown as z.ZodMiniType<RouteAnswer<N>>,
        what,
        SOURCE,
      ),
  )

/** Decodes a 2xx answer of `POST /exposure`. */
export const decodeExposure = (response: RemoteResponse) =>
  Effect.flatMap(loadExposureContract, ({ ExposureResponse }) =>
    decodeJson(response, ExposureResponse, `POST ${EXPOSURE_PATH}`, SOURCE),
  )

const PARAMETERLESS: ReadonlySet<RouteName> = new Set(["elements", "dataset"])

/**
 * Maps a non-2xx answer of our API to the SDK's errors: 400 problem documents become
 * `ValidationError`s naming each parameter (routes with parameters; `InvalidBomError` naming the
 * rows for a bill of materials), 404s with a resource `NotFoundError`s (`element`), 501s
 * `UnsupportedQueryError`s; anything else is an `HttpError`.
 */
export const errorOf = (
  response: RemoteResponse,
  route: RouteName | "exposure",
): ValidationError | NotFoundError | HttpError | InvalidBomError | UnsupportedQueryError => {
  let problem: Problem | undefined
  try {
    const parsed = Problem.safeParse(JSON.parse(response.body))
    if (parsed.success) problem = parsed.data
  } catch {
    problem = undefined
  }
  if (response.status === 400 && problem?.rows !== undefined) {
    return new InvalidBomError({
      message: problem.detail,
      name: "bill of materials",
      rows: 0,
      issues: problem.rows,
    })
  }
  if (
    response.status === 400 &&
    problem !== undefined &&
    (route === "exposure" || !PARAMETERLESS.has(route))
  ) {
    const issues = (problem.errors ?? []).map((error) => ({
      code: "invalid_parameter",
      path: [error.parameter],
      message: `${error.message} (expected ${error.expected})`,
    }))
    return new ValidationError({
      message: problem.detail,
      issues:
        issues.length > 0
          ? issues
          : [{ code: "invalid_request", path: [], message: problem.detail }],
    })
  }
  if (response.status === 501 && problem?.type === ProblemType.notSupported) {
    return new UnsupportedQueryError({
      message: problem.detail,
      source: SOURCE,
      kind: problem.resource ?? route,
    })
  }
  if (response.status === 404 && problem?.resource !== undefined && route === "element") {
    return new NotFoundError({
      message: problem.detail,
      resource: problem.resource,
      id: problem.id ?? "",
    })
  }
  const requestId = response.requestId ?? problem?.requestId
  const hint =
    response.status === 404
      ? `; is baseUrl right? The rareearth API answers under ${API_PREFIX}`
      : problem === undefined
        ? ""
        : `: ${problem.detail}`
  return new HttpError({
    message: `http: ${route} got HTTP ${response.status} from ${response.url}${hint}${
      requestId === undefined ? "" : ` (request id ${requestId})`
    }`,
    status: response.status,
    url: response.url,
    requestId,
    body: response.body.slice(0, 500),
  })
}
