/**
 * A TradeFlowStore in a SQLite file, through Node's built-in `node:sqlite`. The embedded
 * default for persistence: one file, no server. Writes are one IMMEDIATE transaction (all or
 * nothing, serialised across processes by SQLite's write lock and within a process by a
 * mutex): a bulk load into an empty table (bulkLoad.ts), else row by row against the natural-key
 * index. Reads use a second connection, so they see only committed data (WAL mode).
 * @since 0.1.0
 */
import { mkdirSync, realpathSync } from "node:fs"
import { dirname } from "node:path"
import type { DatabaseSync } from "node:sqlite"
import type { TradeFlow } from "@rareearth/core"
import { Effect, type Scope } from "effect"
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
  type StoredRow,
  toAggregateRows,
  whereClause,
} from "../sql/FlowRows.ts"
import {
  abortedError,
  type PersistentStore,
  serialised,
  storeError,
  type WriteOptions,
  yieldToEventLoop,
} from "../sql/StoreSupport.ts"
import { validateFlows } from "../sql/ValidatedFlows.ts"
import { loadIntoEmpty, prepareBulk } from "./bulkLoad.ts"
import { ANALYZE, SQLITE_MIGRATIONS } from "./migrations.ts"
import {
  PROVENANCE_JOIN,
  ProvenanceIds,
  putSqliteValues,
  SQLITE_CONTENT_COLUMNS,
  SQLITE_FLOW_COLUMNS,
  SQLITE_OBSERVATION_KEY,
  SQLITE_SELECT_COLUMNS,
} from "./SqliteRows.ts"

/**
 * Options of a SQLite store.
 * @category stores
 * @since 0.1.0
 */
export interface SqliteStoreOptions {
  /** The database file; created with its directory's permissions if missing. `:memory:` works for a private store. */
  readonly path: string
  /** How long a writer waits for another process's write lock, in milliseconds (default 30 000). */
  readonly busyTimeoutMs?: number | undefined
  /** Rows written between progress callbacks and event-loop yields (default 5 000). */
  readonly chunkSize?: number | undefined
}

/**
 * A SQLite-backed store.
 * @category stores
 * @since 0.1.0
 */
export interface SqliteStore extends PersistentStore {
  readonly path: string
}

const TABLE = "trade_flows"
/** A row-by-row write of at least this many rows refreshes the planner's statistics. */
const ANALYZE_AFTER_ROWS = 1_000
const STORE = "sqlite"

const placeholder = (): string => "?"

/** Equality of a stored SQLite value and a bindable one (REAL columns may come back as integers). */
const sameValue = (stored: unknown, value: string | number | null): boolean =>
  stored === value ||
  (typeof stored !== "string" && stored !== null && value !== null && Number(stored) === value)

const applyMigrations = (db: DatabaseSync): void => {
  // BEGIN IMMEDIATE takes the write lock first, so two processes opening one new file
  // at once apply each migration exactly once: the second waits, then sees it applied.
  db.exec("BEGIN IMMEDIATE")
  try {
    db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT",
    )
    const row = db
      .prepare("SELECT coalesce(max(version), 0) AS version FROM schema_migrations")
      .get() as { version: number } | undefined
    const current = Number(row?.version ?? 0)
    const latest = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1]?.version ?? 0
    if (current > latest) {
      throw new Error(
        `the database is at schema version ${current}, newer than this SDK knows (${latest}); upgrade @rareearth/sdk`,
      )
    }
    const record = db.prepare(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
    )
    for (const migration of SQLITE_MIGRATIONS) {
      if (migration.version <= current) continue
      db.exec(migration.sql)
      record.run(migration.version, migration.name, new Date().toISOString())
    }
    db.exec("COMMIT")
  } catch (error) {
    if (db.isTransaction) db.exec("ROLLBACK")
    throw error
  }
}

/** A plain left-to-right sum skipping NULLs (SQLite's own `sum` is compensated, see aggregateColumns). */
const PLAIN_SUM = "rareearth_plain_sum"

type SqliteModule = typeof import("node:sqlite")

/**
 * `node:sqlite`, loaded when a store is opened: importing `@rareearth/sdk/node` must work on
 * Node versions where the module is missing or behind a flag, for users of its other parts.
 */
const loadSqlite = async (): Promise<SqliteModule> => {
  try {
    return await import("node:sqlite")
  } catch (cause) {
    throw new StoreError({
      message: `${STORE}: this Node.js (${process.version}) has no usable node:sqlite module: SQLite stores need Node.js 22.13 or later`,
      store: STORE,
      operation: "open",
      cause,
    })
  }
}

const openConnection = (
  sqlite: SqliteModule,
  path: string,
  busyTimeoutMs: number,
): DatabaseSync => {
  const db = new sqlite.DatabaseSync(path)
  try {
    db.aggregate(PLAIN_SUM, {
      start: null,
      deterministic: true,
      step: (total, value) =>
        typeof value !== "number" ? total : typeof total !== "number" ? value : total + value,
    })
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`)
    // 16 KiB pages for a new file (no effect on an existing one): a third fewer WAL frames to
    // commit after a bulk load, shallower indexes. Must precede WAL mode.
    db.exec("PRAGMA page_size = 16384")
    if (path !== ":memory:") db.exec("PRAGMA journal_mode = WAL")
    db.exec("PRAGMA synchronous = NORMAL")
    // 64 MiB of page cache (the default is 2 MiB): bulk writes keep the index pages they touch.
    db.exec("PRAGMA cache_size = -65536")
    // Index builds (a bulk load's) and large sorts use a helper thread when a core is free.
    db.exec("PRAGMA threads = 2")
    // ANALYZE samples about this many rows per index instead of reading them all.
    db.exec("PRAGMA analysis_limit = 1000")
    db.exec("PRAGMA foreign_keys = ON")
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

const lockKeyOf = (path: string): string => {
  if (path === ":memory:") return `sqlite:memory:${Math.random()}`
  try {
    return `sqlite:${realpathSync(path)}`
  } catch {
    return `sqlite:${path}`
  }
}

/**
 * Opens (creating if needed) a SQLite store and applies pending migrations. The caller closes it
 * with `store.close()`; prefer {@link make} inside Effect code, which closes it with its scope.
 *
 * @example
 * ```ts
 * import { SqliteStore } from "@rareearth/sdk/node"
 * const store = await SqliteStore.open({ path: "rareearth.sqlite" })
 * try {
 *   const page = await Effect.runPromise(store.query({ reporter: "CN", commodity: "magnets" }))
 * } finally {
 *   await store.close()
 * }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const open = async (options: SqliteStoreOptions): Promise<SqliteStore> => {
  const busyTimeoutMs = options.busyTimeoutMs ?? 30_000
  const chunkSize = Math.max(1, options.chunkSize ?? 5_000)
  const path = options.path
  const sqlite = await loadSqlite()
  let writer: DatabaseSync
  try {
    // A new file's directory is created, like the file itself.
    if (path !== ":memory:" && !path.startsWith("file:"))
      mkdirSync(dirname(path), { recursive: true })
    writer = openConnection(sqlite, path, busyTimeoutMs)
    applyMigrations(writer)
  } catch (cause) {
    throw storeError(STORE, `open ${JSON.stringify(path)}`, cause)
  }
  // A private in-memory database has one connection: reads share the writer (and the mutex).
  const reader = path === ":memory:" ? writer : openConnection(sqlite, path, busyTimeoutMs)
  const lockKey = lockKeyOf(path)
  let closed = false

  const ensureOpen = (operation: string): void => {
    if (closed) {
      throw new StoreError({
        message: `${STORE}: ${operation} on a closed store (${path})`,
        store: STORE,
        operation,
      })
    }
  }

  const keyPredicate = (columns: ReadonlyArray<string>): string =>
    columns.map((column) => `${column} = ?`).join(" AND ")
  // One probe of the unique index returns every stored vintage of the observation.
  const storedVintages = writer.prepare(
    `SELECT row_id, vintage, ${SQLITE_CONTENT_COLUMNS.join(", ")} FROM ${TABLE} WHERE ${keyPredicate(SQLITE_OBSERVATION_KEY)}`,
  )
  const insert = writer.prepare(
    `INSERT INTO ${TABLE} (${SQLITE_FLOW_COLUMNS.join(", ")}) VALUES (${SQLITE_FLOW_COLUMNS.map(() => "?").join(", ")})`,
  )
  const correct = writer.prepare(
    `UPDATE ${TABLE} SET ${SQLITE_CONTENT_COLUMNS.map((column) => `${column} = ?`).join(", ")} WHERE row_id = ?`,
  )
  /** Where each column sits in a row bound by putSqliteValues. */
  const positionOf = (column: string): number =>
    (SQLITE_FLOW_COLUMNS as ReadonlyArray<string>).indexOf(column)
  const keyPositions = SQLITE_OBSERVATION_KEY.map(positionOf)
  const contentPositions = SQLITE_CONTENT_COLUMNS.map(positionOf)
  const vintagePosition = positionOf("vintage")

  const bulk = prepareBulk(writer)

  /**
   * Applies rows one by one, like the columnar store: a new observation is added; a new vintage
   * of a known one revises it; the same vintage with identical content is unchanged, with other
   * content it is corrected in place (revised).
   */
  const writeChunk = (
    rows: ReadonlyArray<TradeFlow.TradeFlow>,
    provenances: ProvenanceIds,
    counts: { added: number; revised: number; unchanged: number },
  ): void => {
    const values: Array<string | number | null> = new Array(SQLITE_FLOW_COLUMNS.length)
    for (const flow of rows) {
      putSqliteValues(flow, provenances.idOf(flow), values, 0)
      const vintages = storedVintages.all(...keyPositions.map((i) => values[i]!)) as Array<
        Record<string, unknown>
      >
      const vintage = values[vintagePosition]
      const stored = vintages.find((candidate) => candidate.vintage === vintage)
      if (stored !== undefined) {
        const content = contentPositions.map((i) => values[i]!)
        if (SQLITE_CONTENT_COLUMNS.every((column, i) => sameValue(stored[column], content[i]!))) {
          counts.unchanged++
        } else {
          correct.run(...content, stored.row_id as number)
          counts.revised++
        }
        continue
      }
      const known = vintages.length > 0
      insert.run(...values)
      if (known) counts.revised++
      else counts.added++
    }
  }

  const writeAll = async (
    input: ReadonlyArray<TradeFlow.TradeFlow>,
    writeOptions: WriteOptions | undefined,
    signal: AbortSignal | undefined,
  ): Promise<WriteSummary> => {
    ensureOpen("write")
    // Rows from sync (a ValidatedFlows batch) were checked once already and are not again.
    const flows = validateFlows(STORE, input)
    const onProgress = writeOptions?.onProgress
    const aborted = (): boolean =>
      signal?.aborted === true || writeOptions?.signal?.aborted === true
    if (aborted()) throw abortedError(STORE)
    const afterChunk = async (done: number): Promise<void> => {
      onProgress?.(done, flows.length)
      // Yield only when someone watches progress or may abort: the transaction stays open,
      // other writers of this process wait on the mutex, readers see the last commit.
      if (done < flows.length && (onProgress !== undefined || signal !== undefined)) {
        await yieldToEventLoop()
      }
      if (aborted()) throw abortedError(STORE)
    }
    writer.exec("BEGIN IMMEDIATE")
    try {
      // Into an empty table, a bulk load: the index built once at the end (see bulkLoad.ts).
      const loaded =
        flows.length > 0 && bulk.isEmpty()
          ? await loadIntoEmpty(writer, bulk, flows, chunkSize, afterChunk)
          : undefined
      const counts = loaded ?? { added: 0, revised: 0, unchanged: 0 }
      if (loaded === undefined) {
        const provenances = new ProvenanceIds(bulk.provenance)
        for (let start = 0; start < flows.length; start += chunkSize) {
          writeChunk(flows.slice(start, start + chunkSize), provenances, counts)
          await afterChunk(Math.min(flows.length, start + chunkSize))
        }
        // Fresh statistics after a large write (sampled: milliseconds), for the planner's
        // skip-scans by reporter (see NATURAL_KEY_INDEX).
        if (flows.length >= ANALYZE_AFTER_ROWS) writer.exec(ANALYZE)
      }
      if (flows.length === 0) onProgress?.(0, 0)
      writer.exec("COMMIT")
      return counts
    } catch (error) {
      if (writer.isTransaction) writer.exec("ROLLBACK")
      throw error
    }
  }

  const write = (
    flows: ReadonlyArray<TradeFlow.TradeFlow>,
    writeOptions?: WriteOptions,
  ): Effect.Effect<WriteSummary, StoreError> =>
    Effect.tryPromise({
      try: (signal) => serialised(lockKey, () => writeAll(flows, writeOptions, signal)),
      catch: (cause) => storeError(STORE, "write", cause),
    })

  /** Runs reads in one transaction so a page and its total agree. */
  const readTransaction = <A>(
    operation: string,
    body: (db: DatabaseSync) => A,
  ): Effect.Effect<A, StoreError> =>
    Effect.try({
      try: () => {
        ensureOpen(operation)
        if (reader === writer) return body(reader)
        reader.exec("BEGIN")
        try {
          return body(reader)
        } finally {
          if (reader.isTransaction) reader.exec("COMMIT")
        }
      },
      catch: (cause) => storeError(STORE, operation, cause),
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
    const where = whereClause(TABLE, resolved.filter, page?.allVintages === true, placeholder)
    return readTransaction("query", (db) => {
      const totalRow = db
        .prepare(`SELECT count(*) AS total FROM ${TABLE} t ${where.sql}`)
        .get(...where.params) as {
        total: number
      }
      const total = Number(totalRow.total)
      const limit = paging.limit
      const rows =
        limit === 0
          ? []
          : (db
              .prepare(
                `SELECT ${SQLITE_SELECT_COLUMNS} FROM ${TABLE} t ${PROVENANCE_JOIN} ${where.sql} ${ORDER_BY} LIMIT ? OFFSET ?`,
              )
              .all(...where.params, limit, paging.offset) as unknown as Array<StoredRow>)
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
    const where = whereClause(TABLE, resolved.filter, false, placeholder)
    const columns = keys.map((key) => `t.${GROUP_COLUMNS[key]}`)
    const select = [...columns.map((c, i) => `${c} AS k${i}`), ...aggregateColumns(PLAIN_SUM)].join(
      ", ",
    )
    const group =
      columns.length > 0 ? `GROUP BY ${columns.join(", ")} ORDER BY ${columns.join(", ")}` : ""
    return readTransaction("aggregate", (db) => {
      const rows = db
        .prepare(`SELECT ${select} FROM ${TABLE} t ${where.sql} ${group}`)
        .all(...where.params) as Array<Record<string, unknown>>
      return toAggregateRows(rows, keys)
    })
  }

  /** Rows visible to queries: the latest vintage of each observation (like the columnar store). */
  const count: Effect.Effect<number, StoreError> = readTransaction("count", (db) => {
    const where = whereClause(TABLE, {}, false, placeholder)
    const row = db.prepare(`SELECT count(*) AS n FROM ${TABLE} t ${where.sql}`).get() as {
      n: number
    }
    return Number(row.n)
  })

  /** Rows stored, every vintage. */
  const rowCount: Effect.Effect<number, StoreError> = readTransaction("rowCount", (db) => {
    const row = db.prepare(`SELECT count(*) AS n FROM ${TABLE}`).get() as { n: number }
    return Number(row.n)
  })

  const schemaVersion: Effect.Effect<number, StoreError> = readTransaction(
    "schemaVersion",
    (db) => {
      const row = db
        .prepare("SELECT coalesce(max(version), 0) AS v FROM schema_migrations")
        .get() as { v: number }
      return Number(row.v)
    },
  )

  const close = async (): Promise<void> => {
    if (closed) return
    // Let a running write finish (or roll back) before closing under it.
    await serialised(lockKey, async () => {
      if (closed) return
      closed = true
      if (reader !== writer) reader.close()
      // Refreshes planner statistics where they drifted (cheap; SQLite's advice before closing).
      try {
        writer.exec("PRAGMA optimize")
      } catch {
        // Statistics are an optimisation only.
      }
      writer.close()
    })
  }

  return {
    name: `sqlite:${path}`,
    path,
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
 * A SQLite store as a scoped Effect: opened (and migrated) on acquire, closed with the scope.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SqliteStore } from "@rareearth/sdk/node"
 *
 * const program = Effect.scoped(
 *   Effect.gen(function* () {
 *     const store = yield* SqliteStore.make({ path: "rareearth.sqlite" })
 *     return yield* store.count
 *   }),
 * )
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (
  options: SqliteStoreOptions,
): Effect.Effect<SqliteStore, StoreError, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: () => open(options),
      catch: (cause) => storeError(STORE, `open ${JSON.stringify(options.path)}`, cause),
    }),
    (store) => Effect.promise(() => store.close()),
  )
