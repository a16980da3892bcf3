/**
 * Export-control measures, their scope and their lifecycle.
 * @since 0.1.0
 */

import { ElementSymbol } from "./ElementSchema.ts"
import { invalid, quote } from "./InputError.ts"
import { CommodityCode, overlaps, ProductForm } from "./internal/commodityCodes.ts"
import { CountryCode, TradeArea } from "./internal/tradeAreaCodes.ts"
import * as z from "./internal/zod.ts"
import { IsoDate, parseDate } from "./Period.ts"
import { Provenance, SourceRef } from "./Source.ts"

/** The kind of an export-control measure. @category schemas @since 0.1.0 */
export const MeasureKind = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "dual_use_licence",
  "technology_export_ban",
  "technology_licence",
  "extraterritorial_rule",
  "end_user_ban",
  "destination_ban",
  "quota_regime",
  "production_regulation",
  "general_licence",
  "suspension",
])
export type MeasureKind = z.infer<typeof MeasureKind>

/**
 * One item a measure's text lists, with what the text attaches to it and how well that is
 * attested: `sourceIds` are the pages the item was read on, `singleSource` marks an item legible
 * on one (poorer) copy only, and `minimumContent` is the threshold the text sets, or `null` when
 * the text sets none (any content is caught).
 * @category schemas
 * @since 0.2.0
 */
export const ListedItem = /* @__PURE__ */ /* @__PURE__ */ z.object({
  item: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  /** The item as the text words it, in the original language, when it was read. */
  originalText: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  element: /* @__PURE__ */ /* @__PURE__ */ z.optional(ElementSymbol),
  productForm: /* @__PURE__ */ /* @__PURE__ */ z.optional(ProductForm),
  controlCode: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** The reference customs codes the text attaches to the item (empty: none attached). */
  chinaCodes: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(CommodityCode)),
  minimumContent: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  ),
  sourceIds: /* @__PURE__ */ /* @__PURE__ */ z
    .array(/* @__PURE__ */ /* @__PURE__ */ z.string())
    .check(/* @__PURE__ */ z.minLength(1)),
  singleSource: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type ListedItem = z.infer<typeof ListedItem>

/** What a measure covers. Empty lists mean "not limited on this axis" only where `allDestinations` says so. @category schemas @since 0.1.0 */
export const ControlScope = /* @__PURE__ */ /* @__PURE__ */ z.object({
  elements: /* @__PURE__ */ /* @__PURE__ */ z.array(ElementSymbol),
  productForms: /* @__PURE__ */ /* @__PURE__ */ z.array(ProductForm),
  hsCodes: /* @__PURE__ */ /* @__PURE__ */ z.array(CommodityCode),
  chinaCodes: /* @__PURE__ */ /* @__PURE__ */ z.array(CommodityCode),
  controlCodes: /* @__PURE__ */ /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  items: /* @__PURE__ */ /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  /** Destinations the measure applies to; empty with `allDestinations: true` means every destination. */
  destinations: /* @__PURE__ */ /* @__PURE__ */ z.array(TradeArea),
  allDestinations: /* @__PURE__ */ /* @__PURE__ */ z.boolean(),
  endUsers: /* @__PURE__ */ /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  /** The items the text lists, one by one with their codes and evidence (since 0.2.0). */
  listedItems: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ListedItem)),
})
export type ControlScope = z.infer<typeof ControlScope>

const eventBase = {
  date: IsoDate,
  sources: /* @__PURE__ */ /* @__PURE__ */ z.array(SourceRef).check(/* @__PURE__ */ z.minLength(1)),
  note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
}

/** One step in a measure's life. @category schemas @since 0.1.0 */
export const LifecycleEvent = /* @__PURE__ */ /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ /* @__PURE__ */ z.literal("announced"),
    ...eventBase,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ /* @__PURE__ */ z.literal("effective"),
    ...eventBase,
    /**
     * Last day of the measure's own effect, for a measure that ends on a date (e.g. a suspension
     * "until 2026-11-10"). After it, with no later event recorded, the status is `unknown`.
     */
    until: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ /* @__PURE__ */ z.literal("suspended"),
    ...eventBase,
    /** Last day of the suspension, if one was set. */
    until: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
    /** The measure (e.g. an announcement) that suspended this one. */
    byMeasureId: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ /* @__PURE__ */ z.literal("resumed"),
    ...eventBase,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ /* @__PURE__ */ z.literal("amended"),
    ...eventBase,
    description: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ /* @__PURE__ */ z.literal("revoked"),
    ...eventBase,
  }),
])
export type LifecycleEvent = z.infer<typeof LifecycleEvent>
/** The type of a lifecycle event (`"announced"`, `"effective"`, ...). @category models @since 0.1.0 */
export type LifecycleEventType = LifecycleEvent["type"]

/** An export-control measure. @category schemas @since 0.1.0 */
export const ExportControlMeasure = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  title: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  jurisdiction: CountryCode,
  issuingBodies: /* @__PURE__ */ /* @__PURE__ */ z
    .array(/* @__PURE__ */ /* @__PURE__ */ z.string())
    .check(/* @__PURE__ */ z.minLength(1)),
  instrument: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  kind: MeasureKind,
  summary: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  scope: ControlScope,
  events: /* @__PURE__ */ /* @__PURE__ */ z
    .array(LifecycleEvent)
    .check(/* @__PURE__ */ z.minLength(1)),
  ...Provenance.shape,
})
export type ExportControlMeasure = z.infer<typeof ExportControlMeasure>

/** A measure's status on a date. @category schemas @since 0.1.0 */
export const ControlStatus = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "pending",
  "in_force",
  "suspended",
  "revoked",
  "unknown",
])
export type ControlStatus = z.infer<typeof ControlStatus>

/**
 * A measure's status on a date, with why: `since` is the date the status began (when known),
 * `until` the date it is due to end (a suspension's last day, the last day of a measure that is
 * in force until a date, or the day before a pending measure takes effect).
 * @category schemas
 * @since 0.1.0
 */
export const StatusOnDate = /* @__PURE__ */ /* @__PURE__ */ z.object({
  status: ControlStatus,
  reason: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  since: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
  until: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
})
export type StatusOnDate = z.infer<typeof StatusOnDate>

// Later events of the same date apply after earlier ones in this order (e.g. a measure announced
// and effective on the same day, then suspended).
const EVENT_ORDER: Record<LifecycleEventType, number> = {
  announced: 0,
  effective: 1,
  amended: 2,
  suspended: 3,
  resumed: 4,
  revoked: 5,
}

const dayBefore = (date: string): string => {
  const time = Date.parse(`${date}T00:00:00Z`) - 86_400_000
  return new Date(time).toISOString().slice(0, 10)
}

const nextDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/**
 * The lifecycle events of a measure in date order (stable; same-day events in lifecycle order).
 * @example
 * ```ts
 * import { ExportControl } from "@rareearth/core"
 * declare const measure: ExportControl.ExportControlMeasure
 * ExportControl.sortedEvents(measure)[0]?.type // "announced"
 * ```
 * @category lifecycle
 * @since 0.1.0
 */
export const sortedEvents = (measure: Pick<ExportControlMeasure, "events">): LifecycleEvent[] =>
  measure.events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0) ||
        EVENT_ORDER[a.event.type] - EVENT_ORDER[b.event.type] ||
        a.index - b.index,
    )
    .map(({ event }) => event)

/**
 * The status of a measure on a date, from its lifecycle events up to and including that date:
 * - `pending` before it takes effect (announced, or not yet announced);
 * - `in_force` from its `effective` event, and again after `resumed`; when the `effective` event
 *   has an `until` (a measure whose own effect ends on a date), only up to and including it;
 * - `suspended` while a suspension runs (its `until` is on or after the date, or it has none);
 * - `unknown` when a suspension's `until`, or an `effective` event's `until`, has passed and no
 *   later event is recorded: the data cannot say whether it lapsed, was extended or was replaced
 *   (unknown is not "in force");
 * - `revoked` after `revoked`.
 * An `effective` date that falls inside a running suspension does not end the suspension.
 *
 * @example
 * ```ts
 * import { ExportControl } from "@rareearth/core"
 * declare const no61: ExportControl.ExportControlMeasure // suspended 2025-11-07 until 2026-11-10
 * ExportControl.statusOn(no61, "2026-06-01").status // "suspended"
 * ExportControl.statusOn(no61, "2026-11-11").status // "unknown"
 * declare const no70: ExportControl.ExportControlMeasure // effective 2025-11-07 until 2026-11-10
 * ExportControl.statusOn(no70, "2026-06-01").status // "in_force"
 * ExportControl.statusOn(no70, "2026-11-26").reason // "in force until 2026-11-10; nothing recorded since ..."
 * ```
 * @category lifecycle
 * @since 0.1.0
 */
export const statusOn = (
  measure: Pick<ExportControlMeasure, "id" | "events">,
  date: IsoDate,
): StatusOnDate => {
  const on = parseDate(date)
  const events = sortedEvents(measure)
  const first = events[0]
  if (first === undefined || first.date > on) {
    return {
      status: "pending",
      reason: first
        ? `not yet announced on ${on}: the first recorded event is "${first.type}" on ${first.date}`
        : "no lifecycle events recorded",
      ...(first ? { until: dayBefore(first.date) } : {}),
    }
  }
  let state: StatusOnDate = { status: "pending", reason: "" }
  let announcedOn: string | undefined
  // The last day of the measure's own effect, from its latest `effective` event (if it has one).
  let effectiveUntil: string | undefined
  for (const event of events) {
    if (event.date > on) break
    switch (event.type) {
      case "announced":
        announcedOn ??= event.date
        if (state.status === "pending")
          state = { status: "pending", reason: `announced on ${event.date}`, since: event.date }
        break
      case "effective": {
        effectiveUntil = event.until
        const suspended =
          state.status === "suspended" && (state.until === undefined || state.until >= event.date)
        if (suspended) {
          state = {
            ...state,
            reason: `${state.reason}; it was due to take effect on ${event.date} but the suspension covers that date`,
          }
        } else if (state.status !== "revoked") {
          state = {
            status: "in_force",
            reason: `in force since ${event.date}${event.until ? ` until ${event.until}` : ""}`,
            since: event.date,
            ...(event.until ? { until: event.until } : {}),
          }
        }
        break
      }
      case "amended":
        state = {
          ...state,
          reason: `${state.reason}; amended on ${event.date}: ${event.description}`,
        }
        break
      case "suspended":
        if (state.status !== "revoked")
          state = {
            status: "suspended",
            reason: `suspended on ${event.date}${event.byMeasureId ? ` by ${event.byMeasureId}` : ""}${event.until ? ` until ${event.until}` : " with no end date"}`,
            since: event.date,
            ...(event.until ? { until: event.until } : {}),
          }
        break
      case "resumed": {
        // A resumption within the measure's own end date keeps that end date.
        const until =
          effectiveUntil !== undefined && effectiveUntil >= event.date ? effectiveUntil : undefined
        if (state.status !== "revoked")
          state = {
            status: "in_force",
            reason: `in force again since ${event.date} (resumed)${until ? ` until ${until}` : ""}`,
            since: event.date,
            ...(until ? { until } : {}),
          }
        break
      }
      case "revoked":
        state = { status: "revoked", reason: `revoked on ${event.date}`, since: event.date }
        break
    }
  }
  if (state.status === "suspended" && state.until !== undefined && state.until < on) {
    return {
      status: "unknown",
      reason: `the suspension ran until ${state.until} and no later event is recorded: whether it lapsed, was extended or was replaced is not known`,
      since: nextDay(state.until),
    }
  }
  if (state.status === "in_force" && state.until !== undefined && state.until < on) {
    return {
      status: "unknown",
      reason: `in force until ${state.until}; nothing recorded since: whether it lapsed, was extended or was replaced is not known`,
      since: nextDay(state.until),
    }
  }
  if (state.status === "pending") {
    const effective = events.find((event) => event.type === "effective" && event.date > on)
    return {
      status: "pending",
      reason: effective
        ? `announced${announcedOn ? ` on ${announcedOn}` : ""}; takes effect on ${effective.date}`
        : `announced${announcedOn ? ` on ${announcedOn}` : ""}; no effective date recorded`,
      ...(announcedOn ? { since: announcedOn } : {}),
      ...(effective ? { until: dayBefore(effective.date) } : {}),
    }
  }
  return state
}

/**
 * What to test a measure's scope against. Every criterion given must hold.
 * @category models
 * @since 0.1.0
 */
export interface CoverageQuery {
  /** An element symbol: covered when it is in `scope.elements`. */
  readonly element?: ElementSymbol
  /** A product form: covered when it is in `scope.productForms`. */
  readonly form?: ProductForm
  /** A commodity code: covered when it overlaps one of `scope.hsCodes` or `scope.chinaCodes`. */
  readonly code?: CommodityCode
  /** A destination: covered when the measure applies to all destinations or lists it. */
  readonly destination?: TradeArea
}

/**
 * Whether a measure's scope covers an element, a product form, a commodity code and/or a
 * destination. Element X in form F is covered when X is in the listed elements and F in the
 * listed forms. (No. 18 of 2025 lists SmCo magnet materials, yet NdFeB magnets with Dy or Tb
 * were caught in practice: record that as `magnet` in its forms and Dy, Tb in its elements.)
 * Codes overlap by prefix either way (`850511` and `8505111000`).
 * @example
 * ```ts
 * import { ExportControl } from "@rareearth/core"
 * declare const no18: ExportControl.ExportControlMeasure
 * ExportControl.covers(no18, { element: "Dy", form: "magnet" }) // true
 * ExportControl.covers(no18, { element: "Nd" }) // false
 * ```
 * @category scope
 * @since 0.1.0
 */
export const covers = (
  measure: Pick<ExportControlMeasure, "scope">,
  query: CoverageQuery,
): boolean => {
  const { scope } = measure
  if (query.element !== undefined && !scope.elements.includes(query.element)) return false
  if (query.form !== undefined && !scope.productForms.includes(query.form)) return false
  if (query.code !== undefined) {
    const code = query.code
    if (![...scope.hsCodes, ...scope.chinaCodes].some((scoped) => overlaps(scoped, code)))
      return false
  }
  if (
    query.destination !== undefined &&
    !scope.allDestinations &&
    !scope.destinations.includes(query.destination)
  )
    return false
  return true
}

/** One answer row of {@link measuresOn}. @category models @since 0.1.0 */
export interface MeasureOnDate extends StatusOnDate {
  readonly measure: ExportControlMeasure
}

/**
 * The measures that cover an element / form / code / destination on a date, each with its
 * status that day. Measures not yet announced on the date are left out; pass `statuses` to
 * keep only some statuses (e.g. `["in_force"]`). Rows are sorted by status (in force first),
 * then by first event date and id.
 * @example
 * ```ts
 * import { ExportControl } from "@rareearth/core"
 * declare const measures: ExportControl.ExportControlMeasure[]
 * // Which measures control Dy magnets on 2025-06-01?
 * ExportControl.measuresOn(measures, { on: "2025-06-01", element: "Dy", form: "magnet" })
 * // -> [{ measure: No. 18 of 2025, status: "in_force", reason: "in force since 2025-04-04", ... }]
 * ```
 * @category scope
 * @since 0.1.0
 */
export const measuresOn = (
  measures: ReadonlyArray<ExportControlMeasure>,
  query: CoverageQuery & { readonly on: IsoDate; readonly statuses?: ReadonlyArray<ControlStatus> },
): MeasureOnDate[] => {
  const on = parseDate(query.on)
  if (query.statuses)
    for (const status of query.statuses)
      if (!ControlStatus.options.includes(status))
        throw invalid(
          "invalid_status",
          `Invalid status ${quote(status)}: expected one of ${ControlStatus.options.join(", ")}`,
          status,
          ["statuses"],
        )
  const rank: Record<ControlStatus, number> = {
    in_force: 0,
    suspended: 1,
    unknown: 2,
    pending: 3,
    revoked: 4,
  }
  const rows: Array<MeasureOnDate & { firstDate: string }> = []
  for (const measure of measures) {
    if (!covers(measure, query)) continue
    const events = sortedEvents(measure)
    const firstDate = events[0]?.date
    if (firstDate === undefined || firstDate > on) continue
    const status = statusOn(measure, on)
    if (query.statuses && !query.statuses.includes(status.status)) continue
    rows.push({ measure, ...status, firstDate })
  }
  rows.sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      (a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : 0) ||
      (a.measure.id < b.measure.id ? -1 : a.measure.id > b.measure.id ? 1 : 0),
  )
  return rows.map(({ firstDate: _firstDate, ...row }) => row)
}

/**
 * The dates on which a measure's status changes, with the status from each date on: a
 * ready-made timeline (the day after a suspension's or an `effective` event's `until` appears as
 * `unknown` when nothing later is recorded).
 * @example
 * ```ts
 * import { ExportControl } from "@rareearth/core"
 * declare const no61: ExportControl.ExportControlMeasure
 * ExportControl.statusTimeline(no61).map((row) => `${row.date} ${row.status}`)
 * ```
 * @category lifecycle
 * @since 0.1.0
 */
export const statusTimeline = (
  measure: Pick<ExportControlMeasure, "id" | "events">,
): Array<{ date: IsoDate; status: ControlStatus; reason: string }> => {
  const dates = new Set<string>()
  for (const event of measure.events) {
    dates.add(event.date)
    if ((event.type === "suspended" || event.type === "effective") && event.until)
      dates.add(nextDay(event.until))
  }
  const rows: Array<{ date: IsoDate; status: ControlStatus; reason: string }> = []
  for (const date of [...dates].sort()) {
    const { status, reason } = statusOn(measure, date)
    if (rows.at(-1)?.status !== status) rows.push({ date, status, reason })
  }
  return rows
}
