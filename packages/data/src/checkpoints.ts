/**
 * Cumulative totals the sources report (January-May, first half, ...) and the check that the
 * dataset's monthly rows add up to them.
 *
 * Checkpoints are not trade-flow rows: a January-May total stored beside the monthly rows would
 * be counted twice by anyone summing a year. They live here, with their sources, and the tests
 * (and `verifyCheckpoints`) hold the monthly rows to them.
 *
 * Tolerance: customs figures are published rounded (whole tonnes, or tenths of a tonne), and a
 * cumulative total is rounded separately from the months inside it. A check therefore allows half
 * a unit of the last reported digit for every figure it involves (0.5 t per whole-tonne figure,
 * 0.05 t per tenth-of-a-tonne figure); anything further apart fails. For example, the first-half
 * 2025 magnet total (22,319 t) is 1 t below January-May (19,132 t) plus June (3,188 t): three
 * whole-tonne figures allow 1.5 t.
 * @since 0.1.0
 */
import type * as Period from "@rareearth/core/Period"
import type * as Source from "@rareearth/core/Source"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import { MAGNETS, RARE_EARTHS } from "./flows.ts"
import { Sources } from "./sources.ts"

type SourceRef = Source.SourceRef
type Month = Period.Month

/**
 * A cumulative total over consecutive months of one series (China's exports of one commodity to
 * one partner), as a source reports it.
 * @category checkpoints
 * @since 0.1.0
 */
export interface Checkpoint {
  readonly id: string
  readonly commodity: string
  readonly partner: string
  /** First month covered (inclusive). */
  readonly from: Month
  /** Last month covered (inclusive). */
  readonly to: Month
  readonly tonnes: number
  readonly sources: ReadonlyArray<SourceRef>
  readonly note?: string
}

const SERIES_SLUG: Record<string, string> = {
  [MAGNETS]: "magnets",
  [RARE_EARTHS]: "gac-rare-earths",
}

const checkpoint = (
  commodity: string,
  partner: string,
  from: Month,
  to: Month,
  tonnes: number,
  sources: ReadonlyArray<SourceRef>,
  note?: string,
): Checkpoint => ({
  id: `${SERIES_SLUG[commodity] ?? commodity}-${partner.toLowerCase()}-${from}-to-${to}`,
  commodity,
  partner,
  from,
  to,
  tonnes,
  sources,
  ...(note === undefined ? {} : { note }),
})

const S = Sources

/**
 * The cumulative totals the sources report, per series. Full-year totals are also annual rows of
 * `flows`; the tests hold both to the same figure.
 *
 * @example
 * ```ts
 * import { CHECKPOINTS } from "@rareearth/data"
 * CHECKPOINTS.find((checkpoint) => checkpoint.id === "magnets-world-2025-01-to-2025-06")?.tonnes // 22319
 * ```
 * @category checkpoints
 * @since 0.1.0
 */
export const CHECKPOINTS: ReadonlyArray<Checkpoint> = [
  // Magnets, 2025
  checkpoint(
    MAGNETS,
    "WORLD",
    "2025-01",
    "2025-05",
    19_132,
    [S.econoTimesMayPlunge, S.tradingEconomics471367],
    "-14.5% on January-May 2024.",
  ),
  checkpoint(
    MAGNETS,
    "WORLD",
    "2025-01",
    "2025-06",
    22_319,
    [S.tradingEconomics471367],
    "-18.9% on the first half of 2024.",
  ),
  checkpoint(
    MAGNETS,
    "WORLD",
    "2025-01",
    "2025-07",
    27_897,
    [S.kitcoJuly2025, S.squidsiteJuly2025],
    "-15% on January-July 2024.",
  ),
  checkpoint(
    MAGNETS,
    "WORLD",
    "2025-01",
    "2025-09",
    39_817,
    [S.telegraphIndiaSeptember],
    "-7.5% on January-September 2024.",
  ),
  checkpoint(
    MAGNETS,
    "WORLD",
    "2025-01",
    "2025-10",
    45_290,
    [S.squidsiteOctober2025, S.tipInsightsOctober],
    "-5.2% on January-October 2024.",
  ),
  checkpoint(
    MAGNETS,
    "WORLD",
    "2025-01",
    "2025-12",
    57_392,
    [S.goldseaDecember, S.bizMatomeDecember],
    "Full year, -1.3% on 2024 (two reposts of one Reuters story, both marked weak).",
  ),
  checkpoint(
    MAGNETS,
    "US",
    "2025-01",
    "2025-12",
    5_933,
    [S.goldseaDecember, S.bizMatomeDecember],
    "Full year to the US, -20.3% on 2024 (two reposts of one Reuters story, both marked weak).",
  ),
  // Magnets, 2026
  checkpoint(
    MAGNETS,
    "WORLD",
    "2026-01",
    "2026-02",
    10_763,
    [S.rareEarthExchangesRedirects],
    "+8.2% on January-February 2025 (single source).",
  ),
  checkpoint(
    MAGNETS,
    "US",
    "2026-01",
    "2026-02",
    994,
    [S.rareEarthExchangesRedirects],
    "-22.5% on January-February 2025 (single source).",
  ),
  checkpoint(
    MAGNETS,
    "WORLD",
    "2026-01",
    "2026-03",
    16_001,
    [S.hdmuneMarch2026],
    "First quarter, +4.8% on Q1 2025 (single source).",
  ),
  // GAC "rare earths", 2024
  checkpoint(RARE_EARTHS, "WORLD", "2024-01", "2024-05", 24_266.5, [S.kitcoMay2024], "+14.3%."),
  checkpoint(RARE_EARTHS, "WORLD", "2024-01", "2024-12", 55_431, [S.newsFromRss2024], "Full year."),
  // GAC "rare earths", 2025
  checkpoint(RARE_EARTHS, "WORLD", "2025-01", "2025-04", 18_962, [S.zawyaApril2025], "+5.1%."),
  checkpoint(
    RARE_EARTHS,
    "WORLD",
    "2025-01",
    "2025-05",
    24_827,
    [S.rawMaterialsMay2025, S.energyNewsMay2025],
    "+2.3%.",
  ),
  checkpoint(RARE_EARTHS, "WORLD", "2025-01", "2025-08", 44_355, [S.kitcoAugust2025], "+14.5%."),
  checkpoint(
    RARE_EARTHS,
    "WORLD",
    "2025-01",
    "2025-10",
    52_699.2,
    [S.cryptagonOctober2025, S.devDiscourseOctober2025],
    "+10.5%.",
  ),
  checkpoint(RARE_EARTHS, "WORLD", "2025-01", "2025-11", 58_193.1, [S.imaNovember2025], "+11.6%."),
  checkpoint(
    RARE_EARTHS,
    "WORLD",
    "2025-01",
    "2025-12",
    62_585,
    [S.kaohoon574357, S.internationalBusinessWeekly2025, S.tass2099305],
    "Full year.",
  ),
  checkpoint(
    RARE_EARTHS,
    "WORLD",
    "2026-01",
    "2026-02",
    10_460,
    [S.tass2099305],
    "+23% on January-February 2025; value US$68.6 million (single source).",
  ),
]

// ---------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------

/**
 * The outcome of one consistency check between cumulative totals and monthly rows.
 *
 * - `checked`: every month in the span has a sourced monthly row; `difference` is the stated span
 *   total minus the sum of those rows, and `ok` says whether it is within `tolerance`.
 * - `partial`: some months have no sourced row (or only a derived one); `residual` is what the
 *   missing months must add up to, and `ok` says it is not negative (beyond the tolerance).
 * @category checkpoints
 * @since 0.1.0
 */
export interface CheckpointResult {
  readonly kind: "checked" | "partial"
  readonly commodity: string
  readonly partner: string
  /** The span checked: the months after `after` (or from `from`) up to `to`. */
  readonly from: Month
  readonly to: Month
  /** The stated total of the span (a checkpoint, or the difference of two checkpoints). */
  readonly stated: number
  /** Sum of the sourced monthly rows inside the span. */
  readonly summed: number
  readonly difference: number
  readonly tolerance: number
  readonly missingMonths: ReadonlyArray<Month>
  readonly residual: number
  readonly ok: boolean
  /** The checkpoint ids the stated figure comes from. */
  readonly checkpointIds: ReadonlyArray<string>
}

const monthIndex = (month: Month): number =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
const monthAt = (index: number): Month =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
const monthsFrom = (from: Month, to: Month): Month[] => {
  const months: Month[] = []
  for (let index = monthIndex(from); index <= monthIndex(to); index++) months.push(monthAt(index))
  return months
}

/** Half a unit of the last reported digit: 0.5 for whole tonnes, 0.05 for tenths. */
const halfUnit = (value: number): number => (Number.isInteger(value) ? 0.5 : 0.05)

const EPSILON = 1e-9

/**
 * Checks the monthly rows of `flows` against cumulative totals: each checkpoint on its own, and
 * every pair of checkpoints of one series that start in the same month (the later minus the
 * earlier is the total of the months in between). Only sourced (non-derived) monthly rows are
 * summed, so that a derived month cannot confirm the totals it was derived from.
 *
 * @example
 * ```ts
 * import { CHECKPOINTS, flows, verifyCheckpoints } from "@rareearth/data"
 * verifyCheckpoints(flows, CHECKPOINTS).every((result) => result.ok) // true
 * ```
 * @category checkpoints
 * @since 0.1.0
 */
export const verifyCheckpoints = (
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
  checkpoints: ReadonlyArray<Checkpoint> = CHECKPOINTS,
): CheckpointResult[] => {
  const sourced = new Map<string, number>()
  for (const flow of flows) {
    if (flow.confidence.kind === "derived" || flow.netWeightTonnes === null) continue
    if (flow.reporter !== "CN" || flow.flow !== "export" || !/^\d{4}-\d{2}$/.test(flow.period))
      continue
    sourced.set(`${flow.commodity}|${flow.partner}|${flow.period}`, flow.netWeightTonnes)
  }

  const span = (
    base: { commodity: string; partner: string },
    from: Month,
    to: Month,
    stated: number,
    statedTolerance: number,
    checkpointIds: string[],
  ): CheckpointResult => {
    let summed = 0
    let tolerance = statedTolerance
    const missingMonths: Month[] = []
    for (const month of monthsFrom(from, to)) {
      const value = sourced.get(`${base.commodity}|${base.partner}|${month}`)
      if (value === undefined) missingMonths.push(month)
      else {
        summed += value
        tolerance += halfUnit(value)
      }
    }
    const difference = stated - summed
    const kind = missingMonths.length === 0 ? "checked" : "partial"
    const ok =
      kind === "checked"
        ? Math.abs(difference) <= tolerance + EPSILON
        : difference >= -(tolerance + EPSILON)
    return {
      kind,
      commodity: base.commodity,
      partner: base.partner,
      from,
      to,
      stated,
      summed,
      difference,
      tolerance,
      missingMonths,
      residual: difference,
      ok,
      checkpointIds,
    }
  }

  const results: CheckpointResult[] = []
  for (const point of checkpoints) {
    results.push(
      span(point, point.from, point.to, point.tonnes, halfUnit(point.tonnes), [point.id]),
    )
  }
  for (const earlier of checkpoints) {
    for (const later of checkpoints) {
      if (
        earlier.commodity !== later.commodity ||
        earlier.partner !== later.partner ||
        earlier.from !== later.from ||
        monthIndex(earlier.to) >= monthIndex(later.to)
      )
        continue
      results.push(
        span(
          later,
          monthAt(monthIndex(earlier.to) + 1),
          later.to,
          later.tonnes - earlier.tonnes,
          halfUnit(later.tonnes) + halfUnit(earlier.tonnes),
          [earlier.id, later.id],
        ),
      )
    }
  }
  return results
}
