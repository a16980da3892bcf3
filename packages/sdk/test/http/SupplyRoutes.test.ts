/**
 * The supply routes over HTTP on loopback: the API and the HttpSource against the local engine
 * over a small fixture. Answers round-trip unchanged (sources and labels included); a bad
 * jurisdiction, kind, product or currency is a 400 problem naming the parameter with core's
 * message (the SDK's own text); a source without supply data is a 501 that the HttpSource turns
 * back into `UnsupportedQueryError`; the OpenAPI document lists every route.
 */
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type SdkError, UnsupportedQueryError, ValidationError } from "../../src/Errors.ts"
import { Problem } from "../../src/http/ApiContract.ts"
import { makeApiHandler } from "../../src/http/ApiHandler.ts"
import { openApiDocument } from "../../src/http/OpenApi.ts"
import { supplyData } from "../../src/query/__fixtures__/supply.ts"
import { makeLocal, referenceFromDataset } from "../../src/query/LocalQuery.ts"
import { RareEarth, type RareEarthService } from "../../src/RareEarth.ts"
import { HttpSource } from "../../src/sources/Http.ts"
import { makeColumnarStore } from "../../src/store/ColumnarStore.ts"
import { TestSource } from "../../src/testing.ts"
import { testDataset } from "./__fixtures__/dataset.ts"
import { serveHandler, type TestServer } from "./__fixtures__/server.ts"

let server: TestServer
let flowsOnly: TestServer
let direct: RareEarthService

beforeAll(async () => {
  direct = await Effect.runPromise(
    Effect.provide(RareEarth.use(Effect.succeed), TestSource.layer(supplyData)),
  )
  server = await serveHandler(makeApiHandler(direct, { validateResponses: true }))
  const withoutSupply = await Effect.runPromise(
    makeLocal({
      reference: referenceFromDataset(testDataset),
      store: makeColumnarStore(),
      sourceName: "files:/home/someone/flows.csv",
    }),
  )
  flowsOnly = await serveHandler(makeApiHandler(withoutSupply, { validateResponses: true }))
})
afterAll(async () => {
  await server.close()
  await flowsOnly.close()
})

const get = async (base: TestServer, path: string) => {
  const response = await fetch(`${base.url}${path}`)
  return { response, body: (await response.json()) as unknown }
}

const overHttp = (base: TestServer) =>
  Effect.runPromise(HttpSource.make({ baseUrl: base.url, maxRetries: 0 }))

describe("supply routes", () => {
  it("answer what the service answers, sources and labels included", async () => {
    const http = await overHttp(server)
    const pairs: ReadonlyArray<
      readonly [string, Effect.Effect<unknown, unknown>, Effect.Effect<unknown, unknown>]
    > = [
      [
        "production",
        direct.production({ area: "US", vintages: "all" }),
        http.production({ area: "US", vintages: "all" }),
      ],
      ["concentration", direct.concentration({}), http.concentration({})],
      ["reserves", direct.reserves({}), http.reserves({})],
      ["revisions", direct.reserveRevisions({}), http.reserveRevisions({})],
      ["measures", direct.measures({ on: "2026-01-15" }), http.measures({ on: "2026-01-15" })],
      ["prices", direct.prices({ product: "dy_oxide" }), http.prices({ product: "dy_oxide" })],
      [
        "change",
        direct.priceChange({
          product: "dy_oxide",
          market: "china_domestic",
          currency: "CNY",
          kind: "assessment",
          from: "2025-04-04",
          to: "2025-12-31",
        }),
        http.priceChange({
          product: "dy_oxide",
          market: "china_domestic",
          currency: "CNY",
          kind: "assessment",
          from: "2025-04-04",
          to: "2025-12-31",
        }),
      ],
      ["premium", direct.pricePremium({}), http.pricePremium({})],
      ["salient", direct.salientStatistics({}), http.salientStatistics({})],
      ["shares", direct.supplyShares({}), http.supplyShares({})],
      ["groups", direct.commodityGroups, http.commodityGroups],
    ]
    for (const [name, local, remote] of pairs) {
      const [a, b] = await Promise.all([Effect.runPromise(local), Effect.runPromise(remote)])
      expect(b, name).toEqual(a)
    }
    const production = await Effect.runPromise(http.production({ area: "US" }))
    expect(production.items[0]).toMatchObject({
      label: "S",
      sources: [{ publisher: "One Page" }],
    })
    expect(production.dataAge).toEqual({ kind: "dataset", asOf: "2026-01-31", version: "0.0.0" })
  })

  it.each([
    ["/api/v1/production?area=US", "items"],
    ["/api/v1/commodity-groups", "items"],
    [
      "/api/v1/prices/change?product=dy_oxide&market=china_domestic&currency=CNY&kind=assessment&from=2025-04-04&to=2025-12-31",
      "priceChange",
    ],
    ["/api/v1/group-flows?group=magnets", "flows"],
    ["/api/v1/mirror?reporter=CN&commodity=850511", "rows"],
  ])("%s answers with the data's dataAge beside its %s", async (path, field) => {
    const { response, body } = await get(server, path)
    expect(response.status).toBe(200)
    expect(body).toHaveProperty(field)
    expect(body).toMatchObject({ dataAge: { kind: "dataset", asOf: "2026-01-31" } })
  })

  it.each([
    [
      "/api/v1/measures?jurisdiction=Atlantis",
      "jurisdiction",
      'Unknown jurisdiction "Atlantis": expected a country',
    ],
    [
      "/api/v1/measures?kind=embargo",
      "kind",
      'Unknown measure kind "embargo": expected one of export_prohibition',
    ],
    [
      "/api/v1/prices?product=gold",
      "product",
      'Unknown product "gold": expected one of ndpr_oxide',
    ],
    ["/api/v1/prices?currency=GBP", "currency", 'Unknown currency "GBP": expected one of USD'],
    ["/api/v1/production?area=Atlantis", "area", 'Unknown area "Atlantis"'],
    ["/api/v1/group-flows?group=gold", "group", 'Unknown commodity group "gold"'],
  ])("%s is a 400 naming %s with core's message", async (path, parameter, message) => {
    const { response, body } = await get(server, path)
    expect(response.status).toBe(400)
    const problem = Problem.parse(body)
    expect(problem.errors?.[0]?.parameter).toBe(parameter)
    expect(problem.errors?.[0]?.message).toContain(message)
    // The SDK over HTTP says the same, naming the same parameter.
    const http = await overHttp(server)
    const query = Object.fromEntries(new URL(path, "http://x").searchParams)
    const route = new URL(path, "http://x").pathname.split("/").pop()!
    const call: Effect.Effect<unknown, SdkError> =
      route === "measures"
        ? http.measures(query as never)
        : route === "prices"
          ? http.prices(query as never)
          : route === "production"
            ? http.production(query as never)
            : http.groupFlows(query as never)
    const error = await Effect.runPromise(Effect.flip(call))
    expect(ValidationError.isInstance(error)).toBe(true)
    expect(error.message).toContain(message)
  })

  it("a source without supply data answers 501, and the HttpSource gives back UnsupportedQueryError", async () => {
    const { response, body } = await get(flowsOnly, "/api/v1/production?year=2025")
    expect(response.status).toBe(501)
    const problem = Problem.parse(body)
    expect(problem.detail).toContain('Source "files" has no production data')
    expect(problem.detail).not.toContain("/home/someone")
    const http = await overHttp(flowsOnly)
    const error = await Effect.runPromise(Effect.flip(http.prices({})))
    expect(UnsupportedQueryError.isInstance(error)).toBe(true)
    expect(error.message).toContain("has no prices data")
  })

  it("the OpenAPI document lists every supply route with its parameters and 400/501 answers", () => {
    const document = openApiDocument()
    for (const path of [
      "/production",
      "/production/concentration",
      "/reserves",
      "/reserves/revisions",
      "/measures",
      "/prices",
      "/prices/change",
      "/prices/premium",
      "/salient-statistics",
      "/supply-shares",
      "/commodity-groups",
      "/group-flows",
      "/mirror",
    ]) {
      expect(document.paths, path).toHaveProperty(`/api/v1${path}`)
    }
    const measures = (
      document.paths["/api/v1/measures"] as {
        get: { parameters: Array<{ name: string }>; responses: Record<string, unknown> }
      }
    ).get
    expect(measures.parameters.map((parameter) => parameter.name)).toEqual([
      "on",
      "jurisdiction",
      "kind",
      "element",
      "partner",
      "status",
    ])
    expect(Object.keys(measures.responses)).toContain("501")
    expect(document.components.schemas).toHaveProperty("ConcentrationRow")
    // Every supply answer documents its dataAge (a list as { items, dataAge }).
    const productionList = document.components.schemas.ProductionList as {
      properties: Record<string, unknown>
    }
    expect(Object.keys(productionList.properties)).toEqual(["items", "dataAge"])
  })
})
