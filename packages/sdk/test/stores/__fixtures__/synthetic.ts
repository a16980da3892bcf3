/**
 * Test fixture: deterministic synthetic trade flows for the store tests (many rows, every
 * filter dimension varied). The benchmark harness has its own generator in tooling/bench.
 */
import type { TradeFlow } from "@rareearth/core"

const REPORTERS = [
  "CN",
  "US",
  "JP",
  "DE",
  "KR",
  "VN",
  "MY",
  "TH",
  "IN",
  "FR",
  "IT",
  "GB",
  "NL",
  "BE",
  "ES",
  "PL",
  "CZ",
  "AT",
  "CH",
  "SE",
]
const PARTNERS = [
  "WORLD",
  "US",
  "JP",
  "DE",
  "KR",
  "VN",
  "MY",
  "TH",
  "IN",
  "FR",
  "IT",
  "GB",
  "NL",
  "BE",
  "ES",
  "PL",
  "CZ",
  "AT",
  "CH",
  "OTHER_ASIA_NES",
]
const COMMODITIES = ["8505111000", "850511", "280530", "284690"]
const DIRECTIONS = ["export", "import"] as const
const MONTHS = 360

/**
 * `count` valid, distinct TradeFlows (unique natural keys), deterministic for a given `seed`
 * (the vintage date), with unknown weights and values sprinkled in (null, never 0).
 *
 * @example
 * ```ts
 * const flows = syntheticFlows(1_000_000)
 * ```
 * @category bench
 * @since 0.1.0
 */
export const syntheticFlows = (
  count: number,
  options: { readonly vintage?: string | undefined; readonly scale?: number | undefined } = {},
): Array<TradeFlow.TradeFlow> => {
  const flows: Array<TradeFlow.TradeFlow> = new Array(count)
  const scale = options.scale ?? 1
  const sources = new Map<number, TradeFlow.TradeFlow["sources"]>()
  const confidence: TradeFlow.TradeFlow["confidence"] = { kind: "official" }
  for (let i = 0; i < count; i++) {
    let k = i
    const month = k % MONTHS
    k = Math.floor(k / MONTHS)
    const reporter = REPORTERS[k % REPORTERS.length]!
    k = Math.floor(k / REPORTERS.length)
    const partner = PARTNERS[k % PARTNERS.length]!
    k = Math.floor(k / PARTNERS.length)
    const commodity = COMMODITIES[k % COMMODITIES.length]!
    k = Math.floor(k / COMMODITIES.length)
    const direction = DIRECTIONS[k % DIRECTIONS.length]!
    const sourceIndex = Math.floor(k / DIRECTIONS.length)
    let source = sources.get(sourceIndex)
    if (source === undefined) {
      source = [
        {
          id: `bench-${sourceIndex}`,
          title: `Synthetic source ${sourceIndex}`,
          publisher: "rareearth bench",
        },
      ]
      sources.set(sourceIndex, source)
    }
    const year = 2000 + Math.floor(month / 12)
    const period = `${year}-${String((month % 12) + 1).padStart(2, "0")}`
    const flow: Record<string, unknown> = {
      id: `bench-${i}`,
      period,
      reporter,
      partner,
      flow: direction,
      commodity,
      netWeightTonnes: i % 7 === 3 ? null : Math.round(((i * 7919) % 100_000) * scale) / 10,
      valueUsd: i % 5 === 2 ? null : ((i * 104_729) % 10_000_000) * scale,
      sources: source,
      confidence,
    }
    if (options.vintage !== undefined) flow.vintage = options.vintage
    flows[i] = flow as TradeFlow.TradeFlow
  }
  return flows
}
