/**
 * A small dataset for the watcher's tests (and the CLI's audit/diff/watch tests): behaviour is
 * tested on fixtures, so a revised figure in @rareearth/data breaks only the data package's
 * tests. As of 2026-04-20: one measure in force, one suspended until 2026-11-10 by an order in
 * force until then, three months of magnet exports (one derived, one on a weak mirror alone).
 */
import type { Dataset } from "@rareearth/core"
// One fixture for core's AsOf/Audit/Diff tests and the watcher's: the same records, one home.
import { miniDataset } from "../../../../../core/src/__fixtures__/miniDataset.ts"

/** The fixture dataset (validated). */
export const watchDataset: Dataset.Dataset = miniDataset

/** A deep copy of the fixture with one change applied, for "what did the diff see" tests. */
export const revised = (change: (dataset: Dataset.Dataset) => void): Dataset.Dataset => {
  const copy = structuredClone(watchDataset)
  change(copy)
  return copy
}
