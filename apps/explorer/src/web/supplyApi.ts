/**
 * The supply panels' data: the supply-chain routes of the explorer's REST API (production,
 * concentration, reserves, measures, prices, premium). URLs are built and answers parsed with
 * the API contract (`ApiContract.routeUrl`, `Routes[route].response`), so a server answering
 * something else is an error naming the route, never a silently wrong chart.
 */
import { get as getRoute } from "./api.ts"

/** What the server's source holds, with the data's as-of date. */
export const datasetInfo = () => getRoute("dataset")

/** Mine production by area and year (the latest edition's figure for each). */
export const mineProduction = () => getRoute("production", { stage: "mine" })

/** China's share of world mine production by year (derived, with formula and inputs). */
export const chinaShare = () => getRoute("concentration", { area: "CN", stage: "mine" })

/** Reserves as the latest edition prints them. */
export const reserves = () => getRoute("reserves")

/** Measures of every jurisdiction with their status on a date, optionally filtered. */
export const measures = (on: string, filter: { jurisdiction?: string; kind?: string } = {}) =>
  getRoute("measures", { on, jurisdiction: filter.jurisdiction, kind: filter.kind })

/** Every price observation of a product. */
export const prices = (product: string) => getRoute("prices", { product })

/** The Europe/China premium wherever the API sources one. */
export const premiums = () => getRoute("pricePremium")

/** China's controls and the timeline, for the markers on the prices' time axis. */
export { controls, timeline } from "./api.ts"
