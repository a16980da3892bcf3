/**
 * The Promise client: the RareEarth service as plain async methods, for code that does not use
 * Effect. Every method takes a last `{ signal, timeout }` argument; rejections are the SDK's
 * error classes (`isRareEarthError(e)`, `e._tag`, `e instanceof NotFoundError`).
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
import { Cause, Effect, Exit, Layer, ManagedRuntime } from "effect"
import {
  AbortedError,
  type SdkError,
  SourceUnavailableError,
  TimeoutError,
  ValidationError,
} from "./errors.ts"
import { CallTimeout } from "./http/request.ts"
import {
  type ConcentrationQuery,
  type ConcentrationRow,
  type ControlStatusRow,
  type ControlsQuery,
  type DatasetInfo,
  type FlowQuery,
  type GroupFlows,
  type GroupFlowsQuery,
  type MeasureStatusRow,
  type MeasuresQuery,
  type MirrorQuery,
  type MirrorResult,
  type Page,
  type PageRequest,
  type PremiumQuery,
  type PremiumRow,
  type PriceChange,
  type PriceChangeQuery,
  type PricesQuery,
  type ProductionQuery,
  type QuotaQuery,
  type ReserveRevisionsQuery,
  type ReservesQuery,
  type ReservesRevision,
  type SalientQuery,
  type SeriesQuery,
  type SeriesResult,
  STORE_PAGE_LIMIT,
  type SupplySharesQuery,
  type TimelineItem,
  type TimelineQuery,
} from "./Query.ts"
import { RareEarth, type RareEarthService } from "./RareEarth.ts"
import { ComtradeSource, type ComtradeSourceOptions } from "./sources/Comtrade.ts"
import { EmbeddedSource } from "./sources/Embedded.ts"
import { HttpSource, type HttpSourceOptions } from "./sources/Http.ts"

/** Options of one call. @category client @since 0.1.0 */
export interface CallOptions {
  /** Aborting rejects the call with `AbortedError` and interrupts its work, retry waits included. */
  readonly signal?: AbortSignal | undefined
  /** Milliseconds before the call rejects with `TimeoutError`; overrides the client's default. */
  readonly timeout?: number | undefined
}

/**
 * Where the client's data comes from: the embedded dataset, any RareEarth layer (files, stores,
 * your own), our REST API (`HttpSource` options) or UN Comtrade (`ComtradeSource` options; the
 * API key may be a plain string or a `Redacted`).
 * @category client
 * @since 0.1.0
 */
export type ClientSource =
  | "embedded"
  | Layer.Layer<RareEarth, SdkError>
  | { readonly http: HttpSourceOptions }
  | { readonly comtrade: ComtradeSourceOptions }

/** Options of {@link createClient}. @category client @since 0.1.0 */
export interface ClientOptions {
  /** Default: `"embedded"`, the dataset shipped with @rareearth/data (no network). */
  readonly source?: ClientSource | undefined
  /** A `fetch` for remote sources (proxies, tests, runtimes without a global fetch). */
  readonly fetch?: typeof globalThis.fetch | undefined
  /**
   * Default timeout of every call in milliseconds (`Infinity`: none). Default per source:
   * embedded 10 s, http 30 s, comtrade 120 s, a custom layer 30 s.
   */
  readonly timeout?: number | undefined
}

/** The default timeouts per kind of source, in milliseconds. @category client @since 0.1.0 */
export const DEFAULT_TIMEOUTS = {
  embedded: 10_000,
  http: 30_000,
  comtrade: 120_000,
  layer: 30_000,
} as const

/** The RareEarth service as Promises. @category client @since 0.1.0 */
export interface RareEarthClient {
  /** The 17 rare earth elements. */
  readonly elements: (options?: CallOptions) => Promise<ReadonlyArray<Element.Element>>
  /** One element by symbol, name or atomic number; rejects with `NotFoundError` if unknown. */
  readonly element: (input: string | number, options?: CallOptions) => Promise<Element.Element>
  /** Export-control measures with their status on a date (default today). */
  readonly controls: (
    query?: ControlsQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<ControlStatusRow>>
  /** Production quotas; rival claims about one year are all returned. */
  readonly quotas: (
    query?: QuotaQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<Quota.Quota>>
  /** One page of trade flows. */
  readonly flows: (
    query?: FlowQuery,
    page?: PageRequest,
    options?: CallOptions,
  ) => Promise<Page<TradeFlow.TradeFlow>>
  /** Every matching trade flow, fetched page by page as you iterate (`for await`). */
  readonly flowsIterator: (
    query?: FlowQuery,
    options?: CallOptions & { readonly pageSize?: number },
  ) => AsyncIterable<TradeFlow.TradeFlow>
  /** A monthly series with its changes; missing months are gaps (`tonnes: null`). */
  readonly series: (query: SeriesQuery, options?: CallOptions) => Promise<SeriesResult>
  /** Policy events and measure lifecycle steps, in date order. */
  readonly timeline: (
    query?: TimelineQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<TimelineItem>>
  /** What the source holds. */
  readonly datasetInfo: (options?: CallOptions) => Promise<DatasetInfo>
  /**
   * Production by area, year and stage (the latest edition's figure unless `vintages: "all"`).
   * Sources of trade flows only reject with `UnsupportedQueryError`. @since 0.2.0
   */
  readonly production: (
    query?: ProductionQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<Production.Production>>
  /** Shares of world production, the HHI and China's (or an area's) share by year. @since 0.2.0 */
  readonly concentration: (
    query?: ConcentrationQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<ConcentrationRow>>
  /** Reserves with their typed values (lower bounds, NA). @since 0.2.0 */
  readonly reserves: (
    query?: ReservesQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<Reserves.Reserves>>
  /** Revisions of reserves between editions. @since 0.2.0 */
  readonly reserveRevisions: (
    query?: ReserveRevisionsQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<ReservesRevision>>
  /** Measures of every jurisdiction with their status on a date (default today). @since 0.2.0 */
  readonly measures: (
    query?: MeasuresQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<MeasureStatusRow>>
  /** Price observations. @since 0.2.0 */
  readonly prices: (
    query?: PricesQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<Price.PriceObservation>>
  /** A price's change between two dates; null when either date has no observation. @since 0.2.0 */
  readonly priceChange: (query: PriceChangeQuery, options?: CallOptions) => Promise<PriceChange>
  /** The Europe/China premium where both are sourced. @since 0.2.0 */
  readonly pricePremium: (
    query?: PremiumQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<PremiumRow>>
  /** USGS salient statistics. @since 0.2.0 */
  readonly salientStatistics: (
    query?: SalientQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<SalientStatistic.SalientStatistic>>
  /** Shares of a stage of the chain as publishers state them. @since 0.2.0 */
  readonly supplyShares: (
    query?: SupplySharesQuery,
    options?: CallOptions,
  ) => Promise<ReadonlyArray<SupplyShare.SupplyShare>>
  /** The named groups of rare earth products. @since 0.2.0 */
  readonly commodityGroups: (
    options?: CallOptions,
  ) => Promise<ReadonlyArray<Commodity.CommodityGroup>>
  /** Trade flows of a commodity group's codes. @since 0.2.0 */
  readonly groupFlows: (query: GroupFlowsQuery, options?: CallOptions) => Promise<GroupFlows>
  /** A reporter's exports against its partners' imports of the same code and period. @since 0.2.0 */
  readonly mirror: (query: MirrorQuery, options?: CallOptions) => Promise<MirrorResult>
  /** Releases the source's resources. Calls made after `close()` reject with `SourceUnavailableError`. */
  readonly close: () => Promise<void>
}

type SourceKind = keyof typeof DEFAULT_TIMEOUTS

const resolveSource = (
  options: ClientOptions,
): {
  readonly layer: Layer.Layer<RareEarth, SdkError>
  readonly kind: SourceKind
  readonly name: string
} => {
  const source = options.source ?? "embedded"
  if (source === "embedded")
    return { layer: EmbeddedSource.layer, kind: "embedded", name: "embedded" }
  if (Layer.isLayer(source)) {
    return {
      layer: source as Layer.Layer<RareEarth, SdkError>,
      kind: "layer",
      name: "custom layer",
    }
  }
  if (typeof source === "object" && source !== null && "http" in source) {
    const http = source.http
    const fetch = http.fetch ?? options.fetch
    return {
      layer: HttpSource.layer({ ...http, ...(fetch === undefined ? {} : { fetch }) }),
      kind: "http",
      name: `http:${String(http.baseUrl)}`,
    }
  }
  if (typeof source === "object" && source !== null && "comtrade" in source) {
    const comtrade = source.comtrade
    const fetch = comtrade.fetch ?? options.fetch
    return {
      layer: ComtradeSource.layer({ ...comtrade, ...(fetch === undefined ? {} : { fetch }) }),
      kind: "comtrade",
      name: "comtrade",
    }
  }
  throw new ValidationError({
    message:
      'Invalid client option "source": expected "embedded", a Layer of RareEarth, { http: { baseUrl } } or { comtrade: { apiKey } }',
    issues: [
      {
        code: "invalid_source",
        path: ["source"],
        message:
          'expected "embedded", a Layer of RareEarth, { http: { baseUrl } } or { comtrade: { apiKey } }',
      },
    ],
  })
}

const checkTimeout = (timeout: unknown, path: ReadonlyArray<string>): number | ValidationError => {
  if (typeof timeout === "number" && timeout > 0 && !Number.isNaN(timeout)) return timeout
  const message = `expected a number of milliseconds greater than 0 (or Infinity for none), got ${String(timeout)}`
  return new ValidationError({
    message: `Invalid option "${path.join(".")}": ${message}`,
    issues: [{ code: "invalid_timeout", path, message }],
  })
}

/**
 * Creates a Promise client over a source (default: the embedded dataset).
 * @example
 * ```ts
 * import { createClient, isRareEarthError } from "@rareearth/sdk"
 *
 * const client = createClient()
 * const { points } = await client.series({ commodity: "magnets", from: "2025-05", to: "2025-06" })
 * console.log(points[1]?.tonnes) // 3188
 * try {
 *   await client.element("Xx")
 * } catch (error) {
 *   if (isRareEarthError(error)) console.log(error._tag) // "NotFoundError"
 * }
 * await client.close()
 * ```
 * @category client
 * @since 0.1.0
 */
export const createClient = (options: ClientOptions = {}): RareEarthClient => {
  const { layer, kind, name } = resolveSource(options)
  const defaultTimeout = checkTimeout(options.timeout ?? DEFAULT_TIMEOUTS[kind], ["timeout"])
  if (defaultTimeout instanceof ValidationError) throw defaultTimeout
  const runtime = ManagedRuntime.make(layer)
  let closed = false

  const run = <A>(
    operation: string,
    use: (service: RareEarthService) => Effect.Effect<A, SdkError>,
    call: CallOptions | undefined,
  ): Promise<A> => {
    if (closed) {
      return Promise.reject(
        new SourceUnavailableError({
          message: `The client is closed (${operation} was called after close()): create a new one with createClient()`,
          source: name,
        }),
      )
    }
    const timeoutMs =
      call?.timeout === undefined ? defaultTimeout : checkTimeout(call.timeout, ["timeout"])
    if (timeoutMs instanceof ValidationError) return Promise.reject(timeoutMs)
    const signal = call?.signal
    const aborted = () =>
      new AbortedError({ message: `${operation} was aborted by its AbortSignal`, operation })
    if (signal?.aborted) return Promise.reject(aborted())

    // Remote sources also learn the deadline, so that they do not start a retry they cannot finish.
    // An explicit timeout (call or client option) also overrides the remote source's own one.
    const explicit = call?.timeout !== undefined || options.timeout !== undefined
    const program =
      explicit && Number.isFinite(timeoutMs)
        ? Effect.provideService(RareEarth.use(use), CallTimeout, timeoutMs)
        : RareEarth.use(use)
    const timed =
      timeoutMs === Number.POSITIVE_INFINITY
        ? program
        : Effect.timeoutOrElse(program, {
            duration: timeoutMs,
            orElse: () =>
              Effect.fail(
                new TimeoutError({
                  message: `${operation} took longer than its timeout of ${timeoutMs} ms (source: ${name})`,
                  timeoutMs,
                  operation,
                }),
              ),
          })
    return runtime
      .runPromiseExit(timed, signal === undefined ? undefined : { signal })
      .then((exit) => {
        if (Exit.isSuccess(exit)) return exit.value
        if (signal?.aborted && Cause.hasInterrupts(exit.cause)) throw aborted()
        const error = Cause.findErrorOption(exit.cause)
        if (error._tag === "Some") throw error.value
        throw Cause.squash(exit.cause)
      })
  }

  const client: RareEarthClient = {
    elements: (call) => run("elements", (service) => service.elements, call),
    element: (input, call) => run("element", (service) => service.element(input), call),
    controls: (query, call) => run("controls", (service) => service.controls(query), call),
    quotas: (query, call) => run("quotas", (service) => service.quotas(query), call),
    flows: (query, page, call) => run("flows", (service) => service.flows(query, page), call),
    flowsIterator: (query, call) => ({
      async *[Symbol.asyncIterator]() {
        const limit = call?.pageSize ?? STORE_PAGE_LIMIT
        let offset: number | null = 0
        while (offset !== null) {
          const page: Page<TradeFlow.TradeFlow> = await client.flows(query, { offset, limit }, call)
          yield* page.items
          offset = page.nextOffset
        }
      },
    }),
    series: (query, call) => run("series", (service) => service.series(query), call),
    timeline: (query, call) => run("timeline", (service) => service.timeline(query), call),
    datasetInfo: (call) => run("datasetInfo", (service) => service.datasetInfo, call),
    production: (query, call) => run("production", (service) => service.production(query), call),
    concentration: (query, call) =>
      run("concentration", (service) => service.concentration(query), call),
    reserves: (query, call) => run("reserves", (service) => service.reserves(query), call),
    reserveRevisions: (query, call) =>
      run("reserveRevisions", (service) => service.reserveRevisions(query), call),
    measures: (query, call) => run("measures", (service) => service.measures(query), call),
    prices: (query, call) => run("prices", (service) => service.prices(query), call),
    priceChange: (query, call) => run("priceChange", (service) => service.priceChange(query), call),
    pricePremium: (query, call) =>
      run("pricePremium", (service) => service.pricePremium(query), call),
    salientStatistics: (query, call) =>
      run("salientStatistics", (service) => service.salientStatistics(query), call),
    supplyShares: (query, call) =>
      run("supplyShares", (service) => service.supplyShares(query), call),
    commodityGroups: (call) => run("commodityGroups", (service) => service.commodityGroups, call),
    groupFlows: (query, call) => run("groupFlows", (service) => service.groupFlows(query), call),
    mirror: (query, call) => run("mirror", (service) => service.mirror(query), call),
    close: async () => {
      if (closed) return
      closed = true
      await runtime.dispose()
    },
  }
  return client
}
