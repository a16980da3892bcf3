/** `rareearth elements`: the 17 rare earth elements. */
import type { Element } from "@rareearth/core"
import { defineCommand } from "../cli/Command.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"

const atomicWeight = (element: Element.Element): string =>
  element.atomicWeight.kind === "standard"
    ? element.atomicWeight.notation
    : `[${element.atomicWeight.massNumber}]`

const COLUMNS: ReadonlyArray<Column<Element.Element>> = [
  { key: "atomicNumber", header: "Z", value: (e) => e.atomicNumber, align: "right" },
  { key: "symbol", header: "Symbol", value: (e) => e.symbol },
  { key: "name", header: "Name", value: (e) => e.name },
  { key: "atomicWeight", header: "Atomic weight", value: atomicWeight },
  { key: "usgsGroup", header: "USGS group", value: (e) => e.classification.usgs ?? null },
  {
    key: "uses",
    header: "Main uses",
    value: (e) => e.uses.join("; "),
    display: (e) => e.uses.join("; "),
    maxWidth: 70,
  },
]

/** The elements command. */
export const elementsCommand = defineCommand({
  name: "elements",
  summary: "the 17 rare earth elements: symbol, name, atomic weight, group, uses",
  usage: "elements [--json | --csv]",
  options: {},
  formats: ["json", "csv"],
  examples: ["rareearth elements", "rareearth elements --json"],
  run: async (context) => {
    const client = await context.client()
    const { items: elements } = await client.elements({ signal: context.signal })
    if (context.format === "json") return context.stdout(renderJson(elements))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, elements))
    context.stdout(`${renderTable(COLUMNS, elements)}\n`)
  },
})
