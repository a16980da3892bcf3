/**
 * The supply part of a dataset, as the local engine reads it: a module of its own so that a
 * source can hand the engine its supply data without loading the supply queries (LocalSupply.ts
 * loads with their first call).
 * @since 0.2.0
 */
import type * as Dataset from "@rareearth/core/Dataset"
import type * as Measure from "@rareearth/core/Measure"
import type * as Price from "@rareearth/core/Price"
import type * as Production from "@rareearth/core/Production"
import type * as Reserves from "@rareearth/core/Reserves"
import type * as SalientStatistic from "@rareearth/core/SalientStatistic"
import type * as SupplyShare from "@rareearth/core/SupplyShare"

/**
 * The supply part of a dataset: production, reserves, salient statistics, stated shares,
 * measures of jurisdictions other than China's export controls, and prices.
 * @category models
 * @since 0.2.0
 */
export interface SupplyData {
  readonly production: ReadonlyArray<Production.Production>
  readonly reserves: ReadonlyArray<Reserves.Reserves>
  readonly salientStatistics: ReadonlyArray<SalientStatistic.SalientStatistic>
  readonly supplyShares: ReadonlyArray<SupplyShare.SupplyShare>
  readonly worldMeasures: ReadonlyArray<Measure.Measure>
  readonly prices: ReadonlyArray<Price.PriceObservation>
}

/**
 * The supply part of a dataset (absent arrays read as empty).
 * @example
 * ```ts
 * import { dataset } from "@rareearth/data"
 * import { supplyFromDataset } from "@rareearth/sdk"
 * supplyFromDataset(dataset).production.length > 0 // true
 * ```
 * @category constructors
 * @since 0.2.0
 */
export const supplyFromDataset = (dataset: Dataset.Dataset): SupplyData => ({
  production: dataset.production ?? [],
  reserves: dataset.reserves ?? [],
  salientStatistics: dataset.salientStatistics ?? [],
  supplyShares: dataset.supplyShares ?? [],
  worldMeasures: dataset.worldMeasures ?? [],
  prices: dataset.prices ?? [],
})
