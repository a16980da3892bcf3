/**
 * The embedded source: the curated dataset of @rareearth/data, in memory. No network, no files;
 * the default source of the Promise client.
 * @since 0.1.0
 */
import type { Dataset } from "@rareearth/core"
import { dataset } from "@rareearth/data"
import { Effect, Layer } from "effect"
import { makeLocal, referenceFromDataset } from "../internal/query/makeLocal.ts"
import { RareEarth } from "../RareEarth.ts"
import { makeColumnarStore } from "../store/ColumnarStore.ts"

/**
 * A layer answering every query from an in-memory dataset (reference data plus a columnar store
 * of its flows). The store validates the flows; an invalid flow is a defect of the dataset.
 */
const layerFromDataset = (data: Dataset.Dataset, sourceName: string): Layer.Layer<RareEarth> =>
  Layer.effect(
    RareEarth,
    Effect.gen(function* () {
      const store = makeColumnarStore()
      yield* Effect.orDie(store.write(data.flows))
      return yield* makeLocal({ reference: referenceFromDataset(data), store, sourceName })
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
  /** The RareEarth service over @rareearth/data's dataset. */
  layer: layerFromDataset(dataset, "embedded"),
  /** The same engine over another dataset held in memory (e.g. one you assembled or loaded). */
  fromDataset: (data: Dataset.Dataset, sourceName = "embedded"): Layer.Layer<RareEarth> =>
    layerFromDataset(data, sourceName),
} as const
