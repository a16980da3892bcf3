/**
 * The monthly magnet-exports chart: China's total and its exports to the US, with export-control
 * steps and US–China talks marked on the time axis (chartjs-plugin-annotation). Each point knows
 * its sources: the tooltip names them, a click lists them as links.
 */
import type { Source } from "@rareearth/core"
import type { ControlStatusRow, SeriesPoint, SeriesResult, TimelineItem } from "@rareearth/sdk"
import { Chart, type ChartConfiguration } from "chart.js"
import type { AnnotationOptions } from "./chartTypes.ts"
import { formatNumber, formatPercent } from "./dom.ts"

/** One event marked on the axis. */
export interface Marker {
  readonly date: string
  readonly kind: "control" | "talks"
  readonly label: string
  readonly title: string
  readonly sources: ReadonlyArray<Source.SourceRef>
}

/** A point the user picked. */
export interface PickedPoint {
  readonly series: string
  readonly point: SeriesPoint
  readonly sources: ReadonlyArray<Source.SourceRef>
}

const TALK_KINDS = new Set(["trade_talks", "summit", "phone_call"])
const MEASURE_STEPS: Readonly<Record<string, string>> = {
  announced: "announced",
  effective: "in force",
  suspended: "suspended",
  resumed: "resumed",
  revoked: "revoked",
}

/** The city of a location such as "Lancaster House, London, United Kingdom". */
const placeOf = (location: string | undefined): string | undefined => {
  if (!location) return undefined
  const parts = location
    .replace(/\(.*?\)/g, "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
  return parts.length >= 3 ? parts[parts.length - 2] : parts[0]
}

/**
 * The steps worth a line: a measure's announcement (when it differs from its effective date),
 * its entry into force (unless it was suspended before it could take effect), suspensions,
 * resumptions and revocations.
 */
const isMarkedStep = (
  item: Extract<TimelineItem, { type: "measure_event" }>,
  measure: ControlStatusRow["measure"] | undefined,
): boolean => {
  if (!measure || !MEASURE_STEPS[item.event.type]) return false
  const effective = measure.events.find((event) => event.type === "effective")?.date
  if (item.event.type === "announced") return effective !== item.date
  if (item.event.type === "effective") {
    return !measure.events.some((event) => event.type === "suspended" && event.date <= item.date)
  }
  return true
}

const measureNumber = (title: string): string => /No\.\s*\d+/.exec(title)?.[0] ?? title.slice(0, 14)

/** The control steps (of measures on rare earth elements) and talks to mark on the chart. */
export const markersFrom = (
  items: ReadonlyArray<TimelineItem>,
  measures: ReadonlyArray<ControlStatusRow>,
): ReadonlyArray<Marker> => {
  const elementMeasures = new Map(
    measures
      .filter((row) => row.measure.scope.elements.length > 0)
      .map((row) => [row.measure.id, row.measure] as const),
  )
  const markers: Array<Marker> = []
  const steps = new Map<string, Array<Extract<TimelineItem, { type: "measure_event" }>>>()
  for (const item of items) {
    if (item.type === "policy_event") {
      if (!TALK_KINDS.has(item.event.kind)) continue
      const label =
        item.event.kind === "phone_call"
          ? "Trump–Xi call"
          : `${placeOf(item.event.location) ?? item.event.title.slice(0, 18)}${item.event.kind === "summit" ? " summit" : ""}`
      markers.push({
        date: item.date,
        kind: "talks",
        label,
        title: item.event.title,
        sources: item.event.sources,
      })
    } else if (isMarkedStep(item, elementMeasures.get(item.measureId))) {
      const key = `${item.date}|${item.event.type}`
      steps.set(key, [...(steps.get(key) ?? []), item])
    }
  }
  for (const [key, group] of steps) {
    const [date, type] = key.split("|") as [string, string]
    const numbers = group.map((item) => measureNumber(item.title))
    const label = `${numbers.length > 1 ? `Nos. ${numbers.map((n) => n.replace(/^No\.\s*/, "")).join(", ")}` : numbers[0]} ${MEASURE_STEPS[type]}`
    markers.push({
      date,
      kind: "control",
      label,
      title: `${label}: ${group.map((item) => item.title).join("; ")}`,
      sources: group.flatMap((item) => item.event.sources),
    })
  }
  return markers.sort((a, b) => a.date.localeCompare(b.date))
}

/** x position on the month axis: the month's index plus the fraction of the month elapsed. */
const positionOf = (date: string, months: ReadonlyArray<string>): number | undefined => {
  const index = months.indexOf(date.slice(0, 7))
  if (index < 0) return undefined
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return index + (Number(date.slice(8, 10)) - 1) / days
}

const LABEL_ROWS = 6
const LABEL_ROW = 17
const TOTAL_COLOUR = "#1f3a5f"
const US_COLOUR = "#d9822b"

/** Draws the chart; `onPick` gets the clicked point. */
export const renderExportsChart = (
  canvas: HTMLCanvasElement,
  total: SeriesResult,
  unitedStates: SeriesResult,
  sources: ReadonlyMap<string, Source.SourceRef>,
  markers: ReadonlyArray<Marker>,
  onPick: (picked: PickedPoint) => void,
): Chart<"line", Array<number | null>, string> => {
  const months = [...new Set([...total.points, ...unitedStates.points].map((p) => p.period))].sort()
  const align = (result: SeriesResult): Array<SeriesPoint | undefined> => {
    const byMonth = new Map(result.points.map((point) => [point.period, point]))
    return months.map((month) => byMonth.get(month))
  }
  const series = [
    {
      label: "All destinations (left axis)",
      points: align(total),
      colour: TOTAL_COLOUR,
      axis: "y",
    },
    {
      label: "To the United States (right axis)",
      points: align(unitedStates),
      colour: US_COLOUR,
      axis: "yUs",
    },
  ]
  const sourcesOf = (point: SeriesPoint): ReadonlyArray<Source.SourceRef> =>
    point.sourceIds.flatMap((id) => {
      const source = sources.get(id)
      return source ? [source] : []
    })

  const placed = markers.flatMap((marker) => {
    const x = positionOf(marker.date, months)
    return x === undefined ? [] : [{ marker, x }]
  })
  // Labels go in rows above the plot; each takes the lowest row where it clears its left
  // neighbour, recomputed when the chart's width changes.
  let rows: { readonly width: number; readonly rows: ReadonlyArray<number> } | undefined
  // Where a position lands across the chart. Estimated from the chart's width (the axes take
  // about 70 px each side) so that it is known before layout, which needs the rows for its padding.
  const pixelOf = (chart: Chart, x: number): number =>
    70 + (x / Math.max(1, months.length - 1)) * Math.max(1, chart.width - 140)
  const labelRows = (chart: Chart): ReadonlyArray<number> => {
    if (rows?.width !== chart.width) {
      const context = chart.ctx
      context.save()
      context.font = `10px ${Chart.defaults.font.family}`
      const ends: number[] = []
      const assigned = placed.map(({ marker, x }) => {
        const centre = pixelOf(chart, x)
        const half = context.measureText(marker.label).width / 2 + 6
        let row = ends.findIndex((end) => end < centre - half)
        if (row === -1)
          row = ends.length < LABEL_ROWS ? ends.length : ends.indexOf(Math.min(...ends))
        ends[row] = centre + half
        return row
      })
      context.restore()
      rows = { width: chart.width, rows: assigned }
    }
    return rows.rows
  }
  const rowOf = (chart: Chart, index: number): number => labelRows(chart)[index] ?? 0

  const annotations: Record<string, AnnotationOptions> = {}
  placed.forEach(({ marker, x }, index) => {
    const colour = marker.kind === "control" ? "#c62828" : "#1a5fb4"
    annotations[`marker${index}`] = {
      type: "line",
      scaleID: "x",
      value: x,
      borderColor: colour,
      borderWidth: 1.5,
      borderDash: marker.kind === "control" ? [6, 3] : [2, 3],
      label: {
        display: true,
        content: marker.label,
        position: "start",
        // Staggered in a band above the plot, so they never hide the data.
        yAdjust: (context: { readonly chart: Chart }) =>
          -LABEL_ROW * (1 + rowOf(context.chart, index)),
        backgroundColor:
          marker.kind === "control" ? "rgba(198,40,40,0.88)" : "rgba(26,95,180,0.85)",
        color: "#fff",
        font: { size: 10, weight: "normal" },
        padding: { top: 2, bottom: 2, left: 4, right: 4 },
        borderRadius: 3,
      },
    }
  })

  const config: ChartConfiguration<"line", Array<number | null>, string> = {
    type: "line",
    data: {
      labels: months,
      datasets: series.map((entry) => ({
        label: entry.label,
        data: entry.points.map((point) => point?.tonnes ?? null),
        yAxisID: entry.axis,
        borderColor: entry.colour,
        backgroundColor: entry.colour,
        borderWidth: 2,
        spanGaps: false,
        tension: 0,
        pointRadius: 3.5,
        pointHoverRadius: 6,
        // Derived figures are hollow.
        pointBackgroundColor: entry.points.map((point) =>
          point?.confidence === "derived" || point?.confidence === "estimate"
            ? "#ffffff"
            : entry.colour,
        ),
        pointBorderColor: entry.colour,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: {
        padding: (context: { readonly chart: Chart }) => ({
          top: LABEL_ROW * (Math.max(-1, ...labelRows(context.chart)) + 1) + 6,
        }),
      },
      interaction: { mode: "nearest", intersect: false, axis: "x" },
      scales: {
        x: { ticks: { autoSkip: true, maxRotation: 0 }, grid: { display: false } },
        y: {
          position: "left",
          beginAtZero: true,
          title: { display: true, text: "tonnes, all destinations" },
          ticks: { callback: (value) => formatNumber(Number(value)) },
        },
        yUs: {
          position: "right",
          beginAtZero: true,
          title: { display: true, text: "tonnes, to the US", color: US_COLOUR },
          ticks: { color: US_COLOUR, callback: (value) => formatNumber(Number(value)) },
          grid: { drawOnChartArea: false },
        },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: {
          callbacks: {
            title: (items) => items[0]?.label ?? "",
            label: (item) => {
              const point = series[item.datasetIndex]?.points[item.dataIndex]
              if (!point || point.tonnes === null)
                return `${series[item.datasetIndex]?.label}: no figure`
              return `${series[item.datasetIndex]?.label.replace(/ \(.*\)$/, "")}: ${formatNumber(point.tonnes)} t (${formatPercent(point.changePercent)} m/m, ${point.confidence})`
            },
            afterLabel: (item) => {
              const point = series[item.datasetIndex]?.points[item.dataIndex]
              if (!point) return ""
              return sourcesOf(point).map(
                (source) => `  source: ${source.publisher}: ${source.title.slice(0, 70)}`,
              )
            },
            footer: () => "click for source links",
          },
        },
        annotation: { clip: false, annotations },
      },
      onClick: (_event, elements) => {
        const hit = elements[0]
        if (!hit) return
        const entry = series[hit.datasetIndex]
        const point = entry?.points[hit.index]
        if (entry && point)
          onPick({ series: entry.label.replace(/ \(.*\)$/, ""), point, sources: sourcesOf(point) })
      },
    },
  }
  return new Chart(canvas, config)
}
