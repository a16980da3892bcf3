/**
 * Where a dataset comes from, for `diffSources`, `auditSource` and `watch`: the embedded
 * dataset, a dataset held in memory, a dataset JSON file, or any RareEarth source layer (an
 * explorer over HTTP, a SQLite or PostgreSQL store, a CSV file of flows). A layer does not hand
 * out its dataset, so one is assembled from what the service answers: its elements, measures,
 * quotas, trade flows and policy events. Kinds a source cannot give (the source registry,
 * prices, production...) are left out rather than reported empty, and a diff compares only the
 * kinds both sides hold.
 * @since 0.2.0
 */
import type { Dataset, ExportControl, PolicyEvent } from "@rareearth/core"
import { dataset as embeddedDataset } from "@rareearth/data"
import { Effect, type Layer, Stream } from "effect"
import type { SdkError } from "../../Errors.ts"
import { RareEarth } from "../../RareEarth.ts"
import { readDatasetFileEffect } from "./DatasetFile.ts"

/**
 * A dataset to read: `embedded` (`@rareearth/data`), `dataset` (in memory), `file` (a dataset
 * JSON file, see `readDatasetFile`) or `layer` (any RareEarth source; `name` is shown in
 * reports).
 * @category datasets
 * @since 0.2.0
 */
export type DatasetInput =
  | { readonly kind: "embedded" }
  | { readonly kind: "dataset"; readonly dataset: Dataset.Dataset; readonly name?: string }
  | { readonly kind: "file"; readonly path: string }
  | {
      readonly kind: "layer"
      readonly layer: Layer.Layer<RareEarth, SdkError>
      readonly name: string
    }

/**
 * A dataset as read from an input, with the input's name. A dataset assembled from a source
 * layer holds only the kinds the service answers for, and `version`/`asOf` as the source
 * states them (`"unknown"` / `null` when it does not).
 * @category datasets
 * @since 0.2.0
 */
export interface DatasetSnapshot {
  /** The input, for reports: `embedded`, the file path, the layer's name. */
  readonly name: string
  readonly dataset: Dataset.Dataset
  /** The date the data reaches, or null when the source does not state it. */
  readonly asOf: string | null
}

/** The record kinds a dataset assembled from a source layer holds. @category datasets @since 0.2.0 */
export const LAYER_KINDS = ["elements", "measures", "quotas", "flows", "events"] as const

/** The dataset a RareEarth service answers for (see the module comment). */
const assemble = Effect.gen(function* () {
  const rareEarth = yield* RareEarth
  const info = yield* rareEarth.datasetInfo
  const elements = (yield* rareEarth.elements).items
  // Every measure: the status date does not matter, only the measures.
  const controls = (yield* rareEarth.controls({ on: info.asOf ?? "2000-01-01" })).items
  const quotas = (yield* rareEarth.quotas()).items
  const flows = yield* Stream.runCollect(rareEarth.allFlows())
  const timeline = (yield* rareEarth.timeline()).items
  const events = new Map<string, PolicyEvent.PolicyEvent>()
  for (const item of timeline)
    if (item.type === "policy_event") events.set(item.event.id, item.event)
  const measures: ExportControl.ExportControlMeasure[] = controls.map((row) => row.measure)
  // Only the kinds the service answers for: no `sources` registry, no prices, no production.
  const assembled = {
    version: info.version ?? "unknown",
    asOf: info.asOf,
    elements: [...elements],
    measures,
    quotas: [...quotas],
    flows: [...flows],
    events: [...events.values()],
  }
  return { dataset: assembled as unknown as Dataset.Dataset, asOf: info.asOf }
})

/**
 * Reads a dataset from an input, in Effect.
 * @example
 * ```ts
 * import { readDataset } from "@rareearth/sdk/node"
 * import { Effect } from "effect"
 * const snapshot = await Effect.runPromise(readDataset({ kind: "file", path: "dataset.json" }))
 * ```
 * @category datasets
 * @since 0.2.0
 */
export const readDataset = (input: DatasetInput): Effect.Effect<DatasetSnapshot, SdkError> => {
  switch (input.kind) {
    case "embedded":
      return Effect.succeed({
        name: "embedded",
        dataset: embeddedDataset,
        asOf: embeddedDataset.asOf,
      })
    case "dataset":
      return Effect.succeed({
        name: input.name ?? `dataset ${input.dataset.version}`,
        dataset: input.dataset,
        asOf: input.dataset.asOf,
      })
    case "file":
      return Effect.map(readDatasetFileEffect(input.path), (dataset) => ({
        name: input.path,
        dataset,
        asOf: dataset.asOf,
      }))
    case "layer":
      return assemble.pipe(
        Effect.provide(input.layer),
        Effect.map(({ dataset, asOf }) => ({ name: input.name, dataset, asOf })),
      )
  }
}

/** The name of an input without reading it (for messages before the first read). @category datasets @since 0.2.0 */
export const datasetInputName = (input: DatasetInput): string => {
  switch (input.kind) {
    case "embedded":
      return "embedded"
    case "dataset":
      return input.name ?? `dataset ${input.dataset.version}`
    case "file":
      return input.path
    case "layer":
      return input.name
  }
}
