/**
 * Mirror statistics: a reporter's exports to each partner against that partner's own imports
 * from the reporter, for the same commodity code and period. The two sides disagree (imports
 * are usually valued CIF, exports FOB; timing, coverage and confidentiality differ): both are
 * kept side by side and never merged; the gap is reported only where both sides are known.
 * @since 0.2.0
 */

import { invalid, quote } from "./InputError.ts"
import { CommodityCode } from "./internal/commodityCodes.ts"
import { CountryCode } from "./internal/tradeAreaCodes.ts"
import * as z from "./internal/zod.ts"
import { compare as comparePeriods, Period } from "./Period.ts"
import { TradeFlow } from "./TradeFlow.ts"

/**
 * One partner, period and code: the reporter's exports and the partner's imports, either
 * `null` when that side reports nothing. Gaps are `imports - exports` and ratios
 * `imports / exports`, `null` when either side's figure is unknown (or the ratio's base is 0).
 * @category schemas
 * @since 0.2.0
 */
export const MirrorRow = /* @__PURE__ */ /* @__PURE__ */ z.object({
  reporter: CountryCode,
  partner: CountryCode,
  period: Period,
  commodity: CommodityCode,
  exports: /* @__PURE__ */ z.nullable(TradeFlow),
  imports: /* @__PURE__ */ z.nullable(TradeFlow),
  tonnesGap: /* @__PURE__ */ /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  valueGapUsd: /* @__PURE__ */ /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  valueRatio: /* @__PURE__ */ /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
})
export type MirrorRow = z.infer<typeof MirrorRow>

const gap = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined ? null : a - b

/**
 * Pairs a reporter's exports with its partners' imports from it, by partner, period and code.
 * Flows that are not one of the two sides (other reporters, other directions, partners that
 * are areas such as `WORLD`) are ignored. Rows are sorted by period, partner, then code.
 * Throws an {@link InvalidInputError} when `reporter` is not a country code.
 * @example
 * ```ts
 * import { Mirror } from "@rareearth/core"
 * declare const flows: import("@rareearth/core").TradeFlow.TradeFlow[]
 * Mirror.compare("CN", flows).map((row) => [row.partner, row.period, row.valueGapUsd])
 * ```
 * @category comparison
 * @since 0.2.0
 */
export const compare = (reporter: string, flows: ReadonlyArray<TradeFlow>): MirrorRow[] => {
  if (!CountryCode.safeParse(reporter).success)
    throw invalid(
      "invalid_reporter",
      `Invalid reporter ${quote(reporter)}: expected an ISO 3166-1 alpha-2 country code such as "CN"`,
      reporter,
      ["reporter"],
    )
  const rows = new Map<string, { exports: TradeFlow | null; imports: TradeFlow | null }>()
  const slot = (partner: string, period: string, commodity: string) => {
    const key = `${period}|${partner}|${commodity}`
    let row = rows.get(key)
    if (row === undefined) {
      row = { exports: null, imports: null }
      rows.set(key, row)
    }
    return row
  }
  for (const flow of flows) {
    if (flow.flow === "export" && flow.reporter === reporter) {
      if (!CountryCode.safeParse(flow.partner).success || flow.partner === reporter) continue
      slot(flow.partner, flow.period, flow.commodity).exports = flow
    } else if (flow.flow === "import" && flow.partner === reporter && flow.reporter !== reporter) {
      slot(flow.reporter, flow.period, flow.commodity).imports = flow
    }
  }
  return [...rows.entries()]
    .map(([key, { exports, imports }]): MirrorRow => {
      const [period, partner, commodity] = key.split("|") as [string, string, string]
      const exportValue = exports?.valueUsd
      const importValue = imports?.valueUsd
      return {
        reporter,
        partner,
        period,
        commodity,
        exports,
        imports,
        tonnesGap: gap(imports?.netWeightTonnes, exports?.netWeightTonnes),
        valueGapUsd: gap(importValue, exportValue),
        valueRatio:
          exportValue === null ||
          exportValue === undefined ||
          exportValue === 0 ||
          importValue === null ||
          importValue === undefined
            ? null
            : importValue / exportValue,
      }
    })
    .sort(
      (a, b) =>
        comparePeriods(a.period, b.period) ||
        a.partner.localeCompare(b.partner) ||
        a.commodity.localeCompare(b.commodity),
    )
}
