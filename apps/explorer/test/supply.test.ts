/**
 * The supply-chain commands, routes and SDK methods answer alike. The same questions go to the
 * SDK (`createClient()`), the explorer's REST API (a real server on loopback) and the CLI
 * (`--json`), and the three answers are compared. These checks cite the shipped dataset on
 * purpose (MCS 2025's 13,000 t and MCS 2026's 29,000 t for Australia in 2024, from the issue):
 * the behaviour itself is tested on fixtures in the SDK. Bad names give core's one message on
 * every surface; `report --supply` prints each part of the chain with its labels; `mirror`
 * reads both sides from Comtrade.
 */
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { createClient, isRareEarthError, type RareEarthClient } from "@rareearth/sdk"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { runCli, runCliJson, startTestServer } from "./helpers.ts"

let server: Awaited<ReturnType<typeof startTestServer>>
let client: RareEarthClient

beforeAll(async () => {
  server = await startTestServer()
  client = createClient()
}, 60_000)

afterAll(async () => {
  await client?.close()
  await server?.stop()
})

const api = async (path: string): Promise<unknown> => {
  const response = await fetch(`${server.url}/api/v1${path}`)
  expect(response.status, path).toBe(200)
  return response.json()
}

/** The SDK's answer as it travels (undefined fields dropped). */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe("the CLI, the API and the SDK agree", () => {
  const questions: ReadonlyArray<{
    readonly name: string
    readonly sdk: () => Promise<unknown>
    readonly path: string
    readonly cli: ReadonlyArray<string>
  }> = [
    {
      name: "Australia's production in 2024, every edition",
      sdk: () => client.production({ area: "AU", year: 2024, vintages: "all" }),
      path: "/production?area=aus&year=2024&vintages=all",
      cli: ["production", "--area", "Australia", "--year", "2024", "--vintages", "all"],
    },
    {
      name: "concentration of mine production since 2020",
      sdk: () => client.concentration({ from: 2020 }),
      path: "/production/concentration?from=2020",
      cli: ["production", "--concentration", "--from", "2020"],
    },
    {
      name: "Brazil's reserves, every edition",
      sdk: () => client.reserves({ area: "BR", vintages: "all" }),
      path: "/reserves?area=BR&vintages=all",
      cli: ["reserves", "--area", "brazil", "--vintages", "all"],
    },
    {
      name: "US price floors on 2026-01-15",
      sdk: () => client.measures({ on: "2026-01-15", jurisdiction: "US", kind: "price_floor" }),
      path: "/measures?on=2026-01-15&jurisdiction=us&kind=Price%20floor",
      cli: [
        "measures",
        "--on",
        "2026-01-15",
        "--jurisdiction",
        "United States",
        "--kind",
        "price-floor",
      ],
    },
    {
      name: "China's measures on 2025-06-01",
      sdk: () => client.measures({ on: "2025-06-01", jurisdiction: "CN" }),
      path: "/measures?on=2025-06-01&jurisdiction=CN",
      cli: ["measures", "--on", "2025-06-01", "--jurisdiction", "china"],
    },
    {
      name: "Dy oxide in China since the April 2025 controls",
      sdk: () =>
        client.prices({ product: "dy_oxide", market: "china_domestic", from: "2025-04-04" }),
      path: "/prices?product=Dysprosium%20oxide&market=china_domestic&from=2025-04-04",
      cli: [
        "prices",
        "--product",
        "dy oxide",
        "--market",
        "China domestic",
        "--from",
        "2025-04-04",
      ],
    },
    {
      name: "the NdPr oxide change since the April 2025 controls",
      sdk: () =>
        client.priceChange({
          product: "ndpr_oxide",
          market: "china_domestic",
          currency: "CNY",
          unit: "tonne",
          kind: "assessment",
          from: "2025-04-04",
          to: "2025-12-31",
        }),
      path: "/prices/change?product=ndpr_oxide&market=china_domestic&currency=yuan&unit=tonne&kind=assessment&from=2025-04-04&to=2025-12-31",
      cli: [
        "prices",
        "--change",
        "--product",
        "NdPr oxide",
        "--market",
        "china_domestic",
        "--currency",
        "CNY",
        "--unit",
        "tonne",
        "--kind",
        "assessment",
        "--from",
        "2025-04-04",
        "--to",
        "2025-12-31",
      ],
    },
    {
      name: "the Europe/China premium",
      sdk: () => client.pricePremium({}),
      path: "/prices/premium",
      cli: ["prices", "--premium"],
    },
    {
      name: "US net import reliance",
      sdk: () => client.salientStatistics({ kind: "net_import_reliance" }),
      path: "/salient-statistics?kind=net_import_reliance",
      cli: ["salient", "--kind", "net_import_reliance"],
    },
  ]

  for (const question of questions) {
    it(question.name, async () => {
      const [sdk, fromApi, fromCli] = await Promise.all([
        question.sdk(),
        api(question.path),
        runCliJson(question.cli),
      ])
      expect(fromApi).toEqual(wire(sdk))
      expect(fromCli).toEqual(wire(sdk))
    })
  }

  it("keeps both editions' figures for Australia in 2024, each with its label and sources", async () => {
    const { items: rows, dataAge } = await client.production({
      area: "AU",
      year: 2024,
      vintages: "all",
    })
    expect(dataAge.kind).toBe("dataset")
    const byEdition = Object.fromEntries(rows.map((row) => [row.edition.id, row]))
    expect(byEdition["mcs-2025"]?.tonnesReo).toBe(13_000)
    expect(byEdition["mcs-2026-v1.0"]?.tonnesReo).toBe(29_000)
    for (const row of rows) {
      expect(["V", "V2", "S", "D"]).toContain(row.label)
      expect(row.sources.length).toBeGreaterThan(0)
    }
    const { items: latest } = await client.production({ area: "AU", year: 2024 })
    expect(latest.map((row) => row.tonnesReo)).toEqual([29_000])
  })
})

describe("a bad name gets core's one message on every surface", () => {
  const cases = [
    {
      option: "jurisdiction",
      command: "measures",
      route: "/measures",
      value: "Atlantis",
      message: 'Unknown jurisdiction "Atlantis": expected a country',
    },
    {
      option: "kind",
      command: "measures",
      route: "/measures",
      value: "embargo",
      message: 'Unknown measure kind "embargo": expected one of export_prohibition',
    },
    {
      option: "product",
      command: "prices",
      route: "/prices",
      value: "gold",
      message: 'Unknown product "gold": expected one of ndpr_oxide',
    },
    {
      option: "currency",
      command: "prices",
      route: "/prices",
      value: "GBP",
      message: 'Unknown currency "GBP": expected one of USD, CNY',
    },
  ] as const

  for (const bad of cases) {
    it(`--${bad.option} ${bad.value}`, async () => {
      const cli = await runCli([bad.command, `--${bad.option}`, bad.value])
      expect(cli.code).toBe(2)
      expect(cli.stderr).toContain(bad.message)
      expect(cli.stderr).toContain(`(--${bad.option})`)

      const response = await fetch(`${server.url}/api/v1${bad.route}?${bad.option}=${bad.value}`)
      expect(response.status).toBe(400)
      const problem = (await response.json()) as {
        errors: Array<{ parameter: string; message: string }>
      }
      expect(problem.errors[0]?.parameter).toBe(bad.option)
      expect(problem.errors[0]?.message).toContain(bad.message)

      const query = { [bad.option]: bad.value } as never
      const error: unknown = await (bad.command === "measures"
        ? client.measures(query)
        : client.prices(query)
      ).catch((caught: unknown) => caught)
      expect(isRareEarthError(error)).toBe(true)
      expect((error as Error).message).toContain(bad.message)
      expect((error as { issues: Array<{ path: Array<string> }> }).issues[0]?.path).toEqual([
        bad.option,
      ])
    })
  }
})

describe("rareearth report --supply", () => {
  it("prints the chain on one page, each figure with its label and sources", async () => {
    const result = await runCli(["report", "--supply", "--year", "2025"])
    expect(result.code, result.stderr).toBe(0)
    for (const heading of [
      "Mining",
      "Refining",
      "Reserves",
      "China's controls",
      "Other governments' responses",
      "Prices since China's April 2025 controls",
    ]) {
      expect(result.stdout).toContain(heading)
    }
    expect(result.stdout).toContain("HHI")
    expect(result.stdout).toContain("D (derived)")
    expect(result.stdout).toContain("S (single source)")
    const { dataAge } = await client.commodityGroups()
    expect(result.stdout).toContain(`Data as of ${dataAge.asOf}.`)
    const story = await runCliJson<{
      year: number
      mining: { share: { area: string } | null; label: string; formula: string }
    }>(["report", "--supply", "--year", "2025"])
    expect(story.year).toBe(2025)
    expect(story.mining.share?.area).toBe("CN")
    expect(story.mining.label).toBe("D")
  })

  it("--year without --supply is a usage error", async () => {
    const result = await runCli(["report", "--year", "2025"])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("--supply")
  })
})

describe("rareearth mirror --source comtrade", () => {
  let comtrade: Server
  let url: string
  // Synthetic round values in the documented envelope: not real trade.
  const row = (
    reporterCode: number,
    partnerCode: number,
    flowCode: string,
    kilograms: number,
    usd: number,
  ) => ({
    typeCode: "C",
    freqCode: "A",
    period: "2024",
    reporterCode,
    flowCode,
    partnerCode,
    partner2Code: 0,
    classificationCode: "H6",
    cmdCode: "280530",
    customsCode: "C00",
    motCode: 0,
    netWgt: kilograms,
    isNetWgtEstimated: false,
    primaryValue: usd,
    isReported: true,
    legacyEstimationFlag: 0,
  })

  beforeAll(async () => {
    comtrade = createServer((request, response) => {
      const search = new URL(request.url ?? "/", "http://localhost").searchParams
      const data =
        search.get("flowCode") === "X"
          ? [row(156, 392, "X", 1_000_000, 10_000_000)]
          : [row(392, 156, "M", 1_200_000, 12_000_000)]
      response.writeHead(200, { "content-type": "application/json" })
      response.end(
        JSON.stringify({ elapsedTime: "0.01 secs", count: data.length, data, error: "" }),
      )
    })
    await new Promise<void>((resolve) => comtrade.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(comtrade.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => comtrade.close(resolve))
  })

  it("sets China's exports beside Japan's own imports, both kept", async () => {
    const args = [
      "mirror",
      "--source",
      "comtrade",
      "--reporter",
      "CN",
      "--partner",
      "JP",
      "--commodity",
      "280530",
      "--from",
      "2024",
      "--to",
      "2024",
    ]
    const env = { COMTRADE_API_KEY: "test-key-9f3a", COMTRADE_API_URL: url }
    const json = await runCli([...args, "--json"], env)
    expect(json.code, json.stderr).toBe(0)
    const result = JSON.parse(json.stdout) as {
      rows: Array<{
        partner: string
        valueRatio: number
        exports: { reporter: string }
        imports: { reporter: string }
      }>
    }
    expect(result.rows).toHaveLength(1)
    expect(result.rows[0]).toMatchObject({
      partner: "JP",
      valueRatio: 1.2,
      exports: { reporter: "CN" },
      imports: { reporter: "JP" },
    })
    const table = await runCli(args, env)
    expect(table.stdout).toContain("Mirror imports t")
    expect(table.stdout).toContain("United Nations")
    // Live data: the as-of is when Comtrade was read.
    expect(table.stdout).toMatch(/Data as of \d{4}-\d{2}-\d{2} \(read live from comtrade at /)
  })

  it("groups --group asks Comtrade for the group's codes", async () => {
    const env = { COMTRADE_API_KEY: "test-key-9f3a", COMTRADE_API_URL: url }
    const result = await runCli(
      [
        "groups",
        "--source",
        "comtrade",
        "--group",
        "Metals",
        "--reporter",
        "CN",
        "--flow",
        "export",
        "--from",
        "2024",
        "--json",
      ],
      env,
    )
    expect(result.code, result.stderr).toBe(0)
    const body = JSON.parse(result.stdout) as {
      group: { id: string }
      flows: Array<{ commodity: string; partner: string }>
    }
    expect(body.group.id).toBe("metals")
    expect(body.flows.map((flow) => [flow.commodity, flow.partner])).toEqual([["280530", "JP"]])
  })

  it("production from Comtrade is a clear error, not an empty list", async () => {
    const result = await runCli(["production", "--source", "comtrade"], {
      COMTRADE_API_KEY: "test-key-9f3a",
      COMTRADE_API_URL: url,
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Source "comtrade" has no production data')
  })
})
