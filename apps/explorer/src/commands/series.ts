/** `rareearth series`: a monthly series with its month-on-month and year-on-year changes. */
import { Commodity, Series } from "@rareearth/core"
import type { SeriesPoint } from "@rareearth/sdk"
import { defineCommand } from "../cli/Command.ts"
import { FLOW_FILTER_OPTIONS, flowFilter } from "../cli/flowOptions.ts"
import {
  type Column,
  formatNumber,
  formatPercent,
  renderCsv,
  renderJson,
  renderTable,
} from "../cli/Output.ts"
import { confidenceLabel, isSingleSource, type SourceJson, sourceJson } from "../cli/present.ts"
import { commodityOption, flowOption, tradeAreaOption } from "../cli/validate.ts"

const round1 = (value: number | null): number | null =>
  value === null ? null : Series.round(value, 1)

/**
 * One month as `series --json` prints it: percentages rounded to one decimal for display, and
 * the sources behind the figure.
 */
export const seriesPointJson = (
  point: SeriesPoint,
  sources: ReadonlyMap<string, SourceJson> = new Map(),
  singleSource = false,
) => ({
  period: point.period,
  tonnes: point.tonnes,
  changePercent: round1(point.changePercent),
  yearOnYearPercent: round1(point.yearOnYearPercent),
  yearToDateTonnes: point.yearToDateTonnes,
  confidence: point.confidence,
  singleSource,
  sourceIds: point.sourceIds,
  sources: point.sourceIds.flatMap((id) => {
    const source = sources.get(id)
    return source ? [source] : []
  }),
})

type Row = {
  readonly point: SeriesPoint
  readonly publishers: string
  readonly singleSource: boolean
}

const COLUMNS: ReadonlyArray<Column<Row>> = [
  { key: "period", header: "Month", value: (r) => r.point.period },
  { key: "tonnes", header: "Tonnes", value: (r) => r.point.tonnes, align: "right" },
  {
    key: "changePercent",
    header: "MoM",
    value: (r) => round1(r.point.changePercent),
    display: (r) => formatPercent(r.point.changePercent),
    align: "right",
  },
  {
    key: "yearOnYearPercent",
    header: "YoY",
    value: (r) => round1(r.point.yearOnYearPercent),
    display: (r) => formatPercent(r.point.yearOnYearPercent),
    align: "right",
  },
  {
    key: "yearToDateTonnes",
    header: "Year to date",
    value: (r) => r.point.yearToDateTonnes,
    align: "right",
  },
  {
    key: "confidence",
    header: "Confidence",
    value: (r) => r.point.confidence,
    display: (r) => confidenceLabel(r.point.confidence, r.singleSource),
  },
  { key: "singleSource", header: "S", value: (r) => r.singleSource },
  {
    key: "sourceIds",
    header: "Sources",
    value: (r) => r.point.sourceIds.join(" "),
    display: (r) => r.publishers,
    maxWidth: 60,
  },
]

/** The series command. */
export const seriesCommand = defineCommand({
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
      commodity: commodityOption("magnets"),
      reporter: tradeAreaOption("CN", "reporter"),
      partner: tradeAreaOption("WORLD", "partner"),
      flow: flowOption("export"),
    })
    const commodity = query.commodity ?? "8505111000"
    const client = await context.client()
    const result = await client.series(
      {
        commodity,
        reporter: query.reporter,
        partner: query.partner,
        flow: query.flow,
        from: query.from,
        to: query.to,
      },
      { signal: context.signal },
    )
    // The series carries source ids; the flows behind it carry the sources themselves, and
    // whether a figure rests on a single source.
    const sources = new Map<string, SourceJson>()
    const singleSourceFigures = new Set<string>()
    for await (const flow of client.allFlows(query, { signal: context.signal })) {
      for (const source of flow.sources) sources.set(source.id, sourceJson(source))
      if (isSingleSource(flow)) {
        for (const source of flow.sources) singleSourceFigures.add(`${flow.period} ${source.id}`)
      }
    }
    const singleSource = (point: SeriesPoint): boolean =>
      point.sourceIds.some((id) => singleSourceFigures.has(`${point.period} ${id}`))
    if (context.format === "json") {
      return context.stdout(
        renderJson(
          result.points.map((point) => seriesPointJson(point, sources, singleSource(point))),
        ),
      )
    }
    const rows: ReadonlyArray<Row> = result.points.map((point) => ({
      point,
      publishers: [...new Set(point.sourceIds.map((id) => sources.get(id)?.publisher ?? id))].join(
        "; ",
      ),
      singleSource: singleSource(point),
    }))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, rows))
    const described = Commodity.describe(commodity)
    const known = result.points.filter((point) => point.tonnes !== null)
    context.stdout(
      [
        `${query.reporter} ${query.flow}s to ${query.partner}: ${described.description} (${described.code}), tonnes`,
        "",
        rows.length > 0
          ? renderTable(
              COLUMNS.filter((column) => column.key !== "singleSource"),
              rows,
            )
          : "(no data for this series)",
        "",
        `${known.length} of ${result.points.length} months known; total of known months ${formatNumber(
          known.reduce((sum, point) => sum + (point.tonnes ?? 0), 0),
        )} t${rows.some((row) => row.singleSource) ? "; (S) = single source: one source only, not confirmed by a second" : ""}`,
        "",
      ].join("\n"),
    )
  },
})
