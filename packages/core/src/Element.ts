/**
 * The 17 rare earth elements: symbols, atomic data, groupings per convention, uses.
 * @since 0.1.0
 */
import { z } from "zod"

/** The 17 rare earth element symbols, in atomic-number order. @category schemas */
export const ElementSymbol = z.enum([
  "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
])
export type ElementSymbol = z.infer<typeof ElementSymbol>

/** Conventions that split the elements into light / medium / heavy groups differently. @category schemas */
export const ClassificationConvention = z.enum(["usgs", "china_2group", "china_3group", "mofcom_controls_2025"])
export type ClassificationConvention = z.infer<typeof ClassificationConvention>

/** A group under one convention; `unassigned` where the convention does not place the element. @category schemas */
export const ElementGroup = z.enum(["light", "medium", "heavy", "medium_heavy", "unassigned"])
export type ElementGroup = z.infer<typeof ElementGroup>

/**
 * A standard atomic weight with its uncertainty in the last digits (CIAAW notation `144.242(3)`),
 * or, for an element with no stable isotope (promethium), only a mass number.
 * @category schemas
 */
export const AtomicWeight = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("standard"),
    value: z.number().positive(),
    uncertainty: z.number().positive(),
    notation: z.string(),
    revisionYear: z.number().int(),
  }),
  z.object({
    kind: z.literal("mass_number"),
    massNumber: z.number().int().positive(),
    reason: z.string(),
  }),
])
export type AtomicWeight = z.infer<typeof AtomicWeight>

/** One rare earth element as reference data. @category schemas */
export const Element = z.object({
  symbol: ElementSymbol,
  name: z.string(),
  atomicNumber: z.number().int().min(21).max(71),
  atomicWeight: AtomicWeight,
  classification: z.record(ClassificationConvention, ElementGroup),
  uses: z.array(z.string()),
})
export type Element = z.infer<typeof Element>
