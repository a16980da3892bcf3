/**
 * Commodities: HS codes (open), China's 8/10-digit customs codes, headline series, product forms.
 * @since 0.1.0
 */
import { z } from "zod"

/**
 * A commodity code: an HS code of 2, 4 or 6 digits (`850511`), a national code of 8 or 10 digits
 * (`8505111000`), `TOTAL` for all goods, or a named headline series (`GAC:rare-earths`).
 * @category schemas
 */
export const CommodityCode = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{8}|\d{10}|TOTAL|[A-Z]+:[a-z0-9-]+)$/, {
    error:
      'expected an HS code of 2, 4 or 6 digits (e.g. "850511"), a national code of 8 or 10 digits (e.g. "8505111000"), "TOTAL", or a series such as "GAC:rare-earths"',
  })
export type CommodityCode = z.infer<typeof CommodityCode>

/** The physical form of a rare earth product. @category schemas */
export const ProductForm = z.enum(["ore_concentrate", "oxide_compound", "metal", "alloy", "magnet", "target", "other"])
export type ProductForm = z.infer<typeof ProductForm>
