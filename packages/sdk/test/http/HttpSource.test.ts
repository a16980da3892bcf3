/**
 * The Http source against real loopback servers: round trips through `makeApiHandler` over a
 * real service, and a fault-injecting server (503 then success, 429 with Retry-After, a slow
 * response, truncated JSON, a body that violates the schema, abort in the middle of a retry wait).
 */
import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect, Exit, Layer, Stream } from "effect"
import { afterAll, beforeAll, expect } from "vitest"
import { createClient } from "../../src/Client.ts"
import { isRareEarthError, type SdkError } from "../../src/Errors.ts"
import { makeApiHandler } from "../../src/http/ApiHandler.ts"
import { DEFAULT_TIMEOUT_MS } from "../../src/http/CallTimeout.ts"
import { effectiveTimeout, parseRetryAfter, withTimeout } from "../../src/http/Request.ts"
import { type RetryInfo, retryAfterFromBody } from "../../src/http/Retry.ts"
import { RareEarth, type RareEarthService } from "../../src/RareEarth.ts"
import { EmbeddedSource } from "../../src/sources/Embedded.ts"
import { HttpSource, type HttpSourceOptions } from "../../src/sources/Http.ts"
import { failAfterTestClock, holdingScript, runWithTestClock } from "./__fixtures__/clock.ts"
import { testDataset } from "./__fixtures__/dataset.ts"
import { sendJson, serveHandler, serveScript, type TestServer } from "./__fixtures__/server.ts"
import { makeTestService } from "./__fixtures__/service.ts"

const fast = { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 5_000 }
/** Waits long enough that only the TestClock can end them in a test's time. */
const slow = { baseDelayMs: 2_000, maxDelayMs: 20_000, maxRetryAfterMs: 5_000 }

const httpService = (options: HttpSourceOptions) => HttpSource.make(options)

/** Runs `f` against a scripted server, closing it afterwards. */
const withScript = <A, E>(
  script: Parameters<typeof serveScript>[0],
  f: (server: TestServer) => Effect.Effect<A, E>,
): Effect.Effect<A, E> =>
  Effect.acquireUseRelease(
    Effect.promise(() => serveScript(script)),
    f,
    (server) => Effect.promise(() => server.close()),
  )

const failureOf = <A>(effect: Effect.Effect<A, SdkError>) => Effect.flip(effect)

const elementsBody = {
  items: testDataset.elements,
  dataAge: { kind: "dataset", asOf: testDataset.asOf, version: testDataset.version },
}

describe("round trips through makeApiHandler", () => {
  const { service: direct, calls } = makeTestService(testDataset)
  let server: TestServer
  let http: RareEarthService

  beforeAll(async () => {
    server = await serveHandler(makeApiHandler(direct, { validateResponses: true }))
    http = await Effect.runPromise(httpService({ baseUrl: server.url, cacheTtlMs: 0, retry: fast }))
  })
  afterAll(() => server.close())

  const same = <A>(name: string, f: (service: RareEarthService) => Effect.Effect<A, SdkError>) =>
    it.effect(name, () =>
      Effect.gen(function* () {
        const expected = yield* f(direct)
        const actual = yield* f(http)
        assert.deepStrictEqual(actual, expected)
      }),
    )

  same("elements", (service) => service.elements)
  same("element", (service) => service.element("dysprosium"))
  same("element by atomic number", (service) => service.element(65))
  same("controls", (service) => service.controls({ on: "2025-06-01", element: "Dy" }))
  same("quotas", (service) => service.quotas({ year: 2025 }))
  same("flows, first page", (service) =>
    service.flows({ reporter: "CN", commodity: "8505111000" }, { limit: 10 }),
  )
  same("flows, later page with a null weight", (service) =>
    service.flows({ partner: "US", from: "2025", to: "2025" }, { offset: 4, limit: 3 }),
  )
  same("series", (service) =>
    service.series({ commodity: "8505111000", partner: "US", from: "2025-01", to: "2025-12" }),
  )
  same("timeline", (service) => service.timeline({ from: "2025-01-01" }))
  same("datasetInfo", (service) => service.datasetInfo)

  it.effect("allFlows follows nextOffset page by page", () =>
    Effect.gen(function* () {
      const paged = yield* httpService({ baseUrl: server.url, pageSize: 20, cacheTtlMs: 0 })
      const before = server.requests.length
      const streamed = yield* Stream.runCollect(paged.allFlows({ reporter: "CN" }))
      assert.strictEqual(streamed.length, 72)
      assert.strictEqual(new Set(streamed.map((flow) => flow.id)).size, 72)
      const pages = server.requests.slice(before).map((request) => request.url)
      assert.deepStrictEqual(pages, [
        "/api/v1/flows?reporter=CN&offset=0&limit=20",
        "/api/v1/flows?reporter=CN&offset=20&limit=20",
        "/api/v1/flows?reporter=CN&offset=40&limit=20",
        "/api/v1/flows?reporter=CN&offset=60&limit=20",
      ])
    }),
  )

  it.effect("a 400 problem becomes a ValidationError naming the parameter", () =>
    Effect.gen(function* () {
      const error = yield* failureOf(http.flows({}, { limit: -1 }))
      assert.strictEqual(error._tag, "ValidationError")
      if (error._tag !== "ValidationError") return
      assert.deepStrictEqual(error.issues[0]?.path, ["limit"])
      expect(error.message).toContain("-1")
      const month = yield* failureOf(http.flows({ from: "2025-13" }))
      assert.strictEqual(month._tag, "ValidationError")
      expect(month.message).toContain("13")
    }),
  )

  it.effect("a 404 with a resource becomes a NotFoundError", () =>
    Effect.gen(function* () {
      const error = yield* failureOf(http.element("Xx"))
      assert.strictEqual(error._tag, "NotFoundError")
      if (error._tag === "NotFoundError") {
        assert.strictEqual(error.resource, "element")
        assert.strictEqual(error.id, "Xx")
      }
    }),
  )

  it.effect("caches GETs for cacheTtlMs", () =>
    Effect.gen(function* () {
      const cached = yield* httpService({ baseUrl: `${server.url}/api/v1/`, cacheTtlMs: 60_000 })
      const before = calls.datasetInfo ?? 0
      yield* cached.datasetInfo
      yield* cached.datasetInfo
      yield* cached.datasetInfo
      assert.strictEqual((calls.datasetInfo ?? 0) - before, 1)
      const uncached = yield* httpService({ baseUrl: server.url, cacheTtlMs: 0 })
      yield* uncached.datasetInfo
      yield* uncached.datasetInfo
      assert.strictEqual((calls.datasetInfo ?? 0) - before, 3)
    }),
  )

  it.effect("uses the fetch it is given", () =>
    Effect.gen(function* () {
      const seen: Array<string> = []
      const service = yield* httpService({
        baseUrl: server.url,
        cacheTtlMs: 0,
        fetch: (input, init) => {
          seen.push(input)
          return fetch(input, init)
        },
      })
      const { items: elements } = yield* service.elements
      assert.strictEqual(elements.length, 3)
      assert.deepStrictEqual(seen, [`${server.url}/api/v1/elements`])
    }),
  )

  it.effect("works as a layer of the RareEarth service", () =>
    Effect.gen(function* () {
      const rareEarth = yield* RareEarth
      const dysprosium = yield* rareEarth.element("Dy")
      assert.strictEqual(dysprosium.atomicNumber, 66)
    }).pipe(Effect.provide(HttpSource.layer({ baseUrl: server.url }))),
  )
})

describe("round trips over the embedded source (what the explorer serves)", () => {
  let server: TestServer
  let embedded: RareEarthService
  let http: RareEarthService

  beforeAll(async () => {
    embedded = await Effect.runPromise(
      Effect.gen(function* () {
        return yield* RareEarth
      }).pipe(Effect.provide(EmbeddedSource.layer)),
    )
    server = await serveHandler(makeApiHandler(embedded, { validateResponses: true }))
    http = await Effect.runPromise(httpService({ baseUrl: server.url, cacheTtlMs: 0 }))
  })
  afterAll(() => server.close())

  const same = <A>(name: string, f: (service: RareEarthService) => Effect.Effect<A, SdkError>) =>
    it.effect(name, () =>
      Effect.gen(function* () {
        const expected = yield* f(embedded)
        const actual = yield* f(http)
        // JSON has no undefined: a key set to undefined is absent on the wire.
        assert.deepStrictEqual(actual, JSON.parse(JSON.stringify(expected)))
      }),
    )

  same("elements", (service) => service.elements)
  same("element", (service) => service.element("Dy"))
  same("controls on a date for an element and form", (service) =>
    service.controls({ on: "2025-06-01", element: "Dy", form: "magnet" }),
  )
  same("controls later in the year", (service) => service.controls({ on: "2025-11-15" }))
  same("quotas", (service) => service.quotas())
  same("quotas of a year and kind", (service) => service.quotas({ year: 2025, kind: "mining" }))
  same("flows", (service) => service.flows({ reporter: "CN", commodity: "magnets" }, { limit: 7 }))
  same("flows, a later page", (service) =>
    service.flows({ commodity: "magnets", from: "2025" }, { offset: 5, limit: 5 }),
  )
  same("series", (service) =>
    service.series({ commodity: "magnets", partner: "US", from: "2025-01", to: "2025-12" }),
  )
  same("series with defaults", (service) => service.series({ commodity: "magnets" }))
  same("timeline", (service) => service.timeline({ from: "2025-04", to: "2025-12-31" }))
  same("datasetInfo", (service) => service.datasetInfo)

  it.effect("allFlows yields every flow of the dataset", () =>
    Effect.gen(function* () {
      const direct = yield* Stream.runCollect(embedded.allFlows({}))
      const paged = yield* httpService({ baseUrl: server.url, pageSize: 50, cacheTtlMs: 0 })
      const streamed = yield* Stream.runCollect(paged.allFlows({}))
      assert.deepStrictEqual(streamed, direct)
    }),
  )

  it.effect("errors cross the wire with their class", () =>
    Effect.gen(function* () {
      const unknown = yield* failureOf(http.element("Xx"))
      assert.strictEqual(unknown._tag, "NotFoundError")
      const badElement = yield* failureOf(http.controls({ element: "Xx" }))
      assert.strictEqual(badElement._tag, "ValidationError")
      if (badElement._tag === "ValidationError") {
        assert.deepStrictEqual(badElement.issues[0]?.path, ["element"])
      }
    }),
  )
})

describe("faults", () => {
  it.effect("retries a 503 and then succeeds (waits on the TestClock)", () =>
    withScript(
      (index, _request, response) =>
        index === 0
          ? sendJson(response, 503, { error: "warming up" })
          : sendJson(response, 200, elementsBody),
      (server) =>
        Effect.gen(function* () {
          const { exit, waits } = yield* runWithTestClock((onRetry) =>
            Effect.flatMap(
              httpService({ baseUrl: server.url, retry: slow, onRetry }),
              (http) => http.elements,
            ),
          )
          assert.isTrue(Exit.isSuccess(exit))
          if (Exit.isSuccess(exit)) assert.strictEqual(exit.value.items.length, 3)
          assert.strictEqual(server.requests.length, 2)
          assert.strictEqual(waits.length, 1)
          assert.strictEqual(waits[0]?.status, 503)
          // Full jitter: anywhere between 0 and the base delay for the first retry.
          expect(waits[0]?.delayMs).toBeGreaterThanOrEqual(0)
          expect(waits[0]?.delayMs).toBeLessThanOrEqual(slow.baseDelayMs)
        }),
    ),
  )

  it.effect("keeps retrying with growing, capped, jittered delays, then fails with HttpError", () =>
    withScript(
      (_index, _request, response) =>
        sendJson(response, 502, { error: "bad gateway" }, { "x-request-id": "upstream-42" }),
      (server) =>
        Effect.gen(function* () {
          const backoff = { baseDelayMs: 400, maxDelayMs: 1_000, maxRetryAfterMs: 1_000 }
          const { exit, waits } = yield* runWithTestClock((onRetry) =>
            Effect.flatMap(
              httpService({ baseUrl: server.url, maxRetries: 5, retry: backoff, onRetry }),
              (http) => http.elements,
            ),
          )
          const error = Exit.isFailure(exit) ? Cause.findErrorOption(exit.cause) : undefined
          assert.strictEqual(error?._tag, "Some")
          if (error?._tag !== "Some") return
          assert.strictEqual(error.value._tag, "HttpError")
          if (error.value._tag === "HttpError") {
            assert.strictEqual(error.value.status, 502)
            assert.strictEqual(error.value.requestId, "upstream-42")
            expect(error.value.message).toContain("6 attempts")
          }
          assert.strictEqual(server.requests.length, 6)
          assert.strictEqual(waits.length, 5)
          waits.forEach((info, index) => {
            expect(info.delayMs).toBeLessThanOrEqual(
              Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** index),
            )
          })
        }),
    ),
  )

  it.effect("honours Retry-After on a 429 (a one-second wait on the TestClock)", () =>
    withScript(
      (index, _request, response) =>
        index === 0
          ? sendJson(response, 429, { error: "slow down" }, { "retry-after": "1" })
          : sendJson(response, 200, elementsBody),
      (server) =>
        Effect.gen(function* () {
          const { exit, waits } = yield* runWithTestClock((onRetry) =>
            Effect.flatMap(
              httpService({ baseUrl: server.url, retry: fast, onRetry }),
              (http) => http.elements,
            ),
          )
          assert.isTrue(Exit.isSuccess(exit))
          assert.strictEqual(server.requests.length, 2)
          assert.deepStrictEqual(
            waits.map((info) => [info.status, info.retryAfterMs, info.delayMs]),
            [[429, 1000, 1000]],
          )
        }),
    ),
  )

  it.live("fails with RateLimitedError when 429s outlast the retries", () =>
    withScript(
      (_index, _request, response) =>
        sendJson(response, 429, { error: "slow down" }, { "retry-after": "0" }),
      (server) =>
        Effect.gen(function* () {
          const http = yield* httpService({
            baseUrl: server.url,
            maxRetries: 2,
            retry: fast,
          })
          const error = yield* failureOf(http.elements)
          assert.strictEqual(error._tag, "RateLimitedError")
          if (error._tag === "RateLimitedError") assert.strictEqual(error.retryAfterMs, 0)
          assert.strictEqual(server.requests.length, 3)
        }),
    ),
  )

  it.live("does not wait longer than maxRetryAfterMs: a longer Retry-After fails at once", () =>
    withScript(
      (_index, _request, response) =>
        sendJson(response, 429, { error: "come back tomorrow" }, { "retry-after": "86400" }),
      (server) =>
        Effect.gen(function* () {
          const http = yield* httpService({ baseUrl: server.url, retry: fast })
          const error = yield* failureOf(http.elements)
          assert.strictEqual(error._tag, "RateLimitedError")
          if (error._tag === "RateLimitedError") {
            assert.strictEqual(error.retryAfterMs, 86_400_000)
            expect(error.message).toContain("maxRetryAfterMs")
          }
          assert.strictEqual(server.requests.length, 1)
        }),
    ),
  )

  it.effect("times out a response slower than timeout, and cancels the request", () => {
    const { script, arrived, hungUp } = holdingScript()
    return withScript(script, (server) =>
      Effect.gen(function* () {
        const http = yield* httpService({ baseUrl: server.url, timeout: 150, retry: fast })
        const error = yield* failAfterTestClock(http.elements, arrived, 150)
        assert.strictEqual(error._tag, "TimeoutError")
        if (error._tag === "TimeoutError") assert.strictEqual(error.timeoutMs, 150)
        // The client hung up: the server saw its response closed before it was written.
        yield* Effect.promise(async () => {
          while (hungUp.length === 0) await new Promise((resolve) => setImmediate(resolve))
        })
        assert.deepStrictEqual(hungUp, [true])
      }),
    )
  })

  it.effect("a per-call timeout longer than the source's cannot extend it", () => {
    const { script, arrived } = holdingScript()
    return withScript(script, (server) =>
      Effect.gen(function* () {
        const http = yield* httpService({ baseUrl: server.url, timeout: 100 })
        const error = yield* failAfterTestClock(
          http.elements.pipe(withTimeout(60_000)),
          arrived,
          100,
        )
        assert.strictEqual(error._tag, "TimeoutError")
        if (error._tag === "TimeoutError") assert.strictEqual(error.timeoutMs, 100)
      }),
    )
  })

  it.live("maxRetries: 0 makes one attempt", () =>
    withScript(
      (_index, _request, response) => sendJson(response, 503, { error: "down" }),
      (server) =>
        Effect.gen(function* () {
          const http = yield* httpService({ baseUrl: server.url, maxRetries: 0, retry: fast })
          const error = yield* failureOf(http.elements)
          assert.strictEqual(error._tag, "HttpError")
          expect(error.message).toContain("1 attempt made (maxRetries = 0)")
          assert.strictEqual(server.requests.length, 1)
        }),
    ),
  )

  it.effect("rejects a timeout or maxRetries that makes no sense, naming the option", () =>
    Effect.gen(function* () {
      const negative = yield* Effect.flip(
        httpService({ baseUrl: "http://127.0.0.1:1", maxRetries: -1 }),
      )
      assert.deepStrictEqual(negative.issues[0]?.path, ["maxRetries"])
      const zero = yield* Effect.flip(httpService({ baseUrl: "http://127.0.0.1:1", timeout: 0 }))
      assert.deepStrictEqual(zero.issues[0]?.path, ["timeout"])
      expect(zero.message).toContain("greater than 0")
    }),
  )

  it.effect("a per-call timeout shorter than the source's wins", () => {
    const { script, arrived } = holdingScript()
    return withScript(script, (server) =>
      Effect.gen(function* () {
        const http = yield* httpService({ baseUrl: server.url, timeout: 60_000 })
        const error = yield* failAfterTestClock(http.elements.pipe(withTimeout(100)), arrived, 100)
        assert.strictEqual(error._tag, "TimeoutError")
        if (error._tag === "TimeoutError") assert.strictEqual(error.timeoutMs, 100)
      }),
    )
  })

  it.live("reports truncated JSON as an InvalidResponseError (the upstream's fault)", () =>
    withScript(
      (_index, _request, response) => {
        response.writeHead(200, { "content-type": "application/json" })
        response.end(JSON.stringify(elementsBody).slice(0, 120))
      },
      (server) =>
        Effect.gen(function* () {
          const http = yield* httpService({ baseUrl: server.url, retry: fast })
          const error = yield* failureOf(http.elements)
          assert.strictEqual(error._tag, "InvalidResponseError")
          if (error._tag === "InvalidResponseError") {
            assert.strictEqual(error.issues[0]?.code, "invalid_json")
            assert.strictEqual(error.status, 200)
            expect(error.body).toContain('"symbol"')
            expect(error.message).toContain("truncated")
          }
          assert.strictEqual(server.requests.length, 1)
        }),
    ),
  )

  it.live("retries a body cut off mid-transfer, then reports the source unavailable", () =>
    withScript(
      (_index, _request, response) => {
        response.writeHead(200, { "content-type": "application/json", "content-length": "5000" })
        response.write(JSON.stringify(elementsBody).slice(0, 100))
        setTimeout(() => response.socket?.destroy(), 10)
      },
      (server) =>
        Effect.gen(function* () {
          const http = yield* httpService({
            baseUrl: server.url,
            maxRetries: 1,
            retry: fast,
          })
          const error = yield* failureOf(http.elements)
          assert.strictEqual(error._tag, "SourceUnavailableError")
          assert.strictEqual(server.requests.length, 2)
        }),
    ),
  )

  it.live(
    "reports a body that violates the schema as an InvalidResponseError with the zod issues",
    () =>
      withScript(
        (_index, _request, response) =>
          sendJson(response, 200, {
            ...elementsBody,
            items: [{ ...elementsBody.items[0], symbol: "Xx", atomicNumber: "sixty" }],
          }),
        (server) =>
          Effect.gen(function* () {
            const http = yield* httpService({ baseUrl: server.url })
            const error = yield* failureOf(http.elements)
            assert.strictEqual(error._tag, "InvalidResponseError")
            if (error._tag !== "InvalidResponseError") return
            const paths = error.issues.map((issue) => issue.path.join("."))
            expect(paths).toContain("items.0.symbol")
            expect(paths).toContain("items.0.atomicNumber")
            expect(error.message).toContain("items.0.symbol")
          }),
      ),
  )

  it.live("reports an unreachable server as SourceUnavailableError", () =>
    Effect.gen(function* () {
      const server = yield* Effect.promise(() => serveScript(() => undefined))
      const url = server.url
      yield* Effect.promise(() => server.close())
      const http = yield* httpService({ baseUrl: url, maxRetries: 1, retry: fast })
      const error = yield* failureOf(http.elements)
      assert.strictEqual(error._tag, "SourceUnavailableError")
      expect(error.message).toContain(url)
    }),
  )

  it.live("an abort during a retry wait ends the wait at once", () =>
    withScript(
      (_index, _request, response) =>
        sendJson(response, 503, { error: "maintenance" }, { "retry-after": "3600" }),
      (server) =>
        Effect.gen(function* () {
          const retries: Array<RetryInfo> = []
          const http = yield* httpService({
            baseUrl: server.url,
            timeout: 10 * 3_600_000,
            retry: { ...fast, maxRetryAfterMs: 2 * 3_600_000 },
            onRetry: (info) => retries.push(info),
          })
          const controller = new AbortController()
          const pending = Effect.runPromiseExit(http.elements, { signal: controller.signal })
          // Abort once the client is waiting out the server's hour-long Retry-After.
          yield* Effect.promise(async () => {
            while (retries.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
          })
          controller.abort()
          // Without interruption this would wait an hour (the test would time out instead).
          const exit = yield* Effect.promise(() => pending)
          assert.isTrue(Exit.isFailure(exit))
          if (Exit.isFailure(exit)) assert.isTrue(Cause.hasInterruptsOnly(exit.cause))
          assert.strictEqual(retries[0]?.delayMs, 3_600_000)
          assert.strictEqual(server.requests.length, 1)
        }),
    ),
  )

  it.live(
    "does not start a retry that would end after the timeout: the server's error is reported",
    () =>
      withScript(
        (_index, _request, response) =>
          sendJson(response, 503, { error: "maintenance" }, { "retry-after": "20" }),
        (server) =>
          Effect.gen(function* () {
            const http = yield* httpService({
              baseUrl: server.url,
              timeout: 10_000,
              retry: { ...fast, maxRetryAfterMs: 60_000 },
            })
            const error = yield* failureOf(http.elements)
            assert.strictEqual(error._tag, "HttpError")
            if (error._tag === "HttpError") assert.strictEqual(error.status, 503)
            expect(error.message).toContain("timeout")
            assert.strictEqual(server.requests.length, 1)
          }),
      ),
  )

  it.effect("rejects a baseUrl that is not an http(s) URL", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(
        Layer.build(HttpSource.layer({ baseUrl: "ftp://example.org" })),
      )
      assert.strictEqual(error._tag, "ValidationError")
      const relative = yield* Effect.flip(httpService({ baseUrl: "/api/v1" }))
      expect(relative.message).toContain("absolute")
    }),
  )
})

describe("the Promise client over the Http source", () => {
  it.live("an AbortSignal ends a retry wait at once and rejects with AbortedError", () =>
    withScript(
      (_index, _request, response) =>
        sendJson(response, 503, { error: "maintenance" }, { "retry-after": "3600" }),
      (server) =>
        Effect.promise(async () => {
          const retries: Array<RetryInfo> = []
          const client = createClient({
            source: {
              http: {
                baseUrl: server.url,
                retry: { maxRetryAfterMs: 2 * 3_600_000 },
                onRetry: (info) => retries.push(info),
              },
            },
            timeout: 10 * 3_600_000,
          })
          try {
            const controller = new AbortController()
            const pending = client.elements({ signal: controller.signal })
            while (retries.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
            controller.abort()
            const error = await pending.then(
              () => undefined,
              (rejection: unknown) => rejection,
            )
            expect(isRareEarthError(error)).toBe(true)
            expect((error as SdkError)._tag).toBe("AbortedError")
            expect(server.requests).toHaveLength(1)
          } finally {
            await client.close()
          }
        }),
    ),
  )

  it.live("a per-call timeout of the client reaches the request", () =>
    withScript(
      (_index, _request, response) => {
        const timer = setTimeout(() => sendJson(response, 200, elementsBody), 20_000)
        response.on("close", () => clearTimeout(timer))
      },
      (server) =>
        Effect.promise(async () => {
          const client = createClient({ source: { http: { baseUrl: server.url } } })
          try {
            const error = await client
              .elements({ timeout: 100 })
              .catch((rejection: unknown) => rejection)
            expect((error as SdkError)._tag).toBe("TimeoutError")
          } finally {
            await client.close()
          }
        }),
    ),
  )
})

describe("effectiveTimeout: every timeout given holds, the default only when none is", () => {
  it("takes the shortest of the call's and the source's", () => {
    expect(effectiveTimeout(2_000, 10_000)).toBe(2_000)
    expect(effectiveTimeout(60_000, 10_000)).toBe(10_000)
    expect(effectiveTimeout(60_000, undefined)).toBe(60_000)
    expect(effectiveTimeout(undefined, 5_000)).toBe(5_000)
    expect(effectiveTimeout(undefined, undefined)).toBe(DEFAULT_TIMEOUT_MS)
  })
})

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("2", 0)).toBe(2000)
    expect(parseRetryAfter("0.5", 0)).toBe(500)
    const now = Date.parse("2025-06-01T00:00:00Z")
    expect(parseRetryAfter("Sun, 01 Jun 2025 00:00:30 GMT", now)).toBe(30_000)
    expect(parseRetryAfter("Sat, 31 May 2025 00:00:00 GMT", now)).toBe(0)
    expect(parseRetryAfter("soon", now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })

  it("reads Comtrade's 'try again in N seconds' message", () => {
    expect(
      retryAfterFromBody('{"message":"Rate limit is exceeded. Try again in 12 seconds."}'),
    ).toBe(12_000)
    expect(retryAfterFromBody("slow down")).toBeUndefined()
  })
})
