/** `rareearth series`: a monthly series with its month-on-month and year-on-year changes. */
import { Commodity, Series } from "@rareearth/core"
import type { SeriesPoint } from "@rareearth/sdk"
import type { Command } from "../cli/Command.ts"
import { FLOW_FILTER_OPTIONS, flowFilter } from "../cli/flowOptions.ts"
import {
  type Column,
  formatNumber,
  formatPercent,
  renderCsv,
  renderJson,
  renderTable,
} from "../cli/Output.ts"

const round1 = (value: number | null): number | null =>
  value === null ? null : Series.round(value, 1)

/** One month as `series --json` prints it: percentages rounded to one decimal for display. */
export const seriesPointJson = (point: SeriesPoint) => ({
  period: point.period,
  tonnes: point.tonnes,
  changePercent: round1(point.changePercent),
  yearOnYearPercent: round1(point.yearOnYearPercent),
  yearToDateTonnes: point.yearToDateTonnes,
  confidence: point.confidence,
  sourceIds: point.sourceIds,
})

const COLUMNS: ReadonlyArray<Column<SeriesPoint>> = [
  { key: "period", header: "Month", value: (p) => p.period },
  { key: "tonnes", header: "Tonnes", value: (p) => p.tonnes, align: "right" },
  {
    key: "changePercent",
    header: "MoM",
    value: (p) => round1(p.changePercent),
    display: (p) => formatPercent(p.changePercent),
    align: "right",
  },
  {
    key: "yearOnYearPercent",
    header: "YoY",
    value: (p) => round1(p.yearOnYearPercent),
    display: (p) => formatPercent(p.yearOnYearPercent),
    align: "right",
  },
  {
    key: "yearToDateTonnes",
    header: "Year to date",
    value: (p) => p.yearToDateTonnes,
    align: "right",
  },
  {
    key: "confidence",
    header: "Confidence",
    value: (p) => p.confidence,
    display: (p) => p.confidence ?? "gap",
  },
  { key: "sourceIds", header: "Sources", value: (p) => p.sourceIds.join(" "), maxWidth: 60 },
]

/** The series command. */
export const seriesCommand: Command = {
  name: "series",
  summary: "a monthly trade series with month-on-month and year-on-year changes",
  usage:
    "series --commodity magnets [--reporter CN] [--partner US] [--flow export] [--from 2025-01] [--to 2025-12] [--json | --csv]",
  description:
    "Defaults: --commodity magnets --reporter CN --partner WORLD --flow export. Missing months are gaps (n/a, null in JSON), never zero; a change next to a gap is n/a.",
  options: FLOW_FILTER_OPTIONS,
  formats: ["json", "csv"],
  examples: [
    "rareearth series --commodity magnets --from 2025-01 --to 2025-12",
    "rareearth series --commodity magnets --partner US --from 2025-04 --to 2025-08 --json",
  ],
  run: async (context) => {
    const query = flowFilter(context.options, {
      commodity: "magnets",
      reporter: "CN",
      partner: "WORLD",
      flow: "export",
    })
    const client = await context.client()
    const result = await client.series(
      {
        commodity: query.commodity ?? "8505111000",
        reporter: query.reporter,
        partner: query.partner,
        flow: query.flow,
        from: query.from,
        to: query.to,
      },
      { signal: context.signal },
    )
    if (context.format === "json")
      return context.stdout(renderJson(result.points.map(seriesPointJson)))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, result.points))
    const described = Commodity.describe(query.commodity ?? "8505111000")
    const known = result.points.filter((point) => point.tonnes !== null)
    context.stdout(
      [
        `${query.reporter} ${query.flow}s to ${query.partner}: ${described.description} (${described.code}), tonnes`,
        "",
        result.points.length > 0
          ? renderTable(COLUMNS, result.points)
          : "(no data for this series)",
        "",
        `${known.length} of ${result.points.length} months known; total of known months ${formatNumber(
          known.reduce((sum, point) => sum + (point.tonnes ?? 0), 0),
        )} t`,
        "",
      ].join("\n"),
    )
  },
}
