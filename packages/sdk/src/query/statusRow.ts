/**
 * A measure's status on a date as the answers write it: the same fields, in the same order,
 * for China's export controls (`controls`) and every jurisdiction's measures (`measures`).
 * @internal
 */

interface MeasureStatus {
  readonly measure: unknown
  readonly status: unknown
  readonly reason: unknown
  readonly since?: string | undefined
  readonly until?: string | undefined
}

/** The answer's fields of a measure's status on `on` (no `since`/`until` when unknown). */
export const statusFieldsOf = <R extends MeasureStatus>(row: R, on: string) => ({
  measure: row.measure as R["measure"],
  on,
  status: row.status as R["status"],
  reason: row.reason as R["reason"],
  ...(row.since === undefined ? {} : { since: row.since }),
  ...(row.until === undefined ? {} : { until: row.until }),
})
