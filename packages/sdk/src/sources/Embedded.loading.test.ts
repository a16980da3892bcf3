/**
 * What the embedded source loads, and when: `elements` nothing (no part of the dataset, no store,
 * no engine), each other method the parts of the dataset it answers from and no other (`flows`
 * the flows part into the store, once however many queries ask at the same time; `controls` the
 * controls part and no store), and the engine's supply queries and exposure only with their first
 * call. The answers are those of the engine over the whole dataset. The loaders are spied on;
 * everything else is the real source.
 */
import { assert, it } from "@effect/vitest"
import { dataset as shipped } from "@rareearth/data"
import * as Embedded from "@rareearth/data/embedded"
import { Effect } from "effect"
import { beforeEach, vi } from "vitest"
import { createClient } from "../Client.ts"
import * as Exposure from "../query/exposure.ts"
import * as LocalCalls from "../query/LocalCalls.ts"
import * as LocalSupply from "../query/LocalSupply.ts"
import { RareEarth, type RareEarthService } from "../RareEarth.ts"
import * as ColumnarStore from "../store/ColumnarStore.ts"
import { EmbeddedSource } from "./Embedded.ts"

const { spied } = vi.hoisted(() => ({
  /** A mock factory: the module as it is, its export `name` wrapped in a spy. */
  spied: (name: string) => async (importOriginal: () => Promise<Record<string, unknown>>) => {
    const original = await importOriginal()
    return { ...original, [name]: vi.fn(original[name] as (...args: Array<unknown>) => unknown) }
  },
}))

vi.mock("@rareearth/data/embedded", spied("loadPart"))
vi.mock("../query/LocalCalls.ts", spied("makeLocalCalls"))
vi.mock("../query/LocalSupply.ts", spied("makeSupplyQueries"))
vi.mock("../query/exposure.ts", spied("exposureOf"))
vi.mock("../store/ColumnarStore.ts", spied("makeColumnarStore"))

const partsLoaded = () => vi.mocked(Embedded.loadPart).mock.calls.map(([name]) => name)
const storesMade = () => vi.mocked(ColumnarStore.makeColumnarStore).mock.calls.length
const enginesMade = () => vi.mocked(LocalCalls.makeLocalCalls).mock.calls.length
const supplyQueriesMade = () => vi.mocked(LocalSupply.makeSupplyQueries).mock.calls.length
const exposuresAnswered = () => vi.mocked(Exposure.exposureOf).mock.calls.length

/** The same question asked of the engine over the whole dataset, every part loaded at once. */
const wholeDataset = <A, E>(question: Effect.Effect<A, E, RareEarth>) =>
  question.pipe(Effect.provide(EmbeddedSource.fromDataset(shipped)))

beforeEach(() => {
  vi.mocked(Embedded.loadPart).mockClear()
  vi.mocked(ColumnarStore.makeColumnarStore).mockClear()
  vi.mocked(LocalCalls.makeLocalCalls).mockClear()
  vi.mocked(LocalSupply.makeSupplyQueries).mockClear()
  vi.mocked(Exposure.exposureOf).mockClear()
})

it.effect(
  "elements loads no part of the dataset and no store, and answers as the whole dataset does",
  () =>
    Effect.gen(function* () {
      const elements = yield* RareEarth.use((rareEarth) => rareEarth.elements)
      assert.deepStrictEqual(partsLoaded(), [])
      assert.strictEqual(storesMade(), 0)
      assert.strictEqual(elements.items.length, 17)
      assert.deepStrictEqual(
        elements,
        yield* wholeDataset(RareEarth.use((rareEarth) => rareEarth.elements)),
      )
      // The same answer as JSON too: the keys in the same order.
      assert.strictEqual(
        JSON.stringify(elements),
        JSON.stringify(yield* wholeDataset(RareEarth.use((rareEarth) => rareEarth.elements))),
      )
    }).pipe(Effect.provide(EmbeddedSource.layer)),
)

it.effect(
  "the Promise client's elements loads no part either, and answers as the source does",
  () =>
    Effect.gen(function* () {
      const client = createClient()
      const elements = yield* Effect.promise(() => client.elements())
      yield* Effect.promise(() => client.close())
      assert.deepStrictEqual(partsLoaded(), [])
      assert.strictEqual(storesMade(), 0)
      assert.deepStrictEqual(
        elements,
        yield* wholeDataset(RareEarth.use((rareEarth) => rareEarth.elements)),
      )
    }),
)

it.effect("element and commodityGroups load no part of the dataset either", () =>
  Effect.gen(function* () {
    const questions = RareEarth.use((rareEarth) =>
      Effect.all([
        rareEarth.element("dysprosium"),
        rareEarth.commodityGroups,
        Effect.flip(rareEarth.element("Xx")),
      ]),
    )
    const answers = yield* questions
    assert.deepStrictEqual(partsLoaded(), [])
    assert.strictEqual(storesMade(), 0)
    assert.deepStrictEqual(answers, yield* wholeDataset(questions))
  }).pipe(Effect.provide(EmbeddedSource.layer)),
)

/** Each method with valid parameters, the parts it loads (in any order) and whether it stores the flows. */
const CALLS: ReadonlyArray<
  readonly [
    string,
    (rareEarth: RareEarthService) => Effect.Effect<unknown, unknown>,
    ReadonlyArray<Embedded.PartName>,
    boolean,
  ]
> = [
  ["elements", (rareEarth) => rareEarth.elements, [], false],
  ["element", (rareEarth) => rareEarth.element("Dy"), [], false],
  ["commodityGroups", (rareEarth) => rareEarth.commodityGroups, [], false],
  ["controls", (rareEarth) => rareEarth.controls({ on: "2025-06-01" }), ["controls"], false],
  ["quotas", (rareEarth) => rareEarth.quotas({}), ["quotas"], false],
  [
    "flows",
    (rareEarth) => rareEarth.flows({ commodity: "magnets" }, { offset: 0, limit: 5 }),
    ["flows"],
    true,
  ],
  [
    "series",
    (rareEarth) => rareEarth.series({ commodity: "magnets", from: "2025-01", to: "2025-06" }),
    ["flows"],
    true,
  ],
  ["groupFlows", (rareEarth) => rareEarth.groupFlows({ group: "magnets" }), ["flows"], true],
  [
    "mirror",
    (rareEarth) => rareEarth.mirror({ reporter: "CN", commodity: "850511" }),
    ["flows"],
    true,
  ],
  [
    "timeline",
    (rareEarth) => rareEarth.timeline({ from: "2025-01-01", to: "2025-12-31" }),
    ["controls", "events"],
    false,
  ],
  [
    "datasetInfo",
    (rareEarth) => rareEarth.datasetInfo,
    ["controls", "quotas", "events", "flows"],
    true,
  ],
  ["production", (rareEarth) => rareEarth.production({ area: "CN" }), ["supply"], false],
  ["concentration", (rareEarth) => rareEarth.concentration({}), ["supply"], false],
  ["reserves", (rareEarth) => rareEarth.reserves({}), ["supply"], false],
  ["reserveRevisions", (rareEarth) => rareEarth.reserveRevisions({}), ["supply"], false],
  ["salientStatistics", (rareEarth) => rareEarth.salientStatistics({}), ["supply"], false],
  ["supplyShares", (rareEarth) => rareEarth.supplyShares({}), ["supply"], false],
  [
    "measures",
    (rareEarth) => rareEarth.measures({ on: "2026-01-15" }),
    ["controls", "world"],
    false,
  ],
  ["prices", (rareEarth) => rareEarth.prices({ product: "dy_oxide" }), ["prices"], false],
  [
    "priceChange",
    (rareEarth) =>
      rareEarth.priceChange({
        product: "dy_oxide",
        market: "china_domestic",
        currency: "CNY",
        kind: "assessment",
        unit: "kg",
        from: "2025-01-01",
        to: "2025-12-31",
      }),
    ["prices"],
    false,
  ],
  [
    "pricePremium",
    (rareEarth) => rareEarth.pricePremium({ product: "dy_oxide" }),
    ["prices"],
    false,
  ],
  [
    "exposure",
    (rareEarth) =>
      rareEarth.exposure({
        bom: { text: "part_id,material,grade,mass\nrotor,ndfeb-sintered,N42SH,2 kg\n" },
        on: "2025-06-01",
      }),
    ["controls", "supply", "prices"],
    false,
  ],
]

it.effect("CALLS covers every method of the service but allFlows (a stream of the store)", () =>
  Effect.gen(function* () {
    const methods = yield* wholeDataset(
      RareEarth.use((rareEarth) => Effect.succeed(Object.keys(rareEarth))),
    )
    assert.deepStrictEqual(
      CALLS.map(([method]) => method).toSorted(),
      methods.filter((method) => method !== "allFlows").toSorted(),
    )
  }),
)

for (const [method, call, parts, stores] of CALLS) {
  it.effect(
    `${method} loads ${parts.length === 0 ? "no part" : `only the ${parts.join(", ")} part${parts.length === 1 ? "" : "s"}`}${stores ? " (the flows into the store)" : " and no store"}, and answers as the whole dataset does`,
    () =>
      Effect.gen(function* () {
        const question = RareEarth.use(call)
        const answer = yield* question
        assert.deepStrictEqual(new Set(partsLoaded()), new Set(parts))
        assert.strictEqual(storesMade(), stores ? 1 : 0)
        assert.deepStrictEqual(answer, yield* wholeDataset(question))
      }).pipe(Effect.provide(EmbeddedSource.layer)),
  )
}

it.effect(
  "the Promise client's first calls, elements then flows, load the flows part and nothing else",
  () =>
    Effect.gen(function* () {
      const client = createClient()
      yield* Effect.promise(() => client.elements())
      const page = yield* Effect.promise(() => client.flows({ commodity: "magnets" }))
      yield* Effect.promise(() => client.close())
      assert.deepStrictEqual(partsLoaded(), ["flows"])
      assert.strictEqual(storesMade(), 1)
      assert.isAbove(page.items.length, 0)
      // The engine's supply queries and exposure load with their own first call, not this one.
      assert.strictEqual(supplyQueriesMade(), 0)
      assert.strictEqual(exposuresAnswered(), 0)
    }),
)

it.effect(
  "the engine makes its supply queries with the first call of one, once, and answers exposure with its first call",
  () =>
    Effect.gen(function* () {
      const client = createClient()
      yield* Effect.promise(() => client.flows({ commodity: "magnets" }))
      yield* Effect.promise(() => client.groupFlows({ group: "magnets" }))
      yield* Effect.promise(() => client.mirror({ reporter: "CN", commodity: "850511" }))
      assert.strictEqual(supplyQueriesMade(), 1)
      assert.strictEqual(exposuresAnswered(), 0)
      yield* Effect.promise(() =>
        client.exposure({
          bom: { text: "part_id,material,grade,mass\nrotor,ndfeb-sintered,N42SH,2 kg\n" },
          on: "2025-06-01",
        }),
      )
      yield* Effect.promise(() => client.close())
      assert.strictEqual(exposuresAnswered(), 1)
    }),
)

it.effect(
  "queries asked at the same time share one engine per set of parts and fill one store, once",
  () =>
    Effect.gen(function* () {
      const questions = RareEarth.use((rareEarth) =>
        Effect.all(
          [
            rareEarth.controls({ on: "2025-06-01" }),
            rareEarth.controls({ on: "2025-11-01" }),
            rareEarth.datasetInfo,
            rareEarth.flows({ commodity: "magnets" }, { offset: 0, limit: 5 }),
            rareEarth.series({ commodity: "magnets", from: "2025-01", to: "2025-06" }),
          ],
          { concurrency: "unbounded" },
        ),
      )
      const answers = yield* questions
      assert.strictEqual(storesMade(), 1)
      // controls; controls, quotas and events; none (the flows are the store's).
      assert.strictEqual(enginesMade(), 3)
      assert.strictEqual(partsLoaded().filter((name) => name === "flows").length, 1)
      // Asked again: the same engines and store.
      assert.deepStrictEqual(yield* questions, answers)
      assert.strictEqual(storesMade(), 1)
      assert.strictEqual(enginesMade(), 3)
      assert.deepStrictEqual(answers, yield* wholeDataset(questions))
    }).pipe(Effect.provide(EmbeddedSource.layer)),
)
