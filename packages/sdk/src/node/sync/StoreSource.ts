/**
 * Reading from a persistent store: RareEarth layers over SQLite or PostgreSQL (the local query
 * engine over reference data and the store's flows), and the `sqlite:PATH` / `postgres://...` /
 * `dataset:PATH` locations the CLI takes for `--source` and `--into` (a dataset file is read
 * only: a source, never a store to write into).
 * @since 0.1.0
 */
import { dataset } from "@rareearth/data"
import { Effect, Layer, type Scope } from "effect"
import { StoreError, ValidationError } from "../../Errors.ts"
import { makeLocal, type ReferenceData, referenceFromDataset } from "../../query/LocalQuery.ts"
import { RareEarth } from "../../RareEarth.ts"
import { isPostgresUrl, redactUrl } from "../postgres/connection.ts"
import * as PostgresStore from "../postgres/PostgresStore.ts"
import type { PersistentStore } from "../sql/StoreSupport.ts"
import * as SqliteStore from "../sqlite/SqliteStore.ts"
import { DatasetFileSource } from "../watch/DatasetFile.ts"

/**
 * Where a store lives: a SQLite file or a PostgreSQL database; or a dataset JSON file (core's
 * Dataset schema, see `readDatasetFile`), which can be read like a store but not written.
 * @category locations
 * @since 0.1.0
 */
export type StoreLocation =
  | { readonly kind: "sqlite"; readonly path: string }
  | { readonly kind: "postgres"; readonly url: string; readonly schema?: string | undefined }
  | { readonly kind: "dataset"; readonly path: string }

/** What a location string may be, for messages. @category locations @since 0.1.0 */
export const STORE_LOCATION_FORMS =
  "sqlite:PATH (e.g. sqlite:rareearth.sqlite) or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME]; to read only, dataset:PATH (a dataset JSON file)"

/** The stores a sync can write into, for messages. */
const WRITABLE_FORMS = "sqlite:PATH or postgres://USER@HOST/DATABASE"

/**
 * Parses `sqlite:PATH`, `postgres://...` (also `postgresql://`) or `dataset:PATH`. Fails with a
 * ValidationError that names the value (password redacted) and the valid forms.
 *
 * @example
 * ```ts
 * parseStoreLocation("sqlite:data/rareearth.sqlite") // { kind: "sqlite", path: "data/rareearth.sqlite" }
 * parseStoreLocation("postgres://app@db/trade")      // { kind: "postgres", url: "postgres://app@db/trade" }
 * parseStoreLocation("dataset:dataset-0.1.0.json")  // { kind: "dataset", path: "dataset-0.1.0.json" }
 * ```
 * @category locations
 * @since 0.1.0
 */
export const parseStoreLocation = (input: string): StoreLocation => {
  const value = input.trim()
  if (value.startsWith("sqlite:")) {
    const path = value.slice("sqlite:".length)
    if (path === "") throw locationError(input, "the path is missing")
    return { kind: "sqlite", path }
  }
  if (value.startsWith("dataset:")) {
    const path = value.slice("dataset:".length)
    if (path === "") throw locationError(input, "the path is missing")
    return { kind: "dataset", path }
  }
  if (isPostgresUrl(value)) {
    if (!URL.canParse(value)) throw locationError(input, "it is not a valid URL")
    return { kind: "postgres", url: value }
  }
  throw locationError(input, "unknown kind of store")
}

const locationError = (input: string, reason: string): ValidationError => {
  const shown = isPostgresUrl(input.trim()) ? redactUrl(input.trim()) : input
  return new ValidationError({
    message: `Invalid store ${JSON.stringify(shown)}: ${reason}; expected ${STORE_LOCATION_FORMS}`,
    issues: [{ code: "invalid_store", path: ["store"], message: reason }],
  })
}

/**
 * Opens the store at a location (migrating it) as a scoped Effect. A dataset file is not a
 * store: it fails with a StoreError that says so and names the stores that can be written.
 * @category locations
 * @since 0.1.0
 */
export const openStore = (
  location: StoreLocation,
): Effect.Effect<PersistentStore, StoreError, Scope.Scope> => {
  switch (location.kind) {
    case "sqlite":
      return SqliteStore.make({ path: location.path })
    case "postgres":
      return PostgresStore.make({ url: location.url, schema: location.schema })
    case "dataset":
      return Effect.fail(
        new StoreError({
          message: `Cannot write into dataset:${location.path}: a dataset file is read only; expected a store to write into, ${WRITABLE_FORMS}`,
          store: `dataset:${location.path}`,
          operation: "open",
        }),
      )
  }
}

/** A short printable description of a location (password redacted). @category locations @since 0.1.0 */
export const describeStoreLocation = (location: StoreLocation): string => {
  switch (location.kind) {
    case "sqlite":
      return `SQLite ${location.path}`
    case "postgres":
      return `PostgreSQL ${redactUrl(location.url)}`
    case "dataset":
      return `dataset file ${location.path}`
  }
}

/** Options shared by the store sources. @category sources @since 0.1.0 */
export interface StoreSourceOptions {
  /** Reference data (elements, measures, quotas, events); default: the embedded dataset's. */
  readonly reference?: ReferenceData | undefined
}

const layerOver = (
  acquire: Effect.Effect<PersistentStore, StoreError, Scope.Scope>,
  sourceName: string,
  options: StoreSourceOptions,
): Layer.Layer<RareEarth, StoreError> =>
  Layer.effect(
    RareEarth,
    Effect.gen(function* () {
      const store = yield* acquire
      return yield* makeLocal({
        reference: options.reference ?? referenceFromDataset(dataset),
        store,
        sourceName,
      })
    }),
  )

/**
 * A RareEarth source reading trade flows from a SQLite file (reference data from the embedded
 * dataset). The file is opened (and migrated) when the layer is built, closed when released.
 *
 * @example
 * ```ts
 * import { RareEarth } from "@rareearth/sdk"
 * import { SqliteSource } from "@rareearth/sdk/node"
 * import { Effect } from "effect"
 *
 * const page = await Effect.runPromise(
 *   RareEarth.use((r) => r.flows({ reporter: "CN", commodity: "magnets" })).pipe(
 *     Effect.provide(SqliteSource.layer({ path: "rareearth.sqlite" })),
 *   ),
 * )
 * ```
 * @category sources
 * @since 0.1.0
 */
export const SqliteSource = {
  layer: (
    options: SqliteStore.SqliteStoreOptions & StoreSourceOptions,
  ): Layer.Layer<RareEarth, StoreError> =>
    layerOver(SqliteStore.make(options), `sqlite:${options.path}`, options),
} as const

/**
 * A RareEarth source reading trade flows from PostgreSQL (reference data from the embedded
 * dataset). Credentials come from the URL, DATABASE_URL or PG* variables and are never shown.
 * @example
 * ```ts
 * import { PostgresSource } from "@rareearth/sdk/node"
 * const layer = PostgresSource.layer({ url: process.env.DATABASE_URL })
 * ```
 * @category sources
 * @since 0.1.0
 */
export const PostgresSource = {
  layer: (
    options: PostgresStore.PostgresStoreOptions & StoreSourceOptions = {},
  ): Layer.Layer<RareEarth, StoreError> =>
    layerOver(
      PostgresStore.make(options),
      options.url !== undefined ? `postgres:${redactUrl(options.url)}` : "postgres",
      options,
    ),
} as const

/**
 * A RareEarth source over the store at a location string (`sqlite:PATH`, `postgres://...` or
 * `dataset:PATH`): what the CLI's `--source` calls. Throws a ValidationError for any other
 * string; a dataset file that cannot be read or is not a valid dataset fails the layer with a
 * ValidationError naming the file and the first bad value. `options.reference` does not apply
 * to a dataset file, which holds its own reference data.
 * @example
 * ```ts
 * import { StoreSource } from "@rareearth/sdk/node"
 * const layer = StoreSource.layer("sqlite:rareearth.sqlite")
 * ```
 * @category sources
 * @since 0.1.0
 */
export const StoreSource = {
  layer: (
    location: string | StoreLocation,
    options: StoreSourceOptions = {},
  ): Layer.Layer<RareEarth, StoreError | ValidationError> => {
    const parsed = typeof location === "string" ? parseStoreLocation(location) : location
    switch (parsed.kind) {
      case "sqlite":
        return SqliteSource.layer({ path: parsed.path, ...options })
      case "postgres":
        return PostgresSource.layer({ url: parsed.url, schema: parsed.schema, ...options })
      case "dataset":
        return DatasetFileSource.layer({ path: parsed.path })
    }
  },
} as const
