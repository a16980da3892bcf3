/**
 * Our load path and our store, shared by the suites: the CSV loaded through the SDK's validated
 * file import (`importFlowsFromFileAsync`) into a columnar store, once per run.
 */
import type { BenchContext } from "../context.ts"
import { SYNTHETIC_SOURCE } from "../generate.ts"
import { type ColumnarStore, importFlowsFromFileAsync } from "../sdk.ts"

/** The name of our load path in the tables. */
export const OURS_LOAD = "importFlowsFromFileAsync"

/**
 * Loads and validates the CSV at `path` into a fresh columnar store (all-or-nothing), on
 * `threads` threads (default: the import's).
 */
export const importCsvIntoStore = async (
  path: string,
  threads?: number,
): Promise<ColumnarStore> => {
  const { store } = await importFlowsFromFileAsync(path, {
    threads,
    format: "csv",
    source: SYNTHETIC_SOURCE,
    confidence: { kind: "official" },
    mode: "all-or-nothing",
  })
  return store
}

const stores = new WeakMap<BenchContext, Promise<ColumnarStore>>()

/** The columnar store holding the run's data (loaded once per run). */
export const ourStore = (context: BenchContext): Promise<ColumnarStore> => {
  let store = stores.get(context)
  if (store === undefined) {
    store = importCsvIntoStore(context.csv().path)
    stores.set(context, store)
  }
  return store
}
