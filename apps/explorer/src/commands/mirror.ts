/** `rareearth mirror`: a reporter's exports against its partners' own imports from it. */
import type { Mirror } from "@rareearth/core"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { dataAgeLine } from "../cli/dataAge.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { UsageError } from "../cli/UsageError.ts"
import { commodityOption, periodOption, tradeAreaOption } from "../cli/validate.ts"

const tonnes = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? "unknown"
    : value.toLocaleString("en-US", { maximumFractionDigits: 1 })

const usd = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? "unknown"
    : `$${value.toLocaleString("en-US", { maximumFractionDigits: 0 })}`

const COLUMNS: ReadonlyArray<Column<Mirror.MirrorRow>> = [
  { key: "period", header: "Period", value: (row) => row.period },
  { key: "partner", header: "Partner", value: (row) => row.partner },
  { key: "commodity", header: "Code", value: (row) => row.commodity },
  {
    key: "exportTonnes",
    header: "Exports t",
    value: (row) => row.exports?.netWeightTonnes ?? null,
    display: (row) => (row.exports === null ? "not reported" : tonnes(row.exports.netWeightTonnes)),
    align: "right",
  },
  {
    key: "importTonnes",
    header: "Mirror imports t",
    value: (row) => row.imports?.netWeightTonnes ?? null,
    display: (row) => (row.imports === null ? "not reported" : tonnes(row.imports.netWeightTonnes)),
    align: "right",
  },
  {
    key: "exportValueUsd",
    header: "Exports USD",
    value: (row) => row.exports?.valueUsd ?? null,
    display: (row) => (row.exports === null ? "not reported" : usd(row.exports.valueUsd)),
    align: "right",
  },
  {
    key: "importValueUsd",
    header: "Mirror imports USD",
    value: (row) => row.imports?.valueUsd ?? null,
    display: (row) => (row.imports === null ? "not reported" : usd(row.imports.valueUsd)),
    align: "right",
  },
  {
    key: "valueRatio",
    header: "Imports/exports",
    value: (row) => row.valueRatio,
    display: (row) => (row.valueRatio === null ? "n/a" : row.valueRatio.toFixed(2)),
    align: "right",
  },
  {
    key: "sources",
    header: "Sources",
    value: (row) =>
      [
        ...new Set(
          [...(row.exports?.sources ?? []), ...(row.imports?.sources ?? [])].map(
            (s) => s.publisher,
          ),
        ),
      ].join("; "),
    maxWidth: 30,
  },
]

/** The mirror command. */
export const mirrorCommand = defineCommand({
  name: "mirror",
  summary: "mirror statistics: a reporter's exports against its partners' own imports",
  usage:
    "mirror --reporter CN --commodity CODE [--partner JP] [--from PERIOD] [--to PERIOD] [--json | --csv]",
  description:
    "For one commodity code and period range, the reporter's exports to each partner beside the partner's declared imports from it: both kept, never merged (imports are usually valued CIF, exports FOB). Best with --source comtrade (any reporter, partner and HS code, annual or monthly).",
  options: {
    reporter: valueOption("COUNTRY", "the exporting country (CN, chn, China)", tradeAreaOption),
    partner: valueOption("COUNTRY", "only this partner (default: every partner)", tradeAreaOption),
    commodity: valueOption("CODE", "an HS code (280530, 850511...) or alias", commodityOption),
    from: valueOption("PERIOD", "first period, a year 2024 or a month 2024-01", periodOption),
    to: valueOption("PERIOD", "last period, a year or a month", periodOption),
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth mirror --source comtrade --reporter CN --partner JP --commodity 280530 --from 2024 --to 2024",
    "rareearth mirror --source comtrade --reporter CN --commodity 850511 --from 2025-01 --to 2025-06 --json",
  ],
  run: async (context) => {
    const { reporter, partner, commodity, from, to } = context.options
    if (reporter === undefined || commodity === undefined) {
      throw new UsageError(
        `mirror needs ${[reporter === undefined && "--reporter", commodity === undefined && "--commodity"].filter(Boolean).join(" and ")}, e.g. rareearth mirror --reporter CN --commodity 280530 --from 2024`,
      )
    }
    const client = await context.client()
    const result = await client.mirror(
      { reporter, partner, commodity, from, to },
      { signal: context.signal },
    )
    if (context.format === "json") return context.stdout(renderJson(result))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, result.rows))
    context.stdout(
      [
        `Mirror of ${result.reporter}'s exports of ${result.commodity}${result.partner ? ` to ${result.partner}` : ""}: ${result.rows.length} row${result.rows.length === 1 ? "" : "s"}`,
        dataAgeLine(result.dataAge),
        "",
        result.rows.length > 0 ? renderTable(COLUMNS, result.rows) : "(no flows on either side)",
        "",
      ].join("\n"),
    )
  },
})
