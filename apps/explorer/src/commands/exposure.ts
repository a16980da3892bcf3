/**
 * `rareearth exposure --bom FILE`: which rare earths a bill of materials holds, which measures
 * reach them on a date (or over a range), and the totals. The file is read here (SDK's
 * `readBomFile`: CSV, TSV, JSON, NDJSON); the exposure comes from the chosen source. A bad row
 * is a usage error (exit 2) naming its row and column.
 */
import type { ExposureResult } from "@rareearth/sdk"
import { InvalidBomError } from "@rareearth/sdk"
import { readBomFileAsync } from "@rareearth/sdk/node"
import { booleanOption, defineCommand, valueOption } from "../cli/Command.ts"
import { type Column, formatNumber, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { statusLabel } from "../cli/present.ts"
import { UsageError } from "../cli/UsageError.ts"
import { bomMappingOption, dateOption, today } from "../cli/validate.ts"

type Part = ExposureResult["parts"][number]
type PartRow = { readonly part: Part; readonly component: Part["components"][number] }

/** A mass in kilograms, in grams below one kilogram: `0.04` -> `40 g`. */
export const formatMass = (kg: number): string =>
  kg < 1 ? `${formatNumber(kg * 1000, 3)} g` : `${formatNumber(kg, 3)} kg`

/** A contained mass range: `40-160 g`, `up to 4 g` when the low end is unknown. */
export const formatRange = (range: { readonly min: number | null; readonly max: number }) => {
  if (range.min === null) return `up to ${formatMass(range.max)}`
  if (range.min === range.max) return formatMass(range.max)
  const unit = range.max < 1 ? "g" : "kg"
  const scale = unit === "g" ? 1000 : 1
  return `${formatNumber(range.min * scale, 3)}-${formatNumber(range.max * scale, 3)} ${unit}`
}

const percent = (range: { readonly min: number | null; readonly max: number }) =>
  range.min === null
    ? `up to ${range.max}%`
    : range.min === range.max
      ? `${range.max}%`
      : `${range.min}-${range.max}%`

const sourceOf = (component: Part["components"][number]): string =>
  component.origin === "stated"
    ? "stated in the bill"
    : (component.provenance?.sources.map((source) => source.publisher ?? source.title).join("; ") ??
      "")

const PART_COLUMNS: ReadonlyArray<Column<PartRow>> = [
  { key: "part_id", header: "Part", value: (row) => row.part.partId },
  { key: "material", header: "Material", value: (row) => row.part.material },
  {
    key: "grade",
    header: "Grade",
    value: (row) => row.part.grade ?? null,
    display: (row) => row.part.grade ?? "-",
  },
  {
    key: "mass_kg",
    header: "Mass",
    value: (row) => row.part.massKg,
    display: (row) => formatMass(row.part.massKg),
    align: "right",
  },
  { key: "component", header: "Component", value: (row) => row.component.component },
  { key: "wt_percent", header: "Content", value: (row) => percent(row.component.wtPercent) },
  {
    key: "contained_kg_min",
    header: "Contained",
    value: (row) => row.component.containedKg.min,
    display: (row) => formatRange(row.component.containedKg),
    align: "right",
  },
  { key: "contained_kg_max", header: "", value: (row) => row.component.containedKg.max },
  {
    key: "basis",
    header: "Basis",
    value: (row) => (row.component.basis.kind === "metal" ? "metal" : row.component.basis.formula),
  },
  { key: "source", header: "Source", value: (row) => sourceOf(row.component), maxWidth: 40 },
]
const TABLE_PART_COLUMNS = PART_COLUMNS.filter((column) => column.key !== "contained_kg_max")

/** Digits of a money amount: cents below 100, whole units above. */
const money = (value: number) => (value < 100 ? 2 : 0)

const controlledLabel = (controlled: boolean | "unknown") =>
  controlled === "unknown" ? "unknown" : controlled ? "yes" : "no"

/** The text report: parts, controls per element and form, the timeline, supply, prices, totals. */
const textReport = (file: string, result: ExposureResult): string => {
  const rows = result.parts.flatMap((part) =>
    part.components.map((component) => ({ part, component })),
  )
  const lines = [
    `Exposure of ${file} on ${result.on}${result.from ? ` (timeline ${result.from} to ${result.to})` : ""}: ${result.parts.length} part${result.parts.length === 1 ? "" : "s"}`,
    result.asOf === null ? "Data as of: not stated by this source." : `Data as of ${result.asOf}.`,
    "",
    renderTable(TABLE_PART_COLUMNS, rows),
    "",
    `Controls on ${result.on}, per element and form:`,
    renderTable(
      [
        { key: "element", header: "Element", value: (row) => row.element },
        { key: "form", header: "Form", value: (row) => row.form },
        {
          key: "controlled",
          header: "Controlled",
          value: (row) => controlledLabel(row.controlled),
        },
        {
          key: "measures",
          header: "Measures (status, since)",
          value: (row) =>
            row.measures.length === 0
              ? "none reaches it"
              : row.measures
                  .map(
                    (m) =>
                      `${m.measureId} ${statusLabel(m.status)}${m.since ? ` since ${m.since}` : ""}${m.effect === "licence_required" ? ", licence required" : m.effect === "prohibited" ? ", prohibited" : ""}`,
                  )
                  .join("; "),
          maxWidth: 90,
        },
        { key: "parts", header: "Parts", value: (row) => row.partIds.join(" "), maxWidth: 40 },
      ],
      result.controls,
    ),
  ]
  if (result.timeline !== undefined) {
    const changes = result.timeline.flatMap((row) =>
      row.changes.map((change) => ({ element: row.element, form: row.form, ...change })),
    )
    lines.push(
      "",
      `Timeline ${result.from} to ${result.to}:`,
      changes.length === 0
        ? "(no measure reaches these elements in this range)"
        : renderTable(
            [
              { key: "element", header: "Element", value: (row) => row.element },
              { key: "form", header: "Form", value: (row) => row.form },
              { key: "date", header: "Date", value: (row) => row.date },
              { key: "status", header: "Status", value: (row) => statusLabel(row.status) },
              { key: "measure", header: "Measure", value: (row) => row.measureId },
              { key: "reason", header: "Why", value: (row) => row.reason, maxWidth: 60 },
            ],
            changes,
          ),
    )
  }
  lines.push(
    "",
    "Totals:",
    renderTable(
      [
        { key: "component", header: "Component", value: (row) => row.component },
        { key: "elements", header: "Elements", value: (row) => row.elements.join(" ") },
        {
          key: "contained",
          header: "Contained",
          value: (row) => formatRange(row.containedKg),
          align: "right",
        },
        {
          key: "basis",
          header: "Basis",
          value: (row) => (row.basis.kind === "metal" ? "metal" : row.basis.formula),
        },
        { key: "parts", header: "Parts", value: (row) => row.partIds.join(" "), maxWidth: 50 },
      ],
      result.totals,
    ),
  )
  const supply = [
    ...new Map(result.supply.map((row) => [`${row.stage}|${row.year}`, row])).values(),
  ]
  if (supply.length > 0)
    lines.push(
      "",
      `China's share: ${supply.map((row) => `${row.stage} ${formatNumber(row.share)}% (${row.year}, ${row.provenance.sources.map((source) => source.publisher).join("; ")})`).join("; ")}`,
    )
  if (result.prices.length > 0)
    lines.push(
      "",
      "Price exposure (contained mass x latest sourced price):",
      ...result.prices.map(
        (row) =>
          `  ${row.component}: ${row.value.min === null ? "up to " : `${formatNumber(row.value.min, money(row.value.max))}-`}${formatNumber(row.value.max, money(row.value.max))} ${row.currency} at ${formatNumber(row.price.perKg, 2)} ${row.currency}/kg (${row.price.assessor}, ${row.price.market}, ${row.price.date})`,
      ),
    )
  if (result.notes.length > 0) lines.push("", ...result.notes.map((note) => `Note: ${note}`))
  lines.push("")
  return lines.join("\n")
}

/** The exposure command. */
export const exposureCommand = defineCommand({
  name: "exposure",
  summary: "which rare earths a bill of materials holds, and the controls on them",
  usage:
    "exposure --bom FILE [--mapping FIELD=Column,...] [--on DATE | --from DATE --to DATE] [--valid-rows] [--json | --csv]",
  description:
    "FILE is CSV, TSV, JSON or NDJSON with columns part_id, material (a preset such as ndfeb-sintered, or custom), grade, mass with its unit (2 kg, 350 g), and optionally element contents (Dy = 3%), form, supplier_country, commodity_code (other names: --mapping). Samples: apps/explorer/samples/. A bad row stops the command (exit 2) unless --valid-rows.",
  options: {
    bom: valueOption("FILE", "the bill of materials (CSV, TSV, JSON or NDJSON)"),
    mapping: valueOption(
      "FIELD=Column,...",
      "column names that differ from the defaults, e.g. partId=Part number,mass=Weight",
      bomMappingOption,
    ),
    on: valueOption(
      "DATE",
      "the date to answer for, YYYY-MM-DD (default: today, or --to)",
      dateOption,
    ),
    from: valueOption("DATE", "with --to: a timeline of status changes from this date", dateOption),
    to: valueOption("DATE", "with --from: the timeline's last day", dateOption),
    "valid-rows": booleanOption("compute over the valid rows and report the others"),
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth exposure --bom apps/explorer/samples/ev-traction-motor.csv --on 2025-06-01",
    "rareearth exposure --bom apps/explorer/samples/wind-turbine-generator.csv --from 2025-01-01 --to 2026-12-31",
    "rareearth exposure --bom bill.json --json",
    'rareearth exposure --bom erp-export.csv --mapping "partId=Part number,mass=Weight"',
  ],
  run: async (context) => {
    const { bom, on, from, to, mapping } = context.options
    if (bom === undefined)
      throw new UsageError(
        "missing --bom FILE (exposure): give a bill of materials, e.g. --bom apps/explorer/samples/speaker.csv",
      )
    if ((from === undefined) !== (to === undefined))
      throw new UsageError(
        `${from === undefined ? "--to" : "--from"} needs ${from === undefined ? "--from" : "--to"} (exposure): give both ends of the range`,
      )
    if (from !== undefined && to !== undefined && from > to)
      throw new UsageError(`--from ${from} is after --to ${to} (exposure): swap them`)
    const validRows = context.options["valid-rows"]
    let report: Awaited<ReturnType<typeof readBomFileAsync>>
    try {
      report = await readBomFileAsync(bom, {
        mode: validRows ? "valid-rows" : "all-or-nothing",
        ...(mapping === undefined ? {} : { mapping }),
        signal: context.signal,
      })
    } catch (error) {
      if (!(error instanceof InvalidBomError)) throw error
      for (const issue of error.issues) context.stderr(`${bom}: ${issue.message}\n`)
      throw new UsageError(
        error.issues.length > 0 && error.rows > 0
          ? `${bom} has ${error.issues.length} problem${error.issues.length === 1 ? "" : "s"} (listed above); nothing was computed. Fix the rows, or pass --valid-rows to use the valid ones.`
          : error.message,
      )
    }
    for (const issue of report.issues) context.stderr(`${bom}: skipped: ${issue.message}\n`)
    const client = await context.client()
    const result = await client.exposure(
      {
        bom: { lines: report.lines },
        on: on ?? to ?? dateOption(today(), "on"),
        ...(from === undefined ? {} : { from, to }),
      },
      { signal: context.signal },
    )
    const withReport: ExposureResult = {
      ...result,
      bom: { rows: report.rows, accepted: report.lines.length, issues: report.issues },
    }
    if (context.format === "json") return context.stdout(renderJson(withReport))
    if (context.format === "csv") {
      const rows = result.parts.flatMap((part) =>
        part.components.map((component) => ({ part, component })),
      )
      return context.stdout(
        renderCsv(
          [...PART_COLUMNS, { key: "as_of", header: "As of", value: () => result.asOf }],
          rows,
        ),
      )
    }
    context.stdout(textReport(bom, withReport))
  },
})
