/**
 * The embedded source's calls: every method of the RareEarth service but `allFlows` (a Stream,
 * which Embedded.ts adds), over the dataset of @rareearth/data loaded in parts as queries read
 * them (`@rareearth/data/embedded`). A module of its own so that the Promise client, which pages
 * with `flows`, loads neither Effect's streams nor the query engine to answer `elements`.
 * @internal
 */
import type * as Dataset from "@rareearth/core/Dataset"
import * as Element from "@rareearth/core/Element"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import {
  AS_OF,
  DATASET_VERSION,
  loadPart,
  type Part,
  type PartName,
} from "@rareearth/data/embedded"
import * as Effect from "effect/Effect"
import type { DataAge, ElementList } from "../Query.ts"
import type { RareEarthCalls, RareEarthService } from "../RareEarth.ts"
import type { TradeFlowStore } from "../store/TradeFlowStore.ts"

/** The calls, and the engine over a set of parts (for `allFlows`, and the whole service). */
export interface EmbeddedEngines {
  readonly calls: RareEarthCalls
  readonly engineWith: (parts: ReadonlyArray<PartName>) => Effect.Effect<RareEarthService>
}

// The engine, the store and the dataset's parts load with the first query that reads them; the
// static imports above are only what `elements` needs.
const loadEngine = Effect.promise(() =>
  Promise.all([import("../query/LocalQuery.ts"), import("../query/LocalSupply.ts")]),
)
const loadColumnarStore = Effect.promise(() => import("../store/ColumnarStore.ts"))

/** A columnar store holding `flows` (loading the store's code); fails on an invalid flow. */
export const storeOf = (flows: ReadonlyArray<TradeFlow.TradeFlow>) =>
  Effect.flatMap(loadColumnarStore, ({ makeColumnarStore }) => {
    const store = makeColumnarStore()
    return Effect.as(store.write(flows), store)
  })

/** The engine over a dataset whose flows are in `store` (loading the engine's code). */
export const engineOver = (data: Dataset.Dataset, store: TradeFlowStore, sourceName: string) =>
  Effect.flatMap(loadEngine, ([{ makeLocal, referenceFromDataset }, { supplyFromDataset }]) =>
    makeLocal({
      reference: referenceFromDataset(data),
      supply: supplyFromDataset(data),
      store,
      sourceName,
    }),
  )

/**
 * The parts each method reads (the store loads the flows part itself, on its first read).
 * `element` and `commodityGroups` read only core's catalogues and the dataset's version and
 * date; `elements` is answered without the engine (see {@link elementList}); the queries of
 * flows read the store only; the release calendars no method reads.
 */
const READS = {
  elements: [],
  element: [],
  commodityGroups: [],
  flows: [],
  series: [],
  groupFlows: [],
  mirror: [],
  controls: ["controls"],
  quotas: ["quotas"],
  timeline: ["controls", "events"],
  datasetInfo: ["controls", "quotas", "events"],
  production: ["supply"],
  concentration: ["supply"],
  reserves: ["supply"],
  reserveRevisions: ["supply"],
  salientStatistics: ["supply"],
  supplyShares: ["supply"],
  measures: ["controls", "world"],
  prices: ["prices"],
  priceChange: ["prices"],
  pricePremium: ["prices"],
  exposure: ["controls", "supply", "prices"],
} as const satisfies { readonly [K in keyof RareEarthCalls]: ReadonlyArray<PartName> }

type Method = keyof RareEarthCalls

/** The methods that are effects; the others are functions returning one. */
const EFFECT_METHODS: ReadonlyArray<Method> = ["elements", "datasetInfo", "commodityGroups"]

/**
 * The answer of `elements`: core's 17 elements and the age of the data, exactly as the engine
 * answers it over the dataset (its elements are core's; Embedded.test.ts checks the two are
 * equal), without loading the engine: the answer `rareearth elements` prints at once.
 */
const elementList: ElementList = {
  items: Element.ELEMENTS,
  dataAge: { kind: "dataset", asOf: AS_OF, version: DATASET_VERSION } satisfies DataAge,
}

type Loaded = Partial<
  Part<"controls"> &
    Part<"quotas"> &
    Part<"events"> &
    Part<"calendars"> &
    Part<"supply"> &
    Part<"world"> &
    Part<"prices">
>

/**
 * A dataset of the loaded parts (the others empty), with the version and date of the data
 * package. Its `sources` list is empty: the engine reads the sources every record carries,
 * never the list.
 */
const datasetOf = (loaded: Loaded): Dataset.Dataset => ({
  version: DATASET_VERSION,
  asOf: AS_OF,
  sources: [],
  elements: [...Element.ELEMENTS],
  measures: [...(loaded.measures ?? [])],
  quotas: [...(loaded.quotas ?? [])],
  flows: [], // the engines read the flows from the store
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
 * A columnar store of the flows part, made and filled on its first read: a question that reads
 * no flow (`elements`, `controls`) never loads the flows, the store's code, nor validates and
 * stores the flows. `ready` gives the filled store, once.
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
 * The embedded source's calls and engines over the dataset in parts, each part loaded when a
 * method first reads it: nothing when they are made, the controls with the first method reading
 * them (and so on for each part), the flows part into the store with the first query of flows.
 * Each set of parts gets its engine once (over the one store), with the parts it has not loaded
 * empty: a method is only ever answered by an engine holding every part it reads.
 */
export const embeddedCalls = (sourceName: string): Effect.Effect<EmbeddedEngines> =>
  Effect.gen(function* () {
    // The dataset is validated when it is built, so a failing write here would be a bug: a
    // defect, not a typed error.
    const ready = yield* Effect.cached(
      Effect.orDie(
        Effect.flatMap(
          Effect.promise(() => loadPart("flows")),
          ({ flows }) => storeOf(flows),
        ),
      ),
    )
    const store = columnarOnFirstRead(ready)
    // One engine per set of parts, made once: concurrent first calls (`controls` beside
    // `datasetInfo`) share it.
    const engines = new Map<string, Effect.Effect<RareEarthService>>()
    const engineWith = (parts: ReadonlyArray<PartName>) =>
      Effect.gen(function* () {
        const key = parts.join("+")
        let engine = engines.get(key)
        if (engine === undefined) {
          engine = yield* Effect.cached(
            Effect.gen(function* () {
              const loaded: Loaded = Object.assign(
                {},
                ...(yield* Effect.forEach(parts, (name) => Effect.promise(() => loadPart(name)), {
                  concurrency: "unbounded",
                })),
              )
              return yield* engineOver(datasetOf(loaded), store, sourceName)
            }),
          )
          engines.set(key, engine)
        }
        return yield* engine
      })
    const lazily = (method: Method): unknown => {
      const engine = engineWith(READS[method])
      if (EFFECT_METHODS.includes(method))
        return Effect.flatMap(engine, (loaded) => loaded[method] as Effect.Effect<unknown, unknown>)
      return (...args: ReadonlyArray<unknown>) =>
        Effect.flatMap(engine, (loaded) =>
          (loaded[method] as (...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown>)(
            ...args,
          ),
        )
    }
    const methods = Object.fromEntries(
      (Object.keys(READS) as Array<Method>).map((method) => [method, lazily(method)]),
    ) as unknown as RareEarthCalls
    return { calls: { ...methods, elements: Effect.succeed(elementList) }, engineWith }
  })
