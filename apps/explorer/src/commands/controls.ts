/** `rareearth controls`: export-control measures and their status on a date. */
import type { ControlStatusRow } from "@rareearth/sdk"
import type { Command } from "../cli/Command.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { controlJson, effectiveDate, statusLabel } from "../cli/present.ts"
import { dateOption, elementOption, formOption, today } from "../cli/validate.ts"

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

/** The controls command. */
export const controlsCommand: Command = {
  name: "controls",
  summary: "export-control measures and their status on a date",
  usage: "controls --on DATE [--element SYMBOL] [--form magnet|metal|oxide|...] [--json | --csv]",
  description:
    "Status is pending, in force, suspended, revoked, or unknown (a suspension lapsed with nothing recorded since). --on defaults to today.",
  options: {
    on: {
      type: "string",
      valueName: "DATE",
      description: "the date to evaluate, YYYY-MM-DD (default: today)",
    },
    element: {
      type: "string",
      valueName: "SYMBOL",
      description: "only measures covering this element (symbol, name or atomic number)",
    },
    form: {
      type: "string",
      valueName: "FORM",
      description:
        "only measures covering this form: magnet, metal, oxide, alloy, target, ore, other",
    },
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth controls --on 2025-06-01",
    "rareearth controls --on 2025-12-01 --element Dy --form magnet",
    "rareearth controls --on 2025-06-01 --json",
  ],
  run: async (context) => {
    const on = dateOption((context.options.on as string | undefined) ?? today(), "on")
    const element =
      typeof context.options.element === "string"
        ? elementOption(context.options.element)
        : undefined
    const form =
      typeof context.options.form === "string" ? formOption(context.options.form) : undefined
    const client = await context.client()
    const rows = await client.controls({ on, element, form }, { signal: context.signal })
    if (context.format === "json") return context.stdout(renderJson(rows.map(controlJson)))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, rows))
    const inForce = rows.filter((row) => row.status === "in_force")
    const controlled = [...new Set(inForce.flatMap((row) => row.measure.scope.elements))]
    const filter = [element && `element ${element}`, form && `form ${form}`]
      .filter(Boolean)
      .join(", ")
    context.stdout(
      [
        `Export controls on ${on}${filter ? ` (${filter})` : ""}: ${rows.length} measure${rows.length === 1 ? "" : "s"}, ${inForce.length} in force`,
        "",
        rows.length > 0 ? renderTable(COLUMNS, rows) : "(no measures match)",
        "",
        `Elements under controls in force: ${controlled.length > 0 ? `${controlled.length} of 17 (${controlled.join(", ")})` : "none"}`,
        "",
      ].join("\n"),
    )
  },
}
