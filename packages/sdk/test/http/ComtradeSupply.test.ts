/**
 * The Comtrade source for every rare earth product: core's commodity groups (one plan per
 * code, annual and monthly) and the mirror comparison (the reporter's exports against its
 * partners' own imports), on synthetic responses in the documented envelope served from a
 * loopback server; and the typed error for what Comtrade does not hold.
 */
import { readFileSync } from "node:fs"
import type { IncomingMessage, ServerResponse } from "node:http"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Redacted } from "effect"
import { expect } from "vitest"
import { UnsupportedQueryError } from "../../src/Errors.ts"
import { referenceFromDataset } from "../../src/query/LocalQuery.ts"
import { ComtradeSource } from "../../src/sources/Comtrade.ts"
import { testDataset } from "./__fixtures__/dataset.ts"
import { sendJson, serveScript, type TestServer } from "./__fixtures__/server.ts"

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/comtrade/${name}`, import.meta.url), "utf8"))

/** Answers by frequency, commodity, reporter and flow, like Comtrade would. */
const recorded = (_index: number, request: IncomingMessage, response: ServerResponse): void => {
  const url = new URL(request.url ?? "/", "http://localhost")
  const get = (name: string) => url.searchParams.get(name)
  const annual = url.pathname.endsWith("/A/HS")
  if (
    annual &&
    get("cmdCode") === "280530" &&
    get("flowCode") === "X" &&
    get("reporterCode") === "156"
  ) {
    sendJson(response, 200, fixture("synthetic-annual-cn-280530-exports-2024.json"))
  } else if (
    annual &&
    get("cmdCode") === "280530" &&
    get("flowCode") === "M" &&
    get("partnerCode") === "156"
  ) {
    sendJson(response, 200, fixture("synthetic-annual-280530-imports-from-cn-2024.json"))
  } else if (annual && get("cmdCode") === "284610") {
    sendJson(response, 200, fixture("synthetic-annual-cn-284610-2024.json"))
  } else if (annual && get("cmdCode") === "284690") {
    sendJson(response, 200, fixture("synthetic-annual-cn-284690-2024.json"))
  } else if (!annual && get("cmdCode") === "850511" && get("period")?.startsWith("2025")) {
    sendJson(response, 200, fixture("monthly-cn-850511-world-2025.json"))
  } else {
    sendJson(response, 200, fixture("empty.json"))
  }
}

const withServer = <A, E>(f: (server: TestServer) => Effect.Effect<A, E>): Effect.Effect<A, E> =>
  Effect.acquireUseRelease(
    Effect.promise(() => serveScript(recorded)),
    f,
    (server) => Effect.promise(() => server.close()),
  )

const comtrade = (server: TestServer) =>
  ComtradeSource.make({
    baseUrl: server.url,
    apiKey: Redacted.make("test-subscription-key-0123456789"),
    reference: referenceFromDataset(testDataset),
  })

const params = (server: TestServer) =>
  server.requests.map((request) =>
    Object.fromEntries(new URL(request.url, "http://localhost").searchParams),
  )

describe("commodity groups", () => {
  it.live("asks for every code of a group and answers code by code (never summed)", () =>
    withServer((server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const result = yield* source.groupFlows({
          group: "Compounds" as never,
          reporter: "CN",
          partner: "WORLD",
          flow: "export",
          from: "2024",
          to: "2024",
        })
        assert.strictEqual(result.group.id, "compounds")
        assert.deepStrictEqual(
          result.flows.map((flow) => [flow.commodity, flow.netWeightTonnes]).sort(),
          [
            ["284610", 2000],
            ["284690", 6000],
          ],
        )
        assert.deepStrictEqual(
          params(server).map((p) => p.cmdCode),
          ["284610", "284690"],
        )
        assert.isTrue(result.flows.every((flow) => flow.sources[0]?.id === "un-comtrade"))
        // Live data: its age is the time Comtrade was read, not the embedded dataset's as-of.
        assert.strictEqual(result.dataAge.kind, "live")
        assert.strictEqual(result.dataAge.source, "comtrade")
      }),
    ),
  )

  it.live("monthly ranges ask Comtrade's monthly endpoint", () =>
    withServer((server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const result = yield* source.groupFlows({
          group: "magnets",
          reporter: "CN",
          partner: "WORLD",
          flow: "export",
          from: "2025-01",
          to: "2025-12",
        })
        assert.isTrue(result.flows.length > 0)
        assert.isTrue(result.flows.every((flow) => /^\d{4}-\d{2}$/.test(flow.period)))
        assert.isTrue(server.requests.every((request) => request.url.includes("/C/M/HS")))
      }),
    ),
  )

  it.live("an unknown group fails before any request, listing the groups", () =>
    withServer((server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const exit = yield* Effect.exit(source.groupFlows({ group: "gold" as never, from: "2024" }))
        assert.isTrue(Exit.isFailure(exit))
        expect(String(Exit.isFailure(exit) && exit.cause)).toContain(
          'Unknown commodity group "gold": expected one of ores_concentrates, metals, compounds, magnets, ferro_alloys',
        )
        assert.strictEqual(server.requests.length, 0)
      }),
    ),
  )
})

describe("mirror", () => {
  it.live("sets the reporter's exports beside each partner's own imports", () =>
    withServer((server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const result = yield* source.mirror({
          reporter: "CN",
          commodity: "280530",
          from: "2024",
          to: "2024",
        })
        const byPartner = Object.fromEntries(result.rows.map((row) => [row.partner, row]))
        assert.deepStrictEqual(Object.keys(byPartner).sort(), ["DE", "JP", "US"])
        assert.strictEqual(result.dataAge.kind, "live")
        // Japan: both sides, the gap computed; the two flows kept as they are.
        expect(byPartner.JP).toMatchObject({
          valueGapUsd: 1_000_000,
          tonnesGap: 100,
          valueRatio: 1.1,
        })
        assert.strictEqual(byPartner.JP?.exports?.reporter, "CN")
        assert.strictEqual(byPartner.JP?.imports?.reporter, "JP")
        // The US declares nothing: its side is absent, not zero.
        assert.isNull(byPartner.US?.imports)
        assert.isNull(byPartner.US?.valueGapUsd)
        // Germany declares a weight but no value: the value gap is unknown.
        assert.isNull(byPartner.DE?.exports)
        assert.isNull(byPartner.DE?.valueGapUsd)
        // Two requests: China's exports, and every reporter's imports from China (156).
        const asked = params(server)
        assert.strictEqual(asked.length, 2)
        expect(asked[0]).toMatchObject({ reporterCode: "156", flowCode: "X", cmdCode: "280530" })
        expect(asked[1]).toMatchObject({ partnerCode: "156", flowCode: "M", cmdCode: "280530" })
        assert.isUndefined(asked[1]?.reporterCode)
      }),
    ),
  )

  it.live("a national tariff line is refused before any request: Comtrade publishes HS codes", () =>
    withServer((server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const exit = yield* Effect.exit(
          source.mirror({ reporter: "CN", commodity: "8505111000", from: "2024" }),
        )
        assert.isTrue(Exit.isFailure(exit))
        expect(String(Exit.isFailure(exit) && exit.cause)).toContain("national tariff line")
        assert.strictEqual(server.requests.length, 0)
      }),
    ),
  )
})

describe("what Comtrade does not hold", () => {
  it.live("production fails with UnsupportedQueryError, not an empty list", () =>
    withServer((server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const error = yield* Effect.flip(source.production({ year: 2024 }))
        assert.isTrue(UnsupportedQueryError.isInstance(error))
        expect(error.message).toContain('Source "comtrade" has no production data')
        const prices = yield* Effect.flip(source.prices({}))
        assert.strictEqual(prices._tag, "UnsupportedQueryError")
        assert.strictEqual(server.requests.length, 0)
      }),
    ),
  )
})
