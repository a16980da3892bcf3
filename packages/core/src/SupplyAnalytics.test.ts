import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { mcs2025, mcs2026, produced, source } from "./__fixtures__/supply.ts"
import * as Reserves from "./Reserves.ts"
import * as SupplyAnalytics from "./SupplyAnalytics.ts"
import * as Usgs from "./Usgs.ts"

// Complete tables (the areas cover at least 95% of the world total), as USGS prints them.
const production = [
  produced(mcs2026, "CN", 2025, 270_000),
  produced(mcs2026, "US", 2025, 51_000),
  produced(mcs2026, "AU", 2025, 29_000),
  produced(mcs2026, "MM", 2025, 22_000),
  produced(mcs2026, "IN", 2025, null, { unknownReason: "not available (USGS: NA)" }),
  produced(mcs2026, "OTHER_COUNTRIES", 2025, 550),
  produced(mcs2026, "WORLD", 2025, 390_000, { rounded: true }),
  produced(mcs2025, "CN", 2024, 270_000),
  produced(mcs2025, "AU", 2024, 13_000),
  produced(mcs2025, "MM", 2024, 31_000),
  produced(mcs2025, "US", 2024, 45_000),
  produced(mcs2025, "NG", 2024, 13_000),
  produced(mcs2025, "TH", 2024, 13_000),
  produced(mcs2025, "WORLD", 2024, 390_000),
  produced(mcs2026, "CN", 2024, 270_000),
  produced(mcs2026, "AU", 2024, 29_000),
  produced(mcs2026, "MM", 2024, 27_000),
  produced(mcs2026, "US", 2024, 45_500),
  produced(mcs2026, "WORLD", 2024, 380_000),
  // A page quoting only China and the world for 2017: a partial table.
  produced(mcs2025, "CN", 2017, 105_000),
  produced(mcs2025, "WORLD", 2017, 132_000),
]

describe("sharesOfWorld", () => {
  it("divides by the world total of one edition, the latest by default", () => {
    const shares = SupplyAnalytics.sharesOfWorld(production, 2025)!
    expect(shares.edition.id).toBe("mcs-2026-v1.0")
    expect(shares.shares.map((share) => share.area)).toEqual([
      "CN",
      "US",
      "AU",
      "MM",
      "OTHER_COUNTRIES",
    ])
    expect(shares.coveragePercent).toBeCloseTo((372_550 / 390_000) * 100, 9)
    expect(shares.shares[0]!.percent).toBeCloseTo(69.23, 2)
    expect(shares.unknownAreas).toEqual(["IN"])
    expect(SupplyAnalytics.sharesOfWorld(production, 2024)!.shares[0]!.percent).toBeCloseTo(
      71.05,
      2,
    )
    expect(
      SupplyAnalytics.sharesOfWorld(production, 2024, { edition: "mcs-2025" })!.shares[0]!.percent,
    ).toBeCloseTo(69.23, 2)
    expect(SupplyAnalytics.sharesOfWorld(production, 1990)).toBeUndefined()
  })

  it("does not choose a partial table by default, but gives it when asked by edition", () => {
    expect(SupplyAnalytics.sharesOfWorld(production, 2017)).toBeUndefined()
    const partial = SupplyAnalytics.sharesOfWorld(production, 2017, { edition: "mcs-2025" })!
    expect(partial.coveragePercent).toBeCloseTo((105_000 / 132_000) * 100, 9)
    expect(SupplyAnalytics.concentrationByYear(production).map((c) => c.year)).toEqual([2024, 2025])
  })

  it("gives China's share over time and the concentration by year", () => {
    expect(
      SupplyAnalytics.shareOverTime(production, "CN").map((s) => [s.year, s.percent.toFixed(1)]),
    ).toEqual([
      [2024, "71.1"],
      [2025, "69.2"],
    ])
    const [y2024] = SupplyAnalytics.concentrationByYear(production)
    expect(y2024!.leader!.area).toBe("CN")
    expect(y2024!.herfindahlIndex).toBeCloseTo(
      [270_000, 29_000, 27_000, 45_500].reduce((sum, t) => sum + (t / 3800) ** 2, 0),
      6,
    )
  })
})

describe("herfindahlIndex", () => {
  it("is the sum of squared percent shares, without the residual of other countries", () => {
    expect(
      SupplyAnalytics.herfindahlIndex([
        { area: "CN", percent: 60 },
        { area: "US", percent: 40 },
      ]),
    ).toBe(5200)
    expect(
      SupplyAnalytics.herfindahlIndex([
        { area: "CN", percent: 100 },
        { area: "OTHER_COUNTRIES", percent: 50 },
      ]),
    ).toBe(10_000)
  })

  it("lies between 10,000 / n and 10,000 for shares that add up to 100", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }),
        (weights) => {
          const total = weights.reduce((a, b) => a + b, 0)
          const shares = weights.map((weight, index) => ({
            area: `A${index}`,
            percent: (weight / total) * 100,
          }))
          const hhi = SupplyAnalytics.herfindahlIndex(shares)
          expect(hhi).toBeLessThanOrEqual(10_000 + 1e-6)
          expect(hhi).toBeGreaterThanOrEqual(10_000 / weights.length - 1e-6)
        },
      ),
    )
  })

  it("gives shares of world production that add up to the countries' sum over the world total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        (tonnes, world) => {
          const records = [
            ...tonnes.map((t, index) =>
              produced(
                mcs2026,
                [
                  "CN",
                  "US",
                  "AU",
                  "MM",
                  "IN",
                  "RU",
                  "TH",
                  "VN",
                  "BR",
                  "MG",
                  "MY",
                  "NG",
                  "CA",
                  "GL",
                  "ZA",
                ][index]!,
                2025,
                t,
              ),
            ),
            produced(mcs2026, "WORLD", 2025, world),
          ]
          const shares = SupplyAnalytics.sharesOfWorld(records, 2025, { edition: "mcs-2026-v1.0" })!
          const sum = shares.shares.reduce((total, share) => total + share.percent, 0)
          expect(sum).toBeCloseTo((tonnes.reduce((a, b) => a + b, 0) / world) * 100, 6)
        },
      ),
    )
  })
})

describe("reservesToProductionYears", () => {
  const reserve = (area: string, text: string) => {
    const value = Usgs.parseValue(text)
    return Reserves.parse({
      id: area,
      area,
      value,
      tonnesReo: Usgs.exactNumber(value),
      edition: mcs2026,
      label: "V2",
      sources: [source],
      confidence: { kind: "official" },
    })
  }
  it("divides the latest reserves by a year's production, and says when it is a lower bound", () => {
    const china = SupplyAnalytics.reservesToProductionYears(
      [reserve("CN", "44,000,000")],
      production,
      "CN",
      2025,
    )!
    expect(china.years).toBeCloseTo(44_000_000 / 270_000, 9)
    expect(china.atLeast).toBe(false)
    const world = SupplyAnalytics.reservesToProductionYears(
      [reserve("WORLD", ">85,000,000")],
      production,
      "WORLD",
    )!
    expect(world.production.year).toBe(2025)
    expect(world.years).toBeCloseTo(85_000_000 / 390_000, 9)
    expect(world.atLeast).toBe(true)
  })
  it("gives nothing for unknown reserves or production, never a guess", () => {
    expect(
      SupplyAnalytics.reservesToProductionYears([reserve("IN", "NA")], production, "IN"),
    ).toBeUndefined()
    expect(
      SupplyAnalytics.reservesToProductionYears([reserve("US", "1,900,000")], production, "IN"),
    ).toBeUndefined()
  })
  it("equals reserves / production for any exact figures", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        (stock, flow) => {
          const result = SupplyAnalytics.reservesToProductionYears(
            [reserve("AU", stock.toLocaleString("en-US"))],
            [produced(mcs2026, "AU", 2025, flow)],
            "AU",
          )!
          expect(result.years * flow).toBeCloseTo(stock, 3)
        },
      ),
    )
  })
})

describe("changeBetweenEditions", () => {
  it("lists the figures both editions give and their change", () => {
    const changes = SupplyAnalytics.changeBetweenEditions(production, "mcs-2025", "mcs-2026-v1.0")
    expect(changes.map((c) => [c.area, c.year, c.changeTonnes])).toEqual([
      ["CN", 2024, 0],
      ["AU", 2024, 16_000],
      ["MM", 2024, -4_000],
      ["US", 2024, 500],
      ["WORLD", 2024, -10_000],
    ])
    expect(changes[1]!.changePercent).toBeCloseTo((16_000 / 13_000) * 100, 9)
    expect(() =>
      SupplyAnalytics.changeBetweenEditions(production, "mcs-2019", "mcs-2026-v1.0"),
    ).toThrow(/mcs-2019/)
  })
})
