/**
 * Production, reserves, US salient statistics and stated supply shares: the MCS 2026 records
 * generated from the shipped USGS release, and the earlier editions transcribed from the vetted
 * reference, every edition's figure kept (the latest answers by default in core's queries).
 * @since 0.2.0
 */
import type * as Production from "@rareearth/core/Production"
import type * as Reserves from "@rareearth/core/Reserves"
import type * as SalientStatistic from "@rareearth/core/SalientStatistic"
import { EARLIER_PRODUCTION, EARLIER_RESERVES } from "./earlier.ts"
import { MCS_2026_PRODUCTION, MCS_2026_RESERVES, MCS_2026_SALIENT } from "./generated/mcs2026.ts"
import { EARLIER_SALIENT } from "./salientEarlier.ts"

export { SupplyEditions } from "./editions.ts"
export { supplyShares } from "./shares.ts"
export { SupplySources } from "./sources.ts"
export {
  COMPLETE_TABLES,
  verifyWorldTotals,
  type WorldTotalCheck,
  worldTotalTolerance,
} from "./worldTotals.ts"

/**
 * Every production figure, every edition (MCS 2016-2026, Minerals Yearbook 2022, DS140).
 * @example
 * ```ts
 * import { Production } from "@rareearth/core"
 * import { production } from "@rareearth/data"
 * Production.query(production, { area: "AU", year: 2024 })[0]?.tonnesReo // 29000
 * ```
 * @category production
 * @since 0.2.0
 */
export const production: ReadonlyArray<Production.Production> = [
  ...MCS_2026_PRODUCTION,
  ...EARLIER_PRODUCTION,
]

/**
 * Every reserves value, every edition.
 * @example
 * ```ts
 * import { Reserves } from "@rareearth/core"
 * import { reserves } from "@rareearth/data"
 * Reserves.query(reserves, { area: "BR" })[0]?.tonnesReo // 11000000 (MCS 2026 v1.3)
 * ```
 * @category reserves
 * @since 0.2.0
 */
export const reserves: ReadonlyArray<Reserves.Reserves> = [
  ...MCS_2026_RESERVES,
  ...EARLIER_RESERVES,
]

/**
 * The US salient statistics and import sources: the rare earths chapter of MCS 2026 (generated
 * from the release) and those of the earlier editions the reference gives.
 * @example
 * ```ts
 * import { SalientStatistic } from "@rareearth/core"
 * import { salientStatistics } from "@rareearth/data"
 * SalientStatistic.query(salientStatistics, { kind: "net_import_reliance", chapter: "RARE EARTHS", year: 2024 }).map((s) => s.value.text) // ["53", "E"]
 * ```
 * @category salient statistics
 * @since 0.2.0
 */
export const salientStatistics: ReadonlyArray<SalientStatistic.SalientStatistic> = [
  ...MCS_2026_SALIENT,
  ...EARLIER_SALIENT,
]
