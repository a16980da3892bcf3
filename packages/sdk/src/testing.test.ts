/**
 * The test helpers: a layer and a client over fixed in-memory data.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import type { TradeFlow } from "@rareearth/core"
import { Effect, Fiber } from "effect"
import { TestClock } from "effect/testing"
import { HttpError, StoreError, TimeoutError } from "./Errors.ts"
import { RareEarth } from "./RareEarth.ts"
import { createTestClient, TestSource } from "./testing.ts"

const source = { id: "test-source", title: "A test source", publisher: "Tests" }

const flow = (period: string, partner: string, tonnes: number | null): TradeFlow.TradeFlow => ({
  id: `test-${period}-${partner}`,
  period,
  reporter: "CN",
  partner,
  flow: "export",
  commodity: "8505111000",
  netWeightTonnes: tonnes,
  valueUsd: null,
  sources: [source],
  confidence: { kind: "reported" },
})

const flows = [
  flow("2025-01", "WORLD", 100),
  flow("2025-02", "WORLD", 150),
  // March is missing: a gap.
  flow("2025-04", "WORLD", 120),
  flow("2025-05", "WORLD", null),
  flow("2025-01", "US", 10),
]

describe("TestSource.layer", () => {
  it.effect("answers from the given data only", () =>
    Effect.gen(function* () {
      const rareEarth = yield* RareEarth
      const info = yield* rareEarth.datasetInfo
      assert.deepStrictEqual(info.counts, {
        elements: 17,
        measures: 0,
        quotas: 0,
        flows: 5,
        events: 0,
      })
      assert.strictEqual(info.source, "test")
      assert.deepStrictEqual((yield* rareEarth.quotas()).items, [])
      assert.deepStrictEqual((yield* rareEarth.timeline()).items, [])
    }).pipe(Effect.provide(TestSource.layer({ flows }))),
  )

  it.effect("keeps gaps and unknown weights as null, never zero", () =>
    Effect.gen(function* () {
      const { points } = yield* (yield* RareEarth).series({ commodity: "magnets" })
      assert.deepStrictEqual(
        points.map((point) => [point.period, point.tonnes, point.changePercent]),
        [
          ["2025-01", 100, null],
          ["2025-02", 150, 50],
          ["2025-03", null, null],
          ["2025-04", 120, null],
          ["2025-05", null, null],
        ],
      )
      assert.deepStrictEqual(
        points.map((point) => point.yearToDateTonnes),
        [100, 250, null, null, null],
      )
      assert.deepStrictEqual(points[0]?.sourceIds, ["test-source"])
      assert.strictEqual(points[0]?.confidence, "reported")
      assert.strictEqual(points[2]?.confidence, null)
    }).pipe(Effect.provide(TestSource.layer({ flows }))),
  )

  it.effect("does not add rival claims about the same month", () =>
    Effect.gen(function* () {
      const { points } = yield* (yield* RareEarth).series({
        commodity: "magnets",
        from: "2025-02",
        to: "2025-02",
      })
      assert.strictEqual(points[0]?.tonnes, 150)
      // The reported figure wins over the estimate; the two are never summed.
      assert.deepStrictEqual(points[0]?.sourceIds, ["test-source"])
    }).pipe(
      Effect.provide(
        TestSource.layer({
          flows: [
            ...flows,
            {
              ...flow("2025-02", "WORLD", 149),
              id: "rival-2025-02",
              sources: [{ id: "other-source", title: "Another source", publisher: "Tests" }],
              confidence: { kind: "estimate", method: "guess" },
            },
          ],
        }),
      ),
    ),
  )
})

describe("createTestClient", () => {
  it("rejects with a StoreError naming an invalid flow in the test data", async () => {
    const client = createTestClient({ flows: [flow("2025-13", "WORLD", 1)] })
    const error = await client.flows().then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).message).toContain("2025-13")
    await client.close()
  })

  it("is a Promise client over the given data", async () => {
    const client = createTestClient({ flows })
    const page = await client.flows({ partner: "US" })
    expect(page.items.map((item) => item.id)).toEqual(["test-2025-01-US"])
    expect((await client.element("Nd")).name).toBe("Neodymium")
    await client.close()
  })
})

describe("names in test data", () => {
  it("are read with core's parsers, as users type them", async () => {
    const client = createTestClient({
      flows: [
        {
          ...flow("2025-01", "WORLD", 100),
          flow: "Export",
          commodity: "magnet",
          reporter: "china",
          partner: "world",
        },
      ],
    })
    const page = await client.flows({ flow: "export", partner: "WORLD" })
    expect(
      page.items.map((item) => [item.flow, item.commodity, item.reporter, item.partner]),
    ).toEqual([["export", "8505111000", "CN", "WORLD"]])
    await client.close()
    expect(() =>
      createTestClient({ flows: [{ ...flow("2025-01", "WORLD", 1), flow: "sideways" }] }),
    ).toThrow(/Unknown flow direction "sideways"/)
  })
})

describe("partial records and faults", () => {
  it.effect("fills in defaults and accepts aliases, keeping unknown as null", () =>
    Effect.gen(function* () {
      const rareEarth = yield* RareEarth
      const page = yield* rareEarth.flows({ partner: "US" })
      expect(page.items).toEqual([
        expect.objectContaining({
          period: "2025-06",
          reporter: "CN",
          partner: "US",
          flow: "export",
          commodity: "8505111000",
          netWeightTonnes: 353,
          valueUsd: null,
          confidence: { kind: "reported" },
        }),
      ])
      const unknown = yield* rareEarth.flows({ partner: "JP" })
      assert.isNull(unknown.items[0]?.netWeightTonnes)
      const { items: quotas } = yield* rareEarth.quotas()
      expect(quotas.map((quota) => [quota.kind, quota.tonnesReo, quota.disclosed])).toEqual([
        ["mining", 270_000, true],
        ["smelting_separation", null, false],
      ])
      const { items: events } = yield* rareEarth.timeline()
      expect(events[0]).toMatchObject({ type: "policy_event", event: { title: "Talks" } })
    }).pipe(
      Effect.provide(
        TestSource.layer({
          flows: [
            { period: "2025-06", partner: "united states", tonnes: 353 },
            { period: "2025-06", partner: "Japan", flow: "Export" },
          ],
          quotas: [
            { year: 2025, kind: "Mining", tonnesReo: 270_000 },
            { year: 2025, kind: "smelting separation" },
          ],
          events: [{ date: "2025-06-09", title: "Talks" }],
        }),
      ),
    ),
  )

  it.effect("injects a failure into one method only", () =>
    Effect.gen(function* () {
      const rareEarth = yield* RareEarth
      const error = yield* Effect.flip(rareEarth.series({ commodity: "magnets" }))
      assert.instanceOf(error, HttpError)
      assert.strictEqual((yield* rareEarth.elements).items.length, 17)
    }).pipe(
      Effect.provide(
        TestSource.layer(
          {},
          {
            failures: {
              series: new HttpError({ message: "503", status: 503, url: "http://test/series" }),
            },
          },
        ),
      ),
    ),
  )

  it.effect("delays a method by its latency, on Effect's clock", () =>
    Effect.gen(function* () {
      const rareEarth = yield* RareEarth
      const fiber = yield* Effect.forkChild(rareEarth.elements)
      yield* TestClock.adjust("1 second")
      assert.isUndefined(fiber.pollUnsafe())
      yield* TestClock.adjust("1 second")
      assert.strictEqual((yield* Fiber.join(fiber)).items.length, 17)
    }).pipe(Effect.provide(TestSource.layer({}, { latency: { elements: "2 seconds" } }))),
  )

  it("lets a Promise client test its timeout path", async () => {
    const client = createTestClient({}, { faults: { latency: { controls: "1 minute" } } })
    const error = await client.controls({}, { timeout: 20 }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TimeoutError)
    await client.close()
  })
})
