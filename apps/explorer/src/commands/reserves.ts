/** `rareearth reserves`: reserves by area as each edition prints them, or their revisions. */
import type { Reserves } from "@rareearth/core"
import type { ReservesRevision } from "@rareearth/sdk"
import { booleanOption, defineCommand, valueOption } from "../cli/Command.ts"
import { dataAgeLine } from "../cli/dataAge.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { publishers } from "../cli/present.ts"
import { areaOption, CHOICES, labelText, vintagesOption } from "../cli/supplyOptions.ts"
import { yearOption } from "../cli/validate.ts"

/** The printed value, typed: `>85,000,000` is a lower bound, `NA` not available (never 0). */
const valueText = (record: Reserves.Reserves): string =>
  record.value.kind === "lower_bound"
    ? `more than ${record.value.value.toLocaleString("en-US")}`
    : record.value.kind === "not_available"
      ? "not available (NA)"
      : record.tonnesReo !== null
        ? record.tonnesReo.toLocaleString("en-US")
        : record.value.text

const COLUMNS: ReadonlyArray<Column<Reserves.Reserves>> = [
  { key: "area", header: "Area", value: (row) => row.area },
  { key: "kind", header: "Value kind", value: (row) => row.value.kind },
  {
    key: "tonnesReo",
    header: "Tonnes REO",
    value: (row) => row.tonnesReo,
    display: valueText,
    align: "right",
  },
  { key: "printed", header: "Printed", value: (row) => row.value.text },
  { key: "edition", header: "Edition", value: (row) => row.edition.id },
  {
    key: "label",
    header: "Label",
    value: (row) => row.label,
    display: (row) => labelText(row.label),
  },
  { key: "sources", header: "Sources", value: (row) => publishers(row.sources), maxWidth: 40 },
]

const REVISION_COLUMNS: ReadonlyArray<Column<ReservesRevision>> = [
  { key: "area", header: "Area", value: (row) => row.area },
  {
    key: "before",
    header: "Before",
    value: (row) => `${row.before.value.text} (${row.before.edition.id})`,
  },
  {
    key: "after",
    header: "After",
    value: (row) => `${row.after.value.text} (${row.after.edition.id})`,
  },
  { key: "changeTonnes", header: "Change t", value: (row) => row.changeTonnes, align: "right" },
  {
    key: "label",
    header: "Label",
    value: (row) => row.after.label,
    display: (row) => labelText(row.after.label),
  },
]

/** The reserves command. */
export const reservesCommand = defineCommand({
  name: "reserves",
  summary: "rare earth reserves by country (lower bounds and NA kept), or their revisions",
  usage:
    "reserves [--area CN] [--edition ID] [--year Y] [--vintages latest|all] [--revisions] [--json | --csv]",
  description:
    "Reserves as each edition prints them: a figure, a lower bound (>85,000,000) or not available (NA), each with its edition, label (S is single-source) and sources. --revisions lists every change between consecutive editions.",
  options: {
    area: valueOption("AREA", "a country (CN, BRA, Vietnam), WORLD or OTHER_COUNTRIES", areaOption),
    year: valueOption("YEAR", "only editions of this year (MCS 2026 is 2026)", yearOption),
    edition: valueOption("ID", 'only this edition, e.g. "mcs-2025"'),
    vintages: valueOption(
      "latest|all",
      "latest (default) or every edition's value",
      vintagesOption,
      {
        choices: CHOICES.vintages,
      },
    ),
    revisions: booleanOption("the changes between consecutive editions"),
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth reserves",
    "rareearth reserves --area BR --vintages all",
    "rareearth reserves --revisions",
  ],
  run: async (context) => {
    const { area, year, edition, vintages, revisions } = context.options
    const client = await context.client()
    if (revisions) {
      const { items: rows, dataAge } = await client.reserveRevisions(
        { area },
        { signal: context.signal },
      )
      if (context.format === "json") return context.stdout(renderJson({ items: rows, dataAge }))
      if (context.format === "csv") return context.stdout(renderCsv(REVISION_COLUMNS, rows))
      return context.stdout(
        [
          `Reserve revisions: ${rows.length}`,
          dataAgeLine(dataAge),
          "",
          rows.length > 0 ? renderTable(REVISION_COLUMNS, rows) : "(no revisions)",
          "",
        ].join("\n"),
      )
    }
    const { items: rows, dataAge } = await client.reserves(
      { area, year, edition, vintages },
      { signal: context.signal },
    )
    if (context.format === "json") return context.stdout(renderJson({ items: rows, dataAge }))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, rows))
    context.stdout(
      [
        `Reserves: ${rows.length} value${rows.length === 1 ? "" : "s"}`,
        dataAgeLine(dataAge),
        "",
        rows.length > 0 ? renderTable(COLUMNS, rows) : "(no values match)",
        "",
      ].join("\n"),
    )
  },
})
