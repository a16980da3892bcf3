/**
 * The dataset as one `Dataset.Dataset` value, its version and date, and the diff between two
 * dataset versions (for users who alert on updates).
 * @since 0.1.0
 */
import { type Dataset, Element, type Source } from "@rareearth/core"
import { events } from "./events.ts"
import { flows } from "./flows.ts"
import { measures } from "./measures.ts"
import { worldMeasures } from "./measures-world/index.ts"
import { prices } from "./prices/index.ts"
import { quotas } from "./quotas.ts"
import { Sources } from "./sources.ts"
import { tradeFlowsBeyondMagnets } from "./trade-beyond-magnets/index.ts"

/**
 * The dataset's release version (semver). Every data update is a release.
 * @category dataset
 * @since 0.1.0
 */
export const DATASET_VERSION = "0.1.0"

/**
 * The latest date the sources behind the dataset cover: Chinese customs magnet data for
 * March 2026, published 2026-04-20. Nothing after it is known to the dataset.
 * @category dataset
 * @since 0.1.0
 */
export const AS_OF = "2026-04-20"

const uniqueById = (refs: ReadonlyArray<Source.SourceRef>): Source.SourceRef[] => {
  const seen = new Map<string, Source.SourceRef>()
  for (const ref of refs) if (!seen.has(ref.id)) seen.set(ref.id, ref)
  return [...seen.values()]
}

/** The pages of the reference files that the measures of other jurisdictions, the prices and the trade flows beyond magnets cite. */
const citedPages = (): Source.SourceRef[] => [
  ...worldMeasures.flatMap((measure) => [
    ...measure.sources,
    ...measure.events.flatMap((event) => event.sources),
  ]),
  ...prices.flatMap((price) => price.sources),
  ...tradeFlowsBeyondMagnets.flatMap((flow) => flow.sources),
]

/**
 * Every source the dataset cites, once: the data package's own ({@link Sources}), the
 * sources of the element reference data in `@rareearth/core`, then the pages of the reference
 * files cited by the measures of other jurisdictions, the prices and the trade flows beyond
 * magnets.
 * @example
 * ```ts
 * import { sources } from "@rareearth/data"
 * sources.find((source) => source.id === "seed-article")?.url // undefined: the article has no URL
 * ```
 * @category sources
 * @since 0.1.0
 */
export const sources: ReadonlyArray<Source.SourceRef> = uniqueById([
  ...Object.values(Sources),
  ...Element.ELEMENT_SOURCES,
  ...citedPages(),
])

/**
 * The 17 rare earth elements: `Element.ELEMENTS` of `@rareearth/core`, re-exported.
 * @example
 * ```ts
 * import { elements } from "@rareearth/data"
 * elements.map((element) => element.symbol).slice(0, 3) // ["Sc", "Y", "La"]
 * ```
 * @category dataset
 * @since 0.1.0
 */
export const elements: ReadonlyArray<Element.Element> = Element.ELEMENTS

/**
 * The curated, cited rare earth dataset: the 17 elements (from `@rareearth/core`), China's
 * export-control measures, the production quotas, the export series and the policy timeline,
 * with every source cited.
 *
 * @example
 * ```ts
 * import { dataset } from "@rareearth/data"
 * dataset.version // "0.1.0"
 * dataset.asOf // "2026-04-20"
 * dataset.elements.length // 17
 * ```
 * @category dataset
 * @since 0.1.0
 */
export const dataset: Dataset.Dataset = {
  version: DATASET_VERSION,
  asOf: AS_OF,
  sources: [...sources],
  elements: [...elements],
  measures: [...measures],
  quotas: [...quotas],
  flows: [...flows, ...tradeFlowsBeyondMagnets],
  events: [...events],
  worldMeasures: [...worldMeasures],
  prices: [...prices],
}

// ---------------------------------------------------------------------------------------------
// Diff
// ---------------------------------------------------------------------------------------------

/**
 * The record kinds of a dataset, as diffed by {@link diffDatasets}.
 * @category diff
 * @since 0.1.0
 */
export type RecordKind =
  | "sources"
  | "elements"
  | "measures"
  | "quotas"
  | "flows"
  | "events"
  | "worldMeasures"
  | "prices"

/**
 * The record kinds in the order {@link diffDatasets} reports them.
 * @category diff
 * @since 0.1.0
 */
export const RECORD_KINDS: ReadonlyArray<RecordKind> = [
  "sources",
  "elements",
  "measures",
  "quotas",
  "flows",
  "events",
  "worldMeasures",
  "prices",
]

type RecordOf<K extends RecordKind> = NonNullable<Dataset.Dataset[K]>[number]

/**
 * What changed for one kind of record: records only in the newer dataset (`added`), records with
 * the same id and different content (`revised`, with both versions), records only in the older
 * one (`removed`). Each list is sorted by id.
 * @category diff
 * @since 0.1.0
 */
export interface RecordChanges<A> {
  readonly added: ReadonlyArray<A>
  readonly revised: ReadonlyArray<{ readonly id: string; readonly before: A; readonly after: A }>
  readonly removed: ReadonlyArray<A>
}

/**
 * The difference between two datasets, per record kind.
 * @category diff
 * @since 0.1.0
 */
export type DatasetDiff = {
  readonly [K in RecordKind]: RecordChanges<RecordOf<K>>
} & {
  readonly from: { readonly version: string; readonly asOf: string }
  readonly to: { readonly version: string; readonly asOf: string }
  /** Counts over every kind. */
  readonly totals: { readonly added: number; readonly revised: number; readonly removed: number }
}

/** The identity of a record: its `id`, or its symbol for an element. */
const keyOf = (record: object): string =>
  "id" in record && typeof record.id === "string"
    ? record.id
    : "symbol" in record && typeof record.symbol === "string"
      ? record.symbol
      : JSON.stringify(record)

/** JSON with object keys sorted, so that key order never counts as a revision. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>)
            .filter(([, entry]) => entry !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  )

const byKey = (a: object, b: object): number => {
  const left = keyOf(a)
  const right = keyOf(b)
  return left < right ? -1 : left > right ? 1 : 0
}

const diffRecords = <A extends object>(
  before: ReadonlyArray<A>,
  after: ReadonlyArray<A>,
): RecordChanges<A> => {
  const old = new Map(before.map((record) => [keyOf(record), record]))
  const now = new Map(after.map((record) => [keyOf(record), record]))
  const added = after.filter((record) => !old.has(keyOf(record))).sort(byKey)
  const removed = before.filter((record) => !now.has(keyOf(record))).sort(byKey)
  const revised = after
    .flatMap((record) => {
      const previous = old.get(keyOf(record))
      return previous !== undefined && canonical(previous) !== canonical(record)
        ? [{ id: keyOf(record), before: previous, after: record }]
        : []
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { added, revised, removed }
}

/**
 * Lists what changed from dataset `a` (older) to dataset `b` (newer), per record kind: records
 * added, revised (same id, different content; key order does not count) and removed. Records are
 * identified by `id` (elements by `symbol`).
 *
 * @example
 * ```ts
 * import { dataset, diffDatasets } from "@rareearth/data"
 * const next = { ...dataset, version: "0.2.0", flows: dataset.flows.slice(1) }
 * const diff = diffDatasets(dataset, next)
 * diff.flows.removed.length // 1
 * diff.totals // { added: 0, revised: 0, removed: 1 }
 * ```
 * @category diff
 * @since 0.1.0
 */
export const diffDatasets = (a: Dataset.Dataset, b: Dataset.Dataset): DatasetDiff => {
  const sources = diffRecords(a.sources, b.sources)
  const elements = diffRecords(a.elements, b.elements)
  const measuresDiff = diffRecords(a.measures, b.measures)
  const quotasDiff = diffRecords(a.quotas, b.quotas)
  const flowsDiff = diffRecords(a.flows, b.flows)
  const eventsDiff = diffRecords(a.events, b.events)
  const worldMeasuresDiff = diffRecords(a.worldMeasures ?? [], b.worldMeasures ?? [])
  const pricesDiff = diffRecords(a.prices ?? [], b.prices ?? [])
  const all = [
    sources,
    elements,
    measuresDiff,
    quotasDiff,
    flowsDiff,
    eventsDiff,
    worldMeasuresDiff,
    pricesDiff,
  ]
  return {
    from: { version: a.version, asOf: a.asOf },
    to: { version: b.version, asOf: b.asOf },
    sources,
    elements,
    measures: measuresDiff,
    quotas: quotasDiff,
    flows: flowsDiff,
    events: eventsDiff,
    worldMeasures: worldMeasuresDiff,
    prices: pricesDiff,
    totals: {
      added: all.reduce((total, changes) => total + changes.added.length, 0),
      revised: all.reduce((total, changes) => total + changes.revised.length, 0),
      removed: all.reduce((total, changes) => total + changes.removed.length, 0),
    },
  }
}
