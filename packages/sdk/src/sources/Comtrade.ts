/**
 * The Comtrade source: trade flows and series from the UN Comtrade+ API, mapped onto core's
 * TradeFlow, for any reporter, partner and HS code, annual or monthly; trade in core's named
 * commodity groups (`groupFlows`) and mirror statistics (`mirror`: a reporter's exports against
 * its partners' own imports); elements, controls, quotas and the timeline from the embedded
 * reference data. Production, reserves, measures, prices and salient statistics are not
 * Comtrade's: those queries fail with `UnsupportedQueryError`.
 * Fetched rows are loaded into a columnar store and queried with the local engine, so filters,
 * paging and series behave exactly as with the embedded source.
 *
 * Behaviour a user relies on:
 * - the API key travels only in the `Ocp-Apim-Subscription-Key` header, as a `Redacted` value
 *   that prints as `<redacted>`: never in URLs, logs or errors, and never to another origin (a
 *   redirect off the configured base URL's origin is refused with an `HttpError`).
 * - without a key the keyless preview endpoint answers (`/public/v1/preview`): at most 500 rows
 *   per request (a response reaching them fails with `TruncatedResultError`, so narrow the
 *   query: a partner, fewer periods); 429s are retried as below. Enough to try the source; use
 *   a key for larger answers (250 000 rows per request).
 * - `datasetInfo().source` names the kind of source (`comtrade`, or `comtrade (keyless
 *   preview)`), never the base URL: a server relays it to any client.
 * - requests pin breakdowns to totals (`partner2Code=0`, `motCode=0`, `customsCode=C00`) and ask
 *   for at most 12 periods each; a two-year monthly query is two requests.
 * - a response whose `count` reaches the row cap fails with `TruncatedResultError`: never a
 *   silent partial answer. 429s are retried (Retry-After honoured) by the shared remote client.
 * - codes are checked before any request (core's crosswalk: US is 842, not 840), so an empty
 *   `data: []` means Comtrade holds no rows for that filter: the answer is an empty page (and a
 *   series of gaps), not an error.
 * - a body that is not the documented envelope, and rows Comtrade cannot map (an unknown area
 *   code, a period that does not fit its frequency), fail the query with an
 *   `InvalidResponseError` listing each problem (Comtrade's fault, not the caller's): nothing is
 *   dropped silently.
 * - `timeout` bounds one call (`flows`, `series`...), all its requests included.
 * Web APIs only.
 * @since 0.1.0
 */

import * as Commodity from "@rareearth/core/Commodity"
import * as Period from "@rareearth/core/Period"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import {
  HttpError,
  type Issue,
  SourceUnavailableError,
  TruncatedResultError,
  ValidationError,
} from "../Errors.ts"
import {
  COMTRADE_BASE_URL,
  COMTRADE_CAPS,
  ComtradeEnvelope,
  type ComtradeFilter,
  type ComtradeRequest,
  mapComtradeRow,
  planComtradeRequests,
} from "../http/ComtradeApi.ts"
import { InvalidResponseError } from "../http/InvalidResponseError.ts"
import { decodeJson } from "../http/JsonBody.ts"
import {
  type Fetch,
  makeRemoteClient,
  type RetryBackoff,
  type RetryInfo,
  validateRemoteOptions,
} from "../http/Request.ts"
import { RareEarthKey } from "../internal/RareEarthKey.ts"
import { validateRoute } from "../internal/routeValidation.ts"
import type { DataAge, FlowQuery } from "../Query.ts"
import {
  makeLocal,
  type ReferenceData,
  referenceFromDataset,
  validateFlowQuery,
} from "../query/LocalQuery.ts"
import type { RareEarth, RareEarthErrors, RareEarthService } from "../RareEarth.ts"
import { makeColumnarStore } from "../store/ColumnarStore.ts"

/** Options of {@link ComtradeSource}. @category sources @since 0.1.0 */
export interface ComtradeSourceOptions {
  /**
   * Your Comtrade+ subscription key. A plain string is wrapped in a `Redacted` at once. Without
   * a key (absent or ""), the keyless preview endpoint answers: at most 500 rows per request.
   */
  readonly apiKey?: Redacted.Redacted<string> | string | undefined
  /** Default `https://comtradeapi.un.org`; point it at a proxy or a recorded-response server. */
  readonly baseUrl?: string | URL | undefined
  readonly fetch?: Fetch | undefined
  /**
   * Timeout of one call in ms (`flows`, `series`...: all its requests, retries and waits
   * included; `Infinity`: none). Default `DEFAULT_TIMEOUT_MS` (30 000); raise it for long
   * monthly ranges, which take one request per year. A shorter per-call timeout wins.
   */
  readonly timeout?: number | undefined
  /** Retries after the first attempt, on 408, 429, 5xx and network errors. Default 3; 0: none. */
  readonly maxRetries?: number | undefined
  /** The waits between attempts; see `DEFAULT_RETRY_POLICY` for the defaults. */
  readonly retry?: Partial<RetryBackoff> | undefined
  readonly onRetry?: ((retry: RetryInfo) => void) | undefined
  /** How long responses are reused. Default 10 minutes (Comtrade data changes rarely). */
  readonly cacheTtlMs?: number | undefined
  /**
   * The row cap asked for (`maxRecords`); a response reaching it is reported as truncated.
   * Default 250 000 with a key, 500 without (the endpoints' own caps).
   */
  readonly maxRecords?: number | undefined
  /** Reference data for elements, controls, quotas and the timeline. Default: the embedded dataset's. */
  readonly reference?: ReferenceData | undefined
}

const SOURCE = "comtrade"
const KEY_HEADER = "Ocp-Apim-Subscription-Key"

const invalid = (message: string, issues: ReadonlyArray<Issue>): ValidationError =>
  new ValidationError({ message, issues })

const normaliseBaseUrl = (baseUrl: string | URL): Effect.Effect<string, ValidationError> =>
  Effect.suspend(() => {
    try {
      const url = new URL(String(baseUrl))
      if (url.protocol === "http:" || url.protocol === "https:") {
        return Effect.succeed(`${url.origin}${url.pathname.replace(/\/+$/, "")}`)
      }
    } catch {
      // reported below
    }
    const message = `Invalid Comtrade baseUrl ${JSON.stringify(String(baseUrl))}: expected an absolute http(s) URL such as "${COMTRADE_BASE_URL}"`
    return Effect.fail(invalid(message, [{ code: "invalid_url", path: ["baseUrl"], message }]))
  })

/**
 * Builds the Comtrade service.
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { ComtradeSource } from "@rareearth/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const comtrade = yield* ComtradeSource.make({ apiKey: Redacted.make("my-key") })
 *   return yield* comtrade.flows({ reporter: "CN", partner: "US", commodity: "850511", from: "2024", to: "2024" })
 * })
 * ```
 * @category sources
 * @since 0.1.0
 */
const make = (
  options: ComtradeSourceOptions = {},
): Effect.Effect<RareEarthService, ValidationError> =>
  Effect.gen(function* () {
    const base = yield* normaliseBaseUrl(options.baseUrl ?? COMTRADE_BASE_URL)
    yield* validateRemoteOptions(options)
    const apiKey =
      options.apiKey === undefined || options.apiKey === ""
        ? undefined
        : Redacted.isRedacted(options.apiKey)
          ? options.apiKey
          : Redacted.make(options.apiKey, { label: "Comtrade API key" })
    const cap = apiKey === undefined ? COMTRADE_CAPS.preview : COMTRADE_CAPS.keyed
    const maxRecords = options.maxRecords ?? cap
    if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > cap) {
      const message = `Invalid maxRecords ${maxRecords}: expected a whole number from 1 to ${cap} (the ${
        apiKey === undefined ? "keyless preview" : "keyed"
      } endpoint's cap)`
      return yield* invalid(message, [{ code: "invalid_value", path: ["maxRecords"], message }])
    }
    const client = makeRemoteClient({
      source: SOURCE,
      fetch: options.fetch,
      timeout: options.timeout,
      retry: { ...options.retry, maxRetries: options.maxRetries },
      onRetry: options.onRetry,
      cacheTtlMs: options.cacheTtlMs ?? 10 * 60_000,
      headers: apiKey === undefined ? {} : { [KEY_HEADER]: apiKey },
    })
    // The embedded reference data, imported only when no other is given (keeps it out of bundles
    // that never build this source).
    const reference =
      options.reference ??
      referenceFromDataset((yield* Effect.promise(() => import("@rareearth/data"))).dataset)
    const referenceOnly = yield* makeLocal({
      reference,
      store: makeColumnarStore(),
      sourceName: SOURCE,
    })
    const fetchedIds = new Set<string>()

    const endpoint = (request: ComtradeRequest): string => {
      const path =
        apiKey === undefined
          ? `/public/v1/preview/C/${request.freqCode}/HS`
          : `/data/v1/get/C/${request.freqCode}/HS`
      return `${base}${path}?${new URLSearchParams(request.params.map(([k, v]) => [k, v])).toString()}`
    }

    /** One request: fetch, check the envelope and the cap, map the rows. */
    const fetchRequest = (
      request: ComtradeRequest,
      filter: ComtradeFilter,
    ): Effect.Effect<
      { readonly flows: ReadonlyArray<TradeFlow.TradeFlow>; readonly fromCache: boolean },
      RareEarthErrors["flows"]
    > =>
      Effect.gen(function* () {
        const url = endpoint(request)
        const operation = `Comtrade ${request.freqCode === "A" ? "annual" : "monthly"} data for ${request.periods[0]}${
          request.periods.length > 1 ? `..${request.periods[request.periods.length - 1]}` : ""
        }`
        const response = yield* client.get(url, { operation })
        if (response.status < 200 || response.status >= 300) {
          const hint =
            response.status === 401 || response.status === 403
              ? "; check the API key (apiKey) and its subscription"
              : response.status === 404
                ? `; is baseUrl right? Comtrade answers under ${COMTRADE_BASE_URL}`
                : ""
          return yield* new HttpError({
            message: `comtrade: ${operation} failed with HTTP ${response.status}${hint}${
              response.requestId === undefined ? "" : ` (request id ${response.requestId})`
            }`,
            status: response.status,
            url: response.url,
            requestId: response.requestId,
            body: response.body.slice(0, 500),
          })
        }
        const envelope = yield* decodeJson(response, ComtradeEnvelope, operation, SOURCE)
        if (
          envelope.error !== undefined &&
          envelope.error !== null &&
          envelope.error.trim() !== ""
        ) {
          return yield* new SourceUnavailableError({
            message: `comtrade: ${operation} answered with an error: ${envelope.error}`,
            source: SOURCE,
          })
        }
        if (envelope.count >= maxRecords || envelope.data.length >= maxRecords) {
          return yield* new TruncatedResultError({
            message: `comtrade: ${operation} returned ${Math.max(envelope.count, envelope.data.length)} rows, the row cap (maxRecords ${maxRecords}${
              apiKey === undefined ? ", keyless preview" : ""
            }): the answer is probably cut off. Narrow the query (a partner, fewer periods)${
              apiKey === undefined ? " or use an API key (cap 250 000)" : ""
            }.`,
            source: SOURCE,
            cap: maxRecords,
          })
        }
        if (envelope.count > envelope.data.length) {
          return yield* new TruncatedResultError({
            message: `comtrade: ${operation} announced ${envelope.count} rows but sent ${envelope.data.length}: the answer is partial. Narrow the query or try again.`,
            source: SOURCE,
            cap: envelope.data.length,
          })
        }
        const flows: Array<TradeFlow.TradeFlow> = []
        const issues: Array<Issue> = []
        envelope.data.forEach((row, index) => {
          const mapped = mapComtradeRow(row, index, filter)
          if (mapped.ok === true) flows.push(mapped.flow)
          else if (mapped.ok === false) issues.push(mapped.issue)
        })
        if (issues.length > 0) {
          return yield* new InvalidResponseError({
            message: `comtrade: ${issues.length} row${issues.length === 1 ? "" : "s"} of ${operation} could not be mapped: ${issues
              .slice(0, 5)
              .map((item) => item.message)
              .join("; ")}${issues.length > 5 ? "; ..." : ""}`,
            issues,
            source: SOURCE,
            url: response.url,
            status: response.status,
          })
        }
        return { flows, fromCache: response.fromCache }
      })

    /**
     * Plans and runs the requests of a filter, one after another (Comtrade rate-limits), under
     * one deadline: the timeout of the call `method`.
     */
    const fetchFlows = (
      method: string,
      query: FlowQuery,
      frequency: "auto" | "monthly",
    ): Effect.Effect<
      { readonly flows: ReadonlyArray<TradeFlow.TradeFlow>; readonly dataAge: DataAge },
      RareEarthErrors["flows"]
    > =>
      client.timed(
        method,
        Effect.gen(function* () {
          const filter = yield* validateFlowQuery(query)
          const plan = planComtradeRequests(filter, maxRecords, frequency)
          if (!plan.ok) {
            return yield* invalid(
              `comtrade: cannot ask UN Comtrade for this query: ${plan.issues.map((item) => item.message).join("; ")}`,
              plan.issues,
            )
          }
          const chunks = yield* Effect.forEach(plan.requests, (request) =>
            fetchRequest(request, filter),
          )
          const flows = chunks.flatMap((chunk) => chunk.flows)
          for (const flow of flows) fetchedIds.add(flow.id)
          // Live data: its age is the time it was read (a cached answer is at most cacheTtlMs old).
          const retrievedAt = new Date(yield* Clock.currentTimeMillis).toISOString()
          const cached = chunks.length > 0 && chunks.every((chunk) => chunk.fromCache)
          const dataAge: DataAge = cached
            ? { kind: "cache", asOf: retrievedAt.slice(0, 10), source: SOURCE }
            : { kind: "live", asOf: retrievedAt.slice(0, 10), retrievedAt, source: SOURCE }
          return { flows, dataAge }
        }),
      )

    /** The local engine over just these rows. */
    const localOver = (fetched: {
      readonly flows: ReadonlyArray<TradeFlow.TradeFlow>
      readonly dataAge: DataAge
    }) =>
      Effect.gen(function* () {
        const store = makeColumnarStore()
        yield* store.write(fetched.flows)
        return yield* makeLocal({ reference, store, sourceName: SOURCE, dataAge: fetched.dataAge })
      })

    const flows: RareEarthService["flows"] = (query = {}, page) =>
      Effect.gen(function* () {
        const local = yield* localOver(yield* fetchFlows("flows", query, "auto"))
        return yield* local.flows(query, page)
      })

    const allFlows: RareEarthService["allFlows"] = (query = {}) =>
      Stream.unwrap(
        Effect.map(Effect.flatMap(fetchFlows("allFlows", query, "auto"), localOver), (local) =>
          local.allFlows(query),
        ),
      )

    const series: RareEarthService["series"] = (query) =>
      Effect.gen(function* () {
        const filter = yield* validateFlowQuery({
          reporter: query.reporter ?? "CN",
          partner: query.partner ?? "WORLD",
          flow: query.flow ?? "export",
          commodity: query.commodity,
          from: query.from,
          to: query.to,
        })
        // Twelve months before the start too, so the first months get their year-on-year change.
        const from =
          filter.from === undefined
            ? undefined
            : Period.addMonths(Period.firstMonth(filter.from), -12)
        const local = yield* localOver(yield* fetchFlows("series", { ...filter, from }, "monthly"))
        return yield* local.series(query)
      })

    const groupFlows: RareEarthService["groupFlows"] = (query) =>
      Effect.gen(function* () {
        const { group, ...filter } = yield* validateRoute("groupFlows", query)
        const codes = Commodity.parseGroup(group).codes
        // One plan per code, one after another (Comtrade rate-limits).
        const chunks = yield* Effect.forEach(codes, (code) =>
          fetchFlows("groupFlows", { ...filter, commodity: code }, "auto"),
        )
        const [first] = chunks
        const local = yield* localOver({
          flows: chunks.flatMap((chunk) => chunk.flows),
          // Every group has codes, so `first` exists; the fallback keeps the type honest.
          dataAge: first?.dataAge ?? {
            kind: "live",
            asOf: new Date(yield* Clock.currentTimeMillis).toISOString().slice(0, 10),
            source: SOURCE,
          },
        })
        return yield* local.groupFlows(query)
      })

    const mirror: RareEarthService["mirror"] = (query) =>
      Effect.gen(function* () {
        const { reporter, partner, commodity, from, to } = yield* validateRoute("mirror", query)
        const exports = yield* fetchFlows(
          "mirror",
          { reporter, partner, flow: "export", commodity, from, to },
          "auto",
        )
        // The partners' own declarations: every reporter's imports from the reporter, or one's.
        const imports = yield* fetchFlows(
          "mirror",
          { reporter: partner, partner: reporter, flow: "import", commodity, from, to },
          "auto",
        )
        const local = yield* localOver({
          flows: [...exports.flows, ...imports.flows],
          dataAge: exports.dataAge,
        })
        return yield* local.mirror(query)
      })

    return {
      // Production, reserves, measures, prices, salient statistics: Comtrade has none, and
      // the reference-only engine says so (UnsupportedQueryError).
      production: referenceOnly.production,
      concentration: referenceOnly.concentration,
      reserves: referenceOnly.reserves,
      reserveRevisions: referenceOnly.reserveRevisions,
      measures: referenceOnly.measures,
      prices: referenceOnly.prices,
      priceChange: referenceOnly.priceChange,
      pricePremium: referenceOnly.pricePremium,
      salientStatistics: referenceOnly.salientStatistics,
      supplyShares: referenceOnly.supplyShares,
      commodityGroups: referenceOnly.commodityGroups,
      groupFlows,
      mirror,
      elements: referenceOnly.elements,
      element: referenceOnly.element,
      controls: referenceOnly.controls,
      quotas: referenceOnly.quotas,
      flows,
      allFlows,
      series,
      timeline: referenceOnly.timeline,
      exposure: referenceOnly.exposure,
      datasetInfo: Effect.map(referenceOnly.datasetInfo, (info) => ({
        ...info,
        source: apiKey === undefined ? `${SOURCE} (keyless preview)` : SOURCE,
        // What this source has fetched so far: Comtrade's own total is not knowable.
        counts: { ...info.counts, flows: fetchedIds.size },
      })),
    } satisfies RareEarthService
  })

/**
 * The Comtrade source: trade flows from the UN Comtrade+ API, reference data from the
 * embedded dataset.
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { ComtradeSource, RareEarth } from "@rareearth/sdk"
 *
 * const magnets = RareEarth.use((rareEarth) =>
 *   rareEarth.flows({ reporter: "CN", partner: "US", commodity: "850511", from: "2025-01", to: "2025-06" }),
 * ).pipe(Effect.provide(ComtradeSource.layer({ apiKey: Redacted.make("your-subscription-key") })))
 * ```
 * @category sources
 * @since 0.1.0
 */
export const ComtradeSource = {
  /** The name of the source in error messages. */
  name: SOURCE,
  /** The public API's base URL. */
  defaultBaseUrl: COMTRADE_BASE_URL,
  /** The service as an Effect, for building your own layer. */
  make,
  /** The RareEarth service over UN Comtrade (flows, series) and the embedded reference data. */
  layer: (options: ComtradeSourceOptions = {}): Layer.Layer<RareEarth, ValidationError> =>
    Layer.effect(RareEarthKey, make(options)),
} as const
