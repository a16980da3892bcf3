/**
 * POST /api/v1/exposure through the web-standard handler (over the local engine on core's
 * made-up fixtures): JSON, CSV and multipart bodies, the body size limit, problem documents that
 * name the row and column, the OpenAPI document, and the Http source reading it.
 */
import { Element } from "@rareearth/core"
import { Effect, Layer } from "effect"
import { describe, expect, it } from "vitest"
import { factors, measures, presets } from "../../../core/src/__fixtures__/materials.ts"
import { readBomSync } from "../../src/bom/readBom.ts"
import { createClient } from "../../src/Client.ts"
import { MAX_EXPOSURE_BODY_BYTES } from "../../src/http/ApiContract.ts"
import { makeApiHandler } from "../../src/http/ApiHandler.ts"
import { openApiDocument } from "../../src/http/OpenApi.ts"
import { makeLocal } from "../../src/query/LocalQuery.ts"
import { RareEarth } from "../../src/RareEarth.ts"
import { HttpSource } from "../../src/sources/Http.ts"
import { makeColumnarStore } from "../../src/store/ColumnarStore.ts"

const service = Effect.runSync(
  makeLocal({
    reference: {
      version: "9.9.9",
      asOf: "2026-01-31",
      sources: [],
      elements: Element.ELEMENTS,
      measures,
      quotas: [],
      events: [],
      materials: { presets, factors },
    },
    store: makeColumnarStore(),
    sourceName: "test",
  }),
)
const handler = makeApiHandler(service, { validateResponses: true })
const URL = "http://localhost/api/v1/exposure"
const CSV = "part_id,material,grade,mass\nrotor,test-magnet,N42SH,2 kg\n"

const post = async (body: BodyInit, type?: string, search = "") => {
  const response = await handler(
    new Request(`${URL}${search}`, {
      method: "POST",
      body,
      ...(type === undefined ? {} : { headers: { "content-type": type } }),
    }),
  )
  return { response, body: (await response.json()) as Record<string, unknown> }
}

const dyOf = (body: Record<string, unknown>) =>
  (
    body.parts as Array<{ components: Array<{ component: string; containedKg: unknown }> }>
  )[0]?.components.find((component) => component.component === "Dy")?.containedKg

describe("POST /api/v1/exposure", () => {
  it("reads a JSON body of records", async () => {
    const { response, body } = await post(
      JSON.stringify({
        records: [{ part_id: "rotor", material: "test-magnet", grade: "N42SH", mass: "2 kg" }],
        on: "2025-06-01",
      }),
      "application/json",
    )
    expect(response.status).toBe(200)
    expect(dyOf(body)).toEqual({ min: 0.04, max: 0.16 })
    expect(body).toMatchObject({ on: "2025-06-01", asOf: "2026-01-31" })
  })

  it("reads a CSV upload (text/csv), options in the query string", async () => {
    const before = await post(CSV, "text/csv", "?on=2025-04-03")
    const after = await post(CSV, "text/csv", "?on=2025-04-04")
    const dy = (body: Record<string, unknown>) =>
      (body.controls as Array<{ element: string; controlled: unknown }>).find(
        (row) => row.element === "Dy",
      )?.controlled
    expect([dy(before.body), dy(after.body)]).toEqual([false, true])
  })

  it("reads a multipart form with a file", async () => {
    const form = new FormData()
    form.set("file", new Blob([CSV], { type: "text/csv" }), "motor.csv")
    form.set("from", "2025-01-01")
    form.set("to", "2025-12-31")
    const { response, body } = await post(form)
    expect(response.status).toBe(200)
    expect(body.timeline).toMatchObject([
      { element: "Dy", changes: [{ date: "2025-04-04", status: "in_force" }] },
      { element: "Nd" },
      { element: "Pr" },
    ])
  })

  it("answers 400 problem+json naming each bad row and column", async () => {
    const { response, body } = await post(
      "part_id,material,grade,mass\na,ndfeb,,2 kg\na,test-magnet,N42,2\n",
      "text/csv",
    )
    expect(response.status).toBe(400)
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect(body.rows).toMatchObject([
      { row: 2, column: "material", value: "ndfeb", code: "unknown_material" },
      { row: 3, column: "part_id", code: "duplicate_part_id" },
      { row: 3, column: "mass", code: "missing_unit" },
    ])
  })

  it("names bad options and bad JSON", async () => {
    const range = await post(JSON.stringify({ text: CSV, from: "2025-01-01" }), "application/json")
    expect(range.response.status).toBe(400)
    expect(range.body.errors).toMatchObject([{ parameter: "to" }])
    const two = await post(JSON.stringify({ text: CSV, records: [] }), "application/json")
    expect(two.response.status).toBe(400)
    const broken = await post("{", "application/json")
    expect(broken.body.errors).toMatchObject([{ parameter: "body" }])
  })

  it("refuses a body over the limit with 413, other media types with 415, GET with 405", async () => {
    const big = await post(
      `part_id,material,mass\n${"x".repeat(MAX_EXPOSURE_BODY_BYTES)}\n`,
      "text/csv",
    )
    expect(big.response.status).toBe(413)
    expect(big.body.detail).toContain(String(MAX_EXPOSURE_BODY_BYTES))
    expect((await post("x", "text/plain")).response.status).toBe(415)
    const get = await handler(new Request(URL))
    expect(get.status).toBe(405)
    expect(get.headers.get("allow")).toBe("POST")
  })

  it("is in the OpenAPI document", () => {
    const document = openApiDocument() as unknown as {
      paths: Record<
        string,
        {
          post?: {
            requestBody: { content: Record<string, unknown> }
            responses: Record<string, unknown>
          }
        }
      >
      components: { schemas: Record<string, unknown> }
    }
    const route = document.paths["/api/v1/exposure"]?.post
    expect(Object.keys(route?.requestBody.content ?? {})).toEqual(
      expect.arrayContaining(["application/json", "text/csv", "multipart/form-data"]),
    )
    expect(Object.keys(route?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "400", "413"]),
    )
    expect(document.components.schemas.ExposureResponse).toBeDefined()
    expect(document.components.schemas.ExposureRequest).toBeDefined()
  })
})

describe("the Http source's exposure", () => {
  const client = () =>
    createClient({
      source: Layer.effect(
        RareEarth,
        HttpSource.make({
          baseUrl: "http://localhost",
          fetch: (input, init) => handler(new Request(input, init)),
        }),
      ),
    })

  it("gives the local answer", async () => {
    const http = client()
    const local = createClient({ source: Layer.succeed(RareEarth, service) })
    const query = { bom: { text: CSV }, from: "2025-01-01", to: "2025-12-31" }
    expect(await http.exposure(query)).toEqual(await local.exposure(query))
    await Promise.all([http.close(), local.close()])
  })

  it("sends lines read earlier (readBomFile's) and keeps their answer", async () => {
    const http = client()
    const { lines } = readBomSync({ text: CSV }, { presets })
    const result = await http.exposure({ bom: { lines }, on: "2025-06-01" })
    expect(result.parts[0]?.components.find((c) => c.component === "Dy")?.containedKg).toEqual({
      min: 0.04,
      max: 0.16,
    })
    await http.close()
  })

  it("rejects with InvalidBomError naming the row and column", async () => {
    const http = client()
    await expect(
      http.exposure({
        bom: { records: [{ part_id: "a", material: "test-magnet", grade: "N42", mass: "-2 kg" }] },
      }),
    ).rejects.toMatchObject({
      _tag: "InvalidBomError",
      issues: [{ row: 1, column: "mass", code: "invalid_mass" }],
    })
    await http.close()
  })
})
