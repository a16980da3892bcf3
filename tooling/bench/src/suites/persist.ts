/**
 * Issues 7 and 15: bulk load of the generated flows (TradeFlow objects, built before timing) into
 * the SDK's persistent stores vs the raw floor of each database (target: within 2x):
 * - SQLite: `SqliteStore.write` (validation, natural-key upsert, indexes, one transaction) into a
 *   fresh file vs a raw prepared INSERT loop in one transaction into a plain table (node:sqlite);
 * - PostgreSQL: `PostgresStore.write` into a fresh schema vs one raw `COPY ... FROM STDIN` in one
 *   transaction into a plain table (pg + pg-copy-streams).
 * The stores are given plain arrays, so each write includes validating every row once.
 * The raw tables have the same columns (keys, figures, id, vintage, provenance as JSON text) and
 * no constraint or index: they are the floor, not a store. PostgreSQL comes from DATABASE_URL, else
 * from tooling/scripts/postgres-test-server.sh (full runs only); without one, PostgreSQL is skipped.
 * Each store's answers are checked against the columnar store's after the load.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { TradeFlow } from "@rareearth/core"
import { Effect } from "effect"
import pg from "pg"
import { from as copyFrom } from "pg-copy-streams"
import { AnswerMismatchError, assertSameAnswers } from "../compare.ts"
import type { BenchContext } from "../context.ts"
import { toTradeFlow } from "../generate.ts"
import { type Contender, race } from "../measure.ts"
import { timingRatio, timingTable } from "../report.ts"
import { type PersistentStore, PostgresStore, SqliteStore } from "../sdk.ts"
import { ourStore } from "./shared.ts"

/** Issue 15: a store's bulk write within twice its database's raw floor. */
const BULK_WRITE_TARGET = { max: 2, text: "≤2× raw" }

/** The raw tables' columns, in insert order. */
const RAW_COLUMNS = [
  "id",
  "source_id",
  "period",
  "reporter",
  "partner",
  "flow",
  "commodity",
  "vintage",
  "net_weight_tonnes",
  "value_usd",
  "sources",
  "confidence",
] as const

const rawValues = (flow: TradeFlow.TradeFlow): Array<string | number | null> => [
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
]

/** The answer every store gives after a load: the full-scan aggregate, canonical. */
const storeAnswer = async (
  store: PersistentStore | { aggregate: PersistentStore["aggregate"] },
) => {
  const rows = await Effect.runPromise(store.aggregate({}, ["commodity", "flow"]))
  return rows
    .map((row) => ({
      key: [row.key.commodity ?? "", row.key.flow ?? ""],
      count: row.count,
      netWeightTonnes: row.netWeightTonnes,
      knownWeightCount: row.knownWeightCount,
      valueUsd: row.valueUsd,
      knownValueCount: row.knownValueCount,
    }))
    .sort((a, b) => (a.key.join() < b.key.join() ? -1 : 1))
}

/** The bench's own throwaway PostgreSQL cluster (not the tests' one, which tests may stop). */
const BENCH_PG_ENV = { RAREEARTH_PG_DIR: "/tmp/rareearth-bench-pg", RAREEARTH_PG_PORT: "54339" }

/** Where PostgreSQL is (and how to stop it, when the bench started it), or why there is none (also used by the serve suite). */
export const findPostgres = (
  context: BenchContext,
): { url: string; stop?: () => void } | { missing: string } => {
  const fromEnvironment = process.env.DATABASE_URL
  if (fromEnvironment !== undefined && fromEnvironment !== "") return { url: fromEnvironment }
  if (context.options.smoke)
    return { missing: "DATABASE_URL is not set (the smoke run starts no server)" }
  const script = join(context.benchDirectory, "..", "scripts", "postgres-test-server.sh")
  if (!existsSync(script))
    return { missing: `DATABASE_URL is not set and ${script} does not exist` }
  const env = { ...process.env, ...BENCH_PG_ENV }
  try {
    const url = execFileSync("bash", [script], {
      encoding: "utf8",
      env,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    }).trim()
    context.log(
      `PostgreSQL: a throwaway cluster in ${BENCH_PG_ENV.RAREEARTH_PG_DIR} (${script}), stopped at the end`,
    )
    return {
      url,
      stop: () => {
        execFileSync("bash", [script, "stop"], { env, stdio: "ignore", timeout: 60_000 })
      },
    }
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error)
    return {
      missing: `DATABASE_URL is not set and ${script} failed: ${stderr.trim().split("\n").pop()}`,
    }
  }
}

export const runPersistSuite = async (context: BenchContext): Promise<void> => {
  const { log, options } = context
  const data = context.data()
  const rows = data.size
  const rowsLabel = rows.toLocaleString("en")
  log(`\n## Persistent stores: bulk load of ${rowsLabel} flows (issue 7)`)
  const flows = Array.from({ length: rows }, (_, index) => toTradeFlow(data, index))
  const expected = await storeAnswer(await ourStore(context))
  const directory = join(context.cacheDirectory, "sqlite")
  mkdirSync(directory, { recursive: true })

  // SQLite
  {
    const storePath = join(directory, "store.sqlite")
    const rawPath = join(directory, "raw.sqlite")
    const removeDatabase = (path: string) => {
      for (const suffix of ["", "-wal", "-shm", "-journal"])
        rmSync(`${path}${suffix}`, { force: true })
    }
    let store: Awaited<ReturnType<typeof SqliteStore.open>> | undefined
    let checked = false
    const answers = new Map<string, unknown>()
    const storeContender: Contender<number> = {
      name: "SqliteStore.write",
      before: async () => {
        removeDatabase(storePath)
        store = await SqliteStore.open({ path: storePath })
      },
      run: async () => (await Effect.runPromise(store!.write(flows))).added,
      after: async () => {
        if (!checked) {
          answers.set("SqliteStore", await storeAnswer(store!))
          checked = true
        }
        await store?.close()
        store = undefined
      },
    }
    let db: DatabaseSync | undefined
    const rawContender: Contender<number> = {
      name: "raw INSERT loop (node:sqlite)",
      before: () => {
        removeDatabase(rawPath)
        db = new DatabaseSync(rawPath)
        db.exec("PRAGMA journal_mode = WAL")
        db.exec("PRAGMA synchronous = NORMAL")
        db.exec(
          `CREATE TABLE raw_flows (${RAW_COLUMNS.map((name) => `${name} ${name === "net_weight_tonnes" || name === "value_usd" ? "REAL" : "TEXT"}`).join(", ")})`,
        )
      },
      run: () => {
        const insert = db!.prepare(
          `INSERT INTO raw_flows VALUES (${RAW_COLUMNS.map(() => "?").join(", ")})`,
        )
        db!.exec("BEGIN")
        for (const flow of flows) insert.run(...rawValues(flow))
        db!.exec("COMMIT")
        return Number((db!.prepare("SELECT count(*) AS n FROM raw_flows").get() as { n: number }).n)
      },
      after: () => {
        db?.close()
        db = undefined
      },
    }
    const result = await race([storeContender, rawContender], { rounds: options.rounds })
    const counts = new Map<string, unknown>(result.answers)
    counts.set("generator", rows)
    assertSameAnswers("rows loaded into SQLite", counts)
    answers.set("columnar store", expected)
    assertSameAnswers("SQLite store vs columnar store: full-scan aggregate", answers)
    log(timingTable(`SQLite (${storePath})`, result.timings))
    log("the SQLite store answers the full-scan aggregate exactly like the columnar store")
    context.ratios.push(
      timingRatio(
        `persist ${rowsLabel}`,
        "bulk load into SQLite",
        result.timings,
        "SqliteStore.write",
        "raw INSERT loop (node:sqlite)",
        BULK_WRITE_TARGET,
      ),
    )
    context.results.persistSqlite = { rows, timings: result.timings }
    removeDatabase(storePath)
    removeDatabase(rawPath)
  }

  // PostgreSQL
  const postgres = findPostgres(context)
  if ("missing" in postgres) {
    context.problem(`PostgreSQL skipped: ${postgres.missing}`)
    context.results.persistPostgres = { skipped: postgres.missing }
    return
  }
  try {
    await loadPostgres(context, postgres.url, flows, expected)
  } catch (error) {
    if (error instanceof AnswerMismatchError) throw error
    context.problem(
      `PostgreSQL load failed: ${error instanceof Error ? error.message : String(error)}`,
    )
    context.results.persistPostgres = {
      failed: error instanceof Error ? error.message : String(error),
    }
  } finally {
    postgres.stop?.()
  }
}

const loadPostgres = async (
  context: BenchContext,
  url: string,
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
  expected: unknown,
): Promise<void> => {
  const { log, options } = context
  const rows = flows.length
  const rowsLabel = rows.toLocaleString("en")
  const schema = `rareearth_bench_${process.pid}`
  const rawSchema = `rareearth_bench_raw_${process.pid}`
  const admin = new pg.Client({ connectionString: url })
  // A dropped connection must fail the query in flight, not crash the process.
  admin.on("error", () => {})
  await admin.connect()
  try {
    const dropSchemas = async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await admin.query(`DROP SCHEMA IF EXISTS ${rawSchema} CASCADE`)
    }
    await dropSchemas()
    let store: Awaited<ReturnType<typeof PostgresStore.open>> | undefined
    let checked = false
    const answers = new Map<string, unknown>()
    const storeContender: Contender<number> = {
      name: "PostgresStore.write",
      before: async () => {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
        store = await PostgresStore.open({ url, schema })
      },
      run: async () => (await Effect.runPromise(store!.write(flows))).added,
      after: async () => {
        if (!checked) {
          answers.set("PostgresStore", await storeAnswer(store!))
          checked = true
        }
        await store?.close()
        store = undefined
      },
    }
    let client: pg.Client | undefined
    const rawContender: Contender<number> = {
      name: "raw COPY (pg-copy-streams)",
      before: async () => {
        await admin.query(`DROP SCHEMA IF EXISTS ${rawSchema} CASCADE`)
        await admin.query(`CREATE SCHEMA ${rawSchema}`)
        await admin.query(
          `CREATE TABLE ${rawSchema}.raw_flows (${RAW_COLUMNS.map((name) => `${name} ${name === "net_weight_tonnes" || name === "value_usd" ? "double precision" : "text"}`).join(", ")})`,
        )
        client = new pg.Client({ connectionString: url })
        client.on("error", () => {})
        await client.connect()
      },
      run: async () => {
        await client!.query("BEGIN")
        const stream = client!.query(
          copyFrom(`COPY ${rawSchema}.raw_flows FROM STDIN WITH (FORMAT csv)`),
        )
        const csvField = (value: string | number | null): string =>
          value === null
            ? ""
            : typeof value === "number"
              ? String(value)
              : `"${value.replaceAll('"', '""')}"`
        async function* lines(): AsyncGenerator<string> {
          for (let start = 0; start < flows.length; start += 5_000) {
            let text = ""
            const end = Math.min(flows.length, start + 5_000)
            for (let index = start; index < end; index++)
              text += `${rawValues(flows[index]!).map(csvField).join(",")}\n`
            yield text
          }
        }
        await pipeline(Readable.from(lines()), stream)
        await client!.query("COMMIT")
        const counted = await client!.query(`SELECT count(*)::int AS n FROM ${rawSchema}.raw_flows`)
        return Number(counted.rows[0]?.n)
      },
      after: async () => {
        await client?.end()
        client = undefined
      },
    }
    const result = await race([storeContender, rawContender], { rounds: options.rounds })
    const counts = new Map<string, unknown>(result.answers)
    counts.set("generator", rows)
    assertSameAnswers("rows loaded into PostgreSQL", counts)
    answers.set("columnar store", expected)
    assertSameAnswers("PostgreSQL store vs columnar store: full-scan aggregate", answers)
    log(timingTable("PostgreSQL", result.timings))
    log("the PostgreSQL store answers the full-scan aggregate exactly like the columnar store")
    context.ratios.push(
      timingRatio(
        `persist ${rowsLabel}`,
        "bulk load into PostgreSQL",
        result.timings,
        "PostgresStore.write",
        "raw COPY (pg-copy-streams)",
        BULK_WRITE_TARGET,
      ),
    )
    context.results.persistPostgres = { rows, timings: result.timings }
    await dropSchemas()
  } finally {
    await admin.end()
  }
}
