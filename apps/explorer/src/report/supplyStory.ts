/**
 * The supply chain on one page, computed from the data for a year: mining and refining
 * concentration (China's share, the HHI), reserves, China's controls, other governments'
 * responses, and prices since China's April 2025 controls. Every figure comes from the SDK
 * client with its sources and reference label; derived ones carry their formula.
 */
import type { Price, Reserves, SupplyShare } from "@rareearth/core"
import type { ConcentrationRow, DataAge, MeasureStatusRow, PriceChange } from "@rareearth/sdk"
import type { Client } from "../cli/Source.ts"

/** The day China's April 2025 controls (MOFCOM/GAC Announcement No. 18) took effect. */
export const APRIL_2025_CONTROLS = "2025-04-04"

const PRICED_PRODUCTS: ReadonlyArray<Price.Product> = ["ndpr_oxide", "dy_oxide", "tb_oxide"]
const PRICED_MARKETS: ReadonlyArray<Price.Market> = [
  "china_domestic",
  "fob_china",
  "europe",
  "rotterdam",
  "cif_rotterdam",
  "cif_europe",
]
const MARKET_KINDS: ReadonlySet<string> = new Set(["assessment", "period_average"])

/** One price series' change since the April 2025 controls. */
export interface PriceSince {
  readonly product: Price.Product
  readonly market: Price.Market
  readonly currency: string
  readonly unit: "kg" | "tonne"
  readonly kind: Price.PriceKind
  /** Null when the series has no observation on or before the control date or the end date. */
  readonly change: PriceChange
}

/** The report, as `report --supply --json` prints it. */
export interface SupplyStory {
  readonly year: number
  /** How old the data behind the report is (the answers' own `dataAge`). */
  readonly dataAge: DataAge
  /** The date measures are evaluated on: the year's last day, or the data's date if earlier. */
  readonly on: string
  readonly mining: ConcentrationRow | null
  /** Refining: shares as publishers state them (projections marked), and computed ones if any. */
  readonly refining: {
    readonly stated: ReadonlyArray<SupplyShare.SupplyShare>
    readonly computed: ConcentrationRow | null
  }
  readonly reserves: {
    readonly world: Reserves.Reserves | null
    /** The largest exact reserves of the latest editions, largest first (up to five). */
    readonly largest: ReadonlyArray<Reserves.Reserves>
  }
  readonly chinaControls: ReadonlyArray<MeasureStatusRow>
  readonly responses: ReadonlyArray<MeasureStatusRow>
  readonly prices: {
    readonly since: string
    readonly to: string
    readonly series: ReadonlyArray<PriceSince>
  }
}

/** The series of a product and market with the most market-price observations (a floor is not one). */
const mainSeries = (observations: ReadonlyArray<Price.PriceObservation>) => {
  const counts = new Map<string, { observation: Price.PriceObservation; count: number }>()
  for (const observation of observations) {
    if (!MARKET_KINDS.has(observation.kind)) continue
    const key = `${observation.currency}|${observation.unit}|${observation.kind}`
    const entry = counts.get(key)
    if (entry === undefined) counts.set(key, { observation, count: 1 })
    else entry.count += 1
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.observation
}

/** Builds the supply report for a year (default: the latest year with a world total). */
export const buildSupplyStory = async (
  client: Client,
  requestedYear: number | undefined,
  signal: AbortSignal,
): Promise<SupplyStory> => {
  const call = { signal }
  const [info, { items: concentration, dataAge }] = await Promise.all([
    client.datasetInfo(call),
    client.concentration({}, call),
  ])
  const year = requestedYear ?? concentration.at(-1)?.year ?? new Date().getUTCFullYear()
  const yearEnd = `${year}-12-31`
  const on = info.asOf !== null && info.asOf < yearEnd ? info.asOf : yearEnd
  const [refinedRows, stated, worldReserves, reserves, measures] = await Promise.all([
    client.concentration({ year, stage: "refined" }, call),
    client.supplyShares({ stage: "refining" }, call),
    client.reserves({ area: "WORLD" }, call),
    client.reserves({}, call),
    client.measures({ on }, call),
  ])
  const series: Array<PriceSince> = []
  for (const product of PRICED_PRODUCTS) {
    for (const market of PRICED_MARKETS) {
      const { items: observations } = await client.prices({ product, market, to: on }, call)
      const main = mainSeries(observations)
      if (main === undefined) continue
      const { priceChange: change } = await client.priceChange(
        {
          product,
          market,
          currency: main.currency,
          unit: main.unit,
          kind: main.kind,
          from: APRIL_2025_CONTROLS,
          to: on,
        },
        call,
      )
      series.push({
        product,
        market,
        currency: main.currency,
        unit: main.unit,
        kind: main.kind,
        change,
      })
    }
  }
  const active = measures.items.filter((row) => row.status !== "revoked")
  return {
    year,
    dataAge,
    on,
    mining: concentration.find((row) => row.year === year) ?? null,
    refining: {
      stated: stated.items.filter(
        (share) => share.year === null || share.year <= year || share.projection,
      ),
      computed: refinedRows.items[0] ?? null,
    },
    reserves: {
      world: worldReserves.items[0] ?? null,
      largest: reserves.items
        .filter((record) => record.area !== "WORLD" && record.tonnesReo !== null)
        .sort((a, b) => (b.tonnesReo ?? 0) - (a.tonnesReo ?? 0))
        .slice(0, 5),
    },
    chinaControls: active.filter((row) => row.measure.jurisdiction === "CN"),
    responses: active.filter((row) => row.measure.jurisdiction !== "CN"),
    prices: { since: APRIL_2025_CONTROLS, to: on, series },
  }
}
