/**
 * The local query engine's calls: every method of the RareEarth service but `allFlows` (a
 * Stream, which LocalQuery.ts adds), over reference data (elements, measures, quotas, events)
 * and a trade-flow store. A module of its own so that a first query of flows (the embedded
 * source's, in a browser) loads neither Effect's streams nor the material presets; the supply
 * queries (LocalSupply.ts) and exposure (exposure.ts, with the BOM reader) load with their
 * first call. The domain logic lives in @rareearth/core; this module validates parameters,
 * reads the store and assembles results.
 * @internal
 */
import * as Commodity from "@rareearth/core/Commodity"
import type * as Dataset from "@rareearth/core/Dataset"
import * as Element from "@rareearth/core/Element"
import type * as ExportControl from "@rareearth/core/ExportControl"
import type * as Material from "@rareearth/core/Material"
import * as Period from "@rareearth/core/Period"
import type * as PolicyEvent from "@rareearth/core/PolicyEvent"
import type * as Price from "@rareearth/core/Price"
import type * as Production from "@rareearth/core/Production"
import type * as Quota from "@rareearth/core/Quota"
import * as Series from "@rareearth/core/Series"
import type * as Source from "@rareearth/core/Source"
import type * as SupplyShare from "@rareearth/core/SupplyShare"
import * as TradeFlow from "@rareearth/core/TradeFlow"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import { NotFoundError, type ValidationError } from "../Errors.ts"
import { deferredCalls } from "../internal/deferredCalls.ts"
import {
  attemptCore,
  invalidParameter,
  optional,
  parseInteger,
  parseParameter,
} from "../internal/validation.ts"
import {
  type DataAge,
  type DatasetInfo,
  DEFAULT_PAGE_LIMIT,
  type FlowQuery,
  type ImportReport,
  MAX_PAGE_LIMIT,
  type Page,
  type PageRequest,
  type SeriesCoverage,
  type SeriesPoint,
  type SeriesQuery,
  STORE_PAGE_LIMIT,
  seriesSpanProblem,
} from "../Query.ts"
import type { RareEarthCalls } from "../RareEarth.ts"
import type { TradeFlowStore } from "../store/TradeFlowStore.ts"
import { invalidElement, parseString } from "./parameters.ts"
import type { SupplyData } from "./SupplyData.ts"

/**
 * The reference part of a dataset: everything but the trade flows, which live in a store.
 * @category models
 * @since 0.1.0
 */
export interface ReferenceData {
  readonly version: string | null
  readonly asOf: string | null
  readonly sources: ReadonlyArray<Source.SourceRef>
  readonly elements: ReadonlyArray<Element.Element>
  readonly measures: ReadonlyArray<ExportControl.ExportControlMeasure>
  readonly quotas: ReadonlyArray<Quota.Quota>
  readonly events: ReadonlyArray<PolicyEvent.PolicyEvent>
  /** Material presets and oxide factors for `exposure` (since 0.2.0; default: none, only `custom` parts). */
  readonly materials?:
    | {
        readonly presets: ReadonlyArray<Material.MaterialPreset>
        readonly factors: ReadonlyArray<Material.OxideFactor>
      }
    | undefined
  /** Production by country and year, for supply concentration (since 0.2.0). */
  readonly production?: ReadonlyArray<Production.Production> | undefined
  /** Stated shares of refining and other stages (since 0.2.0). */
  readonly supplyShares?: ReadonlyArray<SupplyShare.SupplyShare> | undefined
  /** Price observations, for price exposure (since 0.2.0). */
  readonly prices?: ReadonlyArray<Price.PriceObservation> | undefined
}

/** Options of {@link makeLocal}. @category constructors @since 0.1.0 */
export interface LocalOptions {
  readonly reference: ReferenceData
  readonly store: TradeFlowStore
  /** The name reported by `datasetInfo` (`embedded`, `files:exports.csv`, `postgres`...). */
  readonly sourceName: string
  /**
   * The age every answer reports. Default: the reference's `asOf` and `version` (kind
   * `"dataset"`); without an `asOf`, the store is read live (kind `"live"`, retrieved now).
   */
  readonly dataAge?: DataAge | undefined
  /**
   * Production, reserves, measures, prices and salient statistics (see `supplyFromDataset`).
   * Absent: those queries fail with `UnsupportedQueryError` (a source of trade flows only).
   */
  readonly supply?: SupplyData | undefined
  /** What loading the store's files did; `datasetInfo` reports it (`FileSource`). */
  readonly imports?: ReadonlyArray<ImportReport> | undefined
}

/** A source's kind from its name (`postgres://user@host/db` -> `postgres`): no secrets in answers. */
const sourceKind = (name: string): string => /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(name)?.[1] ?? name

/**
 * A dataset's reference data (its flows go to a store), with the material presets and oxide
 * factors `exposure` reads (the dataset does not carry them; see `referenceFromDataset`).
 */
export const referenceOf = (
  dataset: Dataset.Dataset,
  materials: ReferenceData["materials"],
): ReferenceData => ({
  version: dataset.version,
  asOf: dataset.asOf,
  sources: dataset.sources,
  elements: dataset.elements,
  measures: dataset.measures,
  quotas: dataset.quotas,
  events: dataset.events,
  materials,
  production: dataset.production ?? [],
  supplyShares: dataset.supplyShares ?? [],
  prices: dataset.prices ?? [],
})

// The country catalogue (the largest of core's) loads with the first filter naming a country.
const loadCountry = Effect.promise(() => import("@rareearth/core/Country"))
const loadExposure = Effect.promise(() => import("./exposure.ts"))
const loadPolicy = Effect.promise(() => import("./LocalPolicy.ts"))
const loadSupply = Effect.promise(() => import("./LocalSupply.ts"))

// --- parameter validation --------------------------------------------------------------------

const parsePeriod = (parameter: string, input: unknown) =>
  typeof input === "string"
    ? parseParameter(parameter, () => Period.parse(input))
    : Effect.fail(
        invalidParameter(parameter, `expected a period as a string, e.g. "2025-06" or "2025"`),
      )

const checkRange = (from: string | undefined, to: string | undefined) =>
  from !== undefined &&
  to !== undefined &&
  Period.compare(Period.firstMonth(from), Period.lastMonth(to)) > 0
    ? Effect.fail(
        invalidParameter("from", `"from" (${from}) is after "to" (${to})`, "invalid_range"),
      )
    : Effect.void

/** Validates and normalises a flow filter (aliases resolved, codes upper-cased). */
export const validateFlowQuery = Effect.fnUntraced(function* (
  query: FlowQuery,
): Effect.fn.Return<FlowQuery, ValidationError> {
  const from = yield* optional(query.from, () => parsePeriod("from", query.from))
  const to = yield* optional(query.to, () => parsePeriod("to", query.to))
  yield* checkRange(from, to)
  const reporter = yield* optional(query.reporter, () =>
    Effect.flatMap(loadCountry, (Country) =>
      parseString("reporter", query.reporter, Country.parseCountryCode),
    ),
  )
  const partner = yield* optional(query.partner, () =>
    Effect.flatMap(loadCountry, (Country) =>
      parseString("partner", query.partner, Country.parseTradeArea),
    ),
  )
  const flow = yield* optional(query.flow, () =>
    parseString("flow", query.flow, TradeFlow.parseFlowDirection),
  )
  const commodity = yield* optional(query.commodity, () =>
    parseString("commodity", query.commodity, Commodity.parse),
  )
  return { from, to, reporter, partner, flow, commodity }
})

const validatePage = Effect.fnUntraced(function* (
  page: PageRequest | undefined,
): Effect.fn.Return<{ offset: number; limit: number }, ValidationError> {
  const offset =
    page?.offset === undefined
      ? 0
      : yield* parseInteger("offset", page.offset, { min: 0, max: Number.MAX_SAFE_INTEGER })
  const limit =
    page?.limit === undefined
      ? DEFAULT_PAGE_LIMIT
      : yield* parseInteger("limit", page.limit, { min: 1, max: MAX_PAGE_LIMIT })
  return { offset, limit }
})

/** Today's date, `YYYY-MM-DD`, from Effect's clock. */
export const today = Effect.map(Clock.currentTimeMillis, (millis) =>
  new Date(millis).toISOString().slice(0, 10),
)

// --- the engine --------------------------------------------------------------------------------

type PolicyMethods = ReturnType<typeof import("./LocalPolicy.ts").makePolicyQueries>
type SupplyMethods = ReturnType<typeof import("./LocalSupply.ts").makeSupplyQueries>

/** The supply methods (`commodityGroups` an effect, the others functions returning one). */
const SUPPLY_METHODS = [
  "production",
  "concentration",
  "reserves",
  "reserveRevisions",
  "measures",
  "prices",
  "priceChange",
  "pricePremium",
  "salientStatistics",
  "supplyShares",
  "commodityGroups",
  "groupFlows",
  "mirror",
] as const satisfies ReadonlyArray<keyof SupplyMethods>

/**
 * The engine's calls over reference data and a trade-flow store: every method of the service but
 * `allFlows` (see `makeLocal`, which adds it).
 * @internal
 */
export const makeLocalCalls = (options: LocalOptions): Effect.Effect<RareEarthCalls> =>
  Effect.sync(() => {
    const { reference, store, sourceName } = options
    const fixedAge: DataAge | undefined =
      options.dataAge ??
      (reference.asOf === null
        ? undefined
        : {
            kind: "dataset",
            asOf: reference.asOf,
            ...(reference.version === null ? {} : { version: reference.version }),
          })
    /** The age of the data behind an answer made now. */
    const dataAge: Effect.Effect<DataAge> =
      fixedAge === undefined
        ? Effect.map(Clock.currentTimeMillis, (millis) => {
            const retrievedAt = new Date(millis).toISOString()
            return {
              kind: "live",
              asOf: retrievedAt.slice(0, 10),
              retrievedAt,
              source: sourceKind(sourceName),
            }
          })
        : Effect.succeed(fixedAge)
    const withAge = <A extends object>(answer: A) =>
      Effect.map(dataAge, (age) => ({ ...answer, dataAge: age }))
    const listOf = <A>(items: ReadonlyArray<A>) =>
      Effect.map(dataAge, (age) => ({ items, dataAge: age }))

    const elements: RareEarthCalls["elements"] = listOf(reference.elements)

    const element: RareEarthCalls["element"] = (input) =>
      Effect.gen(function* () {
        if (typeof input !== "string" && typeof input !== "number") {
          return yield* invalidElement(input)
        }
        const known = yield* attemptCore(
          () => Element.lookup(input),
          (error) =>
            new NotFoundError({ message: error.message, resource: "element", id: String(input) }),
        )
        const found = reference.elements.find((candidate) => candidate.symbol === known.symbol)
        if (found === undefined) {
          return yield* new NotFoundError({
            message: `Element ${known.symbol} is not in source "${sourceName}" (it holds ${
              reference.elements.map((candidate) => candidate.symbol).join(", ") || "no elements"
            })`,
            resource: "element",
            id: known.symbol,
          })
        }
        return yield* withAge(found)
      })

    const flows: RareEarthCalls["flows"] = (query = {}, page) =>
      Effect.gen(function* () {
        const filter = yield* validateFlowQuery(query)
        const request = yield* validatePage(page)
        return yield* withAge(yield* store.query(filter, request))
      })

    const allRows = (filter: FlowQuery) =>
      Effect.gen(function* () {
        const rows: Array<TradeFlow.TradeFlow> = []
        let offset: number | null = 0
        while (offset !== null) {
          const page: Page<TradeFlow.TradeFlow> = yield* store.query(filter, {
            offset,
            limit: STORE_PAGE_LIMIT,
          })
          rows.push(...page.items)
          offset = page.nextOffset
        }
        return rows
      })

    /** What the store holds for a series' filter in any period (empty is not a gap). */
    const coverageOf = (filter: FlowQuery) =>
      Effect.map(
        store.aggregate({ ...filter, from: undefined, to: undefined }, ["period"]),
        (groups): SeriesCoverage => {
          const periods = groups
            .map((group) => group.key.period)
            .filter((period): period is string => period !== undefined)
            .toSorted()
          const records = groups.reduce((sum, group) => sum + group.count, 0)
          const what = `partner ${filter.partner}, ${filter.flow} from ${filter.reporter}, commodity ${filter.commodity}`
          return {
            records,
            firstPeriod: periods[0] ?? null,
            lastPeriod: periods[periods.length - 1] ?? null,
            note:
              records === 0
                ? `the source has no records for ${what}: every point is empty, not a gap in a covered series`
                : `${records} record${records === 1 ? "" : "s"} for ${what} from ${periods[0]} to ${periods[periods.length - 1]}`,
          }
        },
      )

    const series: RareEarthCalls["series"] = (query) =>
      Effect.gen(function* () {
        if (query === undefined || query === null || query.commodity === undefined) {
          return yield* invalidParameter(
            "commodity",
            'a series needs a commodity, e.g. "magnets", "8505111000" or "GAC:rare-earths"',
            "required",
          )
        }
        const filter = yield* validateFlowQuery({
          reporter: "CN",
          partner: "WORLD",
          flow: "export",
          ...stripUndefined(query),
        })
        const commodity = filter.commodity!
        const requestedFrom = filter.from === undefined ? undefined : Period.firstMonth(filter.from)
        const requestedTo = filter.to === undefined ? undefined : Period.lastMonth(filter.to)
        if (requestedFrom !== undefined && requestedTo !== undefined) {
          yield* checkSpan(requestedFrom, requestedTo)
        }
        // Twelve months more than asked, so that the first months have their changes too.
        const rows = yield* allRows({
          ...filter,
          from: requestedFrom === undefined ? undefined : lookback(requestedFrom),
          to: requestedTo,
        })
        const coverage = yield* coverageOf(filter)
        const observations = TradeFlow.monthlyObservations(rows, commodity)
        const normalised: SeriesQuery = {
          commodity,
          reporter: filter.reporter,
          partner: filter.partner,
          flow: filter.flow,
          from: requestedFrom,
          to: requestedTo,
        }
        const first = observations[0]
        const last = observations[observations.length - 1]
        const from = requestedFrom ?? first?.period
        const to = requestedTo ?? last?.period
        if (from === undefined || to === undefined)
          return yield* withAge({ query: normalised, points: [], coverage })
        yield* checkSpan(from, to)
        const extendedFrom = lookback(from)
        const monthly = Series.monthly(
          observations.map((observation) => ({
            period: observation.period,
            value: observation.tonnes,
          })),
          { from: extendedFrom, to },
        )
        const monthOnMonth = Series.monthOnMonth(monthly)
        const yearOnYear = Series.yearOnYear(monthly)
        const yearToDate = Series.yearToDate(monthly)
        const byPeriod = new Map(
          observations.map((observation) => [observation.period, observation]),
        )
        const points: Array<SeriesPoint> = []
        monthly.forEach((point, index) => {
          if (Period.compare(point.period, from) < 0) return
          const observation = point.value === null ? undefined : byPeriod.get(point.period)
          points.push({
            period: point.period,
            tonnes: point.value,
            changePercent: monthOnMonth[index]?.value ?? null,
            yearOnYearPercent: yearOnYear[index]?.value ?? null,
            yearToDateTonnes: yearToDate[index]?.value ?? null,
            confidence: observation?.confidence ?? null,
            sourceIds: observation === undefined ? [] : [...observation.sourceIds],
          })
        })
        return yield* withAge({ query: normalised, points, coverage })
      })

    const datasetInfo: RareEarthCalls["datasetInfo"] = Effect.zipWith(
      store.count,
      dataAge,
      (flowCount, age): DatasetInfo => ({
        source: sourceName,
        version: reference.version,
        asOf: reference.asOf,
        counts: {
          elements: reference.elements.length,
          measures: reference.measures.length,
          quotas: reference.quotas.length,
          flows: flowCount,
          events: reference.events.length,
        },
        dataAge: age,
        ...(options.imports === undefined ? {} : { imports: [...options.imports] }),
      }),
    )

    // Exposure (with the BOM reader) loads with its first call.
    const exposure: RareEarthCalls["exposure"] = (query) =>
      Effect.flatMap(
        Effect.flatMap(loadExposure, ({ exposureOf }) =>
          exposureOf(
            {
              version: reference.version,
              asOf: reference.asOf,
              measures: reference.measures,
              presets: reference.materials?.presets ?? [],
              factors: reference.materials?.factors ?? [],
              production: reference.production ?? [],
              supplyShares: reference.supplyShares ?? [],
              prices: reference.prices ?? [],
            },
            query,
          ),
        ),
        withAge,
      )

    let policy: PolicyMethods | undefined
    const policyQueries = Effect.map(loadPolicy, ({ makePolicyQueries }) => {
      policy ??= makePolicyQueries({ reference, today, dataAge })
      return policy
    })
    let supply: SupplyMethods | undefined
    const supplyQueries = Effect.map(loadSupply, ({ makeSupplyQueries }) => {
      supply ??= makeSupplyQueries({
        supply: options.supply,
        exportControls: reference.measures,
        sourceName,
        today,
        dataAge,
        allRows,
      })
      return supply
    })

    return {
      elements,
      element,
      flows,
      series,
      datasetInfo,
      exposure,
      // The queries of measures, quotas and events load with their first call.
      ...deferredCalls<PolicyMethods, "controls" | "quotas" | "timeline">(
        ["controls", "quotas", "timeline"],
        [],
        () => policyQueries,
      ),
      // The supply queries (and the API contract they validate with) load with their first call.
      ...deferredCalls<SupplyMethods, (typeof SUPPLY_METHODS)[number]>(
        SUPPLY_METHODS,
        ["commodityGroups"],
        () => supplyQueries,
      ),
    } satisfies RareEarthCalls
  })

/** A series range over MAX_SERIES_MONTHS fails naming `from` (the same check as the REST API's). */
const checkSpan = (from: Period.Month, to: Period.Month) => {
  const problem = seriesSpanProblem(from, to)
  return problem === undefined
    ? Effect.void
    : Effect.fail(invalidParameter("from", problem, "too_big"))
}

/** Twelve months before `month`, stopping at the first month of the calendar (0000-01). */
const lookback = (month: Period.Month): Period.Month =>
  Period.compare(month, "0001-01") >= 0 ? Period.addMonths(month, -12) : "0000-01"

const stripUndefined = <A extends object>(value: A): Partial<A> =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<A>
