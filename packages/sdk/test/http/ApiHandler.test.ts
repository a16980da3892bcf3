/**
 * The API handler served on a real loopback server: every route, pagination, problem documents
 * for bad parameters, request ids, and no stack traces on internal errors.
 */
import { Commodity } from "@rareearth/core"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  HttpError,
  RateLimitedError,
  type SdkError,
  TimeoutError,
  TruncatedResultError,
  ValidationError,
} from "../../src/Errors.ts"
import { Problem, Routes } from "../../src/http/ApiContract.ts"
import { type ApiHandlerOptions, makeApiHandler } from "../../src/http/ApiHandler.ts"
import { MAX_SERIES_MONTHS } from "../../src/Query.ts"
import { makeLocal, referenceFromDataset } from "../../src/query/LocalQuery.ts"
import type { RareEarthService, RemoteFailure } from "../../src/RareEarth.ts"
import { makeColumnarStore } from "../../src/store/ColumnarStore.ts"
import { testDataset } from "./__fixtures__/dataset.ts"
import { serveHandler, type TestServer } from "./__fixtures__/server.ts"
import { makeTestService } from "./__fixtures__/service.ts"

let server: TestServer
const reported: Array<unknown> = []

beforeAll(async () => {
  const { service } = makeTestService(testDataset)
  server = await serveHandler(
    makeApiHandler(service, {
      validateResponses: true,
      onError: (error) => reported.push(error),
    }),
  )
})
afterAll(() => server.close())

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${server.url}${path}`, init)
  const text = await response.text()
  return { response, text, body: text === "" ? undefined : (JSON.parse(text) as unknown) }
}

const problemOf = (body: unknown): Problem => Problem.parse(body)

describe("routes", () => {
  it("GET /elements lists the elements", async () => {
    const { response, body } = await get("/api/v1/elements")
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toMatch(/^application\/json/)
    const elements = Routes.elements.response.parse(body).items
    expect(elements.map((element) => element.symbol)).toEqual(["Nd", "Tb", "Dy"])
  })

  it("GET /elements/{symbol} finds one element, case-insensitively", async () => {
    const { response, body } = await get("/api/v1/elements/dy")
    expect(response.status).toBe(200)
    expect(Routes.element.response.parse(body).name).toBe("Dysprosium")
  })

  it("GET /elements/{symbol} answers 404 with a problem naming the resource", async () => {
    const { response, body } = await get("/api/v1/elements/Xx")
    expect(response.status).toBe(404)
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    const problem = problemOf(body)
    expect(problem).toMatchObject({ status: 404, resource: "element", id: "Xx" })
    expect(problem.detail).toContain("Xx")
  })

  it("GET /controls passes on and element", async () => {
    const { response, body } = await get("/api/v1/controls?on=2025-06-01&element=Dy")
    expect(response.status).toBe(200)
    const rows = Routes.controls.response.parse(body).items
    expect(rows.map((row) => row.measure.id)).toEqual(["cn-mofcom-2025-18"])
    expect(rows[0]).toMatchObject({ on: "2025-06-01", status: "in_force" })
  })

  it("GET /quotas filters by year and keeps rival claims", async () => {
    const { body } = await get("/api/v1/quotas?year=2025&kind=mining")
    const quotas = Routes.quotas.response.parse(body).items
    expect(quotas.map((quota) => quota.id)).toEqual(["quota-2025-mining-a", "quota-2025-mining-b"])
    expect(quotas[0]?.tonnesReo).toBeNull()
  })

  it("GET /series returns points with gaps as null", async () => {
    const { response, body } = await get(
      "/api/v1/series?commodity=magnets&partner=US&from=2025-01&to=2025-06",
    )
    expect(response.status).toBe(200)
    const series = Routes.series.response.parse(body)
    expect(series.points.map((point) => point.period)).toEqual([
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
    ])
    expect(series.points[4]?.tonnes).toBeNull()
  })

  it("GET /timeline returns events in date order", async () => {
    const { body } = await get("/api/v1/timeline?from=2025-01-01&to=2025")
    const items = Routes.timeline.response.parse(body).items
    expect(items.map((item) => item.type)).toContain("policy_event")
    const dates = items.map((item) => item.date)
    expect(dates).toEqual([...dates].sort())
  })

  it("GET /dataset describes the source", async () => {
    const { body } = await get("/api/v1/dataset")
    expect(Routes.dataset.response.parse(body)).toMatchObject({
      source: "test",
      version: "0.0.1",
      counts: { flows: 72, elements: 3 },
    })
  })

  it("HEAD answers like GET without a body", async () => {
    const { response, text } = await get("/api/v1/elements", { method: "HEAD" })
    expect(response.status).toBe(200)
    expect(text).toBe("")
  })
})

describe("pagination", () => {
  it("pages through /flows with offset, limit and nextOffset", async () => {
    const ids: Array<string> = []
    let offset: number | null = 0
    let pages = 0
    while (offset !== null) {
      const { body } = await get(`/api/v1/flows?reporter=cn&flow=export&limit=20&offset=${offset}`)
      const page = Routes.flows.response.parse(body)
      expect(page.total).toBe(72)
      expect(page.limit).toBe(20)
      expect(page.offset).toBe(offset)
      ids.push(...page.items.map((flow) => flow.id))
      offset = page.nextOffset
      pages++
    }
    expect(pages).toBe(4)
    expect(new Set(ids).size).toBe(72)
  })

  it("defaults to offset 0 and limit 100 and keeps null weights", async () => {
    const { body } = await get("/api/v1/flows?partner=US&from=2025-05&to=2025-05")
    const page = Routes.flows.response.parse(body)
    expect(page).toMatchObject({ offset: 0, limit: 100, total: 1, nextOffset: null })
    expect(page.items[0]?.netWeightTonnes).toBeNull()
  })
})

describe("bad parameters", () => {
  const badRequest = async (path: string) => {
    const { response, body } = await get(path)
    expect(response.status).toBe(400)
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect(response.headers.get("x-request-id")).toBeTruthy()
    const problem = problemOf(body)
    expect(problem).toMatchObject({ status: 400, title: "Bad Request", instance: path })
    expect(problem.type).toBe("urn:rareearth:problem:invalid-parameters")
    return problem
  }

  it("names an unknown element", async () => {
    const problem = await badRequest("/api/v1/controls?element=Xx")
    expect(problem.errors?.[0]).toMatchObject({ parameter: "element" })
    expect(problem.errors?.[0]?.message).toContain("Xx")
    expect(problem.errors?.[0]?.expected).toContain("Dy")
  })

  it("names a month out of range", async () => {
    const problem = await badRequest("/api/v1/flows?from=2025-13")
    expect(problem.errors?.[0]?.parameter).toBe("from")
    expect(problem.errors?.[0]?.message).toMatch(/13/)
  })

  it("names an unknown commodity", async () => {
    const problem = await badRequest("/api/v1/flows?commodity=unobtainium")
    expect(problem.errors?.[0]?.parameter).toBe("commodity")
    expect(problem.detail).toContain("unobtainium")
  })

  it("names a negative limit", async () => {
    const problem = await badRequest("/api/v1/flows?limit=-1")
    expect(problem.errors).toEqual([
      expect.objectContaining({ parameter: "limit", expected: "a whole number from 1 to 10000" }),
    ])
  })

  it("names a date that does not exist", async () => {
    const problem = await badRequest("/api/v1/controls?on=2025-02-30")
    expect(problem.errors?.[0]?.parameter).toBe("on")
    expect(problem.errors?.[0]?.message).toContain("2025-02-30")
  })

  it("lists every bad parameter at once", async () => {
    const problem = await badRequest("/api/v1/flows?limit=0&offset=x&flow=sideways")
    expect(problem.errors?.map((error) => error.parameter).sort()).toEqual([
      "flow",
      "limit",
      "offset",
    ])
  })

  it("rejects unknown and repeated parameters", async () => {
    expect((await badRequest("/api/v1/quotas?yeer=2025")).errors?.[0]).toMatchObject({
      parameter: "yeer",
      expected: "one of year, kind",
    })
    expect((await badRequest("/api/v1/quotas?year=2024&year=2025")).errors?.[0]?.parameter).toBe(
      "year",
    )
  })

  it("rejects a range whose start is after its end", async () => {
    const problem = await badRequest("/api/v1/flows?from=2025-06&to=2025-01")
    expect(problem.errors?.[0]?.parameter).toBe("from")
  })

  it("requires the series commodity", async () => {
    const problem = await badRequest("/api/v1/series?partner=US")
    expect(problem.errors?.[0]).toMatchObject({ parameter: "commodity" })
  })

  it("maps a ValidationError of the service to a 400 naming the parameter", async () => {
    // A commodity the contract accepts in form but the service rejects.
    const { service } = makeTestService(testDataset)
    const handler = makeApiHandler(service)
    const response = await handler(new Request("http://localhost/api/v1/flows?commodity=999999"))
    expect(response.status).toBe(200)
    const rejected = await makeApiHandler({
      ...service,
      flows: (query, page) => service.flows({ ...query, commodity: "unobtainium" }, page),
    })(new Request("http://localhost/api/v1/flows?commodity=999999"))
    expect(rejected.status).toBe(400)
    const problem = problemOf(await rejected.json())
    expect(problem.errors?.[0]).toMatchObject({
      parameter: "commodity",
      expected: Routes.flows.queryParameters.commodity.expected,
    })
  })
})

/** The handler over the real local query engine (not the transport fixture service). */
const local = (sourceName = "test", options: ApiHandlerOptions = {}) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const store = makeColumnarStore()
      yield* store.write(testDataset.flows)
      const service = yield* makeLocal({
        reference: referenceFromDataset(testDataset),
        store,
        sourceName,
      })
      return makeApiHandler(service, { validateResponses: true, ...options })
    }),
  )
const getJson = async (handler: (request: Request) => Promise<Response>, path: string) => {
  const response = await handler(new Request(`http://localhost${path}`))
  return { response, status: response.status, body: (await response.json()) as unknown }
}

describe("names as users type them (core's parsers, like the CLI)", () => {
  it("reads product forms in any case and their aliases (form=oxide, form=Magnet)", async () => {
    const handler = await local()
    const ids = async (form: string) => {
      const { status, body } = await getJson(handler, `/api/v1/controls?on=2025-06-01&form=${form}`)
      expect(status).toBe(200)
      return Routes.controls.response.parse(body).items.map((row) => row.measure.id)
    }
    expect(await ids("Magnet")).toEqual(await ids("magnet"))
    expect(await ids("magnets")).toEqual(["cn-mofcom-2025-18"])
    expect(await ids("oxide")).toEqual(await ids("oxide_compound"))
  })

  it("reads flow directions, quota kinds and commodity aliases the same way", async () => {
    const handler = await local()
    const flows = await getJson(handler, "/api/v1/flows?flow=Export&commodity=magnet&limit=1")
    expect(flows.status).toBe(200)
    expect(Routes.flows.response.parse(flows.body).total).toBe(72)
    const quotas = await getJson(handler, "/api/v1/quotas?year=2025&kind=Mining")
    expect(quotas.status).toBe(200)
    expect(Routes.quotas.response.parse(quotas.body).items).toHaveLength(2)
  })

  it("rejects an unknown form with core's message and the valid values", async () => {
    const { status, body } = await getJson(await local(), "/api/v1/controls?form=powder")
    expect(status).toBe(400)
    const problem = problemOf(body)
    let coreMessage = ""
    try {
      Commodity.parseForm("powder")
    } catch (error) {
      coreMessage = (error as Error).message
    }
    expect(problem.errors?.[0]).toMatchObject({ parameter: "form", message: coreMessage })
    expect(problem.errors?.[0]?.expected).toContain("oxide_compound")
  })
})

describe("request bounds and upstream failures (issue 16)", () => {
  it("refuses a series span over the maximum with a 400 naming from and the maximum", async () => {
    for (const handler of [await local(), makeApiHandler(makeTestService(testDataset).service)]) {
      const { status, body } = await getJson(
        handler,
        "/api/v1/series?commodity=magnets&from=1000-01&to=9999-12",
      )
      expect(status).toBe(400)
      const problem = problemOf(body)
      expect(problem.errors?.[0]?.parameter).toBe("from")
      expect(problem.errors?.[0]?.message).toContain(String(MAX_SERIES_MONTHS))
      expect(problem.errors?.[0]?.expected).toContain(String(MAX_SERIES_MONTHS))
    }
  })

  it("answers months at the edge of the calendar with a 400 naming from, not a 500", async () => {
    const handler = await local()
    for (const query of ["from=0000-01", "from=0001-02&to=9999-12", "from=0000"]) {
      const { status, body } = await getJson(handler, `/api/v1/series?commodity=magnets&${query}`)
      expect(status, query).toBe(400)
      expect(problemOf(body).errors?.[0]?.parameter, query).toBe("from")
    }
    const small = await getJson(handler, "/api/v1/series?commodity=magnets&from=0000-01&to=0000-03")
    expect(small.status).toBe(200)
    expect(Routes.series.response.parse(small.body).points).toHaveLength(3)
  })

  it("maps a bad upstream answer to 502 with a generic detail, logging the specifics", async () => {
    const logged: Array<unknown> = []
    const upstream = new ValidationError({
      message:
        "comtrade: the body of monthly data (https://comtradeapi.un.org/data/v1/get?subscription-key=k) is not valid JSON: <html>",
      issues: [{ code: "invalid_json", path: [], message: "not JSON <html>" }],
    })
    const handler = makeApiHandler(
      { ...makeTestService(testDataset).service, series: () => Effect.fail(upstream) },
      { onError: (error) => logged.push(error) },
    )
    const { status, body } = await getJson(handler, "/api/v1/series?commodity=magnets")
    expect(status).toBe(502)
    const text = JSON.stringify(body)
    expect(text).not.toContain("comtradeapi")
    expect(text).not.toContain("<html>")
    expect(problemOf(body).errors).toBeUndefined()
    expect(logged).toEqual([upstream])
    const timeout = await getJson(
      makeApiHandler({
        ...makeTestService(testDataset).service,
        series: () =>
          Effect.fail(
            new TimeoutError({
              message: "slow",
              timeoutMs: 5,
              operation: "GET https://comtradeapi.un.org/data/v1/get?subscription-key=k",
            }),
          ),
      }),
      "/api/v1/series?commodity=magnets",
    )
    expect(timeout.status).toBe(504)
    expect(JSON.stringify(timeout.body)).not.toContain("comtradeapi")
  })

  it("describes the source kind only in /dataset (no URL, no user@host)", async () => {
    for (const [name, kind] of [
      ["postgres://analyst:***@db.internal:5432/trade", "postgres"],
      ["http:https://api.example.org/rareearth", "http"],
      ["files:/home/analyst/customs-2025.csv", "files"],
      ["embedded", "embedded"],
    ] as const) {
      const { body } = await getJson(await local(name), "/api/v1/dataset")
      expect(Routes.dataset.response.parse(body).source).toBe(kind)
      expect(JSON.stringify(body)).not.toMatch(/analyst|example\.org|db\.internal/)
    }
  })

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])(
    "refuses %s as an unknown parameter",
    async (name) => {
      const { status, body } = await getJson(await local(), `/api/v1/quotas?${name}=1`)
      expect(status).toBe(400)
      expect(problemOf(body).errors?.[0]).toMatchObject({ parameter: name })
    },
  )

  it("sends x-content-type-options: nosniff on every API response", async () => {
    for (const path of [
      "/api/v1/elements",
      "/api/v1/flows?limit=-1",
      "/api/v1/nothing",
      "/api/v1/openapi.json",
    ]) {
      const { response } = await get(path)
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff")
    }
  })
})

describe("errors and headers", () => {
  it("answers unknown routes with a 404 problem listing the routes", async () => {
    const { response, body } = await get("/api/v1/nothing-here")
    expect(response.status).toBe(404)
    expect(problemOf(body).detail).toContain("/api/v1/flows")
  })

  it("refuses other methods with 405 and Allow", async () => {
    const { response } = await get("/api/v1/elements", { method: "POST", body: "{}" })
    expect(response.status).toBe(405)
    expect(response.headers.get("allow")).toBe("GET, HEAD")
  })

  it("echoes a sane incoming request id and makes one otherwise", async () => {
    const echoed = await get("/api/v1/elements", { headers: { "x-request-id": "abc-123" } })
    expect(echoed.response.headers.get("x-request-id")).toBe("abc-123")
    const fresh = await get("/api/v1/elements", { headers: { "x-request-id": "<script>" } })
    expect(fresh.response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/)
    const problem = await get("/api/v1/flows?limit=-1", { headers: { "x-request-id": "req-9" } })
    expect(problem.response.headers.get("x-request-id")).toBe("req-9")
    expect(problemOf(problem.body).requestId).toBe("req-9")
  })

  it("answers internal errors with a 500 problem and no stack trace", async () => {
    const secret = "database password is hunter2"
    const failing: RareEarthService = {
      ...makeTestService(testDataset).service,
      elements: Effect.die(new Error(secret)),
      quotas: () =>
        Effect.sync(() => {
          throw new TypeError(`Cannot read properties of undefined (${secret})`)
        }),
    }
    const errors: Array<unknown> = []
    const failingServer = await serveHandler(
      makeApiHandler(failing, { onError: (error) => errors.push(error) }),
    )
    try {
      for (const path of ["/api/v1/elements", "/api/v1/quotas"]) {
        const response = await fetch(`${failingServer.url}${path}`)
        const text = await response.text()
        expect(response.status).toBe(500)
        expect(text).not.toContain(secret)
        expect(text).not.toMatch(/\bat .*\.ts:\d+/)
        expect(text).not.toContain("Error:")
        const problem = problemOf(JSON.parse(text))
        expect(problem.detail).toContain(response.headers.get("x-request-id"))
      }
      expect(errors).toHaveLength(2)
    } finally {
      await failingServer.close()
    }
  })

  it("reports a response that violates the contract as a 500 (validateResponses)", async () => {
    const broken = makeApiHandler(
      {
        ...makeTestService(testDataset).service,
        datasetInfo: Effect.succeed({ source: "x" } as never),
      },
      { validateResponses: true, onError: () => undefined },
    )
    const response = await broken(new Request("http://localhost/api/v1/dataset"))
    expect(response.status).toBe(500)
  })
})

describe("errors of remote services behind the API", () => {
  const failingWith = (error: SdkError) =>
    makeApiHandler({
      ...makeTestService(testDataset).service,
      elements: Effect.fail(error as RemoteFailure),
    })
  const call = async (error: SdkError) => {
    const response = await failingWith(error)(new Request("http://localhost/api/v1/elements"))
    return { response, problem: problemOf(await response.json()) }
  }

  it("maps rate limiting to 503 with Retry-After", async () => {
    const { response, problem } = await call(
      new RateLimitedError({
        message: "429",
        url: "https://comtradeapi.un.org/x",
        retryAfterMs: 1500,
      }),
    )
    expect(response.status).toBe(503)
    expect(response.headers.get("retry-after")).toBe("2")
    expect(problem.retryAfterSeconds).toBe(2)
  })

  it("maps timeouts to 504 and upstream failures to 502 without their URLs", async () => {
    expect(
      (await call(new TimeoutError({ message: "slow", timeoutMs: 5, operation: "GET x" }))).response
        .status,
    ).toBe(504)
    const upstream = await call(
      new HttpError({
        message: "HTTP 500 from https://internal.example/secret",
        status: 500,
        url: "https://internal.example/secret",
      }),
    )
    expect(upstream.response.status).toBe(502)
    expect(JSON.stringify(upstream.problem)).not.toContain("internal.example")
    const truncated = await call(
      new TruncatedResultError({
        message: "returned 500 rows, the row cap: narrow the query",
        source: "comtrade",
        cap: 500,
      }),
    )
    expect(truncated.response.status).toBe(502)
    expect(truncated.problem.detail).toContain("narrow the query")
  })
})

describe("CORS", () => {
  it("adds CORS headers and answers preflight requests when asked to", async () => {
    const handler = makeApiHandler(makeTestService(testDataset).service, { cors: "*" })
    const preflight = await handler(
      new Request("http://localhost/api/v1/flows", { method: "OPTIONS" }),
    )
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, POST")
    const response = await handler(new Request("http://localhost/api/v1/elements"))
    expect(response.headers.get("access-control-allow-origin")).toBe("*")
    expect(response.headers.get("access-control-expose-headers")).toContain("x-request-id")
  })

  it("sends no CORS headers by default", async () => {
    const response = await makeApiHandler(makeTestService(testDataset).service)(
      new Request("http://localhost/api/v1/elements"),
    )
    expect(response.headers.get("access-control-allow-origin")).toBeNull()
  })
})

describe("openapi.json", () => {
  it("serves an OpenAPI 3.1 document covering every route, with resolvable refs", async () => {
    const { response, body } = await get("/api/v1/openapi.json")
    expect(response.status).toBe(200)
    const document = body as {
      openapi: string
      paths: Record<string, { get: { parameters: Array<{ name: string }> } }>
      components: { schemas: Record<string, unknown> }
    }
    expect(document.openapi).toBe("3.1.0")
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        "/api/v1/controls",
        "/api/v1/dataset",
        "/api/v1/elements",
        "/api/v1/elements/{symbol}",
        "/api/v1/exposure",
        "/api/v1/flows",
        "/api/v1/openapi.json",
        "/api/v1/quotas",
        "/api/v1/series",
        "/api/v1/timeline",
        // The supply routes (see SupplyRoutes.test.ts)
        "/api/v1/commodity-groups",
        "/api/v1/group-flows",
        "/api/v1/measures",
        "/api/v1/mirror",
        "/api/v1/prices",
        "/api/v1/prices/change",
        "/api/v1/prices/premium",
        "/api/v1/production",
        "/api/v1/production/concentration",
        "/api/v1/reserves",
        "/api/v1/reserves/revisions",
        "/api/v1/salient-statistics",
        "/api/v1/supply-shares",
      ].sort(),
    )
    expect(document.paths["/api/v1/flows"]?.get.parameters.map((p) => p.name)).toEqual([
      "from",
      "to",
      "reporter",
      "partner",
      "flow",
      "commodity",
      "offset",
      "limit",
    ])
    for (const name of [
      "TradeFlow",
      "Element",
      "ExportControlMeasure",
      "Quota",
      "PolicyEvent",
      "Problem",
      "FlowPage",
    ]) {
      expect(document.components.schemas).toHaveProperty(name)
    }
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!)
    expect(refs.length).toBeGreaterThan(10)
    for (const ref of refs) {
      expect(ref.startsWith("#/components/schemas/")).toBe(true)
      expect(document.components.schemas).toHaveProperty(ref.slice("#/components/schemas/".length))
    }
  })
})
