/**
 * The supply queries of the local engine, on a small fixture (see `__fixtures__/supply.ts`):
 * vintages, concentration with its formula, typed reserves, measures of every jurisdiction,
 * prices (change, premium through a source's own conversion), the errors every surface shares,
 * and the typed error of a source without supply data.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { type SdkError, UnsupportedQueryError, ValidationError } from "../Errors.ts"
import { RareEarth } from "../RareEarth.ts"
import { makeColumnarStore } from "../store/ColumnarStore.ts"
import { TestSource } from "../testing.ts"
import { supplyData } from "./__fixtures__/supply.ts"
import { makeLocal } from "./LocalQuery.ts"

const layer = TestSource.layer(supplyData)
const issuesOf = (error: SdkError) => (ValidationError.isInstance(error) ? error.issues : [])
const run = <A, E>(f: (service: RareEarth["Service"]) => Effect.Effect<A, E>) =>
  Effect.provide(RareEarth.use(f), layer)

describe("production", () => {
  it.effect("answers with the latest edition per figure, every edition with vintages=all", () =>
    run((service) =>
      Effect.gen(function* () {
        const latest = (yield* service.production({ area: "us", year: 2025 })).items
        assert.deepStrictEqual(
          latest.map((record) => [record.edition.id, record.tonnesReo, record.label]),
          [["test-2026", 30, "S"]],
        )
        assert.strictEqual(latest[0]?.sources[0]?.publisher, "One Page")
        const all = (yield* service.production({
          area: "United States",
          year: 2025,
          vintages: "all",
        })).items
        assert.deepStrictEqual(all.map((record) => record.tonnesReo).sort(), [20, 30])
        const unknown = (yield* service.production({ area: "MM" })).items
        assert.isNull(unknown[0]?.tonnesReo)
      }),
    ),
  )

  it.effect("concentration: China's share and the HHI, derived with formula and inputs", () =>
    run((service) =>
      Effect.gen(function* () {
        const [row] = (yield* service.concentration({ year: 2025 })).items
        assert.isDefined(row)
        assert.strictEqual(row!.share?.percent, 60)
        // 60^2 + 30^2 (OTHER_COUNTRIES left out) = 4500.
        assert.strictEqual(row!.herfindahlIndex, 4500)
        assert.strictEqual(row!.leader?.area, "CN")
        assert.deepStrictEqual(row!.unknownAreas, ["MM"])
        assert.strictEqual(row!.label, "D")
        expect(row!.formula).toContain("herfindahlIndex")
        assert.includeMembers(row!.inputs, ["p-test-2026-WORLD-2025", "p-test-2026-CN-2025"])
        assert.notInclude(row!.inputs, "p-test-2025-US-2025")
        const us = (yield* service.concentration({ year: 2025, area: "US" })).items
        assert.strictEqual(us[0]?.share?.percent, 30)
      }),
    ),
  )
})

describe("reserves", () => {
  it.effect("keep lower bounds and NA typed, never a number they are not", () =>
    run((service) =>
      Effect.gen(function* () {
        const rows = (yield* service.reserves({})).items
        const byArea = Object.fromEntries(rows.map((row) => [row.area, row]))
        assert.deepStrictEqual(byArea.WORLD?.value, {
          kind: "lower_bound",
          value: 1000,
          text: ">1,000",
        })
        assert.isNull(byArea.WORLD?.tonnesReo)
        assert.strictEqual(byArea.MM?.value.kind, "not_available")
        assert.isNull(byArea.MM?.tonnesReo)
        assert.strictEqual(byArea.CN?.tonnesReo, 500)
        const revisions = (yield* service.reserveRevisions({ area: "CN" })).items
        assert.deepStrictEqual(
          revisions.map((revision) => revision.changeTonnes),
          [100],
        )
      }),
    ),
  )
})

describe("measures", () => {
  it.effect("every jurisdiction, China's included, with the status on the date", () =>
    run((service) =>
      Effect.gen(function* () {
        const rows = (yield* service.measures({ on: "2026-01-15" })).items
        assert.deepStrictEqual(
          rows.map((row) => [row.measure.jurisdiction, row.measure.id, row.status]),
          [
            ["CN", "cn-test-control", "in_force"],
            ["US", "us-test-floor", "in_force"],
          ],
        )
        const floors = (yield* service.measures({ on: "2026-07-01", kind: "Price floor" as never }))
          .items
        assert.deepStrictEqual(
          floors.map((row) => row.measure.id),
          ["us-test-floor"],
        )
        const eu = (yield* service.measures({ on: "2026-07-01", jurisdiction: "eu" })).items
        assert.deepStrictEqual(
          eu.map((row) => [row.measure.id, row.status]),
          [["eu-test-law", "in_force"]],
        )
      }),
    ),
  )

  it.effect("an unknown jurisdiction or kind fails naming the parameter and the valid values", () =>
    run((service) =>
      Effect.gen(function* () {
        const jurisdiction = yield* Effect.flip(
          service.measures({ jurisdiction: "Atlantis" as never }),
        )
        assert.isTrue(ValidationError.isInstance(jurisdiction))
        assert.deepStrictEqual(issuesOf(jurisdiction)[0]?.path, ["jurisdiction"])
        expect(jurisdiction.message).toContain(
          'Unknown jurisdiction "Atlantis": expected a country',
        )
        const kind = yield* Effect.flip(service.measures({ kind: "embargo" as never }))
        expect(kind.message).toContain(
          'Unknown measure kind "embargo": expected one of export_prohibition',
        )
      }),
    ),
  )
})

describe("prices", () => {
  it.effect("filter by product, market, currency and dates; bad values name the parameter", () =>
    run((service) =>
      Effect.gen(function* () {
        const china = (yield* service.prices({
          product: "Dysprosium oxide" as never,
          market: "China domestic" as never,
          kind: "assessment",
        })).items
        assert.deepStrictEqual(
          china.map((row) => row.id),
          ["cn-1", "cn-2"],
        )
        const currency = yield* Effect.flip(service.prices({ currency: "GBP" as never }))
        assert.deepStrictEqual(issuesOf(currency)[0]?.path, ["currency"])
        expect(currency.message).toContain('Unknown currency "GBP": expected one of USD')
        const product = yield* Effect.flip(service.prices({ product: "gold" as never }))
        expect(product.message).toContain('Unknown product "gold"')
      }),
    ),
  )

  it.effect(
    "change between two dates, midpoint to midpoint, derived; several series need a kind",
    () =>
      run((service) =>
        Effect.gen(function* () {
          const ambiguous = yield* Effect.flip(
            service.priceChange({
              product: "dy_oxide",
              market: "china_domestic",
              currency: "CNY",
              from: "2025-04-04",
              to: "2025-12-31",
            }),
          )
          assert.deepStrictEqual(issuesOf(ambiguous)[0]?.path, ["kind"])
          const change = (yield* service.priceChange({
            product: "dy_oxide",
            market: "china_domestic",
            currency: "CNY",
            kind: "assessment",
            from: "2025-04-04",
            to: "2025-12-31",
          })).priceChange
          assert.isNotNull(change)
          assert.strictEqual(change!.from.id, "cn-1")
          assert.strictEqual(change!.to.id, "cn-2")
          assert.strictEqual(change!.percent, 50)
          assert.strictEqual(change!.label, "D")
          const none = (yield* service.priceChange({
            product: "dy_oxide",
            market: "china_domestic",
            currency: "CNY",
            kind: "assessment",
            from: "2024-01-01",
            to: "2025-12-31",
          })).priceChange
          assert.isNull(none)
        }),
      ),
  )

  it.effect("premium of Europe over China only through a conversion a source prints", () =>
    run((service) =>
      Effect.gen(function* () {
        const rows = (yield* service.pricePremium({ product: "dy_oxide" })).items
        // eu-1 (2025-10-01) meets cn-2 of the same day, whose source prints it in USD: 600/200.
        // eu-2 (2025-11-01) has no Chinese price of its period: left out, never guessed.
        assert.deepStrictEqual(
          rows.map((row) => [row.europe.id, row.china.id, row.ratio, row.conversion?.by]),
          [["eu-1", "cn-2", 3, "Test converter"]],
        )
        assert.strictEqual(rows[0]?.europe.evidence, "single_source")
      }),
    ),
  )
})

describe("salient statistics and stated shares", () => {
  it.effect("keep USGS's special values typed and the stated shares as stated", () =>
    run((service) =>
      Effect.gen(function* () {
        const rows = (yield* service.salientStatistics({ kind: "net_import_reliance" })).items
        assert.deepStrictEqual(
          rows.map((row) => row.value),
          [{ kind: "net_exporter", text: "E" }],
        )
        const shares = (yield* service.supplyShares({ stage: "refining", area: "china" })).items
        assert.deepStrictEqual(
          shares.map((share) => share.percent),
          [90],
        )
      }),
    ),
  )
})

describe("as-of on every supply answer", () => {
  it.effect("lists, the price change, group flows and mirror carry the data's dataAge", () =>
    run((service) =>
      Effect.gen(function* () {
        const answers: ReadonlyArray<{ readonly dataAge: unknown }> = [
          yield* service.production({}),
          yield* service.concentration({}),
          yield* service.reserves({}),
          yield* service.reserveRevisions({}),
          yield* service.measures({ on: "2026-01-15" }),
          yield* service.prices({}),
          yield* service.priceChange({
            product: "dy_oxide",
            market: "china_domestic",
            currency: "CNY",
            kind: "assessment",
            from: "2024-01-01",
            to: "2025-12-31",
          }),
          yield* service.pricePremium({}),
          yield* service.salientStatistics({}),
          yield* service.supplyShares({}),
          yield* service.commodityGroups,
          yield* service.groupFlows({ group: "magnets" }),
          yield* service.mirror({ reporter: "CN", commodity: "850511" }),
        ]
        for (const answer of answers) {
          assert.deepStrictEqual(answer.dataAge, {
            kind: "dataset",
            asOf: "2026-01-31",
            version: "0.0.0",
          })
        }
      }),
    ),
  )
})

describe("a source without supply data", () => {
  it.effect("fails each supply query with UnsupportedQueryError, never an empty list", () =>
    Effect.gen(function* () {
      const service = yield* makeLocal({
        reference: {
          version: null,
          asOf: null,
          sources: [],
          elements: [],
          measures: [],
          quotas: [],
          events: [],
        },
        store: makeColumnarStore(),
        sourceName: "files:/home/someone/exports.csv",
      })
      const queries: ReadonlyArray<Effect.Effect<unknown, SdkError>> = [
        service.production({}),
        service.reserves({}),
        service.measures({}),
        service.prices({}),
        service.salientStatistics({}),
      ]
      for (const query of queries) {
        const error = yield* Effect.flip(query)
        assert.isTrue(UnsupportedQueryError.isInstance(error))
      }
      const error = yield* Effect.flip(service.production({}))
      // The kind of source only: never the path.
      assert.strictEqual(
        error.message,
        'Source "files" has no production data: it holds trade flows only. Use the embedded source (the default) or a server over it for production.',
      )
      // Bad input is still reported first, as such.
      const bad = yield* Effect.flip(service.production({ area: "Atlantis" as never }))
      assert.strictEqual(bad._tag, "ValidationError")
    }),
  )
})
