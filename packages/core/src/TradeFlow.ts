/**
 * Trade flows: one observation of goods moving between a reporter and a partner in a period.
 * @since 0.1.0
 */

import { fromZodError } from "./InputError.ts"
import { CommodityCode } from "./internal/commodityCodes.ts"
import { type NameSet, parseName } from "./internal/names.ts"
import { CountryCode, TradeArea } from "./internal/tradeAreaCodes.ts"
import * as z from "./internal/zod.ts"
import { compare as comparePeriods, isMonth, type Month, Period } from "./Period.ts"
import { sum } from "./Series.ts"
import { type Confidence, Provenance } from "./Source.ts"

/** The direction of a trade flow, as the reporter records it. @category schemas @since 0.1.0 */
export const FlowDirection = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "export",
  "import",
  "re_export",
  "re_import",
])
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
export const TradeFlow = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  period: Period,
  reporter: CountryCode,
  partner: TradeArea,
  flow: FlowDirection,
  commodity: CommodityCode,
  /** HS version as reported (`H5`, `H6`...), when the source gives it. */
  hsVersion: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  netWeightTonnes: /* @__PURE__ */ /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  ),
  valueUsd: /* @__PURE__ */ /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  ),
  /** The source flagged the weight or value as estimated. */
  estimated: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
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

// ---------------------------------------------------------------------------------------------
// Rival claims and monthly observations
// ---------------------------------------------------------------------------------------------

/**
 * The order of authority of a figure's confidence, most authoritative first: an official
 * figure beats a reported one, which beats a derived one, which beats an estimate.
 * @example
 * ```ts
 * import { TradeFlow } from "@rareearth/core"
 * TradeFlow.CONFIDENCE_ORDER[0] // "official"
 * ```
 * @category claims
 * @since 0.1.0
 */
export const CONFIDENCE_ORDER: ReadonlyArray<Confidence["kind"]> = [
  "official",
  "reported",
  "derived",
  "estimate",
]

const rankOf = (flow: Pick<TradeFlow, "confidence">): number => {
  const rank = CONFIDENCE_ORDER.indexOf(flow.confidence.kind)
  return rank === -1 ? CONFIDENCE_ORDER.length : rank
}

/**
 * Orders rival claims about one observation, preferred first: the most authoritative
 * confidence (see {@link CONFIDENCE_ORDER}), then the latest vintage, then the lowest id (so
 * that the choice never depends on input order). For `Array.prototype.sort`.
 * @example
 * ```ts
 * import { TradeFlow } from "@rareearth/core"
 * declare const claims: TradeFlow.TradeFlow[]
 * claims.toSorted(TradeFlow.compareClaims)[0] // the preferred claim
 * ```
 * @category claims
 * @since 0.1.0
 */
export const compareClaims = (
  a: Pick<TradeFlow, "confidence" | "vintage" | "id">,
  b: Pick<TradeFlow, "confidence" | "vintage" | "id">,
): number =>
  rankOf(a) - rankOf(b) ||
  (b.vintage ?? "").localeCompare(a.vintage ?? "") ||
  a.id.localeCompare(b.id)

/**
 * Picks one claim among rows about the same period and commodity: rival claims (other
 * sources, or a shared conflict group) are alternatives, never summed. The first in
 * {@link compareClaims} order wins; `undefined` for no rows.
 * @example
 * ```ts
 * import { TradeFlow } from "@rareearth/core"
 * declare const official: TradeFlow.TradeFlow
 * declare const reported: TradeFlow.TradeFlow
 * TradeFlow.preferredClaim([reported, official]) // official
 * ```
 * @category claims
 * @since 0.1.0
 */
export const preferredClaim = <F extends Pick<TradeFlow, "confidence" | "vintage" | "id">>(
  rows: ReadonlyArray<F>,
): F | undefined => {
  let best: F | undefined
  for (const row of rows) if (best === undefined || compareClaims(row, best) < 0) best = row
  return best
}

/**
 * One month of a commodity assembled from its records: the weight in tonnes (`null` when
 * unknown), the weakest confidence among the figures used, and every source behind them.
 * @category models
 * @since 0.1.0
 */
export interface MonthObservation {
  readonly period: Month
  readonly tonnes: number | null
  readonly confidence: Confidence["kind"]
  readonly sourceIds: ReadonlyArray<string>
}

/**
 * Assembles one observation per month from the records of one reporter, partner and direction
 * (yearly records are ignored). Within a month: if records exist at exactly `commodity`, only
 * those count (a total is not added to its own breakdown); otherwise the sub-codes are summed.
 * Rival claims about one code are never summed: {@link preferredClaim} picks one. An unknown
 * weight in any summed part makes the month unknown (`null`), never 0. Months come out in
 * calendar order.
 * @example
 * ```ts
 * import { TradeFlow } from "@rareearth/core"
 * declare const rows: TradeFlow.TradeFlow[]
 * TradeFlow.monthlyObservations(rows, "8505111000")[0] // { period: "2025-01", tonnes: 6357, confidence: "reported", sourceIds: [...] }
 * ```
 * @category claims
 * @since 0.1.0
 */
export const monthlyObservations = (
  rows: ReadonlyArray<TradeFlow>,
  commodity: string,
): MonthObservation[] => {
  const byPeriod = new Map<Month, Array<TradeFlow>>()
  for (const row of rows) {
    if (!isMonth(row.period)) continue
    const list = byPeriod.get(row.period)
    if (list === undefined) byPeriod.set(row.period, [row])
    else list.push(row)
  }
  const observations: Array<MonthObservation> = []
  for (const [period, periodRows] of byPeriod) {
    const exact = periodRows.filter((row) => row.commodity === commodity)
    const used = exact.length > 0 ? exact : periodRows
    const byCommodity = new Map<string, Array<TradeFlow>>()
    for (const row of used) {
      const list = byCommodity.get(row.commodity)
      if (list === undefined) byCommodity.set(row.commodity, [row])
      else list.push(row)
    }
    const claims = [...byCommodity.values()].map((list) => preferredClaim(list)!)
    const tonnes = sum(claims.map((claim) => claim.netWeightTonnes))
    const weakest = claims.reduce((worst, claim) => (rankOf(claim) > rankOf(worst) ? claim : worst))
    const sourceIds = [
      ...new Set(claims.flatMap((claim) => claim.sources.map((source) => source.id))),
    ]
    observations.push({ period, tonnes, confidence: weakest.confidence.kind, sourceIds })
  }
  return observations.sort((a, b) => comparePeriods(a.period, b.period))
}
