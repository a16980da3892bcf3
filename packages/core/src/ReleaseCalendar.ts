/**
 * Release calendars: when a publisher usually releases a monthly series, so that a dataset can
 * tell which series are overdue (the newest period it holds is older than the calendar predicts).
 * @since 0.2.0
 */

import { CommodityCode } from "./internal/commodityCodes.ts"
import { CountryCode, TradeArea } from "./internal/tradeAreaCodes.ts"
import * as z from "./internal/zod.ts"
import {
  addMonths,
  type IsoDate,
  type Month,
  makeMonth,
  monthOf,
  parseDate,
  parseMonth,
  yearOf,
} from "./Period.ts"
import { SourceRef } from "./Source.ts"
import { FlowDirection } from "./TradeFlow.ts"

/**
 * When a monthly trade series usually comes out: the figures for month M appear by day
 * `releaseDay` of month M + `monthsAfter`. Months listed in `publishedWithNextMonth` come out
 * together with the month after them (China's customs releases January with February).
 * The series are the dataset's flows of `reporter`, `flow` and `commodity` to each of `partners`.
 * @category schemas
 * @since 0.2.0
 */
export const ReleaseCalendar = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  title: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  publisher: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  reporter: CountryCode,
  flow: FlowDirection,
  commodity: CommodityCode,
  partners: /* @__PURE__ */ /* @__PURE__ */ z
    .array(TradeArea)
    .check(/* @__PURE__ */ z.minLength(1)),
  /** The day of the release month by which the figures usually appear (the late end of the usual window). */
  releaseDay: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(28)),
  /** Months between the period and its release (1: the next month). */
  monthsAfter: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(12)),
  /** Months of the year (1-11) released together with the month after them. */
  publishedWithNextMonth: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ /* @__PURE__ */ z
        .number()
        .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(11)),
    ),
  ),
  sources: /* @__PURE__ */ /* @__PURE__ */ z.array(SourceRef).check(/* @__PURE__ */ z.minLength(1)),
  note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type ReleaseCalendar = z.infer<typeof ReleaseCalendar>

type Calendar = Pick<ReleaseCalendar, "releaseDay" | "monthsAfter" | "publishedWithNextMonth">

/** The month whose release carries `month` (itself, or a later month it is published with). */
const releasedWith = (calendar: Calendar, month: Month): Month => {
  let carrier = month
  const joint = calendar.publishedWithNextMonth ?? []
  while (joint.includes(monthOf(carrier))) carrier = addMonths(carrier, 1)
  return carrier
}

/**
 * The date by which a month's figures are expected under a calendar.
 * @example
 * ```ts
 * import { ReleaseCalendar } from "@rareearth/core"
 * const magnets = { releaseDay: 20, monthsAfter: 1, publishedWithNextMonth: [1] }
 * ReleaseCalendar.expectedReleaseDate(magnets, "2026-04") // "2026-05-20"
 * ReleaseCalendar.expectedReleaseDate(magnets, "2026-01") // "2026-03-20" (with February)
 * ```
 * @category calendar
 * @since 0.2.0
 */
export const expectedReleaseDate = (calendar: Calendar, month: Month): IsoDate => {
  const release = addMonths(releasedWith(calendar, parseMonth(month)), calendar.monthsAfter)
  return `${release}-${String(calendar.releaseDay).padStart(2, "0")}`
}

/**
 * The newest month whose figures are expected to be out on `today` under a calendar.
 * @example
 * ```ts
 * import { ReleaseCalendar } from "@rareearth/core"
 * const magnets = { releaseDay: 20, monthsAfter: 1 }
 * ReleaseCalendar.latestExpectedMonth(magnets, "2026-12-02") // "2026-10"
 * ReleaseCalendar.latestExpectedMonth(magnets, "2026-12-20") // "2026-11"
 * ```
 * @category calendar
 * @since 0.2.0
 */
export const latestExpectedMonth = (calendar: Calendar, today: IsoDate): Month => {
  const day = parseDate(today)
  // Start from the month that would be released this month and step back until it is out.
  let month = addMonths(makeMonth(yearOf(day), Number(day.slice(5, 7))), -calendar.monthsAfter)
  for (let guard = 0; guard < 24 && expectedReleaseDate(calendar, month) > day; guard++)
    month = addMonths(month, -1)
  return month
}

/** Where a series stands against its calendar on a day. @category models @since 0.2.0 */
export interface SeriesFreshness {
  /** The newest month the dataset holds (undefined: none). */
  readonly newest: Month | undefined
  /** The newest month expected to be out on `today`. */
  readonly expected: Month
  /** The months expected but missing, oldest first. */
  readonly missing: ReadonlyArray<Month>
  /** When the first missing month was due (undefined when nothing is missing). */
  readonly overdueSince: IsoDate | undefined
}

/**
 * Compares the newest month of a series with what its calendar predicts on `today`.
 * @example
 * ```ts
 * import { ReleaseCalendar } from "@rareearth/core"
 * const magnets = { releaseDay: 20, monthsAfter: 1, publishedWithNextMonth: [1] }
 * ReleaseCalendar.freshness(magnets, "2026-03", "2026-12-02").overdueSince // "2026-05-20"
 * ```
 * @category calendar
 * @since 0.2.0
 */
export const freshness = (
  calendar: Calendar,
  newest: Month | undefined,
  today: IsoDate,
): SeriesFreshness => {
  if (newest !== undefined) parseMonth(newest)
  const expected = latestExpectedMonth(calendar, today)
  const missing: Month[] = []
  if (newest !== undefined)
    for (let month = addMonths(newest, 1); month <= expected; month = addMonths(month, 1))
      missing.push(month)
  const first = missing[0]
  return {
    newest,
    expected,
    missing,
    overdueSince: first === undefined ? undefined : expectedReleaseDate(calendar, first),
  }
}
