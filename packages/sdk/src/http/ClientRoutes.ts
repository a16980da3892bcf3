/**
 * The client side of the REST API contract: each route's path, the names of its query parameters
 * and the schema of its answer, which is all `HttpSource` needs to call a route and decode what
 * comes back. `Routes` (ApiContract.ts) takes its paths and response schemas from here and adds
 * the parameters' parsers and documentation (the server side and the OpenAPI document), so that
 * a client's bundle carries neither; a compile-time check there keeps the query names the same.
 */

import * as Commodity from "@rareearth/core/Commodity"
import * as Price from "@rareearth/core/Price"
import * as Production from "@rareearth/core/Production"
import * as Reserves from "@rareearth/core/Reserves"
import * as SalientStatistic from "@rareearth/core/SalientStatistic"
import * as SupplyShare from "@rareearth/core/SupplyShare"
import type { RouteName } from "./ApiContract.ts"
import {
  ControlList,
  DatasetInfo,
  ElementAnswer,
  ElementList,
  FlowPage,
  listOf,
  QuotaList,
  SeriesResult,
  Timeline,
} from "./ApiSchemas.ts"
import {
  ConcentrationRow,
  GroupFlows,
  MeasureStatusRow,
  MirrorResult,
  PremiumRow,
  PriceChangeAnswer,
  ReservesRevision,
} from "./SupplySchemas.ts"

/** The path prefix of every route. @category contract @since 0.1.0 */
export const API_PREFIX = "/api/v1"

const FLOW_FILTERS = ["from", "to", "reporter", "partner", "flow", "commodity"] as const
const PRICE_FILTERS = ["product", "market", "currency", "unit", "kind", "from", "to"] as const

/** Each route's path (relative to {@link API_PREFIX}), query parameter names and response schema. */
export const ClientRoutes = {
  elements: { path: "/elements", query: [], response: ElementList },
  element: { path: "/elements/{symbol}", query: [], response: ElementAnswer },
  controls: { path: "/controls", query: ["on", "element", "form"], response: ControlList },
  quotas: { path: "/quotas", query: ["year", "kind"], response: QuotaList },
  flows: { path: "/flows", query: [...FLOW_FILTERS, "offset", "limit"], response: FlowPage },
  series: { path: "/series", query: FLOW_FILTERS, response: SeriesResult },
  timeline: { path: "/timeline", query: ["from", "to"], response: Timeline },
  dataset: { path: "/dataset", query: [], response: DatasetInfo },
  production: {
    path: "/production",
    query: ["area", "year", "from", "to", "stage", "edition", "vintages"],
    response: listOf(Production.Production),
  },
  concentration: {
    path: "/production/concentration",
    query: ["area", "year", "from", "to", "stage"],
    response: listOf(ConcentrationRow),
  },
  reserves: {
    path: "/reserves",
    query: ["area", "year", "from", "to", "edition", "vintages"],
    response: listOf(Reserves.Reserves),
  },
  reserveRevisions: {
    path: "/reserves/revisions",
    query: ["area"],
    response: listOf(ReservesRevision),
  },
  measures: {
    path: "/measures",
    query: ["on", "jurisdiction", "kind", "element", "partner", "status"],
    response: listOf(MeasureStatusRow),
  },
  prices: { path: "/prices", query: PRICE_FILTERS, response: listOf(Price.PriceObservation) },
  priceChange: { path: "/prices/change", query: PRICE_FILTERS, response: PriceChangeAnswer },
  pricePremium: {
    path: "/prices/premium",
    query: ["product", "from", "to"],
    response: listOf(PremiumRow),
  },
  supplyShares: {
    path: "/supply-shares",
    query: ["stage", "year", "area"],
    response: listOf(SupplyShare.SupplyShare),
  },
  salientStatistics: {
    path: "/salient-statistics",
    query: ["kind", "year", "edition", "vintages"],
    response: listOf(SalientStatistic.SalientStatistic),
  },
  commodityGroups: {
    path: "/commodity-groups",
    query: [],
    response: listOf(Commodity.CommodityGroup),
  },
  groupFlows: {
    path: "/group-flows",
    query: ["group", "from", "to", "reporter", "partner", "flow"],
    response: GroupFlows,
  },
  mirror: {
    path: "/mirror",
    query: ["reporter", "partner", "commodity", "from", "to"],
    response: MirrorResult,
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
