/**
 * The response schemas of the supply-chain routes (`SupplyContract`), each route's answer. The
 * Http source loads this module with the first answer of one of these routes (a dynamic import
 * from ClientResponses.ts), so that a client calling the trade routes does not load the supply
 * records' schemas (production, reserves, measures, prices) nor the country catalogue they reach.
 */

import * as Commodity from "@rareearth/core/Commodity"
import * as Price from "@rareearth/core/Price"
import * as Production from "@rareearth/core/Production"
import * as Reserves from "@rareearth/core/Reserves"
import * as SalientStatistic from "@rareearth/core/SalientStatistic"
import * as SupplyShare from "@rareearth/core/SupplyShare"
import { listOf } from "./ApiSchemas.ts"
import {
  ConcentrationRow,
  GroupFlows,
  MeasureStatusRow,
  MirrorResult,
  PremiumRow,
  PriceChangeAnswer,
  ReservesRevision,
} from "./SupplySchemas.ts"

/** Each supply route's response schema. */
export const SupplyResponses = {
  production: listOf(Production.Production),
  concentration: listOf(ConcentrationRow),
  reserves: listOf(Reserves.Reserves),
  reserveRevisions: listOf(ReservesRevision),
  measures: listOf(MeasureStatusRow),
  prices: listOf(Price.PriceObservation),
  priceChange: PriceChangeAnswer,
  pricePremium: listOf(PremiumRow),
  supplyShares: listOf(SupplyShare.SupplyShare),
  salientStatistics: listOf(SalientStatistic.SalientStatistic),
  commodityGroups: listOf(Commodity.CommodityGroup),
  groupFlows: GroupFlows,
  mirror: MirrorResult,
} as const
