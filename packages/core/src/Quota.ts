/**
 * China's rare earth production quotas (mining; smelting and separation), in tonnes of REO.
 * @since 0.1.0
 */
import { z } from "zod"
import { IsoDate } from "./Period.ts"
import { Provenance } from "./Source.ts"

/** @category schemas */
export const QuotaKind = z.enum(["mining", "smelting_separation"])
export type QuotaKind = z.infer<typeof QuotaKind>

/** @category schemas */
export const OreType = z.enum(["rock_light", "ion_adsorption"])
export type OreType = z.infer<typeof OreType>

/** One batch of a year's quota. `tonnesReo: null` when the batch's size is not known. @category schemas */
export const QuotaBatch = z.object({
  number: z.number().int().positive(),
  issuedOn: IsoDate.optional(),
  tonnesReo: z.number().nonnegative().nullable(),
  note: z.string().optional(),
})
export type QuotaBatch = z.infer<typeof QuotaBatch>

/** An allocation to a state group (e.g. `china_northern_rare_earth`, `china_rare_earth_group`). @category schemas */
export const QuotaAllocation = z.object({
  group: z.string().min(1),
  tonnesReo: z.number().nonnegative().nullable(),
  batch: z.number().int().positive().optional(),
  oreType: OreType.optional(),
})
export type QuotaAllocation = z.infer<typeof QuotaAllocation>

/**
 * One claim about a year's quota of one kind. An undisclosed total is `tonnesReo: null` with
 * `disclosed: false` and a reason: never a guess.
 * @category schemas
 */
export const Quota = z.object({
  id: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  kind: QuotaKind,
  tonnesReo: z.number().nonnegative().nullable(),
  disclosed: z.boolean(),
  undisclosedReason: z.string().optional(),
  /** Whether the issuers published the quota (a public MIIT/MNR notice). */
  published: z.boolean(),
  batches: z.array(QuotaBatch),
  allocations: z.array(QuotaAllocation),
  oreTypeSplit: z.record(OreType, z.number().nonnegative().nullable()).optional(),
  recipientGroups: z.array(z.string()),
  ...Provenance.shape,
})
export type Quota = z.infer<typeof Quota>
