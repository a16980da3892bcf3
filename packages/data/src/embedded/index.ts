/**
 * The dataset in parts, each loaded when first asked for: a dynamic import, so that a bundler
 * makes each part a chunk of its own, with only the sources its records cite. The embedded
 * source of `@rareearth/sdk` loads each part when a query first reads it, so an app that only
 * reads flows never downloads the controls, quotas, events, prices, production or the measures
 * of other jurisdictions, nor their sources, and one that lists the elements loads none
 * (the dataset's version and date, `DATASET_VERSION` and `AS_OF`, come without a part). The parts
 * hold the records of `dataset` (the package's root) themselves: nothing is copied or converted.
 * @since 0.2.0
 */
import type { Part, PartName } from "./parts.ts"

export { AS_OF, DATASET_VERSION } from "../version.ts"
export { PART_KINDS, type Part, type PartName } from "./parts.ts"

const loaders: { readonly [P in PartName]: () => Promise<{ readonly default: Part<P> }> } = {
  controls: () => import("./controls.ts"),
  quotas: () => import("./quotas.ts"),
  flows: () => import("./flows.ts"),
  events: () => import("./events.ts"),
  calendars: () => import("./calendars.ts"),
  supply: () => import("./supply.ts"),
  world: () => import("./world.ts"),
  prices: () => import("./prices.ts"),
}

/**
 * Loads one part of the dataset (once: later calls get the same records).
 * @example
 * ```ts
 * import { loadPart } from "@rareearth/data/embedded"
 * const { quotas } = await loadPart("quotas")
 * quotas.length > 0 // true
 * ```
 * @category embedded
 * @since 0.2.0
 */
export const loadPart = async <P extends PartName>(name: P): Promise<Part<P>> =>
  (await loaders[name]()).default
