import { Price, Source } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { dataset, prices } from "../index.ts"

const one = (id: string) => {
  const found = prices.find((price) => price.id === id)
  if (found === undefined) throw new Error(`no price ${id}`)
  return found
}

describe("the price observations", () => {
  it("parse with Price.PriceObservation, unchanged, with unique ids, and are in the dataset", () => {
    for (const price of prices) expect(Price.PriceObservation.parse(price)).toEqual(price)
    expect(new Set(prices.map((price) => price.id)).size).toBe(prices.length)
    expect(dataset.prices).toEqual([...prices])
  })

  it("cite only sources the dataset lists", () => {
    const listed = new Map(dataset.sources.map((source) => [source.id, source]))
    for (const price of prices)
      for (const ref of price.sources)
        expect(listed.get(ref.id), `${price.id} cites ${ref.id}`).toEqual(ref)
  })

  it("keep ranges in order and end no period after the dataset's horizon", () => {
    for (const price of prices) {
      expect(price.low <= price.high, price.id).toBe(true)
      expect(price.period.start <= price.period.end, price.id).toBe(true)
      expect(price.period.start <= dataset.asOf, price.id).toBe(true)
    }
  })

  it("show single-source rows as such", () => {
    const single = prices.filter((price) => price.evidence === "single_source")
    expect(single.length).toBeGreaterThan(30)
    for (const price of single)
      expect(price.note?.startsWith("Single source."), price.id).toBe(true)
  })

  it("ship derived figures only with a formula that recomputes them", () => {
    const derived = prices.filter((price) => price.confidence.kind === "derived")
    expect(derived.map((price) => price.id)).toEqual([
      "ndpr-oxide-china-domestic-china-northern-rare-earth-2023-04-01-month",
    ])
    for (const price of derived) {
      expect(price.evidence).toBe("derived")
      expect(Source.verifyDerivation(price.low, price.confidence), price.id).toBe(true)
      expect(Source.verifyDerivation(price.low + 1, price.confidence), price.id).toBe(false)
    }
  })

  it("keep rival accounts side by side under conflict groups", () => {
    const groups = Source.claimsByConflictGroup(prices)
    const sizes = Object.fromEntries(
      groups.map((group) => [group.conflictGroup, group.claims.length]),
    )
    expect(sizes).toEqual({
      "lynas-ndpr-dec-quarter-2021": 2,
      "sunsirs-nd-oxide-2026-02": 2,
      "dy-oxide-china-2025-09-25": 2,
      "lynas-asp-march-quarter-2022": 2,
    })
  })

  it("convert nothing themselves: every equivalent names who converted it", () => {
    for (const price of prices)
      for (const equivalent of price.equivalents ?? [])
        expect(equivalent.by.length, price.id).toBeGreaterThan(0)
    const august = one("ndpr-oxide-china-domestic-smm-2025-08-28")
    expect(august.equivalents).toEqual([
      { low: 82_800, high: 83_900, currency: "USD", unit: "tonne", by: "Rare Earth Exchanges" },
    ])
  })

  it("mark dates whose year the reference inferred as approximate", () => {
    expect(one("ndpr-oxide-china-domestic-smm-2025-09-11").period.approximate).toBe(true)
    expect(one("ndpr-oxide-china-domestic-smm-2025-10-09").period.approximate).toBeUndefined()
  })
})

describe("the price queries on the dataset", () => {
  const ndprChina = Price.query(prices, {
    product: "NdPr oxide",
    market: "china domestic",
    currency: "CNY",
    kind: "assessment",
  }).filter((price) => price.unit === "tonne" && price.assessor === "SMM")

  it("gives SMM's NdPr oxide change from before China's April 2025 controls to the end of 2025", () => {
    const result = Price.change(ndprChina, "2025-04-03", "2025-12-31")
    expect(result?.from.id).toBe("ndpr-oxide-china-domestic-smm-2025-03-18")
    expect(result?.to.id).toBe("ndpr-oxide-china-domestic-smm-2025-12-31")
    expect(result?.percent).toBeCloseTo(((606_500 - 445_500) / 445_500) * 100, 10)
  })

  it("refuses a change across series (CNY per tonne and USD per kg)", () => {
    expect(() =>
      Price.change(Price.query(prices, { product: "ndpr_oxide" }), "2025-01-01", "2025-12-31"),
    ).toThrow(/different series/)
  })

  it("compares Europe and China for the same product and period only with a stated rate", () => {
    const europe = one("dy-oxide-cif-europe-benchmark-2025-07-01-month")
    const china = one("dy-oxide-china-domestic-smm-2025-07-14")
    expect(() => Price.premium(europe, china)).toThrow(/exchange rate a source states/)
    // Rare Earth Exchanges printed SMM's 600,000 yuan/t as US$82,800/t (2025-08-28): a rate a source states.
    const rate = {
      base: "USD",
      quote: "CNY",
      rate: 600_000 / 82_800,
      sourceIds: ["rareearthexchanges-china-rare-earth"],
    } as const
    const premium = Price.premium(europe, china, rate)
    expect(premium?.ratio).toBeCloseTo(800 / (1_680 / (600_000 / 82_800)), 10)
  })
})
