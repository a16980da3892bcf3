/**
 * The Files source: the RareEarth service over the user's own CSV or JSON trade flows, loaded
 * into a columnar store, with the reference data (elements, measures, quotas, events) of the
 * embedded dataset.
 * @since 0.1.0
 */
import { basename } from "node:path"
import { dataset } from "@rareearth/data"
import { Effect, Layer } from "effect"
import type { ImportError } from "../../Errors.ts"
import { makeLocal, type ReferenceData, referenceFromDataset } from "../../query/LocalQuery.ts"
import { RareEarth } from "../../RareEarth.ts"
import { type ImportOptions, importFlowsFromFile } from "./importFlows.ts"

/** Options of {@link FileSource.layer}. @category files @since 0.1.0 */
export interface FileSourceOptions extends Omit<ImportOptions, "signal" | "store"> {
  /** The CSV, TSV, JSON or NDJSON file of trade flows. */
  readonly path: string
  /** Reference data answering the non-flow queries. Default: the embedded dataset's. */
  readonly reference?: ReferenceData | undefined
}

/**
 * A source over a file of trade flows.
 * @example
 * ```ts
 * import { RareEarth } from "@rareearth/sdk"
 * import { FileSource } from "@rareearth/sdk/node"
 * import { Effect } from "effect"
 *
 * const page = RareEarth.use((rareEarth) => rareEarth.flows({ partner: "US" })).pipe(
 *   Effect.provide(FileSource.layer({ path: "exports.csv", mapping: { period: "Month" } })),
 * )
 * ```
 * @category files
 * @since 0.1.0
 */
export const FileSource = {
  /**
   * The RareEarth service answering flow queries from the file. Fails with an ImportError when
   * the file cannot be imported; in "valid-rows" mode the valid rows are kept and the rejected
   * ones come back with `datasetInfo().imports` (and as a warning to the client's logger).
   */
  layer: (options: FileSourceOptions): Layer.Layer<RareEarth, ImportError> =>
    Layer.effect(
      RareEarth,
      Effect.gen(function* () {
        const { path, reference, ...importOptions } = options
        const { store, summary, rejected } = yield* importFlowsFromFile(path, importOptions)
        if (summary.rejectedRows > 0) {
          // A log line for whoever listens (the client's logger); the report itself comes back
          // with datasetInfo().imports.
          yield* Effect.logWarning(
            `FileSource: ${summary.rejectedRows} of ${summary.rows} rows of "${path}" rejected`,
            rejected.slice(0, 10),
          )
        }
        const file = basename(path)
        return yield* makeLocal({
          reference: reference ?? referenceFromDataset(dataset),
          store,
          sourceName: `files:${file}`,
          // File names only: the report may be served by the REST API.
          imports: [
            {
              file,
              format: summary.format,
              rows: summary.rows,
              accepted: summary.accepted,
              rejectedRows: summary.rejectedRows,
              rejected: rejected.map((row) => ({ ...row, file: basename(row.file) })),
            },
          ],
        })
      }),
    ),
} as const
