/**
 * The client side of the REST API contract: each route's path and the names of its query
 * parameters, which is all `HttpSource` needs to call a route. The schemas of the answers are in
 * ClientResponses.ts, which the Http source loads with the first answer, so that a client's first
 * chunk carries neither zod nor core's schemas. `Routes` (ApiContract.ts) takes its paths from
 * here and its response schemas from there, and adds the parameters' parsers and documentation
 * (the server side and the OpenAPI document); a compile-time check there keeps the query names
 * the same.
 */

import type { RouteName } from "./ApiContract.ts"

/** The name of the Http source in error messages. @internal */
export const SOURCE = "http"

/** The path prefix of every route. @category contract @since 0.1.0 */
export const API_PREFIX = "/api/v1"

/** The path of the exposure route (`POST`, the one with a body), below `/api/v1`. @category contract @since 0.2.0 */
export const EXPOSURE_PATH = "/exposure"

const FLOW_FILTERS = ["from", "to", "reporter", "partner", "flow", "commodity"] as const
const PRICE_FILTERS = ["product", "market", "currency", "unit", "kind", "from", "to"] as const

/** Each route's path (relative to {@link API_PREFIX}) and query parameter names. */
export const ClientRoutes = {
  elements: { path: "/elements", query: [] },
  element: { path: "/elements/{symbol}", query: [] },
  controls: { path: "/controls", query: ["on", "element", "form"] },
  quotas: { path: "/quotas", query: ["year", "kind"] },
  flows: { path: "/flows", query: [...FLOW_FILTERS, "offset", "limit"] },
  series: { path: "/series", query: FLOW_FILTERS },
  timeline: { path: "/timeline", query: ["from", "to"] },
  dataset: { path: "/dataset", query: [] },
  production: {
    path: "/production",
    query: ["area", "year", "from", "to", "stage", "edition", "vintages"],
  },
  concentration: {
    path: "/production/concentration",
    query: ["area", "year", "from", "to", "stage"],
  },
  reserves: {
    path: "/reserves",
    query: ["area", "year", "from", "to", "edition", "vintages"],
  },
  reserveRevisions: {
    path: "/reserves/revisions",
    query: ["area"],
  },
  measures: {
    path: "/measures",
    query: ["on", "jurisdiction", "kind", "element", "partner", "status"],
  },
  prices: { path: "/prices", query: PRICE_FILTERS },
  priceChange: { path: "/prices/change", query: PRICE_FILTERS },
  pricePremium: {
    path: "/prices/premium",
    query: ["product", "from", "to"],
  },
  supplyShares: {
    path: "/supply-shares",
    query: ["stage", "year", "area"],
  },
  salientStatistics: {
    path: "/salient-statistics",
    query: ["kind", "year", "edition", "vintages"],
  },
  commodityGroups: {
    path: "/commodity-groups",
    query: [],
  },
  groupFlows: {
    path: "/group-flows",
    query: ["group", "from", "to", "reporter", "partner", "flow"],
  },
  mirror: {
    path: "/mirror",
    query: ["reporter", "partner", "commodity", "from", "to"],
  },
} as const

/**
 * Builds the URL path and query string of a route call (the client side of the contract).
 * `undefined` values are left out.
 * @example
 * ```ts
 * import { ApiContract } from "@rareearth/sdk"
 * ApiContract.routeUrl("element", { symbol: "Dy" }) // "/api/v1/elements/Dy"
 * ApiContract.routeUrl("flows", { reporter: "CN", limit: 10 }) // "/api/v1/flows?reporter=CN&limit=10"
 * ```
 * @category contract
 * @since 0.1.0
 */
export const routeUrl = (
  name: RouteName,
  values: Readonly<Record<string, string | number | undefined | null>> = {},
): string => {
  const route = ClientRoutes[name]
  const path = route.path.replace(/\{(\w+)\}/g, (_, key: string) =>
    encodeURIComponent(String(values[key] ?? "")),
  )
  const search = new URLSearchParams()
  for (const key of route.query) {
    const v = values[key]
    if (v !== undefined && v !== null) search.set(key, String(v))
  }
  const query = search.toString()
  return `${API_PREFIX}${path}${query === "" ? "" : `?${query}`}`
}
