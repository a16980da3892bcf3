/**
 * The SQLite store's bulk load into an empty table: the natural-key index is dropped, the rows
 * go in with multi-row INSERTs (one statement per 50 rows: a tenth of the calls into SQLite), and
 * the index is built once at the end by sorting, all inside the writer's transaction, so the load
 * is as atomic as any write. Building the unique index is also the duplicate check: when the
 * batch repeats a natural key, the load is rolled back to its savepoint and the caller writes
 * the batch row by row instead (the one case that needs per-row decisions).
 * @since 0.1.0
 */
import type { DatabaseSync, StatementSync } from "node:sqlite"
import type { TradeFlow } from "@rareearth/core"
import type { WriteSummary } from "../../store/TradeFlowStore.ts"
import { ANALYZE, NATURAL_KEY_INDEX } from "./migrations.ts"
import {
  ProvenanceIds,
  type ProvenanceStatements,
  prepareProvenance,
  putSqliteValues,
  SQLITE_FLOW_COLUMNS,
} from "./SqliteRows.ts"

/** Rows per INSERT statement: 50 x 15 parameters, well under SQLite's limit of 32 766. */
const ROWS_PER_STATEMENT = 50

const SAVEPOINT = "rareearth_bulk_load"

/** SQLITE_CONSTRAINT_UNIQUE: CREATE UNIQUE INDEX found two rows with one natural key. */
const UNIQUE_VIOLATION = 2067

const insertSql = (rows: number): string => {
  const tuple = `(${SQLITE_FLOW_COLUMNS.map(() => "?").join(", ")})`
  return `INSERT INTO trade_flows (${SQLITE_FLOW_COLUMNS.join(", ")}) VALUES ${Array.from({ length: rows }, () => tuple).join(", ")}`
}

/** Statements of a bulk load, prepared once per store. */
export interface BulkStatements {
  readonly isEmpty: () => boolean
  readonly insertMany: StatementSync
  readonly insertOne: StatementSync
  readonly observations: StatementSync
  readonly provenance: ProvenanceStatements
}

export const prepareBulk = (db: DatabaseSync): BulkStatements => {
  const any = db.prepare("SELECT 1 AS found FROM trade_flows LIMIT 1")
  return {
    isEmpty: () => any.get() === undefined,
    insertMany: db.prepare(insertSql(ROWS_PER_STATEMENT)),
    insertOne: db.prepare(insertSql(1)),
    // Served by the natural-key index, whose first six columns are the observation key.
    observations: db.prepare(
      "SELECT count(*) AS n FROM (SELECT 1 FROM trade_flows GROUP BY period, reporter, partner, commodity, flow, source_id)",
    ),
    provenance: prepareProvenance(db),
  }
}

/** Inserts rows [start, end) of `flows`, 50 to a statement. */
const insertRange = (
  statements: BulkStatements,
  provenances: ProvenanceIds,
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
  start: number,
  end: number,
  params: Array<string | number | null>,
): void => {
  let index = start
  for (; index + ROWS_PER_STATEMENT <= end; index += ROWS_PER_STATEMENT) {
    let k = 0
    for (let i = index; i < index + ROWS_PER_STATEMENT; i++) {
      const flow = flows[i]!
      k = putSqliteValues(flow, provenances.idOf(flow), params, k)
    }
    statements.insertMany.run(...params)
  }
  const one: Array<string | number | null> = new Array(SQLITE_FLOW_COLUMNS.length)
  for (; index < end; index++) {
    const flow = flows[index]!
    putSqliteValues(flow, provenances.idOf(flow), one, 0)
    statements.insertOne.run(...one)
  }
}

/**
 * Loads `flows` into the empty table inside the caller's open transaction. Returns the summary,
 * or `undefined` (with everything it did rolled back) when the batch repeats a natural key.
 * `afterChunk(done)` runs after each `chunkSize` rows (progress, yields, abort checks; it may
 * throw, and the caller's transaction then rolls back).
 */
export const loadIntoEmpty = async (
  db: DatabaseSync,
  statements: BulkStatements,
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
  chunkSize: number,
  afterChunk: (done: number) => Promise<void>,
): Promise<WriteSummary | undefined> => {
  db.exec(`SAVEPOINT ${SAVEPOINT}`)
  db.exec("DROP INDEX trade_flows_natural_key")
  // Ids of provenances added after the savepoint, forgotten with it if the load rolls back.
  const provenances = new ProvenanceIds(statements.provenance)
  const params: Array<string | number | null> = new Array(
    ROWS_PER_STATEMENT * SQLITE_FLOW_COLUMNS.length,
  )
  for (let start = 0; start < flows.length; start += chunkSize) {
    const end = Math.min(flows.length, start + chunkSize)
    insertRange(statements, provenances, flows, start, end, params)
    await afterChunk(end)
  }
  try {
    db.exec(NATURAL_KEY_INDEX)
  } catch (error) {
    if ((error as { errcode?: unknown }).errcode !== UNIQUE_VIOLATION) throw error
    db.exec(`ROLLBACK TO ${SAVEPOINT}`)
    db.exec(`RELEASE ${SAVEPOINT}`)
    return undefined
  }
  // Statistics for the planner's skip-scans (see NATURAL_KEY_INDEX), from a sample.
  db.exec(ANALYZE)
  db.exec(`RELEASE ${SAVEPOINT}`)
  // Natural keys are distinct now. With one vintage in the batch, so are observations; else an
  // observation's later vintages count as revisions, exactly as a row-by-row write counts them.
  const vintage = flows[0]?.vintage
  const oneVintage = flows.every((flow) => flow.vintage === vintage)
  const observations = oneVintage
    ? flows.length
    : Number((statements.observations.get() as { n: number | bigint }).n)
  return { added: observations, revised: flows.length - observations, unchanged: 0 }
}
