import { describe, expect, it } from "vitest"
import { type Column, formatNumber, formatPercent, renderCsv, renderTable } from "./Output.ts"

type Row = { readonly name: string; readonly tonnes: number | null }
const COLUMNS: ReadonlyArray<Column<Row>> = [
  { key: "name", header: "Name", value: (row) => row.name },
  { key: "tonnes", header: "Tonnes", value: (row) => row.tonnes, align: "right" },
]

describe("renderCsv", () => {
  it("quotes commas, quotes and line breaks (RFC 4180) and leaves unknown values empty", () => {
    const csv = renderCsv(COLUMNS, [
      { name: 'Sm, "samarium"', tonnes: 3188 },
      { name: "two\nlines", tonnes: null },
    ])
    expect(csv).toBe('name,tonnes\r\n"Sm, ""samarium""",3188\r\n"two\nlines",\r\n')
  })
})

describe("renderTable", () => {
  it("aligns columns, right-aligns numbers, and shows unknown as n/a, never 0", () => {
    const table = renderTable(COLUMNS, [
      { name: "June", tonnes: 3188 },
      { name: "April", tonnes: null },
    ])
    expect(table.split("\n")).toEqual([
      "Name   Tonnes",
      "-----  ------",
      "June    3,188",
      "April     n/a",
    ])
  })
})

describe("number formats", () => {
  it("formats tonnes and signed percentages for people", () => {
    expect(formatNumber(3188)).toBe("3,188")
    expect(formatNumber(157.5123)).toBe("157.5")
    expect(formatNumber(null)).toBe("n/a")
    expect(formatPercent(157.5123)).toBe("+157.5%")
    expect(formatPercent(-52.94)).toBe("-52.9%")
    expect(formatPercent(0)).toBe("±0%")
    expect(formatPercent(null)).toBe("n/a")
  })
})
