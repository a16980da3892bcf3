/**
 * The supply-chain queries of the local query engine: production, concentration, reserves,
 * measures of every jurisdiction, prices, salient statistics (from the dataset's supply data),
 * and trade in the commodity groups and mirror statistics (from the trade-flow store).
 * Parameters are validated against the API contract (the same parsers and messages as the
 * REST API); the domain logic is core's. A source without supply data (Comtrade, files,
 * stores) fails those queries with `UnsupportedQueryError`, never an empty list.
 * @since 0.2.0
 */
import * as Commodity from "@rareearth/core/Commodity"
import type * as ExportControl from "@rareearth/core/ExportControl"
import * as Measure from "@rareearth/core/Measure"
import * as Mirror from "@rareearth/core/Mirror"
import * as Price from "@rareearth/core/Price"
import * as Production from "@rareearth/core/Production"
import * as Reserves from "@rareearth/core/Reserves"
import * as SalientStatistic from "@rareearth/core/SalientStatistic"
import type * as Source from "@rareearth/core/Source"
import * as SupplyAnalytics from "@rareearth/core/SupplyAnalytics"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import * as Effect from "effect/Effect"
import { UnsupportedQueryError, ValidationError } from "../Errors.ts"
import {
  CONCENTRATION_FORMULA,
  PREMIUM_FORMULA,
  PRICE_CHANGE_FORMULA,
} from "../http/SupplyContract.ts"
import { validateRoute } from "../internal/routeValidation.ts"
import { runCoreQuery } from "../internal/validation.ts"
import type {
  ConcentrationRow,
  DataAge,
  FlowQuery,
  ItemList,
  MeasureStatusRow,
  PremiumRow,
} from "../Query.ts"
import type { RareEarthErrors, RareEarthService } from "../RareEarth.ts"
import type { SupplyData } from "./SupplyData.ts"
import { statusFieldsOf } from "./statusRow.ts"

export { type SupplyData, supplyFromDataset } from "./SupplyData.ts"

type SupplyMethods = Pick<
  RareEarthService,
  | "production"
  | "concentration"
  | "reserves"
  | "reserveRevisions"
  | "measures"
  | "prices"
  | "priceChange"
  | "pricePremium"
  | "salientStatistics"
  | "supplyShares"
  | "commodityGroups"
  | "groupFlows"
  | "mirror"
>

/** What the supply queries need from the engine. */
export interface SupplyContext {
  readonly supply: SupplyData | undefined
  readonly exportControls: ReadonlyArray<ExportControl.ExportControlMeasure>
  readonly sourceName: string
  readonly today: Effect.Effect<string>
  /** The age of the data behind an answer made now (the engine's `dataAge`). */
  readonly dataAge: Effect.Effect<DataAge>
  /** Every flow of the store matching a normalised filter. */
  readonly allRows: (
    filter: FlowQuery,
  ) => Effect.Effect<ReadonlyArray<TradeFlow.TradeFlow>, RareEarthErrors["flows"]>
}

const uniqueSources = (
  records: ReadonlyArray<{ readonly sources: ReadonlyArray<Source.SourceRef> }>,
): Source.SourceRef[] => {
  const byId = new Map<string, Source.SourceRef>()
  for (const record of records) for (const source of record.sources) byId.set(source.id, source)
  return [...byId.values()]
}

const EUROPE_MARKETS: ReadonlySet<Price.Market> = new Set([
  "europe",
  "cif_europe",
  "cif_rotterdam",
  "rotterdam",
])
const CHINA_MARKETS: ReadonlySet<Price.Market> = new Set(["china_domestic", "fob_china"])
// A premium compares market prices: floors, realised averages and transfer prices are not.
const MARKET_KINDS: ReadonlySet<Price.PriceKind> = new Set([
  "assessment",
  "period_average",
  "annual_average",
])

/** The Europe/China premium of one pair, with a source's own conversion when the currencies differ. */
const premiumOf = (
  europe: Price.PriceObservation,
  china: Price.PriceObservation,
): PremiumRow | undefined => {
  const row = (
    premium: Price.Premium | undefined,
    conversion?: PremiumRow["conversion"],
  ): PremiumRow | undefined =>
    premium === undefined
      ? undefined
      : {
          product: europe.product,
          europe,
          china,
          ratio: premium.ratio,
          ...(conversion === undefined ? {} : { conversion }),
          label: "D",
          formula: PREMIUM_FORMULA,
        }
  if (europe.currency === china.currency) return row(Price.premium(europe, china))
  const chinaInEuros = china.equivalents?.find((entry) => entry.currency === europe.currency)
  if (chinaInEuros !== undefined) {
    const converted = { ...china, ...chinaInEuros }
    return row(Price.premium(europe, converted), { of: "china", ...chinaInEuros })
  }
  const europeInYuan = europe.equivalents?.find((entry) => entry.currency === china.currency)
  if (europeInYuan !== undefined) {
    const converted = { ...europe, ...europeInYuan }
    return row(Price.premium(converted, china), { of: "europe", ...europeInYuan })
  }
  return undefined
}

/** The supply-chain methods of the local engine. */
export const makeSupplyQueries = (context: SupplyContext): SupplyMethods => {
  // The kind of source only (`files`, `postgres`, `comtrade`): a name may hold a path or a URL.
  const sourceName =
    /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(context.sourceName)?.[1] ?? context.sourceName

  /** The supply data, or the typed error saying this source holds none of this kind. */
  const supplyFor = (kind: string): Effect.Effect<SupplyData, UnsupportedQueryError> =>
    context.supply === undefined
      ? Effect.fail(
          new UnsupportedQueryError({
            message: `Source "${sourceName}" has no ${kind} data: it holds trade flows only. Use the embedded source (the default) or a server over it for ${kind}.`,
            source: sourceName,
            kind,
          }),
        )
      : Effect.succeed(context.supply)

  /** A list answer: the items and the age of the data behind them. */
  const listOf = <A>(items: ReadonlyArray<A>): Effect.Effect<ItemList<A>> =>
    Effect.map(context.dataAge, (dataAge) => ({ items, dataAge }))
  /** A record answer with the age of the data behind it. */
  const withAge = <A extends object>(answer: A) =>
    Effect.map(context.dataAge, (dataAge) => ({ ...answer, dataAge }))

  const production: SupplyMethods["production"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("production", query)
      const supply = yield* supplyFor("production")
      return yield* listOf(yield* runCoreQuery(() => Production.query(supply.production, filters)))
    })

  const concentration: SupplyMethods["concentration"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("concentration", query)
      const supply = yield* supplyFor("production")
      const stage = filters.stage ?? "mine"
      const area = filters.area ?? "CN"
      const years = [
        ...new Set(
          supply.production
            .filter((record) => record.area === "WORLD" && record.stage === stage)
            .map((record) => record.year),
        ),
      ]
        .filter(
          (year) =>
            (filters.year === undefined || year === filters.year) &&
            (filters.from === undefined || year >= filters.from) &&
            (filters.to === undefined || year <= filters.to),
        )
        .sort((a, b) => a - b)
      const rows: Array<ConcentrationRow> = []
      for (const year of years) {
        const shares = SupplyAnalytics.sharesOfWorld(supply.production, year, { stage })
        if (shares === undefined) continue
        const inputs = supply.production.filter(
          (record) =>
            record.year === year &&
            record.stage === stage &&
            record.edition.id === shares.edition.id,
        )
        rows.push({
          year,
          stage,
          edition: shares.edition,
          worldTonnesReo: shares.worldTonnesReo,
          herfindahlIndex: SupplyAnalytics.herfindahlIndex(shares.shares),
          leader: shares.shares.find((share) => share.area !== "OTHER_COUNTRIES") ?? null,
          area,
          share: shares.shares.find((share) => share.area === area) ?? null,
          shares: [...shares.shares],
          unknownAreas: [...shares.unknownAreas],
          coveragePercent: shares.coveragePercent,
          label: "D",
          formula: CONCENTRATION_FORMULA,
          inputs: inputs.map((record) => record.id),
          sources: uniqueSources(inputs),
        })
      }
      return yield* listOf(rows)
    })

  const reserves: SupplyMethods["reserves"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("reserves", query)
      const supply = yield* supplyFor("reserves")
      return yield* listOf(yield* runCoreQuery(() => Reserves.query(supply.reserves, filters)))
    })

  const reserveRevisions: SupplyMethods["reserveRevisions"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("reserveRevisions", query)
      const supply = yield* supplyFor("reserves")
      const selected =
        filters.area === undefined
          ? supply.reserves
          : supply.reserves.filter((record) => record.area === filters.area)
      return yield* listOf(Reserves.revisionsOf(selected))
    })

  const measures: SupplyMethods["measures"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("measures", query)
      const supply = yield* supplyFor("measures")
      const on = filters.on ?? (yield* context.today)
      const rows = yield* runCoreQuery(() =>
        Measure.query(
          { measures: context.exportControls, worldMeasures: supply.worldMeasures },
          {
            on,
            ...(filters.jurisdiction === undefined ? {} : { jurisdiction: filters.jurisdiction }),
            ...(filters.kind === undefined ? {} : { kind: filters.kind }),
            ...(filters.element === undefined
              ? {}
              : { element: filters.element as Measure.Measure["scope"]["elements"][number] }),
            ...(filters.partner === undefined ? {} : { partner: filters.partner }),
            ...(filters.status === undefined ? {} : { statuses: [filters.status] }),
          },
        ),
      )
      return yield* listOf(rows.map((row): MeasureStatusRow => statusFieldsOf(row, on)))
    })

  const priceFilters = (filters: {
    readonly product?: string | undefined
    readonly market?: string | undefined
    readonly currency?: string | undefined
    readonly kind?: Price.PriceKind | undefined
    readonly from?: string | undefined
    readonly to?: string | undefined
  }): Price.PriceQuery =>
    Object.fromEntries(
      Object.entries(filters).filter(([key, value]) => value !== undefined && key !== "unit"),
    ) as Price.PriceQuery

  /** Core's price query, then the unit (core's query has no unit filter). */
  const selectPrices = (
    observations: ReadonlyArray<Price.PriceObservation>,
    filters: Parameters<typeof priceFilters>[0] & { readonly unit?: "kg" | "tonne" | undefined },
  ) =>
    runCoreQuery(() =>
      Price.query(observations, priceFilters(filters)).filter(
        (item) => filters.unit === undefined || item.unit === filters.unit,
      ),
    )

  const prices: SupplyMethods["prices"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("prices", query)
      const supply = yield* supplyFor("prices")
      return yield* listOf(yield* selectPrices(supply.prices, filters))
    })

  const priceChange: SupplyMethods["priceChange"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("priceChange", query)
      const supply = yield* supplyFor("prices")
      const series = yield* selectPrices(supply.prices, {
        ...filters,
        from: undefined,
        to: undefined,
      })
      // One series only: several kinds or units under one product, market and currency need
      // the caller to pick (a floor is not an assessment).
      const variants = [...new Set(series.map((item) => `${item.kind} per ${item.unit}`))]
      if (variants.length > 1) {
        const message = `${filters.product} in ${filters.market} (${filters.currency}) has ${variants.length} series: ${variants.join(", ")}; give "kind" and "unit" to pick one`
        return yield* new ValidationError({
          message: `Invalid query parameter "kind": ${message}`,
          issues: [{ code: "ambiguous_series", path: ["kind"], message }],
        })
      }
      const result = yield* runCoreQuery(() => Price.change(series, filters.from, filters.to))
      return yield* withAge({
        priceChange:
          result === undefined
            ? null
            : {
                from: result.from,
                to: result.to,
                change: result.change,
                percent: Number.isFinite(result.percent) ? result.percent : null,
                label: "D" as const,
                formula: PRICE_CHANGE_FORMULA,
              },
      })
    })

  const pricePremium: SupplyMethods["pricePremium"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("pricePremium", query)
      const supply = yield* supplyFor("prices")
      const selected = yield* runCoreQuery(() =>
        Price.query(supply.prices, priceFilters({ product: filters.product })),
      )
      const market = selected.filter((item) => MARKET_KINDS.has(item.kind))
      const europe = market.filter(
        (item) =>
          EUROPE_MARKETS.has(item.market) &&
          (filters.from === undefined || item.period.end >= filters.from) &&
          (filters.to === undefined || item.period.start <= filters.to),
      )
      const china = market.filter((item) => CHINA_MARKETS.has(item.market))
      const rows: Array<PremiumRow> = []
      for (const e of europe) {
        for (const c of china) {
          const row = premiumOf(e, c)
          if (row !== undefined) rows.push(row)
        }
      }
      return yield* listOf(rows)
    })

  const salientStatistics: SupplyMethods["salientStatistics"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("salientStatistics", query)
      const supply = yield* supplyFor("salient statistics")
      return yield* listOf(
        yield* runCoreQuery(() => SalientStatistic.query(supply.salientStatistics, filters)),
      )
    })

  const supplyShares: SupplyMethods["supplyShares"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("supplyShares", query)
      const supply = yield* supplyFor("supply shares")
      return yield* listOf(
        supply.supplyShares.filter(
          (share) =>
            (filters.stage === undefined || share.stage === filters.stage) &&
            (filters.year === undefined || share.year === filters.year) &&
            (filters.area === undefined || share.areas.some((area) => area === filters.area)),
        ),
      )
    })

  const groupFlows: SupplyMethods["groupFlows"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("groupFlows", query)
      const group = Commodity.parseGroup(filters.group)
      const { group: _group, ...flowFilter } = filters
      const chunks = yield* Effect.forEach(group.codes, (code) =>
        context.allRows({ ...flowFilter, commodity: code }),
      )
      return yield* withAge({ group, flows: chunks.flat() })
    })

  const mirror: SupplyMethods["mirror"] = (query) =>
    Effect.gen(function* () {
      const filters = yield* validateRoute("mirror", query)
      const { reporter, partner, commodity, from, to } = filters
      const exports = yield* context.allRows({
        reporter,
        partner,
        flow: "export",
        commodity,
        from,
        to,
      })
      const imports = yield* context.allRows({
        reporter: partner,
        partner: reporter,
        flow: "import",
        commodity,
        from,
        to,
      })
      return yield* withAge({
        reporter,
        partner: partner ?? null,
        commodity,
        rows: Mirror.compare(reporter, [...exports, ...imports]),
      })
    })

  return {
    production,
    concentration,
    reserves,
    reserveRevisions,
    measures,
    prices,
    priceChange,
    pricePremium,
    salientStatistics,
    supplyShares,
    commodityGroups: listOf(Commodity.GROUPS),
    groupFlows,
    mirror,
  }
}
