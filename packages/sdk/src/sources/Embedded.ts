/**
 * The embedded source: the curated dataset of @rareearth/data, in memory. No network, no files;
 * the default source of the Promise client. The dataset is imported dynamically, in parts
 * (`@rareearth/data/embedded`, each with the sources its records cite), each when a query first
 * reads it: the flows part, written into the store, with the first query of flows; the controls
 * with the first query of them; quotas, events, production, the measures of other jurisdictions
 * and prices likewise. The query engine loads with the first query that needs it too. Building
 * the layer loads nothing, `elements` answers from core's catalogue, `controls` loads no flow,
 * and an app that only reads flows loads no other part.
 * @since 0.1.0
 */
import type * as Dataset from "@rareearth/core/Dataset"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { StoreError } from "../Errors.ts"
import { RareEarthKey } from "../internal/RareEarthKey.ts"
import type { RareEarth, RareEarthService } from "../RareEarth.ts"
import { embeddedCalls, storeOf } from "./EmbeddedCalls.ts"

/**
 * A layer answering every query from an in-memory dataset (reference data plus a columnar store
 * of its flows). The store validates every flow: an invalid one fails the layer with a
 * StoreError naming it.
 */
const layerFromDataset = (
  data: Dataset.Dataset,
  sourceName: string,
): Layer.Layer<RareEarth, StoreError> =>
  Layer.effect(
    RareEarthKey,
    Effect.gen(function* () {
      const store = yield* storeOf(data.flows)
      const [{ makeLocal, referenceFromDataset }, { supplyFromDataset }] = yield* Effect.promise(
        () => Promise.all([import("../query/LocalQuery.ts"), import("../query/SupplyData.ts")]),
      )
      return yield* makeLocal({
        reference: referenceFromDataset(data),
        supply: supplyFromDataset(data),
        store,
        sourceName,
      })
    }),
  )

/**
 * The service: the embedded calls (EmbeddedCalls.ts), and the engine's `allFlows` over their
 * store (which fills itself on its first read). `RareEarthKey` is `RareEarth`'s key without the
 * engine its statics carry.
 */
const lazyService = (sourceName: string): Effect.Effect<RareEarthService> =>
  Effect.gen(function* () {
    const [{ calls, store }, { allFlowsOver }] = yield* Effect.all([
      embeddedCalls(sourceName),
      Effect.promise(() => import("../query/AllFlows.ts")),
    ])
    return { ...calls, allFlows: allFlowsOver(store) }
  })

/**
 * The embedded source.
 * @example
 * ```ts
 * import { EmbeddedSource, RareEarth } from "@rareearth/sdk"
 * import { Effect } from "effect"
 *
 * const dysprosium = RareEarth.use((rareEarth) => rareEarth.element("Dy")).pipe(
 *   Effect.provide(EmbeddedSource.layer),
 * )
 * ```
 * @category sources
 * @since 0.1.0
 */
export const EmbeddedSource = {
  /** The name `datasetInfo` reports. */
  name: "embedded",
  /**
   * The RareEarth service over @rareearth/data's dataset, loaded in parts as queries read them.
   * The dataset is validated when it is built, so a failing write of its flows would be a bug: a
   * defect, not a typed error.
   */
  layer: Layer.effect(RareEarthKey, lazyService("embedded")),
  /** The same engine over another dataset held in memory (e.g. one you assembled or loaded). */
  fromDataset: (
    data: Dataset.Dataset,
    sourceName = "embedded",
  ): Layer.Layer<RareEarth, StoreError> => layerFromDataset(data, sourceName),
} as const
