/**
 * Where the SQLite store's bulk load spends its time, phase by phase, against the persist
 * suite's raw INSERT loop: process CPU time (user + system, SQLite's sorter thread included) of
 * validation, the multi-row INSERTs, each index build and the commit, replayed with the store's
 * own parts (validator, row binder and provenance ids, migrations, index definitions) on the
 * bench's data. CPU time rather than wall time, so that a busy shared machine blurs the split
 * less. Not a suite: run it when `persist` shows SQLite over its target.
 *
 *   node --conditions=@rareearth/source src/sqlitePhases.ts [ROWS=1000000] [ROUNDS=2]
 */
import { rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import type { TradeFlow } from "@rareearth/core"
import { validateFlows } from "../../../packages/sdk/src/node/sql/ValidatedFlows.ts"
import {
  ANALYZE,
  NATURAL_KEY_INDEX,
  SQLITE_MIGRATIONS,
} from "../../../packages/sdk/src/node/sqlite/migrations.ts"
import {
  ProvenanceIds,
  prepareProvenance,
  putSqliteValues,
  SQLITE_FLOW_COLUMNS,
} from "../../../packages/sdk/src/node/sqlite/SqliteRows.ts"
import { generateFlows, toTradeFlow } from "./generate.ts"

const rows = Number(process.argv[2] ?? 1_000_000)
const rounds = Number(process.argv[3] ?? 2)
const ROWS_PER_STATEMENT = 50
const path = join(tmpdir(), `rareearth-sqlite-phases-${process.pid}.sqlite`)

const data = generateFlows(rows, 20_250_601)
const flows = Array.from({ length: rows }, (_, index) => toTradeFlow(data, index))

const fresh = (): DatabaseSync => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true })
  const db = new DatabaseSync(path)
  // The store's connection settings (SqliteStore.openConnection).
  for (const pragma of [
    "page_size = 16384",
    "journal_mode = WAL",
    "synchronous = NORMAL",
    "cache_size = -65536",
    "threads = 2",
    "analysis_limit = 1000",
    "foreign_keys = ON",
  ])
    db.exec(`PRAGMA ${pragma}`)
  return db
}

const cpuMs = (body: () => void): number => {
  const start = process.cpuUsage()
  body()
  const used = process.cpuUsage(start)
  return Math.round((used.user + used.system) / 1000)
}

const raw = (): Record<string, number> => {
  const db = fresh()
  db.exec(
    "CREATE TABLE raw_flows (id TEXT, source_id TEXT, period TEXT, reporter TEXT, partner TEXT, flow TEXT, commodity TEXT, vintage TEXT, net_weight_tonnes REAL, value_usd REAL, sources TEXT, confidence TEXT)",
  )
  const insert = db.prepare("INSERT INTO raw_flows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
  const phases = {
    "insert + commit": cpuMs(() => {
      db.exec("BEGIN")
      for (const flow of flows)
        insert.run(
          flow.id,
          flow.sources[0]!.id,
          flow.period,
          flow.reporter,
          flow.partner,
          flow.flow,
          flow.commodity,
          flow.vintage ?? "",
          flow.netWeightTonnes,
          flow.valueUsd,
          JSON.stringify(flow.sources),
          JSON.stringify(flow.confidence),
        )
      db.exec("COMMIT")
    }),
  }
  db.close()
  return phases
}

const store = (): Record<string, number> => {
  const db = fresh()
  db.exec(
    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT",
  )
  for (const migration of SQLITE_MIGRATIONS) db.exec(migration.sql)
  const tuple = `(${SQLITE_FLOW_COLUMNS.map(() => "?").join(", ")})`
  const insert = db.prepare(
    `INSERT INTO trade_flows (${SQLITE_FLOW_COLUMNS.join(", ")}) VALUES ${Array.from({ length: ROWS_PER_STATEMENT }, () => tuple).join(", ")}`,
  )
  let valid: ReadonlyArray<TradeFlow.TradeFlow> = []
  const phases: Record<string, number> = {}
  phases.validate = cpuMs(() => {
    valid = validateFlows("sqlite", flows)
  })
  db.exec("BEGIN IMMEDIATE")
  db.exec("DROP INDEX trade_flows_natural_key")
  const provenanceStatements = prepareProvenance(db)
  phases.insert = cpuMs(() => {
    const provenances = new ProvenanceIds(provenanceStatements)
    const params: Array<string | number | null> = new Array(
      ROWS_PER_STATEMENT * SQLITE_FLOW_COLUMNS.length,
    )
    const whole = valid.length - (valid.length % ROWS_PER_STATEMENT)
    for (let start = 0; start < whole; start += ROWS_PER_STATEMENT) {
      let k = 0
      for (let i = start; i < start + ROWS_PER_STATEMENT; i++) {
        const flow = valid[i]!
        k = putSqliteValues(flow, provenances.idOf(flow), params, k)
      }
      insert.run(...params)
    }
  })
  phases["natural-key index"] = cpuMs(() => db.exec(NATURAL_KEY_INDEX))
  phases.analyze = cpuMs(() => db.exec(ANALYZE))
  phases.commit = cpuMs(() => db.exec("COMMIT"))
  db.close()
  return phases
}

const total = (phases: Record<string, number>): number =>
  Object.values(phases).reduce((sum, value) => sum + value, 0)

console.log(`SQLite bulk load, CPU ms by phase, ${rows.toLocaleString("en")} rows`)
for (let round = 0; round < rounds; round++) {
  const rawPhases = raw()
  const storePhases = store()
  console.log(
    `round ${round + 1}: raw ${JSON.stringify(rawPhases)} = ${total(rawPhases)}; store ${JSON.stringify(storePhases)} = ${total(storePhases)}; ratio ${(total(storePhases) / total(rawPhases)).toFixed(2)}`,
  )
}
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true })
