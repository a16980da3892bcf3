/** `rareearth quotas`: China's rare earth production quotas per year and kind, conflicts shown. */
import type { Quota } from "@rareearth/core"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { type Column, formatNumber, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { publishers, quotaConflicts, quotaJson, quotaKindLabel } from "../cli/present.ts"
import { QUOTA_KIND_CHOICES, quotaKindOption, yearOption } from "../cli/validate.ts"

type Row = { readonly quota: Quota.Quota; readonly conflictsWith: ReadonlyArray<string> }

const COLUMNS: ReadonlyArray<Column<Row>> = [
  {
    key: "year",
    header: "Year",
    value: (row) => row.quota.year,
    display: (row) => String(row.quota.year),
  },
  {
    key: "kind",
    header: "Kind",
    value: (row) => row.quota.kind,
    display: (row) => quotaKindLabel(row.quota.kind),
  },
  {
    key: "tonnes",
    header: "Tonnes REO",
    value: (row) => row.quota.tonnesReo,
    display: (row) =>
      row.quota.tonnesReo === null
        ? row.quota.disclosed
          ? "unknown"
          : "undisclosed"
        : formatNumber(row.quota.tonnesReo),
    align: "right",
  },
  { key: "disclosed", header: "Disclosed", value: (row) => row.quota.disclosed },
  { key: "published", header: "Published", value: (row) => row.quota.published },
  { key: "confidence", header: "Confidence", value: (row) => row.quota.confidence.kind },
  {
    key: "conflict",
    header: "Conflict",
    value: (row) => row.conflictsWith.join(" "),
    display: (row) => (row.conflictsWith.length > 0 ? "CONFLICTING" : ""),
  },
  { key: "id", header: "Claim", value: (row) => row.quota.id },
  {
    key: "sources",
    header: "Sources",
    value: (row) => publishers(row.quota.sources),
    maxWidth: 50,
  },
]

/** The quotas command. */
export const quotasCommand = defineCommand({
  name: "quotas",
  summary:
    "China's production quotas (mining, smelting/separation) per year, with conflicting claims",
  usage: "quotas [--year YEAR] [--kind mining|smelting] [--json | --csv]",
  description:
    "An undisclosed quota is shown as undisclosed, never as a number. Rival claims about one year are listed side by side and marked as conflicting.",
  options: {
    year: valueOption("YEAR", "only this year, e.g. 2025", yearOption),
    kind: valueOption("KIND", "only mining or smelting (smelting/separation)", quotaKindOption, {
      choices: QUOTA_KIND_CHOICES,
    }),
  },
  formats: ["json", "csv"],
  examples: ["rareearth quotas", "rareearth quotas --year 2025", "rareearth quotas --json"],
  run: async (context) => {
    const { year, kind } = context.options
    const client = await context.client()
    const { items: quotas } = await client.quotas({ year, kind }, { signal: context.signal })
    const conflicts = quotaConflicts(quotas)
    const rows: ReadonlyArray<Row> = [...quotas]
      .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
      .map((quota) => ({ quota, conflictsWith: conflicts.get(quota.id) ?? [] }))
    if (context.format === "json") {
      return context.stdout(renderJson(rows.map((row) => quotaJson(row.quota, row.conflictsWith))))
    }
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, rows))
    const notes = rows
      .filter((row) => row.conflictsWith.length > 0 && row.quota.tonnesReo !== null)
      .map(
        (row) =>
          `  ${row.quota.year} ${quotaKindLabel(row.quota.kind)}: ${formatNumber(row.quota.tonnesReo)} t claimed by ${publishers(row.quota.sources)} (${row.quota.confidence.kind}), disputed by ${row.conflictsWith.join(", ")}`,
      )
    context.stdout(
      [
        rows.length > 0 ? renderTable(COLUMNS, rows) : "(no quotas match)",
        ...(notes.length > 0
          ? ["", "Conflicting claims (kept side by side, not resolved):", ...notes]
          : []),
        "",
      ].join("\n"),
    )
  },
})
