/**
 * Dataset files: a whole dataset as one JSON document, in the shape of core's `Dataset` schema
 * (`{ version, asOf, sources, elements, measures, quotas, flows, events, ... }`, the shape
 * `@rareearth/data` exports and `JSON.stringify(dataset)` writes). Read for `diff` and `audit`,
 * and served as a source (`DatasetFileSource`, `--source dataset:PATH`); validated at the
 * boundary, so a bad file is refused with its name and the path of the first bad value
 * (`flows[12].netWeightTonnes`), never half-read.
 * @since 0.2.0
 */
import { readFile } from "node:fs/promises"
import { Dataset, InputError } from "@rareearth/core"
import { Effect, Layer } from "effect"
import { type StoreError, ValidationError } from "../../Errors.ts"
import type { RareEarth } from "../../RareEarth.ts"
import { EmbeddedSource } from "../../sources/Embedded.ts"
import { toPromise } from "./toPromise.ts"

/** `["flows", 12, "netWeightTonnes"]` -> `flows[12].netWeightTonnes`. */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === "number"
        ? `${text}[${key}]`
        : text === ""
          ? String(key)
          : `${text}.${String(key)}`,
    "",
  )

const fileError = (
  path: string,
  detail: string,
  issues: ReadonlyArray<InputError.InputIssue>,
): ValidationError =>
  new ValidationError({
    message: `Invalid dataset file ${JSON.stringify(path)}: ${detail}`,
    issues,
  })

/**
 * Validates a parsed dataset document; `name` is the file (or other origin) named in errors.
 * The first schema problem is named in the message (all are kept in `issues`); a document that
 * fits the schema must also pass `Dataset.integrityIssues` (no duplicate ids or dangling
 * references), since records are matched by id.
 * @example
 * ```ts
 * import { parseDatasetDocument } from "@rareearth/sdk/node"
 * const dataset = parseDatasetDocument(JSON.parse(text), "exports-2026-05.json")
 * ```
 * @category datasets
 * @since 0.2.0
 */
export const parseDatasetDocument = (document: unknown, name: string): Dataset.Dataset => {
  const result = Dataset.Dataset.safeParse(document)
  if (!result.success) {
    const issues = InputError.issuesFromZod(result.error.issues)
    const first = issues[0]!
    const where = first.path.length === 0 ? "the document" : formatPath(first.path)
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ""
    throw fileError(
      name,
      `at ${where}: ${first.message}${more}; expected a dataset in the shape of @rareearth/core's Dataset schema`,
      issues,
    )
  }
  const integrity = Dataset.integrityIssues(result.data)
  if (integrity.length > 0) {
    const first = integrity[0]!
    throw fileError(name, `at ${formatPath(first.path)}: ${first.message}`, integrity)
  }
  return result.data
}

/**
 * Reads and validates a dataset JSON file.
 * @example
 * ```ts
 * import { readDatasetFile } from "@rareearth/sdk/node"
 * const before = await readDatasetFile("dataset-0.1.0.json")
 * before.version // "0.1.0"
 * ```
 * @category datasets
 * @since 0.2.0
 */
export const readDatasetFile = (path: string): Promise<Dataset.Dataset> =>
  toPromise(readDatasetFileEffect(path))

/** {@link readDatasetFile} in Effect: fails with a ValidationError naming the file. @category datasets @since 0.2.0 */
export const readDatasetFileEffect = (
  path: string,
): Effect.Effect<Dataset.Dataset, ValidationError> =>
  Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: () => readFile(path, "utf8"),
      catch: (cause) =>
        fileError(
          path,
          `cannot read it (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
          [{ code: "unreadable_file", path: [], message: String(cause) }],
        ),
    })
    const document = yield* Effect.try({
      try: () => JSON.parse(text.replace(/^\uFEFF/, "")) as unknown,
      catch: (cause) =>
        fileError(path, `not JSON (${cause instanceof Error ? cause.message : String(cause)})`, [
          { code: "invalid_json", path: [], message: String(cause) },
        ]),
    })
    return yield* Effect.try({
      try: () => parseDatasetDocument(document, path),
      catch: (error) => error as ValidationError,
    })
  })

/**
 * A RareEarth source over a dataset JSON file: the file is read and validated when the layer is
 * built (a bad file fails it with a ValidationError naming the file and the first bad value),
 * then answered from memory by the embedded source's engine. `datasetInfo` reports it as
 * `dataset:PATH`. Read only: a dataset file is not a store to sync into.
 * @example
 * ```ts
 * import { createClient } from "@rareearth/sdk"
 * import { DatasetFileSource } from "@rareearth/sdk/node"
 *
 * const client = createClient({ source: DatasetFileSource.layer({ path: "dataset-0.1.0.json" }) })
 * const { points } = await client.series({ commodity: "magnets", from: "2025-05", to: "2025-06" })
 * ```
 * @category sources
 * @since 0.2.0
 */
export const DatasetFileSource = {
  layer: (options: {
    readonly path: string
  }): Layer.Layer<RareEarth, ValidationError | StoreError> =>
    Layer.unwrap(
      Effect.map(readDatasetFileEffect(options.path), (dataset) =>
        EmbeddedSource.fromDataset(dataset, `dataset:${options.path}`),
      ),
    ),
} as const

/**
 * Whether a file holds a whole dataset (one JSON object with `version` and `asOf`) rather than
 * trade-flow rows (CSV, a JSON array, NDJSON): how `file:PATH` is read by `diff`, `audit` and
 * `watch`. Never throws: an unreadable or non-JSON file is simply not a dataset file.
 * @example
 * ```ts
 * import { isDatasetFile } from "@rareearth/sdk/node"
 * await isDatasetFile("dataset.json") // true
 * await isDatasetFile("flows.csv") // false
 * ```
 * @category datasets
 * @since 0.2.0
 */
export const isDatasetFile = async (path: string): Promise<boolean> => {
  if (!/\.json$/i.test(path)) return false
  try {
    const document: unknown = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""))
    return (
      document !== null &&
      typeof document === "object" &&
      !Array.isArray(document) &&
      "version" in document &&
      "asOf" in document
    )
  } catch {
    return false
  }
}
