/**
 * Periods: calendar months (`2025-06`) and years (`2025`).
 * @since 0.1.0
 */

import { invalid, quote } from "./InputError.ts"
import * as z from "./internal/zod.ts"

// The patterns behind both the schemas below and the plain parse functions (which use them
// directly, not the schemas, so a bundle that only parses periods does not pull in zod).
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/
const yearPattern = /^\d{4}$/
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** A month, `YYYY-MM` with a two-digit month. @category schemas @since 0.1.0 */
export const Month = /* @__PURE__ */ /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(monthPattern, {
    error: 'expected a month as "YYYY-MM" with a two-digit month from 01 to 12, e.g. "2025-06"',
  }),
)
export type Month = z.infer<typeof Month>

/** A year, `YYYY`. @category schemas @since 0.1.0 */
export const Year = /* @__PURE__ */ /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(yearPattern, { error: 'expected a year as "YYYY", e.g. "2025"' }))
export type Year = z.infer<typeof Year>

/** A month or a year. @category schemas @since 0.1.0 */
export const Period = /* @__PURE__ */ /* @__PURE__ */ z.union([Month, Year], {
  error: 'expected a period: a month "YYYY-MM" (e.g. "2025-06") or a year "YYYY" (e.g. "2025")',
})
export type Period = z.infer<typeof Period>

/** A calendar date, `YYYY-MM-DD`. @category schemas @since 0.1.0 */
export const IsoDate = /* @__PURE__ */ /* @__PURE__ */ z.iso.date()
export type IsoDate = z.infer<typeof IsoDate>

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))
const pad4 = (n: number): string => String(n).padStart(4, "0")

const explainMonth = (input: string): string | undefined => {
  const loose = /^(\d{4})-(\d{1,2})$/.exec(input)
  if (loose) {
    const month = Number(loose[2])
    if (month < 1 || month > 12)
      return `month ${loose[2]} is out of range: months run from 01 to 12`
    if (loose[2]!.length === 1)
      return `the month needs two digits: did you mean "${loose[1]}-${pad2(month)}"?`
  }
  const compact = /^(\d{4})(\d{2})$/.exec(input)
  if (compact && Number(compact[2]) >= 1 && Number(compact[2]) <= 12)
    return `months are written with a hyphen (did you mean "${compact[1]}-${compact[2]}"?)`
  return undefined
}

/**
 * Parse a period: a month `YYYY-MM` (two-digit month) or a year `YYYY`. Surrounding spaces are
 * ignored; anything else throws an {@link InvalidInputError} that names the input.
 *
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.parse("2025-06") // "2025-06"
 * Period.parse("2025") // "2025"
 * Period.parse("2025-13") // throws: month 13 is out of range
 * Period.parse("2025-6") // throws: did you mean "2025-06"?
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parse = (input: string): Period => {
  const text = typeof input === "string" ? input.trim() : input
  if (typeof text === "string" && (monthPattern.test(text) || yearPattern.test(text))) return text
  const hint = typeof text === "string" ? explainMonth(text) : undefined
  const message = `Invalid period ${quote(input)}: ${hint ? `${hint}. Expected` : "expected"} a month "YYYY-MM" with a two-digit month from 01 to 12 (e.g. "2025-06") or a year "YYYY" (e.g. "2025")`
  throw invalid("invalid_period", message, input)
}

/**
 * Parse a month `YYYY-MM`; throws an {@link InvalidInputError} for anything else, years included.
 *
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.parseMonth("2025-06") // "2025-06"
 * Period.parseMonth("2025") // throws: expected a month
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parseMonth = (input: string): Month => {
  const text = typeof input === "string" ? input.trim() : input
  if (typeof text === "string" && monthPattern.test(text)) return text
  const hint =
    typeof text === "string"
      ? (explainMonth(text) ?? (yearPattern.test(text) ? "this is a year, not a month" : undefined))
      : undefined
  const message = `Invalid month ${quote(input)}: ${hint ? `${hint}. Expected` : "expected"} "YYYY-MM" with a two-digit month from 01 to 12, e.g. "2025-06"`
  throw invalid("invalid_month", message, input)
}

/**
 * Parse a year `YYYY` (a string, or an integer from 0 to 9999).
 *
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.parseYear("2025") // "2025"
 * Period.parseYear(2025) // "2025"
 * Period.parseYear("25") // throws
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parseYear = (input: string | number): Year => {
  if (typeof input === "number" && Number.isInteger(input) && input >= 0 && input <= 9999)
    return pad4(input)
  const text = typeof input === "string" ? input.trim() : undefined
  if (text !== undefined && yearPattern.test(text)) return text
  throw invalid(
    "invalid_year",
    `Invalid year ${quote(input)}: expected a four-digit year "YYYY", e.g. "2025"`,
    input,
  )
}

/**
 * Parse a calendar date `YYYY-MM-DD`, checking that the day exists (no `2025-02-30`).
 *
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.parseDate("2025-06-01") // "2025-06-01"
 * Period.parseDate("2025-02-30") // throws
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parseDate = (input: string): IsoDate => {
  const text = typeof input === "string" ? input.trim() : ""
  const match = datePattern.exec(text)
  if (match) {
    const year = Number(match[1])
    const month = Number(match[2])
    const day = Number(match[3])
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return text
  }
  throw invalid(
    "invalid_date",
    `Invalid date ${quote(input)}: expected an existing calendar date "YYYY-MM-DD", e.g. "2025-06-01"`,
    input,
  )
}

/**
 * Whether a value is a month `YYYY-MM`.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.isMonth("2025-06") // true
 * Period.isMonth("2025") // false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isMonth = (value: unknown): value is Month =>
  typeof value === "string" && monthPattern.test(value)

/**
 * Whether a value is a year `YYYY`.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.isYear("2025") // true
 * Period.isYear("2025-06") // false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isYear = (value: unknown): value is Year =>
  typeof value === "string" && yearPattern.test(value)

/**
 * Whether a value is a period (a month or a year).
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.isPeriod("2025-06") // true
 * Period.isPeriod("2025-6") // false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isPeriod = (value: unknown): value is Period => isMonth(value) || isYear(value)

// ---------------------------------------------------------------------------------------------
// Parts and construction
// ---------------------------------------------------------------------------------------------

/**
 * Build a month from a year and a month number (1-12).
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.makeMonth(2025, 6) // "2025-06"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeMonth = (year: number, month: number): Month => {
  if (!Number.isInteger(year) || year < 0 || year > 9999)
    throw invalid(
      "invalid_year",
      `Invalid year ${quote(year)}: expected an integer from 0 to 9999`,
      year,
    )
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw invalid(
      "invalid_month",
      `Invalid month number ${quote(month)}: expected an integer from 1 to 12`,
      month,
    )
  return `${pad4(year)}-${pad2(month)}`
}

/**
 * The year of a period, as a number.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.yearOf("2025-06") // 2025
 * Period.yearOf("2025") // 2025
 * ```
 * @category getters
 * @since 0.1.0
 */
export const yearOf = (period: Period): number => Number(period.slice(0, 4))

/**
 * The month number (1-12) of a month.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.monthOf("2025-06") // 6
 * ```
 * @category getters
 * @since 0.1.0
 */
export const monthOf = (month: Month): number => Number(month.slice(5, 7))

/**
 * The month a calendar date falls in.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.monthOfDate("2025-06-01") // "2025-06"
 * ```
 * @category getters
 * @since 0.1.0
 */
export const monthOfDate = (date: IsoDate): Month => parseDate(date).slice(0, 7)

/**
 * The number of days in a month (leap years included).
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.daysInMonth(2024, 2) // 29
 * ```
 * @category getters
 * @since 0.1.0
 */
export const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

// Months since year 0, January = 0: the arithmetic every month function below uses.
const toIndex = (month: Month): number => yearOf(month) * 12 + monthOf(month) - 1
const fromIndex = (index: number): Month => {
  if (index < 0 || index > 9999 * 12 + 11)
    throw invalid(
      "out_of_range",
      "Month arithmetic left the supported range 0000-01 to 9999-12",
      index,
    )
  return `${pad4(Math.floor(index / 12))}-${pad2((index % 12) + 1)}`
}

/**
 * The first month of a period: the month itself, or January of a year.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.firstMonth("2025") // "2025-01"
 * Period.firstMonth("2025-06") // "2025-06"
 * ```
 * @category getters
 * @since 0.1.0
 */
export const firstMonth = (period: Period): Month => (isYear(period) ? `${period}-01` : period)

/**
 * The last month of a period: the month itself, or December of a year.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.lastMonth("2025") // "2025-12"
 * ```
 * @category getters
 * @since 0.1.0
 */
export const lastMonth = (period: Period): Month => (isYear(period) ? `${period}-12` : period)

/**
 * Widen a date bound to a calendar date: a date stays itself; a month or a year becomes its
 * first day (`side: "first"`) or its last day (`side: "last"`, leap years included). For ranges
 * given as `from`/`to` at any precision, e.g. a timeline from `2025-06` to `2025`. Throws an
 * {@link InvalidInputError} naming the input for anything else.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.widenToDate("2024-02", "last") // "2024-02-29"
 * Period.widenToDate("2025", "first") // "2025-01-01"
 * Period.widenToDate("2025-06-09", "last") // "2025-06-09"
 * ```
 * @category getters
 * @since 0.1.0
 */
export const widenToDate = (input: string, side: "first" | "last"): IsoDate => {
  const text = typeof input === "string" ? input.trim() : input
  if (typeof text === "string" && datePattern.test(text)) return parseDate(text)
  if (typeof text !== "string" || !(monthPattern.test(text) || yearPattern.test(text))) {
    throw invalid(
      "invalid_date_bound",
      `Invalid date ${quote(input)}: expected a date "YYYY-MM-DD", a month "YYYY-MM" or a year "YYYY" (e.g. "2025-06-09", "2025-06", "2025")`,
      input,
    )
  }
  if (side === "first") return `${firstMonth(text)}-01`
  const month = lastMonth(text)
  return `${month}-${pad2(daysInMonth(yearOf(month), monthOf(month)))}`
}

// ---------------------------------------------------------------------------------------------
// Ordering and arithmetic
// ---------------------------------------------------------------------------------------------

/**
 * Order periods chronologically by their first month; a year sorts just before its January
 * (`"2024-12" < "2025" < "2025-01"`). Returns -1, 0 or 1, for `Array.prototype.sort`.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * ;["2025-06", "2024", "2025-01"].sort(Period.compare) // ["2024", "2025-01", "2025-06"]
 * ```
 * @category ordering
 * @since 0.1.0
 */
export const compare = (a: Period, b: Period): -1 | 0 | 1 => {
  const byStart = toIndex(firstMonth(a)) - toIndex(firstMonth(b))
  if (byStart !== 0) return byStart < 0 ? -1 : 1
  const aYear = isYear(a)
  const bYear = isYear(b)
  if (aYear === bYear) return 0
  return aYear ? -1 : 1
}

/**
 * The month after a month.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.nextMonth("2025-12") // "2026-01"
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const nextMonth = (month: Month): Month => fromIndex(toIndex(month) + 1)

/**
 * The month before a month.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.previousMonth("2025-01") // "2024-12"
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const previousMonth = (month: Month): Month => fromIndex(toIndex(month) - 1)

/**
 * Add a number of months (negative to go back).
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.addMonths("2025-06", -12) // "2024-06"
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const addMonths = (month: Month, months: number): Month => {
  if (!Number.isInteger(months))
    throw invalid(
      "invalid_number",
      `Invalid month count ${quote(months)}: expected an integer`,
      months,
    )
  return fromIndex(toIndex(month) + months)
}

/**
 * The number of months from `from` to `to` (negative when `to` is earlier).
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.monthsBetween("2025-05", "2025-06") // 1
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const monthsBetween = (from: Month, to: Month): number => toIndex(to) - toIndex(from)

/**
 * The next period of the same kind: the next month, or the next year.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.next("2025-12") // "2026-01"
 * Period.next("2025") // "2026"
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const next = (period: Period): Period =>
  isYear(period) ? parseYear(yearOf(period) + 1) : nextMonth(period)

/**
 * The previous period of the same kind: the previous month, or the previous year.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.previous("2025-01") // "2024-12"
 * Period.previous("2025") // "2024"
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const previous = (period: Period): Period =>
  isYear(period) ? parseYear(yearOf(period) - 1) : previousMonth(period)

/**
 * Every month from `from` to `to`, both included. Throws when `to` is before `from`.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.monthRange("2024-11", "2025-02") // ["2024-11", "2024-12", "2025-01", "2025-02"]
 * ```
 * @category ranges
 * @since 0.1.0
 */
export const monthRange = (from: Month, to: Month): Month[] => {
  const start = toIndex(parseMonth(from))
  const end = toIndex(parseMonth(to))
  if (end < start)
    throw invalid(
      "invalid_range",
      `Invalid month range ${quote(from)} to ${quote(to)}: the end is before the start`,
      { from, to },
    )
  const months: Month[] = []
  for (let index = start; index <= end; index++) months.push(fromIndex(index))
  return months
}

/**
 * Every year from `from` to `to`, both included. Throws when `to` is before `from`.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.yearRange("2023", "2025") // ["2023", "2024", "2025"]
 * ```
 * @category ranges
 * @since 0.1.0
 */
export const yearRange = (from: Year | number, to: Year | number): Year[] => {
  const start = Number(parseYear(from))
  const end = Number(parseYear(to))
  if (end < start)
    throw invalid(
      "invalid_range",
      `Invalid year range ${quote(from)} to ${quote(to)}: the end is before the start`,
      {
        from,
        to,
      },
    )
  const years: Year[] = []
  for (let year = start; year <= end; year++) years.push(pad4(year))
  return years
}

/**
 * The twelve months of a year.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.monthsOfYear(2025)[0] // "2025-01"
 * ```
 * @category ranges
 * @since 0.1.0
 */
export const monthsOfYear = (year: Year | number): Month[] => {
  const y = parseYear(year)
  return monthRange(`${y}-01`, `${y}-12`)
}

/**
 * The months a period spans: one month, or the twelve months of a year.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.monthsOf("2025").length // 12
 * ```
 * @category ranges
 * @since 0.1.0
 */
export const monthsOf = (period: Period): Month[] =>
  monthRange(firstMonth(period), lastMonth(period))

/**
 * Whether `outer` contains `inner`: a period contains itself, and a year contains its months.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.contains("2025", "2025-06") // true
 * Period.contains("2025-06", "2025") // false
 * ```
 * @category ordering
 * @since 0.1.0
 */
export const contains = (outer: Period, inner: Period): boolean => {
  if (outer === inner) return true
  return isYear(outer) && isMonth(inner) && inner.startsWith(`${outer}-`)
}

/**
 * Whether a date falls within a period.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.containsDate("2025-06", "2025-06-01") // true
 * ```
 * @category ordering
 * @since 0.1.0
 */
export const containsDate = (period: Period, date: IsoDate): boolean =>
  contains(period, monthOfDate(date))

/**
 * Order two ISO dates (`YYYY-MM-DD` sorts as text). Returns -1, 0 or 1.
 * @example
 * ```ts
 * import { Period } from "@rareearth/core"
 * Period.compareDates("2025-06-01", "2025-11-10") // -1
 * ```
 * @category ordering
 * @since 0.1.0
 */
export const compareDates = (a: IsoDate, b: IsoDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)
