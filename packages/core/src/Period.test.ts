import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { InvalidInputError } from "./InputError.ts"
import * as Period from "./Period.ts"

const month = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => Period.makeMonth(year, month))

describe("Period.parse", () => {
  it("accepts months and years", () => {
    expect(Period.parse("2025-06")).toBe("2025-06")
    expect(Period.parse(" 2025 ")).toBe("2025")
  })

  it("rejects month 13 with a clear message", () => {
    expect(() => Period.parse("2025-13")).toThrow(InvalidInputError)
    expect(() => Period.parse("2025-13")).toThrow(/"2025-13".*month 13 is out of range/)
  })

  it("rejects a one-digit month and suggests the fix", () => {
    expect(() => Period.parse("2025-6")).toThrow(/"2025-6".*did you mean "2025-06"/)
  })

  it.each(["", "2025-00", "25", "2025/06", "202506", "2025-06-01", "June 2025"])(
    "rejects %j",
    (input) => {
      expect(() => Period.parse(input)).toThrow(InvalidInputError)
    },
  )

  it("reports issues as data", () => {
    try {
      Period.parse("2025-13")
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError)
      const issue = (error as InvalidInputError).issues[0]
      expect(issue?.code).toBe("invalid_period")
      expect((error as InvalidInputError).input).toBe("2025-13")
    }
  })

  it("parseMonth rejects years and parseYear rejects months", () => {
    expect(() => Period.parseMonth("2025")).toThrow(/this is a year, not a month/)
    expect(() => Period.parseYear("2025-06")).toThrow(InvalidInputError)
    expect(Period.parseYear(2025)).toBe("2025")
    expect(() => Period.parseYear(2025.5)).toThrow(InvalidInputError)
  })

  it("parseDate checks that the day exists", () => {
    expect(Period.parseDate("2024-02-29")).toBe("2024-02-29")
    expect(() => Period.parseDate("2025-02-29")).toThrow(/"2025-02-29"/)
    expect(() => Period.parseDate("2025-6-1")).toThrow(InvalidInputError)
  })

  it("the zod schemas agree with the parsers", () => {
    expect(Period.Period.safeParse("2025-13").success).toBe(false)
    expect(Period.Period.safeParse("2025-6").success).toBe(false)
    expect(Period.Month.safeParse("2025-06").success).toBe(true)
  })
})

describe("Period arithmetic", () => {
  it("steps across year ends", () => {
    expect(Period.nextMonth("2025-12")).toBe("2026-01")
    expect(Period.previousMonth("2025-01")).toBe("2024-12")
    expect(Period.next("2025")).toBe("2026")
    expect(Period.previous("2025-03")).toBe("2025-02")
  })

  it("builds inclusive ranges and rejects reversed ones", () => {
    expect(Period.monthRange("2024-11", "2025-02")).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ])
    expect(Period.monthRange("2025-06", "2025-06")).toEqual(["2025-06"])
    expect(() => Period.monthRange("2025-06", "2025-05")).toThrow(/end is before the start/)
    expect(Period.monthsOfYear(2025)).toHaveLength(12)
    expect(Period.yearRange("2023", 2025)).toEqual(["2023", "2024", "2025"])
  })

  it("first/last month, parts and containment", () => {
    expect(Period.firstMonth("2025")).toBe("2025-01")
    expect(Period.lastMonth("2025")).toBe("2025-12")
    expect(Period.lastMonth("2025-06")).toBe("2025-06")
    expect(Period.yearOf("2025-06")).toBe(2025)
    expect(Period.monthOf("2025-06")).toBe(6)
    expect(Period.contains("2025", "2025-06")).toBe(true)
    expect(Period.contains("2025", "2026-06")).toBe(false)
    expect(Period.contains("2025-06", "2025")).toBe(false)
    expect(Period.containsDate("2025-06", "2025-06-30")).toBe(true)
    expect(Period.monthOfDate("2025-06-01")).toBe("2025-06")
  })

  it("orders years before their months", () => {
    expect(["2025-06", "2025", "2024-12", "2025-01"].sort(Period.compare)).toEqual([
      "2024-12",
      "2025",
      "2025-01",
      "2025-06",
    ])
  })

  it("property: next and previous are inverses", () => {
    fc.assert(
      fc.property(month, (m) => {
        expect(Period.previousMonth(Period.nextMonth(m))).toBe(m)
        expect(Period.nextMonth(Period.previousMonth(m))).toBe(m)
      }),
    )
  })

  it("property: addMonths agrees with monthsBetween and with repeated nextMonth", () => {
    fc.assert(
      fc.property(month, fc.integer({ min: -400, max: 400 }), (m, n) => {
        const moved = Period.addMonths(m, n)
        expect(Period.monthsBetween(m, moved)).toBe(n)
        expect(Period.isMonth(moved)).toBe(true)
        expect(Period.compare(m, moved)).toBe(n > 0 ? -1 : n < 0 ? 1 : 0)
      }),
    )
  })

  it("property: a range has monthsBetween + 1 sorted, distinct, consecutive months", () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 120 }), (from, n) => {
        const to = Period.addMonths(from, n)
        const range = Period.monthRange(from, to)
        expect(range).toHaveLength(n + 1)
        expect(range[0]).toBe(from)
        expect(range.at(-1)).toBe(to)
        for (let i = 1; i < range.length; i++)
          expect(range[i]).toBe(Period.nextMonth(range[i - 1]!))
      }),
    )
  })

  it("property: compare is a total order consistent with text order for months", () => {
    fc.assert(
      fc.property(month, month, (a, b) => {
        expect(Period.compare(a, b)).toBe(-Period.compare(b, a) || 0)
        expect(Period.compare(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0)
      }),
    )
  })

  it("property: every month parses back to itself and lies in its year", () => {
    fc.assert(
      fc.property(month, (m) => {
        expect(Period.parse(m)).toBe(m)
        expect(Period.contains(String(Period.yearOf(m)), m)).toBe(true)
      }),
    )
  })
})

describe("Period.widenToDate", () => {
  it("widens months and years to their first or last day", () => {
    expect(Period.widenToDate("2025", "first")).toBe("2025-01-01")
    expect(Period.widenToDate("2025", "last")).toBe("2025-12-31")
    expect(Period.widenToDate("2025-06", "first")).toBe("2025-06-01")
    expect(Period.widenToDate("2025-06", "last")).toBe("2025-06-30")
    expect(Period.widenToDate("2024-02", "last")).toBe("2024-02-29")
    expect(Period.widenToDate("2100-02", "last")).toBe("2100-02-28")
  })

  it("keeps a date and checks that it exists", () => {
    expect(Period.widenToDate(" 2025-06-09 ", "first")).toBe("2025-06-09")
    expect(() => Period.widenToDate("2025-02-30", "last")).toThrow(/"2025-02-30"/)
  })

  it("rejects anything else, naming the input", () => {
    expect(() => Period.widenToDate("June", "first")).toThrow(
      /^Invalid date "June": expected a date "YYYY-MM-DD", a month "YYYY-MM" or a year "YYYY"/,
    )
  })

  it("orders bounds like the calendar (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = Period.makeMonth(y, m)
        const first = Period.widenToDate(month, "first")
        const last = Period.widenToDate(month, "last")
        return first <= last && Period.monthOfDate(last) === month
      }),
    )
  })
})
