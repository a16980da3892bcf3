/**
 * The dashboard's Exposure section in Debian's Chromium (playwright-core): upload a sample bill
 * of materials, check the per-part table, the timeline's bars and change markers and the totals,
 * then paste a bad bill and see its rows named; no console error while a good bill is shown.
 * Saves docs/exposure.png (UPDATE_SCREENSHOT=1 writes it into the repository).
 */
import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Browser, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { EXPLORER_DIR, startTestServer } from "./helpers.ts"

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const MOTOR = join(EXPLORER_DIR, "samples", "ev-traction-motor.csv")

let server: Awaited<ReturnType<typeof startTestServer>>
let browser: Browser
let page: Page
const consoleErrors: string[] = []

interface ExposureHandle {
  readonly charts: Record<string, import("chart.js").Chart>
  readonly exposure?: { readonly parts: ReadonlyArray<{ partId: string }> }
  readonly ready: boolean
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install chromium or set CHROMIUM_PATH`,
    )
  server = await startTestServer()
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  })
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text())
  })
  page.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`))
  await page.goto(`${server.url}/`)
  await page.waitForFunction(
    () => (window as unknown as { rareearth?: { ready?: boolean } }).rareearth?.ready === true,
    null,
    { timeout: 20_000 },
  )
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe("exposure page", () => {
  it("uploads the EV motor sample and shows its parts, timeline and totals", async () => {
    await page.setInputFiles("#bom-file", MOTOR)
    await page.waitForFunction(
      () => (window as unknown as { rareearth: ExposureHandle }).rareearth.exposure !== undefined,
      null,
      { timeout: 20_000 },
    )
    const parts = await page.$$eval("#bom-parts tbody tr", (rows) =>
      rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? "")),
    )
    expect(parts).toContainEqual(
      expect.arrayContaining([
        "rotor-magnets",
        "ndfeb-sintered",
        "N42SH",
        "2 kg",
        "Dy/Tb",
        "2–8%",
        "40–160 g",
      ]),
    )
    expect(parts).toContainEqual(expect.arrayContaining(["resolver-magnet", "Sm", "4.6–5.6 g"]))

    const chart = await page.evaluate(() => {
      const exposure = (window as unknown as { rareearth: ExposureHandle }).rareearth.charts
        .exposure!
      const annotations =
        (
          exposure.options.plugins as {
            annotation?: { annotations?: Record<string, { xMin: number }> }
          }
        ).annotation?.annotations ?? {}
      return {
        rows: exposure.data.labels as string[],
        bars: exposure.getDatasetMeta(0).data.length,
        markers: Object.values(annotations).map((line) =>
          new Date(line.xMin * 86_400_000).toISOString().slice(0, 10),
        ),
      }
    })
    expect(chart.rows).toEqual(
      expect.arrayContaining([
        "Dy magnet · cn-mofcom-2025-18",
        "Sm magnet · cn-mofcom-2025-18",
        "Nd magnet",
      ]),
    )
    expect(chart.markers).toEqual(["2025-04-04"])
    expect(chart.bars).toBeGreaterThanOrEqual(chart.rows.length)

    const controls = await page.$$eval("#bom-controls tbody tr", (rows) =>
      rows.map((row) =>
        [...row.querySelectorAll("td")].slice(0, 3).map((cell) => cell.textContent),
      ),
    )
    expect(controls).toContainEqual(["Dy", "magnet", "yes"])
    expect(controls).toContainEqual(["Nd", "magnet", "no"])
    const totals = await page.$$eval("#bom-totals tbody tr", (rows) =>
      rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent)),
    )
    expect(totals).toContainEqual(expect.arrayContaining(["Dy/Tb", "40–160 g"]))
    expect(consoleErrors).toEqual([])

    await mkdir(join(EXPLORER_DIR, "docs"), { recursive: true })
    const target =
      process.env.UPDATE_SCREENSHOT === "1"
        ? join(EXPLORER_DIR, "docs", "exposure.png")
        : join(tmpdir(), "rareearth-exposure.png")
    const section = page.locator("section[aria-labelledby='exposure-title']")
    await section.screenshot({ path: target })
  })

  it("names the rows and columns of a pasted bad bill", async () => {
    await page.fill(
      "#bom-text",
      "part_id,material,grade,mass\na,ndfeb,,2 kg\na,ndfeb-sintered,N42,2\n",
    )
    await page.click("#bom-form button[type=submit]")
    await page.waitForSelector("#bom-problem-table")
    const problems = await page.$$eval("#bom-problem-table tbody tr", (rows) =>
      rows.map((row) =>
        [...row.querySelectorAll("td")].slice(0, 2).map((cell) => cell.textContent),
      ),
    )
    expect(problems).toEqual([
      ["2", "material"],
      ["3", "part_id"],
      ["3", "mass"],
    ])
    expect(await page.isHidden("#bom-results")).toBe(true)
  })
})
