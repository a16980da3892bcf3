/**
 * Every query of the RareEarth service, through the Effect API, by the embedded source's engine
 * over the frozen fixture dataset (test/__fixtures__/dataset.json: its figures, not the shipped
 * ones, so a data revision does not break these tests); and one check that `EmbeddedSource.layer`
 * serves @rareearth/data as shipped.
 */
import { assert, describe, expect, layer, it as vitestIt } from "@effect/vitest"
import { ExportControl } from "@rareearth/core"
import { dataset as shipped } from "@rareearth/data"
import { Effect, Stream } from "effect"
import { fixtureDataset as dataset } from "../../test/__fixtures__/fixtureDataset.ts"
import { NotFoundError, ValidationError } from "../Errors.ts"
import type { TimelineItem } from "../Query.ts"
import { RareEarth, type RareEarthService } from "../RareEarth.ts"
import { EmbeddedSource } from "./Embedded.ts"

const statusOf = (on: string, element: string, measureId: string) =>
  Effect.gen(function* () {
    const rareEarth = yield* RareEarth
    const { items: rows } = yield* rareEarth.controls({ on, element })
    return rows.find((row) => row.measure.id === measureId)?.status
  })

/** Whether a timeline item overlaps a date range (policy events may span several days). */
const overlaps = (item: TimelineItem, from: string, to: string) =>
  item.date <= to &&
  ((item.type === "policy_event" ? item.event.endDate : undefined) ?? item.date) >= from

/** The failure of an effect that must fail. */
const failureOf = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.flip(effect)

/** The ValidationError of an effect that must fail validation. */
const invalid = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.map(Effect.flip(effect), (error) => {
    assert.instanceOf(error, ValidationError)
    return error as unknown as ValidationError
  })

vitestIt.effect("EmbeddedSource.layer serves the shipped @rareearth/data dataset", () =>
  Effect.gen(function* () {
    const info = yield* (yield* RareEarth).datasetInfo
    assert.deepStrictEqual(
      [info.source, info.version, info.asOf, info.counts.flows, info.counts.measures],
      ["embedded", shipped.version, shipped.asOf, shipped.flows.length, shipped.measures.length],
    )
  }).pipe(Effect.provide(EmbeddedSource.layer)),
)

/** One call of every method that reads a part of the dataset (not only flows), with valid parameters. */
const lazyCalls = (rareEarth: RareEarthService) =>
  Effect.all({
    production: rareEarth.production({ area: "CN" }),
    concentration: rareEarth.concentration({}),
    reserves: rareEarth.reserves({}),
    reserveRevisions: rareEarth.reserveRevisions({}),
    salientStatistics: rareEarth.salientStatistics({}),
    supplyShares: rareEarth.supplyShares({}),
    measures: rareEarth.measures({ on: "2026-01-15" }),
    prices: rareEarth.prices({ product: "dy_oxide" }),
    priceChange: rareEarth.priceChange({
      product: "dy_oxide",
      market: "china_domestic",
      currency: "CNY",
      kind: "assessment",
      unit: "kg",
      from: "2025-01-01",
      to: "2025-12-31",
    }),
    pricePremium: rareEarth.pricePremium({ product: "dy_oxide" }),
    exposure: rareEarth.exposure({
      bom: { text: "part_id,material,grade,mass\nrotor,ndfeb-sintered,N42SH,2 kg\n" },
      on: "2025-06-01",
    }),
    timeline: rareEarth.timeline({ from: "2025-01-01", to: "2025-12-31" }),
    datasetInfo: rareEarth.datasetInfo,
  })

vitestIt.effect(
  "EmbeddedSource.layer loads the parts a query reads, and answers as the whole dataset does",
  () =>
    Effect.gen(function* () {
      const lazy = yield* RareEarth.use(lazyCalls)
      const whole = yield* RareEarth.use(lazyCalls).pipe(
        Effect.provide(EmbeddedSource.fromDataset(shipped)),
      )
      assert.deepStrictEqual(lazy, whole)
      // Not vacuous: each kind of part answers with records.
      assert.isAbove(lazy.production.items.length, 0)
      assert.isAbove(lazy.measures.items.length, 0)
      assert.isAbove(lazy.prices.items.length, 0)
      assert.isNotNull(lazy.priceChange.priceChange)
    }).pipe(Effect.provide(EmbeddedSource.layer)),
)

layer(EmbeddedSource.fromDataset(dataset))("EmbeddedSource", (it) => {
  describe("elements", () => {
    it.effect("lists the 17 rare earth elements in atomic-number order", () =>
      Effect.gen(function* () {
        const { items: elements } = yield* (yield* RareEarth).elements
        assert.strictEqual(elements.length, 17)
        assert.deepStrictEqual(
          elements.map((element) => element.atomicNumber),
          elements.map((element) => element.atomicNumber).toSorted((a, b) => a - b),
        )
        assert.strictEqual(elements[0]?.symbol, "Sc")
        assert.strictEqual(elements[16]?.symbol, "Lu")
      }),
    )

    it.effect("looks an element up by symbol, name or atomic number, in any case", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        for (const input of ["Dy", "dy", "Dysprosium", "DYSPROSIUM", 66]) {
          const element = yield* rareEarth.element(input)
          assert.strictEqual(element.symbol, "Dy", `lookup of ${String(input)}`)
        }
      }),
    )

    it.effect("fails with NotFoundError listing the valid symbols for an unknown element", () =>
      Effect.gen(function* () {
        const error = yield* failureOf((yield* RareEarth).element("Xx"))
        assert.instanceOf(error, NotFoundError)
        assert.strictEqual(error._tag, "NotFoundError")
        expect(error.message).toContain("Xx")
        for (const symbol of ["Sc", "La", "Dy", "Lu"]) expect(error.message).toContain(symbol)
      }),
    )
  })

  describe("controls", () => {
    it.effect("answers: is Dy, as magnets, controlled on 2025-06-01, and by which measures", () =>
      Effect.gen(function* () {
        const { items: rows } = yield* (yield* RareEarth).controls({
          on: "2025-06-01",
          element: "Dy",
          form: "magnet",
        })
        const no18 = rows.find((row) => row.measure.id === "cn-mofcom-2025-18")
        assert.isDefined(no18, `No. 18 among ${rows.map((row) => row.measure.id).join(", ")}`)
        assert.strictEqual(no18?.status, "in_force")
        assert.strictEqual(no18?.on, "2025-06-01")
        assert.isNotEmpty(no18?.reason)
        for (const row of rows) {
          assert.isTrue(
            ExportControl.covers(row.measure, { element: "Dy", form: "magnet" }),
            `${row.measure.id} covers Dy magnets`,
          )
        }
        // The October 2025 measures were not even announced yet.
        assert.isUndefined(rows.find((row) => row.measure.id === "cn-mofcom-2025-57"))
      }),
    )

    it.effect("lists every announced measure when no element or form is given", () =>
      Effect.gen(function* () {
        const { items: later } = yield* (yield* RareEarth).controls({ on: "2030-01-01" })
        assert.strictEqual(later.length, dataset.measures.length)
        // Measures announced after the date are left out.
        const { items: early } = yield* (yield* RareEarth).controls({ on: "2025-04-03" })
        assert.isUndefined(early.find((row) => row.measure.id === "cn-mofcom-2025-18"))
      }),
    )

    it.effect(
      "follows No. 57 (Ho) through its announcement, the No. 70 suspension and its lapse",
      () =>
        Effect.gen(function* () {
          assert.strictEqual(yield* statusOf("2025-10-20", "Ho", "cn-mofcom-2025-57"), "pending")
          assert.strictEqual(yield* statusOf("2025-11-20", "Ho", "cn-mofcom-2025-57"), "suspended")
          assert.strictEqual(yield* statusOf("2026-06-01", "Ho", "cn-mofcom-2025-57"), "suspended")
          assert.strictEqual(yield* statusOf("2026-11-10", "Ho", "cn-mofcom-2025-57"), "suspended")
          // The suspension ran out on 2026-11-10 and nothing later is recorded: unknown, not in force.
          assert.strictEqual(yield* statusOf("2026-11-11", "Ho", "cn-mofcom-2025-57"), "unknown")
          assert.strictEqual(yield* statusOf("2027-03-01", "Ho", "cn-mofcom-2025-57"), "unknown")
        }),
    )

    it.effect("keeps No. 18 in force after the No. 70 suspension of the October measures", () =>
      Effect.gen(function* () {
        assert.strictEqual(yield* statusOf("2025-04-04", "Dy", "cn-mofcom-2025-18"), "in_force")
        assert.strictEqual(yield* statusOf("2025-12-01", "Dy", "cn-mofcom-2025-18"), "in_force")
      }),
    )

    it.effect("explains an unknown status", () =>
      Effect.gen(function* () {
        const { items: rows } = yield* (yield* RareEarth).controls({
          on: "2026-12-01",
          element: "Ho",
        })
        const no57 = rows.find((row) => row.measure.id === "cn-mofcom-2025-57")
        assert.strictEqual(no57?.status, "unknown")
        expect(no57?.reason).toContain("2026-11-10")
        assert.strictEqual(no57?.since, "2026-11-11")
      }),
    )

    it.effect(
      "says when a status rests on data older than the date asked, apart from unknown",
      () =>
        Effect.gen(function* () {
          const { items: rows, dataAge } = yield* (yield* RareEarth).controls({
            on: "2026-12-01",
            element: "Dy",
          })
          assert.strictEqual(dataAge.asOf, dataset.asOf)
          const no18 = rows.find((row) => row.measure.id === "cn-mofcom-2025-18")
          assert.strictEqual(no18?.status, "in_force")
          assert.isTrue(no18?.horizon.beyond)
          assert.strictEqual(
            no18?.summary,
            `in force as of ${dataset.asOf}; nothing recorded since`,
          )
          const { items: holmium } = yield* (yield* RareEarth).controls({
            on: "2026-12-01",
            element: "Ho",
          })
          const no57 = holmium.find((row) => row.measure.id === "cn-mofcom-2025-57")
          expect(no57?.summary).toMatch(/^unknown since 2026-11-11/)
          const { items: before } = yield* (yield* RareEarth).controls({ on: "2025-06-01" })
          assert.isTrue(before.every((row) => !row.horizon.beyond))
        }),
    )

    it.effect("rejects bad parameters, naming the parameter and what is valid", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const element = yield* invalid(rareEarth.controls({ element: "Xx" }))
        assert.instanceOf(element, ValidationError)
        assert.deepStrictEqual(element.issues[0]?.path[0], "element")
        expect(element.message).toContain("Dy")

        const form = yield* invalid(rareEarth.controls({ form: "powder" as never }))
        assert.deepStrictEqual(form.issues[0]?.path, ["form"])
        expect(form.message).toContain("magnet")

        const on = yield* invalid(rareEarth.controls({ on: "2025-13-01" }))
        assert.deepStrictEqual(on.issues[0]?.path, ["on"])
      }),
    )
  })

  describe("quotas", () => {
    it.effect("returns the published 2024 quotas", () =>
      Effect.gen(function* () {
        const { items: quotas } = yield* (yield* RareEarth).quotas({ year: 2024 })
        const tonnes = (kind: string) =>
          quotas.filter((quota) => quota.kind === kind).map((quota) => quota.tonnesReo)
        expect(tonnes("mining")).toContain(270_000)
        expect(tonnes("smelting_separation")).toContain(254_000)
        for (const quota of quotas) assert.strictEqual(quota.year, 2024)
      }),
    )

    it.effect(
      "returns both sides of the 2025 conflict: undisclosed and the article's figures",
      () =>
        Effect.gen(function* () {
          const { items: mining } = yield* (yield* RareEarth).quotas({ year: 2025, kind: "mining" })
          assert.isAtLeast(mining.length, 2)
          const undisclosed = mining.find((quota) => quota.tonnesReo === null)
          const claimed = mining.find((quota) => quota.tonnesReo === 270_000)
          assert.isDefined(undisclosed)
          assert.strictEqual(undisclosed?.disclosed, false)
          assert.isDefined(claimed)
          assert.isDefined(undisclosed?.conflictGroup)
          assert.strictEqual(undisclosed?.conflictGroup, claimed?.conflictGroup)
          for (const quota of mining) assert.strictEqual(quota.kind, "mining")
        }),
    )

    it.effect("rejects an unknown kind and a year that is not a whole number", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const kind = yield* invalid(rareEarth.quotas({ kind: "refining" as never }))
        assert.deepStrictEqual(kind.issues[0]?.path, ["kind"])
        expect(kind.message).toContain("smelting_separation")
        const year = yield* invalid(rareEarth.quotas({ year: 2025.5 }))
        assert.deepStrictEqual(year.issues[0]?.path, ["year"])
      }),
    )
  })

  describe("flows", () => {
    it.effect("filters by partner, commodity alias and period range", () =>
      Effect.gen(function* () {
        const page = yield* (yield* RareEarth).flows({
          reporter: "CN",
          partner: "US",
          flow: "export",
          commodity: "magnets",
          from: "2025-05",
          to: "2025-06",
        })
        assert.deepStrictEqual(
          page.items.map((flow) => [flow.period, flow.netWeightTonnes]),
          [
            ["2025-05", 46],
            ["2025-06", 353],
          ],
        )
        assert.strictEqual(page.total, 2)
        assert.strictEqual(page.nextOffset, null)
      }),
    )

    it.effect("narrows by each filter on its own", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const all = yield* rareEarth.flows({}, { limit: 10_000 })
        assert.strictEqual(all.total, dataset.flows.length)

        const cases = [
          [{ reporter: "cn" }, (flow) => flow.reporter === "CN"],
          [{ partner: "us" }, (flow) => flow.partner === "US"],
          [{ partner: "WORLD" }, (flow) => flow.partner === "WORLD"],
          [{ flow: "export" }, (flow) => flow.flow === "export"],
          [{ commodity: "magnets" }, (flow) => flow.commodity === "8505111000"],
          [{ commodity: "GAC:rare-earths" }, (flow) => flow.commodity === "GAC:rare-earths"],
          [{ from: "2025-06" }, (flow) => flow.period.slice(0, 7) >= "2025-06"],
          [{ to: "2024-12" }, (flow) => flow.period <= "2024-12"],
        ] as const satisfies ReadonlyArray<
          readonly [object, (flow: (typeof all.items)[number]) => boolean]
        >
        // Every embedded flow is a Chinese export, so only some filters narrow the whole set.
        assert.isBelow((yield* rareEarth.flows({ partner: "US" })).total, all.total)
        assert.isBelow((yield* rareEarth.flows({ commodity: "magnets" })).total, all.total)
        assert.isBelow((yield* rareEarth.flows({ from: "2025-06" })).total, all.total)
        for (const [query, predicate] of cases) {
          const page = yield* rareEarth.flows(query, { limit: 10_000 })
          assert.isAbove(page.total, 0, JSON.stringify(query))
          assert.isTrue(page.items.every(predicate), JSON.stringify(query))
          assert.strictEqual(page.total, all.items.filter(predicate).length, JSON.stringify(query))
        }
      }),
    )

    it.effect("pages with offset and limit", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const first = yield* rareEarth.flows({ commodity: "magnets" }, { offset: 0, limit: 5 })
        const second = yield* rareEarth.flows({ commodity: "magnets" }, { offset: 5, limit: 5 })
        assert.strictEqual(first.items.length, 5)
        assert.strictEqual(first.nextOffset, 5)
        assert.strictEqual(second.offset, 5)
        const ids = new Set([...first.items, ...second.items].map((flow) => flow.id))
        assert.strictEqual(ids.size, first.items.length + second.items.length)
      }),
    )

    it.effect("streams every matching flow page by page", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const streamed = yield* Stream.runCollect(rareEarth.allFlows({ commodity: "magnets" }))
        const page = yield* rareEarth.flows({ commodity: "magnets" }, { limit: 10_000 })
        assert.deepStrictEqual(
          streamed.map((flow) => flow.id),
          page.items.map((flow) => flow.id),
        )
      }),
    )

    it.effect("rejects bad parameters with the parameter and what would be valid", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const month = yield* invalid(rareEarth.flows({ from: "2025-13" }))
        assert.instanceOf(month, ValidationError)
        assert.strictEqual(month.issues[0]?.path[0], "from")
        expect(month.message).toContain("2025-13")

        const commodity = yield* invalid(rareEarth.flows({ commodity: "unobtainium" }))
        assert.strictEqual(commodity.issues[0]?.path[0], "commodity")
        expect(commodity.message).toContain("magnets")

        const flow = yield* invalid(rareEarth.flows({ flow: "sideways" as never }))
        assert.strictEqual(flow.issues[0]?.path[0], "flow")

        const range = yield* invalid(rareEarth.flows({ from: "2025-06", to: "2025-05" }))
        assert.strictEqual(range.issues[0]?.path[0], "from")

        const limit = yield* invalid(rareEarth.flows({}, { limit: 0 }))
        assert.deepStrictEqual(limit.issues[0]?.path, ["limit"])

        const stream = yield* invalid(Stream.runCollect(rareEarth.allFlows({ partner: "U" })))
        assert.strictEqual(stream.issues[0]?.path[0], "partner")
      }),
    )
  })

  describe("series", () => {
    it.effect("builds China's 2025 magnet exports to the world with their changes", () =>
      Effect.gen(function* () {
        const { points, query } = yield* (yield* RareEarth).series({
          commodity: "magnets",
          partner: "WORLD",
          from: "2025",
          to: "2025",
        })
        assert.strictEqual(query.commodity, "8505111000")
        assert.strictEqual(points.length, 12)
        assert.deepStrictEqual(
          points.map((point) => point.period),
          Array.from({ length: 12 }, (_, index) => `2025-${String(index + 1).padStart(2, "0")}`),
        )
        const may = points[4]!
        const june = points[5]!
        assert.strictEqual(may.tonnes, 1238)
        assert.strictEqual(june.tonnes, 3188)
        expect(june.changePercent).toBeCloseTo(157.51, 2)
        expect(june.changePercent).toBeCloseTo(((3188 - 1238) / 1238) * 100, 10)
        assert.isNotNull(june.confidence)
        assert.isNotEmpty(june.sourceIds)
        for (const point of points) {
          if (point.tonnes === null) {
            // A gap is unknown, never zero, and has no provenance.
            assert.isNull(point.confidence)
            assert.isEmpty(point.sourceIds)
          }
        }
      }),
    )

    it.effect("computes year-to-date and year-on-year where the months are known", () =>
      Effect.gen(function* () {
        const { points } = yield* (yield* RareEarth).series({
          commodity: "magnets",
          from: "2025",
          to: "2025",
        })
        const december = points[11]!
        const known = points.every((point) => point.tonnes !== null)
        if (known) {
          assert.strictEqual(
            december.yearToDateTonnes,
            points.reduce((total, point) => total + (point.tonnes ?? 0), 0),
          )
        } else {
          const firstGap = points.findIndex((point) => point.tonnes === null)
          assert.isNull(points[firstGap]?.yearToDateTonnes)
          assert.isNull(december.yearToDateTonnes)
        }
        // July 2024 (5,278 t) is verified, so July 2025 (5,577 t) has its year-on-year change.
        const july = points[6]!
        assert.strictEqual(july.tonnes, 5577)
        expect(july.yearOnYearPercent).toBeCloseTo(((5577 - 5278) / 5278) * 100, 10)
      }),
    )

    it.effect("builds the series to the US: May 46 t, June 353 t", () =>
      Effect.gen(function* () {
        const { points } = yield* (yield* RareEarth).series({
          commodity: "magnets",
          reporter: "CN",
          partner: "US",
          flow: "export",
          from: "2025-05",
          to: "2025-06",
        })
        assert.deepStrictEqual(
          points.map((point) => [point.period, point.tonnes]),
          [
            ["2025-05", 46],
            ["2025-06", 353],
          ],
        )
        expect(points[1]?.changePercent).toBeCloseTo(((353 - 46) / 46) * 100, 10)
      }),
    )

    it.effect("needs a commodity and checks the other parameters", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const missing = yield* invalid(rareEarth.series({} as never))
        assert.deepStrictEqual(missing.issues[0]?.path, ["commodity"])
        const partner = yield* invalid(
          rareEarth.series({ commodity: "magnets", partner: "Atlantis" }),
        )
        assert.strictEqual(partner.issues[0]?.path[0], "partner")
      }),
    )
  })

  describe("timeline", () => {
    it.effect("merges policy events and measure lifecycle steps in date order", () =>
      Effect.gen(function* () {
        const { items } = yield* (yield* RareEarth).timeline()
        const dates = items.map((item) => item.date)
        assert.deepStrictEqual(dates, dates.toSorted())
        const policyEvents = items.filter((item) => item.type === "policy_event")
        const measureEvents = items.filter((item) => item.type === "measure_event")
        assert.strictEqual(policyEvents.length, dataset.events.length)
        assert.strictEqual(
          measureEvents.length,
          dataset.measures.reduce((count: number, measure) => count + measure.events.length, 0),
        )
        const no18 = measureEvents.find(
          (item) =>
            item.type === "measure_event" &&
            item.measureId === "cn-mofcom-2025-18" &&
            item.event.type === "effective",
        )
        assert.strictEqual(no18?.date, "2025-04-04")
      }),
    )

    it.effect("restricts to a date range given as dates, months or years", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const { items: november } = yield* rareEarth.timeline({ from: "2025-11", to: "2025-11" })
        assert.isNotEmpty(november)
        for (const item of november) assert.isTrue(overlaps(item, "2025-11-01", "2025-11-30"))
        const no70 = november.find(
          (item) =>
            item.type === "measure_event" &&
            item.event.type === "suspended" &&
            item.date === "2025-11-07",
        )
        assert.isDefined(no70)
        const { items: days } = yield* rareEarth.timeline({ from: "2025-05-10", to: "2025-05-12" })
        for (const item of days) assert.isTrue(overlaps(item, "2025-05-10", "2025-05-12"))
        // The Geneva talks (2025-05-10/11) are found from their second day too.
        const { items: geneva } = yield* rareEarth.timeline({
          from: "2025-05-11",
          to: "2025-05-11",
        })
        assert.isTrue(
          geneva.some((item) => item.type === "policy_event" && item.date === "2025-05-10"),
        )
        const bad = yield* invalid(rareEarth.timeline({ from: "2025-02-30" }))
        assert.deepStrictEqual(bad.issues[0]?.path[0], "from")
      }),
    )
  })

  describe("data age", () => {
    it.effect("every answer carries the dataset's as-of and version", () =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const expected = { kind: "dataset" as const, asOf: dataset.asOf, version: dataset.version }
        const answers = [
          yield* rareEarth.elements,
          yield* rareEarth.element("Dy"),
          yield* rareEarth.controls({ on: "2025-06-01" }),
          yield* rareEarth.quotas(),
          yield* rareEarth.flows({ commodity: "magnets" }),
          yield* rareEarth.series({ commodity: "magnets", from: "2025-01", to: "2025-03" }),
          yield* rareEarth.timeline({ from: "2025" }),
          yield* rareEarth.datasetInfo,
        ]
        for (const answer of answers) assert.deepStrictEqual(answer.dataAge, expected)
      }),
    )
  })

  describe("datasetInfo", () => {
    it.effect("reports the source, version and counts", () =>
      Effect.gen(function* () {
        const info = yield* (yield* RareEarth).datasetInfo
        assert.deepStrictEqual(info, {
          source: "embedded",
          version: dataset.version,
          asOf: dataset.asOf,
          counts: {
            elements: dataset.elements.length,
            measures: dataset.measures.length,
            quotas: dataset.quotas.length,
            flows: dataset.flows.length,
            events: dataset.events.length,
          },
          dataAge: { kind: "dataset", asOf: dataset.asOf, version: dataset.version },
        })
      }),
    )
  })
})
