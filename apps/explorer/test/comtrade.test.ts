/**
 * `--source comtrade` through the CLI against a recorded-response server on loopback
 * (COMTRADE_API_URL), the way a proxy or a replay server is used: the key travels in the
 * subscription header, rows come back as trade flows, and the key never appears in output;
 * without a key the keyless preview endpoint answers.
 */
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { runCli } from "./helpers.ts"

const KEY = "test-subscription-key-4b1d"

/** A Comtrade+ data row (the fields the API sends, trimmed), China's magnet exports to the world. */
const row = (period: string, kilograms: number, usd: number) => ({
  typeCode: "C",
  freqCode: "M",
  period,
  reporterCode: 156,
  reporterISO: "CHN",
  flowCode: "X",
  partnerCode: 0,
  partnerISO: "W00",
  partner2Code: 0,
  classificationCode: "H6",
  cmdCode: "850511",
  customsCode: "C00",
  motCode: 0,
  netWgt: kilograms,
  isNetWgtEstimated: false,
  isQtyEstimated: false,
  primaryValue: usd,
  isReported: true,
  isAggregate: true,
  legacyEstimationFlag: 0,
})
const ROWS = [row("202505", 1_512_000, 98_000_000), row("202506", 3_902_000, 201_000_000)]

let server: Server
let baseUrl: string
const seen: Array<{ path: string; key: string | undefined }> = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost")
    const key = request.headers["ocp-apim-subscription-key"]
    seen.push({ path: url.pathname, key: typeof key === "string" ? key : undefined })
    const preview = url.pathname.startsWith("/public/v1/preview/") && key === undefined
    if (key !== KEY && !preview) {
      response.writeHead(401, { "content-type": "application/json" })
      response.end(
        JSON.stringify({
          statusCode: 401,
          message: "Access denied due to invalid subscription key.",
        }),
      )
      return
    }
    const periods = (url.searchParams.get("period") ?? "").split(",")
    const data = ROWS.filter((candidate) => periods.includes(candidate.period))
    response.writeHead(200, { "content-type": "application/json" })
    response.end(JSON.stringify({ elapsedTime: "0.01 secs", count: data.length, data, error: "" }))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

describe("--source comtrade", () => {
  it("reads flows from the endpoint in COMTRADE_API_URL with the key in COMTRADE_API_KEY", async () => {
    const result = await runCli(
      [
        "flows",
        "--source",
        "comtrade",
        "--reporter",
        "CN",
        "--partner",
        "WORLD",
        "--commodity",
        "850511",
        "--flow",
        "export",
        "--from",
        "2025-05",
        "--to",
        "2025-06",
        "--json",
      ],
      { COMTRADE_API_KEY: KEY, COMTRADE_API_URL: baseUrl },
    )
    expect(result.stderr).toBe("")
    expect(result.code).toBe(0)
    const flows = JSON.parse(result.stdout) as Array<{
      period: string
      reporter: string
      partner: string
      commodity: string
      netWeightTonnes: number | null
      valueUsd: number | null
    }>
    expect(
      flows.map((flow) => [
        flow.period,
        flow.reporter,
        flow.partner,
        flow.commodity,
        flow.netWeightTonnes,
        flow.valueUsd,
      ]),
    ).toEqual([
      ["2025-05", "CN", "WORLD", "850511", 1512, 98_000_000],
      ["2025-06", "CN", "WORLD", "850511", 3902, 201_000_000],
    ])
    expect(seen.at(-1)).toEqual({ path: "/data/v1/get/C/M/HS", key: KEY })
  })

  it("exits 1 on a rejected key, without printing the key", async () => {
    const result = await runCli(
      [
        "flows",
        "--source",
        "comtrade",
        "--reporter",
        "CN",
        "--commodity",
        "850511",
        "--from",
        "2025-06",
        "--to",
        "2025-06",
      ],
      { COMTRADE_API_KEY: "wrong-key-93f2", COMTRADE_API_URL: baseUrl },
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: comtrade: .*401/)
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1)
    expect(`${result.stdout}${result.stderr}`).not.toContain("wrong-key-93f2")
  })
})

describe("--source comtrade without COMTRADE_API_KEY", () => {
  it("reads the keyless preview endpoint and sends no key", async () => {
    const result = await runCli(
      [
        "series",
        "--source",
        "comtrade",
        "--commodity",
        "850511",
        "--from",
        "2025-05",
        "--to",
        "2025-06",
        "--json",
      ],
      { COMTRADE_API_KEY: "", COMTRADE_API_URL: baseUrl },
    )
    expect(result.stderr).toBe("")
    expect(result.code).toBe(0)
    const points = JSON.parse(result.stdout) as Array<{ period: string; tonnes: number | null }>
    expect(points.map((point) => [point.period, point.tonnes])).toEqual([
      ["2025-05", 1512],
      ["2025-06", 3902],
    ])
    expect(seen.at(-1)).toEqual({ path: "/public/v1/preview/C/M/HS", key: undefined })
  })
})
