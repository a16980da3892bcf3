/**
 * The dashboard in a real browser: Playwright (playwright-core) drives Debian's Chromium
 * against a server started by the test. Checks the charts hold their data points, that picking
 * a date changes the element grid, that a figure's sources are reachable, and that the page logs
 * no console error. The server reads the frozen fixture dataset (its figures, so a data revision
 * does not break these tests). Saves a screenshot (docs/dashboard.png with UPDATE_SCREENSHOT=1).
 */
import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { type Browser, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FIXTURE_SPEC } from "./__fixtures__/fixtureDataset.ts"
import { EXPLORER_DIR, startTestServer } from "./helpers.ts"

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

let server: Awaited<ReturnType<typeof startTestServer>>
let browser: Browser
let page: Page
const consoleErrors: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    )
  }
  // The README's picture (UPDATE_SCREENSHOT=1) shows the shipped data, not the fixture.
  server = await startTestServer(process.env.UPDATE_SCREENSHOT === "1" ? undefined : FIXTURE_SPEC)
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  })
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text())
  })
  page.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`))
  page.on("requestfailed", (request) => consoleErrors.push(`request failed: ${request.url()}`))
  await page.goto(`${server.url}/`)
  await page.waitForFunction(() => window.rareearth?.ready === true, null, { timeout: 20_000 })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Picks a date in the date input as a user would, and waits for the grid to show it. */
const pickDate = async (date: string) => {
  await page.fill("#controls-date", date)
  await page.dispatchEvent("#controls-date", "change")
  await page.waitForSelector(`#element-grid[data-on="${date}"]`)
  await page.waitForFunction((on) => window.rareearth.controlsOn === on, date)
}

const statuses = (): Promise<Array<[string, string]>> =>
  page.$$eval(".element", (cells) =>
    cells.map((cell): [string, string] => [
      (cell as HTMLElement).dataset.symbol ?? "",
      (cell as HTMLElement).dataset.status ?? "",
    ]),
  )

describe("dashboard", () => {
  it("draws the magnet-exports chart with its data points and event markers", async () => {
    const chart = await page.evaluate(() => {
      const exports = window.rareearth.charts.exports!
      const labels = exports.data.labels as string[]
      const june = labels.indexOf("2025-06")
      const may = labels.indexOf("2025-05")
      const annotations = (exports.options.plugins as { annotation?: { annotations?: object } })
        .annotation?.annotations
      return {
        datasets: exports.data.datasets.length,
        points: exports.data.datasets.map(
          (dataset) => dataset.data.filter((value) => value !== null).length,
        ),
        totalJune: exports.data.datasets[0]?.data[june],
        usJune: exports.data.datasets[1]?.data[june],
        usMay: exports.data.datasets[1]?.data[may],
        drawn: exports.getDatasetMeta(0).data.length,
        markers: Object.keys(annotations ?? {}).length,
      }
    })
    expect(chart.datasets).toBe(2)
    expect(chart.totalJune).toBe(3188)
    expect(chart.usJune).toBe(353)
    expect(chart.usMay).toBe(46)
    expect(chart.points[0]).toBeGreaterThanOrEqual(12)
    expect(chart.points[1]).toBeGreaterThanOrEqual(8)
    expect(chart.drawn).toBeGreaterThanOrEqual(12)
    expect(chart.markers).toBeGreaterThanOrEqual(4)
    const events = await page.$$eval("#event-list li", (items) =>
      items.map((item) => item.textContent ?? ""),
    )
    expect(events.some((text) => text.includes("No. 18"))).toBe(true)
    expect(events.some((text) => text.includes("Geneva"))).toBe(true)
  })

  it("shows a point's sources as links when it is clicked", async () => {
    const position = await page.evaluate(() => {
      const exports = window.rareearth.charts.exports!
      const june = (exports.data.labels as string[]).indexOf("2025-06")
      const point = exports.getDatasetMeta(0).data[june]!
      const box = exports.canvas.getBoundingClientRect()
      return { x: box.left + point.x, y: box.top + point.y }
    })
    await page.mouse.click(position.x, position.y)
    const details = page.locator("#figure-details")
    await expect.poll(() => details.textContent()).toContain("2025-06: 3,188 t")
    expect(await details.locator("a[href^='http']").count()).toBeGreaterThan(0)
  })

  it("draws the quotas chart with 2025 shown as undisclosed and conflicting", async () => {
    const quotas = await page.evaluate(() => {
      const chart = window.rareearth.charts.quotas!
      const labels = chart.data.labels as string[]
      const annotations = (
        chart.options.plugins as {
          annotation?: { annotations?: Record<string, { content?: unknown }> }
        }
      ).annotation?.annotations
      return {
        mining2024: chart.data.datasets[0]?.data[labels.indexOf("2024")],
        disputed2025: chart.data.datasets[1]?.data[labels.indexOf("2025")],
        published2025: chart.data.datasets[0]?.data[labels.indexOf("2025")],
        note2025: JSON.stringify(annotations?.year2025?.content ?? null),
      }
    })
    expect(quotas.mining2024).toBe(270_000)
    expect(quotas.published2025).toBeNull()
    expect(quotas.disputed2025).toBe(270_000)
    expect(quotas.note2025).toContain("undisclosed")
    expect(quotas.note2025).toContain("conflicting")
    const claims = await page.$$eval("#quotas-claims li.conflict", (items) =>
      items.map((item) => item.textContent ?? ""),
    )
    expect(
      claims.some((text) => text.startsWith("2025 mining:") && text.includes("undisclosed")),
    ).toBe(true)
    expect(
      claims.some((text) => text.startsWith("2025 mining:") && text.includes("270,000 t REO")),
    ).toBe(true)
    expect(claims.every((text) => text.includes("conflicting"))).toBe(true)
  })

  it("shows 17 elements and changes the grid with the date", async () => {
    expect(await page.locator(".element").count()).toBe(17)

    await pickDate("2025-03-01")
    expect((await statuses()).filter(([, status]) => status === "in_force")).toEqual([])
    await expect.poll(() => page.locator("#controls-summary").textContent()).toContain("0 of 17")

    await pickDate("2025-06-01")
    const inForce = (await statuses())
      .filter(([, status]) => status === "in_force")
      .map(([symbol]) => symbol)
    expect(inForce.sort()).toEqual(["Dy", "Gd", "Lu", "Sc", "Sm", "Tb", "Y"])
    await expect.poll(() => page.locator("#controls-summary").textContent()).toContain("7 of 17")

    await page.click('.element[data-symbol="Dy"]')
    const details = page.locator("#element-details")
    await expect.poll(() => details.textContent()).toContain("Announcement No. 18")
    expect(await details.locator("a[href^='http']").count()).toBeGreaterThan(0)
  })

  it("shows a suspended control in its own status (2025-12-01: No. 57 suspended by No. 70)", async () => {
    await pickDate("2025-12-01")
    const byStatus = new Map(await statuses())
    expect(byStatus.get("Dy")).toBe("in_force")
    expect(byStatus.get("Ho")).toBe("suspended")
  })

  it("keeps the date in the address, so a view can be shared", async () => {
    await pickDate("2025-06-01")
    expect(new URL(page.url()).hash).toBe("#on=2025-06-01")
    const shared = await browser.newPage()
    shared.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text())
    })
    shared.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`))
    try {
      await shared.goto(`${server.url}/#on=2025-03-01`)
      await shared.waitForFunction(() => window.rareearth?.ready === true)
      expect(await shared.getAttribute("#element-grid", "data-on")).toBe("2025-03-01")
      expect(await shared.inputValue("#controls-date")).toBe("2025-03-01")
      expect(await shared.locator('.element[data-status="in_force"]').count()).toBe(0)
    } finally {
      await shared.close()
    }
  })

  it("refuses an API answer that breaks the contract, naming the route, instead of drawing it", async () => {
    const broken = await browser.newPage()
    try {
      // A series whose tonnes are text: the page must not chart it.
      await broken.route("**/api/v1/series?**", (route) =>
        route.fulfill({
          status: 200,
          contentType: "application/json",
          body: JSON.stringify({
            query: { commodity: "8505111000" },
            points: [{ period: "2025-06", tonnes: "lots" }],
          }),
        }),
      )
      await broken.goto(`${server.url}/`)
      const error = broken.locator("#error")
      await expect.poll(() => error.textContent(), { timeout: 20_000 }).toContain("/api/v1/series")
      expect(await error.textContent()).toContain("does not match the API contract")
    } finally {
      await broken.close()
    }
  })

  it("logs no console error, and saves a screenshot for the README", async () => {
    await pickDate("2025-06-01")
    await page.click('.element[data-symbol="Dy"]')
    // The README's picture is refreshed on request only (UPDATE_SCREENSHOT=1), so a test run
    // never leaves the work tree dirty; otherwise the shot goes to test-results/ to look at.
    const dir = join(EXPLORER_DIR, process.env.UPDATE_SCREENSHOT === "1" ? "docs" : "test-results")
    await mkdir(dir, { recursive: true })
    await page.screenshot({ path: join(dir, "dashboard.png"), fullPage: true })
    expect(consoleErrors).toEqual([])
  })
})
