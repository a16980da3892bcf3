/**
 * The Comtrade adapter against recorded responses (the documented envelope format, in
 * `__fixtures__/comtrade/`) served from a loopback server: the mapping (842 -> US, kg -> t,
 * nulls kept), the request parameters (two requests of 12 months for a two-year monthly query,
 * breakdown defaults, the key header), truncation, and 429 retries.
 */
import { readFileSync } from "node:fs"
import type { IncomingMessage, ServerResponse } from "node:http"
import { inspect } from "node:util"
import { assert, describe, it } from "@effect/vitest"
import type { TradeFlow } from "@rareearth/core"
import { Deferred, Effect, Exit, Fiber, Layer, Redacted, Stream } from "effect"
import { TestClock } from "effect/testing"
import { expect } from "vitest"
import type { SdkError } from "../../src/Errors.ts"
import { mapComtradeRow, planComtradeRequests } from "../../src/http/ComtradeApi.ts"
import { referenceFromDataset } from "../../src/query/LocalQuery.ts"
import { RareEarth } from "../../src/RareEarth.ts"
import { ComtradeSource, type ComtradeSourceOptions } from "../../src/sources/Comtrade.ts"
import { runWithTestClock } from "./__fixtures__/clock.ts"
import { testDataset } from "./__fixtures__/dataset.ts"
import { type SeenRequest, sendJson, serveScript, type TestServer } from "./__fixtures__/server.ts"

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/comtrade/${name}`, import.meta.url), "utf8"))

const KEY = "test-subscription-key-0123456789"
const fast = { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 5_000 }

/** Answers like Comtrade from the recorded responses, by endpoint, commodity and period. */
const recorded = (_index: number, request: IncomingMessage, response: ServerResponse): void => {
  const url = new URL(request.url ?? "/", "http://localhost")
  const period = url.searchParams.get("period") ?? ""
  const cmdCode = url.searchParams.get("cmdCode")
  const maxRecords = url.searchParams.get("maxRecords")
  if (!/^\/(data\/v1\/get|public\/v1\/preview)\/C\/[AM]\/HS$/.test(url.pathname)) {
    sendJson(response, 404, { statusCode: 404, message: "Resource not found" })
  } else if (maxRecords === "5") {
    sendJson(response, 200, fixture("capped-maxrecords-5.json"))
  } else if (cmdCode === "TOTAL") {
    sendJson(response, 200, fixture("annual-cn-total-us-2024.json"))
  } else if (url.pathname.endsWith("/A/HS") && period === "2024" && cmdCode === "850511") {
    sendJson(response, 200, fixture("annual-cn-850511-2024.json"))
  } else if (url.pathname.endsWith("/M/HS") && cmdCode === "850511" && period.startsWith("2024")) {
    sendJson(response, 200, fixture("monthly-cn-850511-world-2024.json"))
  } else if (url.pathname.endsWith("/M/HS") && cmdCode === "850511" && period.startsWith("2025")) {
    sendJson(response, 200, fixture("monthly-cn-850511-world-2025.json"))
  } else {
    sendJson(response, 200, fixture("empty.json"))
  }
}

const withServer = <A, E>(
  script: Parameters<typeof serveScript>[0],
  f: (server: TestServer) => Effect.Effect<A, E>,
): Effect.Effect<A, E> =>
  Effect.acquireUseRelease(
    Effect.promise(() => serveScript(script)),
    f,
    (server) => Effect.promise(() => server.close()),
  )

const comtrade = (server: TestServer, options: Partial<ComtradeSourceOptions> = {}) =>
  ComtradeSource.make({
    baseUrl: server.url,
    apiKey: Redacted.make(KEY),
    retry: fast,
    reference: referenceFromDataset(testDataset),
    ...options,
  })

const paramsOf = (request: SeenRequest | undefined) =>
  Object.fromEntries(new URL(request?.url ?? "/", "http://localhost").searchParams)

const byPartner = (flows: ReadonlyArray<TradeFlow.TradeFlow>, partner: string) => {
  const found = flows.find((flow) => flow.partner === partner)
  assert.isDefined(found, `no flow to ${partner}`)
  return found!
}

describe("annual data", () => {
  it.live("maps rows onto TradeFlow: codes, kg to tonnes, nulls kept, estimates flagged", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const page = yield* source.flows({
          reporter: "CN",
          flow: "export",
          commodity: "850511",
          from: "2024",
          to: "2024",
        })
        // Live data: its age is the time it was read, not the embedded dataset's as-of.
        assert.strictEqual(page.dataAge.kind, "live")
        assert.strictEqual(page.dataAge.source, "comtrade")
        assert.strictEqual(page.dataAge.asOf, page.dataAge.retrievedAt?.slice(0, 10))
        // The breakdown row (motCode 2100) is not counted twice.
        assert.strictEqual(page.total, 6)
        const partners = page.items.map((flow) => flow.partner).sort()
        assert.deepStrictEqual(partners, ["DE", "FR", "JP", "OTHER_ASIA_NES", "US", "WORLD"])

        const us = byPartner(page.items, "US")
        expect(us).toMatchObject({
          period: "2024",
          reporter: "CN",
          partner: "US",
          flow: "export",
          commodity: "850511",
          hsVersion: "H6",
          netWeightTonnes: 7300.415,
          valueUsd: 401_200_000,
          estimated: false,
          confidence: { kind: "official" },
        })
        assert.strictEqual(us.sources[0]?.id, "un-comtrade")
        assert.closeTo(byPartner(page.items, "WORLD").netWeightTonnes!, 58_142.0005, 1e-9)

        // Unknown weight stays unknown.
        assert.isNull(byPartner(page.items, "JP").netWeightTonnes)
        // 0 kg flagged as estimated: unknown, with a note, never 0.
        const germany = byPartner(page.items, "DE")
        assert.isNull(germany.netWeightTonnes)
        assert.isTrue(germany.estimated)
        expect(germany.note).toContain("0 kg")
        // Not reported by the country: an estimate, with the flags named.
        const france = byPartner(page.items, "FR")
        assert.isTrue(france.estimated)
        expect(france.confidence).toMatchObject({ kind: "estimate" })
        expect(JSON.stringify(france.confidence)).toContain("isReported=false")

        // One request, with safe breakdown defaults and the key in the header only.
        assert.strictEqual(server.requests.length, 1)
        const request = server.requests[0]!
        assert.strictEqual(new URL(request.url, "http://localhost").pathname, "/data/v1/get/C/A/HS")
        assert.deepStrictEqual(paramsOf(request), {
          reporterCode: "156",
          partner2Code: "0",
          cmdCode: "850511",
          flowCode: "X",
          period: "2024",
          motCode: "0",
          customsCode: "C00",
          maxRecords: "250000",
        })
        assert.strictEqual(request.headers["ocp-apim-subscription-key"], KEY)
        expect(request.url).not.toContain(KEY)
      }),
    ),
  )

  it.live("asks for the partner by its Comtrade code (US is 842) and handles TOTAL", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const page = yield* source.flows({
          reporter: "CN",
          partner: "US",
          flow: "export",
          commodity: "TOTAL",
          from: "2024",
          to: "2024",
        })
        assert.strictEqual(paramsOf(server.requests[0]).partnerCode, "842")
        assert.strictEqual(paramsOf(server.requests[0]).cmdCode, "TOTAL")
        assert.strictEqual(page.items.length, 1)
        expect(page.items[0]).toMatchObject({
          commodity: "TOTAL",
          partner: "US",
          netWeightTonnes: null,
        })
      }),
    ),
  )

  it.live("answers an empty data array with an empty page", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const page = yield* source.flows({
          reporter: "DE",
          commodity: "280530",
          from: "2020",
          to: "2020",
        })
        assert.strictEqual(page.total, 0)
        assert.deepStrictEqual(page.items, [])
        assert.strictEqual(paramsOf(server.requests[0]).reporterCode, "276")
      }),
    ),
  )
})

describe("monthly data", () => {
  it.live("splits a two-year monthly query into two requests of 12 periods", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const page = yield* source.flows(
          {
            reporter: "CN",
            partner: "WORLD",
            flow: "export",
            commodity: "850511",
            from: "2024-01",
            to: "2025-12",
          },
          { limit: 100 },
        )
        assert.strictEqual(server.requests.length, 2)
        const periods = server.requests.map((request) => paramsOf(request).period?.split(","))
        assert.deepStrictEqual(periods[0], [
          "202401",
          "202402",
          "202403",
          "202404",
          "202405",
          "202406",
          "202407",
          "202408",
          "202409",
          "202410",
          "202411",
          "202412",
        ])
        assert.strictEqual(periods[1]?.length, 12)
        assert.strictEqual(periods[1]?.[0], "202501")
        for (const request of server.requests) {
          assert.strictEqual(
            new URL(request.url, "http://localhost").pathname,
            "/data/v1/get/C/M/HS",
          )
          expect(paramsOf(request)).toMatchObject({
            partnerCode: "0",
            partner2Code: "0",
            motCode: "0",
            customsCode: "C00",
          })
        }

        assert.strictEqual(page.total, 24)
        const byPeriod = new Map(page.items.map((flow) => [flow.period, flow]))
        assert.strictEqual(byPeriod.get("2025-05")?.netWeightTonnes, 1238)
        assert.strictEqual(byPeriod.get("2025-06")?.netWeightTonnes, 3188)
        assert.isNull(byPeriod.get("2025-10")?.netWeightTonnes)
        assert.isTrue(byPeriod.get("2025-11")?.estimated)
        assert.isFalse(byPeriod.get("2025-06")?.estimated)
      }),
    ),
  )

  it.live("a year range with a month asks for months; allFlows streams the same rows", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const rows = yield* Stream.runCollect(
          source.allFlows({
            reporter: "CN",
            partner: "WORLD",
            commodity: "850511",
            from: "2025",
            to: "2025-06",
          }),
        )
        assert.strictEqual(
          paramsOf(server.requests[0]).period,
          "202501,202502,202503,202504,202505,202506",
        )
        // The recorded 2025 response holds the whole year; the local engine keeps the range.
        assert.deepStrictEqual(rows.map((flow) => flow.period).sort(), [
          "2025-01",
          "2025-02",
          "2025-03",
          "2025-04",
          "2025-05",
          "2025-06",
        ])
      }),
    ),
  )

  it.live("series: monthly points with their changes, gaps as null", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const series = yield* source.series({ commodity: "850511", from: "2025-01", to: "2025-12" })
        // 12 months before the start too, for year-on-year changes: 2024 and 2025.
        assert.strictEqual(server.requests.length, 2)
        expect(paramsOf(server.requests[0])).toMatchObject({
          reporterCode: "156",
          partnerCode: "0",
          flowCode: "X",
        })
        const points = new Map(series.points.map((point) => [point.period, point]))
        assert.strictEqual(series.points.length, 12)
        assert.strictEqual(points.get("2025-06")?.tonnes, 3188)
        assert.closeTo(
          points.get("2025-06")?.changePercent ?? Number.NaN,
          (3188 / 1238 - 1) * 100,
          1e-9,
        )
        assert.isNull(points.get("2025-10")?.tonnes)
        assert.isNull(points.get("2025-11")?.changePercent)
        assert.isNotNull(points.get("2025-01")?.yearOnYearPercent)
      }),
    ),
  )
})

describe("limits and errors", () => {
  it.live("a response whose count reaches maxRecords fails with TruncatedResultError", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server, { maxRecords: 5 })
        const error = yield* Effect.flip(
          source.flows({ reporter: "CN", commodity: "850511", from: "2024", to: "2024" }),
        )
        assert.strictEqual(error._tag, "TruncatedResultError")
        if (error._tag === "TruncatedResultError") {
          assert.strictEqual(error.cap, 5)
          expect(error.message).toContain("cut off")
        }
        assert.strictEqual(paramsOf(server.requests[0]).maxRecords, "5")
      }),
    ),
  )

  it.live("a response with fewer rows than its count is partial: TruncatedResultError", () =>
    withServer(
      (_index, _request, response) => {
        const envelope = fixture("annual-cn-850511-2024.json") as { data: Array<unknown> }
        sendJson(response, 200, { ...envelope, data: envelope.data.slice(0, 3) })
      },
      (server) =>
        Effect.gen(function* () {
          const source = yield* comtrade(server)
          const error = yield* Effect.flip(
            source.flows({ reporter: "CN", commodity: "850511", from: "2024", to: "2024" }),
          )
          assert.strictEqual(error._tag, "TruncatedResultError")
          expect(error.message).toContain("announced 7 rows but sent 3")
        }),
    ),
  )

  it.effect("retries a 429, waiting as long as its message says (on the TestClock)", () =>
    withServer(
      (index, request, response) =>
        index === 0
          ? sendJson(response, 429, fixture("rate-limited-429.json"))
          : recorded(index, request, response),
      (server) =>
        Effect.gen(function* () {
          const { exit, waits } = yield* runWithTestClock((onRetry) =>
            Effect.flatMap(comtrade(server, { onRetry }), (source) =>
              source.flows({ reporter: "CN", commodity: "850511", from: "2024", to: "2024" }),
            ),
          )
          assert.isTrue(Exit.isSuccess(exit))
          if (Exit.isSuccess(exit)) assert.strictEqual(exit.value.total, 6)
          assert.strictEqual(server.requests.length, 2)
          assert.deepStrictEqual(
            waits.map((info) => [info.status, info.delayMs]),
            [[429, 1000]],
          )
        }),
    ),
  )

  it.live("fails with RateLimitedError once 429s outlast the retries", () =>
    withServer(
      (_index, _request, response) =>
        sendJson(response, 429, fixture("rate-limited-429.json"), { "retry-after": "0" }),
      (server) =>
        Effect.gen(function* () {
          const source = yield* comtrade(server, { maxRetries: 1 })
          const error = yield* Effect.flip(
            source.flows({ reporter: "CN", commodity: "850511", from: "2024", to: "2024" }),
          )
          assert.strictEqual(error._tag, "RateLimitedError")
          assert.strictEqual(server.requests.length, 2)
        }),
    ),
  )

  it.effect("timeout bounds one call with all its requests (on the TestClock)", () => {
    const arrived = [Deferred.makeUnsafe<() => void>(), Deferred.makeUnsafe<() => void>()]
    return withServer(
      (index, request, response) => {
        const answer = () => recorded(index, request, response)
        if (arrived[index] !== undefined)
          Deferred.doneUnsafe(arrived[index], Effect.succeed(answer))
      },
      (server) =>
        Effect.gen(function* () {
          const source = yield* comtrade(server, { timeout: 200, cacheTtlMs: 0 })
          // Two requests (2024, 2025): 150 ms for the first, 60 ms into the second. Each is
          // shorter than the timeout; together they are not.
          const fiber = yield* Effect.forkChild(
            Effect.flip(
              source.flows({ reporter: "CN", commodity: "850511", from: "2024-01", to: "2025-12" }),
            ),
          )
          const answerFirst = yield* Deferred.await(arrived[0]!)
          yield* TestClock.adjust(150)
          answerFirst()
          yield* Deferred.await(arrived[1]!)
          yield* TestClock.adjust(60)
          const error = yield* Fiber.join(fiber)
          assert.strictEqual(error._tag, "TimeoutError")
          if (error._tag === "TimeoutError") {
            assert.strictEqual(error.timeoutMs, 200)
            assert.strictEqual(error.operation, "flows")
          }
          assert.strictEqual(server.requests.length, 2)
        }),
    )
  })

  it.live("never shows the API key: not in errors, not when printed", () =>
    withServer(
      (_index, _request, response) =>
        sendJson(response, 401, {
          statusCode: 401,
          message: "Access denied due to invalid subscription key.",
        }),
      (server) =>
        Effect.gen(function* () {
          const source = yield* comtrade(server, { apiKey: KEY })
          const error: SdkError = yield* Effect.flip(
            source.flows({ reporter: "CN", commodity: "850511", from: "2024", to: "2024" }),
          )
          assert.strictEqual(error._tag, "HttpError")
          expect(error.message).toContain("API key")
          for (const text of [
            error.message,
            JSON.stringify(error),
            inspect(error, { depth: 10 }),
            String(error),
          ]) {
            expect(text).not.toContain(KEY)
          }
          // A plain string key was wrapped, and still sent.
          assert.strictEqual(server.requests[0]?.headers["ocp-apim-subscription-key"], KEY)
          assert.strictEqual(String(Redacted.make(KEY)), "<redacted>")
        }),
    ),
  )

  it.live("without a key, uses the keyless preview endpoint and its 500-row cap", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server, { apiKey: undefined })
        yield* source.flows({ reporter: "CN", commodity: "850511", from: "2024", to: "2024" })
        const request = server.requests[0]!
        assert.strictEqual(
          new URL(request.url, "http://localhost").pathname,
          "/public/v1/preview/C/A/HS",
        )
        assert.strictEqual(paramsOf(request).maxRecords, "500")
        assert.isUndefined(request.headers["ocp-apim-subscription-key"])
      }),
    ),
  )

  it.live("ComtradeSource.layer works without a key (the keyless preview)", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const page = yield* rareEarth.flows({
          reporter: "CN",
          commodity: "850511",
          from: "2024",
          to: "2024",
        })
        assert.strictEqual(page.total, 6)
        expect(server.requests[0]?.url).toMatch(/^\/public\/v1\/preview\//)
      }).pipe(
        Effect.provide(
          Layer.fresh(
            ComtradeSource.layer({
              baseUrl: server.url,
              reference: referenceFromDataset(testDataset),
            }),
          ),
        ),
      ),
    ),
  )

  it.live("a garbage body is Comtrade's fault (InvalidResponseError), not a bad query", () =>
    withServer(
      (_index, _request, response) => {
        response.writeHead(200, { "content-type": "application/json" })
        response.end("<html>upstream maintenance</html>")
      },
      (server) =>
        Effect.gen(function* () {
          const source = yield* comtrade(server)
          const error = yield* Effect.flip(
            source.flows({ reporter: "CN", commodity: "850511", from: "2024", to: "2024" }),
          )
          assert.strictEqual(error._tag, "InvalidResponseError")
          if (error._tag !== "InvalidResponseError") return
          // The specifics are kept for logs; no issue blames a query parameter.
          expect(error.body).toContain("upstream maintenance")
          expect(error.url).toContain(server.url)
          assert.deepStrictEqual(error.issues[0]?.path, [])
        }),
    ),
  )

  it.live("refuses what Comtrade cannot answer before sending anything", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const national = yield* Effect.flip(
          source.flows({ reporter: "CN", commodity: "magnets", from: "2025", to: "2025" }),
        )
        assert.strictEqual(national._tag, "ValidationError")
        if (national._tag === "ValidationError") {
          assert.deepStrictEqual(national.issues[0]?.path, ["commodity"])
          expect(national.message).toContain('"850511"')
        }
        const noPeriod = yield* Effect.flip(source.flows({ reporter: "CN", commodity: "850511" }))
        assert.strictEqual(noPeriod._tag, "ValidationError")
        if (noPeriod._tag === "ValidationError")
          assert.deepStrictEqual(noPeriod.issues[0]?.path, ["from"])
        const badMonth = yield* Effect.flip(source.flows({ commodity: "850511", from: "2025-13" }))
        assert.strictEqual(badMonth._tag, "ValidationError")
        assert.strictEqual(server.requests.length, 0)
      }),
    ),
  )

  it.live("a row it cannot map fails the query as Comtrade's fault, naming the row", () =>
    withServer(
      (_index, _request, response) => {
        const envelope = fixture("annual-cn-850511-2024.json") as {
          data: Array<Record<string, unknown>>
        }
        envelope.data[2] = { ...envelope.data[2], partnerCode: 99_999 }
        sendJson(response, 200, envelope)
      },
      (server) =>
        Effect.gen(function* () {
          const source = yield* comtrade(server)
          const error = yield* Effect.flip(
            source.flows({ reporter: "CN", commodity: "850511", from: "2024", to: "2024" }),
          )
          assert.strictEqual(error._tag, "InvalidResponseError")
          if (error._tag === "InvalidResponseError") {
            assert.deepStrictEqual(error.issues[0]?.path, ["data", 2, "partnerCode"])
            expect(error.message).toContain("99999")
          }
        }),
    ),
  )

  it.live("answers reference queries from the reference data, without calling Comtrade", () =>
    withServer(recorded, (server) =>
      Effect.gen(function* () {
        const source = yield* comtrade(server)
        const { items: elements } = yield* source.elements
        assert.deepStrictEqual(
          elements.map((element) => element.symbol),
          ["Nd", "Tb", "Dy"],
        )
        const { items: quotas } = yield* source.quotas({ year: 2025 })
        assert.strictEqual(quotas.length, 2)
        const info = yield* source.datasetInfo
        assert.strictEqual(info.source, "comtrade")
        // The kind of source only: a server relays this to any client (issue 16.5).
        expect(JSON.stringify(info)).not.toContain(server.url)
        assert.strictEqual(server.requests.length, 0)
      }),
    ),
  )
})

describe("planning and mapping", () => {
  it("plans monthly requests of at most 12 periods", () => {
    const plan = planComtradeRequests(
      { reporter: "CN", commodity: "850511", from: "2023-07", to: "2025-02" },
      250_000,
    )
    assert.isTrue(plan.ok)
    if (!plan.ok) return
    assert.deepStrictEqual(
      plan.requests.map((request) => request.periods.length),
      [12, 8],
    )
    assert.deepStrictEqual(plan.requests[1]?.periods.at(-1), "2025-02")
  })

  it("plans annual requests when both bounds are years", () => {
    const plan = planComtradeRequests({ commodity: "TOTAL", from: "2020", to: "2024" }, 500)
    assert.isTrue(plan.ok)
    if (plan.ok) {
      assert.strictEqual(plan.requests[0]?.freqCode, "A")
      assert.deepStrictEqual(plan.requests[0]?.periods, ["2020", "2021", "2022", "2023", "2024"])
    }
  })

  it("maps Comtrade's area codes through core's crosswalk", () => {
    const base = (fixture("annual-cn-850511-2024.json") as { data: Array<Record<string, unknown>> })
      .data[1]!
    for (const [code, expected] of [
      [842, "US"],
      [251, "FR"],
      [381, "IT"],
      [757, "CH"],
      [699, "IN"],
      [490, "OTHER_ASIA_NES"],
      [0, "WORLD"],
    ] as const) {
      const mapped = mapComtradeRow({ ...base, partnerCode: code } as never, 0)
      assert.strictEqual(mapped.ok, true)
      if (mapped.ok === true) assert.strictEqual(mapped.flow.partner, expected)
    }
  })
})
