/**
 * The embedded source's calls: every method of the RareEarth service but `allFlows` (a Stream,
 * which Embedded.ts adds), over the dataset of @rareearth/data loaded in parts as queries read
 * them (`@rareearth/data/embedded`). A module of its own so that the Promise client, which pages
 * with `flows`, loads neither Effect's streams nor the query engine to answer `elements`, and
 * the engine's calls without streams (LocalCalls.ts) to answer `flows`; the material presets
 * load with the first `exposure`.
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
import { deferredCalls } from "../internal/deferredCalls.ts"
import type { DataAge, ElementList } from "../Query.ts"
import type { ReferenceData } from "../query/LocalCalls.ts"
import { supplyFromDataset } from "../query/SupplyData.ts"
import type { RareEarthCalls } from "../RareEarth.ts"
import type { TradeFlowStore } from "../store/TradeFlowStore.ts"

/** The calls, and the store of the flows part they read (for `allFlows`). */
export interface EmbeddedEngines {
  readonly calls: RareEarthCalls
  readonly store: TradeFlowStore
}

// The engine, the store and the dataset's parts load with the first query that reads them; the
// static imports above are only what `elements` needs.
const loadEngine = Effect.promise(() => import("../query/LocalCalls.ts"))
const loadColumnarStore = Effect.promise(() => import("../store/ColumnarStore.ts"))
const loadMaterials = Effect.promise(() => import("@rareearth/data/materials"))

/** A columnar store holding `flows` (loading the store's code); fails on an invalid flow. */
export const storeOf = (flows: ReadonlyArray<TradeFlow.TradeFlow>) =>
  Effect.flatMap(loadColumnarStore, ({ makeColumnarStore }) => {
    const store = makeColumnarStore()
    return Effect.as(store.write(flows), store)
  })

/** What a method reads: the dataset's parts, and the data package's material presets. */
type Read = PartName | "materials"

/**
 * The parts each method reads (the store loads the flows part itself, on its first read), and
 * the material presets `exposure` reads.
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
  exposure: ["controls", "supply", "prices", "materials"],
} as const satisfies { readonly [K in keyof RareEarthCalls]: ReadonlyArray<Read> }

type Method = keyof RareEarthCalls

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
  { readonly materials: NonNullable<ReferenceData["materials"]> } & Part<"controls"> &
    Part<"quotas"> &
    Part<"events"> &
    Part<"calendars"> &
    Part<"supply"> &
    Part<"world"> &
    Part<"prices">
>

/** Loads what a method reads: a part of the dataset, or the material presets. */
const load = (read: Read): Effect.Effect<Loaded> =>
  read === "materials"
    ? Effect.map(loadMaterials, ({ materialPresets, oxideFactors }) => ({
        materials: { presets: materialPresets, factors: oxideFactors },
      }))
    : Effect.promise(() => loadPart(read))

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
    const engines = new Map<string, Effect.Effect<RareEarthCalls>>()
    const engineWith = (reads: ReadonlyArray<Read>) =>
      Effect.gen(function* () {
        const key = reads.join("+")
        let engine = engines.get(key)
        if (engine === undefined) {
          engine = yield* Effect.cached(
            Effect.gen(function* () {
              const loaded: Loaded = Object.assign(
                {},
                ...(yield* Effect.forEach(reads, load, { concurrency: "unbounded" })),
              )
              const data = datasetOf(loaded)
              const { makeLocalCalls, referenceOf } = yield* loadEngine
              return yield* makeLocalCalls({
                reference: referenceOf(data, loaded.materials),
                supply: supplyFromDataset(data),
                store,
                sourceName,
              })
            }),
          )
          engines.set(key, engine)
        }
        return yield* engine
      })
    const methods = deferredCalls<RareEarthCalls, Method>(
      Object.keys(READS) as Array<Method>,
      ["elements", "datasetInfo", "commodityGroups"],
      (method) => engineWith(READS[method]),
    )
    return { calls: { ...methods, elements: Effect.succeed(elementList) }, store }
  })
