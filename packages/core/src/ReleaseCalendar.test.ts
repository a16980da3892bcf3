import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { addMonths } from "./Period.ts"
import * as ReleaseCalendar from "./ReleaseCalendar.ts"

const magnets = { releaseDay: 20, monthsAfter: 1, publishedWithNextMonth: [1] }

describe("release calendars", () => {
  it("date each month's release; January comes out with February", () => {
    expect(ReleaseCalendar.expectedReleaseDate(magnets, "2026-04")).toBe("2026-05-20")
    expect(ReleaseCalendar.expectedReleaseDate(magnets, "2026-12")).toBe("2027-01-20")
    expect(ReleaseCalendar.expectedReleaseDate(magnets, "2026-01")).toBe("2026-03-20")
    expect(
      ReleaseCalendar.expectedReleaseDate({ ...magnets, publishedWithNextMonth: [] }, "2026-01"),
    ).toBe("2026-02-20")
  })

  it("know the newest month due on a day, switching on the release day", () => {
    expect(ReleaseCalendar.latestExpectedMonth(magnets, "2026-11-19")).toBe("2026-09")
    expect(ReleaseCalendar.latestExpectedMonth(magnets, "2026-11-20")).toBe("2026-10")
    expect(ReleaseCalendar.latestExpectedMonth(magnets, "2026-12-02")).toBe("2026-10")
    // January and February both wait for 20 March.
    expect(ReleaseCalendar.latestExpectedMonth(magnets, "2026-03-01")).toBe("2025-12")
    expect(ReleaseCalendar.latestExpectedMonth(magnets, "2026-03-20")).toBe("2026-02")
  })

  it("a series ending in March 2026 is overdue since 2026-05-20 (seven months missing on 2026-12-02)", () => {
    const state = ReleaseCalendar.freshness(magnets, "2026-03", "2026-12-02")
    expect(state.overdueSince).toBe("2026-05-20")
    expect(state.missing).toEqual([
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ])
    expect(ReleaseCalendar.freshness(magnets, "2026-10", "2026-12-02")).toMatchObject({
      missing: [],
      overdueSince: undefined,
    })
  })

  it("rejects a malformed newest month", () => {
    expect(() => ReleaseCalendar.freshness(magnets, "2026-3", "2026-12-02")).toThrow(/2026-3/)
  })

  it("property: the newest month due is out by the day, and the next one is not", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 3 }),
        (date, releaseDay, monthsAfter) => {
          const calendar = { releaseDay, monthsAfter }
          const today = date.toISOString().slice(0, 10)
          const latest = ReleaseCalendar.latestExpectedMonth(calendar, today)
          expect(ReleaseCalendar.expectedReleaseDate(calendar, latest) <= today).toBe(true)
          expect(ReleaseCalendar.expectedReleaseDate(calendar, addMonths(latest, 1)) > today).toBe(
            true,
          )
        },
      ),
      { numRuns: 200 },
    )
  })
})
