/**
 * Periods: calendar months (`2025-06`) and years (`2025`).
 * @since 0.1.0
 */
import { z } from "zod"

/** A month, `YYYY-MM` with a two-digit month. @category schemas */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  error: 'expected a month as "YYYY-MM" with a two-digit month from 01 to 12, e.g. "2025-06"',
})
export type Month = z.infer<typeof Month>

/** A year, `YYYY`. @category schemas */
export const Year = z.string().regex(/^\d{4}$/, { error: 'expected a year as "YYYY", e.g. "2025"' })
export type Year = z.infer<typeof Year>

/** A month or a year. @category schemas */
export const Period = z.union([Month, Year], {
  error: 'expected a period: a month "YYYY-MM" (e.g. "2025-06") or a year "YYYY" (e.g. "2025")',
})
export type Period = z.infer<typeof Period>

/** A calendar date, `YYYY-MM-DD`. @category schemas */
export const IsoDate = z.iso.date()
export type IsoDate = z.infer<typeof IsoDate>
