/**
 * The supply panels' data: the supply-chain routes of the explorer's REST API (production,
 * concentration, reserves, measures, prices, premium). URLs are built and answers parsed with
 * the API contract (`ApiContract.routeUrl`, `Routes[route].response`), so a server answering
 * something else is an error naming the route, never a silently wrong chart.
 */
import { ApiContract } from "@rareearth/sdk"
import { ApiError } from "./api.ts"

type RouteName = ApiContract.RouteName

/** GETs a route and parses its answer with the route's response schema. */
export const getRoute = async <N extends RouteName>(
  route: N,
  parameters: Readonly<Record<string, string | number | undefined>> = {},
): Promise<ApiContract.RouteResponse<N>> => {
  const url = new URL(ApiContract.routeUrl(route, parameters), window.location.origin)
  const where = `${url.pathname}${url.search}`
  const response = await fetch(url, { headers: { accept: "application/json" } })
  if (!response.ok) {
    let detail = response.statusText
    try {
      const problem = ApiContract.Problem.partial().safeParse(await response.json())
      if (problem.success) detail = problem.data.detail ?? problem.data.title ?? detail
    } catch {
      // not a problem document: keep the status text
    }
    throw new ApiError(`${where}: ${response.status} ${detail}`)
  }
  const parsed = ApiContract.Routes[route].response.safeParse(await response.json())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ApiError(
      `${where}: the answer does not match the API contract (${issue?.path.join(".") || "body"}: ${issue?.message})`,
    )
  }
  return parsed.data as ApiContract.RouteResponse<N>
}

/** What the server's source holds, with the data's as-of date. */
export const datasetInfo = () => getRoute("dataset")

/** Mine production by area and year (the latest edition's figure for each). */
export const mineProduction = () => getRoute("production", { stage: "mine" })

/** China's share of world mine production by year (derived, with formula and inputs). */
export const chinaShare = () => getRoute("concentration", { area: "CN", stage: "mine" })

/** Reserves as the latest edition prints them. */
export const reserves = () => getRoute("reserves")

/** Measures of every jurisdiction with their status on a date, optionally filtered. */
export const measures = (on: string, filter: { jurisdiction?: string; kind?: string } = {}) =>
  getRoute("measures", { on, jurisdiction: filter.jurisdiction, kind: filter.kind })

/** Every price observation of a product. */
export const prices = (product: string) => getRoute("prices", { product })

/** The Europe/China premium wherever the API sources one. */
export const premiums = () => getRoute("pricePremium")

/** China's controls and the timeline, for the markers on the prices' time axis. */
export const controls = (on: string) => getRoute("controls", { on })
export const timeline = () => getRoute("timeline")
