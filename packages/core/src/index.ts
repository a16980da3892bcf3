/**
 * @rareearth/core: the rare earth supply chain as zod schemas, types and pure functions.
 * Each concept is a module, re-exported as a namespace.
 * @since 0.1.0
 */
export * as Bom from "./Bom.ts"
export * as Commodity from "./Commodity.ts"
export * as Country from "./Country.ts"
export * as Dataset from "./Dataset.ts"
export * as Element from "./Element.ts"
export * as ExportControl from "./ExportControl.ts"
export * as Exposure from "./Exposure.ts"
export * as InputError from "./InputError.ts"
export { InvalidInputError, isInvalidInputError } from "./InputError.ts"
export * as Material from "./Material.ts"
export * as Period from "./Period.ts"
export * as PolicyEvent from "./PolicyEvent.ts"
export * as Quantity from "./Quantity.ts"
export * as Quota from "./Quota.ts"
export * as Series from "./Series.ts"
export * as Source from "./Source.ts"
export * as TradeFlow from "./TradeFlow.ts"
