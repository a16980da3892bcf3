/**
 * The dataset as one `Dataset.Dataset` value, its version and date, and the diff between two
 * dataset versions (for users who alert on updates; the logic lives in core's `Diff`).
 * @since 0.1.0
 */
import type * as Dataset from "@rareearth/core/Dataset"
import * as Diff from "@rareearth/core/Diff"
import * as Element from "@rareearth/core/Element"
import type * as Source from "@rareearth/core/Source"
import { events } from "./events.ts"
import { flows } from "./flows.ts"
import { measures } from "./measures.ts"
import { worldMeasures } from "./measures-world/index.ts"
import { prices } from "./prices/index.ts"
import {
  production,
  reserves,
  SupplySources,
  salientStatistics,
  supplyShares,
} from "./production/index.ts"
import { quotas } from "./quotas.ts"
import { releaseCalendars } from "./releaseCalendars.ts"
import { Sources } from "./sources.ts"
import { tradeFlowsBeyondMagnets } from "./trade-beyond-magnets/index.ts"
import { AS_OF, DATASET_VERSION } from "./version.ts"

export { AS_OF, DATASET_VERSION }

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
 * Every source the dataset cites, once: the data package's own ({@link Sources}) and the
 * sources of the element reference data in `@rareearth/core`.
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
  ...Object.values(SupplySources),
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
  production: [...production],
  reserves: [...reserves],
  salientStatistics: [...salientStatistics],
  supplyShares: [...supplyShares],
  releaseCalendars: [...releaseCalendars],
  worldMeasures: [...worldMeasures],
  prices: [...prices],
}

// ---------------------------------------------------------------------------------------------
// Diff: the pure logic lives in @rareearth/core (Diff); re-exported here for existing users.
// ---------------------------------------------------------------------------------------------

/**
 * The record kinds of a dataset, as diffed by {@link diffDatasets}.
 * @category diff
 * @since 0.1.0
 */
export type RecordKind = Diff.RecordKind

/**
 * The record kinds of the dataset, in the order {@link diffDatasets} reports them.
 * @category diff
 * @since 0.1.0
 */
export const RECORD_KINDS: ReadonlyArray<RecordKind> = Diff.recordKinds(dataset)

/**
 * What changed for one kind of record (see `Diff.RecordChanges` in `@rareearth/core`).
 * @category diff
 * @since 0.1.0
 */
export type RecordChanges<A> = Diff.RecordChanges<A>

/**
 * The difference between two datasets (see `Diff.DatasetDiff` in `@rareearth/core`).
 * @category diff
 * @since 0.1.0
 */
export type DatasetDiff = Diff.DatasetDiff

/**
 * `Diff.diffDatasets` of `@rareearth/core`, re-exported: what changed from dataset `a` (older)
 * to dataset `b` (newer), for every record kind, with each revised field's old and new value and
 * the sources before and after, and the measures whose status on `options.on` changed.
 *
 * @example
 * ```ts
 * import { dataset, diffDatasets } from "@rareearth/data"
 * const next = { ...dataset, version: "0.3.0", flows: dataset.flows.slice(1) }
 * const diff = diffDatasets(dataset, next)
 * diff.records.flows.removed.length // 1
 * diff.totals // { added: 0, revised: 0, removed: 1, statusChanges: 0 }
 * ```
 * @category diff
 * @since 0.1.0
 */
export const diffDatasets: typeof Diff.diffDatasets = Diff.diffDatasets
