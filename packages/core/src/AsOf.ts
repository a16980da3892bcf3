/**
 * As-of: the date the data behind an answer reaches, and what an answer means for a date beyond
 * it. A measure asked about after the horizon is still reported from what is recorded, but says
 * so ("in force as of 2026-04-20; nothing recorded since"); that is different from `unknown`,
 * which means a recorded term (a suspension, a measure's own end date) has run out.
 * @since 0.2.0
 */

import {
  type ControlStatus,
  type CoverageQuery,
  type ExportControlMeasure,
  type MeasureOnDate,
  measuresOn,
  type StatusOnDate,
  statusOn,
} from "./ExportControl.ts"
import { shiftDays } from "./internal/records.ts"
import * as z from "./internal/zod.ts"
import { IsoDate, parseDate } from "./Period.ts"

/**
 * Where the data behind an answer comes from: an embedded or loaded `dataset` (its `asOf` and
 * `version`), a `live` source read at `retrievedAt`, or a `cache` of a live source.
 * @category schemas
 * @since 0.2.0
 */
export const DataAgeKind = /* @__PURE__ */ /* @__PURE__ */ z.enum(["dataset", "live", "cache"])
export type DataAgeKind = z.infer<typeof DataAgeKind>

/**
 * The age of the data behind an answer. Every answer of the SDK, API and CLI is meant to carry
 * one: `asOf` is the latest date the data covers; `retrievedAt` (an ISO timestamp) when it was
 * fetched from a live source or cached.
 * @category schemas
 * @since 0.2.0
 */
export const DataAge = /* @__PURE__ */ /* @__PURE__ */ z.object({
  kind: DataAgeKind,
  asOf: IsoDate,
  retrievedAt: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.iso.datetime({ offset: true }),
  ),
  /** The dataset release (semver) for `dataset`, when known. */
  version: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** The source's name (e.g. `comtrade`), for `live` and `cache`. */
  source: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type DataAge = z.infer<typeof DataAge>

/**
 * A question's date against the data's horizon: `beyond` when the date is after `asOf`, with the
 * number of days between them.
 * @category schemas
 * @since 0.2.0
 */
export const Horizon = /* @__PURE__ */ /* @__PURE__ */ z.object({
  asOf: IsoDate,
  date: IsoDate,
  beyond: /* @__PURE__ */ /* @__PURE__ */ z.boolean(),
  daysBeyond: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.nonnegative()),
})
export type Horizon = z.infer<typeof Horizon>

const DAY = 86_400_000
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY
/**
 * A date against the data's horizon.
 * @example
 * ```ts
 * import { AsOf } from "@rareearth/core"
 * AsOf.horizon("2026-04-20", "2026-04-21") // { asOf: "2026-04-20", date: "2026-04-21", beyond: true, daysBeyond: 1 }
 * AsOf.horizon("2026-04-20", "2026-01-01").beyond // false
 * ```
 * @category horizon
 * @since 0.2.0
 */
export const horizon = (asOf: IsoDate, date: IsoDate): Horizon => {
  const horizonDate = parseDate(asOf)
  const on = parseDate(date)
  const days = dayNumber(on) - dayNumber(horizonDate)
  return { asOf: horizonDate, date: on, beyond: days > 0, daysBeyond: Math.max(0, days) }
}

/**
 * The {@link DataAge} of a dataset.
 * @example
 * ```ts
 * import { AsOf } from "@rareearth/core"
 * AsOf.dataAgeOf({ version: "0.2.0", asOf: "2026-04-20" }) // { kind: "dataset", asOf: "2026-04-20", version: "0.2.0" }
 * ```
 * @category horizon
 * @since 0.2.0
 */
export const dataAgeOf = (dataset: {
  readonly asOf: IsoDate
  readonly version: string
}): DataAge => ({
  kind: "dataset",
  asOf: parseDate(dataset.asOf),
  version: dataset.version,
})

/**
 * A measure's status on a date, with the horizon of the data it rests on.
 * @category models
 * @since 0.2.0
 */
export interface StatusAsOf extends StatusOnDate {
  readonly horizon: Horizon
}

/**
 * `ExportControl.statusOn`, plus the horizon: the status is computed from the recorded events as
 * before, and `horizon.beyond` says whether the date is after the data's `asOf`.
 * @example
 * ```ts
 * import { AsOf, ExportControl } from "@rareearth/core"
 * declare const no18: ExportControl.ExportControlMeasure // in force since 2025-04-04, no end date
 * const answer = AsOf.statusAsOf(no18, "2026-12-02", "2026-04-20")
 * answer.status // "in_force"
 * answer.horizon.beyond // true
 * AsOf.describeStatus(answer) // "in force as of 2026-04-20; nothing recorded since"
 * ```
 * @category status
 * @since 0.2.0
 */
export const statusAsOf = (
  measure: Pick<ExportControlMeasure, "id" | "events">,
  date: IsoDate,
  asOf: IsoDate,
): StatusAsOf => ({ ...statusOn(measure, date), horizon: horizon(asOf, date) })

/** One row of {@link measuresAsOf}. @category models @since 0.2.0 */
export interface MeasureAsOf extends MeasureOnDate {
  readonly horizon: Horizon
}

/**
 * `ExportControl.measuresOn`, each row with the horizon of the data.
 * @example
 * ```ts
 * import { AsOf, ExportControl } from "@rareearth/core"
 * declare const measures: ExportControl.ExportControlMeasure[]
 * AsOf.measuresAsOf(measures, { on: "2026-12-02", element: "Dy" }, "2026-04-20").map(AsOf.describeStatus)
 * ```
 * @category status
 * @since 0.2.0
 */
export const measuresAsOf = (
  measures: ReadonlyArray<ExportControlMeasure>,
  query: CoverageQuery & { readonly on: IsoDate; readonly statuses?: ReadonlyArray<ControlStatus> },
  asOf: IsoDate,
): MeasureAsOf[] => {
  const window = horizon(asOf, query.on)
  return measuresOn(measures, query).map((row) => ({ ...row, horizon: window }))
}

/**
 * The words for each status, as every surface prints them.
 * @category status
 * @since 0.2.0
 */
export const STATUS_PHRASES: Readonly<Record<ControlStatus, string>> = {
  pending: "pending",
  in_force: "in force",
  suspended: "suspended",
  revoked: "revoked",
  unknown: "unknown",
}

/**
 * One line saying what a status means, and whether it rests on data older than the date asked:
 * - within the horizon: `in force since 2025-04-04`, `suspended since 2025-11-07 until 2026-11-10`;
 * - beyond it: `in force as of 2026-04-20; nothing recorded since` (with `, due to run until ...`
 *   when a recorded end date is still ahead);
 * - `unknown` (a recorded term has run out): `unknown since 2026-11-11: the recorded term ended on
 *   2026-11-10 and nothing later is recorded (data as of 2026-04-20)`.
 * @example
 * ```ts
 * import { AsOf } from "@rareearth/core"
 * AsOf.describeStatus({ status: "in_force", reason: "", since: "2025-04-04", horizon: AsOf.horizon("2026-04-20", "2026-12-02") })
 * // "in force as of 2026-04-20; nothing recorded since"
 * ```
 * @category status
 * @since 0.2.0
 */
export const describeStatus = (
  answer: Pick<StatusOnDate, "status" | "since" | "until"> & { readonly horizon?: Horizon },
): string => {
  const { status, since, until } = answer
  const window = answer.horizon
  const label = STATUS_PHRASES[status]
  if (status === "unknown") {
    const ended = since === undefined ? "" : `: the recorded term ended on ${shiftDays(since, -1)}`
    return `unknown${since ? ` since ${since}` : ""}${ended} and nothing later is recorded${window ? ` (data as of ${window.asOf})` : ""}`
  }
  if (window?.beyond) {
    const ahead = until !== undefined && until >= window.date ? `, due to run until ${until}` : ""
    return `${label} as of ${window.asOf}${ahead}; nothing recorded since`
  }
  switch (status) {
    case "pending":
      return until === undefined
        ? "pending; no effective date recorded"
        : `pending; takes effect on ${shiftDays(until, 1)}`
    case "revoked":
      return `revoked${since ? ` since ${since}` : ""}`
    default:
      return `${label}${since ? ` since ${since}` : ""}${until ? ` until ${until}` : status === "suspended" ? " with no end date" : ""}`
  }
}
