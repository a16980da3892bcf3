/** `rareearth flows`: the trade-flow records themselves, with their sources. */
import type { TradeFlow } from "@rareearth/core"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { FLOW_FILTER_OPTIONS, flowFilter } from "../cli/flowOptions.ts"
import { type Column, formatNumber, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { confidenceLabel, flowJson, isSingleSource, publishers } from "../cli/present.ts"
import { integerOption } from "../cli/validate.ts"

const COLUMNS: ReadonlyArray<Column<TradeFlow.TradeFlow>> = [
  { key: "period", header: "Period", value: (f) => f.period },
  { key: "reporter", header: "Reporter", value: (f) => f.reporter },
  { key: "partner", header: "Partner", value: (f) => f.partner },
  { key: "flow", header: "Flow", value: (f) => f.flow },
  { key: "commodity", header: "Commodity", value: (f) => f.commodity },
  { key: "netWeightTonnes", header: "Tonnes", value: (f) => f.netWeightTonnes, align: "right" },
  {
    key: "valueUsd",
    header: "Value USD",
    value: (f) => f.valueUsd,
    display: (f) => formatNumber(f.valueUsd, 0),
    align: "right",
  },
  {
    key: "confidence",
    header: "Confidence",
    value: (f) => f.confidence.kind,
    display: (f) => confidenceLabel(f.confidence.kind, isSingleSource(f)),
  },
  {
    key: "sources",
    header: "Sources",
    value: (f) => f.sources.map((source) => source.id).join(" "),
    display: (f) => publishers(f.sources),
    maxWidth: 50,
  },
]

/** CSV adds what the table abbreviates: single source or not, and the record's note. */
const CSV_COLUMNS: ReadonlyArray<Column<TradeFlow.TradeFlow>> = [
  ...COLUMNS,
  { key: "singleSource", value: (f) => isSingleSource(f) },
  { key: "note", value: (f) => f.note ?? null },
]

/** The flows command. */
export const flowsCommand = defineCommand({
  name: "flows",
  summary: "trade-flow records (tonnes, US$, sources), filtered",
  usage:
    "flows [--reporter CN] [--partner US] [--flow export] [--commodity 850511|magnets|TOTAL] [--from 2025-01] [--to 2025-12] [--limit N] [--json | --csv]",
  description:
    "--from and --to take months (2025-06) or years (2025). An HS code selects its national sub-codes (850511 matches 8505111000). Unknown weights or values are n/a (null in JSON), never zero.",
  options: {
    ...FLOW_FILTER_OPTIONS,
    limit: valueOption("N", "print at most N records (default: all)", (value, flag) =>
      integerOption(value, flag, 1, 1_000_000),
    ),
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth flows --partner US --from 2025-04 --to 2025-07",
    "rareearth flows --commodity magnets --from 2025 --csv",
  ],
  run: async (context) => {
    const query = flowFilter(context.options)
    const limit = context.options.limit ?? Number.POSITIVE_INFINITY
    const client = await context.client()
    const flows: Array<TradeFlow.TradeFlow> = []
    for await (const flow of client.allFlows(query, { signal: context.signal })) {
      if (flows.length >= limit) break
      flows.push(flow)
    }
    if (context.format === "json") return context.stdout(renderJson(flows.map(flowJson)))
    if (context.format === "csv") return context.stdout(renderCsv(CSV_COLUMNS, flows))
    context.stdout(
      [
        flows.length > 0 ? renderTable(COLUMNS, flows) : "(no trade flows match)",
        "",
        `${flows.length} record${flows.length === 1 ? "" : "s"}${flows.some(isSingleSource) ? "; (S) = single source: one source only, not confirmed by a second" : ""}`,
        "",
      ].join("\n"),
    )
  },
})
