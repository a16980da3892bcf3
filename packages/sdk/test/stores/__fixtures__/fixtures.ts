/**
 * Shared fixtures of the store tests: flow builders, edge-case records, fresh SQLite files and
 * fresh PostgreSQL schemas (dropped after the file), and a store factory per kind.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { TradeFlow } from "@rareearth/core"
import { Effect } from "effect"
import pg from "pg"
import { afterAll } from "vitest"
import { POSTGRES_MIGRATIONS } from "../../../src/node/postgres/migrations.ts"
import * as PostgresStore from "../../../src/node/postgres/PostgresStore.ts"
import type { PersistentStore } from "../../../src/node/sql/StoreSupport.ts"
import { SQLITE_MIGRATIONS } from "../../../src/node/sqlite/migrations.ts"
import * as SqliteStore from "../../../src/node/sqlite/SqliteStore.ts"
import { startTestServer } from "../pg-server.ts"

export type Flow = TradeFlow.TradeFlow

const GAC = {
  id: "gac-2025",
  title: "GAC detailed data",
  publisher: "General Administration of Customs",
}
const REUTERS = {
  id: "reuters-2025-07-20",
  title: "China's rare earth magnet exports",
  publisher: "Reuters",
  url: "https://example.org/reuters/magnets",
  publishedOn: "2025-07-20",
}

/** A valid flow; override any field. */
export const flow = (overrides: Partial<Flow> = {}): Flow => ({
  id: "cn-magnets-us-2025-06",
  period: "2025-06",
  reporter: "CN",
  partner: "US",
  flow: "export",
  commodity: "8505111000",
  netWeightTonnes: 353,
  valueUsd: null,
  sources: [GAC],
  confidence: { kind: "reported" },
  ...overrides,
})

/** Records exercising every optional field and both kinds of unknown. */
export const edgeCases = (): Array<Flow> => [
  flow(),
  flow({
    id: "cn-magnets-world-2025-06",
    partner: "WORLD",
    netWeightTonnes: 3188,
    valueUsd: 1.5e8,
    hsVersion: "H6",
  }),
  flow({
    id: "cn-magnets-world-2025-05",
    period: "2025-05",
    partner: "WORLD",
    netWeightTonnes: 1238,
    estimated: true,
  }),
  flow({
    id: "cn-magnets-world-2025-04",
    period: "2025-04",
    partner: "WORLD",
    netWeightTonnes: null,
    estimated: false,
  }),
  flow({
    id: "cn-magnets-world-2024",
    period: "2024",
    partner: "WORLD",
    netWeightTonnes: 58_142.5,
    note: "annual total",
  }),
  flow({
    id: "cn-magnets-jp-2025-06",
    partner: "JP",
    netWeightTonnes: 1000,
    sources: [GAC, REUTERS],
    confidence: {
      kind: "derived",
      formula: "total - us",
      inputs: {
        total: { value: 1353, label: "total", sourceIds: [GAC.id] },
        us: { value: 353, label: "US", sourceIds: [REUTERS.id] },
      },
      rounding: "integer",
    },
  }),
  flow({
    id: "cn-re-world-2025-06",
    commodity: "GAC:rare-earths",
    partner: "WORLD",
    netWeightTonnes: 7742,
    confidence: { kind: "estimate", method: "sum of provinces" },
    conflictGroup: "gac-2025-06",
  }),
  flow({
    id: "cn-re-world-2025-06-rival",
    commodity: "GAC:rare-earths",
    partner: "WORLD",
    netWeightTonnes: 7800,
    sources: [REUTERS],
    conflictGroup: "gac-2025-06",
  }),
  flow({
    id: "us-imports-2025-06",
    reporter: "US",
    partner: "CN",
    flow: "import",
    commodity: "850511",
    valueUsd: 2_000_000,
  }),
  flow({
    id: "de-total-2025-06",
    reporter: "DE",
    partner: "OTHER_ASIA_NES",
    flow: "re_export",
    commodity: "TOTAL",
    netWeightTonnes: 0,
  }),
  flow({
    id: "cn-oxides-2025-06",
    commodity: "280530",
    partner: "KR",
    netWeightTonnes: 12.25,
    vintage: "2025-07-01",
  }),
  flow({
    id: "cn-oxides-2025-06-rev",
    commodity: "280530",
    partner: "KR",
    netWeightTonnes: 12.5,
    vintage: "2025-08-01",
  }),
]

/** A scratch directory removed after the test file. */
export const scratchDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "rareearth-stores-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

let schemaCounter = 0

/** The URL of the test PostgreSQL server. */
export const databaseUrl = (): string => startTestServer()

/** A new schema name, dropped (with its tables) after the test file. */
export const freshSchema = (label: string): string => {
  const name =
    `t_${label}_${process.pid}_${Date.now().toString(36)}_${schemaCounter++}`.toLowerCase()
  afterAll(async () => {
    await withClient(async (client) => {
      await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`)
    })
  })
  return name
}

/** Runs `body` with a plain pg client on the test server (application_name rareearth-test). */
export const withClient = async <A>(body: (client: pg.Client) => Promise<A>): Promise<A> => {
  const client = new pg.Client({
    connectionString: databaseUrl(),
    application_name: "rareearth-test",
  })
  await client.connect()
  try {
    return await body(client)
  } finally {
    await client.end()
  }
}

/** Opens a store of a kind on a fresh file or schema. */
export type StoreKind = "sqlite" | "postgres"

export interface StoreHarness {
  readonly kind: StoreKind
  /** The migrations a new store applies, in order. */
  readonly migrations: ReadonlyArray<{ readonly version: number; readonly name: string }>
  /** Opens a new, empty store (closed after the test file). */
  readonly fresh: () => Promise<PersistentStore>
  /** Opens another connection to the same database as `store`. */
  readonly reopen: (store: PersistentStore) => Promise<PersistentStore>
  /** Runs raw SQL on the store's database (for checks the API does not offer). */
  readonly raw: (store: PersistentStore, sql: string) => Promise<Array<Record<string, unknown>>>
}

const opened: Array<PersistentStore> = []
afterAll(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()))
})
const track = <S extends PersistentStore>(store: S): S => {
  opened.push(store)
  return store
}

export const sqliteHarness = (): StoreHarness => {
  const dir = scratchDir()
  let n = 0
  return {
    kind: "sqlite",
    migrations: SQLITE_MIGRATIONS,
    fresh: async () => track(await SqliteStore.open({ path: join(dir, `store-${n++}.sqlite`) })),
    reopen: async (store) =>
      track(await SqliteStore.open({ path: (store as SqliteStore.SqliteStore).path })),
    raw: async (store, sql) => {
      const { DatabaseSync } = await import("node:sqlite")
      const db = new DatabaseSync((store as SqliteStore.SqliteStore).path)
      try {
        return db.prepare(sql).all() as Array<Record<string, unknown>>
      } finally {
        db.close()
      }
    },
  }
}

export const postgresHarness = (label: string): StoreHarness => ({
  kind: "postgres",
  migrations: POSTGRES_MIGRATIONS,
  fresh: async () =>
    track(await PostgresStore.open({ url: databaseUrl(), schema: freshSchema(label) })),
  reopen: async (store) =>
    track(
      await PostgresStore.open({
        url: databaseUrl(),
        schema: (store as PostgresStore.PostgresStore).schema,
      }),
    ),
  raw: (store, sql) =>
    withClient(async (client) => {
      await client.query(`SET search_path TO "${(store as PostgresStore.PostgresStore).schema}"`)
      return (await client.query(sql)).rows
    }),
})

/** Runs an Effect to a Promise. */
export const run = <A, E>(effect: Effect.Effect<A, E>): Promise<A> => Effect.runPromise(effect)

/** Runs an Effect expected to fail and returns its error. */
export const failure = async <A, E>(effect: Effect.Effect<A, E>): Promise<E> => {
  const result = await Effect.runPromise(Effect.flip(effect))
  return result as E
}
