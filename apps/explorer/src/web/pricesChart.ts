/**
 * One product's prices over time, each series (market, currency, unit, kind) as its publisher
 * prints it: China's domestic prices in CNY per tonne on the left axis, prices in USD per kg on
 * the right, never converted. A range is drawn as a whisker from low to high around its
 * midpoint; single-source (S) observations are triangles. China's export controls are marked
 * on the time axis in the magnet chart's style.
 */
import type { Price } from "@rareearth/core"
import { Chart, type ChartConfiguration, type Plugin } from "chart.js"
import type { AnnotationOptions } from "./chartTypes.ts"
import { formatNumber } from "./dom.ts"
import type { Marker } from "./exportsChart.ts"
import { evidenceLabel, labelText, tooltipSource } from "./labels.ts"

/** The axes a series can go on: its currency and unit, never converted. */
const AXES = {
  "CNY/tonne": { id: "yCny", title: "CNY per tonne", position: "left" },
  "USD/kg": { id: "yUsd", title: "USD per kg", position: "right" },
} as const

const COLOURS = ["#1f3a5f", "#d9822b", "#2e7d5b", "#8e6bbf", "#0891b2", "#be185d", "#7c6f2b"]

/** Points further apart than this are not joined: a line would suggest prices nobody recorded. */
const JOIN_DAYS = 120

const MARKET_TEXT: Readonly<Record<string, string>> = {
  china_domestic: "China domestic",
  fob_china: "FOB China",
  cif_europe: "CIF Europe",
  cif_rotterdam: "CIF Rotterdam",
  europe: "Europe",
  rotterdam: "Rotterdam",
  unspecified: "market unspecified",
  worldwide: "worldwide",
  producer_sales: "producer sales",
}

/** A series' name: "China domestic, CNY/tonne (assessment)". */
export const seriesName = (observation: Price.PriceObservation): string =>
  `${MARKET_TEXT[observation.market] ?? observation.market}, ${observation.currency}/${observation.unit} (${observation.kind.replaceAll("_", " ")})`

/** Whether an observation goes on the chart (its currency and unit have an axis). */
export const isCharted = (observation: Price.PriceObservation): boolean =>
  `${observation.currency}/${observation.unit}` in AXES

const DAY = 86_400_000
const time = (date: string) => Date.parse(`${date}T00:00:00Z`)
/** A period's middle, where its point is drawn. */
const middleOf = (observation: Price.PriceObservation) =>
  (time(observation.period.start) + time(observation.period.end)) / 2
const yearOf = (value: number) => new Date(value).toISOString().slice(0, 4)

/** `640–660 CNY/kg` or `650 CNY/kg`, with the printed qualifier. */
export const priceText = (observation: Price.PriceObservation): string => {
  const qualifier =
    observation.qualifier === "exact"
      ? ""
      : observation.qualifier === "about"
        ? "about "
        : `${observation.qualifier} `
  const range =
    observation.low === observation.high
      ? formatNumber(observation.low)
      : `${formatNumber(observation.low)}–${formatNumber(observation.high)}`
  return `${qualifier}${range} ${observation.currency}/${observation.unit}`
}

/** A point with its observation. */
interface PricePoint {
  readonly x: number
  readonly y: number
  readonly observation: Price.PriceObservation
}

/** Draws each range as a whisker from low to high. */
const whiskers: Plugin<"line"> = {
  id: "priceRanges",
  afterDatasetsDraw: (chart) => {
    const context = chart.ctx
    context.save()
    chart.data.datasets.forEach((dataset, index) => {
      const meta = chart.getDatasetMeta(index)
      if (meta.hidden) return
      const scale = chart.scales[meta.yAxisID ?? "y"]
      if (!scale) return
      context.strokeStyle = String(dataset.borderColor)
      context.lineWidth = 1.5
      for (const point of dataset.data as unknown as ReadonlyArray<PricePoint>) {
        if (point.observation.low === point.observation.high) continue
        const x = chart.scales.x?.getPixelForValue(point.x) ?? 0
        const top = scale.getPixelForValue(point.observation.high)
        const bottom = scale.getPixelForValue(point.observation.low)
        context.beginPath()
        context.moveTo(x, top)
        context.lineTo(x, bottom)
        context.moveTo(x - 3, top)
        context.lineTo(x + 3, top)
        context.moveTo(x - 3, bottom)
        context.lineTo(x + 3, bottom)
        context.stroke()
      }
    })
    context.restore()
  },
}

const LABEL_ROWS = 4
const LABEL_ROW = 17

/** Draws the chart; `onPick` gets the clicked observation. */
export const renderPricesChart = (
  canvas: HTMLCanvasElement,
  observations: ReadonlyArray<Price.PriceObservation>,
  markers: ReadonlyArray<Marker>,
  onPick: (observation: Price.PriceObservation) => void,
): Chart<"line", Array<PricePoint>, number> => {
  const groups = new Map<string, Array<Price.PriceObservation>>()
  for (const observation of observations.filter(isCharted)) {
    const name = seriesName(observation)
    groups.set(name, [...(groups.get(name) ?? []), observation])
  }
  // China's domestic CNY series first, then the fullest: the main series keeps the first colour.
  const ordered = [...groups].sort(
    ([, a], [, b]) =>
      Number(b[0]?.currency === "CNY") - Number(a[0]?.currency === "CNY") || b.length - a.length,
  )
  const series = ordered.map(([name, members], index) => {
    const first = members[0] as Price.PriceObservation
    const axis = AXES[`${first.currency}/${first.unit}` as keyof typeof AXES]
    const colour = COLOURS[index % COLOURS.length] ?? "#1f3a5f"
    const points = members
      .map((observation) => ({
        x: middleOf(observation),
        y: (observation.low + observation.high) / 2,
        observation,
      }))
      .sort((a, b) => a.x - b.x)
    return { name: `${name} (${axis.position} axis)`, axis, colour, points }
  })
  const xs = series.flatMap((entry) => entry.points.map((point) => point.x))
  const min = Math.min(...xs) - 30 * DAY
  const max = Math.max(...xs) + 30 * DAY
  const placed = markers.filter((marker) => time(marker.date) >= min && time(marker.date) <= max)

  // Labels go in rows above the plot; each takes the lowest row where it clears its left
  // neighbour (positions estimated from the chart's width, as in the magnet chart).
  let rows: { readonly width: number; readonly rows: ReadonlyArray<number> } | undefined
  const labelRows = (chart: Chart): ReadonlyArray<number> => {
    if (rows?.width !== chart.width) {
      const context = chart.ctx
      context.save()
      context.font = `10px ${Chart.defaults.font.family}`
      const ends: number[] = []
      const assigned = placed.map((marker) => {
        const centre = 80 + ((time(marker.date) - min) / (max - min)) * (chart.width - 160)
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
  const annotations: Record<string, AnnotationOptions> = {}
  placed.forEach((marker, index) => {
    annotations[`control${index}`] = {
      type: "line",
      scaleID: "x",
      value: time(marker.date),
      borderColor: "#c62828",
      borderWidth: 1.5,
      borderDash: [6, 3],
      label: {
        display: true,
        content: marker.label,
        position: "start",
        yAdjust: (context: { readonly chart: Chart }) =>
          -LABEL_ROW * (1 + (labelRows(context.chart)[index] ?? 0)),
        backgroundColor: "rgba(198,40,40,0.88)",
        color: "#fff",
        font: { size: 10, weight: "normal" },
        padding: { top: 2, bottom: 2, left: 4, right: 4 },
        borderRadius: 3,
      },
    }
  })

  const usedAxes = new Set(series.map((entry) => entry.axis.id))
  const scales: Record<string, object> = {
    x: {
      type: "linear",
      min,
      max,
      // One tick per 1 January, labelled with its year.
      afterBuildTicks: (scale: { ticks: Array<{ value: number }> }) => {
        const first = new Date(min).getUTCFullYear() + 1
        const last = new Date(max).getUTCFullYear()
        scale.ticks = Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => ({
          value: Date.UTC(first + index, 0, 1),
        }))
      },
      ticks: { maxRotation: 0, callback: (value: number) => yearOf(value) },
      grid: { display: true, color: "#eef0f3" },
    },
  }
  for (const axis of Object.values(AXES)) {
    if (!usedAxes.has(axis.id)) continue
    scales[axis.id] = {
      position: axis.position,
      beginAtZero: true,
      title: { display: true, text: axis.title },
      ticks: { callback: (value: number) => formatNumber(Number(value)) },
      grid: { drawOnChartArea: axis.position === "left" },
    }
  }

  const config = {
    type: "line",
    data: {
      datasets: series.map((entry) => ({
        label: entry.name,
        data: entry.points,
        yAxisID: entry.axis.id,
        borderColor: entry.colour,
        backgroundColor: entry.colour,
        borderWidth: 1.5,
        tension: 0,
        pointRadius: 4,
        pointHoverRadius: 7,
        // Single-source observations are triangles, so S stays visible on the chart.
        pointStyle: entry.points.map((point) =>
          point.observation.evidence === "single_source" ? "triangle" : "circle",
        ),
        segment: {
          borderColor: (context: {
            p0: { parsed: { x: number } }
            p1: { parsed: { x: number } }
          }) =>
            context.p1.parsed.x - context.p0.parsed.x > JOIN_DAYS * DAY ? "transparent" : undefined,
        },
      })),
    },
    plugins: [whiskers],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: false,
      layout: {
        padding: (context: { readonly chart: Chart }) => ({
          top: LABEL_ROW * (Math.max(-1, ...labelRows(context.chart)) + 1) + 6,
        }),
      },
      interaction: { mode: "nearest", intersect: true },
      scales,
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            title: (items: ReadonlyArray<{ raw: PricePoint }>) => {
              const observation = items[0]?.raw.observation
              if (!observation) return ""
              return observation.period.start === observation.period.end
                ? observation.period.start
                : `${observation.period.start} to ${observation.period.end}`
            },
            label: (item: { raw: PricePoint; dataset: { label?: string } }) => {
              const observation = item.raw.observation
              return `${item.dataset.label?.replace(/ \(\w+ axis\)$/, "")}: ${priceText(observation)} (${observation.assessor}; ${labelText(evidenceLabel(observation.evidence))})`
            },
            afterLabel: (item: { raw: PricePoint }) =>
              item.raw.observation.sources.slice(0, 3).map(tooltipSource),
            footer: () => "click for source links",
          },
        },
        annotation: { clip: false, annotations },
      },
      onClick: (
        _event: unknown,
        elements: ReadonlyArray<{ datasetIndex: number; index: number }>,
      ) => {
        const hit = elements[0]
        const point = hit ? series[hit.datasetIndex]?.points[hit.index] : undefined
        if (point) onPick(point.observation)
      },
    },
  } as unknown as ChartConfiguration<"line", Array<PricePoint>, number>
  return new Chart(canvas, config)
}
