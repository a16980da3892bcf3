/**
 * Trade flows: one observation of goods moving between a reporter and a partner in a period.
 * @since 0.1.0
 */
import * as z from "zod"
import { CommodityCode } from "./Commodity.ts"
import { CountryCode, TradeArea } from "./Country.ts"
import { fromZodError } from "./InputError.ts"
import { type NameSet, parseName } from "./internal/names.ts"
import { Period } from "./Period.ts"
import { Provenance } from "./Source.ts"

/** The direction of a trade flow, as the reporter records it. @category schemas @since 0.1.0 */
export const FlowDirection = /* @__PURE__ */ z.enum(["export", "import", "re_export", "re_import"])
export type FlowDirection = z.infer<typeof FlowDirection>

/**
 * Other spellings of the flow directions that {@link parseFlowDirection} accepts (after lower
 * casing and reading spaces and hyphens as underscores: `Re-Export` is `re_export`).
 * @example
 * ```ts
 * import { TradeFlow } from "@rareearth/core"
 * TradeFlow.FLOW_ALIASES.exports // "export"
 * ```
 * @category data
 * @since 0.1.0
 */
export const FLOW_ALIASES: Readonly<Record<string, FlowDirection>> = {
  exports: "export",
  imports: "import",
  re_exports: "re_export",
  reexport: "re_export",
  reexports: "re_export",
  re_imports: "re_import",
  reimport: "re_import",
  reimports: "re_import",
}

const FLOW_NAMES: NameSet<FlowDirection> = {
  what: "flow direction",
  code: "unknown_flow",
  values: FlowDirection.options,
  aliases: FLOW_ALIASES,
}

/**
 * Parse a flow direction typed by a user: case-insensitive, spaces and hyphens read as
 * underscores, {@link FLOW_ALIASES} resolved. Throws an {@link InvalidInputError} listing the
 * directions otherwise. Every surface (CLI, REST API, SDK, file import) uses this parser.
 * @example
 * ```ts
 * import { TradeFlow } from "@rareearth/core"
 * TradeFlow.parseFlowDirection("Export") // "export"
 * TradeFlow.parseFlowDirection("re-export") // "re_export"
 * TradeFlow.parseFlowDirection("sideways") // throws: Unknown flow direction "sideways": expected one of export, import, ...
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parseFlowDirection = (input: string): FlowDirection => parseName(FLOW_NAMES, input)

/**
 * A trade-flow observation. Unknown weight or value is `null`, never 0.
 * The natural key is (source id, period, reporter, partner, flow, commodity, vintage).
 * @category schemas
 * @since 0.1.0
 */
export const TradeFlow = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().min(1),
  period: Period,
  reporter: CountryCode,
  partner: TradeArea,
  flow: FlowDirection,
  commodity: CommodityCode,
  /** HS version as reported (`H5`, `H6`...), when the source gives it. */
  hsVersion: /* @__PURE__ */ z.string().optional(),
  netWeightTonnes: /* @__PURE__ */ z.number().nonnegative().nullable(),
  valueUsd: /* @__PURE__ */ z.number().nonnegative().nullable(),
  /** The source flagged the weight or value as estimated. */
  estimated: /* @__PURE__ */ z.boolean().optional(),
  ...Provenance.shape,
})
export type TradeFlow = z.infer<typeof TradeFlow>

/**
 * Validate a trade flow. Throws an {@link InvalidInputError} keeping every zod issue.
 * @example
 * ```ts
 * import { TradeFlow } from "@rareearth/core"
 * declare const row: unknown
 * TradeFlow.parse(row).netWeightTonnes // number | null
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parse = (input: unknown): TradeFlow => {
  const result = TradeFlow.safeParse(input)
  if (result.success) return result.data
  throw fromZodError(result.error, "trade flow", input)
}

/**
 * The natural key of a flow: source id (of its first source), period, reporter, partner, flow,
 * commodity and vintage, joined with `|`. Two rows with the same key are the same observation.
 * @example
 * ```ts
 * import { TradeFlow } from "@rareearth/core"
 * declare const flow: TradeFlow.TradeFlow
 * TradeFlow.naturalKey(flow) // "gac|2025-06|CN|WORLD|export|8505111000|"
 * ```
 * @category keys
 * @since 0.1.0
 */
export const naturalKey = (
  flow: Pick<
    TradeFlow,
    "sources" | "period" | "reporter" | "partner" | "flow" | "commodity" | "vintage"
  >,
): string =>
  [
    flow.sources[0]?.id ?? "",
    flow.period,
    flow.reporter,
    flow.partner,
    flow.flow,
    flow.commodity,
    flow.vintage ?? "",
  ].join("|")
