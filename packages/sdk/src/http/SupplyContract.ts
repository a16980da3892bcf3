/**
 * The supply-chain part of the REST API contract: production (with China's share and the HHI
 * by year), reserves and their revisions, measures of every jurisdiction, prices (with a
 * change between two dates and the Europe/China premium), USGS salient statistics, trade in
 * the named commodity groups and mirror statistics. `ApiContract.Routes` includes these
 * routes; the parameters run core's parsers, so every surface says the same about a bad value.
 * @since 0.2.0
 */
import * as Commodity from "@rareearth/core/Commodity"
import * as Currency from "@rareearth/core/Currency"
import * as Edition from "@rareearth/core/Edition"
import * as Element from "@rareearth/core/Element"
import * as ExportControl from "@rareearth/core/ExportControl"
import * as Jurisdiction from "@rareearth/core/Jurisdiction"
import * as Measure from "@rareearth/core/Measure"
import * as Mirror from "@rareearth/core/Mirror"
import * as Period from "@rareearth/core/Period"
import * as Price from "@rareearth/core/Price"
import * as Production from "@rareearth/core/Production"
import * as Reserves from "@rareearth/core/Reserves"
import * as SalientStatistic from "@rareearth/core/SalientStatistic"
import * as SupplyShare from "@rareearth/core/SupplyShare"
import * as z from "zod/mini"
import { ClientRoutes } from "./ClientRoutes.ts"
import {
  COMMODITY_EXPECTED,
  ELEMENT_EXPECTED,
  flowFilterParameters,
  type ParameterSpec,
  type Parameters,
  route,
  text,
  wholeNumber,
} from "./ContractParameters.ts"
import { SupplyResponses } from "./SupplyResponses.ts"

// The response schemas live in SupplySchemas.ts; re-exported here, one module for the routes.
export * from "./SupplySchemas.ts"

import {
  AreaShare,
  CONCENTRATION_FORMULA,
  ConcentrationRow,
  MeasureStatusRow,
  PREMIUM_FORMULA,
  PRICE_CHANGE_FORMULA,
  PremiumRow,
  ReservesRevision,
} from "./SupplySchemas.ts"

// --- parameters -------------------------------------------------------------------------------

const YEAR_EXPECTED = "a year from 1900 to 2100"

const yearParameter = (description: string): ParameterSpec<ReturnType<typeof wholeNumber>> => ({
  schema: wholeNumber(1900, 2100),
  required: false,
  description,
  expected: YEAR_EXPECTED,
  example: "2024",
})

const areaParameter = {
  schema: Edition.SupplyArea,
  required: false,
  description:
    'A country, "WORLD" or "OTHER_COUNTRIES" (any case; alpha-3 codes and names accepted).',
  expected:
    'a country (ISO alpha-2 or alpha-3 code or English name, e.g. "CN", "AUS", "Myanmar"), "WORLD" or "OTHER_COUNTRIES"',
  example: "CN",
  check: Edition.parseArea,
} as const satisfies ParameterSpec

const stageParameter = {
  schema: Production.ProductionStage,
  required: false,
  description: "The stage of the chain: mine production (default for shares) or refined output.",
  expected: `one of ${Production.ProductionStage.options.join(", ")} (or mining, refining)`,
  example: "mine",
  check: Production.parseStage,
} as const satisfies ParameterSpec

const editionParameter = {
  schema: text,
  required: false,
  description: 'Only this edition (a vintage), e.g. "mcs-2025"; an edition no record has is a 400.',
  expected: 'an edition id such as "mcs-2025" or "mcs-2026-v1.0"',
  example: "mcs-2025",
} as const satisfies ParameterSpec

const vintagesParameter = {
  schema: z.enum(["latest", "all"]),
  required: false,
  description:
    'Which editions answer: "latest" (default) the latest edition per figure, "all" every edition\'s (the revision trail).',
  expected: '"latest" or "all"',
  example: "all",
} as const satisfies ParameterSpec

const dateParameter = <R extends boolean = false>(description: string, required?: R) =>
  ({
    schema: Period.IsoDate,
    required: (required ?? false) as R,
    description,
    expected: 'a calendar date "YYYY-MM-DD", e.g. "2025-04-04"',
    example: "2025-04-04",
    check: Period.parseDate,
  }) as const satisfies ParameterSpec

const productParameter = <R extends boolean>(required: R) =>
  ({
    schema: Price.Product,
    required,
    description: 'A product: a code ("ndpr_oxide") or a name ("NdPr oxide", "terbium metal").',
    expected: `one of ${Price.Product.options.join(", ")} (or a name such as "NdPr oxide", "terbium metal")`,
    example: "ndpr_oxide",
    check: Price.parseProduct,
  }) as const satisfies ParameterSpec

const marketParameter = <R extends boolean>(required: R) =>
  ({
    schema: Price.Market,
    required,
    description: 'A market ("china_domestic", "FOB China", "europe"...).',
    expected: `one of ${Price.Market.options.join(", ")}`,
    example: "china_domestic",
    check: Price.parseMarket,
  }) as const satisfies ParameterSpec

const currencyParameter = <R extends boolean>(required: R) =>
  ({
    schema: Currency.Currency,
    required,
    description: 'A currency: an ISO code ("USD", "cny") or a written form ("yuan", "A$").',
    expected: `one of ${Currency.Currency.options.join(", ")} (or ${Object.keys(Currency.ALIASES).join(", ")})`,
    example: "CNY",
    check: Currency.parse,
  }) as const satisfies ParameterSpec

const unitParameter = {
  schema: z.enum(["kg", "tonne"]),
  required: false,
  description: "Only prices per this unit.",
  expected: '"kg" or "tonne"',
  example: "tonne",
} as const satisfies ParameterSpec

const priceKindParameter = {
  schema: Price.PriceKind,
  required: false,
  description: "Only this kind of price (assessment, realised_average, floor...).",
  expected: `one of ${Price.PriceKind.options.join(", ")}`,
  example: "assessment",
} as const satisfies ParameterSpec

const productionFilters = {
  /** Only this area: a country, `WORLD` or `OTHER_COUNTRIES` (`cn`, `AUS`, `Myanmar`). */
  area: areaParameter,
  /** Only this year. */
  year: yearParameter("Only this year."),
  /** First year, inclusive. */
  from: yearParameter("First year, inclusive."),
  /** Last year, inclusive. */
  to: yearParameter("Last year, inclusive."),
  /** Only this stage: `mine` or `refined`. */
  stage: stageParameter,
  /** Only this edition, e.g. `mcs-2025`. */
  edition: editionParameter,
  /** `latest` (default): the latest edition per figure; `all`: every edition's. */
  vintages: vintagesParameter,
} as const satisfies Parameters

// --- routes -----------------------------------------------------------------------------------

/**
 * The supply-chain routes, included in `ApiContract.Routes`.
 * @example
 * ```ts
 * import { ApiContract, SupplyContract } from "@rareearth/sdk"
 * console.log(ApiContract.API_PREFIX + SupplyContract.SupplyRoutes.measures.path) // "/api/v1/measures"
 * ```
 * @category contract
 * @since 0.2.0
 */
export const SupplyRoutes = {
  production: route({
    operationId: "listProduction",
    path: ClientRoutes.production.path,
    summary: "Rare earth production by area and year",
    description:
      "Tonnes of REO by country (or WORLD, OTHER_COUNTRIES), year and stage, each figure with its edition, label (V, V2, S; S is single-source) and sources. By default only the latest edition's figure per area, year and stage; `vintages=all` keeps every edition's. Unknown figures are null with `unknownReason`, never 0.",
    pathParameters: {},
    queryParameters: productionFilters,
    response: SupplyResponses.production,
    responseName: "ProductionList",
    errorStatuses: [400, 501],
  }),
  concentration: route({
    operationId: "listConcentration",
    path: ClientRoutes.concentration.path,
    summary: "Shares of world production and their concentration (HHI) by year",
    description: `For every year with a world total: each area's share, the Herfindahl-Hirschman index and an area's share (China by default), all derived (label D) from one edition's table with the formula: ${CONCENTRATION_FORMULA}.`,
    pathParameters: {},
    queryParameters: {
      /** The area whose share each row reports (default `CN`). */
      area: {
        ...areaParameter,
        description: "The area whose share each row reports (default CN).",
      },
      /** Only this year. */
      year: yearParameter("Only this year."),
      /** First year, inclusive. */
      from: yearParameter("First year, inclusive."),
      /** Last year, inclusive. */
      to: yearParameter("Last year, inclusive."),
      /** `mine` (default) or `refined`. */
      stage: stageParameter,
    },
    response: SupplyResponses.concentration,
    responseName: "ConcentrationList",
    errorStatuses: [400, 501],
  }),
  reserves: route({
    operationId: "listReserves",
    path: ClientRoutes.reserves.path,
    summary: "Rare earth reserves by area",
    description:
      "Reserves as each edition prints them: `value` keeps the typed USGS value (a figure, a lower bound such as >85,000,000, NA, zero); `tonnesReo` is the exact figure or null. `year`/`from`/`to` select the edition's own year.",
    pathParameters: {},
    queryParameters: {
      area: productionFilters.area,
      /** Only editions of this year (MCS 2026 is 2026). */
      year: yearParameter("Only editions of this year."),
      from: yearParameter("Editions from this year, inclusive."),
      to: yearParameter("Editions up to this year, inclusive."),
      edition: editionParameter,
      vintages: vintagesParameter,
    },
    response: SupplyResponses.reserves,
    responseName: "ReservesList",
    errorStatuses: [400, 501],
  }),
  reserveRevisions: route({
    operationId: "listReserveRevisions",
    path: ClientRoutes.reserveRevisions.path,
    summary: "Revisions of reserves between editions",
    description:
      "Per area, every change of the printed value between consecutive editions, oldest first; the change in tonnes when both are exact figures, else null.",
    pathParameters: {},
    queryParameters: { area: productionFilters.area },
    response: SupplyResponses.reserveRevisions,
    responseName: "ReservesRevisionList",
    errorStatuses: [400, 501],
  }),
  measures: route({
    operationId: "listMeasures",
    path: ClientRoutes.measures.path,
    summary: "Measures of every jurisdiction with their status on a date",
    description:
      "China's export controls and the measures of other jurisdictions and multilateral bodies (tariffs, price floors, stockpiles, frameworks...), each with its status on `on` (in force first). Measures announced after `on` are left out.",
    pathParameters: {},
    queryParameters: {
      /** The date to evaluate status on, `YYYY-MM-DD`; defaults to today. */
      on: dateParameter("The date to evaluate status on; defaults to today."),
      /** Only this jurisdiction: a country (`US`, `Japan`) or a body (`EU`, `G7`, `Quad`). */
      jurisdiction: {
        schema: Jurisdiction.Jurisdiction,
        required: false,
        description: "Only this jurisdiction: a country or a body such as EU or G7 (any case).",
        expected: `a country (ISO alpha-2 or alpha-3 code or English name, e.g. "US", "JPN", "Malaysia") or one of ${Jurisdiction.Body.options.join(", ")}`,
        example: "US",
        check: Jurisdiction.parse,
      },
      /** Only measures of this kind (any of their kinds): `price_floor`, `Price floor`... */
      kind: {
        schema: Measure.MeasureKind,
        required: false,
        description: "Only measures of this kind (any case; spaces or hyphens for underscores).",
        expected: `one of ${Measure.MeasureKind.options.join(", ")}`,
        example: "price_floor",
        check: Measure.parseKind,
      },
      /** Only measures whose scope lists this element. */
      element: {
        schema: text,
        required: false,
        description:
          "Only measures whose scope lists this element (symbol, name or atomic number).",
        expected: ELEMENT_EXPECTED,
        example: "Dy",
        check: Element.parseSymbol,
      },
      /** Only measures whose scope names this partner (a country or a body). */
      partner: {
        schema: Jurisdiction.Jurisdiction,
        required: false,
        description:
          "Only measures whose scope names this partner (a country or a body such as EU).",
        expected: `a country (ISO alpha-2 or alpha-3 code or English name, e.g. "US", "JPN", "Malaysia") or one of ${Jurisdiction.Body.options.join(", ")}`,
        example: "JP",
        check: Jurisdiction.parse,
      },
      /** Only measures with this status on the date. */
      status: {
        schema: ExportControl.ControlStatus,
        required: false,
        description: "Only measures with this status on the date.",
        expected: `one of ${ExportControl.ControlStatus.options.join(", ")}`,
        example: "in_force",
      },
    },
    response: SupplyResponses.measures,
    responseName: "MeasureStatusList",
    errorStatuses: [400, 501],
  }),
  prices: route({
    operationId: "listPrices",
    path: ClientRoutes.prices.path,
    summary: "Price observations",
    description:
      "Prices by product, market, currency and period, sorted by period end, each with its assessor, evidence label (single_source is S) and sources. Ranges stay ranges; nothing is converted at a rate of ours.",
    pathParameters: {},
    queryParameters: {
      product: productParameter(false),
      market: marketParameter(false),
      currency: currencyParameter(false),
      unit: unitParameter,
      kind: priceKindParameter,
      /** Only observations whose period ends on or after this date. */
      from: dateParameter("Only observations whose period ends on or after this date."),
      /** Only observations whose period starts on or before this date. */
      to: dateParameter("Only observations whose period starts on or before this date."),
    },
    response: SupplyResponses.prices,
    responseName: "PriceList",
    errorStatuses: [400, 501],
  }),
  priceChange: route({
    operationId: "getPriceChange",
    path: ClientRoutes.priceChange.path,
    summary: "A price's change between two dates",
    description: `One series (product, market, currency; a kind and a unit where the three hold several), from the latest observation on or before \`from\` to the latest on or before \`to\`; \`priceChange\` is null when either date has none. Derived (label D): ${PRICE_CHANGE_FORMULA}.`,
    pathParameters: {},
    queryParameters: {
      product: productParameter(true),
      market: marketParameter(true),
      currency: currencyParameter(true),
      unit: unitParameter,
      kind: priceKindParameter,
      from: dateParameter("The first date.", true),
      to: dateParameter("The second date.", true),
    },
    response: SupplyResponses.priceChange,
    responseName: "PriceChangeAnswer",
    errorStatuses: [400, 501],
  }),
  pricePremium: route({
    operationId: "listPricePremiums",
    path: ClientRoutes.pricePremium.path,
    summary: "The Europe/China premium where both are sourced",
    description: `Pairs of a European and a Chinese observation of the same product whose periods contain one another. Derived (label D): ${PREMIUM_FORMULA}.`,
    pathParameters: {},
    queryParameters: {
      product: productParameter(false),
      from: dateParameter("Only pairs whose European period ends on or after this date."),
      to: dateParameter("Only pairs whose European period starts on or before this date."),
    },
    response: SupplyResponses.pricePremium,
    responseName: "PremiumList",
    errorStatuses: [400, 501],
  }),
  supplyShares: route({
    operationId: "listSupplyShares",
    path: ClientRoutes.supplyShares.path,
    summary: "Shares of a stage of the chain as publishers state them",
    description:
      "Stated shares (the IEA's China's share of refining...), projections marked, each with its edition, label and sources: sourced figures, not computed ones (see /production/concentration for those).",
    pathParameters: {},
    queryParameters: {
      /** Only this stage: `mining`, `refining`, `separation`, `magnet_manufacturing`, `processing`. */
      stage: {
        schema: SupplyShare.ShareStage,
        required: false,
        description: "Only this stage of the chain.",
        expected: `one of ${SupplyShare.ShareStage.options.join(", ")}`,
        example: "refining",
      },
      /** Only shares of this year. */
      year: yearParameter("Only shares of this year."),
      /** Only shares that include this country. */
      area: {
        ...areaParameter,
        description: "Only shares that include this country.",
      },
    },
    response: SupplyResponses.supplyShares,
    responseName: "SupplyShareList",
    errorStatuses: [400, 501],
  }),
  salientStatistics: route({
    operationId: "listSalientStatistics",
    path: ClientRoutes.salientStatistics.path,
    summary: "USGS salient statistics",
    description:
      "US imports, exports, apparent consumption, net import reliance, import sources... as each edition prints them, with USGS's special values typed (NA, W, E net exporter, >95 a lower bound).",
    pathParameters: {},
    queryParameters: {
      /** Only this kind: `imports`, `net_import_reliance`... */
      kind: {
        schema: SalientStatistic.SalientKind,
        required: false,
        description: "Only this kind of statistic.",
        expected: `one of ${SalientStatistic.SalientKind.options.join(", ")}`,
        example: "net_import_reliance",
      },
      /** Only statistics whose span of years contains this year. */
      year: yearParameter("Only statistics whose span of years contains this year."),
      edition: editionParameter,
      vintages: vintagesParameter,
    },
    response: SupplyResponses.salientStatistics,
    responseName: "SalientStatisticList",
    errorStatuses: [400, 501],
  }),
  commodityGroups: route({
    operationId: "listCommodityGroups",
    path: ClientRoutes.commodityGroups.path,
    summary: "The named groups of rare earth products",
    description:
      "Ores and concentrates, metals, compounds, magnets, ferro-alloys: their HS codes, and what else the codes hold.",
    pathParameters: {},
    queryParameters: {},
    response: SupplyResponses.commodityGroups,
    responseName: "CommodityGroupList",
    errorStatuses: [],
  }),
  groupFlows: route({
    operationId: "listGroupFlows",
    path: ClientRoutes.groupFlows.path,
    summary: "Trade flows of a named commodity group",
    description:
      "Every flow of the group's HS codes (and their sub-codes) matching the filters, code by code: the codes are never added up into one figure.",
    pathParameters: {},
    queryParameters: {
      /** The group: `ores_concentrates`, `metals`, `compounds`, `magnets`, `ferro_alloys`. */
      group: {
        schema: Commodity.CommodityGroupId,
        required: true,
        description: "The commodity group (any case; aliases such as `ores`).",
        expected: `one of ${Commodity.CommodityGroupId.options.join(", ")}`,
        example: "compounds",
        check: (value: string) => Commodity.parseGroup(value).id,
      },
      from: flowFilterParameters.from,
      to: flowFilterParameters.to,
      reporter: flowFilterParameters.reporter,
      partner: flowFilterParameters.partner,
      flow: flowFilterParameters.flow,
    },
    response: SupplyResponses.groupFlows,
    responseName: "GroupFlows",
    errorStatuses: [400],
  }),
  mirror: route({
    operationId: "getMirror",
    path: ClientRoutes.mirror.path,
    summary: "Mirror statistics: a reporter's exports against its partners' imports",
    description:
      "For one commodity code and period range: the reporter's exports to each partner (or one partner) beside that partner's own imports from the reporter, with the gaps where both are known. Both sides are kept, never merged.",
    pathParameters: {},
    queryParameters: {
      reporter: { ...flowFilterParameters.reporter, required: true },
      /** Only this partner country (default: every partner). */
      partner: {
        ...flowFilterParameters.reporter,
        description: "Only this partner country (default: every partner).",
        example: "JP",
      },
      commodity: {
        ...flowFilterParameters.commodity,
        required: true,
        expected: COMMODITY_EXPECTED,
        example: "280530",
      },
      from: flowFilterParameters.from,
      to: flowFilterParameters.to,
    },
    response: SupplyResponses.mirror,
    responseName: "MirrorResult",
    errorStatuses: [400],
  }),
} as const

/** The paths whose `from`/`to` are dates rather than periods. @internal */
export const DATE_RANGE_PATHS: ReadonlySet<string> = new Set([
  "/prices",
  "/prices/change",
  "/prices/premium",
])

/** The named schemas of the OpenAPI document's components. @internal */
export const SUPPLY_COMPONENTS: ReadonlyArray<readonly [string, z.ZodMiniType]> = [
  ["Production", Production.Production],
  ["Reserves", Reserves.Reserves],
  ["Measure", Measure.Measure],
  ["PriceObservation", Price.PriceObservation],
  ["SalientStatistic", SalientStatistic.SalientStatistic],
  ["SupplyShare", SupplyShare.SupplyShare],
  ["CommodityGroup", Commodity.CommodityGroup],
  ["MirrorRow", Mirror.MirrorRow],
  ["AreaShare", AreaShare],
  ["ConcentrationRow", ConcentrationRow],
  ["ReservesRevision", ReservesRevision],
  ["MeasureStatusRow", MeasureStatusRow],
  ["PremiumRow", PremiumRow],
]
