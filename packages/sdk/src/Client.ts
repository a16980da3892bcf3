/**
 * The Promise client: the RareEarth service as plain async methods, for code that does not use
 * Effect. Every method takes a last `{ signal, timeout }` argument; rejections are the SDK's
 * error classes (`isRareEarthError(e)`, `e._tag`, `e instanceof NotFoundError`).
 * @since 0.1.0
 */

import type * as Commodity from "@rareearth/core/Commodity"
import type * as Lookup from "@rareearth/core/Lookup"
import type * as Price from "@rareearth/core/Price"
import type * as Production from "@rareearth/core/Production"
import type * as Reserves from "@rareearth/core/Reserves"
import type * as SalientStatistic from "@rareearth/core/SalientStatistic"
import type * as SupplyShare from "@rareearth/core/SupplyShare"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import {
  AbortedError,
  type SdkError,
  SourceUnavailableError,
  TimeoutError,
  ValidationError,
} from "./Errors.ts"
import { CallTimeout, DEFAULT_TIMEOUT_MS } from "./http/CallTimeout.ts"
import type { HttpSourceOptions } from "./http/HttpCalls.ts"
import { RareEarthKey } from "./internal/RareEarthKey.ts"
import { type LoggingOptions, loggingLayer } from "./Logging.ts"
import {
  type ConcentrationQuery,
  type ConcentrationRow,
  type ControlList,
  type ControlsQuery,
  type DatasetInfo,
  type ElementAnswer,
  type ElementList,
  type FlowPage,
  type FlowQuery,
  type GroupFlows,
  type GroupFlowsQuery,
  type ItemList,
  type MeasureStatusRow,
  type MeasuresQuery,
  type MirrorQuery,
  type MirrorResult,
  type PageRequest,
  type PremiumQuery,
  type PremiumRow,
  type PriceChangeAnswer,
  type PriceChangeQuery,
  type PricesQuery,
  type ProductionQuery,
  type QuotaList,
  type QuotaQuery,
  type ReserveRevisionsQuery,
  type ReservesQuery,
  type ReservesRevision,
  type SalientQuery,
  type SeriesQuery,
  type SeriesResult,
  STORE_PAGE_LIMIT,
  type SupplySharesQuery,
  type Timeline,
  type TimelineQuery,
} from "./Query.ts"
import type { ExposureQuery, ExposureResult } from "./query/exposure.ts"
import type { RareEarth, RareEarthCalls } from "./RareEarth.ts"
import type { ComtradeSourceOptions } from "./sources/Comtrade.ts"

/**
 * What the client calls: the service but its `allFlows` stream (the client pages with `flows`),
 * so that a client on the Http source is built from the source's calls alone, without Effect's
 * `Stream` and what it pulls in.
 */
class ClientCalls extends Context.Service<ClientCalls, RareEarthCalls>()(
  "@rareearth/sdk/ClientCalls",
) {}

/** The client's calls over a layer of the RareEarth service. */
const callsOf = <E>(source: Layer.Layer<RareEarth, E>): Layer.Layer<ClientCalls, E> =>
  Layer.provide(Layer.effect(ClientCalls, RareEarthKey), source)

// The embedded and Comtrade sources (the local query engine, the columnar store, the dataset)
// load when a client uses them: a browser app on the Http source does not carry them.
const lazyLayer = <E>(
  load: () => Promise<Layer.Layer<RareEarth, E>>,
): Layer.Layer<ClientCalls, E> => callsOf(Layer.unwrap(Effect.promise(load)))

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
export interface ClientOptions extends LoggingOptions {
  /** Default: `"embedded"`, the dataset shipped with @rareearth/data (no network). */
  readonly source?: ClientSource | undefined
  /** A `fetch` for remote sources (proxies, tests, runtimes without a global fetch). */
  readonly fetch?: typeof globalThis.fetch | undefined
  /**
   * Timeout of every call in milliseconds (`Infinity`: none); a call's own `timeout` replaces
   * it. One rule for every source: every timeout given holds, so the shortest wins (a remote
   * source's own `timeout` included), and `DEFAULT_TIMEOUT_MS` (30 s) applies only when none
   * was given.
   */
  readonly timeout?: number | undefined
  /**
   * Retries after a failed attempt of a remote source (`http`, `comtrade`) on 408, 429, 5xx and
   * network errors. Default 3; 0: none. The source's own `maxRetries` wins when both are given.
   */
  readonly maxRetries?: number | undefined
}

/**
 * A page that is also an async iterable: `await` it for the page, or `for await` over it for
 * every item from that page on, the next pages fetched as you go (like stripe's lists).
 * @example
 * ```ts
 * import { createClient } from "@rareearth/sdk"
 * const client = createClient()
 * const page = await client.flows({ commodity: "magnets" }, { limit: 10 }) // one page
 * for await (const flow of client.flows({ commodity: "magnets" }, { limit: 10 })) {
 *   console.log(flow.period) // every matching flow, ten per request
 * }
 * ```
 * @category client
 * @since 0.2.0
 */
export interface PagePromise<P, A> extends Promise<P>, AsyncIterable<A> {}

/**
 * The RareEarth service as Promises. Every method may reject with `TimeoutError` (its timeout
 * passed), `AbortedError` (its signal fired), `SourceUnavailableError` (called after `close()`,
 * or a remote source unreachable) and `ValidationError` (a bad `timeout` option); a remote source
 * (`http`, `comtrade`) adds `HttpError`, `RateLimitedError` and `InvalidResponseError`. Each
 * method names the errors of its own below (`RareEarthErrors` in the Effect API).
 * @category client
 * @since 0.1.0
 */
export interface RareEarthClient {
  /** The 17 rare earth elements. Rejects only with the errors every method shares. */
  readonly elements: (options?: CallOptions) => Promise<ElementList>
  /**
   * One element by symbol, name or atomic number. Rejects with `NotFoundError` if unknown,
   * `ValidationError` if the input is no symbol, name or number.
   */
  readonly element: (input: string | number, options?: CallOptions) => Promise<ElementAnswer>
  /**
   * Export-control measures with their status on a date (default today); for a date after the
   * data's as-of, each row's `horizon.beyond` is true and its `summary` says so. Rejects with
   * `ValidationError` naming a bad `on`, `element` or `form`.
   */
  readonly controls: (query?: ControlsQuery, options?: CallOptions) => Promise<ControlList>
  /** Production quotas; rival claims about one year are all returned. Rejects with `ValidationError` (bad `year`/`kind`). */
  readonly quotas: (query?: QuotaQuery, options?: CallOptions) => Promise<QuotaList>
  /**
   * One page of trade flows; `for await` over the answer walks every page from this one on.
   * Rejects with `ValidationError` (bad filter or page), `StoreError` (a store source failed),
   * `TruncatedResultError` (UN Comtrade's row cap cut the answer).
   */
  readonly flows: (
    query?: FlowQuery,
    page?: PageRequest,
    options?: CallOptions,
  ) => PagePromise<FlowPage, TradeFlow.TradeFlow>
  /**
   * Every matching trade flow, fetched page by page (`pageSize`, default 1 000) as you iterate
   * (`for await`); the service's `allFlows` is the same as an Effect `Stream`. Rejects as `flows`.
   */
  readonly allFlows: (
    query?: FlowQuery,
    options?: CallOptions & { readonly pageSize?: number },
  ) => AsyncIterable<TradeFlow.TradeFlow>
  /**
   * A monthly series with its changes; missing months are gaps (`tonnes: null`). Rejects as
   * `flows` does, and with `ValidationError` when `commodity` is missing.
   */
  readonly series: (query: SeriesQuery, options?: CallOptions) => Promise<SeriesResult>
  /** Policy events and measure lifecycle steps, in date order. Rejects with `ValidationError` (bad `from`/`to`). */
  readonly timeline: (query?: TimelineQuery, options?: CallOptions) => Promise<Timeline>
  /** What the source holds. Rejects with `StoreError` when a store cannot count its rows. */
  readonly datasetInfo: (options?: CallOptions) => Promise<DatasetInfo>
  /**
   * Countries, commodity codes, product forms and elements matching a name or keyword
   * (`"korea"`, `"magnet"`, `"NdFeB"`, `"oxide"`, `"dysprosium"`), best first: core's
   * `Lookup.lookup` over core's catalogues (no source, no data age). A Promise: the catalogues
   * load with the first lookup, so that a client's first chunk does not carry them.
   */
  readonly lookup: (text: string) => Promise<Lookup.LookupResult>
  /**
   * The exposure of a bill of materials (records, file text or lines read by `readBomFile`) on a
   * date or over a range; rejects with `InvalidBomError` naming each bad row and column.
   * @since 0.2.0
   */
  readonly exposure: (query: ExposureQuery, options?: CallOptions) => Promise<ExposureResult>
  /**
   * Production by area, year and stage (the latest edition's figure unless `vintages: "all"`).
   * Sources of trade flows only reject with `UnsupportedQueryError`. @since 0.2.0
   */
  readonly production: (
    query?: ProductionQuery,
    options?: CallOptions,
  ) => Promise<ItemList<Production.Production>>
  /** Shares of world production, the HHI and China's (or an area's) share by year. @since 0.2.0 */
  readonly concentration: (
    query?: ConcentrationQuery,
    options?: CallOptions,
  ) => Promise<ItemList<ConcentrationRow>>
  /** Reserves with their typed values (lower bounds, NA). @since 0.2.0 */
  readonly reserves: (
    query?: ReservesQuery,
    options?: CallOptions,
  ) => Promise<ItemList<Reserves.Reserves>>
  /** Revisions of reserves between editions. @since 0.2.0 */
  readonly reserveRevisions: (
    query?: ReserveRevisionsQuery,
    options?: CallOptions,
  ) => Promise<ItemList<ReservesRevision>>
  /** Measures of every jurisdiction with their status on a date (default today). @since 0.2.0 */
  readonly measures: (
    query?: MeasuresQuery,
    options?: CallOptions,
  ) => Promise<ItemList<MeasureStatusRow>>
  /** Price observations. @since 0.2.0 */
  readonly prices: (
    query?: PricesQuery,
    options?: CallOptions,
  ) => Promise<ItemList<Price.PriceObservation>>
  /** A price's change between two dates; `priceChange` null when either date has no observation. @since 0.2.0 */
  readonly priceChange: (
    query: PriceChangeQuery,
    options?: CallOptions,
  ) => Promise<PriceChangeAnswer>
  /** The Europe/China premium where both are sourced. @since 0.2.0 */
  readonly pricePremium: (
    query?: PremiumQuery,
    options?: CallOptions,
  ) => Promise<ItemList<PremiumRow>>
  /** USGS salient statistics. @since 0.2.0 */
  readonly salientStatistics: (
    query?: SalientQuery,
    options?: CallOptions,
  ) => Promise<ItemList<SalientStatistic.SalientStatistic>>
  /** Shares of a stage of the chain as publishers state them. @since 0.2.0 */
  readonly supplyShares: (
    query?: SupplySharesQuery,
    options?: CallOptions,
  ) => Promise<ItemList<SupplyShare.SupplyShare>>
  /** The named groups of rare earth products. @since 0.2.0 */
  readonly commodityGroups: (options?: CallOptions) => Promise<ItemList<Commodity.CommodityGroup>>
  /** Trade flows of a commodity group's codes. @since 0.2.0 */
  readonly groupFlows: (query: GroupFlowsQuery, options?: CallOptions) => Promise<GroupFlows>
  /** A reporter's exports against its partners' imports of the same code and period. @since 0.2.0 */
  readonly mirror: (query: MirrorQuery, options?: CallOptions) => Promise<MirrorResult>
  /** Releases the source's resources. Calls made after `close()` reject with `SourceUnavailableError`. */
  readonly close: () => Promise<void>
}

/** Remote sources apply the timeout rule themselves (they know their retries); others get it here. */
type SourceKind = "embedded" | "layer" | "remote"

const resolveSource = (
  options: ClientOptions,
): {
  readonly layer: Layer.Layer<ClientCalls, SdkError>
  readonly kind: SourceKind
  readonly name: string
} => {
  const source = options.source ?? "embedded"
  if (source === "embedded")
    return {
      // The embedded source's calls without `allFlows` (the client pages with `flows`): no
      // Effect streams, and no query engine until a question needs one.
      layer: Layer.unwrap(
        Effect.promise(async () => {
          const { embeddedCalls } = await import("./sources/EmbeddedCalls.ts")
          return Layer.effect(
            ClientCalls,
            Effect.map(embeddedCalls("embedded"), (embedded) => embedded.calls),
          )
        }),
      ),
      kind: "embedded",
      name: "embedded",
    }
  if (Layer.isLayer(source)) {
    return {
      layer: callsOf(source as Layer.Layer<RareEarth, SdkError>),
      kind: "layer",
      name: "custom layer",
    }
  }
  if (typeof source === "object" && source !== null && "http" in source) {
    const http = source.http
    const fetch = http.fetch ?? options.fetch
    return {
      // The remote client loads with the first call: an embedded client does not carry it.
      layer: Layer.unwrap(
        Effect.promise(async () => {
          const { makeHttpCalls } = await import("./http/HttpCalls.ts")
          return Layer.effect(
            ClientCalls,
            makeHttpCalls({
              ...http,
              ...(fetch === undefined ? {} : { fetch }),
              maxRetries: http.maxRetries ?? options.maxRetries,
            }),
          )
        }),
      ),
      kind: "remote",
      name: `http:${String(http.baseUrl)}`,
    }
  }
  if (typeof source === "object" && source !== null && "comtrade" in source) {
    const comtrade = source.comtrade
    const fetch = comtrade.fetch ?? options.fetch
    return {
      layer: lazyLayer(async () =>
        (await import("./sources/Comtrade.ts")).ComtradeSource.layer({
          ...comtrade,
          ...(fetch === undefined ? {} : { fetch }),
          maxRetries: comtrade.maxRetries ?? options.maxRetries,
        }),
      ),
      kind: "remote",
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

/** Yields the items of a page and of every page after it, following `nextOffset`. */
async function* walkPages(
  first: Promise<FlowPage>,
  next: (request: { offset: number; limit: number }) => Promise<FlowPage>,
): AsyncGenerator<TradeFlow.TradeFlow> {
  let page = await first
  for (;;) {
    yield* page.items
    if (page.nextOffset === null || page.items.length === 0) return
    page = await next({ offset: page.nextOffset, limit: page.limit })
  }
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
  const clientTimeout =
    options.timeout === undefined ? undefined : checkTimeout(options.timeout, ["timeout"])
  if (clientTimeout instanceof ValidationError) throw clientTimeout
  // The logging layer is provided to the source too: its construction may log (FileSource).
  const logging = loggingLayer(options)
  const runtime = ManagedRuntime.make(Layer.provideMerge(layer, logging))
  let closed = false

  const run = <A>(
    operation: string,
    use: (calls: RareEarthCalls) => Effect.Effect<A, SdkError>,
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
    const given =
      call?.timeout === undefined ? clientTimeout : checkTimeout(call.timeout, ["timeout"])
    if (given instanceof ValidationError) return Promise.reject(given)
    const signal = call?.signal
    const aborted = () =>
      new AbortedError({ message: `${operation} was aborted by its AbortSignal`, operation })
    if (signal?.aborted) return Promise.reject(aborted())

    // A given timeout reaches the source as the call's (remote sources take the shortest of it
    // and their own, and do not start a retry they cannot finish). Remote sources time the call
    // themselves; other sources are timed here, by DEFAULT_TIMEOUT_MS when none was given.
    const program =
      given === undefined
        ? ClientCalls.use(use)
        : Effect.provideService(ClientCalls.use(use), CallTimeout, given)
    const timeoutMs = kind === "remote" ? undefined : (given ?? DEFAULT_TIMEOUT_MS)
    const timed =
      timeoutMs === undefined || timeoutMs === Number.POSITIVE_INFINITY
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
    flows: (query, page, call) => {
      const first = run("flows", (service) => service.flows(query, page), call)
      return Object.assign(first, {
        [Symbol.asyncIterator]: () => walkPages(first, (next) => client.flows(query, next, call)),
      })
    },
    allFlows: (query, call) => ({
      [Symbol.asyncIterator]: () => {
        const limit = call?.pageSize ?? STORE_PAGE_LIMIT
        return walkPages(client.flows(query, { offset: 0, limit }, call), (next) =>
          client.flows(query, next, call),
        )
      },
    }),
    series: (query, call) => run("series", (service) => service.series(query), call),
    timeline: (query, call) => run("timeline", (service) => service.timeline(query), call),
    datasetInfo: (call) => run("datasetInfo", (service) => service.datasetInfo, call),
    // The catalogues (countries, commodities, elements) load with the first lookup.
    lookup: async (text) => (await import("@rareearth/core/Lookup")).lookup(text),
    exposure: (query, call) => run("exposure", (service) => service.exposure(query), call),
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
