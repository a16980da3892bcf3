/**
 * The pages cited by more than one record kind (a measure of another jurisdiction and a price or a trade flow). One `Source.SourceRef` per address (4 pages).
 * @since 0.2.0
 */
import type { Source } from "@rareearth/core"
import { page } from "./page.ts"

/**
 * The pages cited by more than one record kind (a measure of another jurisdiction and a price or a trade flow).
 * @category sources
 * @since 0.2.0
 */
// biome-ignore format: one page per line
export const SharedPages = {
  "rareearthexchanges-1399": page("rareearthexchanges-1399", "forum.rareearthexchanges.com", "https://forum.rareearthexchanges.com/threads/dod-sets-a-floor-price-of-us-110-kg-for-ndpr.922/post-1399", "forum.rareearthexchanges.com page cited for US-10", true),
  "arabnews-2595122": page("arabnews-2595122", "arabnews.pk", "https://www.arabnews.pk/node/2595122", "arabnews.pk page cited for MM-01", true),
  "stockstoday-33578": page("stockstoday-33578", "stockstoday.com", "https://www.stockstoday.com/?p=33578", "stockstoday.com page cited for Start date", true),
  "quantisnow-6265307": page("quantisnow-6265307", "quantisnow.com", "https://quantisnow.com/insight/mp-materials-reports-third-quarter-2025-results-6265307", "Mp materials reports third quarter 2025 results 6265307"),
} as const satisfies Record<string, Source.SourceRef>
