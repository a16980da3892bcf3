/**
 * The supply panels in a real browser: Playwright (playwright-core) drives Debian's Chromium
 * against a server started by the test. Every expected figure is read from the same server's
 * API in the test, so a revised dataset figure never breaks it: the panels must show what the
 * API answers (production and China's share, reserves with lower bounds and NA, measures and
 * their statuses on a date, prices with China's controls, the premium), with labels, sources
 * and the data's as-of date, and log no console error. Saves docs/supply.png with
 * UPDATE_SCREENSHOT=1 (test-results/ otherwise).
 */
import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { type Browser, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { EXPLORER_DIR, startTestServer } from "./helpers.ts"

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

let server: Awaited<ReturnType<typeof startTestServer>>
let browser: Browser
let page: Page
const consoleErrors: string[] = []

/** The API's answer, read by the test itself. */
const api = async <A>(path: string): Promise<A> => {
  const response = await fetch(`${server.url}/api/v1${path}`)
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return (await response.json()) as A
}

/** The items of a list answer of the API (`{ items, dataAge }`). */
const listItems = async <A>(path: string): Promise<ReadonlyArray<A>> =>
  (await api<{ items: Array<A> }>(path)).items

interface MeasureRow {
  readonly measure: { readonly id: string; readonly jurisdiction: string; readonly title: string }
  readonly status: string
}

const today = () => new Date().toISOString().slice(0, 10)

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    )
  }
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
  page.on("requestfailed", (request) => consoleErrors.push(`request failed: ${request.url()}`))
  await page.goto(`${server.url}/`)
  await page.waitForFunction(() => window.rareearth?.ready === true, null, { timeout: 30_000 })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Sets the timeline's filter and date as a user would, and waits for the redraw. */
const chooseMeasures = async (choice: { jurisdiction?: string; kind?: string; on?: string }) => {
  if (choice.jurisdiction !== undefined)
    await page.selectOption("#measures-jurisdiction", choice.jurisdiction)
  if (choice.kind !== undefined) await page.selectOption("#measures-kind", choice.kind)
  if (choice.on !== undefined) {
    await page.fill("#measures-date", choice.on)
    await page.dispatchEvent("#measures-date", "change")
  }
  await page.waitForFunction(() => {
    const box = document.getElementById("measures-timeline")
    return box?.dataset.loading === undefined
  })
}

const timelineRows = (): Promise<Array<{ id: string; status: string; jurisdiction: string }>> =>
  page.$$eval("#measures-timeline .timeline-row", (rows) =>
    rows.map((row) => ({
      id: (row as HTMLElement).dataset.measure ?? "",
      status: (row as HTMLElement).dataset.status ?? "",
      jurisdiction: (row as HTMLElement).dataset.jurisdiction ?? "",
    })),
  )

describe("supply panels", () => {
  it("shows the data's as-of date from the API on every supply panel", async () => {
    const info = await api<{ asOf: string | null }>("/dataset")
    expect(info.asOf).not.toBeNull()
    const notes = await page.$$eval(".as-of", (items) => items.map((item) => item.textContent))
    expect(notes.length).toBeGreaterThanOrEqual(4)
    for (const note of notes) expect(note).toContain(`Data as of ${info.asOf}`)
  })

  it("draws mine production by country with China's share as the API gives them", async () => {
    const shares = await listItems<{
      year: number
      share: { percent: number; tonnesReo: number } | null
    }>("/production/concentration?area=CN&stage=mine")
    const latest = shares.reduce((a, b) => (a.year > b.year ? a : b))
    const production = await listItems<{ area: string; year: number; tonnesReo: number | null }>(
      `/production?stage=mine&year=${latest.year}`,
    )
    const world = production.find((record) => record.area === "WORLD")
    const chart = await page.evaluate((year) => {
      const production = window.rareearth.charts.production!
      const index = (production.data.labels as string[]).indexOf(String(year))
      const byLabel = (label: string) =>
        production.data.datasets.find((dataset) => dataset.label?.startsWith(label))?.data[index]
      return {
        years: (production.data.labels as string[]).length,
        china: production.data.datasets.find(
          (dataset) => (dataset as { area?: string }).area === "CN",
        )?.data[index],
        world: byLabel("World total"),
        share: byLabel("China's share"),
      }
    }, latest.year)
    expect(chart.years).toBe(shares.length)
    expect(chart.china).toBe(latest.share?.tonnesReo)
    expect(chart.world).toBe(world?.tonnesReo)
    expect(chart.share).toBe(latest.share?.percent)

    // A click on China's bar names the figure with its label and links its sources.
    await page.locator("#production-chart").scrollIntoViewIfNeeded()
    const position = await page.evaluate((year) => {
      const production = window.rareearth.charts.production!
      const index = (production.data.labels as string[]).indexOf(String(year))
      const bar = production.getDatasetMeta(0).data[index]!
      const box = production.canvas.getBoundingClientRect()
      return { x: box.left + bar.x, y: box.top + bar.y + 8 }
    }, latest.year)
    await page.mouse.click(position.x, position.y)
    const details = page.locator("#production-details")
    await expect.poll(() => details.textContent()).toContain(`China, ${latest.year}`)
    expect(await details.locator(".badge.label").count()).toBe(1)
    expect(await details.locator("a[href^='http']").count()).toBeGreaterThan(0)
  })

  it("shows reserves with lower bounds and 'not available' as such, never as 0", async () => {
    const reserves = await listItems<{
      area: string
      value: { kind: string; text: string }
      tonnesReo: number | null
    }>("/reserves")
    const items = await page.$$eval("#reserves-list li", (rows) =>
      rows.map((row) => ({
        area: (row as HTMLElement).dataset.area ?? "",
        value: row.querySelector(".reserve-value")?.textContent ?? "",
        title: row.querySelector("button")?.getAttribute("title") ?? "",
        bar: (row.querySelector(".reserve-bar") as HTMLElement | null)?.style.width ?? "",
      })),
    )
    expect(items.map((item) => item.area).sort()).toEqual(reserves.map((row) => row.area).sort())
    const byArea = new Map(items.map((item) => [item.area, item]))
    const missing = reserves.filter((row) => row.value.kind === "not_available")
    const bounds = reserves.filter((row) => row.value.kind === "lower_bound")
    expect(missing.length + bounds.length).toBeGreaterThan(0)
    for (const row of missing) {
      expect(byArea.get(row.area)?.value).toContain("not available")
      expect(byArea.get(row.area)?.bar).toBe("")
    }
    for (const row of bounds) {
      expect(byArea.get(row.area)?.value).toContain("more than")
      expect(byArea.get(row.area)?.value).toContain(`USGS: ${row.value.text}`)
      expect(byArea.get(row.area)?.title).toContain(`${row.value.text} as printed`)
    }
    const exact = reserves.find((row) => row.area === "CN")
    expect(byArea.get("CN")?.value).toBe(`${exact?.tonnesReo?.toLocaleString("en-US")} t`)
    expect(await page.locator("#reserves-list .badge.label").count()).toBe(reserves.length)

    // A click on a row lists its sources as links.
    await page.click("#reserves-list li[data-area='CN'] button")
    await expect
      .poll(() => page.textContent("#reserves-details"))
      .toContain(`${exact?.tonnesReo?.toLocaleString("en-US")} t`)
    expect(await page.locator("#reserves-details a[href^='http']").count()).toBeGreaterThan(0)
  })

  it("draws the timeline of every measure, and the filter changes it as the API filters", async () => {
    const asOf = (await api<{ asOf: string }>("/dataset")).asOf
    const on = [today(), asOf].sort()[1]
    const all = await listItems<MeasureRow>(`/measures?on=${on}`)
    expect((await timelineRows()).length).toBe(all.length)

    const japan = await listItems<MeasureRow>(`/measures?on=${on}&jurisdiction=JP`)
    await chooseMeasures({ jurisdiction: "JP" })
    const shown = await timelineRows()
    expect(shown.length).toBe(japan.length)
    expect(shown.length).toBeLessThan(all.length)
    expect(new Set(shown.map((row) => row.jurisdiction))).toEqual(new Set(["JP"]))

    const floors = await listItems<MeasureRow>(`/measures?on=${on}&kind=price_floor`)
    await chooseMeasures({ jurisdiction: "", kind: "price_floor" })
    expect((await timelineRows()).map((row) => row.id).sort()).toEqual(
      floors.map((row) => row.measure.id).sort(),
    )
    await chooseMeasures({ kind: "" })
    expect((await timelineRows()).length).toBe(all.length)
  })

  it("shows each measure's status on the chosen date, as the API gives it", async () => {
    const statusesOn = async (date: string) => {
      await chooseMeasures({ on: date })
      return new Map((await timelineRows()).map((row) => [row.id, row.status]))
    }
    const expected = async (date: string) =>
      new Map(
        (await listItems<MeasureRow>(`/measures?on=${date}`)).map((row) => [
          row.measure.id,
          row.status,
        ]),
      )
    const june = await statusesOn("2025-06-01")
    const december = await statusesOn("2025-12-01")
    for (const [date, shown] of [
      ["2025-06-01", june],
      ["2025-12-01", december],
    ] as const) {
      const answer = await expected(date)
      for (const [id, status] of shown) expect(status).toBe(answer.get(id) ?? "not_announced")
    }
    const changed = [...december].filter(([id, status]) => june.get(id) !== status)
    expect(changed.length).toBeGreaterThan(0)
    expect(await page.getAttribute("#measures-timeline", "data-on")).toBe("2025-12-01")
    expect(await page.isHidden("#measures-horizon")).toBe(true)

    // A date after the data's as-of date says so, on the panel and on each status.
    const asOf = (await api<{ asOf: string }>("/dataset")).asOf
    await statusesOn("2026-12-31")
    expect(await page.textContent("#measures-horizon")).toContain(asOf)
    const titles = await page.$$eval(
      "#measures-timeline .timeline-row[data-status='in_force'] .badge",
      (badges) => badges.map((badge) => badge.getAttribute("title") ?? ""),
    )
    expect(titles.length).toBeGreaterThan(0)
    expect(
      titles.every((title) => title === `in force as of ${asOf}; nothing recorded since`),
    ).toBe(true)

    // A click on a measure lists its events and sources.
    await page.click("#measures-timeline .timeline-row .timeline-title")
    expect(await page.locator("#measure-details a[href^='http']").count()).toBeGreaterThan(0)
  })

  it("draws prices as the API gives them, with China's controls and S visibly single-source", async () => {
    const prices = await listItems<{
      id: string
      market: string
      currency: string
      unit: string
      low: number
      high: number
      evidence: string
    }>("/prices?product=ndpr_oxide")
    const domestic = prices.filter(
      (row) => row.market === "china_domestic" && row.currency === "CNY" && row.unit === "tonne",
    )
    const sample = domestic[domestic.length - 1]!
    const single = prices.find(
      (row) =>
        row.evidence === "single_source" &&
        ((row.currency === "CNY" && row.unit === "tonne") ||
          (row.currency === "USD" && row.unit === "kg")),
    )
    const chart = await page.evaluate(
      ({ id, singleId }) => {
        const prices = window.rareearth.charts.prices!
        type Point = { y: number; observation: { id: string; low: number; high: number } }
        const find = (wanted: string | undefined) => {
          for (const [datasetIndex, dataset] of prices.data.datasets.entries()) {
            const index = (dataset.data as unknown as Point[]).findIndex(
              (point) => point.observation.id === wanted,
            )
            if (index >= 0)
              return { datasetIndex, index, point: dataset.data[index] as unknown as Point }
          }
          return undefined
        }
        const sample = find(id)
        const single = find(singleId)
        const style = single
          ? (prices.data.datasets[single.datasetIndex] as { pointStyle?: string[] }).pointStyle?.[
              single.index
            ]
          : undefined
        const annotations = (
          prices.options.plugins as {
            annotation?: { annotations?: Record<string, { label?: { content?: unknown } }> }
          }
        ).annotation?.annotations
        return {
          product: prices.canvas.dataset.product,
          sample: sample ? { ...sample.point.observation, y: sample.point.y } : null,
          singleStyle: style ?? null,
          markers: Object.values(annotations ?? {}).map((a) => String(a.label?.content ?? "")),
        }
      },
      { id: sample.id, singleId: single?.id },
    )
    expect(chart.product).toBe("ndpr_oxide")
    expect(chart.sample).toMatchObject({ low: sample.low, high: sample.high })
    expect(chart.sample?.y).toBe((sample.low + sample.high) / 2)
    if (single) expect(chart.singleStyle).toBe("triangle")
    expect(chart.markers.some((label) => label.includes("No. 18"))).toBe(true)
    // Every observation is in the table with its label; single-source ones say so.
    expect(await page.locator("#prices-table tbody tr").count()).toBe(prices.length)
    expect(await page.locator("#prices-table .badge.label-S").count()).toBe(
      prices.filter((row) => row.evidence === "single_source").length,
    )

    // A click on the point names the observation with its label and links its sources.
    await page.locator("#prices-chart").scrollIntoViewIfNeeded()
    const position = await page.evaluate((id) => {
      const prices = window.rareearth.charts.prices!
      for (const [datasetIndex, dataset] of prices.data.datasets.entries()) {
        const index = (dataset.data as unknown as Array<{ observation: { id: string } }>).findIndex(
          (point) => point.observation.id === id,
        )
        if (index < 0) continue
        const point = prices.getDatasetMeta(datasetIndex).data[index]!
        const box = prices.canvas.getBoundingClientRect()
        return { x: box.left + point.x, y: box.top + point.y }
      }
      return null
    }, sample.id)
    expect(position).not.toBeNull()
    await page.mouse.click(position!.x, position!.y)
    const details = page.locator("#price-details")
    await expect.poll(() => details.textContent()).toContain(sample.low.toLocaleString("en-US"))
    expect(await details.locator(".badge.label").count()).toBe(1)
    expect(await details.locator("a[href^='http']").count()).toBeGreaterThan(0)

    const terbium = await listItems<{ id: string }>("/prices?product=tb_oxide")
    await page.selectOption("#prices-product", "tb_oxide")
    await page.waitForSelector("#prices-chart[data-product='tb_oxide']")
    await expect.poll(() => page.locator("#prices-table tbody tr").count()).toBe(terbium.length)
  })

  it("shows the Europe/China premium only where the API gives it", async () => {
    const premiums = await listItems<{ product: string; ratio: number }>("/prices/premium")
    const rows = await page.$$eval("#premium-table tbody tr", (items) =>
      items.map((item) => item.textContent ?? ""),
    )
    expect(rows.length).toBe(premiums.length)
    for (const [index, premium] of premiums.entries()) {
      expect(rows[index]).toContain(premium.product.replaceAll("_", " "))
      expect(rows[index]).toContain(`×${premium.ratio.toFixed(2)}`)
    }
  })

  it("logs no console error, and saves a screenshot of the supply panels", async () => {
    await chooseMeasures({ on: "2025-12-01" })
    await page.selectOption("#prices-product", "ndpr_oxide")
    await page.waitForSelector("#prices-chart[data-product='ndpr_oxide']")
    await page.locator("#measures-date").blur()
    // The picked measure's details follow the date.
    expect(await page.textContent("#measure-details")).not.toContain("nothing recorded since")
    const dir = join(EXPLORER_DIR, process.env.UPDATE_SCREENSHOT === "1" ? "docs" : "test-results")
    await mkdir(dir, { recursive: true })
    const top = await page
      .locator("#production-title")
      .evaluate((title) => title.closest("section")!.getBoundingClientRect().top + window.scrollY)
    const bottom = await page
      .locator("#prices-title")
      .evaluate(
        (title) => title.closest("section")!.getBoundingClientRect().bottom + window.scrollY,
      )
    await page.screenshot({
      path: join(dir, "supply.png"),
      fullPage: true,
      clip: { x: 0, y: top - 12, width: 1400, height: bottom - top + 24 },
    })
    expect(consoleErrors).toEqual([])
  })
})
