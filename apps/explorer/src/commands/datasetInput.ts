/**
 * Which dataset `audit`, `diff` and `watch` read for a `--source` (or a `diff` argument): the
 * embedded dataset; a dataset JSON file (`dataset:PATH`, `file:PATH.json` holding a whole
 * dataset, or, for `diff`, a plain path); otherwise the source's layer, from which the SDK assembles the kinds
 * it answers for. The SDK's node part loads only here, on demand.
 */
import type { DatasetInput } from "@rareearth/sdk/node"
import { describeSource, parseSource, type SourceSpec } from "../cli/Source.ts"
import { layerFor } from "../cli/SourceLayer.ts"
import { UsageError } from "../cli/UsageError.ts"

/** The SDK's dataset input for a parsed `--source`. */
export const datasetInputFor = async (spec: SourceSpec): Promise<DatasetInput> => {
  if (spec.kind === "embedded") return { kind: "embedded" }
  if (spec.kind === "dataset") return { kind: "file", path: spec.path }
  const { isDatasetFile } = await import("@rareearth/sdk/node")
  if (spec.kind === "file" && (await isDatasetFile(spec.path)))
    return { kind: "file", path: spec.path }
  return { kind: "layer", layer: await layerFor(spec), name: describeSource(spec) }
}

/** What a source location starts with; anything else given to `diff` is a dataset file path. */
const SOURCE_LOCATION =
  /^(embedded$|comtrade$|file:|sqlite:|postgres(ql)?:\/\/|https?:\/\/|dataset:)/i

/** A `diff` argument: a source location (as `--source` takes) or the path of a dataset file. */
export const datasetArgument = async (
  value: string,
  name: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<DatasetInput> => {
  if (value.trim() === "")
    throw new UsageError(`empty ${name}: expected a dataset file path or a source location`)
  if (!SOURCE_LOCATION.test(value)) return { kind: "file", path: value }
  return datasetInputFor(await parseSource(value, env, name))
}
