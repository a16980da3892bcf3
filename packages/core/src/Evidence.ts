/**
 * How a record's facts were verified, in the reference files' labels spelled out: so that a
 * single-source record stays visibly single-source wherever it is shown.
 * @since 0.2.0
 */
import * as z from "./internal/zod.ts"

/**
 * The verification label of a record:
 * - `verified` (V): the fact appears in the page cited, a primary or attributed page;
 * - `verified_independent` (V2): in two or more pages of different publishers;
 * - `verified_one_wire` (V2, one wire): several publishers, all carrying one wire story;
 * - `single_source` (S): one page only, or a secondary or aggregator page;
 * - `derived` (D): computed from sourced figures, shipped with its formula and inputs.
 * Unconfirmed facts (R) are never records.
 * @category schemas
 * @since 0.2.0
 */
export const Evidence = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "verified",
  "verified_independent",
  "verified_one_wire",
  "single_source",
  "derived",
])
export type Evidence = z.infer<typeof Evidence>

/**
 * Whether a record rests on a single source (S), to show it as such.
 * @example
 * ```ts
 * import { Evidence } from "@rareearth/core"
 * Evidence.isSingleSource({ evidence: "single_source" }) // true
 * ```
 * @category predicates
 * @since 0.2.0
 */
export const isSingleSource = (record: { readonly evidence?: Evidence | undefined }): boolean =>
  record.evidence === "single_source"
