/**
 * The schemas of commodity codes and product forms, and the code predicates, apart from
 * Commodity.ts and its catalogue: a module that validates codes (a trade flow, a measure) imports
 * these, and a browser chunk that decodes records does not carry the catalogue. Commodity.ts
 * re-exports them (`Commodity.CommodityCode`, `Commodity.matches`).
 */
import * as z from "./zod.ts"

/**
 * A commodity code: an HS code of 2, 4 or 6 digits (`850511`), a national code of 8 or 10 digits
 * (`8505111000`), `TOTAL` for all goods, or a named headline series (`GAC:rare-earths`).
 * @category schemas
 * @since 0.1.0
 */
export const CommodityCode = /* @__PURE__ */ /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(/^(\d{2}|\d{4}|\d{6}|\d{8}|\d{10}|TOTAL|[A-Z]+:[a-z0-9-]+)$/, {
    error:
      'expected an HS code of 2, 4 or 6 digits (e.g. "850511"), a national code of 8 or 10 digits (e.g. "8505111000"), "TOTAL", or a series such as "GAC:rare-earths"',
  }),
)
export type CommodityCode = z.infer<typeof CommodityCode>

/** The physical form of a rare earth product. @category schemas @since 0.1.0 */
export const ProductForm = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "ore_concentrate",
  "oxide_compound",
  "metal",
  "alloy",
  "magnet",
  "target",
  "other",
])
export type ProductForm = z.infer<typeof ProductForm>

/**
 * Whether a filter code selects a code: equal codes match; a numeric filter matches codes it is
 * a prefix of (`850511` matches `8505111000`); `TOTAL` matches only `TOTAL`; series match only
 * themselves.
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.matches("850511", "8505111000") // true
 * Commodity.matches("8505111000", "850511") // false
 * Commodity.matches("TOTAL", "850511") // false
 * ```
 * @category predicates
 * @since 0.1.0
 */
export const matches = (filter: CommodityCode, code: CommodityCode): boolean => {
  if (filter === code) return true
  return /^\d+$/.test(filter) && /^\d+$/.test(code) && code.startsWith(filter)
}

/**
 * Whether two codes overlap: one selects the other (either way round).
 * @example
 * ```ts
 * import { Commodity } from "@rareearth/core"
 * Commodity.overlaps("8505111000", "850511") // true
 * ```
 * @category predicates
 * @since 0.1.0
 */
export const overlaps = (a: CommodityCode, b: CommodityCode): boolean =>
  matches(a, b) || matches(b, a)
