/**
 * China's rare earth production quotas (mining; smelting and separation), in tonnes of REO.
 * @since 0.1.0
 */

import { invalid, quote } from "./InputError.ts"
import { exactSum } from "./internal/exactSum.ts"
import { type NameSet, parseName } from "./internal/names.ts"
import * as z from "./internal/zod.ts"
import { IsoDate } from "./Period.ts"
import { Provenance } from "./Source.ts"

/** The two quota kinds: mining, and smelting and separation. @category schemas @since 0.1.0 */
export const QuotaKind = /* @__PURE__ */ /* @__PURE__ */ z.enum(["mining", "smelting_separation"])
export type QuotaKind = z.infer<typeof QuotaKind>

/**
 * Other spellings of the quota kinds that {@link parseKind} accepts.
 * @example
 * ```ts
 * import { Quota } from "@rareearth/core"
 * Quota.KIND_ALIASES.smelting // "smelting_separation"
 * ```
 * @category data
 * @since 0.1.0
 */
export const KIND_ALIASES: Readonly<Record<string, QuotaKind>> = {
  smelting: "smelting_separation",
  separation: "smelting_separation",
  smelting_and_separation: "smelting_separation",
}

const KIND_NAMES: NameSet<QuotaKind> = {
  what: "quota kind",
  code: "unknown_quota_kind",
  values: QuotaKind.options,
  aliases: KIND_ALIASES,
}

/**
 * Parse a quota kind typed by a user: case-insensitive, spaces and hyphens read as underscores,
 * {@link KIND_ALIASES} resolved. Throws an {@link InvalidInputError} listing the kinds otherwise.
 * @example
 * ```ts
 * import { Quota } from "@rareearth/core"
 * Quota.parseKind("Mining") // "mining"
 * Quota.parseKind("smelting") // "smelting_separation"
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parseKind = (input: string): QuotaKind => parseName(KIND_NAMES, input)

/** Ore types of the quota split: rock (mainly light) and ion-adsorption (mainly medium and heavy). @category schemas @since 0.1.0 */
export const OreType = /* @__PURE__ */ /* @__PURE__ */ z.enum(["rock_light", "ion_adsorption"])
export type OreType = z.infer<typeof OreType>

/** One batch of a year's quota. `tonnesReo: null` when the batch's size is not known. @category schemas @since 0.1.0 */
export const QuotaBatch = /* @__PURE__ */ /* @__PURE__ */ z.object({
  number: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()),
  issuedOn: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
  tonnesReo: /* @__PURE__ */ /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  ),
  note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type QuotaBatch = z.infer<typeof QuotaBatch>

/** An allocation to a state group (e.g. `china_northern_rare_earth`, `china_rare_earth_group`). @category schemas @since 0.1.0 */
export const QuotaAllocation = /* @__PURE__ */ /* @__PURE__ */ z.object({
  group: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  tonnesReo: /* @__PURE__ */ /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  ),
  batch: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ /* @__PURE__ */ z
      .number()
      .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()),
  ),
  oreType: /* @__PURE__ */ /* @__PURE__ */ z.optional(OreType),
})
export type QuotaAllocation = z.infer<typeof QuotaAllocation>

/**
 * One claim about a year's quota of one kind. An undisclosed total is `tonnesReo: null` with
 * `disclosed: false` and a reason: never a guess.
 * @category schemas
 * @since 0.1.0
 */
export const Quota = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  year: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(2000), /* @__PURE__ */ z.lte(2100)),
  kind: QuotaKind,
  tonnesReo: /* @__PURE__ */ /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  ),
  disclosed: /* @__PURE__ */ /* @__PURE__ */ z.boolean(),
  undisclosedReason: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** Whether the issuers published the quota (a public MIIT/MNR notice). */
  published: /* @__PURE__ */ /* @__PURE__ */ z.boolean(),
  batches: /* @__PURE__ */ /* @__PURE__ */ z.array(QuotaBatch),
  allocations: /* @__PURE__ */ /* @__PURE__ */ z.array(QuotaAllocation),
  oreTypeSplit: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(
      OreType,
      /* @__PURE__ */ z.nullable(
        /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
      ),
    ),
  ),
  recipientGroups: /* @__PURE__ */ /* @__PURE__ */ z.array(
    /* @__PURE__ */ /* @__PURE__ */ z.string(),
  ),
  ...Provenance.shape,
})
export type Quota = z.infer<typeof Quota>

/**
 * Every claim about a year's quotas (both kinds; rival claims included), in input order.
 * @example
 * ```ts
 * import { Quota } from "@rareearth/core"
 * declare const quotas: Quota.Quota[]
 * Quota.byYear(quotas, 2024).map((quota) => quota.tonnesReo) // [270000, 254000]
 * ```
 * @category queries
 * @since 0.1.0
 */
export const byYear = (quotas: ReadonlyArray<Quota>, year: number | string): Quota[] => {
  const wanted = typeof year === "string" ? Number(year.trim()) : year
  if (!Number.isInteger(wanted))
    throw invalid(
      "invalid_year",
      `Invalid year ${quote(year)}: expected a four-digit year such as 2025`,
      year,
    )
  return quotas.filter((quota) => quota.year === wanted)
}

/** Rival claims about one quota. @category models @since 0.1.0 */
export interface QuotaConflict {
  /** The shared `conflictGroup`, or `year:kind` for claims without one. */
  readonly key: string
  readonly year: number
  readonly kind: QuotaKind
  readonly claims: Quota[]
}

/**
 * The quotas with more than one claim: grouped by `conflictGroup` where set, otherwise by year
 * and kind. Claims are kept side by side, not resolved.
 * @example
 * ```ts
 * import { Quota } from "@rareearth/core"
 * declare const quotas: Quota.Quota[]
 * Quota.conflicts(quotas).map((conflict) => conflict.key) // ["quota-2025-mining", ...]
 * ```
 * @category queries
 * @since 0.1.0
 */
export const conflicts = (quotas: ReadonlyArray<Quota>): QuotaConflict[] => {
  const groups = new Map<string, QuotaConflict>()
  for (const quota of quotas) {
    const key = quota.conflictGroup ?? `${quota.year}:${quota.kind}`
    const group = groups.get(key)
    if (group) group.claims.push(quota)
    else groups.set(key, { key, year: quota.year, kind: quota.kind, claims: [quota] })
  }
  return [...groups.values()].filter((group) => group.claims.length > 1)
}

/**
 * The total in tonnes of REO, or `"undisclosed"` when the issuers did not disclose it (never a
 * guess), or `null` when it was disclosed but is not known to us.
 * @example
 * ```ts
 * import { Quota } from "@rareearth/core"
 * declare const quota: Quota.Quota
 * Quota.totalOf(quota) // 270000 | "undisclosed" | null
 * ```
 * @category queries
 * @since 0.1.0
 */
export const totalOf = (
  quota: Pick<Quota, "tonnesReo" | "disclosed">,
): number | "undisclosed" | null => quota.tonnesReo ?? (quota.disclosed ? null : "undisclosed")

/**
 * The sum of a quota's batches, `null` when any batch size is unknown or there are no batches.
 * @example
 * ```ts
 * import { Quota } from "@rareearth/core"
 * declare const quota: Quota.Quota
 * Quota.batchTotal(quota) // e.g. 270000 for 2024 mining (135,000 + 135,000)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const batchTotal = (quota: Pick<Quota, "batches">): number | null => {
  if (quota.batches.length === 0) return null
  if (quota.batches.some((batch) => batch.tonnesReo === null)) return null
  return exactSum(quota.batches.map((batch) => batch.tonnesReo as number))
}
