/**
 * DuckDB as a peer: `read_csv` for loading (in-memory database, explicit column types, DuckDB's
 * default threads, or as many as the load suite sets) and the query set in SQL over the loaded
 * table, with prepared statements cached per SQL text (what a careful DuckDB user does). Results
 * are read into JS values, as the other engines' are.
 */
import {
  DuckDBConnection,
  DuckDBInstance,
  type DuckDBPreparedStatement,
  type DuckDBValue,
} from "@duckdb/node-api"
import {
  type AggregateAnswerRow,
  type FlowFilter,
  type GroupKey,
  type QueryEngine,
  type RowAnswer,
  type SeriesAnswerPoint,
  type SharesAnswer,
  sortByKey,
} from "../queries.ts"

/** The CSV's columns with their DuckDB types (no sniffing: same types on every run). */
const CSV_COLUMNS = (columns: ReadonlyArray<string>): string => {
  const types: Record<string, string> = {
    netWeightTonnes: "DOUBLE",
    valueUsd: "DOUBLE",
    estimated: "BOOLEAN",
  }
  return `{${columns.map((name) => `'${name}': '${types[name] ?? "VARCHAR"}'`).join(", ")}}`
}

/** An in-memory DuckDB database with one connection. */
export interface DuckDb {
  readonly connection: DuckDBConnection
  readonly close: () => void
}

/** Opens a fresh in-memory database, on `threads` threads (default: DuckDB's, one per core). */
export const openDuckDb = async (threads?: number): Promise<DuckDb> => {
  const instance = await DuckDBInstance.create(
    ":memory:",
    threads === undefined ? undefined : { threads: String(threads) },
  )
  const connection = await DuckDBConnection.create(instance)
  return {
    connection,
    close: () => {
      connection.closeSync()
      instance.closeSync()
    },
  }
}

/** DuckDB's version string. */
export const duckDbVersion = async (): Promise<string> => {
  const db = await openDuckDb()
  try {
    const reader = await db.connection.runAndReadAll("SELECT version() AS version")
    return String(reader.getRowObjectsJS()[0]?.version ?? "unknown")
  } finally {
    db.close()
  }
}

const quoteLiteral = (text: string): string => `'${text.replaceAll("'", "''")}'`

/** Loads the CSV at `path` into table `table` with `read_csv`; returns the row count. */
export const loadCsv = async (
  connection: DuckDBConnection,
  path: string,
  columns: ReadonlyArray<string>,
  table = "flows",
): Promise<number> => {
  await connection.run(`DROP TABLE IF EXISTS ${table}`)
  await connection.run(
    `CREATE TABLE ${table} AS SELECT * FROM read_csv(${quoteLiteral(path)}, header = true, delim = ',', quote = '"', columns = ${CSV_COLUMNS(columns)})`,
  )
  const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${table}`)
  return Number(reader.getRowObjectsJS()[0]?.n)
}

const COLUMN: Record<GroupKey, string> = {
  period: "period",
  reporter: "reporter",
  partner: "partner",
  flow: "flow",
  commodity: "commodity",
}

/** A WHERE clause with `?` parameters for `filter`. */
const where = (filter: FlowFilter): { sql: string; values: Array<DuckDBValue> } => {
  const conditions: Array<string> = []
  const values: Array<DuckDBValue> = []
  const add = (sql: string, value: string | undefined): void => {
    if (value === undefined) return
    conditions.push(sql)
    values.push(value)
  }
  add("period >= ?", filter.from)
  add("period <= ?", filter.to)
  add("reporter = ?", filter.reporter)
  add("partner = ?", filter.partner)
  add("flow = ?", filter.flow)
  add("commodity = ?", filter.commodity)
  return { sql: conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`, values }
}

const numberOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value)

/** The query set in DuckDB SQL over `table`. */
export const makeDuckDbEngine = (connection: DuckDBConnection, table = "flows"): QueryEngine => {
  const prepared = new Map<string, Promise<DuckDBPreparedStatement>>()
  const run = async (
    sql: string,
    values: Array<DuckDBValue>,
  ): Promise<Array<Record<string, unknown>>> => {
    let statement = prepared.get(sql)
    if (statement === undefined) {
      statement = connection.prepare(sql)
      prepared.set(sql, statement)
    }
    const ready = await statement
    ready.bind(values)
    const reader = await ready.runAndReadAll()
    return reader.getRowObjectsJS() as Array<Record<string, unknown>>
  }

  const rows = async (filter: FlowFilter): Promise<ReadonlyArray<RowAnswer>> => {
    const clause = where(filter)
    const result = await run(
      `SELECT id, period, netWeightTonnes, valueUsd FROM ${table} ${clause.sql} ORDER BY id`,
      clause.values,
    )
    return result.map((row) => ({
      id: String(row.id),
      period: String(row.period),
      netWeightTonnes: numberOrNull(row.netWeightTonnes),
      valueUsd: numberOrNull(row.valueUsd),
    }))
  }

  const aggregate = async (
    filter: FlowFilter,
    groupBy: ReadonlyArray<GroupKey>,
  ): Promise<ReadonlyArray<AggregateAnswerRow>> => {
    const clause = where(filter)
    const keys = groupBy.map((key) => COLUMN[key])
    const select = keys.map((key, index) => `${key} AS k${index}, `).join("")
    const group = keys.length === 0 ? "" : `GROUP BY ${keys.join(", ")}`
    const result = await run(
      `SELECT ${select}count(*)::INTEGER AS n, sum(netWeightTonnes) AS w, count(netWeightTonnes)::INTEGER AS kw,
         sum(valueUsd) AS v, count(valueUsd)::INTEGER AS kv
       FROM ${table} ${clause.sql} ${group}`,
      clause.values,
    )
    return sortByKey(
      result.map((row) => ({
        key: keys.map((_, index) => String(row[`k${index}`])),
        count: Number(row.n),
        netWeightTonnes: numberOrNull(row.w),
        knownWeightCount: Number(row.kw),
        valueUsd: numberOrNull(row.v),
        knownValueCount: Number(row.kv),
      })),
    )
  }

  const series = async (
    filter: FlowFilter,
    from: string,
    to: string,
  ): Promise<ReadonlyArray<SeriesAnswerPoint>> => {
    const clause = where({ ...filter, from, to })
    const result = await run(
      `WITH calendar AS (
         SELECT strftime(month, '%Y-%m') AS period
         FROM generate_series(?::DATE, ?::DATE, INTERVAL 1 MONTH) AS months(month)
       ), monthly AS (
         SELECT period, sum(netWeightTonnes) AS tonnes FROM ${table} ${clause.sql} GROUP BY period
       ), joined AS (
         SELECT calendar.period, monthly.tonnes FROM calendar LEFT JOIN monthly USING (period)
       )
       SELECT period, tonnes,
         CASE WHEN lag(tonnes, 1) OVER w = 0 THEN NULL
           ELSE (tonnes - lag(tonnes, 1) OVER w) / lag(tonnes, 1) OVER w * 100 END AS mom,
         CASE WHEN lag(tonnes, 12) OVER w = 0 THEN NULL
           ELSE (tonnes - lag(tonnes, 12) OVER w) / lag(tonnes, 12) OVER w * 100 END AS yoy
       FROM joined WINDOW w AS (ORDER BY period) ORDER BY period`,
      [`${from}-01`, `${to}-01`, ...clause.values],
    )
    return result.map((row) => ({
      period: String(row.period),
      tonnes: numberOrNull(row.tonnes),
      monthOnMonthPercent: numberOrNull(row.mom),
      yearOnYearPercent: numberOrNull(row.yoy),
    }))
  }

  const shares = async (filter: FlowFilter, by: GroupKey, n: number): Promise<SharesAnswer> => {
    const clause = where(filter)
    const result = await run(
      `WITH groups AS (
         SELECT ${COLUMN[by]} AS key, sum(netWeightTonnes) AS tonnes FROM ${table} ${clause.sql}
         GROUP BY ${COLUMN[by]} HAVING count(netWeightTonnes) > 0
       ), totals AS (
         SELECT sum(tonnes) AS total, count(*)::INTEGER AS groups FROM groups
       ), concentration AS (
         SELECT sum(power(100 * tonnes / total, 2)) AS hhi FROM groups, totals
       )
       SELECT key, tonnes, tonnes / total AS share, total, groups, hhi
       FROM groups, totals, concentration ORDER BY tonnes DESC, key LIMIT ${Math.trunc(n)}`,
      clause.values,
    )
    const first = result[0]
    return {
      totalTonnes: first === undefined ? 0 : Number(first.total),
      groups: first === undefined ? 0 : Number(first.groups),
      top: result.map((row) => ({
        key: String(row.key),
        tonnes: Number(row.tonnes),
        share: Number(row.share),
      })),
      hhi: first === undefined ? 0 : Number(first.hhi),
    }
  }

  return { name: "DuckDB", rows, aggregate, series, shares }
}
