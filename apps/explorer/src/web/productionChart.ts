/**
 * World mine production by country and year: stacked bars of each country's tonnes as USGS
 * prints them (the latest edition per figure), the printed world total as a mark, and China's
 * share (derived, with formula) as a line on a second axis. Only years with a complete country
 * table (a concentration row) are drawn; a figure USGS does not give is left out, never 0.
 */
import { Country, type Production } from "@rareearth/core"
import type { SupplyContract } from "@rareearth/sdk"
import { Chart, type ChartConfiguration } from "chart.js"
import { formatNumber } from "./dom.ts"
import { labelText, tooltipSource } from "./labels.ts"

/** The producers drawn in their own colour; the others share greys (their figures stay apart). */
const MAIN: ReadonlyArray<readonly [string, string]> = [
  ["CN", "#c62828"],
  ["US", "#1f3a5f"],
  ["MM", "#d9822b"],
  ["AU", "#2e7d5b"],
  ["TH", "#5c6bc0"],
  ["NG", "#8e6bbf"],
]
const GREYS = ["#b7bec8", "#a3abb6", "#c9ced6", "#9099a5"]
const SHARE_COLOUR = "#111827"

/** The area's English name ("Other countries" for the residual). */
export const areaName = (area: string): string =>
  area === "OTHER_COUNTRIES" ? "Other countries" : area === "WORLD" ? "World" : Country.nameOf(area)

/** A clicked figure. */
export type PickedFigure =
  | { readonly kind: "production"; readonly record: Production.Production }
  | { readonly kind: "share"; readonly row: SupplyContract.ConcentrationRow }

/** Draws the chart; `onPick` gets the clicked figure. */
export const renderProductionChart = (
  canvas: HTMLCanvasElement,
  records: ReadonlyArray<Production.Production>,
  shares: ReadonlyArray<SupplyContract.ConcentrationRow>,
  onPick: (picked: PickedFigure) => void,
): Chart<"bar" | "line", Array<number | null>, string> => {
  const rows = [...shares].sort((a, b) => a.year - b.year)
  const years = rows.map((row) => row.year)
  const find = (area: string, year: number) =>
    records.find((record) => record.area === area && record.year === year)
  const countries = [
    ...new Set(
      records
        .filter((record) => years.includes(record.year) && record.area !== "WORLD")
        .map((record) => record.area),
    ),
  ]
  const main = MAIN.map(([area]) => area).filter((area) => countries.includes(area))
  const others = countries
    .filter((area) => !main.includes(area))
    .sort((a, b) => areaName(a).localeCompare(areaName(b)))
  const ordered = [...main, ...others]
  const figures = ordered.map((area) => years.map((year) => find(area, year)))

  const countryDatasets = ordered.map((area, index) => {
    const colour =
      MAIN.find(([code]) => code === area)?.[1] ?? GREYS[index % GREYS.length] ?? "#b7bec8"
    return {
      type: "bar" as const,
      label: areaName(area),
      area,
      data: (figures[index] ?? []).map((record) => record?.tonnesReo ?? null),
      backgroundColor: colour,
      borderColor: "#ffffff",
      borderWidth: 0.5,
      stack: "countries",
      yAxisID: "y",
      order: 2,
    }
  })
  const world = years.map((year) => find("WORLD", year))
  const datasets = [
    ...countryDatasets,
    {
      type: "line" as const,
      label: "World total as printed",
      area: "WORLD",
      data: world.map((record) => record?.tonnesReo ?? null),
      borderColor: "#111827",
      backgroundColor: "#111827",
      showLine: false,
      pointStyle: "line" as const,
      pointRadius: 14,
      pointBorderWidth: 2.5,
      pointHoverRadius: 16,
      yAxisID: "y",
      order: 0,
    },
    {
      type: "line" as const,
      label: "China's share, % (right axis; D, derived)",
      data: rows.map((row) => row.share?.percent ?? null),
      borderColor: SHARE_COLOUR,
      backgroundColor: "#ffffff",
      borderDash: [5, 3],
      borderWidth: 2,
      pointRadius: 4,
      pointHoverRadius: 6,
      spanGaps: false,
      tension: 0,
      yAxisID: "yShare",
      order: 1,
    },
  ]
  const worldIndex = ordered.length
  const shareIndex = ordered.length + 1
  const recordAt = (datasetIndex: number, index: number) =>
    datasetIndex === worldIndex ? world[index] : figures[datasetIndex]?.[index]

  const config = {
    type: "bar",
    data: { labels: years.map(String), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "nearest", intersect: true },
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: {
          stacked: true,
          beginAtZero: true,
          title: { display: true, text: "tonnes REO, mine production" },
          ticks: { callback: (value: number | string) => formatNumber(Number(value)) },
        },
        yShare: {
          position: "right",
          min: 0,
          max: 100,
          title: { display: true, text: "China's share, %" },
          ticks: { callback: (value: number | string) => `${value}%` },
          grid: { drawOnChartArea: false },
        },
      },
      plugins: {
        legend: {
          position: "bottom",
          labels: {
            boxWidth: 12,
            // The small producers share greys: one legend entry says so instead of nine.
            filter: (item: { datasetIndex?: number; text: string }) =>
              (item.datasetIndex ?? 0) < main.length || (item.datasetIndex ?? 0) >= worldIndex,
          },
        },
        tooltip: {
          callbacks: {
            label: (item: { datasetIndex: number; dataIndex: number }) => {
              if (item.datasetIndex === shareIndex) {
                const row = rows[item.dataIndex]
                return row?.share
                  ? `China's share: ${formatNumber(row.share.percent)}% (${formatNumber(row.share.tonnesReo)} of ${formatNumber(row.worldTonnesReo)} t; ${labelText("D")}, ${row.edition.id})`
                  : "China's share: no exact figure"
              }
              const record = recordAt(item.datasetIndex, item.dataIndex)
              if (!record) return ""
              return `${areaName(record.area)}: ${record.printed?.text ?? formatNumber(record.tonnesReo)} t (${record.status}; ${labelText(record.label)}, ${record.edition.id})`
            },
            afterLabel: (item: { datasetIndex: number; dataIndex: number }) => {
              const sources =
                item.datasetIndex === shareIndex
                  ? (rows[item.dataIndex]?.sources ?? [])
                  : (recordAt(item.datasetIndex, item.dataIndex)?.sources ?? [])
              return sources.slice(0, 3).map(tooltipSource)
            },
            footer: () => "click for source links",
          },
        },
      },
      onClick: (
        _event: unknown,
        elements: ReadonlyArray<{ datasetIndex: number; index: number }>,
      ) => {
        const hit = elements[0]
        if (!hit) return
        if (hit.datasetIndex === shareIndex) {
          const row = rows[hit.index]
          if (row) onPick({ kind: "share", row })
          return
        }
        const record = recordAt(hit.datasetIndex, hit.index)
        if (record) onPick({ kind: "production", record })
      },
    },
  } as unknown as ChartConfiguration<"bar" | "line", Array<number | null>, string>
  return new Chart(canvas, config)
}
