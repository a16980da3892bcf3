/**
 * Dated policy events for the timeline: trade talks, summits, calls, official statements.
 * @since 0.1.0
 */
import { z } from "zod"
import { IsoDate } from "./Period.ts"
import { Provenance } from "./Source.ts"

/** @category schemas */
export const PolicyEventKind = z.enum([
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

/** @category schemas */
export const PolicyEvent = z.object({
  id: z.string().min(1),
  date: IsoDate,
  endDate: IsoDate.optional(),
  kind: PolicyEventKind,
  title: z.string().min(1),
  location: z.string().optional(),
  participants: z.array(z.string()),
  summary: z.string(),
  relatedMeasureIds: z.array(z.string()),
  ...Provenance.shape,
})
export type PolicyEvent = z.infer<typeof PolicyEvent>
