/**
 * The timeline of measures across jurisdictions: one row per measure with its recorded events
 * on a shared time axis, the chosen date as a vertical line, and the measure's status on that
 * date in the words every surface uses (`AsOf.describeStatus`: past the data's as-of date it
 * says `in force as of 2026-04-20; nothing recorded since`). Plain HTML: light, and each row is
 * a button a keyboard reaches.
 */
import { AsOf, Jurisdiction } from "@rareearth/core"
import type { SupplyContract } from "@rareearth/sdk"
import { measureLabel } from "../cli/supplyOptions.ts"
import { el, replace, sourceList } from "./dom.ts"

type Row = SupplyContract.MeasureStatusRow
type Measure = Row["measure"]

/** A measure not yet announced on the chosen date (the API leaves it out). */
export const NOT_ANNOUNCED = "not_announced"

const EVENT_TEXT: Readonly<Record<string, string>> = {
  announced: "announced",
  effective: "in force",
  suspended: "suspended",
  resumed: "resumed",
  amended: "amended",
  revoked: "revoked",
}

const time = (date: string) => Date.parse(`${date}T00:00:00Z`)

/** The years the axis spans: from the first event's year to the last date shown. */
const spanOf = (measures: ReadonlyArray<Measure>, on: string, asOf: string) => {
  const dates = [...measures.flatMap((measure) => measure.events.map((event) => event.date)), on]
  const first = Number(dates.reduce((a, b) => (a < b ? a : b), asOf).slice(0, 4))
  const last = Number(dates.reduce((a, b) => (a > b ? a : b), asOf).slice(0, 4)) + 1
  return { first, last, start: time(`${first}-01-01`), end: time(`${last}-01-01`) }
}

/** A jurisdiction's code for the narrow column: long body codes by their initials (title: full name). */
const shortCode = (code: string): string =>
  code.length <= 5
    ? code
    : code
        .split("_")
        .map((word) => word[0])
        .join("")

/** The first date of a measure (announcement or entry into force). */
const startOf = (measure: Measure) =>
  measure.events.map((event) => event.date).sort()[0] ?? "9999-12-31"

/** Draws the timeline of `all` (already filtered) with statuses from `onDate`; `onPick` gets a clicked row. */
export const renderMeasuresTimeline = (
  target: HTMLElement,
  all: ReadonlyArray<Row>,
  onDate: ReadonlyArray<Row>,
  on: string,
  asOf: string,
  onPick: (measure: Measure, status: string, description: string) => void,
): void => {
  const statuses = new Map(onDate.map((row) => [row.measure.id, row] as const))
  const measures = all
    .map((row) => row.measure)
    .sort((a, b) => startOf(a).localeCompare(startOf(b)))
  const span = spanOf(measures, on, asOf)
  const percent = (date: string) =>
    `${(((time(date) - span.start) / (span.end - span.start)) * 100).toFixed(3)}%`
  const window = AsOf.horizon(asOf, on)

  const positioned = <T extends HTMLElement>(element: T, left: string, width?: string): T => {
    element.style.left = left
    if (width !== undefined) element.style.width = width
    return element
  }
  const years = Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i)
  const axis = el(
    "div",
    { class: "timeline-axis", "aria-hidden": "true" },
    el(
      "div",
      { class: "timeline-scale" },
      ...years.map((year) =>
        positioned(el("span", { class: "timeline-year" }, String(year)), percent(`${year}-01-01`)),
      ),
      positioned(el("span", { class: "timeline-on-label" }, on), percent(on)),
    ),
  )

  const rows = measures.map((measure) => {
    const row = statuses.get(measure.id)
    const status = row?.status ?? NOT_ANNOUNCED
    const description = row
      ? AsOf.describeStatus({ ...row, horizon: window })
      : `not yet announced on ${on}`
    const dates = measure.events.map((event) => event.date).sort()
    const first = dates[0] ?? on
    const last = dates[dates.length - 1] ?? on
    const track = el(
      "div",
      { class: "timeline-track" },
      positioned(
        el("span", { class: "timeline-life" }),
        percent(first),
        `calc(${percent(last)} - ${percent(first)})`,
      ),
      ...measure.events.map((event) =>
        positioned(
          el("span", {
            class: `timeline-event event-${event.type}`,
            title: `${event.date}: ${EVENT_TEXT[event.type] ?? event.type}${"description" in event && event.description ? ` (${event.description})` : ""}`,
          }),
          percent(event.date),
        ),
      ),
      positioned(el("span", { class: "timeline-on" }), percent(on)),
    )
    const button = el(
      "button",
      { type: "button", class: "timeline-title", title: measure.title },
      el(
        "span",
        { class: "jurisdiction", title: Jurisdiction.nameOf(measure.jurisdiction) },
        shortCode(measure.jurisdiction),
      ),
      " ",
      measure.title,
    )
    button.addEventListener("click", () => onPick(measure, status, description))
    return el(
      "li",
      {
        class: "timeline-row",
        "data-measure": measure.id,
        "data-status": status,
        "data-jurisdiction": measure.jurisdiction,
      },
      button,
      track,
      el(
        "span",
        { class: `badge status status-${status}`, title: description },
        status === NOT_ANNOUNCED ? "not announced" : AsOf.STATUS_PHRASES[status],
      ),
    )
  })
  target.dataset.on = on
  target.dataset.count = String(rows.length)
  replace(
    target,
    rows.length === 0
      ? el("p", { class: "hint" }, "No measure matches this filter.")
      : el("div", { class: "timeline" }, axis, el("ol", { class: "timeline-rows" }, ...rows)),
  )
}

/** The details of a picked measure: status, kinds, label, every event with its sources. */
export const measureDetails = (
  measure: Measure,
  description: string,
): ReadonlyArray<Node | string> => [
  el("strong", {}, `${Jurisdiction.nameOf(measure.jurisdiction)}: ${measure.title}`),
  el(
    "div",
    {},
    `${description} · ${measure.kinds.map((kind) => kind.replaceAll("_", " ")).join(", ")} · ${measure.binding.replace("_", "-")} · label ${measureLabel(measure)}`,
  ),
  el("div", { class: "kind" }, measure.summary),
  el(
    "ul",
    {},
    ...measure.events.map((event) =>
      el(
        "li",
        {},
        el("strong", {}, event.date),
        ` ${EVENT_TEXT[event.type] ?? event.type}${"description" in event && event.description ? ` (${event.description})` : ""}`,
        sourceList(event.sources),
      ),
    ),
  ),
  measure.events.some((event) => event.sources.length > 0)
    ? ""
    : el("div", {}, "Sources: ", sourceList(measure.sources)),
]

/** The select options of a filter: a value and its text, sorted by text. */
export const filterOptions = (rows: ReadonlyArray<Row>) => {
  const jurisdictions = [...new Set(rows.map((row) => row.measure.jurisdiction))]
    .map((code) => ({ value: code, text: `${Jurisdiction.nameOf(code)} (${code})` }))
    .sort((a, b) => a.text.localeCompare(b.text))
  const kinds = [...new Set(rows.flatMap((row) => row.measure.kinds))]
    .map((kind) => ({ value: kind, text: kind.replaceAll("_", " ") }))
    .sort((a, b) => a.text.localeCompare(b.text))
  return { jurisdictions, kinds }
}
