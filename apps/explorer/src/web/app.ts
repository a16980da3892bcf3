/**
 * The dashboard: loads everything from the explorer's REST API and draws the magnet-exports
 * chart, the element grid for a chosen date, and the quotas. Exposes its charts on
 * `window.rareearth` (used by the browser tests and handy in the console).
 */
// First, before any zod schema is built (see the module).
import "./zodJitless.ts"
import type { ControlStatusRow } from "@rareearth/sdk"
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js"
import annotationPlugin from "chartjs-plugin-annotation"
import { quotaConflicts } from "../cli/present.ts"
import * as api from "./api.ts"
import { el, formatNumber, formatPercent, replace, sourceLinks, sourceList, table } from "./dom.ts"
import { elementStatuses, renderElementGrid } from "./elementGrid.ts"
import { markersFrom, renderExportsChart } from "./exportsChart.ts"
import { initExposure } from "./exposure.ts"
import { renderQuotasChart } from "./quotasChart.ts"
import { loadSupply } from "./supplyPanels.ts"

Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  annotationPlugin,
)

/** What the page exposes for tests and the console. */
interface DashboardHandle {
  readonly charts: Record<string, Chart>
  /** True once the first render is done. */
  ready: boolean
  /** The date the element grid shows. */
  controlsOn: string | null
}

declare global {
  interface Window {
    rareearth: DashboardHandle
  }
}

const handle: DashboardHandle = { charts: {}, ready: false, controlsOn: null }
window.rareearth = handle

const byId = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id)
  if (!found) throw new Error(`the page has no #${id}`)
  return found as T
}

const showError = (error: unknown) => {
  const box = byId<HTMLDivElement>("error")
  box.hidden = false
  box.textContent = `Could not load data: ${error instanceof Error ? error.message : String(error)}`
}

const today = () => new Date().toISOString().slice(0, 10)

const STATUS_TEXT: Readonly<Record<string, string>> = {
  in_force: "in force",
  suspended: "suspended",
  pending: "pending",
  unknown: "unknown",
  revoked: "revoked",
}

const statusBadge = (status: string) =>
  el("span", { class: `badge status status-${status}` }, STATUS_TEXT[status] ?? status)

/** The exports chart, its event list and data table. */
const loadExports = async (measures: ReadonlyArray<ControlStatusRow>) => {
  const [total, unitedStates, flows, timeline] = await Promise.all([
    api.magnetSeries("WORLD"),
    api.magnetSeries("US"),
    api.magnetFlows(),
    api.timeline(),
  ])
  const sources = api.sourceCatalogue(flows)
  const markers = markersFrom(timeline, measures)
  const details = byId<HTMLDivElement>("figure-details")
  handle.charts.exports = renderExportsChart(
    byId<HTMLCanvasElement>("exports-chart"),
    total,
    unitedStates,
    sources,
    markers,
    (picked) =>
      replace(
        details,
        el(
          "strong",
          {},
          `${picked.series}, ${picked.point.period}: ${formatNumber(picked.point.tonnes)} t`,
        ),
        ` (${formatPercent(picked.point.changePercent)} on the month before; ${picked.point.confidence ?? "no figure"})`,
        picked.sources.length > 0
          ? sourceList(picked.sources)
          : el("div", {}, "No source recorded."),
      ),
  )

  replace(
    byId("event-list"),
    ...markers.map((marker) =>
      el(
        "li",
        {},
        el("strong", {}, marker.date),
        " ",
        marker.title,
        " ",
        el(
          "span",
          { class: "kind" },
          `(${marker.kind === "control" ? "export control" : "US–China talks"})`,
        ),
        sourceList(marker.sources),
      ),
    ),
  )

  const usByMonth = new Map(unitedStates.points.map((point) => [point.period, point]))
  const sourcesOf = (ids: ReadonlyArray<string>) =>
    [...new Set(ids)].flatMap((id) => {
      const source = sources.get(id)
      return source ? [source] : []
    })
  table(
    byId<HTMLTableElement>("exports-table"),
    [
      "Month",
      { text: "Tonnes", number: true },
      { text: "m/m", number: true },
      "Confidence",
      { text: "To US", number: true },
      "Sources",
    ],
    [...total.points].reverse().map((point) => ({
      cells: [
        point.period,
        { node: formatNumber(point.tonnes), number: true },
        { node: formatPercent(point.changePercent), number: true },
        point.confidence ?? "gap",
        { node: formatNumber(usByMonth.get(point.period)?.tonnes), number: true },
        sourceLinks(
          sourcesOf([...point.sourceIds, ...(usByMonth.get(point.period)?.sourceIds ?? [])]),
        ),
      ],
    })),
  )
}

/** The element grid for a date. */
const loadControls = async (
  on: string,
  elements: Awaited<ReturnType<typeof api.elements>>,
  isCurrent: () => boolean = () => true,
) => {
  const rows = await api.controls(on)
  // A later date was picked while this one loaded: its answer wins.
  if (!isCurrent()) return
  const statuses = elementStatuses(elements, rows)
  const details = byId<HTMLDivElement>("element-details")
  const showElement = (symbol: string) => {
    const entry = statuses.get(symbol)
    const element = elements.find((candidate) => candidate.symbol === symbol)
    for (const button of document.querySelectorAll<HTMLButtonElement>(".element")) {
      button.classList.toggle("selected", button.dataset.symbol === symbol)
    }
    replace(
      details,
      el("strong", {}, `${element?.name ?? symbol} (${symbol}) on ${on}`),
      entry && entry.rows.length > 0
        ? el(
            "ul",
            {},
            ...entry.rows.map((row) =>
              el(
                "li",
                {},
                statusBadge(row.status),
                " ",
                row.measure.title,
                el("div", { class: "kind" }, row.reason),
                sourceList(row.measure.sources),
              ),
            ),
          )
        : el("div", {}, "No export-control measure in the data covers this element."),
    )
  }
  renderElementGrid(byId("element-grid"), elements, statuses, on, showElement)
  const inForce = [...statuses.values()].filter((entry) => entry.status === "in_force").length
  const others = (["suspended", "pending", "unknown", "revoked"] as const).flatMap((status) => {
    const count = [...statuses.values()].filter((entry) => entry.status === status).length
    return count > 0 ? [`${count} ${STATUS_TEXT[status]}`] : []
  })
  const summary = byId<HTMLParagraphElement>("controls-summary")
  summary.dataset.inForce = String(inForce)
  summary.textContent = `${inForce} of 17 elements under export controls in force on ${on}${
    others.length > 0 ? `; ${others.join(", ")}` : ""
  }.`
  table(
    byId<HTMLTableElement>("controls-table"),
    ["Measure", "Status", "Elements", "Why"],
    rows.map((row) => ({
      cells: [
        row.measure.title,
        statusBadge(row.status),
        row.measure.scope.elements.join(" ") || "—",
        row.reason,
      ],
    })),
  )
  details.textContent = "Click an element to see the measures covering it."
  handle.controlsOn = on
}

/** The quotas chart and the table of claims. */
const loadQuotas = async () => {
  const quotas = await api.quotas()
  handle.charts.quotas = renderQuotasChart(byId<HTMLCanvasElement>("quotas-chart"), quotas)
  const rivals = quotaConflicts(quotas)
  // A list rather than a table: it reads well in the narrow column the quotas get.
  replace(
    byId("quotas-claims"),
    ...[...quotas]
      .sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind))
      .map((quota) => {
        const others = rivals.get(quota.id) ?? []
        return el(
          "li",
          { class: others.length > 0 ? "conflict" : undefined, "data-claim": quota.id },
          el(
            "strong",
            {},
            `${quota.year} ${quota.kind === "smelting_separation" ? "smelting/separation" : quota.kind}: `,
          ),
          quota.tonnesReo === null
            ? el(
                "span",
                { class: "badge undisclosed" },
                quota.disclosed ? "unknown" : "undisclosed",
              )
            : `${formatNumber(quota.tonnesReo)} t REO`,
          ` · ${quota.confidence.kind}, ${quota.published ? "published" : "not published"} `,
          others.length > 0
            ? el(
                "span",
                { class: "badge conflict", title: `Conflicts with ${others.join(", ")}` },
                "conflicting",
              )
            : "",
          el("div", { class: "claim-sources" }, "Sources: ", sourceLinks(quota.sources)),
        )
      }),
  )
}

const main = async () => {
  initExposure()
  const [info, elements, allMeasures] = await Promise.all([
    api.datasetInfo(),
    api.elements(),
    api.controls(today()),
  ])
  byId("dataset-info").textContent =
    `Source: ${info.source}${info.version ? ` · dataset ${info.version}` : ""}${info.asOf ? ` · data as of ${info.asOf}` : ""} · ${info.counts.flows} trade flows, ${info.counts.measures} measures`

  const dateInput = byId<HTMLInputElement>("controls-date")
  // The grid's date lives in the address (#on=2025-06-01), so a view can be shared or bookmarked.
  const fromHash = /^#on=(\d{4}-\d{2}-\d{2})$/.exec(window.location.hash)?.[1]
  dateInput.value = fromHash ?? today()
  let latest = 0
  const pick = (on: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) return
    dateInput.value = on
    history.replaceState(null, "", `#on=${on}`)
    const request = ++latest
    handle.controlsOn = null
    loadControls(on, elements, () => request === latest).catch(showError)
  }
  dateInput.addEventListener("change", () => pick(dateInput.value))
  byId("controls-form").addEventListener("submit", (event) => event.preventDefault())
  for (const button of document.querySelectorAll<HTMLButtonElement>(".presets button")) {
    button.addEventListener("click", () =>
      pick(button.dataset.date === "today" ? today() : (button.dataset.date ?? "")),
    )
  }

  await Promise.all([
    loadExports(allMeasures),
    loadControls(dateInput.value, elements, () => latest === 0),
    loadQuotas(),
    loadSupply(handle.charts),
  ])
  handle.ready = true
  document.body.dataset.ready = "true"
}

main().catch(showError)
