/**
 * A TradeFlowStore in PostgreSQL, through `pg` (an optional peer dependency, imported only when a
 * store is opened). A write streams CSV through `COPY ... FROM STDIN` into a temporary staging
 * table, classifies the staged rows against the table in one set-based pass (added, revised,
 * unchanged, exactly as the columnar store counts them), then inserts the new vintages
 * (`ON CONFLICT DO NOTHING` as a safety net) and corrects changed ones in place. All of it is one
 * transaction under a per-schema advisory lock: all or nothing, and two writers never duplicate
 * or lose rows. Migrations run on open under another advisory lock.
 * @since 0.1.0
 */
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { TradeFlow } from "@rareearth/core"
import { Effect, type Scope } from "effect"
import type { Pool, PoolClient } from "pg"
import { StoreError } from "../../errors.ts"
import type { FlowQuery, Page, PageRequest } from "../../Query.ts"
import type { AggregateRow, GroupKey, WriteSummary } from "../../store/TradeFlowStore.ts"
import {
  aggregateColumns,
  CONTENT_COLUMNS,
  FLOW_COLUMNS,
  type FlowRow,
  fromRow,
  GROUP_COLUMNS,
  groupKeys,
  issuesMessage,
  NATURAL_KEY,
  OBSERVATION_KEY,
  ORDER_BY,
  resolveFilter,
  resolvePage,
  SELECT_COLUMNS,
  type StoredRow,
  toAggregateRows,
  toRow,
  validateFlows,
  whereClause,
} from "../sql/FlowRows.ts"
import {
  abortedError,
  type PersistentStore,
  storeError,
  type WriteOptions,
} from "../sql/StoreSupport.ts"
import { lockKeyOf, quoteSchema, type ResolvedConnection, resolveConnection } from "./connection.ts"
import { POSTGRES_MIGRATIONS } from "./migrations.ts"

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
interface CopyModule {
  readonly from: (text: string) => NodeJS.WritableStream & { readonly rowCount?: number }
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

/** One CSV field for COPY: NULL is an unquoted empty field, every string is quoted. */
const csvField = (value: string | number | boolean | null): string => {
  if (value === null) return ""
  if (typeof value === "number") return String(value)
  if (typeof value === "boolean") return value ? "t" : "f"
  return `"${value.replaceAll('"', '""')}"`
}

const STAGING = "trade_flows_staging"
const STAGING_COLUMNS = ["ord", ...FLOW_COLUMNS] as const

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

  const stageWithCopy = async (
    client: PoolClient,
    rows: ReadonlyArray<TradeFlow.TradeFlow>,
    progress: (done: number) => void,
    aborted: () => boolean,
  ): Promise<void> => {
    const stream = client.query(
      copy!.from(
        `COPY ${STAGING} (${STAGING_COLUMNS.join(", ")}) FROM STDIN WITH (FORMAT csv)`,
      ) as never,
    ) as unknown as NodeJS.WritableStream
    async function* csv(): AsyncGenerator<string> {
      for (let start = 0; start < rows.length; start += chunkSize) {
        if (aborted()) throw abortedError(STORE)
        const end = Math.min(rows.length, start + chunkSize)
        let text = ""
        for (let i = start; i < end; i++) {
          const row = toRow(rows[i]!)
          text += String(i)
          for (const column of FLOW_COLUMNS) text += `,${csvField(row[column])}`
          text += "\n"
        }
        yield text
        progress(end)
      }
    }
    await pipeline(Readable.from(csv()), stream)
  }

  const stageWithInsert = async (
    client: PoolClient,
    rows: ReadonlyArray<TradeFlow.TradeFlow>,
    progress: (done: number) => void,
    aborted: () => boolean,
  ): Promise<void> => {
    const width = STAGING_COLUMNS.length
    for (let start = 0; start < rows.length; start += chunkSize) {
      if (aborted()) throw abortedError(STORE)
      const end = Math.min(rows.length, start + chunkSize)
      const params: Array<string | number | boolean | null> = []
      const tuples: Array<string> = []
      for (let i = start; i < end; i++) {
        const row: FlowRow = toRow(rows[i]!)
        const base = params.length
        params.push(i, ...FLOW_COLUMNS.map((column) => row[column]))
        tuples.push(`(${Array.from({ length: width }, (_, k) => `$${base + k + 1}`).join(", ")})`)
      }
      await client.query(
        `INSERT INTO ${STAGING} (${STAGING_COLUMNS.join(", ")}) VALUES ${tuples.join(", ")}`,
        params,
      )
      progress(end)
    }
  }

  const keyEquals = (left: string, right: string, columns: ReadonlyArray<string>): string =>
    columns.map((column) => `${left}.${column} = ${right}.${column}`).join(" AND ")

  const columns = (alias: string, names: ReadonlyArray<string>): string =>
    names.map((name) => `${alias}.${name}`).join(", ")
  /** A row's content as text: JSON compared as text, numbers in their shortest exact form. */
  const content = (alias: string): string =>
    `ROW(${CONTENT_COLUMNS.map((c) => (c === "sources" || c === "confidence" ? `${alias}.${c}::text` : `${alias}.${c}`)).join(", ")})::text`

  const CLASSIFIED = "trade_flows_classified"

  // Classification replays the batch in order, as the columnar store does: the state a row meets
  // is the previous staged row of its vintage, else the stored one. It runs before anything is
  // written, so it sees the table as it was; the advisory lock keeps other writers out meanwhile.
  // One sort of the staged rows by (natural key, ord) serves every window (the observation key
  // is a prefix of the natural key) and carries only the keys; the stored vintage is one probe
  // of the unique index; row contents are only read and compared (as text) where a vintage
  // meets an earlier one.
  const stagedContent = (ord: string): string =>
    `(SELECT ${content("x")} FROM ${STAGING} x WHERE x.ord = ${ord})`

  const CLASSIFY = `
CREATE TEMP TABLE ${CLASSIFIED} ON COMMIT DROP AS
WITH s AS (
  SELECT s.ord, ${columns("s", NATURAL_KEY)},
    lag(s.ord) OVER by_vintage AS previous_ord,
    row_number() OVER by_vintage AS nth_vintage,
    last_value(s.ord) OVER (by_vintage ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_ord,
    min(s.ord) OVER (PARTITION BY ${columns("s", OBSERVATION_KEY)}) AS first_observation_ord
  FROM ${STAGING} s
  WINDOW by_vintage AS (PARTITION BY ${columns("s", NATURAL_KEY)} ORDER BY s.ord)
)
SELECT s.ord, s.nth_vintage, s.last_ord, t.row_id AS stored_row_id,
  CASE
    WHEN s.nth_vintage > 1 THEN
      CASE WHEN ${stagedContent("s.ord")} = ${stagedContent("s.previous_ord")} THEN 'unchanged' ELSE 'revised' END
    WHEN t.row_id IS NOT NULL THEN
      CASE WHEN ${stagedContent("s.ord")} = ${content("t")} THEN 'unchanged' ELSE 'revised' END
    WHEN s.first_observation_ord < s.ord
      OR EXISTS (SELECT 1 FROM ${table} o WHERE ${keyEquals("o", "s", OBSERVATION_KEY)}) THEN 'revised'
    ELSE 'added'
  END AS kind
FROM s
LEFT JOIN ${table} t ON ${keyEquals("t", "s", NATURAL_KEY)}`

  const COUNT_KINDS = `
SELECT
  count(*) FILTER (WHERE kind = 'added')::int AS added,
  count(*) FILTER (WHERE kind = 'revised')::int AS revised,
  count(*) FILTER (WHERE kind = 'unchanged')::int AS unchanged
FROM ${CLASSIFIED}`

  // New vintages: inserted where they first appeared in the batch (so `row_id`, the storage
  // order sums follow, matches a row-by-row writer), with the batch's last figures for them.
  // ON CONFLICT is a safety net only: the advisory lock already keeps other writers out.
  const INSERT_NEW = `
INSERT INTO ${table} (${FLOW_COLUMNS.join(", ")})
SELECT ${columns("s", FLOW_COLUMNS)}
FROM ${CLASSIFIED} c JOIN ${STAGING} s ON s.ord = c.last_ord
WHERE c.nth_vintage = 1 AND c.stored_row_id IS NULL
ORDER BY c.ord
ON CONFLICT ON CONSTRAINT trade_flows_natural_key DO NOTHING`

  // Stored vintages whose figures changed: corrected in place.
  const UPDATE_CHANGED = `
UPDATE ${table} t SET ${CONTENT_COLUMNS.map((c) => `${c} = s.${c}`).join(", ")}
FROM ${CLASSIFIED} c JOIN ${STAGING} s ON s.ord = c.last_ord
WHERE c.nth_vintage = 1 AND c.stored_row_id IS NOT NULL AND t.row_id = c.stored_row_id
  AND ${content("t")} IS DISTINCT FROM ${content("s")}`

  const writeAll = async (
    input: ReadonlyArray<TradeFlow.TradeFlow>,
    writeOptions: WriteOptions | undefined,
    signal: AbortSignal | undefined,
  ): Promise<WriteSummary> => {
    ensureOpen("write")
    const flows = validateFlows(STORE, input)
    const aborted = (): boolean =>
      signal?.aborted === true || writeOptions?.signal?.aborted === true
    if (aborted()) throw abortedError(STORE)
    const onProgress = writeOptions?.onProgress
    const progress = (done: number): void => onProgress?.(done, flows.length)
    const { client, release } = await acquire()
    try {
      await client.query("BEGIN")
      await client.query("SELECT pg_advisory_xact_lock($1, $2)", [WRITE_LOCK, lockKeyOf(schema)])
      await client.query(
        `CREATE TEMP TABLE ${STAGING} (ord integer NOT NULL, LIKE ${table} INCLUDING DEFAULTS EXCLUDING CONSTRAINTS EXCLUDING INDEXES EXCLUDING IDENTITY) ON COMMIT DROP`,
      )
      await client.query(`ALTER TABLE ${STAGING} DROP COLUMN row_id`)
      // Sorting a large batch by its natural key in memory rather than on disk (this
      // transaction only): about 256 bytes a row, between 64 MiB and 1 GiB.
      const workMemMb = Math.min(1024, Math.max(64, Math.ceil((input.length * 256) / 2 ** 20)))
      await client.query("SELECT set_config('work_mem', $1, true)", [`${workMemMb}MB`])
      if (flows.length > 0) {
        if (bulk === "copy") await stageWithCopy(client, flows, progress, aborted)
        else await stageWithInsert(client, flows, progress, aborted)
      } else {
        progress(0)
      }
      if (aborted()) throw abortedError(STORE)
      // Temp tables have no statistics until analysed: without them the planner guesses badly.
      await client.query(`CREATE INDEX ON ${STAGING} (ord)`)
      await client.query(`ANALYZE ${STAGING}`)
      await client.query(CLASSIFY)
      const result = await client.query<{ added: number; revised: number; unchanged: number }>(
        COUNT_KINDS,
      )
      const summary = result.rows[0]
      const changed = Number(summary?.added ?? 0) + Number(summary?.revised ?? 0)
      if (changed > 0) {
        await client.query(`ANALYZE ${CLASSIFIED}`)
        await client.query(INSERT_NEW)
        await client.query(UPDATE_CHANGED)
      }
      if (aborted()) throw abortedError(STORE)
      await client.query("COMMIT")
      // Fresh statistics after a big import, so the next queries get good plans at once
      // (autovacuum would get there, later). Best effort: the import itself is committed.
      if (changed >= ANALYZE_AFTER_ROWS)
        await client.query(`ANALYZE ${table}`).catch(() => undefined)
      return {
        added: Number(summary?.added ?? 0),
        revised: Number(summary?.revised ?? 0),
        unchanged: Number(summary?.unchanged ?? 0),
      }
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
