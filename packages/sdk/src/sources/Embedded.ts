/**
 * The embedded source: the curated dataset of @rareearth/data, in memory. No network, no files;
 * the default source of the Promise client. The dataset is imported dynamically, in parts
 * (`@rareearth/data/embedded`), each when a query first reads it: the base part (controls,
 * quotas, flows, events) with the first query of them, its flows written into the store with the
 * first query of flows; production, the measures of other jurisdictions and prices likewise.
 * Building the layer loads nothing, `elements` reads no part, `controls` stores no flow, and an
 * app that only reads flows never loads prices.
 * @since 0.1.0
 */
import { type Dataset, Element } from "@rareearth/core"
import {
  AS_OF,
  DATASET_VERSION,
  loadPart,
  type Part,
  type PartName,
} from "@rareearth/data/embedded"
import { Effect, Layer } from "effect"
import type { StoreError } from "../Errors.ts"
import { makeLocal, referenceFromDataset } from "../query/LocalQuery.ts"
import { supplyFromDataset } from "../query/LocalSupply.ts"
import { RareEarth, type RareEarthService } from "../RareEarth.ts"
import type { TradeFlowStore } from "../store/TradeFlowStore.ts"

/** The columnar store's code, loaded with the first store made: `elements` never needs it. */
const loadColumnarStore = Effect.promise(() => import("../store/ColumnarStore.ts"))

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
      const { makeColumnarStore } = yield* loadColumnarStore
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

/**
 * The methods that read no record of the base part: those answering from core's catalogues and
 * the dataset's version and date (`elements`, `element`, `commodityGroups`), and `allFlows`,
 * which reads only the store (that fills itself on its first read). Every other method reads
 * the base part.
 */
const BASELESS_METHODS: ReadonlyArray<keyof RareEarthService> = [
  "elements",
  "element",
  "commodityGroups",
  "allFlows",
]

/** A part beyond the base: loaded when a query first reads it. */
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

/** The parts a method reads: none, the base, or the base and the parts of LAZY_METHODS. */
const partsOf = (method: keyof RareEarthService): ReadonlyArray<PartName> =>
  BASELESS_METHODS.includes(method)
    ? []
    : [
        "base",
        ...((LAZY_METHODS as Partial<Record<string, ReadonlyArray<LazyPart>>>)[method] ?? []),
      ]

type Loaded = Partial<Part<"base"> & Part<"supply"> & Part<"world"> & Part<"prices">>

/**
 * A dataset of the loaded parts (the others empty; without the base, the version and date of
 * the data package). Its `sources` list is empty: the engine reads the sources every record
 * carries, never the list.
 */
const datasetOf = (loaded: Loaded): Dataset.Dataset => ({
  version: loaded.version ?? DATASET_VERSION,
  asOf: loaded.asOf ?? AS_OF,
  sources: [],
  elements: [...Element.ELEMENTS],
  measures: [...(loaded.measures ?? [])],
  quotas: [...(loaded.quotas ?? [])],
  flows: [...(loaded.flows ?? [])],
  events: [...(loaded.events ?? [])],
  releaseCalendars: [...(loaded.releaseCalendars ?? [])],
  production: [...(loaded.production ?? [])],
  reserves: [...(loaded.reserves ?? [])],
  salientStatistics: [...(loaded.salientStatistics ?? [])],
  supplyShares: [...(loaded.supplyShares ?? [])],
  worldMeasures: [...(loaded.worldMeasures ?? [])],
  prices: [...(loaded.prices ?? [])],
})

/**
 * A columnar store of the base part's flows, made and filled on its first read: a question that
 * reads no flow (`elements`, `controls`) never loads the store's code nor validates and stores
 * the flows. `ready` gives the filled store, once.
 */
const columnarOnFirstRead = (ready: Effect.Effect<TradeFlowStore>): TradeFlowStore => ({
  name: "columnar",
  write: (flows) => Effect.flatMap(ready, (store) => store.write(flows)),
  query: (filter, page) => Effect.flatMap(ready, (store) => store.query(filter, page)),
  aggregate: (filter, groupBy) =>
    Effect.flatMap(ready, (store) => store.aggregate(filter, groupBy)),
  count: Effect.flatMap(ready, (store) => store.count),
})

/**
 * The service over the dataset in parts, each loaded when a method first reads it: nothing when
 * it is built, the base part (controls, quotas, events) with the first method reading it, the
 * flows into the store with the first query of flows. Each set of parts gets its engine once
 * (over the one store), with the parts it has not loaded empty: a method is only ever answered
 * by an engine holding every part it reads.
 */
const lazyService = (sourceName: string): Effect.Effect<RareEarthService> =>
  Effect.gen(function* () {
    // The dataset is validated when it is built, so a failing write here would be a bug: a
    // defect, not a typed error.
    const ready = yield* Effect.cached(
      Effect.orDie(
        Effect.gen(function* () {
          const { makeColumnarStore } = yield* loadColumnarStore
          const base = yield* Effect.promise(() => loadPart("base"))
          const store = makeColumnarStore()
          yield* store.write(base.flows)
          return store
        }),
      ),
    )
    const store = columnarOnFirstRead(ready)
    const engines = new Map<string, RareEarthService>()
    const engineWith = (parts: ReadonlyArray<PartName>) =>
      Effect.gen(function* () {
        const key = parts.join("+")
        const known = engines.get(key)
        if (known !== undefined) return known
        const loaded: Loaded = Object.assign(
          {},
          ...(yield* Effect.forEach(parts, (name) => Effect.promise(() => loadPart(name)))),
        )
        const engine = yield* engineOver(datasetOf(loaded), store, sourceName)
        engines.set(key, engine)
        return engine
      })
    const baseless = yield* engineWith([])
    /** A method answered by the engine holding the parts it reads, loaded when first called. */
    const lazily = (method: keyof RareEarthService): unknown => {
      const parts = partsOf(method)
      if (parts.length === 0) return baseless[method]
      const engine = engineWith(parts)
      // A method is an effect (`datasetInfo`) or a function returning one (`controls`).
      return Effect.isEffect(baseless[method])
        ? Effect.flatMap(engine, (loaded) => loaded[method] as Effect.Effect<unknown, unknown>)
        : (...args: ReadonlyArray<unknown>) =>
            Effect.flatMap(engine, (loaded) =>
              (
                loaded[method] as (
                  ...args: ReadonlyArray<unknown>
                ) => Effect.Effect<unknown, unknown>
              )(...args),
            )
    }
    return Object.fromEntries(
      (Object.keys(baseless) as Array<keyof RareEarthService>).map((method) => [
        method,
        lazily(method),
      ]),
    ) as unknown as RareEarthService
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
  layer: Layer.effect(RareEarth, lazyService("embedded")),
  /** The same engine over another dataset held in memory (e.g. one you assembled or loaded). */
  fromDataset: (
    data: Dataset.Dataset,
    sourceName = "embedded",
  ): Layer.Layer<RareEarth, StoreError> => layerFromDataset(data, sourceName),
} as const
