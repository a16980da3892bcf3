/** `rareearth controls`: export-control measures and their status on a date. */
import type { ControlStatusRow } from "@rareearth/sdk"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { controlJson, effectiveDate, statusLabel } from "../cli/present.ts"
import {
  dateOption,
  ELEMENT_CHOICES,
  elementOption,
  FORM_CHOICES,
  formOption,
  today,
} from "../cli/validate.ts"

const COLUMNS: ReadonlyArray<Column<ControlStatusRow>> = [
  { key: "id", header: "Measure", value: (row) => row.measure.id },
  {
    key: "status",
    header: "Status",
    value: (row) => row.status,
    display: (row) => statusLabel(row.status),
  },
  { key: "effective", header: "Effective", value: (row) => effectiveDate(row.measure) },
  {
    key: "elements",
    header: "Elements",
    value: (row) => row.measure.scope.elements.join(" "),
    display: (row) => row.measure.scope.elements.join(" ") || "-",
  },
  { key: "title", header: "Title", value: (row) => row.measure.title, maxWidth: 60 },
  { key: "reason", header: "Why this status", value: (row) => row.reason, maxWidth: 70 },
]

/** The CSV columns: the table's, plus the date of the data every status rests on. */
const csvColumns = (asOf: string | null): ReadonlyArray<Column<ControlStatusRow>> => [
  ...COLUMNS,
  { key: "asOf", header: "As of", value: () => asOf },
]

/** Says what date the statuses rest on, and when the date asked for is past it. */
const asOfLine = (on: string, asOf: string | null): string =>
  asOf === null
    ? "Data as of: not stated by this source."
    : on > asOf
      ? `Data as of ${asOf}: nothing is recorded after that date, so a status on ${on} may have changed since.`
      : `Data as of ${asOf}.`

/** The controls command. */
export const controlsCommand = defineCommand({
  name: "controls",
  summary: "export-control measures and their status on a date",
  usage: "controls --on DATE [--element SYMBOL] [--form magnet|metal|oxide|...] [--json | --csv]",
  description:
    "Status is pending, in force, suspended, revoked, or unknown (a suspension lapsed with nothing recorded since). --on defaults to today.",
  options: {
    on: valueOption("DATE", "the date to evaluate, YYYY-MM-DD (default: today)", dateOption),
    element: valueOption(
      "SYMBOL",
      "only measures covering this element (symbol, name or atomic number)",
      elementOption,
      { choices: ELEMENT_CHOICES },
    ),
    form: valueOption(
      "FORM",
      "only measures covering this form: magnet, metal, oxide, alloy, target, ore, other",
      formOption,
      { choices: FORM_CHOICES },
    ),
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth controls --on 2025-06-01",
    "rareearth controls --on 2025-12-01 --element Dy --form magnet",
    "rareearth controls --on 2025-06-01 --json",
  ],
  run: async (context) => {
    const { element, form } = context.options
    const on = context.options.on ?? dateOption(today(), "on")
    const client = await context.client()
    const [{ items: rows }, info] = await Promise.all([
      client.controls({ on, element, form }, { signal: context.signal }),
      client.datasetInfo({ signal: context.signal }),
    ])
    const asOf = info.asOf
    if (context.format === "json") {
      return context.stdout(renderJson(rows.map((row) => controlJson(row, asOf))))
    }
    if (context.format === "csv") {
      return context.stdout(renderCsv(csvColumns(asOf), rows))
    }
    const inForce = rows.filter((row) => row.status === "in_force")
    const controlled = [...new Set(inForce.flatMap((row) => row.measure.scope.elements))]
    const filter = [element && `element ${element}`, form && `form ${form}`]
      .filter(Boolean)
      .join(", ")
    context.stdout(
      [
        `Export controls on ${on}${filter ? ` (${filter})` : ""}: ${rows.length} measure${rows.length === 1 ? "" : "s"}, ${inForce.length} in force`,
        asOfLine(on, asOf),
        "",
        rows.length > 0 ? renderTable(COLUMNS, rows) : "(no measures match)",
        "",
        `Elements under controls in force: ${controlled.length > 0 ? `${controlled.length} of 17 (${controlled.join(", ")})` : "none"}`,
        "",
      ].join("\n"),
    )
  },
})
