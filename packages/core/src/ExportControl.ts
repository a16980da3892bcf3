/**
 * Export-control measures, their scope and their lifecycle.
 * @since 0.1.0
 */
import { z } from "zod"
import { CommodityCode, ProductForm } from "./Commodity.ts"
import { CountryCode, TradeArea } from "./Country.ts"
import { ElementSymbol } from "./Element.ts"
import { IsoDate } from "./Period.ts"
import { Provenance, SourceRef } from "./Source.ts"

/** @category schemas */
export const MeasureKind = z.enum([
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

/** What a measure covers. Empty lists mean "not limited on this axis" only where `allDestinations` says so. @category schemas */
export const ControlScope = z.object({
  elements: z.array(ElementSymbol),
  productForms: z.array(ProductForm),
  hsCodes: z.array(CommodityCode),
  chinaCodes: z.array(CommodityCode),
  controlCodes: z.array(z.string()),
  items: z.array(z.string()),
  /** Destinations the measure applies to; empty with `allDestinations: true` means every destination. */
  destinations: z.array(TradeArea),
  allDestinations: z.boolean(),
  endUsers: z.array(z.string()),
})
export type ControlScope = z.infer<typeof ControlScope>

const eventBase = {
  date: IsoDate,
  sources: z.array(SourceRef).min(1),
  note: z.string().optional(),
}

/** One step in a measure's life. @category schemas */
export const LifecycleEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("announced"), ...eventBase }),
  z.object({ type: z.literal("effective"), ...eventBase }),
  z.object({
    type: z.literal("suspended"),
    ...eventBase,
    /** Last day of the suspension, if one was set. */
    until: IsoDate.optional(),
    /** The measure (e.g. an announcement) that suspended this one. */
    byMeasureId: z.string().optional(),
  }),
  z.object({ type: z.literal("resumed"), ...eventBase }),
  z.object({ type: z.literal("amended"), ...eventBase, description: z.string() }),
  z.object({ type: z.literal("revoked"), ...eventBase }),
])
export type LifecycleEvent = z.infer<typeof LifecycleEvent>
export type LifecycleEventType = LifecycleEvent["type"]

/** An export-control measure. @category schemas */
export const ExportControlMeasure = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  jurisdiction: CountryCode,
  issuingBodies: z.array(z.string()).min(1),
  instrument: z.string().min(1),
  kind: MeasureKind,
  summary: z.string(),
  scope: ControlScope,
  events: z.array(LifecycleEvent).min(1),
  ...Provenance.shape,
})
export type ExportControlMeasure = z.infer<typeof ExportControlMeasure>

/** A measure's status on a date. @category schemas */
export const ControlStatus = z.enum(["pending", "in_force", "suspended", "revoked", "unknown"])
export type ControlStatus = z.infer<typeof ControlStatus>
