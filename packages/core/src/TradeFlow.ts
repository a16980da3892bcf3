/**
 * Trade flows: one observation of goods moving between a reporter and a partner in a period.
 * @since 0.1.0
 */
import { z } from "zod"
import { CommodityCode } from "./Commodity.ts"
import { CountryCode, TradeArea } from "./Country.ts"
import { Period } from "./Period.ts"
import { Provenance } from "./Source.ts"

/** @category schemas */
export const FlowDirection = z.enum(["export", "import", "re_export", "re_import"])
export type FlowDirection = z.infer<typeof FlowDirection>

/**
 * A trade-flow observation. Unknown weight or value is `null`, never 0.
 * The natural key is (source id, period, reporter, partner, flow, commodity, vintage).
 * @category schemas
 */
export const TradeFlow = z.object({
  id: z.string().min(1),
  period: Period,
  reporter: CountryCode,
  partner: TradeArea,
  flow: FlowDirection,
  commodity: CommodityCode,
  /** HS version as reported (`H5`, `H6`...), when the source gives it. */
  hsVersion: z.string().optional(),
  netWeightTonnes: z.number().nonnegative().nullable(),
  valueUsd: z.number().nonnegative().nullable(),
  /** The source flagged the weight or value as estimated. */
  estimated: z.boolean().optional(),
  ...Provenance.shape,
})
export type TradeFlow = z.infer<typeof TradeFlow>
