/**
 * The pages cited by the reference files `policies-beyond-china.md` and `prices-and-trade.md`,
 * one `Source.SourceRef` per address (a page the dataset already cites elsewhere is reused from
 * {@link Sources}, so that one page has one id). Titles are the page's headline as its address
 * spells it where the address carries one, otherwise a description of the page; the `note` says
 * which. `publishedOn` is not set: the reference files date the facts, not always the pages.
 * @since 0.2.0
 */
import type * as Source from "@rareearth/core/Source"
import { citer } from "./pages/page.ts"
import { PricePages } from "./pages/prices.ts"
import { SharedPages } from "./pages/shared.ts"
import { TradePages } from "./pages/trade.ts"
import { UncitedPages } from "./pages/uncited.ts"
import { WorldPages } from "./pages/world.ts"
import { Sources } from "./sources.ts"

/**
 * Every page of the two reference files, keyed by a short name (pages already in
 * {@link Sources} under their existing key). The pages are kept by the record kind that cites
 * them (src/pages/), so that loading one kind (`@rareearth/data/embedded`) loads its pages only.
 * @category sources
 * @since 0.2.0
 */
export const Pages = {
  ...WorldPages,
  ...PricePages,
  ...TradePages,
  ...SharedPages,
  ...UncitedPages,
} as const satisfies Record<string, Source.SourceRef>

/** A key of {@link Pages}. @category sources @since 0.2.0 */
export type PageKey = keyof typeof Pages

/** A key {@link cite} accepts: a page key, or `Sources.<key>` for a page already in {@link Sources}. @category sources @since 0.2.0 */
export type CiteKey = PageKey | `Sources.${keyof typeof Sources}`

/**
 * The source of a page key, or of a page already in {@link Sources} (`"Sources.newsFromRss2024"`).
 * Throws on an unknown key, so a typo fails the tests rather than citing nothing.
 * @category sources
 * @since 0.2.0
 */
export const cite: (...keys: ReadonlyArray<CiteKey>) => Source.SourceRef[] = citer(Pages, Sources)
