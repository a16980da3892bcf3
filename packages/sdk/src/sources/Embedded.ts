/**
 * The embedded source: the curated dataset of @rareearth/data, in memory. No network, no files;
 * the default source of the Promise client. The dataset is imported dynamically when the layer
 * is built, so a bundle that never builds it (an app on the Http source) does not load it.
 * @since 0.1.0
 */
import type { Dataset } from "@rareearth/core"
import { Effect, Layer } from "effect"
import type { StoreError } from "../Errors.ts"
import { makeLocal, referenceFromDataset } from "../query/LocalQuery.ts"
import { supplyFromDataset } from "../query/LocalSupply.ts"
import { RareEarth } from "../RareEarth.ts"
import { makeColumnarStore } from "../store/ColumnarStore.ts"

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
    RareEarth,
    Effect.gen(function* () {
      const store = makeColumnarStore()
      yield* store.write(data.flows)
      return yield* makeLocal({
        reference: referenceFromDataset(data),
        supply: supplyFromDataset(data),
        store,
        sourceName,
      })
    }),
  )

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
   * The RareEarth service over @rareearth/data's dataset. The dataset is validated when it is
   * built, so a failing write here would be a bug: a defect, not a typed error.
   */
  layer: Layer.orDie(
    Layer.unwrap(
      Effect.map(
        Effect.promise(() => import("@rareearth/data")),
        ({ dataset }) => layerFromDataset(dataset, "embedded"),
      ),
    ),
  ),
  /** The same engine over another dataset held in memory (e.g. one you assembled or loaded). */
  fromDataset: (
    data: Dataset.Dataset,
    sourceName = "embedded",
  ): Layer.Layer<RareEarth, StoreError> => layerFromDataset(data, sourceName),
} as const
