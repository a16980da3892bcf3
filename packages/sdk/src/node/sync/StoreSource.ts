/**
 * Reading from a persistent store: RareEarth layers over SQLite or PostgreSQL (the local query
 * engine over reference data and the store's flows), and the `sqlite:PATH` / `postgres://...`
 * locations the CLI takes for `--source` and `--into`.
 * @since 0.1.0
 */
import { dataset } from "@rareearth/data"
import { Effect, Layer, type Scope } from "effect"
import { type StoreError, ValidationError } from "../../errors.ts"
import { makeLocal, type ReferenceData, referenceFromDataset } from "../../query/LocalQuery.ts"
import { RareEarth } from "../../RareEarth.ts"
import { isPostgresUrl, redactUrl } from "../postgres/connection.ts"
import * as PostgresStore from "../postgres/PostgresStore.ts"
import type { PersistentStore } from "../sql/StoreSupport.ts"
import * as SqliteStore from "../sqlite/SqliteStore.ts"

/**
 * Where a store lives: a SQLite file or a PostgreSQL database.
 * @category locations
 * @since 0.1.0
 */
export type StoreLocation =
  | { readonly kind: "sqlite"; readonly path: string }
  | { readonly kind: "postgres"; readonly url: string; readonly schema?: string | undefined }

/** What a location string may be, for messages. @category locations @since 0.1.0 */
export const STORE_LOCATION_FORMS =
  "sqlite:PATH (e.g. sqlite:rareearth.sqlite) or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME]"

/**
 * Parses `sqlite:PATH` or `postgres://...` (also `postgresql://`). Fails with a ValidationError
 * that names the value (password redacted) and the valid forms.
 *
 * @example
 * ```ts
 * parseStoreLocation("sqlite:data/rareearth.sqlite") // { kind: "sqlite", path: "data/rareearth.sqlite" }
 * parseStoreLocation("postgres://app@db/trade")      // { kind: "postgres", url: "postgres://app@db/trade" }
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
 * Opens the store at a location (migrating it) as a scoped Effect.
 * @category locations
 * @since 0.1.0
 */
export const openStore = (
  location: StoreLocation,
): Effect.Effect<PersistentStore, StoreError, Scope.Scope> =>
  location.kind === "sqlite"
    ? SqliteStore.make({ path: location.path })
    : PostgresStore.make({ url: location.url, schema: location.schema })

/** A short printable description of a location (password redacted). @category locations @since 0.1.0 */
export const describeStoreLocation = (location: StoreLocation): string =>
  location.kind === "sqlite" ? `SQLite ${location.path}` : `PostgreSQL ${redactUrl(location.url)}`

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
 * A RareEarth source over the store at a location string (`sqlite:PATH` or `postgres://...`):
 * what the CLI's `--source` calls. Throws a ValidationError for any other string.
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
  ): Layer.Layer<RareEarth, StoreError> => {
    const parsed = typeof location === "string" ? parseStoreLocation(location) : location
    return parsed.kind === "sqlite"
      ? SqliteSource.layer({ path: parsed.path, ...options })
      : PostgresSource.layer({ url: parsed.url, schema: parsed.schema, ...options })
  },
} as const
