/** `rareearth salient`: USGS salient statistics (US imports, net import reliance...). */
import type { SalientStatistic } from "@rareearth/core"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { dataAgeLine } from "../cli/dataAge.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { publishers } from "../cli/present.ts"
import { CHOICES, labelText, salientKindOption, vintagesOption } from "../cli/supplyOptions.ts"
import { yearOption } from "../cli/validate.ts"

const COLUMNS: ReadonlyArray<Column<SalientStatistic.SalientStatistic>> = [
  { key: "kind", header: "Kind", value: (row) => row.kind },
  { key: "detail", header: "Detail", value: (row) => row.detail, maxWidth: 50 },
  { key: "area", header: "Area", value: (row) => row.area },
  {
    key: "years",
    header: "Years",
    value: (row) =>
      row.fromYear === row.toYear ? String(row.fromYear) : `${row.fromYear}-${row.toYear}`,
  },
  { key: "value", header: "Value", value: (row) => row.value.text, align: "right" },
  { key: "valueKind", header: "Value kind", value: (row) => row.value.kind },
  { key: "unit", header: "Unit", value: (row) => row.unit, maxWidth: 24 },
  { key: "edition", header: "Edition", value: (row) => row.edition.id },
  {
    key: "label",
    header: "Label",
    value: (row) => row.label,
    display: (row) => labelText(row.label),
  },
  { key: "sources", header: "Sources", value: (row) => publishers(row.sources), maxWidth: 30 },
]

/** The salient command. */
export const salientCommand = defineCommand({
  name: "salient",
  summary: "USGS salient statistics: US imports, exports, consumption, net import reliance",
  usage: "salient [--kind KIND] [--year Y] [--edition ID] [--vintages latest|all] [--json | --csv]",
  description:
    "As each USGS edition prints them, special values typed: NA not available, W withheld, E net exporter, >95 a lower bound. Each with its edition, label and sources.",
  options: {
    kind: valueOption(
      "KIND",
      "imports, exports, net_import_reliance, import_share...",
      salientKindOption,
      {
        choices: CHOICES.salientKind,
      },
    ),
    year: valueOption("YEAR", "only statistics whose span contains this year", yearOption),
    edition: valueOption("ID", 'only this edition, e.g. "mcs-2025"'),
    vintages: valueOption(
      "latest|all",
      "latest (default) or every edition's value",
      vintagesOption,
      {
        choices: CHOICES.vintages,
      },
    ),
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth salient --kind net_import_reliance",
    "rareearth salient --year 2024 --json",
  ],
  run: async (context) => {
    const { kind, year, edition, vintages } = context.options
    const client = await context.client()
    const { items: rows, dataAge } = await client.salientStatistics(
      { kind, year, edition, vintages },
      { signal: context.signal },
    )
    if (context.format === "json") return context.stdout(renderJson({ items: rows, dataAge }))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, rows))
    context.stdout(
      [
        `Salient statistics: ${rows.length}`,
        dataAgeLine(dataAge),
        "",
        rows.length > 0 ? renderTable(COLUMNS, rows) : "(no statistics match)",
        "",
      ].join("\n"),
    )
  },
})
