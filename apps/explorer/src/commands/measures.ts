/** `rareearth measures`: measures of every jurisdiction and their status on a date. */
import { Jurisdiction } from "@rareearth/core"
import type { MeasureStatusRow } from "@rareearth/sdk"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { dataAgeLine } from "../cli/dataAge.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { publishers, statusLabel } from "../cli/present.ts"
import {
  CHOICES,
  evidenceLabel,
  jurisdictionOption,
  measureKindOption,
  measureLabel,
  statusOption,
} from "../cli/supplyOptions.ts"
import { dateOption, ELEMENT_CHOICES, elementOption, today } from "../cli/validate.ts"

const COLUMNS: ReadonlyArray<Column<MeasureStatusRow>> = [
  { key: "jurisdiction", header: "Jurisdiction", value: (row) => row.measure.jurisdiction },
  { key: "id", header: "Measure", value: (row) => row.measure.id, maxWidth: 36 },
  { key: "kinds", header: "Kinds", value: (row) => row.measure.kinds.join(" "), maxWidth: 30 },
  {
    key: "status",
    header: "Status",
    value: (row) => row.status,
    display: (row) => statusLabel(row.status),
  },
  { key: "title", header: "Title", value: (row) => row.measure.title, maxWidth: 50 },
  {
    key: "label",
    header: "Label",
    value: (row) => evidenceLabel(row.measure.evidence) ?? row.measure.confidence.kind,
    display: (row) => measureLabel(row.measure),
  },
  {
    key: "sources",
    header: "Sources",
    value: (row) => publishers(row.measure.sources),
    maxWidth: 30,
  },
]

/** The measures command. */
export const measuresCommand = defineCommand({
  name: "measures",
  summary: "measures of every jurisdiction (China's included) and their status on a date",
  usage:
    "measures [--on DATE] [--jurisdiction US|EU|JP|...] [--kind KIND] [--element SYMBOL] [--partner JURISDICTION] [--status STATUS] [--json | --csv]",
  description:
    "China's export controls and what other governments and multilateral bodies do (tariffs, price floors, stockpiles, equity stakes, frameworks...), each with its status on --on (default today), its reference label (S is single-source) and sources.",
  options: {
    on: valueOption("DATE", "the date to evaluate, YYYY-MM-DD (default: today)", dateOption),
    jurisdiction: valueOption(
      "JURISDICTION",
      "a country (US, JPN, Malaysia) or a body (EU, G7, QUAD...)",
      jurisdictionOption,
      { choices: CHOICES.jurisdiction },
    ),
    kind: valueOption(
      "KIND",
      "a kind of measure (price_floor, import_tariff, stockpile...)",
      measureKindOption,
      {
        choices: CHOICES.kind,
      },
    ),
    element: valueOption("SYMBOL", "only measures whose scope lists this element", elementOption, {
      choices: ELEMENT_CHOICES,
    }),
    partner: valueOption(
      "JURISDICTION",
      "only measures whose scope names this partner (JP, EU...)",
      jurisdictionOption,
      { choices: CHOICES.jurisdiction },
    ),
    status: valueOption("STATUS", "only this status on the date", statusOption, {
      choices: CHOICES.status,
    }),
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth measures --on 2026-01-15",
    "rareearth measures --on 2026-01-15 --jurisdiction us --kind price-floor",
    "rareearth measures --jurisdiction EU --json",
  ],
  run: async (context) => {
    const { jurisdiction, kind, element, partner, status } = context.options
    const on = context.options.on ?? dateOption(today(), "on")
    const client = await context.client()
    const { items: rows, dataAge } = await client.measures(
      { on, jurisdiction, kind, element, partner, status },
      { signal: context.signal },
    )
    if (context.format === "json") return context.stdout(renderJson({ items: rows, dataAge }))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, rows))
    const jurisdictions = [...new Set(rows.map((row) => row.measure.jurisdiction))]
    context.stdout(
      [
        `Measures on ${on}${jurisdiction ? ` of ${Jurisdiction.nameOf(jurisdiction)}` : ""}${kind ? ` (${kind})` : ""}: ${rows.length}, ${rows.filter((row) => row.status === "in_force").length} in force, across ${jurisdictions.length} jurisdiction${jurisdictions.length === 1 ? "" : "s"}`,
        dataAgeLine(dataAge),
        "",
        rows.length > 0 ? renderTable(COLUMNS, rows) : "(no measures match)",
        "",
      ].join("\n"),
    )
  },
})
