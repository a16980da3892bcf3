/**
 * The parts the embedded dataset loads in, each a module of its own holding the record kinds one
 * kind of query reads (with the sources those records cite, and no other): China's export
 * controls, the quotas, the trade flows, the policy events, the release calendars, production
 * and reserves, the measures of other jurisdictions, prices.
 * @since 0.2.0
 */
import type * as Dataset from "@rareearth/core/Dataset"

// The version and date come without a part (`DATASET_VERSION`, `AS_OF`); the elements from core.
type Kinds = Required<Omit<Dataset.Dataset, "sources" | "elements" | "version" | "asOf">>

/** The record kinds as the data package's modules export them: read-only lists. */
type Records = {
  readonly [K in keyof Kinds]: Kinds[K] extends Array<infer A> ? ReadonlyArray<A> : Kinds[K]
}

/**
 * The record kinds of each part.
 * @category embedded
 * @since 0.2.0
 */
export const PART_KINDS = {
  /** China's export-control measures (and their lifecycle events). */
  controls: ["measures"],
  /** The production quotas. */
  quotas: ["quotas"],
  /** The trade flows: China's magnet and "rare earths" exports, and trade beyond magnets. */
  flows: ["flows"],
  /** The US-China policy events. */
  events: ["events"],
  /** When the customs sources publish each month (the SDK's queries read none). */
  calendars: ["releaseCalendars"],
  /** Production, reserves, salient statistics and stated supply shares. */
  supply: ["production", "reserves", "salientStatistics", "supplyShares"],
  /** The measures of other jurisdictions and multilateral bodies. */
  world: ["worldMeasures"],
  /** Price observations. */
  prices: ["prices"],
} as const satisfies Record<string, ReadonlyArray<keyof Records>>

/**
 * The name of a part.
 * @category embedded
 * @since 0.2.0
 */
export type PartName = keyof typeof PART_KINDS

/**
 * The records of a part.
 * @category embedded
 * @since 0.2.0
 */
export type Part<P extends PartName> = Pick<Records, (typeof PART_KINDS)[P][number]>
