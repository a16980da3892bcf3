import { describe, expect, it } from "@effect/vitest"
import { inferDelimiter } from "../../src/node/files/CsvRows.ts"

describe("inferDelimiter", () => {
  it.each([
    [",", "period,reporter,partner,flow"],
    [";", "period;reporter;partner;flow"],
    ["\t", "period\treporter\tpartner\tflow"],
    ["|", "period|reporter|partner|flow"],
  ])("finds %j in a plain header", (delimiter, header) => {
    expect(inferDelimiter(`${header}\n2024-01${delimiter}US`)).toBe(delimiter)
    expect(inferDelimiter(`${header}\r\n`)).toBe(delimiter)
  })

  it("ignores delimiters inside quoted column names", () => {
    expect(inferDelimiter('"Net weight, kg";"Value; USD";period\n')).toBe(";")
    expect(inferDelimiter('"a|b|c|d",partner,flow\n')).toBe(",")
  })

  it("takes the most frequent delimiter, and reads only the first line", () => {
    expect(inferDelimiter("Reporter (ISO; alpha-2),partner,flow,commodity\n")).toBe(",")
    expect(inferDelimiter("period;reporter\na,b,c,d,e\n")).toBe(";")
  })

  it("falls back to a comma for a single column", () => {
    expect(inferDelimiter("period\n2024-01\n")).toBe(",")
    expect(inferDelimiter("")).toBe(",")
  })
})
