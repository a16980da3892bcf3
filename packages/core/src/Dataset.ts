/**
 * A dataset: every record of the rare earth supply chain that a source holds, with its version.
 * @since 0.1.0
 */

import { Element } from "./ElementSchema.ts"
import { ExportControlMeasure } from "./ExportControl.ts"
import { fromZodError, type InputIssue } from "./InputError.ts"
import * as z from "./internal/zod.ts"
import { Measure } from "./Measure.ts"
import { IsoDate } from "./Period.ts"
import { PolicyEvent } from "./PolicyEvent.ts"
import { PriceObservation } from "./Price.ts"
import { Production } from "./Production.ts"
import { Quota } from "./Quota.ts"
import { ReleaseCalendar } from "./ReleaseCalendar.ts"
import { Reserves } from "./Reserves.ts"
import { SalientStatistic } from "./SalientStatistic.ts"
import { type Confidence, SourceRef } from "./Source.ts"
import { SupplyShare } from "./SupplyShare.ts"
import { naturalKey, TradeFlow } from "./TradeFlow.ts"

/**
 * A dataset release: every record kind, with the sources they cite.
 * @category schemas
 * @since 0.1.0
 */
export const Dataset = /* @__PURE__ */ /* @__PURE__ */ z.object({
  /** Semantic version of the dataset release. */
  version: /* @__PURE__ */ /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.regex(/^\d+\.\d+\.\d+$/)),
  /** The latest date the sources behind the dataset cover. */
  asOf: IsoDate,
  sources: /* @__PURE__ */ /* @__PURE__ */ z.array(SourceRef),
  elements: /* @__PURE__ */ /* @__PURE__ */ z.array(Element),
  measures: /* @__PURE__ */ /* @__PURE__ */ z.array(ExportControlMeasure),
  quotas: /* @__PURE__ */ /* @__PURE__ */ z.array(Quota),
  flows: /* @__PURE__ */ /* @__PURE__ */ z.array(TradeFlow),
  events: /* @__PURE__ */ /* @__PURE__ */ z.array(PolicyEvent),
  /** Measures of other jurisdictions than China's export controls (optional: absent means none). */
  worldMeasures: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(Measure)),
  /** Price observations (optional: absent means none). */
  prices: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(PriceObservation)),
  /** Production by country and year, every edition's figure (optional: added in 0.2.0). */
  production: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(Production)),
  /** Reserves by country, every edition's value (optional: added in 0.2.0). */
  reserves: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(Reserves)),
  /** USGS salient statistics and import sources (optional: added in 0.2.0). */
  salientStatistics: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(SalientStatistic),
  ),
  /** Stated shares of mining, refining and magnet making (optional: added in 0.2.0). */
  supplyShares: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(SupplyShare)),
  /** When each monthly series is usually published, for the audit's overdue check (since 0.2.0). */
  releaseCalendars: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(ReleaseCalendar),
  ),
})
export type Dataset = z.infer<typeof Dataset>

/**
 * Validate a dataset, e.g. one read from JSON. Throws an {@link InvalidInputError} that keeps
 * every zod issue (code, path such as `flows.12.period`, message).
 * @example
 * ```ts
 * import { Dataset } from "@rareearth/core"
 * declare const json: unknown
 * const dataset = Dataset.parse(json)
 * dataset.flows.length
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parse = (input: unknown): Dataset => {
  const result = Dataset.safeParse(input)
  if (result.success) return result.data
  throw fromZodError(result.error, "dataset", input)
}

/**
 * Cross-record checks the schema cannot express, returned as issues (empty when consistent):
 * duplicate ids within a record kind, duplicate trade-flow natural keys (the same observation
 * twice would double count), derivation inputs citing source ids the dataset does not hold, and
 * lifecycle or policy events that point at unknown measures.
 * @example
 * ```ts
 * import { Dataset } from "@rareearth/core"
 * declare const dataset: Dataset.Dataset
 * Dataset.integrityIssues(dataset) // [] when consistent
 * ```
 * @category validation
 * @since 0.1.0
 */
export const integrityIssues = (dataset: Dataset): InputIssue[] => {
  const issues: InputIssue[] = []
  const duplicates = (kind: keyof Dataset, ids: ReadonlyArray<string>) => {
    const seen = new Map<string, number>()
    ids.forEach((id, index) => {
      const first = seen.get(id)
      if (first === undefined) seen.set(id, index)
      else
        issues.push({
          code: "duplicate_id",
          path: [kind, index, "id"],
          message: `Duplicate ${kind} id "${id}" at ${kind}[${index}]: already used at ${kind}[${first}]`,
        })
    })
  }
  duplicates(
    "sources",
    dataset.sources.map((source) => source.id),
  )
  duplicates(
    "elements",
    dataset.elements.map((element) => element.symbol),
  )
  duplicates(
    "measures",
    dataset.measures.map((measure) => measure.id),
  )
  duplicates(
    "quotas",
    dataset.quotas.map((quota) => quota.id),
  )
  duplicates(
    "flows",
    dataset.flows.map((flow) => flow.id),
  )
  duplicates(
    "events",
    dataset.events.map((event) => event.id),
  )
  duplicates(
    "worldMeasures",
    (dataset.worldMeasures ?? []).map((measure) => measure.id),
  )
  duplicates(
    "prices",
    (dataset.prices ?? []).map((price) => price.id),
  )

  const keys = new Map<string, number>()
  dataset.flows.forEach((flow, index) => {
    const key = naturalKey(flow)
    const first = keys.get(key)
    if (first === undefined) keys.set(key, index)
    else
      issues.push({
        code: "duplicate_observation",
        path: ["flows", index],
        message: `Flow "${flow.id}" at flows[${index}] repeats the observation of flows[${first}] (${key}): it would be counted twice`,
      })
  })

  // Every source id the dataset holds: its source list plus the sources records carry.
  const recordKinds = ["measures", "quotas", "flows", "events"] as const
  const sourceIds = new Set<string>(dataset.sources.map((source) => source.id))
  for (const kind of recordKinds)
    for (const record of dataset[kind])
      for (const source of record.sources) sourceIds.add(source.id)
  for (const kind of [...recordKinds, "worldMeasures", "prices"] as const)
    for (const record of dataset[kind] ?? [])
      for (const source of record.sources) sourceIds.add(source.id)
  for (const kind of [...recordKinds, "worldMeasures", "prices"] as const) {
    const records: ReadonlyArray<{ id: string; confidence: Confidence }> = dataset[kind] ?? []
    for (const [index, record] of records.entries()) {
      if (record.confidence.kind !== "derived") continue
      for (const [name, input] of Object.entries(record.confidence.inputs))
        for (const id of input.sourceIds)
          if (!sourceIds.has(id))
            issues.push({
              code: "unknown_source",
              path: [kind, index, "confidence", "inputs", name, "sourceIds"],
              message: `Input "${name}" of ${kind}[${index}] ("${record.id}") cites source "${id}", which the dataset does not hold`,
            })
    }
  }

  const measureIds = new Set(dataset.measures.map((measure) => measure.id))
  for (const [index, measure] of dataset.measures.entries())
    for (const [eventIndex, event] of measure.events.entries())
      if (
        event.type === "suspended" &&
        event.byMeasureId !== undefined &&
        !measureIds.has(event.byMeasureId)
      )
        issues.push({
          code: "unknown_measure",
          path: ["measures", index, "events", eventIndex, "byMeasureId"],
          message: `Measure "${measure.id}" is suspended by "${event.byMeasureId}", which is not among the measures`,
        })
  for (const [index, event] of dataset.events.entries())
    for (const [position, id] of event.relatedMeasureIds.entries())
      if (!measureIds.has(id))
        issues.push({
          code: "unknown_measure",
          path: ["events", index, "relatedMeasureIds", position],
          message: `Event "${event.id}" relates to measure "${id}", which is not among the measures`,
        })
  return issues
}
