/**
 * Helpers for the benchmark harness (tooling/bench): deterministic synthetic flows, a timed bulk
 * load through a store, and the raw baselines the stores are compared with (a prepared-insert
 * loop in one SQLite transaction, a plain COPY in one PostgreSQL transaction) over the same
 * columns, without natural-key checks.
 * @since 0.1.0
 */
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { TradeFlow } from "@rareearth/core"
import { Effect } from "effect"
import type { WriteSummary } from "../../store/TradeFlowStore.ts"
import { quoteSchema, resolveConnection } from "../postgres/connection.ts"
import { FLOW_COLUMNS, toRow } from "./FlowRows.ts"
import type { PersistentStore } from "./StoreSupport.ts"

const REPORTERS = [
  "CN",
  "US",
  "JP",
  "DE",
  "KR",
  "VN",
  "MY",
  "TH",
  "IN",
  "FR",
  "IT",
  "GB",
  "NL",
  "BE",
  "ES",
  "PL",
  "CZ",
  "AT",
  "CH",
  "SE",
]
const PARTNERS = [
  "WORLD",
  "US",
  "JP",
  "DE",
  "KR",
  "VN",
  "MY",
  "TH",
  "IN",
  "FR",
  "IT",
  "GB",
  "NL",
  "BE",
  "ES",
  "PL",
  "CZ",
  "AT",
  "CH",
  "OTHER_ASIA_NES",
]
const COMMODITIES = ["8505111000", "850511", "280530", "284690"]
const DIRECTIONS = ["export", "import"] as const
const MONTHS = 360

/**
 * `count` valid, distinct TradeFlows (unique natural keys), deterministic for a given `seed`
 * (the vintage date), with unknown weights and values sprinkled in (null, never 0).
 *
 * @example
 * ```ts
 * const flows = syntheticFlows(1_000_000)
 * ```
 * @category bench
 * @since 0.1.0
 */
export const syntheticFlows = (
  count: number,
  options: { readonly vintage?: string | undefined; readonly scale?: number | undefined } = {},
): Array<TradeFlow.TradeFlow> => {
  const flows: Array<TradeFlow.TradeFlow> = new Array(count)
  const scale = options.scale ?? 1
  const sources = new Map<number, TradeFlow.TradeFlow["sources"]>()
  const confidence: TradeFlow.TradeFlow["confidence"] = { kind: "official" }
  for (let i = 0; i < count; i++) {
    let k = i
    const month = k % MONTHS
    k = Math.floor(k / MONTHS)
    const reporter = REPORTERS[k % REPORTERS.length]!
    k = Math.floor(k / REPORTERS.length)
    const partner = PARTNERS[k % PARTNERS.length]!
    k = Math.floor(k / PARTNERS.length)
    const commodity = COMMODITIES[k % COMMODITIES.length]!
    k = Math.floor(k / COMMODITIES.length)
    const direction = DIRECTIONS[k % DIRECTIONS.length]!
    const sourceIndex = Math.floor(k / DIRECTIONS.length)
    let source = sources.get(sourceIndex)
    if (source === undefined) {
      source = [
        {
          id: `bench-${sourceIndex}`,
          title: `Synthetic source ${sourceIndex}`,
          publisher: "rareearth bench",
        },
      ]
      sources.set(sourceIndex, source)
    }
    const year = 2000 + Math.floor(month / 12)
    const period = `${year}-${String((month % 12) + 1).padStart(2, "0")}`
    const flow: Record<string, unknown> = {
      id: `bench-${i}`,
      period,
      reporter,
      partner,
      flow: direction,
      commodity,
      netWeightTonnes: i % 7 === 3 ? null : Math.round(((i * 7919) % 100_000) * scale) / 10,
      valueUsd: i % 5 === 2 ? null : ((i * 104_729) % 10_000_000) * scale,
      sources: source,
      confidence,
    }
    if (options.vintage !== undefined) flow.vintage = options.vintage
    flows[i] = flow as TradeFlow.TradeFlow
  }
  return flows
}

/**
 * Writes `flows` through a store in one atomic write and times it.
 * @example
 * ```ts
 * const store = await SqliteStore.open({ path: "/tmp/bench.sqlite" })
 * const { ms, summary } = await bulkLoad(store, syntheticFlows(1_000_000))
 * ```
 * @category bench
 * @since 0.1.0
 */
export const bulkLoad = async (
  store: PersistentStore,
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
): Promise<{ readonly ms: number; readonly summary: WriteSummary }> => {
  const started = performance.now()
  const summary = await Effect.runPromise(store.write(flows))
  return { ms: performance.now() - started, summary }
}

const RAW_COLUMNS_SQLITE = FLOW_COLUMNS.map(
  (c) =>
    `${c} ${c.endsWith("tonnes") || c === "value_usd" ? "REAL" : c === "estimated" ? "INTEGER" : "TEXT"}`,
)

/**
 * Which table a raw baseline writes: `bare` (no index at all: the floor) or `indexed` (the
 * stores' indexes: the natural-key unique index and (reporter, commodity)), without any of
 * the stores' logic (validation, classification, vintages).
 * @category bench
 * @since 0.1.0
 */
export type RawTable = "bare" | "indexed"

const RAW_INDEXES = [
  "CREATE UNIQUE INDEX raw_trade_flows_natural_key ON raw_trade_flows (period, reporter, partner, commodity, flow, source_id, vintage)",
  "CREATE INDEX raw_trade_flows_reporter_commodity ON raw_trade_flows (reporter, commodity)",
]

/**
 * Baseline: the same rows into a plain SQLite table `raw_trade_flows` (recreated) by a prepared
 * INSERT loop in one transaction.
 * @example
 * ```ts
 * const { ms } = await rawSqliteInsertLoop("/tmp/raw.sqlite", syntheticFlows(1_000_000), { table: "indexed" })
 * ```
 * @category bench
 * @since 0.1.0
 */
export const rawSqliteInsertLoop = async (
  path: string,
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
  options: { readonly table?: RawTable | undefined } = {},
): Promise<{ readonly ms: number }> => {
  const { DatabaseSync } = await import("node:sqlite")
  const db = new DatabaseSync(path)
  try {
    db.exec("PRAGMA journal_mode = WAL")
    db.exec("PRAGMA synchronous = NORMAL")
    db.exec("DROP TABLE IF EXISTS raw_trade_flows")
    db.exec(`CREATE TABLE raw_trade_flows (${RAW_COLUMNS_SQLITE.join(", ")})`)
    if (options.table === "indexed") for (const sql of RAW_INDEXES) db.exec(sql)
    const insert = db.prepare(
      `INSERT INTO raw_trade_flows (${FLOW_COLUMNS.join(", ")}) VALUES (${FLOW_COLUMNS.map(() => "?").join(", ")})`,
    )
    const started = performance.now()
    db.exec("BEGIN")
    for (const flow of flows) {
      const row = toRow(flow)
      insert.run(
        ...FLOW_COLUMNS.map((c) => {
          const v = row[c]
          return typeof v === "boolean" ? (v ? 1 : 0) : v
        }),
      )
    }
    db.exec("COMMIT")
    return { ms: performance.now() - started }
  } finally {
    db.close()
  }
}

const csvField = (value: string | number | boolean | null): string => {
  if (value === null) return ""
  if (typeof value === "number") return String(value)
  if (typeof value === "boolean") return value ? "t" : "f"
  return `"${value.replaceAll('"', '""')}"`
}

/**
 * Baseline: the same rows into a plain PostgreSQL table `<schema>.raw_trade_flows` (recreated)
 * by one `COPY ... FROM STDIN (FORMAT csv)` in one transaction. Needs `pg` and `pg-copy-streams`.
 * @example
 * ```ts
 * const { ms } = await rawPostgresCopy({ url, schema: "bench", table: "indexed" }, syntheticFlows(1_000_000))
 * ```
 * @category bench
 * @since 0.1.0
 */
export const rawPostgresCopy = async (
  options: {
    readonly url?: string | undefined
    readonly schema?: string | undefined
    readonly table?: RawTable | undefined
  },
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
): Promise<{ readonly ms: number }> => {
  const pg =
    ((await import("pg")) as unknown as { default?: typeof import("pg") }).default ??
    (await import("pg"))
  const copy = (await import("pg-copy-streams")) as unknown as {
    from: (text: string) => NodeJS.WritableStream
    default?: { from: (text: string) => NodeJS.WritableStream }
  }
  const copyFrom = copy.from ?? copy.default!.from
  const connection = resolveConnection(options.url)
  const schema = quoteSchema(options.schema ?? connection.schema ?? "rareearth")
  const client = new pg.Client(
    connection.connectionString !== undefined
      ? { connectionString: connection.connectionString }
      : {},
  )
  await client.connect()
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    await client.query(`DROP TABLE IF EXISTS ${schema}.raw_trade_flows`)
    await client.query(
      `CREATE TABLE ${schema}.raw_trade_flows (${FLOW_COLUMNS.map((c) => `${c} ${c.endsWith("tonnes") || c === "value_usd" ? "double precision" : c === "estimated" ? "boolean" : c === "sources" || c === "confidence" ? "json" : "text"}`).join(", ")})`,
    )
    if (options.table === "indexed") {
      await client.query(`SET search_path TO ${schema}`)
      for (const sql of RAW_INDEXES) await client.query(sql)
    }
    const started = performance.now()
    await client.query("BEGIN")
    const stream = client.query(
      copyFrom(
        `COPY ${schema}.raw_trade_flows (${FLOW_COLUMNS.join(", ")}) FROM STDIN WITH (FORMAT csv)`,
      ) as never,
    ) as unknown as NodeJS.WritableStream
    async function* csv(): AsyncGenerator<string> {
      for (let start = 0; start < flows.length; start += 5_000) {
        let text = ""
        for (let i = start; i < Math.min(flows.length, start + 5_000); i++) {
          const row = toRow(flows[i]!)
          text += `${FLOW_COLUMNS.map((c) => csvField(row[c])).join(",")}\n`
        }
        yield text
      }
    }
    await pipeline(Readable.from(csv()), stream)
    await client.query("COMMIT")
    return { ms: performance.now() - started }
  } finally {
    await client.end()
  }
}
