/**
 * The RareEarth service: every query the SDK answers, whatever the source behind it.
 * Sources (embedded dataset, HTTP API, UN Comtrade, files, stores) are layers of this service.
 * @since 0.1.0
 */
import type * as Commodity from "@rareearth/core/Commodity"
import type * as Price from "@rareearth/core/Price"
import type * as Production from "@rareearth/core/Production"
import type * as Reserves from "@rareearth/core/Reserves"
import type * as SalientStatistic from "@rareearth/core/SalientStatistic"
import type * as SupplyShare from "@rareearth/core/SupplyShare"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import type * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Stream from "effect/Stream"
import type {
  HttpError,
  InvalidBomError,
  InvalidResponseError,
  NotFoundError,
  RateLimitedError,
  SourceUnavailableError,
  StoreError,
  TimeoutError,
  TruncatedResultError,
  UnsupportedQueryError,
  ValidationError,
} from "./Errors.ts"
import { RareEarthKey } from "./internal/RareEarthKey.ts"
import type {
  ConcentrationQuery,
  ConcentrationRow,
  ControlList,
  ControlsQuery,
  DatasetInfo,
  ElementAnswer,
  ElementList,
  FlowPage,
  FlowQuery,
  GroupFlows,
  GroupFlowsQuery,
  ItemList,
  MeasureStatusRow,
  MeasuresQuery,
  MirrorQuery,
  MirrorResult,
  PageRequest,
  PremiumQuery,
  PremiumRow,
  PriceChangeAnswer,
  PriceChangeQuery,
  PricesQuery,
  ProductionQuery,
  QuotaList,
  QuotaQuery,
  ReserveRevisionsQuery,
  ReservesQuery,
  ReservesRevision,
  SalientQuery,
  SeriesQuery,
  SeriesResult,
  SupplySharesQuery,
  Timeline,
  TimelineQuery,
} from "./Query.ts"
import type { ExposureQuery, ExposureResult } from "./query/exposure.ts"
import { type LocalOptions, makeLocal } from "./query/LocalQuery.ts"

/**
 * The ways a remote source (the REST API, UN Comtrade) can fail any call: an HTTP error status,
 * a rate limit, a timeout, an unreachable host, or an answer that does not parse.
 * @category errors
 * @since 0.2.0
 */
export type RemoteFailure =
  | HttpError
  | RateLimitedError
  | TimeoutError
  | SourceUnavailableError
  | InvalidResponseError

/**
 * What each method of the service can fail with, whatever the source: the local engine's own
 * errors plus {@link RemoteFailure} (a remote source). `Effect.catchTags` over these narrows the
 * error channel to `never`. A new method adds its line here and uses `RareEarthErrors["name"]`.
 * @example
 * ```ts
 * import { RareEarth, type RareEarthErrors } from "@rareearth/sdk"
 * import { Effect } from "effect"
 *
 * type ElementError = RareEarthErrors["element"] // NotFoundError | ValidationError | RemoteFailure
 * const dy = RareEarth.use((r) => r.element("Dy")).pipe(
 *   Effect.catchTags({
 *     NotFoundError: () => Effect.succeed(null),
 *     ValidationError: () => Effect.succeed(null),
 *     HttpError: () => Effect.succeed(null),
 *     RateLimitedError: () => Effect.succeed(null),
 *     TimeoutError: () => Effect.succeed(null),
 *     SourceUnavailableError: () => Effect.succeed(null),
 *     InvalidResponseError: () => Effect.succeed(null),
 *   }),
 * ) // Effect<ElementAnswer | null, never, RareEarth>
 * ```
 * @category errors
 * @since 0.2.0
 */
export interface RareEarthErrors {
  /** Nothing locally; a remote source's failures. */
  readonly elements: RemoteFailure
  /** An unknown element (`NotFoundError`), an input that is no element (`ValidationError`). */
  readonly element: NotFoundError | ValidationError | RemoteFailure
  /** A bad `on`, `element` or `form` (`ValidationError`). */
  readonly controls: ValidationError | RemoteFailure
  /** A bad `year` or `kind`. */
  readonly quotas: ValidationError | RemoteFailure
  /**
   * A bad filter or page (`ValidationError`), a store that fails (`StoreError`), an answer cut
   * off at a remote source's row cap (`TruncatedResultError`).
   */
  readonly flows: ValidationError | StoreError | TruncatedResultError | RemoteFailure
  /** As `flows`. */
  readonly allFlows: ValidationError | StoreError | TruncatedResultError | RemoteFailure
  /** As `flows`; a missing commodity or a range over 600 months is a `ValidationError`. */
  readonly series: ValidationError | StoreError | TruncatedResultError | RemoteFailure
  /** A bad `from`/`to`. */
  readonly timeline: ValidationError | RemoteFailure
  /** A store that cannot count its rows. */
  readonly datasetInfo: StoreError | RemoteFailure
  /** A bad bill of materials (`InvalidBomError`, every bad row and column), a bad date. */
  readonly exposure: InvalidBomError | ValidationError | RemoteFailure
  /**
   * The supply-chain queries (production, concentration, reserves, measures, prices, salient
   * statistics, supply shares, commodity groups): a bad filter (`ValidationError`), a source
   * that holds no such data, such as a store of trade flows (`UnsupportedQueryError`).
   */
  readonly supply: ValidationError | UnsupportedQueryError | RemoteFailure
  /** Group flows and the mirror comparison: as `flows`, plus `UnsupportedQueryError`. */
  readonly groupFlows:
    | ValidationError
    | StoreError
    | TruncatedResultError
    | UnsupportedQueryError
    | RemoteFailure
}

/**
 * The operations of the RareEarth service. Every answer carries the `dataAge` of the data it
 * rests on: lists come as `{ items, dataAge }` (`ItemList`), records and pages have the field.
 * @category services
 */
export interface RareEarthService {
  /** The 17 rare earth elements. */
  readonly elements: Effect.Effect<ElementList, RareEarthErrors["elements"]>
  /** One element by symbol, name or atomic number (case-insensitive). */
  readonly element: (
    input: string | number,
  ) => Effect.Effect<ElementAnswer, RareEarthErrors["element"]>
  /**
   * Export-control measures with their status on a date, optionally only those covering an
   * element/form. A date after the data's as-of says so in each row's `horizon` and `summary`.
   */
  readonly controls: (
    query?: ControlsQuery,
  ) => Effect.Effect<ControlList, RareEarthErrors["controls"]>
  /** Production quotas; conflicting claims about one year are all returned. */
  readonly quotas: (query?: QuotaQuery) => Effect.Effect<QuotaList, RareEarthErrors["quotas"]>
  /** One page of trade flows. */
  readonly flows: (
    query?: FlowQuery,
    page?: PageRequest,
  ) => Effect.Effect<FlowPage, RareEarthErrors["flows"]>
  /** Every trade flow matching the query, page by page. */
  readonly allFlows: (
    query?: FlowQuery,
  ) => Stream.Stream<TradeFlow.TradeFlow, RareEarthErrors["allFlows"]>
  /** A monthly series with its changes; missing months are gaps, not zeros. */
  readonly series: (query: SeriesQuery) => Effect.Effect<SeriesResult, RareEarthErrors["series"]>
  /** Policy events and measure lifecycle steps, in date order. */
  readonly timeline: (query?: TimelineQuery) => Effect.Effect<Timeline, RareEarthErrors["timeline"]>
  /** What the source holds. */
  readonly datasetInfo: Effect.Effect<DatasetInfo, RareEarthErrors["datasetInfo"]>
  /**
   * The exposure of a bill of materials on a date (or over a range): contained rare earths per
   * part and in total, the measures reaching each element and form, supply shares and sourced
   * prices, and the age of the data. Bad rows fail with `InvalidBomError` (all-or-nothing).
   * @since 0.2.0
   */
  readonly exposure: (
    query: ExposureQuery,
  ) => Effect.Effect<ExposureResult, RareEarthErrors["exposure"]>
  /**
   * Production by area, year and stage; the latest edition's figure unless `vintages: "all"`.
   * Sources without supply data fail with `UnsupportedQueryError`. @since 0.2.0
   */
  readonly production: (
    query?: ProductionQuery,
  ) => Effect.Effect<ItemList<Production.Production>, RareEarthErrors["supply"]>
  /** Shares of world production, the HHI and an area's share (China by default) by year. @since 0.2.0 */
  readonly concentration: (
    query?: ConcentrationQuery,
  ) => Effect.Effect<ItemList<ConcentrationRow>, RareEarthErrors["supply"]>
  /** Reserves with their typed values (lower bounds, NA); the latest edition's by default. @since 0.2.0 */
  readonly reserves: (
    query?: ReservesQuery,
  ) => Effect.Effect<ItemList<Reserves.Reserves>, RareEarthErrors["supply"]>
  /** Revisions of reserves between consecutive editions. @since 0.2.0 */
  readonly reserveRevisions: (
    query?: ReserveRevisionsQuery,
  ) => Effect.Effect<ItemList<ReservesRevision>, RareEarthErrors["supply"]>
  /** Measures of every jurisdiction (China's included) with their status on a date. @since 0.2.0 */
  readonly measures: (
    query?: MeasuresQuery,
  ) => Effect.Effect<ItemList<MeasureStatusRow>, RareEarthErrors["supply"]>
  /** Price observations by product, market, currency and period. @since 0.2.0 */
  readonly prices: (
    query?: PricesQuery,
  ) => Effect.Effect<ItemList<Price.PriceObservation>, RareEarthErrors["supply"]>
  /** A price's change between two dates (`priceChange` null when either date has no observation). @since 0.2.0 */
  readonly priceChange: (
    query: PriceChangeQuery,
  ) => Effect.Effect<PriceChangeAnswer, RareEarthErrors["supply"]>
  /** The Europe/China premium where both prices are sourced. @since 0.2.0 */
  readonly pricePremium: (
    query?: PremiumQuery,
  ) => Effect.Effect<ItemList<PremiumRow>, RareEarthErrors["supply"]>
  /** USGS salient statistics (US imports, net import reliance...). @since 0.2.0 */
  readonly salientStatistics: (
    query?: SalientQuery,
  ) => Effect.Effect<ItemList<SalientStatistic.SalientStatistic>, RareEarthErrors["supply"]>
  /** Shares of a stage of the chain as publishers state them (IEA refining shares...). @since 0.2.0 */
  readonly supplyShares: (
    query?: SupplySharesQuery,
  ) => Effect.Effect<ItemList<SupplyShare.SupplyShare>, RareEarthErrors["supply"]>
  /** The named groups of rare earth products (core's `Commodity.GROUPS`). @since 0.2.0 */
  readonly commodityGroups: Effect.Effect<
    ItemList<Commodity.CommodityGroup>,
    RareEarthErrors["supply"]
  >
  /** Every trade flow of a commodity group's codes matching the filters. @since 0.2.0 */
  readonly groupFlows: (
    query: GroupFlowsQuery,
  ) => Effect.Effect<GroupFlows, RareEarthErrors["groupFlows"]>
  /** A reporter's exports against its partners' imports of the same code and period. @since 0.2.0 */
  readonly mirror: (
    query: MirrorQuery,
  ) => Effect.Effect<MirrorResult, RareEarthErrors["groupFlows"]>
}

/**
 * The service's methods but the `allFlows` stream: what the Promise client calls (it pages with
 * `flows`), so that a client's bundle holds no Effect `Stream`.
 * @category service
 * @since 0.3.0
 */
export type RareEarthCalls = Omit<RareEarthService, "allFlows">

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
export class RareEarth extends RareEarthKey {
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
