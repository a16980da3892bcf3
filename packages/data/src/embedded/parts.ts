/**
 * The parts the embedded dataset loads in, each a module of its own: what every query reads
 * (controls, quotas, flows, events) apart from what only some queries read (production and
 * reserves, the measures of other jurisdictions, prices).
 * @since 0.2.0
 */
import type { Dataset } from "@rareearth/core"

type Kinds = Required<Omit<Dataset.Dataset, "sources" | "elements">>

/** The record kinds as the data package's modules export them: read-only lists. */
type Records = {
  readonly [K in keyof Kinds]: Kinds[K] extends Array<infer A> ? ReadonlyArray<A> : Kinds[K]
}

/**
 * The record kinds of each part (`base` also holds the dataset's `version` and `asOf`).
 * @category embedded
 * @since 0.2.0
 */
export const PART_KINDS = {
  /** What every query reads: China's export controls, quotas, trade flows, events. */
  base: ["version", "asOf", "measures", "quotas", "flows", "events", "releaseCalendars"],
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
