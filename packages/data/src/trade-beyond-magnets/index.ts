/**
 * Rare earth trade beyond China's magnet export totals, as trade-flow rows
 * (prices-and-trade.md §B, and policies-beyond-china.md MM-03): China's imports (the GAC
 * headline, products, partners, the Myanmar disruption), US, Japanese and EU imports, China's
 * magnet exports to destinations `flows.ts` does not hold, and China's Dy and Tb exports.
 *
 * Scopes are never mixed: each series has its own commodity code. China's headline imports reuse
 * the GAC headline code (`GAC:rare-earths`, the same customs commodity as its exports); China's
 * magnet exports reuse `8505111000`; an HS code is used only where the source names it. Every
 * other series gets a named code ({@link TRADE_SERIES} describes each). Cumulative periods
 * (January-October, a quarter, a half, an Indian fiscal year) do not fit a trade flow's month or
 * year and are listed in the data README, as are shares without tonnages.
 *
 * Confidence rule (as in `flows.ts`): sourced figures are `reported`, single-source rows say so
 * in their note; figures the reference derives (D) ship as `derived` only where the formula over
 * sourced inputs recomputes the stated figure exactly (rounded to a whole tonne, or to the
 * stated decimal).
 * @since 0.2.0
 */

import type { Flow } from "./build.ts"
import { chinaImportFlows } from "./china-imports.ts"
import { chinaExportFlows, importFlows } from "./imports-exports.ts"

export { TRADE_SERIES } from "./build.ts"
export { CHINA_IMPORTS_2024_CONFLICT, chinaImportFlows } from "./china-imports.ts"
export { chinaExportFlows, importFlows } from "./imports-exports.ts"

/**
 * Every trade flow of this module.
 * @category flows
 * @since 0.2.0
 */
export const tradeFlowsBeyondMagnets: ReadonlyArray<Flow> = [
  ...chinaImportFlows,
  ...importFlows,
  ...chinaExportFlows,
]
