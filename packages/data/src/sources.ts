/**
 * Every source the dataset cites, as `Source.SourceRef` constants.
 *
 * Transcribed from `rare-earth-facts.md` (the project's vetted source list). Titles are the pages'
 * headlines where the facts file or the page gives them, otherwise a short description of the page
 * (marked in `note`). `publishedOn` is set only when the page or its URL states the date.
 * Each source has one home, the table of the record kind citing it (src/sources/; a source two
 * kinds cite in the shared table), so that loading one kind (`@rareearth/data/embedded`) loads
 * only the sources its records cite.
 * @since 0.1.0
 */
import { ControlSources } from "./sources/controls.ts"
import { EventSources } from "./sources/events.ts"
import { FlowSources } from "./sources/flows.ts"
import { QuotaSources } from "./sources/quotas.ts"
import type { SourceRef } from "./sources/ref.ts"
import { SharedSources } from "./sources/shared.ts"

/**
 * The cited sources, keyed by a short name. Every record of the dataset embeds the
 * `SourceRef`s it rests on; `sources` lists them all once. The keys come table by table: the
 * sources several kinds cite, then those of the export controls, the policy events, the quotas
 * and the flows.
 *
 * @example
 * ```ts
 * import { Sources } from "@rareearth/data"
 * Sources.seedArticle.title // "China Resumes Rare Earth Magnet Exports After Trade Truce"
 * ```
 * @category sources
 * @since 0.1.0
 */
export const Sources = {
  ...SharedSources,
  ...ControlSources,
  ...EventSources,
  ...QuotaSources,
  ...FlowSources,
} as const satisfies Record<string, SourceRef>
