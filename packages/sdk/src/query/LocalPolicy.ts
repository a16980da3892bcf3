/**
 * The local engine's queries of China's measures, the quotas and the policy events: `controls`
 * (each measure's status on a date), `quotas` and `timeline`. A module of its own, loaded with
 * the first of them, so that a first question of flows does not load the measures' code.
 * @internal
 */
import * as AsOf from "@rareearth/core/AsOf"
import * as Commodity from "@rareearth/core/Commodity"
import * as Period from "@rareearth/core/Period"
import * as Quota from "@rareearth/core/Quota"
import * as Effect from "effect/Effect"
import { invalidParameter, optional, parseInteger, parseParameter } from "../internal/validation.ts"
import type { ControlStatusRow, DataAge, TimelineItem } from "../Query.ts"
import type { RareEarthCalls } from "../RareEarth.ts"
import type { ReferenceData } from "./LocalCalls.ts"
import { parseElement, parseString } from "./parameters.ts"
import { statusFieldsOf } from "./statusRow.ts"

/** What the policy queries need from the engine. */
export interface PolicyContext {
  readonly reference: ReferenceData
  readonly today: Effect.Effect<string>
  /** The age of the data behind an answer made now (the engine's `dataAge`). */
  readonly dataAge: Effect.Effect<DataAge>
}

/** A timeline bound: a date `YYYY-MM-DD`, a month or a year, widened to a date (core's Period). */
const parseDateBound = (parameter: "from" | "to", input: unknown) =>
  typeof input === "string"
    ? parseParameter(parameter, () =>
        Period.widenToDate(input, parameter === "from" ? "first" : "last"),
      )
    : Effect.fail(
        invalidParameter(
          parameter,
          `expected a date "YYYY-MM-DD", a month "YYYY-MM" or a year "YYYY"`,
        ),
      )

/** The policy methods of the local engine. */
export const makePolicyQueries = (
  context: PolicyContext,
): Pick<RareEarthCalls, "controls" | "quotas" | "timeline"> => {
  const { reference, today, dataAge } = context
  const listOf = <A>(items: ReadonlyArray<A>) =>
    Effect.map(dataAge, (age) => ({ items, dataAge: age }))

  const controls: RareEarthCalls["controls"] = (query = {}) =>
    Effect.gen(function* () {
      const on =
        query.on === undefined ? yield* today : yield* parseString("on", query.on, Period.parseDate)
      const elementSymbol = yield* optional(query.element, () => parseElement(query.element))
      const form = yield* optional(query.form, () =>
        parseString("form", query.form, Commodity.parseForm),
      )
      const age = yield* dataAge
      const rows = AsOf.measuresAsOf(
        reference.measures,
        {
          on,
          ...(elementSymbol === undefined ? {} : { element: elementSymbol }),
          ...(form === undefined ? {} : { form }),
        },
        age.asOf,
      )
      const items = rows.map(
        (row): ControlStatusRow => ({
          ...statusFieldsOf(row, on),
          horizon: row.horizon,
          summary: AsOf.describeStatus(row),
        }),
      )
      return { items, dataAge: age }
    })

  const quotas: RareEarthCalls["quotas"] = (query = {}) =>
    Effect.gen(function* () {
      const year = yield* optional(query.year, () =>
        parseInteger("year", query.year, { min: 2000, max: 2100 }),
      )
      const kind = yield* optional(query.kind, () =>
        parseString("kind", query.kind, Quota.parseKind),
      )
      const selected = year === undefined ? reference.quotas : Quota.byYear(reference.quotas, year)
      return yield* listOf(
        selected
          .filter((quota) => kind === undefined || quota.kind === kind)
          .toSorted(
            (a, b) => a.year - b.year || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
          ),
      )
    })

  const timeline: RareEarthCalls["timeline"] = (query = {}) =>
    Effect.gen(function* () {
      const from = yield* optional(query.from, () => parseDateBound("from", query.from))
      const to = yield* optional(query.to, () => parseDateBound("to", query.to))
      if (from !== undefined && to !== undefined && from > to) {
        return yield* invalidParameter(
          "from",
          `"from" (${query.from}) is after "to" (${query.to})`,
          "invalid_range",
        )
      }
      // An item is in range when it overlaps it: a multi-day event (talks on 06-09/10) counts
      // for a range that starts on its second day.
      const inRange = (date: string, endDate: string = date) =>
        (from === undefined || endDate >= from) && (to === undefined || date <= to)
      const items: Array<TimelineItem> = []
      for (const event of reference.events) {
        if (inRange(event.date, event.endDate)) {
          items.push({ type: "policy_event", date: event.date, event })
        }
      }
      for (const measure of reference.measures) {
        for (const event of measure.events) {
          if (inRange(event.date)) {
            items.push({
              type: "measure_event",
              date: event.date,
              measureId: measure.id,
              title: measure.title,
              event,
            })
          }
        }
      }
      return yield* listOf(items.toSorted(compareTimelineItems))
    })

  return { controls, quotas, timeline }
}

const timelineKey = (item: TimelineItem): string =>
  item.type === "policy_event" ? `0 ${item.event.id}` : `1 ${item.measureId}`

/** Date order; on one day, policy events first, then measures by id (their own events keep their order). */
const compareTimelineItems = (a: TimelineItem, b: TimelineItem): number =>
  a.date.localeCompare(b.date) || timelineKey(a).localeCompare(timelineKey(b))
