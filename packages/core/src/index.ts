/**
 * @rareearth/core: the rare earth supply chain as zod schemas, types and pure functions.
 * Each concept is a module, re-exported as a namespace.
 * @since 0.1.0
 */
/** As-of: the date the data behind an answer reaches, and what an answer means for a date beyond it. */
export * as AsOf from "./AsOf.ts"
/** The data audit: what in a dataset needs re-checking on a given day, by severity. */
export * as Audit from "./Audit.ts"
/** A bill of materials: parts, each of a material (a preset with a grade, or `custom` with stated contents), a mass with its unit, and optionally stated element contents, the supplier's country and a commodity code. */
export * as Bom from "./Bom.ts"
/** Commodities: HS codes (open), China's 8/10-digit customs codes, headline series, product forms. */
export * as Commodity from "./Commodity.ts"
/** Countries (ISO 3166-1) and the trade areas that are not countries (World, Comtrade's "nes" areas), with the UN Comtrade numeric-code crosswalk. */
export * as Country from "./Country.ts"
/** Currencies (ISO 4217), sums of money as their sources state them, and conversion with an exchange rate a source states: this library holds no exchange rates of its own. */
export * as Currency from "./Currency.ts"
/** A dataset: every record of the rare earth supply chain that a source holds, with its version. */
export * as Dataset from "./Dataset.ts"
/** The difference between two dataset versions, for users who alert on updates: records added, revised (every changed field with its old and new value, and the sources before and after) and removed, for every record kind the datasets hold, and the measures whose status on a given date changed. */
export * as Diff from "./Diff.ts"
/** Editions (vintages) of supply statistics: each USGS Mineral Commodity Summaries edition, the Minerals Yearbook or Data Series 140 publishes its own figure for a country and year, and a later edition may revise it. */
export * as Edition from "./Edition.ts"
/** The 17 rare earth elements: symbols, atomic data, groupings per convention, uses. */
export * as Element from "./Element.ts"
/** How a record's facts were verified, in the reference files' labels spelled out: so that a single-source record stays visibly single-source wherever it is shown. */
export * as Evidence from "./Evidence.ts"
/** Export-control measures, their scope and their lifecycle. */
export * as ExportControl from "./ExportControl.ts"
/** Exposure of a bill of materials: the rare earths its parts contain (a range where the composition is a range, with the composition's source on every figure), the measures that reach each element in its form on a date or over a date range, and, where the caller supplies them, supply concentration and sourced prices. */
export * as Exposure from "./Exposure.ts"
/** The error that core's parse and lookup functions throw: it names the bad value, says where it was, and lists what would be valid. */
export * as InputError from "./InputError.ts"
export { InvalidInputError, isInvalidInputError } from "./InputError.ts"
/** Jurisdictions that take measures: a country (ISO 3166-1 alpha-2), the European Union, or a multilateral body (G7, Quad, the Critical Minerals Ministerial, the OECD). */
export * as Jurisdiction from "./Jurisdiction.ts"
/** Lookups, like comtradr's `ct_country_lookup`/`ct_commodity_lookup`: find countries, commodity codes, product forms and elements by name or keyword (`"korea"`, `"magnet"`, `"NdFeB"`, `"oxide"`, `"dysprosium"`). */
export * as Lookup from "./Lookup.ts"
/** Materials and their rare earth content: the presets a bill of materials names (`ndfeb-sintered` with a grade such as `N42SH`, `smco-2-17` ...), each content a sourced range, and the oxide/metal conversion factors. */
export * as Material from "./Material.ts"
/** Measures of any jurisdiction (a country, the EU, a multilateral body): export restrictions in the OECD inventory's classes, and what governments do beyond them (tariffs, procurement rules, price floors, equity, offtake, stockpiles, frameworks, subsidies, licence refusals). */
export * as Measure from "./Measure.ts"
/** Mirror statistics: a reporter's exports to each partner against that partner's own imports from the reporter, for the same commodity code and period. */
export * as Mirror from "./Mirror.ts"
/** Periods: calendar months (`2025-06`) and years (`2025`). */
export * as Period from "./Period.ts"
/** Dated policy events for the timeline: trade talks, summits, calls, official statements. */
export * as PolicyEvent from "./PolicyEvent.ts"
/** Price observations of rare earth products: a product and grade in a market, in a currency per kilogram or tonne, over a period (a day, a week, a month, a quarter, a year), of a kind (an assessment, a realised average, a floor...), by an assessor, with its sources. */
export * as Price from "./Price.ts"
/** Rare earth production by country (or the world, or "other countries") and year, in tonnes of rare-earth-oxide (REO) equivalent, at a stage of the chain (mine production; refined or separated output where a source gives it). */
export * as Production from "./Production.ts"
/** Quantities of mass with a unit and the basis they are measured on. */
export * as Quantity from "./Quantity.ts"
/** China's rare earth production quotas (mining; smelting and separation), in tonnes of REO. */
export * as Quota from "./Quota.ts"
export {
  type ErrorBase,
  isRareEarthError,
  makeTaggedError,
  RareEarthError,
  RareEarthErrorTypeId,
  TaggedError,
  type TaggedErrorClass,
} from "./RareEarthError.ts"
/** Release calendars: when a publisher usually releases a monthly series, so that a dataset can tell which series are overdue (the newest period it holds is older than the calendar predicts). */
export * as ReleaseCalendar from "./ReleaseCalendar.ts"
/** Rare earth reserves by country, in tonnes of REO equivalent, as each USGS edition prints them: a figure (`44,000,000`), a lower bound (the world's `>85,000,000`), `NA` (not available) or zero. */
export * as Reserves from "./Reserves.ts"
/** The USGS salient statistics of the United States for a commodity (production, imports, exports, apparent consumption, net import reliance, employment, prices) and its import sources, each an edition's typed value: `>95` percent net import reliance is a lower bound, `E` means the United States was a net exporter, `NA` not available. */
export * as SalientStatistic from "./SalientStatistic.ts"
/** Series analytics: pure, exact functions over monthly observations. */
export * as Series from "./Series.ts"
/** Provenance: where a figure comes from, how sure we are, and which vintage it is. */
export * as Source from "./Source.ts"
/** Pure analytics over production and reserves records: shares of world production and their concentration (Herfindahl-Hirschman index) by year, one country's share over time, reserves-to-production years, and the change of figures between two editions. */
export * as SupplyAnalytics from "./SupplyAnalytics.ts"
/** Shares of a stage of the supply chain held by a country or a group of countries, as a publisher states them (the IEA's "China's share of global refined output: 92% in 2023"), with projections marked. */
export * as SupplyShare from "./SupplyShare.ts"
/** Trade flows: one observation of goods moving between a reporter and a partner in a period. */
export * as TradeFlow from "./TradeFlow.ts"
/** The text values of the USGS Mineral Commodity Summaries (MCS) and their data releases, parsed into a typed union. */
export * as Usgs from "./Usgs.ts"
/** The USGS Mineral Commodity Summaries data release (one CSV row per figure, every commodity chapter), read from its decoded text: rows are split (RFC 4180), checked against the shapes USGS uses, and their values typed with {@link Usgs.parseValue}. */
export * as UsgsDataRelease from "./UsgsDataRelease.ts"
