/**
 * A seeded generator of Comtrade-like trade flows: ~200 reporters and ~200 partners taken from
 * core's country list, 6 commodity codes, 120 months, a few large traders and a long tail,
 * trade relations that run for a span of months with gaps, ~2% unknown weights. The same seed and
 * row count give byte-identical data (and CSV) on every machine.
 *
 * The data is held column-wise (dictionary codes and Float64Arrays, NaN for unknown), which is
 * also what the peers are fed from, so no engine gets a head start from a different shape.
 */
import { Country, type TradeFlow } from "@rareearth/core"
import { cumulative, makeRandom, zipfWeights } from "./random.ts"

/** Bumped whenever the generated data changes, so that cached CSVs are regenerated. */
export const GENERATOR_VERSION = 3

/** The commodity codes of the synthetic data: the rare earth HS codes, one neighbour, and all goods. */
export const COMMODITIES = ["280530", "284610", "284690", "850511", "850519", "TOTAL"] as const

/** Flow directions in the data (Comtrade reports mostly exports and imports). */
export const FLOWS = [
  "export",
  "import",
  "re_export",
] as const satisfies ReadonlyArray<TradeFlow.FlowDirection>

/** The one source every synthetic row cites. */
export const SYNTHETIC_SOURCE = {
  id: "un-comtrade",
  title: "UN Comtrade (synthetic benchmark data)",
  publisher: "United Nations Statistics Division",
} as const

/** The vintage of every synthetic row. */
export const SYNTHETIC_VINTAGE = "2026-01-15"

/** First month of the data; 120 months follow. */
const FIRST_YEAR = 2016
const MONTHS = 120

/** Trade flows, column-wise. Key columns are codes into their dictionary; NaN is an unknown figure. */
export interface FlowColumns {
  readonly size: number
  readonly periods: ReadonlyArray<string>
  readonly reporters: ReadonlyArray<string>
  readonly partners: ReadonlyArray<string>
  readonly flows: ReadonlyArray<TradeFlow.FlowDirection>
  readonly commodities: ReadonlyArray<string>
  readonly period: Uint8Array
  readonly reporter: Uint16Array
  readonly partner: Uint16Array
  readonly flow: Uint8Array
  readonly commodity: Uint8Array
  readonly netWeightTonnes: Float64Array
  readonly valueUsd: Float64Array
}

/** The id of row `index`: short, unique, stable. */
export const idOf = (index: number): string => `f${index}`

/** The alpha-2 codes of core's country list, sorted. */
const countryCodes = (): Array<string> => Country.COUNTRIES.map((country) => country.alpha2).sort()

/** Seeded shuffle of `codes` with `first` moved to the front, in that order (they become the largest traders). */
const rankCodes = (
  codes: ReadonlyArray<string>,
  first: ReadonlyArray<string>,
  count: number,
  seed: number,
): Array<string> => {
  const random = makeRandom(seed)
  const rest = codes.filter((code) => !first.includes(code))
  for (let index = rest.length - 1; index > 0; index--) {
    const other = random.int(index + 1)
    ;[rest[index], rest[other]] = [rest[other]!, rest[index]!]
  }
  return [...first.filter((code) => codes.includes(code)), ...rest].slice(0, count)
}

/** Typical unit price per tonne of each commodity, USD (order of magnitude only). */
const PRICE_PER_TONNE = [12_000, 4_000, 9_000, 60_000, 8_000, 1_500]
/** How often each commodity appears, relative. */
const COMMODITY_WEIGHTS = [1, 1.5, 1.5, 2, 1.5, 0.6]
/** How often each flow appears, relative. */
const FLOW_WEIGHTS = [1, 1, 0.08]

/** The period dictionary: 120 months from January 2016. */
export const monthDictionary = (): Array<string> =>
  Array.from({ length: MONTHS }, (_, index) => {
    const year = FIRST_YEAR + Math.floor(index / 12)
    const month = (index % 12) + 1
    return `${year}-${month < 10 ? "0" : ""}${month}`
  })

/**
 * Generates `rows` flows from `seed`. Deterministic. Every natural key is distinct (one source,
 * one vintage), so any store's idempotent write keeps every row.
 */
export const generateFlows = (rows: number, seed = 20_250_601): FlowColumns => {
  const codes = countryCodes()
  if (codes.length < 50) {
    throw new Error(
      `core's Country.COUNTRIES has ${codes.length} countries; the generator needs at least 50`,
    )
  }
  const reporters = rankCodes(
    codes,
    ["CN", "US", "DE", "JP", "KR", "MY", "VN", "TH", "IN", "AU"],
    200,
    seed + 1,
  )
  const partners = rankCodes(
    codes,
    ["US", "JP", "DE", "KR", "CN", "NL", "IT", "FR", "IN", "VN"],
    200,
    seed + 2,
  )
  const random = makeRandom(seed)
  const reporterPick = cumulative(zipfWeights(reporters.length, 1.1))
  const partnerPick = cumulative(zipfWeights(partners.length, 1.0))
  const commodityPick = cumulative(COMMODITY_WEIGHTS)
  const flowPick = cumulative(FLOW_WEIGHTS)

  // Trade relations (reporter, partner, flow, commodity), each active over a span of months.
  const seen = new Set<number>()
  const relationKey = (
    reporter: number,
    partner: number,
    flow: number,
    commodity: number,
  ): number => ((reporter * 256 + partner) * 4 + flow) * 8 + commodity
  const relReporter: Array<number> = []
  const relPartner: Array<number> = []
  const relFlow: Array<number> = []
  const relCommodity: Array<number> = []
  const relScale: Array<number> = []
  // Slots: (relation, month) pairs, later sorted month-major like a month-by-month download.
  const slotRelation = new Uint32Array(rows)
  const slotMonth = new Uint8Array(rows)
  let slots = 0

  const addRelation = (
    reporter: number,
    partner: number,
    flow: number,
    commodity: number,
  ): number => {
    seen.add(relationKey(reporter, partner, flow, commodity))
    relReporter.push(reporter)
    relPartner.push(partner)
    relFlow.push(flow)
    relCommodity.push(commodity)
    // Larger traders trade more; lognormal spread between relations.
    const size = 1 / ((reporter + 1) ** 0.6 * (partner + 1) ** 0.5)
    relScale.push(2_000 * size * Math.exp(random.normal() * 1.4))
    return relReporter.length - 1
  }

  // Anchor series used by the query set: China's magnet exports (850511) to US, JP, DE, every month
  // but a two-month gap for the US.
  const china = reporters.indexOf("CN")
  for (const partnerCode of ["US", "JP", "DE"]) {
    const partner = partners.indexOf(partnerCode)
    if (china < 0 || partner < 0) continue
    const relation = addRelation(china, partner, 0, COMMODITIES.indexOf("850511"))
    for (let month = 0; month < MONTHS && slots < rows; month++) {
      if (partnerCode === "US" && (month === 30 || month === 31)) continue
      slotRelation[slots] = relation
      slotMonth[slots++] = month
    }
  }

  while (slots < rows) {
    const reporter = random.pick(reporterPick)
    const partner = random.pick(partnerPick)
    if (reporters[reporter] === partners[partner]) continue
    const flow = random.pick(flowPick)
    const commodity = random.pick(commodityPick)
    if (seen.has(relationKey(reporter, partner, flow, commodity))) continue
    const relation = addRelation(reporter, partner, flow, commodity)
    // A span of 12..120 months, more often long for large traders.
    const length = 12 + random.int(MONTHS - 11)
    const start = random.int(MONTHS - length + 1)
    for (let month = start; month < start + length && slots < rows; month++) {
      if (random.next() < 0.08) continue // a month not reported
      slotRelation[slots] = relation
      slotMonth[slots++] = month
    }
  }

  // Month-major order (counting sort, stable).
  const perMonth = new Uint32Array(MONTHS + 1)
  for (let slot = 0; slot < rows; slot++) perMonth[slotMonth[slot]! + 1]!++
  for (let month = 0; month < MONTHS; month++) perMonth[month + 1]! += perMonth[month]!
  const order = new Uint32Array(rows)
  for (let slot = 0; slot < rows; slot++) order[perMonth[slotMonth[slot]!]!++] = slot

  const period = new Uint8Array(rows)
  const reporter = new Uint16Array(rows)
  const partner = new Uint16Array(rows)
  const flow = new Uint8Array(rows)
  const commodity = new Uint8Array(rows)
  const netWeightTonnes = new Float64Array(rows)
  const valueUsd = new Float64Array(rows)
  for (let row = 0; row < rows; row++) {
    const slot = order[row]!
    const relation = slotRelation[slot]!
    const month = slotMonth[slot]!
    period[row] = month
    reporter[row] = relReporter[relation]!
    partner[row] = relPartner[relation]!
    flow[row] = relFlow[relation]!
    const commodityCode = relCommodity[relation]!
    commodity[row] = commodityCode
    // Growth over the decade and a seasonal swing, with monthly noise.
    const trend = 1 + month / MONTHS
    const season = 1 + 0.15 * Math.sin((2 * Math.PI * (month % 12)) / 12)
    const tonnes = relScale[relation]! * trend * season * Math.exp(random.normal() * 0.35)
    const weightUnknown = random.next() < 0.02
    netWeightTonnes[row] = weightUnknown ? Number.NaN : Math.round(tonnes * 1000) / 1000
    const valueUnknown = random.next() < (weightUnknown ? 0.5 : 0.01)
    const price = PRICE_PER_TONNE[commodityCode]! * Math.exp(random.normal() * 0.2)
    valueUsd[row] = valueUnknown ? Number.NaN : Math.round(tonnes * price)
  }
  return {
    size: rows,
    periods: monthDictionary(),
    reporters,
    partners,
    flows: FLOWS,
    commodities: COMMODITIES,
    period,
    reporter,
    partner,
    flow,
    commodity,
    netWeightTonnes,
    valueUsd,
  }
}

/** A number as the CSV writes it: shortest round-trip form; unknown is the empty string. */
export const formatNumber = (value: number): string => (Number.isNaN(value) ? "" : String(value))

/** Row `index` as a TradeFlow object (what `safeParse` and the stores' `write` take). */
export const toTradeFlow = (columns: FlowColumns, index: number): TradeFlow.TradeFlow => {
  const weight = columns.netWeightTonnes[index]!
  const value = columns.valueUsd[index]!
  return {
    id: idOf(index),
    period: columns.periods[columns.period[index]!]!,
    reporter: columns.reporters[columns.reporter[index]!]!,
    partner: columns.partners[columns.partner[index]!]!,
    flow: columns.flows[columns.flow[index]!]!,
    commodity: columns.commodities[columns.commodity[index]!]!,
    netWeightTonnes: Number.isNaN(weight) ? null : weight,
    valueUsd: Number.isNaN(value) ? null : value,
    sources: [SYNTHETIC_SOURCE],
    confidence: { kind: "official" },
    vintage: SYNTHETIC_VINTAGE,
  }
}
