/**
 * What the embedded source loads, and when: `elements` nothing (no part of the dataset, no store,
 * no engine), `controls` the base part but no store of flows, the first query of flows the store
 * (once, however many queries ask at the same time). The answers are those of the engine over the
 * whole dataset. The loaders are spied on; everything else is the real source.
 */
import { assert, it } from "@effect/vitest"
import { dataset as shipped } from "@rareearth/data"
import * as Embedded from "@rareearth/data/embedded"
import { Effect } from "effect"
import { beforeEach, vi } from "vitest"
import { createClient } from "../Client.ts"
import * as LocalQuery from "../query/LocalQuery.ts"
import { RareEarth } from "../RareEarth.ts"
import * as ColumnarStore from "../store/ColumnarStore.ts"
import { EmbeddedSource } from "./Embedded.ts"

vi.mock("@rareearth/data/embedded", async (importOriginal) => {
  const original = await importOriginal<typeof Embedded>()
  return { ...original, loadPart: vi.fn(original.loadPart) }
})
vi.mock("../query/LocalQuery.ts", async (importOriginal) => {
  const original = await importOriginal<typeof LocalQuery>()
  return { ...original, makeLocal: vi.fn(original.makeLocal) }
})
vi.mock("../store/ColumnarStore.ts", async (importOriginal) => {
  const original = await importOriginal<typeof ColumnarStore>()
  return { ...original, makeColumnarStore: vi.fn(original.makeColumnarStore) }
})

const partsLoaded = () => vi.mocked(Embedded.loadPart).mock.calls.map(([name]) => name)
const storesMade = () => vi.mocked(ColumnarStore.makeColumnarStore).mock.calls.length
const enginesMade = () => vi.mocked(LocalQuery.makeLocal).mock.calls.length

/** The same question asked of the engine over the whole dataset, every part loaded at once. */
const wholeDataset = <A, E>(question: Effect.Effect<A, E, RareEarth>) =>
  question.pipe(Effect.provide(EmbeddedSource.fromDataset(shipped)))

beforeEach(() => {
  vi.mocked(Embedded.loadPart).mockClear()
  vi.mocked(ColumnarStore.makeColumnarStore).mockClear()
  vi.mocked(LocalQuery.makeLocal).mockClear()
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

it.effect("controls loads the base part without storing its flows; datasetInfo stores them", () =>
  Effect.gen(function* () {
    const controls = RareEarth.use((rareEarth) => rareEarth.controls({ on: "2025-06-01" }))
    const rows = yield* controls
    assert.deepStrictEqual(partsLoaded(), ["base"])
    assert.strictEqual(storesMade(), 0)
    assert.isAbove(rows.items.length, 0)
    assert.deepStrictEqual(rows, yield* wholeDataset(controls))

    vi.mocked(ColumnarStore.makeColumnarStore).mockClear()
    const info = yield* RareEarth.use((rareEarth) => rareEarth.datasetInfo)
    assert.strictEqual(storesMade(), 1)
    assert.strictEqual(info.counts.flows, shipped.flows.length)
  }).pipe(Effect.provide(EmbeddedSource.layer)),
)

it.effect("queries asked at the same time share one engine and fill one store, once", () =>
  Effect.gen(function* () {
    const questions = RareEarth.use((rareEarth) =>
      Effect.all(
        [
          rareEarth.controls({ on: "2025-06-01" }),
          rareEarth.datasetInfo,
          rareEarth.flows({ commodity: "magnets" }, { offset: 0, limit: 5 }),
          rareEarth.series({ commodity: "magnets", from: "2025-01", to: "2025-06" }),
        ],
        { concurrency: "unbounded" },
      ),
    )
    const answers = yield* questions
    assert.strictEqual(storesMade(), 1)
    assert.strictEqual(enginesMade(), 1)
    assert.deepStrictEqual(answers, yield* wholeDataset(questions))
  }).pipe(Effect.provide(EmbeddedSource.layer)),
)
