/**
 * Quantities of mass with a unit and the basis they are measured on.
 * @since 0.1.0
 */

import { invalid, quote } from "./InputError.ts"
import { shiftDecimal } from "./internal/decimal.ts"
import { exactSum } from "./internal/exactSum.ts"
import * as z from "./internal/zod.ts"

/** A unit of mass. @category schemas @since 0.1.0 */
export const MassUnit = /* @__PURE__ */ /* @__PURE__ */ z.enum(["tonnes", "kilograms"])
export type MassUnit = z.infer<typeof MassUnit>

/** What the mass measures: the goods' weight, or their rare-earth-oxide (REO) content. @category schemas @since 0.1.0 */
export const MassBasis = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "gross_weight",
  "net_weight",
  "reo_content",
])
export type MassBasis = z.infer<typeof MassBasis>

/** A mass: a value, its unit and the basis it is measured on. @category schemas @since 0.1.0 */
export const Quantity = /* @__PURE__ */ /* @__PURE__ */ z.object({
  value: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  unit: MassUnit,
  basis: MassBasis,
})
export type Quantity = z.infer<typeof Quantity>

const make = (value: number, unit: MassUnit, basis: MassBasis): Quantity => {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw invalid(
      "invalid_quantity",
      `Invalid quantity ${quote(value)} ${unit}: expected a finite number >= 0`,
      value,
      ["value"],
    )
  if (!MassBasis.options.includes(basis))
    throw invalid(
      "invalid_basis",
      `Invalid mass basis ${quote(basis)}: expected one of ${MassBasis.options.join(", ")}`,
      basis,
      ["basis"],
    )
  return { value, unit, basis }
}

/**
 * A mass in tonnes (metric tons) on a basis: the goods' weight or their rare-earth-oxide content.
 * @example
 * ```ts
 * import { Quantity } from "@rareearth/core"
 * Quantity.tonnes(270_000, "reo_content") // { value: 270000, unit: "tonnes", basis: "reo_content" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const tonnes = (value: number, basis: MassBasis): Quantity => make(value, "tonnes", basis)

/**
 * A mass in kilograms on a basis (UN Comtrade reports net weight in kilograms).
 * @example
 * ```ts
 * import { Quantity } from "@rareearth/core"
 * Quantity.kilograms(1_238_000, "net_weight")
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const kilograms = (value: number, basis: MassBasis): Quantity =>
  make(value, "kilograms", basis)

/**
 * Convert a quantity to another unit (the basis is kept: a unit conversion never turns gross
 * weight into oxide content).
 * @example
 * ```ts
 * import { Quantity } from "@rareearth/core"
 * Quantity.convert(Quantity.kilograms(1500, "net_weight"), "tonnes").value // 1.5
 * ```
 * @category conversions
 * @since 0.1.0
 */
export const convert = (quantity: Quantity, unit: MassUnit): Quantity => {
  if (!MassUnit.options.includes(unit))
    throw invalid(
      "invalid_unit",
      `Invalid unit ${quote(unit)}: expected one of ${MassUnit.options.join(", ")}`,
      unit,
    )
  if (quantity.unit === unit) return { ...quantity }
  // Move the decimal point rather than multiply, so kilograms -> tonnes -> kilograms is exact.
  const value = shiftDecimal(quantity.value, unit === "tonnes" ? -3 : 3)
  return make(value, unit, quantity.basis)
}

/**
 * The mass in tonnes, as a number.
 * @example
 * ```ts
 * import { Quantity } from "@rareearth/core"
 * Quantity.toTonnes(Quantity.kilograms(46_000, "net_weight")) // 46
 * ```
 * @category conversions
 * @since 0.1.0
 */
export const toTonnes = (quantity: Quantity): number => convert(quantity, "tonnes").value

/**
 * Add two quantities. They must share a basis: adding gross weight to oxide content throws an
 * {@link InvalidInputError} instead of summing silently. The result is in the first one's unit.
 * @example
 * ```ts
 * import { Quantity } from "@rareearth/core"
 * Quantity.add(Quantity.tonnes(1, "net_weight"), Quantity.kilograms(500, "net_weight")).value // 1.5
 * Quantity.add(Quantity.tonnes(1, "net_weight"), Quantity.tonnes(1, "reo_content")) // throws
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const add = (a: Quantity, b: Quantity): Quantity => {
  if (a.basis !== b.basis)
    throw invalid(
      "basis_mismatch",
      `Cannot add ${b.value} ${b.unit} (${b.basis}) to ${a.value} ${a.unit} (${a.basis}): the bases differ; convert one figure to the other's basis first`,
      { a, b },
      ["basis"],
    )
  return make(exactSum([a.value, convert(b, a.unit).value]), a.unit, a.basis)
}

/**
 * Sum quantities that share a basis (throws like {@link add} otherwise); the result is in
 * `unit` (tonnes by default). An empty list needs the basis to be given.
 * @example
 * ```ts
 * import { Quantity } from "@rareearth/core"
 * Quantity.sum([Quantity.tonnes(1, "net_weight"), Quantity.tonnes(2, "net_weight")]).value // 3
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const sum = (
  quantities: ReadonlyArray<Quantity>,
  options: { readonly unit?: MassUnit; readonly basis?: MassBasis } = {},
): Quantity => {
  const unit = options.unit ?? "tonnes"
  const basis = options.basis ?? quantities[0]?.basis
  if (basis === undefined)
    throw invalid(
      "empty_sum",
      "Cannot sum an empty list of quantities without a basis: pass options.basis",
      quantities,
    )
  quantities.forEach((quantity, index) => {
    if (quantity.basis !== basis)
      throw invalid(
        "basis_mismatch",
        `Cannot sum quantities of different bases: quantities[${index}] is ${quantity.basis}, expected ${basis}`,
        quantity,
        [index, "basis"],
      )
  })
  return make(exactSum(quantities.map((quantity) => convert(quantity, unit).value)), unit, basis)
}
