/**
 * The schemas of a rare earth element's record (`Element`, `ElementSymbol`, `AtomicWeight`, the
 * classification enums) and the 17 symbols, without the elements' catalogue: for code that
 * validates or decodes element records (an API client's answers) and must not carry the catalogue
 * into a browser bundle. `Element` re-exports every one of them with its catalogue and lookups.
 * @example
 * ```ts
 * import * as ElementSchema from "@rareearth/core/ElementSchema"
 * ElementSchema.ElementSymbol.safeParse("Dy").success // true
 * ```
 * @since 0.2.0
 */

import * as z from "./internal/zod.ts"

// The symbols as plain data: `SYMBOLS` and the lookup functions use this array, not the zod enum,
// so a bundle that only looks elements up does not pull in zod.
// biome-ignore format: one line reads as the periodic table row it is
const symbolList = [
  "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
] as const

/** The 17 rare earth element symbols, in atomic-number order. @category schemas @since 0.1.0 */
export const ElementSymbol = /* @__PURE__ */ /* @__PURE__ */ z.enum(symbolList)
export type ElementSymbol = z.infer<typeof ElementSymbol>

/** Conventions that split the elements into light / medium / heavy groups differently. @category schemas @since 0.1.0 */
export const ClassificationConvention = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "usgs",
  "china_2group",
  "china_3group",
  "mofcom_controls_2025",
])
export type ClassificationConvention = z.infer<typeof ClassificationConvention>

/** A group under one convention; `unassigned` where the convention does not place the element. @category schemas @since 0.1.0 */
export const ElementGroup = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "light",
  "medium",
  "heavy",
  "medium_heavy",
  "unassigned",
])
export type ElementGroup = z.infer<typeof ElementGroup>

/**
 * A standard atomic weight with its uncertainty in the last digits (CIAAW notation `144.242(3)`),
 * or, for an element with no stable isotope (promethium), only a mass number.
 * @category schemas
 * @since 0.1.0
 */
export const AtomicWeight = /* @__PURE__ */ /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("standard"),
    value: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.positive()),
    uncertainty: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.positive()),
    notation: /* @__PURE__ */ /* @__PURE__ */ z.string(),
    /**
     * The CIAAW revision that set this value, only where a source states it. Absent means the year
     * is not sourced (not that the value is undated or new).
     */
    revisionYear: /* @__PURE__ */ /* @__PURE__ */ z.optional(
      /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int()),
    ),
    /** How well the value (or its uncertainty) is sourced, when not a plain citation. */
    note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("mass_number"),
    massNumber: /* @__PURE__ */ /* @__PURE__ */ z
      .number()
      .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()),
    reason: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
])
export type AtomicWeight = z.infer<typeof AtomicWeight>

/** One rare earth element as reference data. @category schemas @since 0.1.0 */
export const Element = /* @__PURE__ */ /* @__PURE__ */ z.object({
  symbol: ElementSymbol,
  name: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  atomicNumber: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(21), /* @__PURE__ */ z.lte(71)),
  atomicWeight: AtomicWeight,
  classification: /* @__PURE__ */ /* @__PURE__ */ z.record(ClassificationConvention, ElementGroup),
  uses: /* @__PURE__ */ /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  /** Ids of `Element.ELEMENT_SOURCES` entries behind this element's data. */
  sourceIds: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  ),
})
export type Element = z.infer<typeof Element>

/**
 * The 17 symbols in atomic-number order.
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * Element.SYMBOLS.join(", ") // "Sc, Y, La, Ce, ..."
 * ```
 * @category data
 * @since 0.1.0
 */
export const SYMBOLS: ReadonlyArray<ElementSymbol> = symbolList
