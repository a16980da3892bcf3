/**
 * The dashboard's data: the explorer's REST API (/api/v1, the same API the SDK's HttpSource
 * reads). Errors carry the server's RFC 9457 problem detail.
 */
import type { Element, Quota, Source, TradeFlow } from "@rareearth/core"
import type {
  ControlStatusRow,
  DatasetInfo,
  ItemList,
  Page,
  SeriesResult,
  TimelineItem,
} from "@rareearth/sdk"

/** A failed API call. */
export class ApiError extends Error {
  override readonly name = "ApiError"
}

const get = async <A>(
  path: string,
  parameters: Record<string, string | number | undefined> = {},
): Promise<A> => {
  const url = new URL(`/api/v1${path}`, window.location.origin)
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined) url.searchParams.set(name, String(value))
  }
  const response = await fetch(url, { headers: { accept: "application/json" } })
  if (!response.ok) {
    let detail = response.statusText
    try {
      const problem = (await response.json()) as { detail?: string; title?: string }
      detail = problem.detail ?? problem.title ?? detail
    } catch {
      // not a problem document: keep the status text
    }
    throw new ApiError(`${url.pathname}${url.search}: ${response.status} ${detail}`)
  }
  return (await response.json()) as A
}

/** The items of a list answer (`{ items, dataAge }`; the age is shown from `datasetInfo`). */
const items = async <A>(
  path: string,
  parameters: Record<string, string | number | undefined> = {},
): Promise<ReadonlyArray<A>> => (await get<ItemList<A>>(path, parameters)).items

/** What the server's source holds. */
export const datasetInfo = () => get<DatasetInfo>("/dataset")

/** The 17 elements. */
export const elements = () => items<Element.Element>("/elements")

/** Measures and their status on a date. */
export const controls = (on: string) => items<ControlStatusRow>("/controls", { on })

/** Every quota claim. */
export const quotas = () => items<Quota.Quota>("/quotas")

/** A monthly series of China's magnet exports to a partner. */
export const magnetSeries = (partner: string) =>
  get<SeriesResult>("/series", { commodity: "magnets", reporter: "CN", partner, flow: "export" })

/** The policy timeline. */
export const timeline = () => items<TimelineItem>("/timeline")

/** Every magnet export record from China (for the sources behind the series), page by page. */
export const magnetFlows = async (): Promise<ReadonlyArray<TradeFlow.TradeFlow>> => {
  const all: Array<TradeFlow.TradeFlow> = []
  let offset: number | null = 0
  while (offset !== null) {
    const page: Page<TradeFlow.TradeFlow> = await get("/flows", {
      commodity: "magnets",
      reporter: "CN",
      flow: "export",
      offset,
      limit: 1000,
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
