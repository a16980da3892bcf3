/**
 * Quotas by year: bars for published totals, striped bars for disputed claims, and an
 * "undisclosed" mark (never a bar of zero) for years whose totals were not disclosed.
 */
import type { Quota } from "@rareearth/core"
import { Chart, type ChartConfiguration } from "chart.js"
import { quotaConflicts } from "../cli/present.ts"
import type { AnnotationOptions } from "./chartTypes.ts"
import { formatNumber } from "./dom.ts"

const KINDS: ReadonlyArray<{
  readonly kind: Quota.QuotaKind
  readonly label: string
  readonly colour: string
}> = [
  { kind: "mining", label: "Mining", colour: "#2e7d5b" },
  { kind: "smelting_separation", label: "Smelting/separation", colour: "#5c6bc0" },
]

const stripes = (colour: string): CanvasPattern | string => {
  const tile = document.createElement("canvas")
  tile.width = 8
  tile.height = 8
  const context = tile.getContext("2d")
  if (!context) return colour
  context.fillStyle = "#ffffff"
  context.fillRect(0, 0, 8, 8)
  context.strokeStyle = colour
  context.lineWidth = 2.5
  context.beginPath()
  context.moveTo(-2, 10)
  context.lineTo(10, -2)
  context.stroke()
  return context.createPattern(tile, "repeat") ?? colour
}

/** Draws the chart. */
export const renderQuotasChart = (
  canvas: HTMLCanvasElement,
  quotas: ReadonlyArray<Quota.Quota>,
): Chart<"bar", Array<number | null>, string> => {
  const years = [...new Set(quotas.map((quota) => quota.year))].sort((a, b) => a - b)
  const rivals = quotaConflicts(quotas)
  const conflicts = new Set([...rivals].filter(([, ids]) => ids.length > 0).map(([id]) => id))
  const pick = (kind: Quota.QuotaKind, year: number, disputed: boolean) =>
    quotas.find(
      (quota) =>
        quota.kind === kind &&
        quota.year === year &&
        quota.tonnesReo !== null &&
        conflicts.has(quota.id) === disputed,
    )
  const datasets = KINDS.flatMap(({ kind, label, colour }) => [
    {
      label: `${label} (published or reported)`,
      data: years.map((year) => pick(kind, year, false)?.tonnesReo ?? null),
      backgroundColor: colour,
      borderColor: colour,
      borderWidth: 1,
      stack: kind,
      claims: years.map((year) => pick(kind, year, false)),
    },
    {
      label: `${label}: disputed claim`,
      data: years.map((year) => pick(kind, year, true)?.tonnesReo ?? null),
      backgroundColor: stripes(colour),
      borderColor: colour,
      borderWidth: 1.5,
      stack: kind,
      claims: years.map((year) => pick(kind, year, true)),
    },
  ])

  const top = Math.max(0, ...quotas.map((quota) => quota.tonnesReo ?? 0))
  const annotations: Record<string, AnnotationOptions> = {}
  years.forEach((year, index) => {
    const claims = quotas.filter((quota) => quota.year === year)
    const undisclosed = claims.some((quota) => !quota.disclosed)
    const disputed = claims.some((quota) => conflicts.has(quota.id))
    if (!undisclosed && !disputed) return
    annotations[`year${year}`] = {
      type: "label",
      xValue: index,
      yValue: top * 1.2,
      // The last year's label would overflow the chart on the right: hang it to the left.
      position: { x: index === years.length - 1 ? "end" : "center", y: "center" },
      xAdjust: index === years.length - 1 ? 18 : 0,
      content: [undisclosed ? "undisclosed" : "", disputed ? "conflicting claims" : ""].filter(
        Boolean,
      ),
      color: disputed ? "#8a5a00" : "#5b6675",
      font: { size: 11, weight: "bold" },
      backgroundColor: "rgba(255,255,255,0.85)",
      borderColor: disputed ? "#f2a900" : "#c5ccd6",
      borderWidth: 1,
      borderRadius: 3,
      padding: 3,
    }
  })

  const config: ChartConfiguration<"bar", Array<number | null>, string> = {
    type: "bar",
    data: { labels: years.map(String), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        y: {
          beginAtZero: true,
          suggestedMax: top * 1.32,
          title: { display: true, text: "tonnes REO" },
          ticks: { callback: (value) => formatNumber(Number(value)) },
        },
      },
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 14 } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const claim = (datasets[item.datasetIndex]?.claims ?? [])[item.dataIndex]
              if (!claim) return ""
              return `${datasets[item.datasetIndex]?.label}: ${formatNumber(claim.tonnesReo)} t (${claim.confidence.kind}${claim.published ? ", published" : ", not published"})`
            },
            afterLabel: (item) => {
              const claim = (datasets[item.datasetIndex]?.claims ?? [])[item.dataIndex]
              return claim
                ? claim.sources.map(
                    (source) => `  source: ${source.publisher}: ${source.title.slice(0, 70)}`,
                  )
                : ""
            },
          },
        },
        annotation: { annotations },
      },
    },
  }
  return new Chart(canvas, config)
}
