/**
 * The dashboard's Exposure section: upload or paste a bill of materials (CSV, TSV, JSON or
 * NDJSON), POST it to /api/v1/exposure, and show the per-part table, the controls per element,
 * the timeline chart and the totals; bad rows are listed with their row and column. Exposes the
 * last answer and its chart on `window.rareearth` for the browser tests.
 */
import type { ExposureResult } from "@rareearth/sdk"
import type { Chart } from "chart.js"
import { el, formatNumber, replace, table } from "./dom.ts"
import { renderExposureChart, STATUS_COLOURS } from "./exposureChart.ts"

/** The dashboard's handle on `window` (app.ts), seen from here. */
const handle = () =>
  (
    window as unknown as {
      rareearth: { charts: Record<string, Chart>; exposure?: ExposureResult | undefined }
    }
  ).rareearth

const byId = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id)
  if (!found) throw new Error(`the page has no #${id}`)
  return found as T
}

const FORMATS: Readonly<Record<string, string>> = {
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  json: "json",
  ndjson: "ndjson",
  jsonl: "ndjson",
}

/** `0.04` kg -> `40 g`; kilograms from 1 kg. */
const mass = (kg: number) => (kg < 1 ? `${formatNumber(kg * 1000)} g` : `${formatNumber(kg)} kg`)

const range = (value: { readonly min: number | null; readonly max: number }) => {
  if (value.min === null) return `up to ${mass(value.max)}`
  if (value.min === value.max) return mass(value.max)
  return value.max < 1
    ? `${formatNumber(value.min * 1000)}–${formatNumber(value.max * 1000)} g`
    : `${formatNumber(value.min)}–${formatNumber(value.max)} kg`
}

const percent = (value: { readonly min: number | null; readonly max: number }) =>
  value.min === null
    ? `up to ${value.max}%`
    : value.min === value.max
      ? `${value.max}%`
      : `${value.min}–${value.max}%`

const statusBadge = (status: string, text: string) =>
  el("span", { class: `badge status status-${status}` }, text)

let chart: Chart | undefined

/** Draws an answer. */
const show = (result: ExposureResult) => {
  handle().exposure = result
  replace(byId("bom-problems"))
  const controlledCount = result.controls.filter((row) => row.controlled === true).length
  replace(
    byId("bom-summary"),
    `${result.parts.length} parts; ${controlledCount} of ${result.controls.length} element–form pairs under a measure in force on ${result.on}. `,
    result.asOf === null ? "" : `Data as of ${result.asOf}.`,
  )
  table(
    byId<HTMLTableElement>("bom-parts"),
    [
      "Part",
      "Material",
      "Grade",
      { text: "Mass", number: true },
      "Component",
      "Content",
      { text: "Contained", number: true },
      "Source",
    ],
    result.parts.flatMap((part) =>
      part.components.map((component) => ({
        cells: [
          part.partId,
          part.material,
          part.grade ?? "–",
          { node: mass(part.massKg), number: true as const },
          component.component,
          percent(component.wtPercent),
          { node: range(component.containedKg), number: true as const },
          component.origin === "stated"
            ? "stated in the bill"
            : (component.provenance?.sources.map((source) => source.publisher).join("; ") ?? ""),
        ],
      })),
    ),
  )
  table(
    byId<HTMLTableElement>("bom-controls"),
    ["Element", "Form", "Controlled", "Measures", "Parts"],
    result.controls.map((row) => ({
      cells: [
        row.element,
        row.form,
        row.controlled === true
          ? statusBadge("in_force", "yes")
          : row.controlled === "unknown"
            ? statusBadge("unknown", "unknown")
            : "no",
        row.measures.length === 0
          ? "none reaches it"
          : row.measures
              .map(
                (measure) =>
                  `${measure.measureId}: ${measure.status.replace("_", " ")}${measure.since ? ` since ${measure.since}` : ""}${measure.effect === "licence_required" ? " (licence required)" : measure.effect === "prohibited" ? " (prohibited)" : ""}`,
              )
              .join("; "),
        row.partIds.join(", "),
      ],
    })),
  )
  table(
    byId<HTMLTableElement>("bom-totals"),
    ["Component", "Elements", { text: "Contained", number: true }, "Parts"],
    result.totals.map((row) => ({
      cells: [
        row.component,
        row.elements.join(" "),
        { node: range(row.containedKg), number: true as const },
        row.partIds.join(", "),
      ],
    })),
  )
  const supply = [
    ...new Map(result.supply.map((row) => [`${row.stage}|${row.year}`, row])).values(),
  ]
  replace(
    byId("bom-notes"),
    ...supply.map((row) =>
      el(
        "li",
        {},
        `China's share, ${row.stage}: ${formatNumber(row.share)}% (${row.year}; ${row.provenance.sources.map((source) => source.publisher).join("; ")})`,
      ),
    ),
    ...result.prices.map((row) =>
      el(
        "li",
        {},
        `${row.component}: ${row.value.min === null ? "up to " : `${formatNumber(row.value.min)}–`}${formatNumber(row.value.max)} ${row.currency} at ${formatNumber(row.price.perKg)} ${row.currency}/kg (${row.price.assessor}, ${row.price.market}, ${row.price.date})`,
      ),
    ),
    ...result.notes.map((note) => el("li", {}, note)),
  )
  chart = renderExposureChart(byId<HTMLCanvasElement>("bom-chart"), result, chart)
  handle().charts.exposure = chart
  byId("bom-results").hidden = false
}

/** Lists the rows the API refused, with row and column. */
const showProblems = (
  detail: string,
  rows: ReadonlyArray<{ row: number; column: string; value: string; message: string }>,
) => {
  handle().exposure = undefined
  byId("bom-results").hidden = true
  const target = el("table", { class: "data-table", id: "bom-problem-table" })
  table(
    target,
    ["Row", "Column", "Value", "Problem"],
    rows.map((row) => ({ cells: [String(row.row), row.column || "–", row.value, row.message] })),
  )
  replace(
    byId("bom-problems"),
    el("p", { class: "error" }, detail),
    rows.length > 0 ? target : null,
  )
}

let format: string | undefined

const submit = async () => {
  const text = byId<HTMLTextAreaElement>("bom-text").value
  const on = byId<HTMLInputElement>("bom-on").value
  const from = byId<HTMLInputElement>("bom-from").value
  const to = byId<HTMLInputElement>("bom-to").value
  replace(byId("bom-summary"), "Computing…")
  const response = await fetch("/api/v1/exposure", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      text,
      ...(format === undefined ? {} : { format }),
      ...(on === "" ? {} : { on }),
      ...(from === "" || to === "" ? {} : { from, to }),
    }),
  })
  const body = (await response.json()) as ExposureResult & {
    detail?: string
    rows?: Array<{ row: number; column: string; value: string; message: string }>
    errors?: Array<{ parameter: string; message: string }>
  }
  replace(byId("bom-summary"))
  if (response.ok) return show(body)
  showProblems(
    body.detail ?? `HTTP ${response.status}`,
    body.rows ??
      (body.errors ?? []).map((error) => ({
        row: 0,
        column: error.parameter,
        value: "",
        message: error.message,
      })),
  )
}

/** Wires the form; called once by the dashboard. */
export const initExposure = () => {
  const file = byId<HTMLInputElement>("bom-file")
  const text = byId<HTMLTextAreaElement>("bom-text")
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0]
    if (chosen === undefined) return
    format = FORMATS[/\.([a-z]+)$/i.exec(chosen.name)?.[1]?.toLowerCase() ?? ""]
    text.value = await chosen.text()
    await submit()
  })
  text.addEventListener("input", () => {
    format = undefined
  })
  byId<HTMLFormElement>("bom-form").addEventListener("submit", (event) => {
    event.preventDefault()
    void submit().catch((error: unknown) =>
      showProblems(error instanceof Error ? error.message : String(error), []),
    )
  })
  replace(
    byId("bom-legend"),
    ...Object.entries(STATUS_COLOURS).map(([status]) =>
      el(
        "li",
        {},
        el("span", { class: `swatch status-${status}` }),
        status === "none" ? "no measure" : status.replace("_", " "),
      ),
    ),
  )
}
