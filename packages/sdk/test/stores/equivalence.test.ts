/**
 * The persistent stores give the same answers as the in-memory columnar store on the same data:
 * the frozen fixture dataset (real records), and random batches (fast-check) with colliding keys, vintages, unknowns
 * and random filters, pages and groupings.
 */
import fc from "fast-check"
import { beforeAll, describe, expect, it } from "vitest"
import type { PersistentStore } from "../../src/node/sql/StoreSupport.ts"
import type { FlowQuery } from "../../src/Query.ts"
import { makeColumnarStore } from "../../src/store/ColumnarStore.ts"
import type { GroupKey, TradeFlowStore } from "../../src/store/TradeFlowStore.ts"
import { fixtureDataset } from "../__fixtures__/fixtureDataset.ts"
import {
  type Flow,
  postgresHarness,
  run,
  type StoreHarness,
  sqliteHarness,
} from "./__fixtures__/fixtures.ts"

const harnesses: ReadonlyArray<StoreHarness> = [sqliteHarness(), postgresHarness("equivalence")]

/** Everything a reader can observe for one query, from one store. */
const observe = async (
  store: TradeFlowStore,
  query: FlowQuery,
  groupBy: ReadonlyArray<GroupKey>,
) => ({
  latest: await run(store.query(query, { limit: 10_000 })),
  all: await run(store.query(query, { allVintages: true, limit: 10_000 })),
  page: await run(store.query(query, { offset: 2, limit: 3 })),
  aggregate: await run(store.aggregate(query, groupBy)),
})

type Answers = Awaited<ReturnType<typeof observe>>

/**
 * Same records, pages, groups and counts, bit for bit; sums equal up to floating-point rounding:
 * a sum of decimals depends on the order it is added in, which is the columnar store's access
 * path (storage order unfiltered, index order filtered), not a property of the data.
 */
const expectSameAnswers = (actual: Answers, expected: Answers): void => {
  const close = (a: number | null, b: number | null): boolean =>
    a === b ||
    (a !== null && b !== null && Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)))
  expect(actual.aggregate.length).toBe(expected.aggregate.length)
  actual.aggregate.forEach((row, i) => {
    const other = expected.aggregate[i]!
    expect({ ...row, netWeightTonnes: 0, valueUsd: 0 }).toStrictEqual({
      ...other,
      netWeightTonnes: 0,
      valueUsd: 0,
    })
    expect(
      close(row.netWeightTonnes, other.netWeightTonnes),
      `${row.netWeightTonnes} ≈ ${other.netWeightTonnes}`,
    ).toBe(true)
    expect(close(row.valueUsd, other.valueUsd), `${row.valueUsd} ≈ ${other.valueUsd}`).toBe(true)
  })
  expect({ ...actual, aggregate: [] }).toStrictEqual({ ...expected, aggregate: [] })
}

const QUERIES: ReadonlyArray<FlowQuery> = [
  {},
  { reporter: "CN", commodity: "magnets" },
  { reporter: "CN", partner: "WORLD", commodity: "8505111000", from: "2025-01", to: "2025-12" },
  { commodity: "850511", from: "2024" },
  { commodity: "rare-earths" },
  { partner: "us", flow: "export" },
  { from: "2023", to: "2024" },
  { to: "2024-06" },
]

describe.each(harnesses)("$kind store answers like the columnar store", (harness) => {
  describe("on the fixture dataset", () => {
    let store: PersistentStore
    const columnar = makeColumnarStore()
    beforeAll(async () => {
      store = await harness.fresh()
      expect(await run(store.write(fixtureDataset.flows))).toEqual(
        await run(columnar.write(fixtureDataset.flows)),
      )
    })

    it.each(QUERIES)("query %j", async (query) => {
      for (const groupBy of [[], ["period"], ["partner", "commodity"]] as const) {
        expectSameAnswers(
          await observe(store, query, groupBy),
          await observe(columnar, query, groupBy),
        )
      }
    })

    it("counts", async () => {
      expect(await run(store.count)).toBe(await run(columnar.count))
    })
  })

  describe("on random batches", () => {
    const source = (id: string) => [{ id, title: `Source ${id}`, publisher: "Test" }]
    // Small domains so that keys, vintages and identical rows collide often. Weights are
    // multiples of 0.5, so sums are exact whatever order a database adds them in.
    const flowArb: fc.Arbitrary<Flow> = fc
      .record({
        period: fc.constantFrom(
          "2024",
          "2024-11",
          "2024-12",
          "2025",
          "2025-01",
          "2025-02",
          "2025-06",
        ),
        reporter: fc.constantFrom("CN", "US", "JP"),
        partner: fc.constantFrom("WORLD", "US", "DE", "OTHER_ASIA_NES"),
        flow: fc.constantFrom("export", "import", "re_export"),
        commodity: fc.constantFrom("8505111000", "850511", "280530", "TOTAL", "GAC:rare-earths"),
        source: fc.constantFrom("gac", "reuters"),
        vintage: fc.option(fc.constantFrom("2025-07-01", "2025-08-01"), { nil: undefined }),
        weight: fc.option(
          fc.integer({ min: 0, max: 20_000 }).map((n) => n / 2),
          { nil: null },
        ),
        value: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
        estimated: fc.option(fc.boolean(), { nil: undefined }),
        note: fc.option(fc.constantFrom("a note", 'quote " and , comma'), { nil: undefined }),
      })
      .map((r) => {
        const flow: Record<string, unknown> = {
          id: `${r.source}-${r.reporter}-${r.partner}-${r.flow}-${r.commodity}-${r.period}`,
          period: r.period,
          reporter: r.reporter,
          partner: r.partner,
          flow: r.flow,
          commodity: r.commodity,
          netWeightTonnes: r.weight,
          valueUsd: r.value,
          sources: source(r.source),
          confidence: { kind: "reported" },
        }
        if (r.vintage !== undefined) flow.vintage = r.vintage
        if (r.estimated !== undefined) flow.estimated = r.estimated
        if (r.note !== undefined) flow.note = r.note
        return flow as Flow
      })
    const queryArb: fc.Arbitrary<FlowQuery> = fc.record(
      {
        from: fc.constantFrom("2024", "2024-12", "2025", "2025-02"),
        to: fc.constantFrom("2024", "2025-01", "2025", "2025-06"),
        reporter: fc.constantFrom("CN", "us", "ZZ"),
        partner: fc.constantFrom("WORLD", "de"),
        flow: fc.constantFrom("export", "import"),
        commodity: fc.constantFrom("85", "850511", "magnets", "TOTAL", "rare-earths", "2805"),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<FlowQuery>
    const groupArb = fc.subarray<GroupKey>(["period", "reporter", "partner", "flow", "commodity"])

    it("writes count the same and every query, page and aggregate agrees", async () => {
      let store: PersistentStore | undefined
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(flowArb, { maxLength: 25 }), { minLength: 1, maxLength: 3 }),
          fc.array(fc.tuple(queryArb, groupArb), { minLength: 1, maxLength: 4 }),
          async (batches, queries) => {
            store = await harness.fresh()
            const columnar = makeColumnarStore()
            for (const batch of batches) {
              expect(await run(store.write(batch))).toEqual(await run(columnar.write(batch)))
            }
            expect(await run(store.count)).toBe(await run(columnar.count))
            // Half-tonne and whole-dollar figures add exactly in any order: everything is bit-equal.
            for (const [query, groupBy] of queries) {
              expect(await observe(store, query, groupBy)).toStrictEqual(
                await observe(columnar, query, groupBy),
              )
            }
            await store.close()
          },
        ),
        { numRuns: 60 },
      )
    }, 120_000)
  })
})
