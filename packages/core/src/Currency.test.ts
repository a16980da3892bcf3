import { describe, expect, it } from "vitest"
import * as Currency from "./Currency.ts"

describe("Currency.parse", () => {
  it("accepts codes and written forms in any case", () => {
    expect(Currency.parse("usd")).toBe("USD")
    expect(Currency.parse("A$")).toBe("AUD")
    expect(Currency.parse("Yuan")).toBe("CNY")
    expect(Currency.parse("rs")).toBe("INR")
  })

  it("rejects an unknown currency listing the valid ones, and the ambiguous ¥", () => {
    expect(() => Currency.parse("GBP")).toThrow(
      /Unknown currency "GBP": expected one of USD, CNY, EUR/,
    )
    expect(() => Currency.parse("¥")).toThrow(/Unknown currency "¥"/)
  })
})

describe("Currency.convert", () => {
  const rate = { base: "USD", quote: "CNY", rate: 7.246, sourceIds: ["rex"] } as const

  it("converts both ways with a rate a source states", () => {
    expect(Currency.convert(7.246, "CNY", "USD", rate)).toBeCloseTo(1, 12)
    expect(Currency.convert(2, "USD", "CNY", rate)).toBeCloseTo(14.492, 12)
    expect(Currency.convert(5, "EUR", "EUR", rate)).toBe(5)
  })

  it("refuses a rate between other currencies or one without a source", () => {
    expect(() => Currency.convert(1, "USD", "EUR", rate)).toThrow(/USD\/CNY rate/)
    expect(() => Currency.convert(1, "USD", "CNY", { ...rate, sourceIds: [] })).toThrow(
      /cites no source/,
    )
  })
})
