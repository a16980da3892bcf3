/**
 * The explorer's HTTP server, started for real on a free loopback port over the frozen fixture
 * dataset (`--source dataset:PATH`; its figures, so a data revision does not break these tests):
 * every API route, pagination, RFC 9457 problem documents for bad parameters, the static
 * dashboard files, and the SDK's HttpSource reading it.
 */
import { createClient } from "@rareearth/sdk"
import { DatasetFileSource } from "@rareearth/sdk/node"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FIXTURE_PATH, FIXTURE_SPEC } from "./__fixtures__/fixtureDataset.ts"
import { startTestServer } from "./helpers.ts"

let server: Awaited<ReturnType<typeof startTestServer>>

beforeAll(async () => {
  server = await startTestServer(FIXTURE_SPEC)
}, 60_000)

afterAll(async () => {
  await server?.stop()
})

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${server.url}${path}`, init)
  const text = await response.text()
  const type = response.headers.get("content-type") ?? ""
  return { response, text, body: type.includes("json") ? (JSON.parse(text) as unknown) : undefined }
}

/** A 400 problem document naming `parameter`, with no stack trace. */
const expectProblem = async (path: string, parameter: string) => {
  const { response, text, body } = await get(path)
  expect(response.status).toBe(400)
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
  expect(body).toMatchObject({ status: 400, title: expect.any(String), detail: expect.any(String) })
  expect(JSON.stringify(body)).toContain(parameter)
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/)
  return body as { errors?: Array<{ parameter: string }> }
}

describe("server", () => {
  it("binds to 127.0.0.1 by default", () => {
    expect(server.host).toBe("127.0.0.1")
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it("serves the dashboard without external resources", async () => {
    const { response, text } = await get("/")
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toMatch(/^text\/html/)
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'")
    expect(text).toContain("<title>Rare earth explorer</title>")
    expect(text).not.toMatch(/(src|href)="https?:/)
    const script = await get("/app.js")
    expect(script.response.status).toBe(200)
    expect(script.response.headers.get("content-type")).toMatch(/^text\/javascript/)
    expect(script.text.length).toBeGreaterThan(50_000)
    expect((await get("/styles.css")).response.status).toBe(200)
    expect((await get("/favicon.ico")).response.status).toBe(200)
  })

  it("404s unknown files and refuses paths outside the dashboard", async () => {
    expect((await get("/nothing-here.js")).response.status).toBe(404)
    expect((await get("/..%2F..%2Fpackage.json")).response.status).toBe(404)
    expect((await get("/%2e%2e/%2e%2e/package.json")).response.status).toBe(404)
  })
})

describe("API /api/v1", () => {
  it("GET /elements: the 17 elements", async () => {
    const { response, body } = await get("/api/v1/elements")
    expect(response.status).toBe(200)
    expect((body as { items: Array<{ symbol: string }> }).items.map((e) => e.symbol)).toHaveLength(
      17,
    )
  })

  it("GET /elements/{symbol}: by symbol, name or number; 404 when unknown", async () => {
    expect((await get("/api/v1/elements/Dy")).body).toMatchObject({
      symbol: "Dy",
      name: "Dysprosium",
    })
    expect((await get("/api/v1/elements/neodymium")).body).toMatchObject({ symbol: "Nd" })
    const missing = await get("/api/v1/elements/Xx")
    expect(missing.response.status).toBe(404)
    expect(missing.response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
  })

  it("GET /controls?on=: No. 18 in force on 2025-06-01, not on 2025-03-01", async () => {
    type Row = { measure: { id: string; scope: { elements: string[] } }; status: string }
    const june = ((await get("/api/v1/controls?on=2025-06-01")).body as { items: Row[] }).items
    expect(june.find((row) => row.measure.id === "cn-mofcom-2025-18")?.status).toBe("in_force")
    const march = ((await get("/api/v1/controls?on=2025-03-01")).body as { items: Row[] }).items
    expect(
      march.filter((row) => row.status === "in_force" && row.measure.scope.elements.length > 0),
    ).toEqual([])
    const dy = (
      (await get("/api/v1/controls?on=2025-06-01&element=Dy&form=magnet")).body as { items: Row[] }
    ).items
    expect(dy.length).toBeGreaterThan(0)
    for (const row of dy) expect(row.measure.scope.elements).toContain("Dy")
  })

  it("GET /controls: 400 naming the parameter", async () => {
    const bad = await expectProblem("/api/v1/controls?on=2025-13-01", "on")
    expect(bad.errors?.[0]?.parameter).toBe("on")
    await expectProblem("/api/v1/controls?on=2025-06-01&element=Xx", "element")
    await expectProblem("/api/v1/controls?form=liquid", "form")
  })

  it("GET /quotas: 2025 claims side by side; 400 on a bad year", async () => {
    const quotas = (
      (await get("/api/v1/quotas?year=2025")).body as {
        items: Array<{
          year: number
          tonnesReo: number | null
          disclosed: boolean
          conflictGroup?: string
        }>
      }
    ).items
    expect(quotas.length).toBeGreaterThanOrEqual(4)
    expect(quotas.every((q) => q.year === 2025)).toBe(true)
    expect(quotas.some((q) => q.tonnesReo === null && !q.disclosed)).toBe(true)
    expect(quotas.some((q) => q.tonnesReo === 270_000)).toBe(true)
    await expectProblem("/api/v1/quotas?year=twenty", "year")
    await expectProblem("/api/v1/quotas?kind=refining", "kind")
  })

  it("GET /flows: pages cover every record exactly once", async () => {
    type FlowPage = {
      items: Array<{ id: string }>
      total: number
      offset: number
      limit: number
      nextOffset: number | null
    }
    const first = (await get("/api/v1/flows?limit=7")).body as FlowPage
    expect(first).toMatchObject({ offset: 0, limit: 7, nextOffset: 7 })
    expect(first.items).toHaveLength(7)
    expect(first.total).toBeGreaterThan(14)
    const ids = first.items.map((flow) => flow.id)
    let next = first.nextOffset
    while (next !== null) {
      const page = (await get(`/api/v1/flows?limit=7&offset=${next}`)).body as FlowPage
      expect(page.offset).toBe(next)
      ids.push(...page.items.map((flow) => flow.id))
      next = page.nextOffset
    }
    expect(ids).toHaveLength(first.total)
    expect(new Set(ids).size).toBe(first.total)
  })

  it("GET /flows: filters, and 400s naming the parameter", async () => {
    const page = (await get("/api/v1/flows?partner=US&from=2025-06&to=2025-06&commodity=magnets"))
      .body as {
      items: Array<{ partner: string; period: string; netWeightTonnes: number }>
    }
    expect(
      page.items.map((flow) => [flow.partner, flow.period, flow.netWeightTonnes]),
    ).toContainEqual(["US", "2025-06", 353])
    await expectProblem("/api/v1/flows?limit=0", "limit")
    await expectProblem("/api/v1/flows?offset=-1", "offset")
    await expectProblem("/api/v1/flows?from=2025-13", "from")
    await expectProblem("/api/v1/flows?commodity=unobtainium", "commodity")
  })

  it("GET /series: the monthly series with exact changes; 400 without a commodity", async () => {
    const { body } = await get("/api/v1/series?commodity=magnets&from=2025-05&to=2025-06")
    const points = (
      body as { points: Array<{ period: string; tonnes: number; changePercent: number }> }
    ).points
    expect(points.map((point) => [point.period, point.tonnes])).toEqual([
      ["2025-05", 1238],
      ["2025-06", 3188],
    ])
    expect(points[1]?.changePercent).toBeCloseTo(157.512, 2)
    await expectProblem("/api/v1/series", "commodity")
    await expectProblem("/api/v1/series?commodity=magnets&to=2025-6", "to")
  })

  it("GET /timeline: events in a window", async () => {
    const { items } = (await get("/api/v1/timeline?from=2025-05-01&to=2025-06-30")).body as {
      items: Array<{ type: string; date: string }>
    }
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item.date >= "2025-05-01" && item.date <= "2025-06-30").toBe(true)
    }
    await expectProblem("/api/v1/timeline?from=someday", "from")
  })

  it("GET /dataset: what the source holds", async () => {
    const { body } = await get("/api/v1/dataset")
    // The kind of source only: a file path stays on the server.
    expect(body).toMatchObject({
      source: "dataset",
      counts: { elements: 17 },
      dataAge: { kind: "dataset", asOf: expect.any(String) },
    })
  })

  it("GET /openapi.json: an OpenAPI 3.1 document of every route", async () => {
    const { response, body } = await get("/api/v1/openapi.json")
    expect(response.status).toBe(200)
    const document = body as { openapi: string; paths: Record<string, unknown> }
    expect(document.openapi).toMatch(/^3\.1/)
    const paths = Object.keys(document.paths).join(" ")
    for (const route of [
      "elements",
      "controls",
      "quotas",
      "flows",
      "series",
      "timeline",
      "dataset",
    ]) {
      expect(paths).toContain(`/${route}`)
    }
  })

  it("answers other methods with 405 and unknown routes with 404", async () => {
    expect((await get("/api/v1/elements", { method: "POST" })).response.status).toBe(405)
    expect((await get("/api/v1/minerals")).response.status).toBe(404)
  })
})

describe("the SDK's HttpSource reads this API", () => {
  it("gets the same answers as the same dataset read directly", async () => {
    const remote = createClient({ source: { http: { baseUrl: server.url } } })
    const local = createClient({ source: DatasetFileSource.layer({ path: FIXTURE_PATH }) })
    try {
      const query = { commodity: "magnets", partner: "US", from: "2025-01", to: "2025-12" }
      expect(await remote.series(query)).toEqual(await local.series(query))
      expect(await remote.controls({ on: "2025-06-01" })).toEqual(
        await local.controls({ on: "2025-06-01" }),
      )
      expect(await remote.quotas({ year: 2025 })).toEqual(await local.quotas({ year: 2025 }))
      const remoteFlows = []
      for await (const flow of remote.allFlows({ reporter: "CN" }, { pageSize: 5 }))
        remoteFlows.push(flow)
      const localFlows = []
      for await (const flow of local.allFlows({ reporter: "CN" })) localFlows.push(flow)
      expect(remoteFlows).toEqual(localFlows)
    } finally {
      await remote.close()
      await local.close()
    }
  })
})
