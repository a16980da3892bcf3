/**
 * @rareearth/sdk: typed access to the rare earth supply chain.
 * @since 0.1.0
 */
export * from "./errors.ts"
export type * from "./Query.ts"
export * from "./RareEarth.ts"
export type * from "./store/TradeFlowStore.ts"
