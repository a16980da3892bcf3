/**
 * A TradeFlowStore in PostgreSQL, through `pg` (an optional peer dependency, imported only when a
 * store is opened). A write streams CSV through `COPY ... FROM STDIN` (multi-row INSERTs without
 * pg-copy-streams): straight into an empty table, indexes built once at the end; else into a
 * staging table merged set-wise (see writeFlows.ts). All of it is one transaction under a
 * per-schema advisory lock: all or nothing, and two writers never duplicate or lose rows.
 * Migrations run on open under another advisory lock.
 * @since 0.1.0
 */
import type { TradeFlow } from "@rareearth/core"
import { Effect, type Scope } from "effect"
import type { Pool, PoolClient } from "pg"
import { StoreError } from "../../Errors.ts"
import type { FlowQuery, Page, PageRequest } from "../../Query.ts"
import type { AggregateRow, GroupKey, WriteSummary } from "../../store/TradeFlowStore.ts"
import {
  aggregateColumns,
  fromRow,
  GROUP_COLUMNS,
  groupKeys,
  issuesMessage,
  ORDER_BY,
  resolveFilter,
  resolvePage,
  SELECT_COLUMNS,
  type StoredRow,
  toAggregateRows,
  whereClause,
} from "../sql/FlowRows.ts"
import {
  abortedError,
  type PersistentStore,
  storeError,
  type WriteOptions,
} from "../sql/StoreSupport.ts"
import { flowsToWrite } from "../sql/ValidatedFlows.ts"
import { lockKeyOf, quoteSchema, type ResolvedConnection, resolveConnection } from "./connection.ts"
import { POSTGRES_MIGRATIONS } from "./migrations.ts"
import { type CopyModule, makeFlowWriter } from "./writeFlows.ts"

/**
 * Options of a PostgreSQL store. Credentials come from `url`, else `DATABASE_URL`, else the
 * PG* environment variables; they are never printed.
 * @category stores
 * @since 0.1.0
 */
export interface PostgresStoreOptions {
  /** `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME]`; defaults to DATABASE_URL, then PG* variables. */
  readonly url?: string | undefined
  /** The schema holding the tables (created if missing); default the URL's `?schema=`, else `rareearth`. */
  readonly schema?: string | undefined
  /** Connections in the pool (default 4). */
  readonly poolSize?: number | undefined
  /** How rows reach the staging table: `copy` (COPY FROM STDIN, the default) or `insert` (multi-row INSERTs). */
  readonly bulk?: "copy" | "insert" | undefined
  /** Rows per progress callback and per staging INSERT (default 5 000 for COPY, 1 000 for INSERT). */
  readonly chunkSize?: number | undefined
  /** The `application_name` of the connections, as pg_stat_activity shows it (default `rareearth-sdk`). */
  readonly applicationName?: string | undefined
}

/**
 * A PostgreSQL-backed store.
 * @category stores
 * @since 0.1.0
 */
export interface PostgresStore extends PersistentStore {
  /** The schema holding the tables. */
  readonly schema: string
  /** Where it connects, password redacted. */
  readonly target: string
  /** How rows reach the staging table: `copy` (COPY FROM STDIN) or `insert` (when pg-copy-streams is missing or `bulk: "insert"`). */
  readonly bulk: "copy" | "insert"
}

const STORE = "postgres"
/** First half of every advisory lock key of this package (ASCII "rare"). */
const LOCK_NAMESPACE = 0x72617265
const MIGRATION_LOCK = LOCK_NAMESPACE
const WRITE_LOCK = LOCK_NAMESPACE + 1

const dollar = (index: number): string => `$${index}`

/** Imports at least this large refresh the table's planner statistics. */
const ANALYZE_AFTER_ROWS = 10_000

interface PgModule {
  readonly Pool: new (config: Record<string, unknown>) => Pool
}

const loadPg = async (): Promise<PgModule> => {
  try {
    const module = (await import("pg")) as unknown as PgModule & { default?: PgModule }
    return module.Pool !== undefined ? module : (module.default as PgModule)
  } catch (cause) {
    throw new StoreError({
      message: `${STORE}: the "pg" package is needed for PostgreSQL stores: install it with \`npm install pg\``,
      store: STORE,
      operation: "open",
      cause,
    })
  }
}

const loadCopy = async (): Promise<CopyModule | undefined> => {
  try {
    const module = (await import("pg-copy-streams")) as unknown as CopyModule & {
      default?: CopyModule
    }
    return module.from !== undefined ? module : module.default
  } catch {
    return undefined
  }
}

const migrate = async (client: PoolClient, schema: string, quoted: string): Promise<void> => {
  await client.query("BEGIN")
  try {
    await client.query("SELECT pg_advisory_xact_lock($1, $2)", [MIGRATION_LOCK, lockKeyOf(schema)])
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`)
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${quoted}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    )
    const result = await client.query<{ version: number }>(
      `SELECT coalesce(max(version), 0)::int AS version FROM ${quoted}.schema_migrations`,
    )
    const current = Number(result.rows[0]?.version ?? 0)
    const latest = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1]?.version ?? 0
    if (current > latest) {
      throw new Error(
        `schema ${quoted} is at version ${current}, newer than this SDK knows (${latest}); upgrade @rareearth/sdk`,
      )
    }
    for (const migration of POSTGRES_MIGRATIONS) {
      if (migration.version <= current) continue
      await client.query(migration.sql(quoted))
      await client.query(
        `INSERT INTO ${quoted}.schema_migrations (version, name) VALUES ($1, $2)`,
        [migration.version, migration.name],
      )
    }
    await client.query("COMMIT")
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined)
    throw error
  }
}

/**
 * Connects to PostgreSQL, creates the schema if needed and applies pending migrations. The
 * caller closes it with `store.close()`; prefer {@link make} inside Effect code.
 *
 * @example
 * ```ts
 * import { PostgresStore } from "@rareearth/sdk/node"
 * const store = await PostgresStore.open({ url: process.env.DATABASE_URL })
 * try {
 *   console.log(await Effect.runPromise(store.count))
 * } finally {
 *   await store.close()
 * }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const open = async (options: PostgresStoreOptions = {}): Promise<PostgresStore> => {
  let connection: ResolvedConnection
  try {
    connection = resolveConnection(options.url)
  } catch (cause) {
    throw storeError(STORE, "open", cause)
  }
  const { secrets } = connection
  const fail = (operation: string, cause: unknown): StoreError =>
    storeError(STORE, `${operation} (${connection.display})`, cause, secrets)
  const schema = options.schema ?? connection.schema ?? "rareearth"
  let quoted: string
  try {
    quoted = quoteSchema(schema)
  } catch (cause) {
    throw fail("open", cause)
  }
  const table = `${quoted}.trade_flows`
  const pg = await loadPg()
  const copy = options.bulk === "insert" ? undefined : await loadCopy()
  const bulk = copy === undefined ? "insert" : "copy"
  const chunkSize = Math.max(1, options.chunkSize ?? (bulk === "copy" ? 5_000 : 1_000))

  const pool = new pg.Pool({
    ...(connection.connectionString !== undefined
      ? { connectionString: connection.connectionString }
      : {}),
    max: Math.max(1, options.poolSize ?? 4),
    application_name: options.applicationName ?? "rareearth-sdk",
  })
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", () => undefined)
  let closed = false

  try {
    const client = await pool.connect()
    const onError = (): void => undefined
    client.on("error", onError)
    try {
      await migrate(client, schema, quoted)
    } finally {
      client.off("error", onError)
      client.release()
    }
  } catch (cause) {
    await pool.end().catch(() => undefined)
    throw fail("open", cause)
  }

  /**
   * Checks a client out of the pool with an error listener for as long as we hold it: a backend
   * killed mid-query makes the client emit "error", which must not become an uncaught exception
   * (the pending query rejects anyway). Broken clients are destroyed on release, not reused.
   */
  const acquire = async (): Promise<{ client: PoolClient; release: () => void }> => {
    const client = await pool.connect()
    let broken = false
    const onError = (): void => {
      broken = true
    }
    client.on("error", onError)
    return {
      client,
      release: () => {
        client.off("error", onError)
        client.release(broken)
      },
    }
  }

  const ensureOpen = (operation: string): void => {
    if (closed) {
      throw new StoreError({
        message: `${STORE}: ${operation} on a closed store (${connection.display})`,
        store: STORE,
        operation,
      })
    }
  }

  const writeFlows = makeFlowWriter({ schema: quoted, copy, chunkSize })

  const writeAll = async (
    input: ReadonlyArray<TradeFlow.TradeFlow>,
    writeOptions: WriteOptions | undefined,
    signal: AbortSignal | undefined,
  ): Promise<WriteSummary> => {
    ensureOpen("write")
    // Rows from sync (a ValidatedFlows batch) were checked once already and are not again;
    // others are checked chunk by chunk as they stream (before any of a chunk is sent).
    const flows = flowsToWrite(STORE, input)
    const checkAbort = (): void => {
      if (signal?.aborted === true || writeOptions?.signal?.aborted === true)
        throw abortedError(STORE)
    }
    checkAbort()
    const onProgress = writeOptions?.onProgress
    const progress = (done: number): void => onProgress?.(done, input.length)
    const { client, release } = await acquire()
    try {
      await client.query("BEGIN")
      await client.query("SELECT pg_advisory_xact_lock($1, $2)", [WRITE_LOCK, lockKeyOf(schema)])
      const summary = await writeFlows(client, flows, { progress, checkAbort })
      checkAbort()
      await client.query("COMMIT")
      // Fresh statistics after a big import, so the next queries get good plans at once
      // (autovacuum would get there, later). Best effort: the import itself is committed.
      if (summary.added + summary.revised >= ANALYZE_AFTER_ROWS)
        await client.query(`ANALYZE ${table}`).catch(() => undefined)
      return summary
    } catch (error) {
      // If the connection is gone, the server has rolled the transaction back itself.
      await client.query("ROLLBACK").catch(() => undefined)
      throw error
    } finally {
      release()
    }
  }

  const write = (
    flows: ReadonlyArray<TradeFlow.TradeFlow>,
    writeOptions?: WriteOptions,
  ): Effect.Effect<WriteSummary, StoreError> =>
    Effect.tryPromise({
      try: (signal) => writeAll(flows, writeOptions, signal),
      catch: (cause) => fail("write", cause),
    })

  /** Runs reads in one REPEATABLE READ snapshot, so a page and its total agree. */
  const readTransaction = <A>(
    operation: string,
    body: (client: PoolClient) => Promise<A>,
  ): Effect.Effect<A, StoreError> =>
    Effect.tryPromise({
      try: async () => {
        ensureOpen(operation)
        const { client, release } = await acquire()
        try {
          await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
          const result = await body(client)
          await client.query("COMMIT")
          return result
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined)
          throw error
        } finally {
          release()
        }
      },
      catch: (cause) => fail(operation, cause),
    })

  const badInput = (operation: string, message: string): Effect.Effect<never, StoreError> =>
    Effect.fail(new StoreError({ message: `${STORE}: ${message}`, store: STORE, operation }))

  const query = (
    filter: FlowQuery,
    page?: PageRequest & { readonly allVintages?: boolean },
  ): Effect.Effect<Page<TradeFlow.TradeFlow>, StoreError> => {
    const resolved = resolveFilter(filter)
    if (resolved.issues.length > 0) return badInput("query", issuesMessage(resolved.issues))
    const paging = resolvePage(page)
    if (typeof paging === "string") return badInput("query", paging)
    const where = whereClause(table, resolved.filter, page?.allVintages === true, dollar)
    return readTransaction("query", async (client) => {
      const totalResult = await client.query<{ total: string }>(
        `SELECT count(*) AS total FROM ${table} t ${where.sql}`,
        [...where.params],
      )
      const total = Number(totalResult.rows[0]?.total ?? 0)
      const limit = paging.limit
      let rows: Array<StoredRow> = []
      if (limit > 0) {
        const n = where.params.length
        const result = await client.query<StoredRow>(
          `SELECT ${SELECT_COLUMNS} FROM ${table} t ${where.sql} ${ORDER_BY} LIMIT $${n + 1} OFFSET $${n + 2}`,
          [...where.params, limit, paging.offset],
        )
        rows = result.rows
      }
      const items = rows.map(fromRow)
      const end = Math.min(total, paging.offset + limit)
      return {
        items,
        total,
        offset: paging.offset,
        limit,
        nextOffset: limit > 0 && end < total ? end : null,
      }
    })
  }

  const aggregate = (
    filter: FlowQuery,
    groupBy: ReadonlyArray<GroupKey>,
  ): Effect.Effect<ReadonlyArray<AggregateRow>, StoreError> => {
    const resolved = resolveFilter(filter)
    if (resolved.issues.length > 0) return badInput("aggregate", issuesMessage(resolved.issues))
    const keys = groupKeys(groupBy)
    if (typeof keys === "string") return badInput("aggregate", keys)
    const where = whereClause(table, resolved.filter, false, dollar)
    const columns = keys.map((key) => `t.${GROUP_COLUMNS[key]}`)
    const select = [...columns.map((c, i) => `${c} AS k${i}`), ...aggregateColumns("sum")].join(
      ", ",
    )
    const group =
      columns.length > 0 ? `GROUP BY ${columns.join(", ")} ORDER BY ${columns.join(", ")}` : ""
    return readTransaction("aggregate", async (client) => {
      const result = await client.query<Record<string, unknown>>(
        `SELECT ${select} FROM ${table} t ${where.sql} ${group}`,
        [...where.params],
      )
      return toAggregateRows(result.rows, keys)
    })
  }

  /** Rows visible to queries: the latest vintage of each observation (like the columnar store). */
  const count: Effect.Effect<number, StoreError> = readTransaction("count", async (client) => {
    const where = whereClause(table, {}, false, dollar)
    const result = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${table} t ${where.sql}`,
    )
    return Number(result.rows[0]?.n ?? 0)
  })

  /** Rows stored, every vintage. */
  const rowCount: Effect.Effect<number, StoreError> = readTransaction(
    "rowCount",
    async (client) => {
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)
      return Number(result.rows[0]?.n ?? 0)
    },
  )

  const schemaVersion: Effect.Effect<number, StoreError> = readTransaction(
    "schemaVersion",
    async (client) => {
      const result = await client.query<{ v: number }>(
        `SELECT coalesce(max(version), 0)::int AS v FROM ${quoted}.schema_migrations`,
      )
      return Number(result.rows[0]?.v ?? 0)
    },
  )

  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    await pool.end()
  }

  return {
    name: `postgres:${connection.display}#${schema}`,
    schema,
    target: connection.display,
    bulk,
    write,
    query,
    aggregate,
    count,
    rowCount,
    schemaVersion,
    close,
  }
}

/**
 * A PostgreSQL store as a scoped Effect: connected (and migrated) on acquire, pool closed with
 * the scope.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { PostgresStore } from "@rareearth/sdk/node"
 *
 * const program = Effect.scoped(
 *   Effect.gen(function* () {
 *     const store = yield* PostgresStore.make({ url: "postgres://app@db.internal/trade" })
 *     return yield* store.count
 *   }),
 * )
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (
  options: PostgresStoreOptions = {},
): Effect.Effect<PostgresStore, StoreError, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: () => open(options),
      catch: (cause) => storeError(STORE, "open", cause, resolveSecrets(options.url)),
    }),
    (store) => Effect.promise(() => store.close()),
  )

const resolveSecrets = (url: string | undefined): ReadonlyArray<string> => {
  try {
    return resolveConnection(url).secrets
  } catch {
    return []
  }
}
