/**
 * The REST API contract, defined once: the routes under `/api/v1`, their parameters and the zod
 * schemas of their responses. The server side (`makeApiHandler`) parses requests with it, the
 * client side (`HttpSource`) builds URLs and parses responses with it, and `openApiDocument()`
 * (module `OpenApi.ts`) turns it into an OpenAPI 3.1 document. Record schemas are core's own (`TradeFlow.TradeFlow`...).
 * @since 0.1.0
 */
import * as Commodity from "@rareearth/core/Commodity"
import * as Element from "@rareearth/core/Element"
import * as InputError from "@rareearth/core/InputError"
import * as Period from "@rareearth/core/Period"
import * as Quota from "@rareearth/core/Quota"
import * as z from "zod/mini"
import {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  MAX_SERIES_MONTHS,
  seriesSpanProblem,
} from "../Query.ts"
import type { ParameterProblem } from "./ApiSchemas.ts"
import { ClientResponses } from "./ClientResponses.ts"
import { API_PREFIX, ClientRoutes } from "./ClientRoutes.ts"
import {
  ELEMENT_EXPECTED,
  flowFilterParameters,
  oneOf,
  type ParameterSpec,
  type Parameters,
  type ParsedParameters,
  type RouteSpec,
  route,
  text,
  wholeNumber,
} from "./ContractParameters.ts"
import { DATE_RANGE_PATHS, SupplyRoutes } from "./SupplyContract.ts"

// The client side (paths, query names, response schemas, `routeUrl`) lives in ClientRoutes.ts, so
// that a client's bundle holds none of the parameters' parsers below.
export { API_PREFIX, routeUrl } from "./ClientRoutes.ts"

/** The page size of `GET /flows` when `limit` is absent: the SDK's `DEFAULT_PAGE_LIMIT`. @category contract @since 0.1.0 */
export const DEFAULT_FLOW_LIMIT: number = DEFAULT_PAGE_LIMIT

/** The largest `limit` `GET /flows` accepts: the SDK's `MAX_PAGE_LIMIT`. @category contract @since 0.1.0 */
export const MAX_FLOW_LIMIT: number = MAX_PAGE_LIMIT

// The schemas of the API's bodies (responses and problem documents) live in ApiSchemas.ts;
// they are part of the contract, so this module re-exports them.
export * from "./ApiSchemas.ts"
export type {
  ParameterSpec,
  Parameters,
  ParsedParameters,
  RouteSpec,
} from "./ContractParameters.ts"
export {
  BomIssue,
  EXPOSURE_PATH,
  EXPOSURE_QUERY_OPTIONS,
  EXPOSURE_TEXT_TYPES,
  ExposureResponse,
  MAX_EXPOSURE_BODY_BYTES,
} from "./ExposureContract.ts"
export { ExposureRequest } from "./ExposureRequest.ts"

/**
 * Every route of the API, by name.
 * @example
 * ```ts
 * import { ApiContract } from "@rareearth/sdk"
 * console.log(ApiContract.API_PREFIX + ApiContract.Routes.flows.path) // "/api/v1/flows"
 * ```
 * @category contract
 * @since 0.1.0
 */
export const Routes = {
  elements: route({
    operationId: "listElements",
    path: ClientRoutes.elements.path,
    summary: "The 17 rare earth elements",
    description: "Symbols, atomic data, groupings under each classification convention, uses.",
    pathParameters: {},
    queryParameters: {},
    response: ClientResponses.elements,
    responseName: "ElementList",
    errorStatuses: [],
  }),
  element: route({
    operationId: "getElement",
    path: ClientRoutes.element.path,
    summary: "One element",
    description: "An element by symbol, name or atomic number (case-insensitive).",
    pathParameters: {
      symbol: {
        schema: text,
        required: true,
        description: "A symbol, name or atomic number.",
        expected: ELEMENT_EXPECTED,
        example: "Dy",
      },
    },
    queryParameters: {},
    response: ClientResponses.element,
    responseName: "Element",
    errorStatuses: [404],
  }),
  controls: route({
    operationId: "listControls",
    path: ClientRoutes.controls.path,
    summary: "Export-control measures with their status on a date",
    description:
      "Every measure with its status (pending, in_force, suspended, revoked, unknown) on `on`, optionally only those covering an element and/or a product form.",
    pathParameters: {},
    queryParameters: {
      /** The date to evaluate status on, `YYYY-MM-DD`; defaults to today. */
      on: {
        schema: Period.IsoDate,
        required: false,
        description: "The date to evaluate status on; defaults to today.",
        expected: 'a calendar date "YYYY-MM-DD", e.g. "2025-06-01"',
        example: "2025-06-01",
        check: Period.parseDate,
      },
      /** Only measures covering this element: a symbol, name or atomic number (`Dy`, `dysprosium`, `66`). */
      element: {
        schema: text,
        required: false,
        description: "Only measures covering this element (symbol, name or atomic number).",
        expected: ELEMENT_EXPECTED,
        example: "Dy",
        check: Element.parseSymbol,
      },
      /** Only measures covering this product form (`magnet`, `metal`, `oxide_compound`...). */
      form: {
        schema: Commodity.ProductForm,
        required: false,
        description:
          "Only measures covering this product form (any case; aliases such as `oxide` accepted).",
        expected: oneOf(Commodity.ProductForm.options, Commodity.FORM_ALIASES),
        example: "magnet",
        check: Commodity.parseForm,
      },
    },
    response: ClientResponses.controls,
    responseName: "ControlStatusList",
    errorStatuses: [400],
  }),
  quotas: route({
    operationId: "listQuotas",
    path: ClientRoutes.quotas.path,
    summary: "China's production quotas",
    description:
      "Quota claims per year and kind; rival claims about one year are all returned (see `conflictGroup`), undisclosed totals are null.",
    pathParameters: {},
    queryParameters: {
      /** Only this year (2000 to 2100). */
      year: {
        schema: wholeNumber(2000, 2100),
        required: false,
        description: "Only this year.",
        expected: "a year from 2000 to 2100",
        example: "2025",
      },
      /** Only this kind of quota: `mining` or `smelting_separation`. */
      kind: {
        schema: Quota.QuotaKind,
        required: false,
        description: "Only this kind of quota (any case; `smelting` accepted).",
        expected: oneOf(Quota.QuotaKind.options, Quota.KIND_ALIASES),
        example: "mining",
        check: Quota.parseKind,
      },
    },
    response: ClientResponses.quotas,
    responseName: "QuotaList",
    errorStatuses: [400],
  }),
  flows: route({
    operationId: "listFlows",
    path: ClientRoutes.flows.path,
    summary: "Trade flows, one page at a time",
    description:
      "Trade-flow observations matching every given filter. Unknown weights and values are null, never 0. Follow `nextOffset` for the next page.",
    pathParameters: {},
    queryParameters: {
      ...flowFilterParameters,
      /** How many matching rows to skip (default 0). */
      offset: {
        schema: z._default(wholeNumber(0, Number.MAX_SAFE_INTEGER), 0),
        required: false,
        description: "How many matching rows to skip.",
        expected: "a whole number, 0 or more",
        example: "0",
      },
      /** The page size (default `DEFAULT_PAGE_LIMIT`, 100; at most `MAX_PAGE_LIMIT`, 10,000). */
      limit: {
        schema: z._default(wholeNumber(1, MAX_FLOW_LIMIT), DEFAULT_FLOW_LIMIT),
        required: false,
        description: `The page size (default ${DEFAULT_FLOW_LIMIT}).`,
        expected: `a whole number from 1 to ${MAX_FLOW_LIMIT}`,
        example: "100",
      },
    },
    response: ClientResponses.flows,
    responseName: "FlowPage",
    errorStatuses: [400],
  }),
  series: route({
    operationId: "getSeries",
    path: ClientRoutes.series.path,
    summary: "A monthly series with its changes",
    description: `One commodity, one reporter (default CN), one partner (default WORLD), one direction (default export), month by month, spanning at most ${MAX_SERIES_MONTHS} months. Missing months are gaps (null), never 0.`,
    pathParameters: {},
    queryParameters: {
      ...flowFilterParameters,
      commodity: { ...flowFilterParameters.commodity, required: true },
    },
    response: ClientResponses.series,
    responseName: "SeriesResult",
    errorStatuses: [400],
  }),
  timeline: route({
    operationId: "getTimeline",
    path: ClientRoutes.timeline.path,
    summary: "The policy timeline",
    description: "Policy events and measure lifecycle steps, in date order.",
    pathParameters: {},
    queryParameters: {
      /** First day, inclusive: a date, a month (= its first day) or a year. */
      from: {
        schema: text,
        required: false,
        description: "First day, inclusive: a date, a month (= its first day) or a year.",
        expected: 'a date "YYYY-MM-DD", a month "YYYY-MM" or a year "YYYY"',
        example: "2025-01-01",
        check: checkDateBound,
      },
      /** Last day, inclusive: a date, a month (= its last day) or a year. */
      to: {
        schema: text,
        required: false,
        description: "Last day, inclusive: a date, a month (= its last day) or a year.",
        expected: 'a date "YYYY-MM-DD", a month "YYYY-MM" or a year "YYYY"',
        example: "2025-12-31",
        check: checkDateBound,
      },
    },
    response: ClientResponses.timeline,
    responseName: "Timeline",
    errorStatuses: [400],
  }),
  dataset: route({
    operationId: "getDatasetInfo",
    path: ClientRoutes.dataset.path,
    summary: "What the server's source holds",
    description: "The source's name, dataset version and date, and record counts.",
    pathParameters: {},
    queryParameters: {},
    response: ClientResponses.dataset,
    responseName: "DatasetInfo",
    errorStatuses: [],
  }),
  ...SupplyRoutes,
} as const

// Validates only (returns nothing), so the service receives the bound as the user wrote it.
function checkDateBound(value: string): void {
  Period.widenToDate(value, "first")
}

/** The name of a route. @category contract @since 0.1.0 */
export type RouteName = keyof typeof Routes

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Whether every route's query parameters are the ones its client side (`ClientRoutes`) sends. */
type ClientQueryMatches = false extends {
  [N in RouteName]: SameKeys<
    keyof (typeof Routes)[N]["queryParameters"],
    (typeof ClientRoutes)[N]["query"][number]
  >
}[RouteName]
  ? false
  : true
// A compile error here: a route's query parameters and ClientRoutes.ts's names differ.
const clientQueryMatches: ClientQueryMatches = true
void clientQueryMatches

/** The parsed path and query parameters of a route. @category contract @since 0.1.0 */
export type RouteParameters<N extends RouteName> = ParsedParameters<
  (typeof Routes)[N]["pathParameters"]
> &
  ParsedParameters<(typeof Routes)[N]["queryParameters"]>

/**
 * The query a caller gives a route, as the SDK's query types spell it: every parameter with its
 * parsed type (`year: number`, `form: ProductForm`), required ones required, the rest optional.
 * @category contract
 * @since 0.1.0
 */
export type RouteQuery<N extends RouteName> = QueryOf<(typeof Routes)[N]["queryParameters"]>

/** The query object of a set of parameters, as users pass it. @category contract @since 0.2.0 */
export type QueryOf<P extends Parameters> = {
  readonly [K in keyof P as P[K]["required"] extends true ? K : never]: z.output<P[K]["schema"]>
} & {
  readonly [K in keyof P as P[K]["required"] extends true ? never : K]?:
    | z.output<P[K]["schema"]>
    | undefined
}

/** The response body of a route. @category contract @since 0.1.0 */
export type RouteResponse<N extends RouteName> = z.output<(typeof Routes)[N]["response"]>

// --- parsing and encoding -------------------------------------------------------------------

/** The outcome of parsing a request's parameters. @category contract @since 0.1.0 */
export type ParameterResult<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly problems: ReadonlyArray<ParameterProblem> }

const parseOne = (
  name: string,
  spec: ParameterSpec,
  raw: string | undefined,
): ParameterResult<unknown> => {
  if (raw === undefined) {
    if (spec.required) {
      return {
        ok: false,
        problems: [{ parameter: name, message: `"${name}" is required`, expected: spec.expected }],
      }
    }
    // Absent optional parameters keep their schema default (limit, offset), if any.
    const fallback = spec.schema.safeParse(undefined)
    return { ok: true, value: fallback.success ? fallback.data : undefined }
  }
  let input = raw
  if (spec.check !== undefined) {
    try {
      const normalised = spec.check(raw.trim())
      if (typeof normalised === "string") input = normalised
    } catch (error) {
      if (!InputError.isInvalidInputError(error)) throw error
      return {
        ok: false,
        problems: [{ parameter: name, message: error.message, expected: spec.expected }],
      }
    }
  }
  const result = spec.schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    problems: [
      {
        parameter: name,
        message: `Invalid ${name} ${JSON.stringify(raw)}: ${InputError.formatIssues(result.error.issues)}`,
        expected: spec.expected,
      },
    ],
  }
}

/**
 * Parses a request's path and query parameters against a route. Unknown and repeated query
 * parameters are problems too (a typo should not silently widen a query).
 * @example
 * ```ts
 * import { ApiContract } from "@rareearth/sdk"
 * const result = ApiContract.parseRouteParameters("flows", {}, new URLSearchParams("limit=-1"))
 * if (!result.ok) console.log(result.problems[0]?.parameter) // "limit"
 * ```
 * @category contract
 * @since 0.1.0
 */
export const parseRouteParameters = <N extends RouteName>(
  name: N,
  pathValues: Readonly<Record<string, string>>,
  search: URLSearchParams,
): ParameterResult<RouteParameters<N>> => {
  const spec: RouteSpec = Routes[name]
  const problems: Array<ParameterProblem> = []
  const value: Record<string, unknown> = {}
  for (const [key, parameter] of Object.entries(spec.pathParameters)) {
    const result = parseOne(key, parameter, pathValues[key])
    if (result.ok) value[key] = result.value
    else problems.push(...result.problems)
  }
  const known = Object.keys(spec.queryParameters)
  for (const key of new Set(search.keys())) {
    // Own keys only: `__proto__`, `constructor` or `toString` are not parameters.
    if (!Object.hasOwn(spec.queryParameters, key)) {
      problems.push({
        parameter: key,
        message: `Unknown parameter "${key}" for ${API_PREFIX}${spec.path}`,
        expected: known.length === 0 ? "no query parameters" : `one of ${known.join(", ")}`,
      })
    } else if (search.getAll(key).length > 1) {
      problems.push({
        parameter: key,
        message: `"${key}" is given ${search.getAll(key).length} times; give it once`,
        expected: spec.queryParameters[key]!.expected,
      })
    }
  }
  for (const [key, parameter] of Object.entries(spec.queryParameters)) {
    if (search.getAll(key).length > 1) continue
    const result = parseOne(key, parameter, search.get(key) ?? undefined)
    if (result.ok) value[key] = result.value
    else problems.push(...result.problems)
  }
  if (problems.length === 0) {
    problems.push(...rangeProblems(value, spec))
  }
  return problems.length === 0
    ? { ok: true, value: value as RouteParameters<N> }
    : { ok: false, problems }
}

const rangeProblems = (
  value: Record<string, unknown>,
  spec: RouteSpec,
): ReadonlyArray<ParameterProblem> => {
  const from = value.from
  const to = value.to
  if (typeof from === "number" && typeof to === "number" && from > to) {
    return [
      {
        parameter: "from",
        message: `"from" (${from}) is after "to" (${to})`,
        expected: `a year on or before ${to}`,
      },
    ]
  }
  if (typeof from !== "string" || typeof to !== "string") return []
  const isDateRange = spec.path === "/timeline" || DATE_RANGE_PATHS.has(spec.path)
  const after = isDateRange
    ? Period.widenToDate(from, "first") > Period.widenToDate(to, "last")
    : Period.compare(Period.firstMonth(from), Period.lastMonth(to)) > 0
  if (after) {
    return [
      {
        parameter: "from",
        message: `"from" (${from}) is after "to" (${to})`,
        expected: `a period on or before ${to}`,
      },
    ]
  }
  const span =
    spec.path === "/series"
      ? seriesSpanProblem(Period.firstMonth(from), Period.lastMonth(to))
      : undefined
  return span === undefined ? [] : [{ parameter: "from", message: span, expected: SERIES_SPAN }]
}

const SERIES_SPAN = `a range of at most ${MAX_SERIES_MONTHS} months`

/**
 * Finds the route of a path (below or including {@link API_PREFIX}) and its path parameters.
 * @category contract
 * @since 0.1.0
 */
export const matchRoute = (
  pathname: string,
): { readonly name: RouteName; readonly pathValues: Record<string, string> } | undefined => {
  const relative = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname
  const segments = relative.replace(/\/+$/, "").split("/")
  for (const [name, spec] of Object.entries(Routes) as Array<[RouteName, RouteSpec]>) {
    const pattern = spec.path.split("/")
    if (pattern.length !== segments.length) continue
    const pathValues: Record<string, string> = {}
    const matches = pattern.every((part, index) => {
      const segment = segments[index]!
      const parameter = /^\{(\w+)\}$/.exec(part)
      if (parameter === null) return part === segment
      if (segment === "") return false
      try {
        pathValues[parameter[1]!] = decodeURIComponent(segment)
      } catch {
        return false
      }
      return true
    })
    if (matches) return { name, pathValues }
  }
  return undefined
}
