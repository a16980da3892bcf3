/** `rareearth groups`: the rare earth commodity groups, or the trade flows of one. */
import type { Commodity, TradeFlow } from "@rareearth/core"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { dataAgeLine } from "../cli/dataAge.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { confidenceLabel, publishers } from "../cli/present.ts"
import { CHOICES, groupOption } from "../cli/supplyOptions.ts"
import { FLOW_CHOICES, flowOption, periodOption, tradeAreaOption } from "../cli/validate.ts"

const GROUP_COLUMNS: ReadonlyArray<Column<Commodity.CommodityGroup>> = [
  { key: "id", header: "Group", value: (row) => row.id },
  { key: "name", header: "Name", value: (row) => row.name },
  { key: "codes", header: "HS codes", value: (row) => row.codes.join(" ") },
  { key: "note", header: "Note", value: (row) => row.note ?? "", maxWidth: 70 },
]

const FLOW_COLUMNS: ReadonlyArray<Column<TradeFlow.TradeFlow>> = [
  { key: "period", header: "Period", value: (row) => row.period },
  { key: "commodity", header: "Code", value: (row) => row.commodity },
  { key: "reporter", header: "Reporter", value: (row) => row.reporter },
  { key: "partner", header: "Partner", value: (row) => row.partner },
  { key: "flow", header: "Flow", value: (row) => row.flow },
  { key: "tonnes", header: "Tonnes", value: (row) => row.netWeightTonnes, align: "right" },
  { key: "valueUsd", header: "USD", value: (row) => row.valueUsd, align: "right" },
  {
    key: "confidence",
    header: "Confidence",
    value: (row) => confidenceLabel(row.confidence.kind, false),
  },
  { key: "sources", header: "Sources", value: (row) => publishers(row.sources), maxWidth: 30 },
]

/** The groups command. */
export const groupsCommand = defineCommand({
  name: "groups",
  summary: "the rare earth commodity groups, or the trade flows of one (--group)",
  usage:
    "groups [--group compounds --reporter CN [--partner WORLD] [--flow export] --from PERIOD [--to PERIOD]] [--json | --csv]",
  description:
    "Without --group: the groups and their HS codes. With --group: every flow of the group's codes, code by code (never added up). Best with --source comtrade: any reporter and partner, a year for annual data or months for monthly data.",
  options: {
    group: valueOption(
      "GROUP",
      "ores_concentrates, metals, compounds, magnets, ferro_alloys",
      groupOption,
      {
        choices: CHOICES.group,
      },
    ),
    reporter: valueOption("COUNTRY", "the reporting country", tradeAreaOption),
    partner: valueOption("AREA", "the partner (a country or WORLD)", tradeAreaOption),
    flow: valueOption("FLOW", "export, import, re_export, re_import", flowOption, {
      choices: FLOW_CHOICES,
    }),
    from: valueOption("PERIOD", "first period, a year 2024 or a month 2024-01", periodOption),
    to: valueOption("PERIOD", "last period, a year or a month", periodOption),
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth groups",
    "rareearth groups --source comtrade --group compounds --reporter CN --partner WORLD --flow export --from 2024",
  ],
  run: async (context) => {
    const { group, reporter, partner, flow, from, to } = context.options
    const client = await context.client()
    if (group === undefined) {
      const { items: groups, dataAge } = await client.commodityGroups({ signal: context.signal })
      if (context.format === "json") return context.stdout(renderJson({ items: groups, dataAge }))
      if (context.format === "csv") return context.stdout(renderCsv(GROUP_COLUMNS, groups))
      return context.stdout(`${dataAgeLine(dataAge)}\n\n${renderTable(GROUP_COLUMNS, groups)}\n`)
    }
    const result = await client.groupFlows(
      { group, reporter, partner, flow, from, to },
      { signal: context.signal },
    )
    if (context.format === "json") return context.stdout(renderJson(result))
    if (context.format === "csv") return context.stdout(renderCsv(FLOW_COLUMNS, result.flows))
    context.stdout(
      [
        `${result.group.name} (${result.group.codes.join(", ")}): ${result.flows.length} flow${result.flows.length === 1 ? "" : "s"}`,
        dataAgeLine(result.dataAge),
        ...(result.group.note ? [`Note: ${result.group.note}`] : []),
        "",
        result.flows.length > 0 ? renderTable(FLOW_COLUMNS, result.flows) : "(no flows match)",
        "",
      ].join("\n"),
    )
  },
})
