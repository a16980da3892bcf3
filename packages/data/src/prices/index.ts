/**
 * Rare earth price observations transcribed from `prices-and-trade.md` §A (V, V2 and S rows; S
 * visibly single-source; one D row with its formula). Query them with `Price.query`,
 * `Price.change` and `Price.premium` of `@rareearth/core`.
 * @since 0.2.0
 */
import type * as Price from "@rareearth/core/Price"
import { dyOxidePrices, tbPrices } from "./dy-tb.ts"
import { annualAverages, europePrices, lynasPrices, mpMaterialsPrices } from "./europe-producers.ts"
import { ndPrices } from "./nd.ts"
import { ndprOxideChina } from "./ndpr-china.ts"
import { concentrateTransferPrices, ndprUsd } from "./ndpr-usd.ts"

/**
 * Every price observation: NdPr oxide (China, FOB, USD), Nd and PrNd, Dy and Tb (China, FOB,
 * Europe), the DoD/MP floor, MP Materials' and Lynas's realised prices, USGS annual averages,
 * China's average export price and Baotou's concentrate transfer price.
 * @example
 * ```ts
 * import { Price } from "@rareearth/core"
 * import { prices } from "@rareearth/data"
 * const ndpr = Price.query(prices, { product: "NdPr oxide", market: "china_domestic", currency: "CNY" })
 * Price.change(ndpr.filter((row) => row.unit === "tonne" && row.kind === "assessment"), "2025-04-04", "2025-12-31")?.percent
 * ```
 * @category prices
 * @since 0.2.0
 */
export const prices: ReadonlyArray<Price.PriceObservation> = [
  ...ndprOxideChina,
  ...ndprUsd,
  ...concentrateTransferPrices,
  ...ndPrices,
  ...dyOxidePrices,
  ...tbPrices,
  ...europePrices,
  ...mpMaterialsPrices,
  ...lynasPrices,
  ...annualAverages,
]
