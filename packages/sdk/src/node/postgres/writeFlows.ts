/**
 * How the PostgreSQL store writes a batch, inside the transaction its caller holds (under the
 * per-schema write lock). Two ways, one outcome:
 * - into an empty table, a bulk load: the natural-key constraint and the secondary index are
 *   dropped, the rows stream straight into the table (COPY in text format, or multi-row INSERTs without
 *   pg-copy-streams), and both are built once at the end by sorting. Building the unique
 *   constraint is also the duplicate check: a batch repeating a natural key is rolled back to
 *   a savepoint and written the other way. The dropped constraint holds an exclusive lock on the
 *   table until commit, so readers of the (empty) table wait for the load instead of seeing it
 *   empty.
 * - otherwise, a merge: rows stream into a temporary staging table, are classified against the
 *   table in one set-based pass (added, revised, unchanged, exactly as the columnar store counts
 *   them), then new vintages are inserted (`ON CONFLICT DO NOTHING` as a safety net) and changed
 *   ones corrected in place.
 * @since 0.1.0
 */
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { PoolClient } from "pg"
import type { WriteSummary } from "../../store/TradeFlowStore.ts"
import {
  CONTENT_COLUMNS,
  FLOW_COLUMNS,
  type FlowRow,
  NATURAL_KEY,
  OBSERVATION_KEY,
  putFlowValues,
  toRow,
} from "../sql/FlowRows.ts"
import type { FlowsToWrite } from "../sql/ValidatedFlows.ts"

/** pg-copy-streams' `from`, the one function of it the store uses. */
export interface CopyModule {
  readonly from: (text: string) => NodeJS.WritableStream & { readonly rowCount?: number }
}

/** What a writer needs to know about its store. */
export interface FlowWriterOptions {
  /** The quoted schema identifier. */
  readonly schema: string
  /** pg-copy-streams, or undefined to send multi-row INSERTs. */
  readonly copy: CopyModule | undefined
  /** Rows per COPY chunk / INSERT statement, and per progress call. */
  readonly chunkSize: number
}

/** One write's progress reporting and abort check (which throws to abort). */
export interface WriteControl {
  readonly progress: (done: number) => void
  readonly checkAbort: () => void
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
}
const NEEDS_ESCAPE = /[\\\t\n\r]/
const TO_ESCAPE = /[\\\t\n\r]/g

/**
 * One field in COPY's text format: NULL is `\N`; backslash, tab, newline and carriage return
 * are escaped, nothing else (JSON's quotes pass as they are, unlike CSV's doubled ones).
 * Booleans arrive as 1/0 (putFlowValues), which PostgreSQL reads as true/false.
 */
const copyField = (value: string | number | null): string => {
  if (value === null) return "\\N"
  if (typeof value === "number") return String(value)
  return NEEDS_ESCAPE.test(value) ? value.replace(TO_ESCAPE, (c) => TEXT_ESCAPES[c]!) : value
}

/** The observation key in the unique constraint's column order (the order queries read in). */
const OBSERVATION_ORDER = "period, reporter, partner, commodity, flow, source_id"
/** The natural key in the same order: the observation, then its vintage. */
const NATURAL_KEY_ORDER = `${OBSERVATION_ORDER}, vintage`

const STAGING = "trade_flows_staging"
const CLASSIFIED = "trade_flows_classified"
const SAVEPOINT = "rareearth_bulk_load"
/** SQLSTATE unique_violation: building the natural-key constraint found a repeated key. */
const UNIQUE_VIOLATION = "23505"

const keyEquals = (left: string, right: string, columns: ReadonlyArray<string>): string =>
  columns.map((column) => `${left}.${column} = ${right}.${column}`).join(" AND ")

const columns = (alias: string, names: ReadonlyArray<string>): string =>
  names.map((name) => `${alias}.${name}`).join(", ")

/** A row's content as text: JSON compared as text, numbers in their shortest exact form. */
const content = (alias: string): string =>
  `ROW(${CONTENT_COLUMNS.map((c) => (c === "sources" || c === "confidence" ? `${alias}.${c}::text` : `${alias}.${c}`)).join(", ")})::text`

/**
 * Makes the write of one store.
 * @internal
 */
export const makeFlowWriter = (options: FlowWriterOptions) => {
  const { schema, copy, chunkSize } = options
  const table = `${schema}.trade_flows`

  /** Streams rows into `target` (a table and its column list), `ord` first when `withOrd`. */
  const streamRows = async (
    client: PoolClient,
    target: { readonly table: string; readonly withOrd: boolean },
    flows: FlowsToWrite,
    control: WriteControl,
  ): Promise<void> => {
    const rows = flows.rows
    const names = [...(target.withOrd ? ["ord"] : []), ...FLOW_COLUMNS].join(", ")
    if (copy !== undefined) {
      const stream = client.query(
        copy.from(`COPY ${target.table} (${names}) FROM STDIN`) as never,
      ) as unknown as NodeJS.WritableStream
      const values: Array<string | number | null> = new Array(FLOW_COLUMNS.length)
      async function* lines(): AsyncGenerator<string> {
        for (let start = 0; start < rows.length; start += chunkSize) {
          control.checkAbort()
          const end = Math.min(rows.length, start + chunkSize)
          flows.through(end)
          let text = ""
          for (let i = start; i < end; i++) {
            putFlowValues(rows[i]!, values, 0)
            let line = target.withOrd ? `${i}\t` : ""
            for (let c = 0; c < values.length; c++) {
              line += c === 0 ? copyField(values[c]!) : `\t${copyField(values[c]!)}`
            }
            text += `${line}\n`
          }
          yield text
          control.progress(end)
        }
      }
      await pipeline(Readable.from(lines()), stream)
      return
    }
    const width = FLOW_COLUMNS.length + (target.withOrd ? 1 : 0)
    for (let start = 0; start < rows.length; start += chunkSize) {
      control.checkAbort()
      const end = Math.min(rows.length, start + chunkSize)
      flows.through(end)
      const params: Array<string | number | boolean | null> = []
      const tuples: Array<string> = []
      for (let i = start; i < end; i++) {
        const row: FlowRow = toRow(rows[i]!)
        const base = params.length
        if (target.withOrd) params.push(i)
        for (const column of FLOW_COLUMNS) params.push(row[column])
        tuples.push(`(${Array.from({ length: width }, (_, k) => `$${base + k + 1}`).join(", ")})`)
      }
      await client.query(
        `INSERT INTO ${target.table} (${names}) VALUES ${tuples.join(", ")}`,
        params,
      )
      control.progress(end)
    }
  }

  /**
   * Loads into the empty table; undefined (rolled back to the savepoint) when the batch repeats
   * a natural key.
   */
  const loadIntoEmpty = async (
    client: PoolClient,
    flows: FlowsToWrite,
    control: WriteControl,
  ): Promise<WriteSummary | undefined> => {
    await client.query(`SAVEPOINT ${SAVEPOINT}`)
    await client.query(`ALTER TABLE ${table} DROP CONSTRAINT trade_flows_natural_key`)
    await client.query(`DROP INDEX ${schema}.trade_flows_reporter_commodity`)
    await streamRows(client, { table, withOrd: false }, flows, control)
    control.checkAbort()
    try {
      await client.query(
        `ALTER TABLE ${table} ADD CONSTRAINT trade_flows_natural_key UNIQUE (${NATURAL_KEY_ORDER})`,
      )
    } catch (error) {
      if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error
      await client.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`)
      await client.query(`RELEASE SAVEPOINT ${SAVEPOINT}`)
      return undefined
    }
    await client.query(
      `CREATE INDEX trade_flows_reporter_commodity ON ${table} (reporter, commodity)`,
    )
    await client.query(`RELEASE SAVEPOINT ${SAVEPOINT}`)
    // Natural keys are distinct now. With one vintage in the batch, so are observations; else
    // an observation's later vintages count as revisions, as a row-by-row write counts them.
    const rows = flows.rows
    const vintage = rows[0]?.vintage
    if (rows.every((flow) => flow.vintage === vintage)) {
      return { added: rows.length, revised: 0, unchanged: 0 }
    }
    const result = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} GROUP BY ${OBSERVATION_ORDER}) o`,
    )
    const observations = Number(result.rows[0]?.n ?? 0)
    return { added: observations, revised: rows.length - observations, unchanged: 0 }
  }

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

  /** Merges through the staging table (any table, any batch). */
  const merge = async (
    client: PoolClient,
    flows: FlowsToWrite,
    control: WriteControl,
  ): Promise<WriteSummary> => {
    await client.query(
      `CREATE TEMP TABLE ${STAGING} (ord integer NOT NULL, LIKE ${table} INCLUDING DEFAULTS EXCLUDING CONSTRAINTS EXCLUDING INDEXES EXCLUDING IDENTITY) ON COMMIT DROP`,
    )
    await client.query(`ALTER TABLE ${STAGING} DROP COLUMN row_id`)
    if (flows.rows.length > 0)
      await streamRows(client, { table: STAGING, withOrd: true }, flows, control)
    else control.progress(0)
    control.checkAbort()
    // Temp tables have no statistics until analysed: without them the planner guesses badly.
    await client.query(`CREATE INDEX ON ${STAGING} (ord)`)
    await client.query(`ANALYZE ${STAGING}`)
    await client.query(CLASSIFY)
    const result = await client.query<{ added: number; revised: number; unchanged: number }>(
      COUNT_KINDS,
    )
    const summary = {
      added: Number(result.rows[0]?.added ?? 0),
      revised: Number(result.rows[0]?.revised ?? 0),
      unchanged: Number(result.rows[0]?.unchanged ?? 0),
    }
    if (summary.added + summary.revised > 0) {
      await client.query(`ANALYZE ${CLASSIFIED}`)
      await client.query(INSERT_NEW)
      await client.query(UPDATE_CHANGED)
    }
    return summary
  }

  /**
   * Writes a batch (validated as it streams); the caller has begun the transaction and holds
   * the write lock.
   */
  return async (
    client: PoolClient,
    flows: FlowsToWrite,
    control: WriteControl,
  ): Promise<WriteSummary> => {
    // Sorting a large batch (the merge's windows, the load's index builds) in memory rather than
    // on disk, for this transaction only: about 256 bytes a row, between 64 MiB and 1 GiB.
    const count = flows.rows.length
    const memoryMb = Math.min(1024, Math.max(64, Math.ceil((count * 256) / 2 ** 20)))
    await client.query(
      "SELECT set_config('work_mem', $1, true), set_config('maintenance_work_mem', $1, true)",
      [`${memoryMb}MB`],
    )
    if (count > 0) {
      const empty = await client.query<{ empty: boolean }>(
        `SELECT NOT EXISTS (SELECT 1 FROM ${table}) AS empty`,
      )
      if (empty.rows[0]?.empty === true) {
        const loaded = await loadIntoEmpty(client, flows, control)
        if (loaded !== undefined) return loaded
      }
    }
    return merge(client, flows, control)
  }
}
