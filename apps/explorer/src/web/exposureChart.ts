/**
 * The exposure timeline: one bar row per element, form and measure, coloured by the measure's
 * status from each change to the next over the chosen range (grey: no measure reaches it), with
 * a vertical marker on every date a status changes (chartjs-plugin-annotation).
 */
import type { ExposureResult } from "@rareearth/sdk"
import { Chart, type ChartConfiguration } from "chart.js"
import type { AnnotationOptions } from "./chartTypes.ts"

const DAY_MS = 86_400_000
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** The statuses drawn, with the CSS variable of the element grid's colour for each (styles.css). */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  in_force: "--in-force",
  suspended: "--suspended",
  pending: "--pending",
  unknown: "--unknown",
  revoked: "--revoked",
  none: "--none",
}

/** A status's colour, read from the page's stylesheet so that the chart and the grid agree. */
const colourOf = (status: string): string =>
  getComputedStyle(document.documentElement)
    .getPropertyValue(STATUS_COLOURS[status] ?? "--none")
    .trim() || "#999999"

/** One bar: a row, a span of days and the status over it. */
export interface TimelineBar {
  readonly row: string
  readonly start: string
  readonly end: string
  readonly status: string
  readonly reason: string
}

/** The bars and change markers of an exposure's timeline. */
export const timelineBars = (
  result: ExposureResult,
): { readonly bars: ReadonlyArray<TimelineBar>; readonly markers: ReadonlyArray<string> } => {
  const from = result.from ?? result.on
  const to = result.to ?? result.on
  const bars: Array<TimelineBar> = []
  const markers = new Set<string>()
  for (const line of result.timeline ?? []) {
    const label = `${line.element} ${line.form}`
    const byMeasure = new Map<string, Array<(typeof line.changes)[number]>>()
    for (const change of line.changes)
      byMeasure.set(change.measureId, [...(byMeasure.get(change.measureId) ?? []), change])
    if (byMeasure.size === 0) {
      bars.push({
        row: label,
        start: from,
        end: to,
        status: "none",
        reason: "no measure reaches it",
      })
      continue
    }
    for (const [measureId, changes] of byMeasure) {
      const row = `${label} · ${measureId}`
      const first = changes[0]
      if (first !== undefined && first.date > from)
        bars.push({
          row,
          start: from,
          end: first.date,
          status: "none",
          reason: "not yet announced",
        })
      changes.forEach((change, index) => {
        if (change.date > from) markers.add(change.date)
        bars.push({
          row,
          start: change.date,
          end: changes[index + 1]?.date ?? to,
          status: change.status,
          reason: change.reason,
        })
      })
    }
  }
  return { bars, markers: [...markers].sort() }
}

/** Draws (or redraws) the timeline chart. */
export const renderExposureChart = (
  canvas: HTMLCanvasElement,
  result: ExposureResult,
  previous: Chart | undefined,
): Chart => {
  previous?.destroy()
  const { bars, markers } = timelineBars(result)
  const rows = [...new Set(bars.map((bar) => bar.row))]
  const annotations: Record<string, AnnotationOptions> = Object.fromEntries(
    markers.map((date, index) => [
      `change-${index}`,
      {
        type: "line",
        xMin: dayOf(date),
        xMax: dayOf(date),
        borderColor: "#34495e",
        borderWidth: 1,
        borderDash: [4, 3],
        label: {
          display: true,
          content: date,
          position: "end",
          font: { size: 10 },
          backgroundColor: "rgba(52,73,94,0.85)",
        },
      } satisfies AnnotationOptions,
    ]),
  )
  const config: ChartConfiguration<"bar", Array<{ x: [number, number]; y: string }>> = {
    type: "bar",
    data: {
      labels: rows,
      datasets: [
        {
          label: "status",
          data: bars.map((bar) => ({ x: [dayOf(bar.start), dayOf(bar.end) + 1], y: bar.row })),
          backgroundColor: bars.map((bar) => colourOf(bar.status)),
          borderColor: "#9aa3ad",
          borderWidth: 1,
          borderSkipped: false,
          barPercentage: 0.7,
          grouped: false,
        },
      ],
    },
    options: {
      indexAxis: "y",
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          type: "linear",
          min: dayOf(result.from ?? result.on),
          max: dayOf(result.to ?? result.on) + 1,
          ticks: { callback: (value) => dateOf(Number(value)), maxTicksLimit: 8 },
        },
        y: { type: "category" },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const bar = bars[item.dataIndex]
              return bar === undefined
                ? ""
                : `${bar.status.replace("_", " ")} ${bar.start} to ${bar.end}: ${bar.reason}`
            },
          },
        },
        annotation: { annotations },
      },
    },
  }
  // Floating bars ({ x: [start, end], y: row }) are outside Chart.js' default point type.
  return new Chart(canvas, config) as unknown as Chart
}
