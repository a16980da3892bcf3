/**
 * Quantities of mass with a unit and the basis they are measured on.
 * @since 0.1.0
 */
import { z } from "zod"

/** @category schemas */
export const MassUnit = z.enum(["tonnes", "kilograms"])
export type MassUnit = z.infer<typeof MassUnit>

/** What the mass measures: the goods' weight, or their rare-earth-oxide (REO) content. @category schemas */
export const MassBasis = z.enum(["gross_weight", "net_weight", "reo_content"])
export type MassBasis = z.infer<typeof MassBasis>

/** @category schemas */
export const Quantity = z.object({
  value: z.number().nonnegative(),
  unit: MassUnit,
  basis: MassBasis,
})
export type Quantity = z.infer<typeof Quantity>
