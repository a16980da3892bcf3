/**
 * Series analytics: pure, exact functions over monthly observations. A missing month is a gap
 * (`null`), never a zero; any figure that depends on a gap is `null` too. Percent changes and
 * shares are returned unrounded: round only for display, with {@link round}.
 * @since 0.1.0
 */

import { invalid, quote } from "./InputError.ts"
import { shiftDecimal } from "./internal/decimal.ts"
import { exactSum } from "./internal/exactSum.ts"
import * as z from "./internal/zod.ts"
import {
  addMonths,
  compare,
  firstMonth,
  isMonth,
  lastMonth,
  Month,
  monthOf,
  monthRange,
  type Period,
  parseMonth,
  yearOf,
} from "./Period.ts"

/** One month of a series: `value: null` is a gap (unknown), not zero. @category schemas @since 0.1.0 */
export const MonthlyPoint = /* @__PURE__ */ /* @__PURE__ */ z.object({
  period: Month,
  value: /* @__PURE__ */ /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
})
export type MonthlyPoint = z.infer<typeof MonthlyPoint>

/** An observation to build a series from (e.g. a trade flow's period and weight). @category models @since 0.1.0 */
export interface Observation {
  readonly period: string
  readonly value: number | null
}

/** A keyed value, e.g. a partner and its tonnes. @category models @since 0.1.0 */
export interface KeyedValue<K extends string = string> {
  readonly key: K
  readonly value: number | null
}

/** A keyed value with its share of the total (a fraction from 0 to 1). @category models @since 0.1.0 */
export interface KeyedShare<K extends string = string> extends KeyedValue<K> {
  readonly share: number | null
}

const checkNumber = (value: unknown, where: string): number | null => {
  if (value === null) return null
  if (typeof value !== "number" || !Number.isFinite(value))
    throw invalid(
      "invalid_number",
      `Invalid value ${quote(value)} at ${where}: expected a finite number or null`,
      value,
    )
  return value
}

/**
 * Build a monthly series from observations: one point per month from `from` to `to` (default:
 * the first and last observed months), with `null` for every month that has no observation.
 * Throws on a period that is not a month and on two observations for the same month (aggregate
 * first: a silent sum could double count).
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.monthly([{ period: "2025-05", value: 1238 }, { period: "2025-07", value: 5577 }])
 * // [{ period: "2025-05", value: 1238 }, { period: "2025-06", value: null }, { period: "2025-07", value: 5577 }]
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const monthly = (
  observations: ReadonlyArray<Observation>,
  options: { readonly from?: Month; readonly to?: Month } = {},
): MonthlyPoint[] => {
  const byMonth = new Map<Month, number | null>()
  observations.forEach((observation, index) => {
    if (!isMonth(observation.period))
      throw invalid(
        "invalid_month",
        `Invalid period ${quote(observation.period)} at observations[${index}]: a monthly series needs months "YYYY-MM"`,
        observation.period,
        [index, "period"],
      )
    if (byMonth.has(observation.period))
      throw invalid(
        "duplicate_period",
        `Duplicate observation for ${observation.period} at observations[${index}]: aggregate observations before building a series`,
        observation.period,
        [index, "period"],
      )
    byMonth.set(observation.period, checkNumber(observation.value, `observations[${index}].value`))
  })
  const months = [...byMonth.keys()].sort()
  const from = options.from !== undefined ? parseMonth(options.from) : months[0]
  const to = options.to !== undefined ? parseMonth(options.to) : months.at(-1)
  if (from === undefined || to === undefined) return []
  return monthRange(from, to).map((period) => ({ period, value: byMonth.get(period) ?? null }))
}

// The value `months` before `month`, null when unknown or before the calendar's first month
// (0000-01), which has no earlier month to compare with.
const valueBefore = (map: ReadonlyMap<string, number | null>, month: Month, months: number) =>
  yearOf(month) * 12 + monthOf(month) - 1 < months
    ? null
    : (map.get(addMonths(month, -months)) ?? null)

/**
 * The exact percent change from one value to another: `(to - from) / from * 100`, unrounded.
 * `null` when either value is unknown or `from` is 0 (no finite change).
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.percentChange(1238, 3188) // 157.51211631663975 (May -> June 2025 magnet exports)
 * Series.round(Series.percentChange(1238, 3188)!, 0) // 158
 * Series.percentChange(null, 3188) // null
 * ```
 * @category change
 * @since 0.1.0
 */
export const percentChange = (from: number | null, to: number | null): number | null => {
  if (from === null || to === null) return null
  checkNumber(from, "from")
  checkNumber(to, "to")
  if (from === 0) return null
  return ((to - from) / from) * 100
}

const pointMap = (points: ReadonlyArray<MonthlyPoint>): Map<string, number | null> => {
  const map = new Map<string, number | null>()
  for (const point of points) map.set(point.period, point.value)
  return map
}

/**
 * Month-on-month percent change for every point: against the month just before it, `null` when
 * either month is a gap or absent.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.monthOnMonth([{ period: "2025-05", value: 1238 }, { period: "2025-06", value: 3188 }])
 * // [{ period: "2025-05", value: null }, { period: "2025-06", value: 157.512... }]
 * ```
 * @category change
 * @since 0.1.0
 */
export const monthOnMonth = (points: ReadonlyArray<MonthlyPoint>): MonthlyPoint[] => {
  const map = pointMap(points)
  return points.map((point) => ({
    period: point.period,
    value: percentChange(valueBefore(map, point.period, 1), point.value),
  }))
}

/**
 * Year-on-year percent change for every point: against the same month a year earlier.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.yearOnYear([{ period: "2024-06", value: 5000 }, { period: "2025-06", value: 3188 }]).at(-1)?.value // -36.24
 * ```
 * @category change
 * @since 0.1.0
 */
export const yearOnYear = (points: ReadonlyArray<MonthlyPoint>): MonthlyPoint[] => {
  const map = pointMap(points)
  return points.map((point) => ({
    period: point.period,
    value: percentChange(valueBefore(map, point.period, 12), point.value),
  }))
}

/**
 * The percent change between the values at two months of a series.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * declare const points: Series.MonthlyPoint[]
 * Series.changeBetween(points, "2025-05", "2025-06")
 * ```
 * @category change
 * @since 0.1.0
 */
export const changeBetween = (
  points: ReadonlyArray<MonthlyPoint>,
  from: Month,
  to: Month,
): number | null => {
  const map = pointMap(points)
  return percentChange(map.get(parseMonth(from)) ?? null, map.get(parseMonth(to)) ?? null)
}

/**
 * Cumulative year-to-date totals: each point's value is the sum from January of its year to
 * that month. `null` once any month of that year so far is a gap or absent (January included).
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.yearToDate([{ period: "2025-01", value: 10 }, { period: "2025-02", value: 5 }])
 * // [{ period: "2025-01", value: 10 }, { period: "2025-02", value: 15 }]
 * ```
 * @category cumulative
 * @since 0.1.0
 */
export const yearToDate = (points: ReadonlyArray<MonthlyPoint>): MonthlyPoint[] => {
  const map = pointMap(points)
  return points.map((point) => {
    const values: number[] = []
    for (let month = 1; month <= monthOf(point.period); month++) {
      const value = map.get(`${point.period.slice(0, 4)}-${month < 10 ? `0${month}` : month}`)
      if (value === null || value === undefined) return { period: point.period, value: null }
      values.push(value)
    }
    return { period: point.period, value: exactSum(values) }
  })
}

const valuesOf = (
  values: ReadonlyArray<number | null | { readonly value: number | null }>,
): Array<number | null> =>
  values.map((value, index) =>
    checkNumber(
      typeof value === "object" && value !== null ? value.value : value,
      `values[${index}]`,
    ),
  )

/**
 * The exact sum (correctly rounded, order-independent) of numbers or points. `null` when any
 * value is unknown; an empty list sums to 0.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.sum([0.1, 0.2, 0.3]) // 0.6
 * Series.sum([1238, null]) // null
 * ```
 * @category aggregates
 * @since 0.1.0
 */
export const sum = (
  values: ReadonlyArray<number | null | { readonly value: number | null }>,
): number | null => {
  const numbers = valuesOf(values)
  if (numbers.some((value) => value === null)) return null
  return exactSum(numbers as number[])
}

/**
 * The share of a part in a total, as a fraction (0.25 = 25%). `null` when either is unknown or
 * the total is 0.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.share(353, 3188) // 0.1107...
 * ```
 * @category shares
 * @since 0.1.0
 */
export const share = (part: number | null, total: number | null): number | null => {
  if (part === null || total === null) return null
  checkNumber(part, "part")
  checkNumber(total, "total")
  if (total === 0) return null
  return part / total
}

/**
 * Each row's share of the total of all rows (or of `options.total`, e.g. a World figure, when
 * the rows are only some partners). Without `options.total`, an unknown value makes the total
 * unknown, so every share is `null`. Negative values are rejected.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.shares([{ key: "US", value: 1 }, { key: "JP", value: 3 }]).map((row) => row.share) // [0.25, 0.75]
 * ```
 * @category shares
 * @since 0.1.0
 */
export const shares = <K extends string>(
  rows: ReadonlyArray<KeyedValue<K>>,
  options: { readonly total?: number } = {},
): Array<KeyedShare<K>> => {
  rows.forEach((row, index) => {
    const value = checkNumber(row.value, `rows[${index}].value`)
    if (value !== null && value < 0)
      throw invalid(
        "negative_value",
        `Negative value ${value} at rows[${index}] (${row.key}): shares need values >= 0`,
        row,
      )
  })
  const total =
    options.total !== undefined ? checkNumber(options.total, "options.total") : sum(rows)
  return rows.map((row) => ({ key: row.key, value: row.value, share: share(row.value, total) }))
}

/**
 * The `n` rows with the largest values, largest first (ties by key); rows with unknown values
 * come last and are only included when fewer than `n` rows are known.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.topN([{ key: "US", value: 353 }, { key: "DE", value: 600 }, { key: "JP", value: 300 }], 2)
 * // [{ key: "DE", value: 600 }, { key: "US", value: 353 }]
 * ```
 * @category shares
 * @since 0.1.0
 */
export const topN = <R extends KeyedValue>(rows: ReadonlyArray<R>, n: number): R[] => {
  if (!Number.isInteger(n) || n < 0)
    throw invalid("invalid_number", `Invalid n ${quote(n)}: expected a whole number >= 0`, n)
  return [...rows]
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === null ? (b.value === null ? 0 : 1) : -1
      return b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    })
    .slice(0, n)
}

/**
 * The Herfindahl-Hirschman index of concentration on the usual 0-10,000 scale, from market
 * shares given as fractions (0.3 = 30%): the sum of squared percentage shares. 10,000 is a
 * monopoly; US agencies call markets above 1,800 highly concentrated. Rejects shares outside
 * 0..1 or summing to more than 1.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.herfindahl([0.5, 0.5]) // 5000
 * Series.herfindahl([1]) // 10000
 * ```
 * @category concentration
 * @since 0.1.0
 */
export const herfindahl = (
  sharesOrRows: ReadonlyArray<number | { readonly share: number | null }>,
): number | null => {
  const values = sharesOrRows.map((entry) => (typeof entry === "number" ? entry : entry.share))
  if (values.some((value) => value === null)) return null
  const fractions = values as number[]
  fractions.forEach((value, index) => {
    if (!Number.isFinite(value) || value < 0 || value > 1)
      throw invalid(
        "invalid_share",
        `Invalid share ${quote(value)} at shares[${index}]: expected a fraction from 0 to 1 (0.3 for 30%)`,
        value,
        [index],
      )
  })
  if (exactSum(fractions) > 1 + 1e-9)
    throw invalid(
      "invalid_shares",
      "Invalid shares: they sum to more than 1 (expected fractions of one total)",
      values,
    )
  return exactSum(fractions.map((value) => (value * 100) ** 2))
}

/**
 * The mean monthly value over a span of months (a month, a year, or `from` to `to`, both
 * included): `null` if any month in the span is a gap or absent from the points.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * declare const points: Series.MonthlyPoint[]
 * Series.average(points, "2024") // the 2024 monthly average
 * Series.average(points, "2025-01", "2025-03") // Q1 2025
 * ```
 * @category aggregates
 * @since 0.1.0
 */
export const average = (
  points: ReadonlyArray<MonthlyPoint>,
  from: Period,
  to: Period = from,
): number | null => {
  const months = monthRange(firstMonth(from), lastMonth(to))
  const map = pointMap(points)
  const values = months.map((month) => map.get(month) ?? null)
  const total = sum(values)
  return total === null ? null : total / months.length
}

/** A point compared with a baseline. @category models @since 0.1.0 */
export interface RecoveryPoint extends MonthlyPoint {
  /** value / baseline: 1 means back at the baseline. */
  readonly ratio: number | null
  /** Percent change from the baseline. */
  readonly percentChange: number | null
}

/**
 * Compare every point with a baseline (e.g. the 2024 monthly average, or the average of the
 * quarter before a measure, from {@link average}): the ratio (1 = fully recovered) and the
 * percent change. A `null` baseline gives `null` everywhere.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.recovery([{ period: "2025-06", value: 3188 }], 4000)[0]?.ratio // 0.797
 * ```
 * @category change
 * @since 0.1.0
 */
export const recovery = (
  points: ReadonlyArray<MonthlyPoint>,
  baseline: number | null,
): RecoveryPoint[] => {
  if (baseline !== null) checkNumber(baseline, "baseline")
  return points.map((point) => ({
    period: point.period,
    value: point.value,
    ratio:
      point.value === null || baseline === null || baseline === 0 ? null : point.value / baseline,
    percentChange: percentChange(baseline, point.value),
  }))
}

/** One period of a mirror comparison. @category models @since 0.1.0 */
export interface MirrorRow {
  readonly period: string
  /** What the exporter reported (e.g. China's exports to Japan). */
  readonly exports: number | null
  /** What the importer reported (e.g. Japan's imports from China). */
  readonly imports: number | null
  /** imports - exports. */
  readonly difference: number | null
  /** imports / exports (imports are usually CIF, exports FOB, so often a little above 1). */
  readonly ratio: number | null
}

/**
 * Mirror comparison: an exporter's reported exports against the partner's reported imports,
 * period by period (union of both, in order). Both sides are kept, never merged: they differ by
 * CIF/FOB valuation, timing and coverage.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.mirror([{ period: "2024", value: 100 }], [{ period: "2024", value: 110 }])
 * // [{ period: "2024", exports: 100, imports: 110, difference: 10, ratio: 1.1 }]
 * ```
 * @category mirror
 * @since 0.1.0
 */
export const mirror = (
  exports: ReadonlyArray<Observation>,
  imports: ReadonlyArray<Observation>,
): MirrorRow[] => {
  const index = (rows: ReadonlyArray<Observation>, side: string): Map<string, number | null> => {
    const map = new Map<string, number | null>()
    rows.forEach((row, position) => {
      if (map.has(row.period))
        throw invalid(
          "duplicate_period",
          `Duplicate ${side} observation for ${row.period} at ${side}[${position}]: aggregate first`,
          row,
          [side, position],
        )
      map.set(row.period, checkNumber(row.value, `${side}[${position}].value`))
    })
    return map
  }
  const exported = index(exports, "exports")
  const imported = index(imports, "imports")
  const periods = [...new Set([...exported.keys(), ...imported.keys()])]
  for (const period of periods)
    if (!isMonth(period) && !/^\d{4}$/.test(period))
      throw invalid(
        "invalid_period",
        `Invalid period ${quote(period)}: expected "YYYY-MM" or "YYYY"`,
        period,
      )
  return periods.sort(compare).map((period) => {
    const x = exported.get(period) ?? null
    const m = imported.get(period) ?? null
    return {
      period,
      exports: x,
      imports: m,
      difference: x === null || m === null ? null : m - x,
      ratio: x === null || m === null || x === 0 ? null : m / x,
    }
  })
}

/**
 * Round for display, half away from zero, to `digits` decimals (negative digits round to tens,
 * hundreds...). Decimal-safe: `round(1.005, 2)` is 1.01. `null` stays `null`.
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * Series.round(157.51211631663975, 1) // 157.5
 * Series.round(157.51211631663975, 0) // 158
 * ```
 * @category display
 * @since 0.1.0
 */
export function round(x: number, digits?: number): number
export function round(x: number | null, digits?: number): number | null
export function round(x: number | null, digits = 0): number | null {
  if (x === null) return null
  if (!Number.isFinite(x)) return x
  if (!Number.isInteger(digits))
    throw invalid("invalid_number", `Invalid digits ${quote(digits)}: expected an integer`, digits)
  const sign = x < 0 ? -1 : 1
  // Shift the decimal point in the decimal text, not by multiplying, so 1.005 stays 1.005.
  const result = shiftDecimal(Math.round(shiftDecimal(Math.abs(x), digits)), -digits)
  return result === 0 ? 0 : sign * result
}

/**
 * Sum a series by calendar year: one total per year, `null` for a year with any gap or
 * missing month (12 months are required).
 * @example
 * ```ts
 * import { Series } from "@rareearth/core"
 * declare const points: Series.MonthlyPoint[]
 * Series.annualTotals(points) // [{ period: "2025", value: ... }]
 * ```
 * @category aggregates
 * @since 0.1.0
 */
export const annualTotals = (
  points: ReadonlyArray<MonthlyPoint>,
): Array<{ period: string; value: number | null }> => {
  const years = [...new Set(points.map((point) => yearOf(point.period)))].sort((a, b) => a - b)
  return years.map((year) => {
    const y = String(year).padStart(4, "0")
    return {
      period: y,
      value:
        average(points, y) === null
          ? null
          : sum(points.filter((p) => p.period.startsWith(`${y}-`))),
    }
  })
}
