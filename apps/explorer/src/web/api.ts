/**
 * The dashboard's data: the explorer's REST API (/api/v1, the same API the SDK's HttpSource
 * reads). URLs are built and answers parsed with the API contract (`ApiContract` from
 * @rareearth/sdk: its routes and response schemas), so a server that answers something else is
 * an error naming the route, never a silently wrong chart. Errors carry the server's RFC 9457
 * problem detail.
 */
import type { Source } from "@rareearth/core"
import { ApiContract } from "@rareearth/sdk"
import * as z from "zod/mini"

/** A failed API call. */
export class ApiError extends Error {
  override readonly name = "ApiError"
}

type RouteName = ApiContract.RouteName

/** GETs a route and parses its answer with the route's response schema (every panel's one fetch). */
export const get = async <N extends RouteName>(
  route: N,
  parameters: Readonly<Record<string, string | number | undefined>> = {},
): Promise<ApiContract.RouteResponse<N>> => {
  const url = new URL(ApiContract.routeUrl(route, parameters), window.location.origin)
  const response = await fetch(url, { headers: { accept: "application/json" } })
  const where = `${url.pathname}${url.search}`
  if (!response.ok) {
    let detail = response.statusText
    try {
      const problem = z.partial(ApiContract.Problem).safeParse(await response.json())
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

/** What the server's source holds. */
export const datasetInfo = () => get("dataset")

/** The 17 elements. */
export const elements = async () => (await get("elements")).items

/** Measures and their status on a date. */
export const controls = async (on: string) => (await get("controls", { on })).items

/** Every quota claim. */
export const quotas = async () => (await get("quotas")).items

/** A monthly series of China's magnet exports to a partner. */
export const magnetSeries = (partner: string) =>
  get("series", { commodity: "magnets", reporter: "CN", partner, flow: "export" })

/** The policy timeline. */
export const timeline = async () => (await get("timeline")).items

/** Every magnet export record from China (for the sources behind the series), page by page. */
export const magnetFlows = async () => {
  const all: Array<ApiContract.FlowPage["items"][number]> = []
  let offset: number | null = 0
  while (offset !== null) {
    const page: ApiContract.FlowPage = await get("flows", {
      commodity: "magnets",
      reporter: "CN",
      flow: "export",
      offset,
      limit: ApiContract.MAX_FLOW_LIMIT,
    })
    all.push(...page.items)
    offset = page.nextOffset
  }
  return all
}

/** Sources by id, from records that carry them. */
export const sourceCatalogue = (
  records: ReadonlyArray<{ readonly sources: ReadonlyArray<Source.SourceRef> }>,
): ReadonlyMap<string, Source.SourceRef> =>
  new Map(records.flatMap((record) => record.sources.map((source) => [source.id, source] as const)))
