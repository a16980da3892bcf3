/**
 * The response schemas of the supply-chain routes (see `SupplyContract`), with the formulas of
 * their derived figures: zod schemas whose types the SDK's query results are.
 * @since 0.2.0
 */
import * as AsOf from "@rareearth/core/AsOf"
import * as Commodity from "@rareearth/core/Commodity"
import * as Country from "@rareearth/core/Country"
import * as Currency from "@rareearth/core/Currency"
import * as Edition from "@rareearth/core/Edition"
import * as ExportControl from "@rareearth/core/ExportControl"
import * as Measure from "@rareearth/core/Measure"
import * as Mirror from "@rareearth/core/Mirror"
import * as Period from "@rareearth/core/Period"
import * as Price from "@rareearth/core/Price"
import * as Production from "@rareearth/core/Production"
import * as Reserves from "@rareearth/core/Reserves"
import * as Source from "@rareearth/core/Source"
import * as TradeFlow from "@rareearth/core/TradeFlow"
import * as z from "zod/mini"

/** One area's share of a year's world production. @category schemas @since 0.2.0 */
export const AreaShare = z.object({
  area: z.string(),
  tonnesReo: z.number(),
  /** Percent of the world total (0-100). */
  percent: z.number(),
})
export type AreaShare = z.infer<typeof AreaShare>

/** The formula of {@link ConcentrationRow}'s derived figures. @category contract @since 0.2.0 */
export const CONCENTRATION_FORMULA =
  "percent = area tonnes / world tonnes * 100, from one edition's table; herfindahlIndex = sum of the countries' squared percents (OTHER_COUNTRIES left out: a residual, not one producer)"

/**
 * One year's concentration of world production (`GET /production/concentration`): derived
 * (label `D`) from one edition's table, whose record ids are `inputs`, with the formula.
 * `area` is the area asked about (China by default) and `share` its share, `null` when that
 * edition gives no exact figure for it.
 * @category schemas
 * @since 0.2.0
 */
export const ConcentrationRow = z.object({
  year: z.number().check(z.int()),
  stage: Production.ProductionStage,
  edition: Edition.Edition,
  worldTonnesReo: z.number(),
  herfindahlIndex: z.number(),
  leader: z.nullable(AreaShare),
  area: Edition.SupplyArea,
  share: z.nullable(AreaShare),
  shares: z.array(AreaShare),
  /** Areas of that table without an exact figure (`NA`, `W`): not counted. */
  unknownAreas: z.array(z.string()),
  coveragePercent: z.number(),
  label: z.literal("D"),
  formula: z.string(),
  /** The ids of the production records the figures are computed from. */
  inputs: z.array(z.string()),
  sources: z.array(Source.SourceRef),
})
export type ConcentrationRow = z.infer<typeof ConcentrationRow>

/** A change of an area's reserves between editions (`GET /reserves/revisions`). @category schemas @since 0.2.0 */
export const ReservesRevision = z.object({
  area: z.string(),
  before: Reserves.Reserves,
  after: Reserves.Reserves,
  /** `after - before` in tonnes when both are exact figures, otherwise null. */
  changeTonnes: z.nullable(z.number()),
})
export type ReservesRevision = z.infer<typeof ReservesRevision>

/** A measure of any jurisdiction with its status on the query date (`GET /measures`). @category schemas @since 0.2.0 */
export const MeasureStatusRow = z.object({
  measure: Measure.Measure,
  on: Period.IsoDate,
  status: ExportControl.ControlStatus,
  reason: z.string(),
  since: z.optional(Period.IsoDate),
  until: z.optional(Period.IsoDate),
})
export type MeasureStatusRow = z.infer<typeof MeasureStatusRow>

/** The formula of {@link PriceChange}. @category contract @since 0.2.0 */
export const PRICE_CHANGE_FORMULA =
  "change = midpoint(to) - midpoint(from); percent = change / midpoint(from) * 100; midpoint = (low + high) / 2; each end is the latest observation whose period ends on or before the date"

/**
 * A price's change between two dates (`GET /prices/change`), derived (label `D`) from the two
 * observations it names; `null` when either date has no observation.
 * @category schemas
 * @since 0.2.0
 */
export const PriceChange = z.nullable(
  z.object({
    from: Price.PriceObservation,
    to: Price.PriceObservation,
    change: z.number(),
    percent: z.nullable(z.number()),
    label: z.literal("D"),
    formula: z.string(),
  }),
)
export type PriceChange = z.infer<typeof PriceChange>

/**
 * The answer of `GET /prices/change`: the {@link PriceChange} (`null` when either date has no
 * observation) and the `dataAge` of the data it rests on.
 * @category schemas
 * @since 0.2.0
 */
export const PriceChangeAnswer = z.object({
  priceChange: PriceChange,
  /** How old the data behind the answer is. */
  dataAge: AsOf.DataAge,
})
export type PriceChangeAnswer = z.infer<typeof PriceChangeAnswer>

/** The formula of {@link PremiumRow}. @category contract @since 0.2.0 */
export const PREMIUM_FORMULA =
  "ratio = midpoint(europe) / midpoint(china), China's price in Europe's unit and, when the currencies differ, in the conversion its own source prints (never a rate of ours)"

/**
 * The Europe/China premium of one product for one period (`GET /prices/premium`): derived
 * (label `D`) from a European and a Chinese observation of the same product whose periods
 * contain one another. `conversion` names the source's own conversion when the currencies
 * differ; pairs with no such conversion are left out, never converted at a rate of ours.
 * @category schemas
 * @since 0.2.0
 */
export const PremiumRow = z.object({
  product: Price.Product,
  europe: Price.PriceObservation,
  china: Price.PriceObservation,
  ratio: z.number(),
  conversion: z.optional(
    z.object({
      /** Which side was converted, with its own source's conversion. */
      of: z.enum(["europe", "china"]),
      low: z.number(),
      high: z.number(),
      currency: Currency.Currency,
      unit: z.enum(["kg", "tonne"]),
      by: z.string(),
    }),
  ),
  label: z.literal("D"),
  formula: z.string(),
})
export type PremiumRow = z.infer<typeof PremiumRow>

/** Trade in a named commodity group (`GET /group-flows`). @category schemas @since 0.2.0 */
export const GroupFlows = z.object({
  group: Commodity.CommodityGroup,
  flows: z.array(TradeFlow.TradeFlow),
  /** How old the data behind the flows is. */
  dataAge: AsOf.DataAge,
})
export type GroupFlows = z.infer<typeof GroupFlows>

/**
 * A mirror comparison (`GET /mirror`): the reporter's exports against its partners' imports
 * from it, by partner, period and code; both sides kept, never merged.
 * @category schemas
 * @since 0.2.0
 */
export const MirrorResult = z.object({
  reporter: Country.CountryCode,
  partner: z.nullable(Country.CountryCode),
  commodity: z.string(),
  rows: z.array(Mirror.MirrorRow),
  /** How old the data behind the rows is. */
  dataAge: AsOf.DataAge,
})
export type MirrorResult = z.infer<typeof MirrorResult>
