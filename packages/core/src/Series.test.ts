import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { InvalidInputError } from "./InputError.ts"
import * as Period from "./Period.ts"
import * as Series from "./Series.ts"

// China's rare-earth magnet exports, 2025 (tonnes; facts §4.1).
const magnets = Series.monthly([
  { period: "2025-05", value: 1238 },
  { period: "2025-06", value: 3188 },
  { period: "2025-07", value: 5577 },
  { period: "2025-08", value: 6146 },
])

const tonnes = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
)

describe("worked example: May -> June 2025 magnet exports", () => {
  it("is +157.512...%, which rounds to 158% (and 157.5% to one decimal)", () => {
    const change = Series.percentChange(1238, 3188)!
    expect(change).toBeCloseTo(157.5121163166397, 12)
    expect(change).toBe(((3188 - 1238) / 1238) * 100)
    expect(Series.round(change, 0)).toBe(158)
    expect(Series.round(change, 1)).toBe(157.5)
    expect(Series.monthOnMonth(magnets)[1]).toEqual({ period: "2025-06", value: change })
    expect(Series.changeBetween(magnets, "2025-05", "2025-06")).toBe(change)
  })
})

describe("Series.monthly", () => {
  it("fills missing months with gaps, never zeros", () => {
    const points = Series.monthly([
      { period: "2025-05", value: 1238 },
      { period: "2025-07", value: 5577 },
    ])
    expect(points).toEqual([
      { period: "2025-05", value: 1238 },
      { period: "2025-06", value: null },
      { period: "2025-07", value: 5577 },
    ])
  })

  it("honours from/to, dropping outside observations", () => {
    const points = Series.monthly([{ period: "2025-05", value: 1 }], {
      from: "2025-04",
      to: "2025-06",
    })
    expect(points.map((p) => p.value)).toEqual([null, 1, null])
    expect(
      Series.monthly([{ period: "2025-05", value: 1 }], { from: "2025-06", to: "2025-06" }),
    ).toEqual([{ period: "2025-06", value: null }])
    expect(Series.monthly([])).toEqual([])
  })

  it("rejects years, duplicates and non-numbers", () => {
    expect(() => Series.monthly([{ period: "2025", value: 1 }])).toThrow(/"2025"/)
    expect(() =>
      Series.monthly([
        { period: "2025-05", value: 1 },
        { period: "2025-05", value: 2 },
      ]),
    ).toThrow(/Duplicate observation for 2025-05/)
    expect(() => Series.monthly([{ period: "2025-05", value: Number.NaN }])).toThrow(
      InvalidInputError,
    )
  })
})

describe("changes", () => {
  it("percentChange is null for unknown values and a zero base", () => {
    expect(Series.percentChange(null, 1)).toBeNull()
    expect(Series.percentChange(1, null)).toBeNull()
    expect(Series.percentChange(0, 5)).toBeNull()
    expect(Series.percentChange(5, 0)).toBe(-100)
  })

  it("month on month is null across gaps", () => {
    const points = Series.monthly([
      { period: "2025-05", value: 1238 },
      { period: "2025-07", value: 5577 },
    ])
    expect(Series.monthOnMonth(points).map((p) => p.value)).toEqual([null, null, null])
  })

  it("year on year compares with the same month a year earlier", () => {
    const points = Series.monthly([
      { period: "2024-05", value: 4000 },
      { period: "2025-05", value: 1000 },
    ])
    const yoy = Series.yearOnYear(points)
    expect(yoy.at(-1)).toEqual({ period: "2025-05", value: -75 })
    expect(yoy[0]?.value).toBeNull()
  })

  it("recovery against a baseline", () => {
    const baseline = Series.average(magnets, "2025-07", "2025-08")!
    expect(baseline).toBe((5577 + 6146) / 2)
    const rows = Series.recovery(magnets, baseline)
    expect(rows[0]?.ratio).toBe(1238 / baseline)
    expect(rows[0]?.percentChange).toBe(Series.percentChange(baseline, 1238))
    expect(Series.recovery(magnets, null).every((row) => row.ratio === null)).toBe(true)
  })

  it("average is null when a month in the span is a gap or absent", () => {
    expect(Series.average(magnets, "2025-05")).toBe(1238)
    expect(Series.average(magnets, "2025")).toBeNull()
    expect(Series.average(magnets, "2025-04", "2025-05")).toBeNull()
  })
})

describe("cumulative", () => {
  it("year to date resets each January and is null after a gap", () => {
    const points = Series.monthly([
      { period: "2024-12", value: 7 },
      { period: "2025-01", value: 10 },
      { period: "2025-02", value: 5 },
      { period: "2025-04", value: 1 },
    ])
    expect(Series.yearToDate(points).map((p) => p.value)).toEqual([null, 10, 15, null, null])
  })

  it("annual totals need twelve known months", () => {
    const full = Series.monthly(Period.monthsOfYear(2024).map((period) => ({ period, value: 1 })))
    expect(Series.annualTotals(full)).toEqual([{ period: "2024", value: 12 }])
    expect(Series.annualTotals(magnets)).toEqual([{ period: "2025", value: null }])
  })

  it("sum is exact and null with unknowns", () => {
    expect(Series.sum([0.1, 0.2, 0.3])).toBe(0.6)
    expect(Series.sum([1, null])).toBeNull()
    expect(Series.sum([])).toBe(0)
    expect(Series.sum(magnets)).toBe(1238 + 3188 + 5577 + 6146)
  })
})

describe("shares and concentration", () => {
  it("shares, topN and herfindahl", () => {
    const rows = Series.shares([
      { key: "US", value: 1 },
      { key: "JP", value: 3 },
    ])
    expect(rows.map((r) => r.share)).toEqual([0.25, 0.75])
    expect(Series.share(353, 3188)).toBe(353 / 3188)
    expect(Series.share(1, 0)).toBeNull()
    expect(Series.herfindahl(rows)).toBe(25 ** 2 + 75 ** 2)
    expect(Series.herfindahl([1])).toBe(10_000)
    expect(Series.herfindahl([0.5, 0.5])).toBe(5000)
    expect(
      Series.topN(
        [
          { key: "US", value: 353 },
          { key: "KR", value: null },
          { key: "DE", value: 600 },
          { key: "JP", value: 300 },
        ],
        3,
      ).map((r) => r.key),
    ).toEqual(["DE", "US", "JP"])
  })

  it("an unknown value makes every share unknown unless a total is given", () => {
    const rows = [
      { key: "US", value: 1 },
      { key: "JP", value: null },
    ]
    expect(Series.shares(rows).map((r) => r.share)).toEqual([null, null])
    expect(Series.shares(rows, { total: 4 }).map((r) => r.share)).toEqual([0.25, null])
  })

  it("rejects bad shares and negative values", () => {
    expect(() => Series.herfindahl([30])).toThrow(/fraction/)
    expect(() => Series.herfindahl([0.7, 0.7])).toThrow(/more than 1/)
    expect(() => Series.shares([{ key: "US", value: -1 }])).toThrow(/Negative/)
    expect(() => Series.topN([], -1)).toThrow(InvalidInputError)
  })
})

describe("mirror", () => {
  it("aligns both sides by period and keeps both", () => {
    expect(
      Series.mirror(
        [
          { period: "2024", value: 100 },
          { period: "2023", value: 50 },
        ],
        [
          { period: "2024", value: 110 },
          { period: "2022", value: 1 },
        ],
      ),
    ).toEqual([
      { period: "2022", exports: null, imports: 1, difference: null, ratio: null },
      { period: "2023", exports: 50, imports: null, difference: null, ratio: null },
      { period: "2024", exports: 100, imports: 110, difference: 10, ratio: 1.1 },
    ])
    expect(() =>
      Series.mirror(
        [
          { period: "2024", value: 1 },
          { period: "2024", value: 2 },
        ],
        [],
      ),
    ).toThrow(/Duplicate exports/)
  })
})

describe("round", () => {
  it("rounds half away from zero, decimal-safely", () => {
    expect(Series.round(1.005, 2)).toBe(1.01)
    expect(Series.round(2.5)).toBe(3)
    expect(Series.round(-2.5)).toBe(-3)
    expect(Series.round(1234, -2)).toBe(1200)
    expect(Series.round(1e-7, 2)).toBe(0)
    expect(Series.round(null, 1)).toBeNull()
  })
})

describe("properties", () => {
  const keyed = fc
    .array(tonnes, { minLength: 1, maxLength: 30 })
    .map((values) => values.map((value, index) => ({ key: `K${index}`, value })))

  it("shares of a positive total sum to 1", () => {
    fc.assert(
      fc.property(keyed, (rows) => {
        fc.pre(rows.some((row) => row.value > 0))
        const total = Series.sum(Series.shares(rows).map((row) => row.share))!
        expect(total).toBeCloseTo(1, 12)
      }),
    )
  })

  it("the change of a constant series is 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
        fc.integer({ min: 2, max: 36 }),
        (value, length) => {
          const points = Series.monthly(
            Period.monthRange("2023-01", Period.addMonths("2023-01", length - 1)).map((period) => ({
              period,
              value,
            })),
          )
          for (const point of Series.monthOnMonth(points).slice(1)) expect(point.value).toBe(0)
          for (const point of Series.yearOnYear(points).slice(12)) expect(point.value).toBe(0)
        },
      ),
    )
  })

  it("cumulative of a series equals the sum", () => {
    fc.assert(
      fc.property(fc.array(tonnes, { minLength: 1, maxLength: 12 }), (values) => {
        const points = Series.monthly(
          values.map((value, index) => ({ period: Period.makeMonth(2025, index + 1), value })),
        )
        const ytd = Series.yearToDate(points)
        expect(ytd.at(-1)?.value).toBe(Series.sum(values))
        // And each step adds that month's value, up to rounding of the running total.
        for (let i = 1; i < ytd.length; i++)
          expect(ytd[i]!.value!).toBeCloseTo(ytd[i - 1]!.value! + values[i]!, 3)
      }),
    )
  })

  it("a gap anywhere makes later year-to-date values of that year null", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(tonnes, { nil: null }), { minLength: 12, maxLength: 12 }),
        (values) => {
          const points = Series.monthly(
            values.map((value, index) => ({ period: Period.makeMonth(2025, index + 1), value })),
          )
          const ytd = Series.yearToDate(points)
          const firstGap = values.indexOf(null)
          ytd.forEach((point, index) => {
            if (firstGap !== -1 && index >= firstGap) expect(point.value).toBeNull()
            else expect(point.value).not.toBeNull()
          })
        },
      ),
    )
  })

  it("herfindahl lies between 10000/n and 10000 for shares of one total", () => {
    fc.assert(
      fc.property(keyed, (rows) => {
        fc.pre(rows.some((row) => row.value > 0))
        const hhi = Series.herfindahl(Series.shares(rows))!
        expect(hhi).toBeLessThanOrEqual(10_000 + 1e-6)
        expect(hhi).toBeGreaterThanOrEqual(10_000 / rows.length - 1e-6)
      }),
    )
  })

  it("percent change and back recovers the value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e7 }),
        fc.integer({ min: 0, max: 1e7 }),
        (from, to) => {
          const change = Series.percentChange(from, to)!
          expect(from * (1 + change / 100)).toBeCloseTo(to, 6)
        },
      ),
    )
  })
})

describe("changes at the start of the calendar", () => {
  it("are null for 0000-01 (no earlier month), not an error", () => {
    const points = [
      { period: "0000-01", value: 5 },
      { period: "0000-02", value: 10 },
    ]
    expect(Series.monthOnMonth(points).map((p) => p.value)).toEqual([null, 100])
    expect(Series.yearOnYear(points).map((p) => p.value)).toEqual([null, null])
  })
})
