/**
 * Separate processes against one database: a writer killed mid-import leaves the store exactly
 * as before; two concurrent syncs neither duplicate nor lose rows; concurrent first opens apply
 * each migration once. Real SQLite files and a real PostgreSQL server.
 */
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { POSTGRES_MIGRATIONS } from "../../src/node/postgres/migrations.ts"
import * as PostgresStore from "../../src/node/postgres/PostgresStore.ts"
import type { PersistentStore } from "../../src/node/sql/StoreSupport.ts"
import { SQLITE_MIGRATIONS } from "../../src/node/sqlite/migrations.ts"
import * as SqliteStore from "../../src/node/sqlite/SqliteStore.ts"
import type { WriteSummary } from "../../src/store/TradeFlowStore.ts"
import { databaseUrl, freshSchema, run, scratchDir } from "./__fixtures__/fixtures.ts"
import { syntheticFlows } from "./__fixtures__/synthetic.ts"
import { runChild, summaryOf } from "./processes.ts"

interface Target {
  readonly kind: "sqlite" | "postgres"
  /** A new, empty database location for a child: a file path, or URL#schema. */
  readonly location: () => string
  readonly open: (location: string) => Promise<PersistentStore>
  readonly integrity: (store: PersistentStore, location: string) => Promise<void>
}

const dir = scratchDir()
let files = 0
const targets: ReadonlyArray<Target> = [
  {
    kind: "sqlite",
    location: () => join(dir, `proc-${files++}.sqlite`),
    open: (location) => SqliteStore.open({ path: location }),
    integrity: async (_store, location) => {
      const { DatabaseSync } = await import("node:sqlite")
      const db = new DatabaseSync(location)
      try {
        expect(db.prepare("PRAGMA integrity_check").all()).toEqual([{ integrity_check: "ok" }])
      } finally {
        db.close()
      }
    },
  },
  {
    kind: "postgres",
    location: () => `${databaseUrl()}#${freshSchema("processes")}`,
    open: (location) => {
      const [url, schema] = location.split("#")
      return PostgresStore.open({ url, schema })
    },
    integrity: async () => undefined,
  },
]

describe.each(targets)("$kind", (target) => {
  // 500 rows first: the merge path; none: the bulk load into an empty table, indexes dropped.
  it.each([500, 0])(
    "a writer killed mid-import (SIGKILL) leaves the store exactly as before (%i rows before)",
    async (initialRows) => {
      const location = target.location()
      const store = await target.open(location)
      try {
        await run(store.write(syntheticFlows(initialRows)))
        const before = await run(store.query({}, { limit: 1000, allVintages: true }))
        const child = await runChild([target.kind, location, "0", "20000", "kill"])
        expect(child.signal).toBe("SIGKILL")
        expect(child.stderr).toMatch(/killing myself after staging \d+ of 20000 rows/)
        await target.integrity(store, location)
        expect(await run(store.rowCount)).toBe(initialRows)
        expect(await run(store.query({}, { limit: 1000, allVintages: true }))).toStrictEqual(before)
        // Nothing is left locked, and the natural key is still enforced: the next import goes
        // through and recognises the rows it already holds.
        expect(await run(store.write(syntheticFlows(600)))).toEqual({
          added: 600 - initialRows,
          revised: 0,
          unchanged: initialRows,
        })
        expect(await run(store.write(syntheticFlows(600)))).toEqual({
          added: 0,
          revised: 0,
          unchanged: 600,
        })
      } finally {
        await store.close()
      }
    },
    60_000,
  )

  it("two syncs at once neither duplicate nor lose rows", async () => {
    const location = target.location()
    // Create the schema first so both children race on the data, then race them.
    summaryOf(await runChild([target.kind, location, "0", "0", "open"]))
    const [a, b] = await Promise.all([
      runChild([target.kind, location, "0", "12000"]),
      runChild([target.kind, location, "6000", "18000"]),
    ])
    const first = summaryOf<WriteSummary>(a)
    const second = summaryOf<WriteSummary>(b)
    expect(first.added + second.added).toBe(18_000)
    expect(first.unchanged + second.unchanged).toBe(6_000)
    expect(first.revised + second.revised).toBe(0)
    const store = await target.open(location)
    try {
      expect(await run(store.rowCount)).toBe(18_000)
      expect(await run(store.count)).toBe(18_000)
    } finally {
      await store.close()
    }
  }, 60_000)

  it("processes opening a new database at once apply each migration once", async () => {
    const location = target.location()
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => runChild([target.kind, location, "0", "0", "open"])),
    )
    const latest = target.kind === "sqlite" ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS
    for (const result of results)
      expect(summaryOf(result)).toEqual({ version: latest[latest.length - 1]!.version })
  }, 60_000)
})
