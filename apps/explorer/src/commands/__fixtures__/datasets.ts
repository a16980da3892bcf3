/**
 * Datasets for the audit/diff/watch command tests: the SDK's watcher fixture (behaviour is
 * tested on fixtures), and the embedded dataset with one figure revised (the check the issue
 * asks for; the record is picked at run time, so a data revision does not break it).
 */
import { readDataset } from "@rareearth/sdk/node"
import { Effect } from "effect"

export {
  revised,
  watchDataset,
} from "../../../../../packages/sdk/src/node/watch/__fixtures__/watchDataset.ts"

/** The embedded dataset with one figure revised: the first flow that has a figure, plus one tonne. */
export const embeddedWithOneRevision = async () => {
  const { dataset } = await Effect.runPromise(readDataset({ kind: "embedded" }))
  const copy = structuredClone(dataset)
  const flow = copy.flows.find((candidate) => candidate.netWeightTonnes !== null)!
  const before = flow.netWeightTonnes!
  flow.netWeightTonnes = before + 1
  return { copy, id: flow.id, before, after: before + 1 }
}
