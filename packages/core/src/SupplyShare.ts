/**
 * Shares of a stage of the supply chain held by a country or a group of countries, as a
 * publisher states them (the IEA's "China's share of global refined output: 92% in 2023"), with
 * projections marked. A stated share is a sourced figure; a share computed from tonnes is not
 * stored here (see `SupplyAnalytics`).
 * @since 0.2.0
 */

import * as Edition from "./Edition.ts"
import { fromZodError } from "./InputError.ts"
import { CountryCode } from "./internal/tradeAreaCodes.ts"
import * as z from "./internal/zod.ts"
import { Provenance } from "./Source.ts"

/**
 * The stage a share refers to: `mining`, `refining`, `separation`, `magnet_manufacturing`, or
 * `processing` (a publisher's own word when it does not say refining or separation).
 * @category schemas
 * @since 0.2.0
 */
export const ShareStage = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "mining",
  "refining",
  "separation",
  "magnet_manufacturing",
  "processing",
])
export type ShareStage = z.infer<typeof ShareStage>

/**
 * One stated share. `areas` lists the countries whose combined share it is (one for China
 * alone; several for "China, Malaysia and Australia"; empty for "the top three", with the
 * meaning in `subject`). `year` is `null` when the source does not say which year the share
 * refers to. `percent` is as stated; `approximate` when the source says "about" or "around".
 * @category schemas
 * @since 0.2.0
 */
export const SupplyShare = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  subject: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  areas: /* @__PURE__ */ /* @__PURE__ */ z.array(CountryCode),
  stage: ShareStage,
  year: /* @__PURE__ */ /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z
      .number()
      .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1900), /* @__PURE__ */ z.lte(2100)),
  ),
  projection: /* @__PURE__ */ /* @__PURE__ */ z.boolean(),
  percent: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100)),
  approximate: /* @__PURE__ */ /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), false),
  edition: Edition.Edition,
  label: Edition.ReferenceLabel,
  ...Provenance.shape,
})
export type SupplyShare = z.infer<typeof SupplyShare>

/**
 * Validate a stated share. Throws an {@link InvalidInputError} keeping every zod issue.
 * @example
 * ```ts
 * import { SupplyShare } from "@rareearth/core"
 * declare const row: unknown
 * SupplyShare.parse(row).percent
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parse = (input: unknown): SupplyShare => {
  const result = SupplyShare.safeParse(input)
  if (result.success) return result.data
  throw fromZodError(result.error, "supply share", input)
}
