/**
 * The local query engine over small hand-made data: parameter validation, series assembly
 * (gaps, sub-codes, rival claims, unknown weights), timeline order and bounds.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Element, type ExportControl, type PolicyEvent, type TradeFlow } from "@rareearth/core"
import { Effect } from "effect"
import fc from "fast-check"
import { ValidationError } from "../Errors.ts"
import type { RareEarthService } from "../RareEarth.ts"
import { makeColumnarStore } from "../store/ColumnarStore.ts"
import { makeLocal, type ReferenceData } from "./LocalQuery.ts"

const source = { id: "src-a", title: "Source A", publisher: "Tests" }
const otherSource = { id: "src-b", title: "Source B", publisher: "Tests" }

const flow = (
  period: string,
  tonnes: number | null,
  overrides: Partial<TradeFlow.TradeFlow> = {},
): TradeFlow.TradeFlow => ({
  id: `flow-${period}-${overrides.commodity ?? "8505111000"}-${overrides.partner ?? "WORLD"}-${overrides.sources?.[0]?.id ?? "src-a"}`,
  period,
  reporter: "CN",
  partner: "WORLD",
  flow: "export",
  commodity: "8505111000",
  netWeightTonnes: tonnes,
  valueUsd: null,
  sources: [source],
  confidence: { kind: "official" },
  ...overrides,
})

const measure: ExportControl.ExportControlMeasure = {
  id: "m-1",
  title: "Measure one",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: "Announcement",
  kind: "dual_use_licence",
  summary: "",
  scope: {
    elements: ["Dy"],
    productForms: ["magnet"],
    hsCodes: [],
    chinaCodes: [],
    controlCodes: [],
    items: [],
    destinations: [],
    allDestinations: true,
    endUsers: [],
  },
  events: [
    { type: "announced", date: "2025-04-04", sources: [source] },
    { type: "effective", date: "2025-04-04", sources: [source] },
    { type: "suspended", date: "2025-11-07", until: "2026-11-10", sources: [source] },
  ],
  sources: [source],
  confidence: { kind: "official" },
}

const event = (id: string, date: string): PolicyEvent.PolicyEvent => ({
  id,
  date,
  kind: "trade_talks",
  title: id,
  participants: [],
  summary: "",
  relatedMeasureIds: [],
  sources: [source],
  confidence: { kind: "reported" },
})

const reference: ReferenceData = {
  version: "1.0.0",
  asOf: "2026-04-20",
  sources: [source],
  elements: Element.ELEMENTS,
  measures: [measure],
  quotas: [],
  events: [
    { ...event("geneva", "2025-05-10"), endDate: "2025-05-11" },
    { ...event("london", "2025-06-09"), endDate: "2025-06-10" },
    event("same-day", "2025-04-04"),
  ],
}

const withService = <A, E>(
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
  use: (service: RareEarthService) => Effect.Effect<A, E>,
) =>
  Effect.gen(function* () {
    const store = makeColumnarStore()
    yield* store.write(flows)
    const service = yield* makeLocal({ reference, store, sourceName: "unit" })
    return yield* use(service)
  })

const validationError = <A, E>(effect: Effect.Effect<A, E>) =>
  Effect.map(Effect.flip(effect), (error) => {
    assert.instanceOf(error, ValidationError)
    return error as unknown as ValidationError
  })

describe("makeLocal: series", () => {
  it.effect("says when the source has no records for a partner, apart from gaps", () =>
    withService(
      [
        flow("2025-01", 10, { partner: "US" }),
        flow("2025-03", 30, { partner: "US" }),
        flow("2024-06", 5, { partner: "JP" }),
      ],
      (service) =>
        Effect.gen(function* () {
          const korea = yield* service.series({
            commodity: "magnets",
            partner: "KR",
            from: "2025-01",
            to: "2025-03",
          })
          assert.deepStrictEqual(
            { ...korea.coverage, note: undefined },
            { records: 0, firstPeriod: null, lastPeriod: null, note: undefined },
          )
          expect(korea.coverage.note).toContain("no records for partner KR")
          assert.deepStrictEqual(
            korea.points.map((point) => point.tonnes),
            [null, null, null],
          )
          // A covered partner: February is a gap inside data the source holds.
          const us = yield* service.series({
            commodity: "magnets",
            partner: "US",
            from: "2025-01",
            to: "2025-03",
          })
          assert.deepStrictEqual(
            [us.coverage.records, us.coverage.firstPeriod, us.coverage.lastPeriod],
            [2, "2025-01", "2025-03"],
          )
          assert.deepStrictEqual(
            us.points.map((point) => point.tonnes),
            [10, null, 30],
          )
          // Records outside the range still count: JP is covered, just not in 2025.
          const japan = yield* service.series({ commodity: "magnets", partner: "JP", from: "2025" })
          assert.strictEqual(japan.coverage.lastPeriod, "2024-06")
        }),
    ),
  )

  it.effect(
    "fills missing months with gaps and computes changes over the months before `from`",
    () =>
      withService(
        [
          flow("2024-06", 100),
          flow("2025-01", 10),
          flow("2025-02", 20),
          flow("2025-04", 40),
          flow("2025-06", 200),
        ],
        (service) =>
          Effect.gen(function* () {
            const { points, query } = yield* service.series({
              commodity: "8505111000",
              from: "2025-02",
              to: "2025-06",
            })
            assert.deepStrictEqual(query, {
              commodity: "8505111000",
              reporter: "CN",
              partner: "WORLD",
              flow: "export",
              from: "2025-02",
              to: "2025-06",
            })
            assert.deepStrictEqual(
              points.map((point) => [
                point.period,
                point.tonnes,
                point.changePercent,
                point.yearToDateTonnes,
              ]),
              [
                ["2025-02", 20, 100, 30],
                ["2025-03", null, null, null],
                ["2025-04", 40, null, null],
                ["2025-05", null, null, null],
                ["2025-06", 200, null, null],
              ],
            )
            assert.strictEqual(points[4]?.yearOnYearPercent, 100)
          }),
      ),
  )

  it.effect("sums sub-codes of an HS code, but never adds a total to its own breakdown", () =>
    withService(
      [
        flow("2025-01", 10, { commodity: "8505111000" }),
        flow("2025-01", 5, { commodity: "8505119000" }),
        flow("2025-02", 7, { commodity: "8505111000" }),
        flow("2025-02", 100, { commodity: "850511" }),
      ],
      (service) =>
        Effect.gen(function* () {
          const { points } = yield* service.series({ commodity: "850511" })
          assert.deepStrictEqual(
            points.map((point) => [point.period, point.tonnes]),
            [
              ["2025-01", 15],
              ["2025-02", 100],
            ],
          )
        }),
    ),
  )

  it.effect("picks one of rival claims (official first) and reports its sources", () =>
    withService(
      [
        flow("2025-09", 5773, { sources: [otherSource], confidence: { kind: "reported" } }),
        flow("2025-09", 5774),
      ],
      (service) =>
        Effect.gen(function* () {
          const { points } = yield* service.series({ commodity: "magnets" })
          assert.strictEqual(points[0]?.tonnes, 5774)
          assert.strictEqual(points[0]?.confidence, "official")
          assert.deepStrictEqual(points[0]?.sourceIds, ["src-a"])
        }),
    ),
  )

  it.effect("keeps an unknown weight unknown, and the weakest confidence of summed parts", () =>
    withService(
      [
        flow("2025-01", null),
        flow("2025-02", 3, { commodity: "8505111000" }),
        flow("2025-02", 4, {
          commodity: "8505119000",
          confidence: { kind: "estimate", method: "model" },
        }),
      ],
      (service) =>
        Effect.gen(function* () {
          const { points } = yield* service.series({ commodity: "850511" })
          assert.strictEqual(points[0]?.tonnes, null)
          assert.strictEqual(points[1]?.tonnes, 7)
          assert.strictEqual(points[1]?.confidence, "estimate")
        }),
    ),
  )

  it.effect("ignores annual rows and returns no points when nothing matches", () =>
    withService([flow("2025", 57_392)], (service) =>
      Effect.gen(function* () {
        assert.deepStrictEqual((yield* service.series({ commodity: "magnets" })).points, [])
        const bounded = yield* service.series({
          commodity: "magnets",
          from: "2025-01",
          to: "2025-02",
        })
        assert.deepStrictEqual(
          bounded.points.map((point) => point.tonnes),
          [null, null],
        )
      }),
    ),
  )
})

describe("makeLocal: validation", () => {
  it.effect("names the parameter and what would be valid", () =>
    withService([], (service) =>
      Effect.gen(function* () {
        const month = yield* validationError(service.flows({ to: "2025-6" }))
        assert.strictEqual(month.issues[0]?.path[0], "to")
        expect(month.message).toContain('"to"')

        const reporter = yield* validationError(service.flows({ reporter: "WORLD" }))
        assert.strictEqual(reporter.issues[0]?.path[0], "reporter")

        const offset = yield* validationError(service.flows({}, { offset: -1 }))
        assert.deepStrictEqual(offset.issues[0]?.path, ["offset"])
        expect(offset.message).toContain("whole number")

        const element = yield* validationError(service.controls({ element: "Xx" }))
        for (const symbol of Element.SYMBOLS) expect(element.message).toContain(symbol)

        const commodity = yield* validationError(
          service.series({ commodity: "rare earth magnets" }),
        )
        assert.strictEqual(commodity.issues[0]?.path[0], "commodity")
      }),
    ),
  )

  it.effect("normalises codes and aliases before querying the store", () =>
    withService([flow("2025-01", 1, { partner: "US" })], (service) =>
      Effect.gen(function* () {
        const page = yield* service.flows({ reporter: "cn", partner: "us", commodity: "magnets" })
        assert.strictEqual(page.total, 1)
      }),
    ),
  )
})

describe("makeLocal: controls and timeline", () => {
  it.live("defaults `on` to today", () =>
    withService([], (service) =>
      Effect.gen(function* () {
        const { items: rows } = yield* service.controls()
        assert.strictEqual(rows[0]?.on, new Date().toISOString().slice(0, 10))
      }),
    ),
  )

  it.effect("orders policy events before measure steps on the same day, and honours bounds", () =>
    withService([], (service) =>
      Effect.gen(function* () {
        const { items } = yield* service.timeline({ to: "2025-05" })
        assert.deepStrictEqual(
          items.map((item) =>
            item.type === "policy_event" ? item.event.id : `${item.measureId}:${item.event.type}`,
          ),
          ["same-day", "m-1:announced", "m-1:effective", "geneva"],
        )
        // A multi-day event overlapping the range counts, from its second day too.
        const { items: secondDay } = yield* service.timeline({
          from: "2025-05-11",
          to: "2025-06-09",
        })
        assert.deepStrictEqual(
          secondDay.map((item) => (item.type === "policy_event" ? item.event.id : item.measureId)),
          ["geneva", "london"],
        )
        const range = yield* validationError(service.timeline({ from: "2025-06", to: "2025-05" }))
        assert.strictEqual(range.issues[0]?.path[0], "from")
      }),
    ),
  )
})

describe("makeLocal: series invariants (property-based)", () => {
  const months = Array.from(
    { length: 24 },
    (_, index) => `${2024 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`,
  )
  // For each of 24 months: absent, an unknown weight, or a known weight.
  const monthValue = fc.oneof(
    fc.constant<"absent">("absent"),
    fc.constant(null),
    fc.integer({ min: 0, max: 10_000 }),
  )

  it("keeps every known month, never invents one, and derives changes only from known months", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(monthValue, { minLength: 24, maxLength: 24 }), async (values) => {
        const flows = values.flatMap((value, index) =>
          value === "absent" ? [] : [flow(months[index]!, value)],
        )
        const { points } = await Effect.runPromise(
          withService(flows, (service) =>
            service.series({ commodity: "magnets", from: "2024-01", to: "2025-12" }),
          ),
        )
        expect(points.map((point) => point.period)).toEqual(months)
        const known = values.map((value) => (value === "absent" ? null : value))
        expect(points.map((point) => point.tonnes)).toEqual(known)
        points.forEach((point, index) => {
          const previous = index > 0 ? known[index - 1] : null
          if (
            point.tonnes === null ||
            previous === null ||
            previous === undefined ||
            previous === 0
          ) {
            expect(point.changePercent).toBeNull()
          } else {
            expect(point.changePercent).toBeCloseTo(((point.tonnes - previous) / previous) * 100, 9)
          }
          const yearStart = index < 12 ? 0 : 12
          const yearSoFar = known.slice(yearStart, index + 1)
          expect(point.yearToDateTonnes).toBe(
            yearSoFar.some((value) => value === null)
              ? null
              : yearSoFar.reduce((total: number, value) => total + (value ?? 0), 0),
          )
          expect(point.sourceIds.length > 0).toBe(point.tonnes !== null)
        })
      }),
      { numRuns: 60 },
    )
  })
})
