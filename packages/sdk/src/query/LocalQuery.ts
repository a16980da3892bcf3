/**
 * The local query engine: answers every query of the RareEarth service from reference data
 * (elements, measures, quotas, events) and a trade-flow store. Every local source (embedded,
 * files, SQLite, PostgreSQL, Comtrade after fetching) is this engine over a different store.
 * The calls are LocalCalls.ts's; this module adds `allFlows` (a Stream, AllFlows.ts) and the data
 * package's material presets. Public: `makeLocal`, `referenceFromDataset`, `ReferenceData`,
 * `LocalOptions` (exported from `@rareearth/sdk`).
 * @since 0.1.0
 */
import type * as Dataset from "@rareearth/core/Dataset"
import { materialPresets, oxideFactors } from "@rareearth/data/materials"
import * as Effect from "effect/Effect"
import type { RareEarthService } from "../RareEarth.ts"
import { allFlowsOver } from "./AllFlows.ts"
import { type LocalOptions, makeLocalCalls, type ReferenceData, referenceOf } from "./LocalCalls.ts"

export { type LocalOptions, type ReferenceData, validateFlowQuery } from "./LocalCalls.ts"

/**
 * Splits a dataset into its reference data (the flows go to a store). The material presets and
 * oxide factors are the data package's (`materialPresets`, `oxideFactors`): the dataset schema
 * does not carry them.
 * @example
 * ```ts
 * import { dataset } from "@rareearth/data"
 * import { referenceFromDataset } from "@rareearth/sdk"
 *
 * const reference = referenceFromDataset(dataset)
 * console.log(reference.measures.length > 0) // true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const referenceFromDataset = (dataset: Dataset.Dataset): ReferenceData =>
  referenceOf(dataset, { presets: materialPresets, factors: oxideFactors })

/**
 * Builds the RareEarth service over reference data and a trade-flow store.
 * @example
 * ```ts
 * import { dataset } from "@rareearth/data"
 * import { makeColumnarStore, makeLocal, referenceFromDataset } from "@rareearth/sdk"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const store = makeColumnarStore()
 *   yield* store.write(dataset.flows)
 *   const service = yield* makeLocal({ reference: referenceFromDataset(dataset), store, sourceName: "mine" })
 *   return yield* service.element("Dy")
 * })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeLocal = (options: LocalOptions): Effect.Effect<RareEarthService> =>
  Effect.map(makeLocalCalls(options), (calls) => ({
    ...calls,
    allFlows: allFlowsOver(options.store),
  }))
