/**
 * The pages cited by more than one record kind (a measure of another jurisdiction and a price or a
 * trade flow). One `Source.SourceRef` per address (4 pages).
 * @since 0.2.0
 */
import { described, pages, spelled } from "./page.ts"

/**
 * The pages cited by more than one record kind (a measure of another jurisdiction and a price or a trade flow).
 * @category sources
 * @since 0.2.0
 */
// biome-ignore format: one page per line
export const SharedPages = pages({
  "rareearthexchanges-1399": described("https://forum.rareearthexchanges.com/threads/dod-sets-a-floor-price-of-us-110-kg-for-ndpr.922/post-1399", "US-10"),
  "arabnews-2595122": described("https://www.arabnews.pk/node/2595122", "MM-01"),
  "stockstoday-33578": described("https://www.stockstoday.com/?p=33578", "Start date"),
  "quantisnow-6265307": spelled("https://quantisnow.com/insight/mp-materials-reports-third-quarter-2025-results-6265307"),
})
