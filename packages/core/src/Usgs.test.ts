import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isInvalidInputError } from "./InputError.ts"
import * as Usgs from "./Usgs.ts"

describe("Usgs.parseValue", () => {
  it.each([
    ["45,500", { kind: "number", value: 45500, text: "45,500" }],
    ["1.51", { kind: "number", value: 1.51, text: "1.51" }],
    ["9999", { kind: "number", value: 9999, text: "9999" }],
    ["68 ", { kind: "number", value: 68, text: "68" }],
    ["\u2014", { kind: "zero", text: "\u2014" }],
    ["NA", { kind: "not_available", text: "NA" }],
    ["W", { kind: "withheld", text: "W" }],
    ["E", { kind: "net_exporter", text: "E" }],
    ["XX", { kind: "not_applicable", text: "XX" }],
    ["s", { kind: "less_than_half_unit", text: "s" }],
    [">95", { kind: "lower_bound", value: 95, text: ">95" }],
    [">85,000,000", { kind: "lower_bound", value: 85_000_000, text: ">85,000,000" }],
    ["<25", { kind: "upper_bound", value: 25, text: "<25" }],
    ["10,000 - 15,000", { kind: "range", low: 10_000, high: 15_000, text: "10,000 - 15,000" }],
    ["500\u201316,000", { kind: "range", low: 500, high: 16_000, text: "500\u201316,000" }],
    ["Large", { kind: "qualitative", text: "Large" }],
    ["Moderate to large", { kind: "qualitative", text: "Moderate to large" }],
    [
      "Variable, depending on type of product",
      { kind: "qualitative", text: "Variable, depending on type of product" },
    ],
    ["?10", { kind: "unreadable", text: "?10" }],
  ])("reads %j", (text, expected) => {
    expect(Usgs.parseValue(text)).toEqual(expected)
  })

  it.each(["", "about 12", "4,50", "1,2345", "-", "15,000 - 10,000", "NA*", "12e3", "Huge"])(
    "refuses %j with the text and the valid forms",
    (text) => {
      expect(Usgs.safeParseValue(text)).toBeUndefined()
      try {
        Usgs.parseValue(text)
        expect.unreachable()
      } catch (error) {
        expect(isInvalidInputError(error)).toBe(true)
        expect((error as Error).message).toContain(JSON.stringify(text))
        expect((error as Error).message).toContain('"NA"')
      }
    },
  )

  it("reads every integer written with thousands separators back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        const text = n.toLocaleString("en-US")
        expect(Usgs.parseValue(text)).toEqual({ kind: "number", value: n, text })
        expect(Usgs.parseValue(`>${text}`)).toMatchObject({ kind: "lower_bound", value: n })
      }),
    )
  })
})

describe("Usgs.exactNumber and describeMissing", () => {
  it("gives a number only for figures and the printed zero, never for a symbol or a bound", () => {
    expect(Usgs.exactNumber(Usgs.parseValue("29,000"))).toBe(29000)
    expect(Usgs.exactNumber(Usgs.parseValue("\u2014"))).toBe(0)
    for (const text of ["NA", "W", "E", ">95", "<25", "1 - 2", "Large", "s", "XX", "?1"])
      expect(Usgs.exactNumber(Usgs.parseValue(text))).toBeNull()
    expect(Usgs.describeMissing(Usgs.parseValue("NA"))).toBe("not available (USGS: NA)")
    expect(Usgs.describeMissing(Usgs.parseValue("29,000"))).toBeUndefined()
  })
})

describe("Usgs notes", () => {
  it("splits notes and reads the qualifiers", () => {
    const notes = Usgs.splitNotes(
      "Estimated. -- Estimated based on reported import data for China. Source: Trade Data Monitor Inc.",
    )
    expect(notes).toEqual([
      "Estimated.",
      "Estimated based on reported import data for China. Source: Trade Data Monitor Inc.",
    ])
    expect(Usgs.qualifiers(notes, "Mine production: rounded")).toEqual({
      estimated: true,
      reported: false,
      rounded: true,
    })
    expect(Usgs.qualifiers(["Reported."], "Mine production")).toEqual({
      estimated: false,
      reported: true,
      rounded: false,
    })
    expect(Usgs.qualifiers(["Estimated .-- x"]).estimated).toBe(true)
  })
})
