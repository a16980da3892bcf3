/**
 * Provenance: where a figure comes from, how sure we are, and which vintage it is.
 * @since 0.1.0
 */
import { z } from "zod"
import { IsoDate } from "./Period.ts"

/** A cited source. @category schemas */
export const SourceRef = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().optional(),
  publishedOn: IsoDate.optional(),
  note: z.string().optional(),
})
export type SourceRef = z.infer<typeof SourceRef>

/** One named input of a derived figure. @category schemas */
export const DerivationInput = z.object({
  value: z.number(),
  label: z.string(),
  sourceIds: z.array(z.string()).min(1),
})
export type DerivationInput = z.infer<typeof DerivationInput>

/**
 * How much to trust a figure. `derived` carries a formula over named inputs
 * (`+ - * /`, parentheses, numbers, input names) that recomputes the figure.
 * @category schemas
 */
export const Confidence = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("official") }),
  z.object({ kind: z.literal("reported") }),
  z.object({
    kind: z.literal("derived"),
    formula: z.string().min(1),
    inputs: z.record(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), DerivationInput),
    rounding: z.enum(["none", "integer"]).default("none"),
  }),
  z.object({ kind: z.literal("estimate"), method: z.string().min(1) }),
])
export type Confidence = z.infer<typeof Confidence>

/**
 * The provenance every record carries. Records with the same `conflictGroup` are rival claims
 * about one fact: they are kept side by side and never merged.
 * @category schemas
 */
export const Provenance = z.object({
  sources: z.array(SourceRef).min(1),
  confidence: Confidence,
  vintage: IsoDate.optional(),
  conflictGroup: z.string().optional(),
  note: z.string().optional(),
})
export type Provenance = z.infer<typeof Provenance>
