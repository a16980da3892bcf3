/**
 * The Promise client, bundled for the browser with esbuild (no `node:` module may be pulled in),
 * served from a loopback HTTP server and queried from a page in headless Chromium: over the
 * frozen fixture dataset (so a data revision does not break it), and with its default source,
 * the embedded dataset, bundled.
 */
import { existsSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { fileURLToPath } from "node:url"
import * as esbuild from "esbuild"
import { type Browser, chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Sdk } from "./entry-types.ts"

// Debian's Chromium; another build can be named with RAREEARTH_CHROMIUM. Skipping needs an
// explicit RAREEARTH_SKIP_BROWSER=1: a missing browser is a failure, not a silent skip.
const CHROMIUM = process.env.RAREEARTH_CHROMIUM ?? "/usr/bin/chromium"
const entry = fileURLToPath(new URL("./entry.ts", import.meta.url))

const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>rareearth sdk</title></head>
<body><script type="module" src="/sdk.js"></script></body></html>`

interface PageResult {
  readonly june: number | null
  readonly may: number | null
  readonly changePercent: number | null
  readonly elements: number
  readonly controlledBy: ReadonlyArray<string>
  readonly source: string
  readonly defaultSource: string
  readonly error: {
    readonly tag: string
    readonly isRareEarthError: boolean
    readonly isNotFound: boolean
    readonly message: string
  }
  readonly iterated: number
  readonly aborted: string
}

describe.skipIf(process.env.RAREEARTH_SKIP_BROWSER === "1")(
  "the Promise client in a browser",
  () => {
    let bundle: esbuild.BuildResult<{ write: false; metafile: true }>
    let server: Server
    let baseUrl: string
    let browser: Browser

    beforeAll(async () => {
      if (!existsSync(CHROMIUM)) {
        throw new Error(
          `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium), set RAREEARTH_CHROMIUM, or set RAREEARTH_SKIP_BROWSER=1`,
        )
      }
      bundle = await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        platform: "browser",
        format: "esm",
        target: "es2022",
        conditions: ["@rareearth/source"],
        write: false,
        metafile: true,
        logLevel: "silent",
      })
      const script = bundle.outputFiles[0]!.contents
      server = createServer((request, response) => {
        if (request.url === "/") {
          response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page)
        } else if (request.url === "/sdk.js") {
          response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script)
        } else {
          response.writeHead(404).end()
        }
      })
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
      })
    }, 120_000)

    afterAll(async () => {
      await browser?.close()
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    })

    it("bundles for the browser without any node: module", () => {
      const inputs = Object.keys(bundle.metafile.inputs)
      expect(inputs.some((input) => input.endsWith("src/Client.ts"))).toBe(true)
      expect(inputs.some((input) => input.includes("data/src/"))).toBe(true)
      expect(
        inputs.filter((input) => input.startsWith("node:") || input.includes("/node/")),
      ).toEqual([])
      for (const input of Object.values(bundle.metafile.inputs)) {
        for (const imported of input.imports) expect(imported.path).not.toMatch(/^node:/)
      }
    })

    it("answers queries from the page, with no network beyond the page itself", async () => {
      const context = await browser.newContext()
      const tab = await context.newPage()
      const requests: Array<string> = []
      const pageErrors: Array<string> = []
      tab.on("request", (request) => requests.push(request.url()))
      tab.on("pageerror", (error) => pageErrors.push(error.message))
      await tab.goto(`${baseUrl}/`)
      await tab.waitForFunction(() => "RareEarthSDK" in globalThis)

      const result: PageResult = await tab.evaluate(async () => {
        const sdk = (globalThis as unknown as { RareEarthSDK: Sdk }).RareEarthSDK
        const client = sdk.createClient({ source: sdk.fixtureSource })
        const series = await client.series({ commodity: "magnets", from: "2025-05", to: "2025-06" })
        const { items: elements } = await client.elements()
        const { items: controls } = await client.controls({
          on: "2025-06-01",
          element: "Dy",
          form: "magnet",
        })
        const info = await client.datasetInfo()
        let iterated = 0
        for await (const _ of client.allFlows(
          { commodity: "magnets", partner: "US" },
          { pageSize: 3 },
        ))
          iterated++
        const error = await client.element("Xx").then(
          () => null,
          (caught: unknown) => caught,
        )
        const aborted = await client.elements({ signal: AbortSignal.abort() }).then(
          () => "resolved",
          (caught: { _tag?: string }) => caught._tag ?? "untagged",
        )
        await client.close()
        const byDefault = sdk.createClient()
        const defaultSource = (await byDefault.datasetInfo()).source
        await byDefault.close()
        const failure = error as { _tag: string; message: string }
        return {
          may: series.points[0]?.tonnes ?? null,
          june: series.points[1]?.tonnes ?? null,
          changePercent: series.points[1]?.changePercent ?? null,
          elements: elements.length,
          controlledBy: controls.map((row) => `${row.measure.id}:${row.status}`),
          source: info.source,
          defaultSource,
          iterated,
          aborted,
          error: {
            tag: failure._tag,
            message: failure.message,
            isRareEarthError: sdk.isRareEarthError(error),
            isNotFound: error instanceof sdk.NotFoundError,
          },
        }
      })

      expect(pageErrors).toEqual([])
      expect(result.may).toBe(1238)
      expect(result.june).toBe(3188)
      expect(result.changePercent).toBeCloseTo(157.51, 2)
      expect(result.elements).toBe(17)
      expect(result.controlledBy).toContain("cn-mofcom-2025-18:in_force")
      expect(result.source).toBe("fixture")
      expect(result.defaultSource).toBe("embedded")
      expect(result.iterated).toBeGreaterThan(3)
      expect(result.aborted).toBe("AbortedError")
      expect(result.error).toMatchObject({
        tag: "NotFoundError",
        isRareEarthError: true,
        isNotFound: true,
      })
      expect(result.error.message).toContain("Xx")
      expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true)
      await context.close()
    })
  },
)
