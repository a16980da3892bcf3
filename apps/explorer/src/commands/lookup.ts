/**
 * `rareearth lookup --text TEXT`: countries, commodity codes, product forms and elements
 * matching a name or keyword (`korea`, `magnet`, `NdFeB`, `oxide`, `dysprosium`), from core's
 * `Lookup` (the same search as the SDK client's `lookup`).
 */
import { Lookup } from "@rareearth/core"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { UsageError } from "../cli/UsageError.ts"

type Row = Lookup.LookupMatch<string>

const COLUMNS: ReadonlyArray<Column<Row>> = [
  { key: "kind", header: "Kind", value: (row) => row.kind },
  { key: "code", header: "Code", value: (row) => row.code },
  { key: "name", header: "Name", value: (row) => row.name, maxWidth: 60 },
  { key: "matchedOn", header: "Matched on", value: (row) => row.matchedOn },
  { key: "matched", header: "Matched", value: (row) => row.matched, maxWidth: 50 },
]

/** The lookup command. */
export const lookupCommand = defineCommand({
  name: "lookup",
  summary: "find countries, commodity codes, product forms and elements by name or keyword",
  usage: "lookup --text TEXT [--json | --csv]",
  options: {
    text: valueOption("TEXT", "a name or keyword, e.g. korea, magnet, NdFeB, oxide, dysprosium"),
  },
  formats: ["json", "csv"],
  examples: ["rareearth lookup --text korea", "rareearth lookup --text NdFeB --json"],
  run: async (context) => {
    const text = context.options.text
    if (text === undefined || text.trim() === "") {
      throw new UsageError("lookup needs --text TEXT, e.g. --text korea")
    }
    const found = Lookup.lookup(text)
    if (context.format === "json") return context.stdout(renderJson(found))
    const rows: ReadonlyArray<Row> = [
      ...found.countries,
      ...found.commodities,
      ...found.forms,
      ...found.elements,
    ]
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, rows))
    context.stdout(
      rows.length === 0 ? `Nothing matches "${text}".\n` : `${renderTable(COLUMNS, rows)}\n`,
    )
  },
})
