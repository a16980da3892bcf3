/**
 * The embedded source: the curated dataset of @rareearth/data, in memory. No network, no files;
 * the default source of the Promise client. The dataset is imported dynamically, in parts
 * (`@rareearth/data/embedded`): the base part (controls, quotas, flows, events) when the layer is
 * built, production, the measures of other jurisdictions and prices when a query first reads
 * them. A bundle that never builds the layer (an app on the Http source) loads none of it, and an
 * app that only reads flows never loads prices.
 * @since 0.1.0
 */
import { type Dataset, Element } from "@rareearth/core"
import { loadPart, type Part, type PartName } from "@rareearth/data/embedded"
import { Effect, Layer } from "effect"
import type { StoreError } from "../Errors.ts"
import { makeLocal, referenceFromDataset } from "../query/LocalQuery.ts"
import { supplyFromDataset } from "../query/LocalSupply.ts"
import { RareEarth, type RareEarthService } from "../RareEarth.ts"
import { makeColumnarStore } from "../store/ColumnarStore.ts"
import type { TradeFlowStore } from "../store/TradeFlowStore.ts"

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
      return yield* engineOver(data, store, sourceName)
    }),
  )

/** The engine over a dataset whose flows are in `store`. */
const engineOver = (data: Dataset.Dataset, store: TradeFlowStore, sourceName: string) =>
  makeLocal({
    reference: referenceFromDataset(data),
    supply: supplyFromDataset(data),
    store,
    sourceName,
  })

/** A part loaded when a query first reads it (the base part is loaded with the layer). */
type LazyPart = Exclude<PartName, "base">

/** The methods that read more than the base part, and the parts each reads. */
const LAZY_METHODS = {
  production: ["supply"],
  concentration: ["supply"],
  reserves: ["supply"],
  reserveRevisions: ["supply"],
  salientStatistics: ["supply"],
  supplyShares: ["supply"],
  measures: ["world"],
  prices: ["prices"],
  priceChange: ["prices"],
  pricePremium: ["prices"],
  exposure: ["supply", "prices"],
} as const satisfies { readonly [K in keyof RareEarthService]?: ReadonlyArray<LazyPart> }

type LazyMethod = keyof typeof LAZY_METHODS

const loadLazy = <P extends LazyPart>(name: P): Effect.Effect<Part<P>> =>
  Effect.promise(() => loadPart(name))

/**
 * A dataset of the loaded parts (the others empty). Its `sources` list is empty: the engine
 * reads the sources every record carries, never the list.
 */
const datasetOf = (
  base: Part<"base">,
  loaded: Partial<Part<"supply"> & Part<"world"> & Part<"prices">>,
): Dataset.Dataset => ({
  version: base.version,
  asOf: base.asOf,
  sources: [],
  elements: [...Element.ELEMENTS],
  measures: [...base.measures],
  quotas: [...base.quotas],
  flows: [...base.flows],
  events: [...base.events],
  releaseCalendars: [...base.releaseCalendars],
  production: [...(loaded.production ?? [])],
  reserves: [...(loaded.reserves ?? [])],
  salientStatistics: [...(loaded.salientStatistics ?? [])],
  supplyShares: [...(loaded.supplyShares ?? [])],
  worldMeasures: [...(loaded.worldMeasures ?? [])],
  prices: [...(loaded.prices ?? [])],
})

/**
 * The service over the base part, whose methods that read other parts load them first. Each set
 * of parts gets its engine once (over the one store of flows), with the parts it has not loaded
 * empty: a method is only ever answered by an engine holding every part it reads.
 */
const lazyService = (sourceName: string): Effect.Effect<RareEarthService, StoreError> =>
  Effect.gen(function* () {
    const base = yield* Effect.promise(() => loadPart("base"))
    const store = makeColumnarStore()
    yield* store.write(base.flows)
    const engines = new Map<string, RareEarthService>()
    const engineWith = (parts: ReadonlyArray<LazyPart>) =>
      Effect.gen(function* () {
        const key = parts.join("+")
        const known = engines.get(key)
        if (known !== undefined) return known
        const loaded: Partial<Part<"supply"> & Part<"world"> & Part<"prices">> = Object.assign(
          {},
          ...(yield* Effect.forEach(parts, (name) => loadLazy(name))),
        )
        const engine = yield* engineOver(datasetOf(base, loaded), store, sourceName)
        engines.set(key, engine)
        return engine
      })
    const engine = yield* engineWith([])
    const lazily = <K extends LazyMethod>(method: K): RareEarthService[K] => {
      const call = (...args: ReadonlyArray<unknown>) =>
        Effect.flatMap(engineWith(LAZY_METHODS[method]), (loaded) =>
          (loaded[method] as (...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown>)(
            ...args,
          ),
        )
      return call as unknown as RareEarthService[K]
    }
    const lazyMethods = Object.fromEntries(
      (Object.keys(LAZY_METHODS) as Array<LazyMethod>).map((method) => [method, lazily(method)]),
    ) as Pick<RareEarthService, LazyMethod>
    return { ...engine, ...lazyMethods }
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
   * The RareEarth service over @rareearth/data's dataset, loaded in parts. The dataset is
   * validated when it is built, so a failing write here would be a bug: a defect, not a typed
   * error.
   */
  layer: Layer.orDie(Layer.effect(RareEarth, lazyService("embedded"))),
  /** The same engine over another dataset held in memory (e.g. one you assembled or loaded). */
  fromDataset: (
    data: Dataset.Dataset,
    sourceName = "embedded",
  ): Layer.Layer<RareEarth, StoreError> => layerFromDataset(data, sourceName),
} as const
