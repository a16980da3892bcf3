import { describe, expect, it } from "vitest"
import * as Price from "./Price.ts"

const source = { id: "test", title: "Test source", publisher: "Test" }

const observation = (
  id: string,
  partial: Partial<Price.PriceObservation> & { day?: string },
): Price.PriceObservation => {
  const { day = "2025-01-01", ...rest } = partial
  return Price.PriceObservation.parse({
    id,
    product: "ndpr_oxide",
    market: "china_domestic",
    kind: "assessment",
    period: { kind: "day", start: day, end: day },
    currency: "CNY",
    unit: "tonne",
    low: 100,
    high: 100,
    qualifier: "exact",
    assessor: "SMM",
    evidence: "verified",
    sources: [source],
    confidence: { kind: "reported" },
    ...rest,
  })
}

const april = observation("a", { day: "2025-04-10", low: 433_000, high: 437_000 })
const may = observation("b", { day: "2025-05-09", low: 417_000, high: 419_000 })
const december = observation("c", { day: "2025-12-31", low: 605_000, high: 608_000 })
const fob = observation("d", {
  day: "2025-01-02",
  market: "fob_china",
  currency: "USD",
  unit: "kg",
  low: 54.7,
  high: 55,
})

describe("Price.parseProduct and parseMarket", () => {
  it("accept codes and names in any case", () => {
    expect(Price.parseProduct("NdPr oxide")).toBe("ndpr_oxide")
    expect(Price.parseProduct("PRND METAL")).toBe("ndpr_metal")
    expect(Price.parseProduct("tb-oxide")).toBe("tb_oxide")
    expect(Price.parseMarket("FOB China")).toBe("fob_china")
  })

  it("reject an unknown product or market listing the valid values", () => {
    expect(() => Price.parseProduct("gold")).toThrow(
      /Unknown product "gold": expected one of ndpr_oxide/,
    )
    expect(() => Price.parseMarket("moon")).toThrow(
      /Unknown market "moon": expected one of china_domestic/,
    )
  })
})

describe("Price.query", () => {
  const all = [december, fob, may, april]

  it("selects by product, market, currency and dates, sorted by period", () => {
    expect(Price.query(all, { market: "china domestic" }).map((row) => row.id)).toEqual([
      "a",
      "b",
      "c",
    ])
    expect(Price.query(all, { currency: "usd" }).map((row) => row.id)).toEqual(["d"])
    expect(Price.query(all, { from: "2025-05-01", to: "2025-06-30" }).map((row) => row.id)).toEqual(
      ["b"],
    )
  })

  it("rejects a bad currency or date naming it", () => {
    expect(() => Price.query(all, { currency: "GBP" })).toThrow(/Unknown currency "GBP"/)
    expect(() => Price.query(all, { from: "2025-13-01" })).toThrow()
  })
})

describe("Price.change", () => {
  it("compares the latest observations on or before each date, midpoint to midpoint", () => {
    const result = Price.change([april, may, december], "2025-04-30", "2026-01-15")
    expect(result?.from.id).toBe("a")
    expect(result?.to.id).toBe("c")
    expect(result?.change).toBe(606_500 - 435_000)
    expect(result?.percent).toBeCloseTo(((606_500 - 435_000) / 435_000) * 100, 10)
  })

  it("is undefined before the first observation", () => {
    expect(Price.change([april, may], "2025-01-01", "2025-05-31")).toBeUndefined()
  })

  it("refuses to mix currencies or markets", () => {
    expect(() => Price.change([april, fob], "2025-01-01", "2025-05-31")).toThrow(
      /differ, their market/,
    )
  })
})

describe("Price.premium", () => {
  const chinaDy = observation("cn-dy", {
    product: "dy_oxide",
    day: "2025-07-14",
    low: 1_660_000,
    high: 1_700_000,
  })
  const europeDy = observation("eu-dy", {
    product: "dy_oxide",
    market: "cif_europe",
    period: { kind: "month", start: "2025-07-01", end: "2025-07-31" },
    currency: "USD",
    unit: "kg",
    low: 800,
    high: 800,
  })
  const rate = { base: "USD", quote: "CNY", rate: 7.246, sourceIds: ["rex"] } as const

  it("divides Europe's price by China's in Europe's currency and unit, with a stated rate", () => {
    const result = Price.premium(europeDy, chinaDy, rate)
    expect(result?.ratio).toBeCloseTo(800 / (1_680 / 7.246), 10)
    expect(result?.exchangeRate).toEqual(rate)
  })

  it("refuses to convert without a stated rate", () => {
    expect(() => Price.premium(europeDy, chinaDy)).toThrow(
      /without an exchange rate a source states/,
    )
  })

  it("is undefined for different products or periods that do not overlap", () => {
    expect(Price.premium(europeDy, december, rate)).toBeUndefined()
    const august = observation("cn-dy-aug", { product: "dy_oxide", day: "2025-08-28" })
    expect(Price.premium(europeDy, august, rate)).toBeUndefined()
  })
})
