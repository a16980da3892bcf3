/**
 * Dated policy events for the timeline: trade talks, summits, calls, official statements.
 * @since 0.1.0
 */
import * as z from "./internal/zod.ts"
import { IsoDate } from "./Period.ts"
import { Provenance } from "./Source.ts"

/** The kind of a timeline event. @category schemas @since 0.1.0 */
export const PolicyEventKind = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "trade_talks",
  "summit",
  "phone_call",
  "official_statement",
  "tariff_action",
  "regulation",
  "licensing",
  "other",
])
export type PolicyEventKind = z.infer<typeof PolicyEventKind>

/** A dated policy event (talks, summit, call, statement) with its sources. @category schemas @since 0.1.0 */
export const PolicyEvent = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  date: IsoDate,
  endDate: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
  kind: PolicyEventKind,
  title: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  location: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  participants: /* @__PURE__ */ /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  summary: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  relatedMeasureIds: /* @__PURE__ */ /* @__PURE__ */ z.array(
    /* @__PURE__ */ /* @__PURE__ */ z.string(),
  ),
  ...Provenance.shape,
})
export type PolicyEvent = z.infer<typeof PolicyEvent>

/**
 * The events that overlap a date range (both ends included; an event with an `endDate` counts
 * while it lasts), sorted by date then id.
 * @example
 * ```ts
 * import { PolicyEvent } from "@rareearth/core"
 * declare const events: PolicyEvent.PolicyEvent[]
 * PolicyEvent.between(events, "2025-05-01", "2025-06-30").map((event) => event.title)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const between = (
  events: ReadonlyArray<PolicyEvent>,
  from?: IsoDate,
  to?: IsoDate,
): PolicyEvent[] =>
  events
    .filter(
      (event) =>
        (to === undefined || event.date <= to) &&
        (from === undefined || (event.endDate ?? event.date) >= from),
    )
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    )
