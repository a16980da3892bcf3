/**
 * @rareearth/core: the rare earth supply chain as zod schemas, types and pure functions.
 * Each concept is a module, re-exported as a namespace.
 * @since 0.1.0
 */
export * as AsOf from "./AsOf.ts"
export * as Audit from "./Audit.ts"
export * as Bom from "./Bom.ts"
export * as Commodity from "./Commodity.ts"
export * as Country from "./Country.ts"
export * as Currency from "./Currency.ts"
export * as Dataset from "./Dataset.ts"
export * as Diff from "./Diff.ts"
export * as Edition from "./Edition.ts"
export * as Element from "./Element.ts"
export * as Evidence from "./Evidence.ts"
export * as ExportControl from "./ExportControl.ts"
export * as Exposure from "./Exposure.ts"
export * as InputError from "./InputError.ts"
export { InvalidInputError, isInvalidInputError } from "./InputError.ts"
export * as Jurisdiction from "./Jurisdiction.ts"
export * as Lookup from "./Lookup.ts"
export * as Material from "./Material.ts"
export * as Measure from "./Measure.ts"
export * as Mirror from "./Mirror.ts"
export * as Period from "./Period.ts"
export * as PolicyEvent from "./PolicyEvent.ts"
export * as Price from "./Price.ts"
export * as Production from "./Production.ts"
export * as Quantity from "./Quantity.ts"
export * as Quota from "./Quota.ts"
export {
  type ErrorBase,
  isRareEarthError,
  makeTaggedError,
  RareEarthError,
  RareEarthErrorTypeId,
  TaggedError,
  type TaggedErrorClass,
} from "./RareEarthError.ts"
export * as ReleaseCalendar from "./ReleaseCalendar.ts"
export * as Reserves from "./Reserves.ts"
export * as SalientStatistic from "./SalientStatistic.ts"
export * as Series from "./Series.ts"
export * as Source from "./Source.ts"
export * as SupplyAnalytics from "./SupplyAnalytics.ts"
export * as SupplyShare from "./SupplyShare.ts"
export * as TradeFlow from "./TradeFlow.ts"
export * as Usgs from "./Usgs.ts"
export * as UsgsDataRelease from "./UsgsDataRelease.ts"
