/**
 * The RareEarth service: every query the SDK answers, whatever the source behind it.
 * Sources (embedded dataset, HTTP API, UN Comtrade, files, stores) are layers of this service.
 * @since 0.1.0
 */
import type { Element, Quota, TradeFlow } from "@rareearth/core"
import { Context, type Effect, Layer, type Stream } from "effect"
import type { SdkError } from "./errors.ts"
import type {
  ControlStatusRow,
  ControlsQuery,
  DatasetInfo,
  FlowQuery,
  Page,
  PageRequest,
  QuotaQuery,
  SeriesQuery,
  SeriesResult,
  TimelineItem,
  TimelineQuery,
} from "./Query.ts"
import type { ExposureQuery, ExposureResult } from "./query/exposure.ts"
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
   * The exposure of a bill of materials on a date (or over a range): contained rare earths per
   * part and in total, the measures reaching each element and form, supply shares and sourced
   * prices, and the dataset's as-of date. Bad rows fail with `InvalidBomError` (all-or-nothing).
   * @since 0.2.0
   */
  readonly exposure: (query: ExposureQuery) => Effect.Effect<ExposureResult, SdkError>
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
