/**
 * The RareEarth service: every query the SDK answers, whatever the source behind it.
 * Sources (embedded dataset, HTTP API, UN Comtrade, files, stores) are layers of this service.
 * @since 0.1.0
 */
import type {
  Commodity,
  Element,
  Price,
  Production,
  Quota,
  Reserves,
  SalientStatistic,
  SupplyShare,
  TradeFlow,
} from "@rareearth/core"
import { Context, type Effect, Layer, type Stream } from "effect"
import type { SdkError } from "./errors.ts"
import type {
  ConcentrationQuery,
  ConcentrationRow,
  ControlStatusRow,
  ControlsQuery,
  DatasetInfo,
  FlowQuery,
  GroupFlows,
  GroupFlowsQuery,
  MeasureStatusRow,
  MeasuresQuery,
  MirrorQuery,
  MirrorResult,
  Page,
  PageRequest,
  PremiumQuery,
  PremiumRow,
  PriceChange,
  PriceChangeQuery,
  PricesQuery,
  ProductionQuery,
  QuotaQuery,
  ReserveRevisionsQuery,
  ReservesQuery,
  ReservesRevision,
  SalientQuery,
  SeriesQuery,
  SeriesResult,
  SupplySharesQuery,
  TimelineItem,
  TimelineQuery,
} from "./Query.ts"
import { type LocalOptions, makeLocal } from "./query/LocalQuery.ts"

/** The operations of the RareEarth service. @category services */
export interface RareEarthService {
  /** The 17 rare earth elements. */
  readonly elements: Effect.Effect<ReadonlyArray<Element.Element>, SdkError>
  /** One element by symbol, name or atomic number (case-insensitive). */
  readonly element: (input: string | number) => Effect.Effect<Element.Element, SdkError>
  /** Export-control measures with their status on a date, optionally only those covering an element/form. */
  readonly controls: (
    query?: ControlsQuery,
  ) => Effect.Effect<ReadonlyArray<ControlStatusRow>, SdkError>
  /** Production quotas; conflicting claims about one year are all returned. */
  readonly quotas: (query?: QuotaQuery) => Effect.Effect<ReadonlyArray<Quota.Quota>, SdkError>
  /** One page of trade flows. */
  readonly flows: (
    query?: FlowQuery,
    page?: PageRequest,
  ) => Effect.Effect<Page<TradeFlow.TradeFlow>, SdkError>
  /** Every trade flow matching the query, page by page. */
  readonly flowStream: (query?: FlowQuery) => Stream.Stream<TradeFlow.TradeFlow, SdkError>
  /** A monthly series with its changes; missing months are gaps, not zeros. */
  readonly series: (query: SeriesQuery) => Effect.Effect<SeriesResult, SdkError>
  /** Policy events and measure lifecycle steps, in date order. */
  readonly timeline: (query?: TimelineQuery) => Effect.Effect<ReadonlyArray<TimelineItem>, SdkError>
  /** What the source holds. */
  readonly datasetInfo: Effect.Effect<DatasetInfo, SdkError>
  /**
   * Production by area, year and stage; the latest edition's figure unless `vintages: "all"`.
   * Sources without supply data fail with `UnsupportedQueryError`. @since 0.2.0
   */
  readonly production: (
    query?: ProductionQuery,
  ) => Effect.Effect<ReadonlyArray<Production.Production>, SdkError>
  /** Shares of world production, the HHI and an area's share (China by default) by year. @since 0.2.0 */
  readonly concentration: (
    query?: ConcentrationQuery,
  ) => Effect.Effect<ReadonlyArray<ConcentrationRow>, SdkError>
  /** Reserves with their typed values (lower bounds, NA); the latest edition's by default. @since 0.2.0 */
  readonly reserves: (
    query?: ReservesQuery,
  ) => Effect.Effect<ReadonlyArray<Reserves.Reserves>, SdkError>
  /** Revisions of reserves between consecutive editions. @since 0.2.0 */
  readonly reserveRevisions: (
    query?: ReserveRevisionsQuery,
  ) => Effect.Effect<ReadonlyArray<ReservesRevision>, SdkError>
  /** Measures of every jurisdiction (China's included) with their status on a date. @since 0.2.0 */
  readonly measures: (
    query?: MeasuresQuery,
  ) => Effect.Effect<ReadonlyArray<MeasureStatusRow>, SdkError>
  /** Price observations by product, market, currency and period. @since 0.2.0 */
  readonly prices: (
    query?: PricesQuery,
  ) => Effect.Effect<ReadonlyArray<Price.PriceObservation>, SdkError>
  /** A price's change between two dates (null when either date has no observation). @since 0.2.0 */
  readonly priceChange: (query: PriceChangeQuery) => Effect.Effect<PriceChange, SdkError>
  /** The Europe/China premium where both prices are sourced. @since 0.2.0 */
  readonly pricePremium: (
    query?: PremiumQuery,
  ) => Effect.Effect<ReadonlyArray<PremiumRow>, SdkError>
  /** USGS salient statistics (US imports, net import reliance...). @since 0.2.0 */
  readonly salientStatistics: (
    query?: SalientQuery,
  ) => Effect.Effect<ReadonlyArray<SalientStatistic.SalientStatistic>, SdkError>
  /** Shares of a stage of the chain as publishers state them (IEA refining shares...). @since 0.2.0 */
  readonly supplyShares: (
    query?: SupplySharesQuery,
  ) => Effect.Effect<ReadonlyArray<SupplyShare.SupplyShare>, SdkError>
  /** The named groups of rare earth products (core's `Commodity.GROUPS`). @since 0.2.0 */
  readonly commodityGroups: Effect.Effect<ReadonlyArray<Commodity.CommodityGroup>, SdkError>
  /** Every trade flow of a commodity group's codes matching the filters. @since 0.2.0 */
  readonly groupFlows: (query: GroupFlowsQuery) => Effect.Effect<GroupFlows, SdkError>
  /** A reporter's exports against its partners' imports of the same code and period. @since 0.2.0 */
  readonly mirror: (query: MirrorQuery) => Effect.Effect<MirrorResult, SdkError>
}

/**
 * The RareEarth service tag. Provide it with a source layer, e.g. `EmbeddedSource.layer`.
 * @example
 * ```ts
 * import { EmbeddedSource, RareEarth } from "@rareearth/sdk"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const rareEarth = yield* RareEarth
 *   return yield* rareEarth.controls({ on: "2025-06-01", element: "Dy", form: "magnet" })
 * })
 * const rows = await Effect.runPromise(program.pipe(Effect.provide(EmbeddedSource.layer)))
 * ```
 * @category services
 * @since 0.1.0
 */
export class RareEarth extends Context.Service<RareEarth, RareEarthService>()(
  "@rareearth/sdk/RareEarth",
) {
  /** The local query engine over reference data and a trade-flow store (see {@link makeLocal}). */
  static readonly makeLocal = makeLocal

  /** A layer of the local query engine over reference data and a trade-flow store. */
  static readonly layerLocal = (options: LocalOptions): Layer.Layer<RareEarth> =>
    Layer.effect(RareEarth, makeLocal(options))
}

export {
  type LocalOptions,
  makeLocal,
  type ReferenceData,
  referenceFromDataset,
} from "./query/LocalQuery.ts"
export { type SupplyData, supplyFromDataset } from "./query/LocalSupply.ts"
