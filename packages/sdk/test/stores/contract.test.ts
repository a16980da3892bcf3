/**
 * The behaviour every persistent store promises, run against a real SQLite file and a real
 * PostgreSQL server: migrations, round trips, unknowns, idempotency, revisions, atomicity,
 * paging and aggregates.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { StoreError } from "../../src/Errors.ts"
import { compareFlows, FLOW_COLUMNS, toRow } from "../../src/node/sql/FlowRows.ts"
import { SQLITE_MIGRATIONS } from "../../src/node/sqlite/migrations.ts"
import * as SqliteStore from "../../src/node/sqlite/SqliteStore.ts"
import {
  edgeCases,
  type Flow,
  failure,
  flow,
  postgresHarness,
  run,
  type StoreHarness,
  scratchDir,
  sqliteHarness,
} from "./__fixtures__/fixtures.ts"

const harnesses: ReadonlyArray<StoreHarness> = [sqliteHarness(), postgresHarness("contract")]

describe.each(harnesses)("$kind store", (harness) => {
  describe("migrations", () => {
    const latest = harness.migrations[harness.migrations.length - 1]!.version

    it("applies every migration on open and nothing more when opened again", async () => {
      const store = await harness.fresh()
      expect(await run(store.schemaVersion)).toBe(latest)
      const again = await harness.reopen(store)
      expect(await run(again.schemaVersion)).toBe(latest)
      const rows = await harness.raw(
        store,
        "SELECT version, name FROM schema_migrations ORDER BY version",
      )
      expect(rows).toEqual(harness.migrations.map(({ version, name }) => ({ version, name })))
    })

    it("applies migrations once when several connections open a new database at once", async () => {
      const store = await harness.fresh()
      const others = await Promise.all([1, 2, 3, 4].map(() => harness.reopen(store)))
      for (const other of others) expect(await run(other.schemaVersion)).toBe(latest)
      const rows = await harness.raw(store, "SELECT count(*) AS n FROM schema_migrations")
      expect(Number(rows[0]?.n)).toBe(harness.migrations.length)
    })

    it("refuses a database migrated by a newer SDK, saying what to do", async () => {
      const store = await harness.fresh()
      await harness.raw(
        store,
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', '2030-01-01')",
      )
      await expect(harness.reopen(store)).rejects.toThrow(/schema version 99|at version 99/)
      await expect(harness.reopen(store)).rejects.toThrow(/upgrade @rareearth\/sdk/)
    })
  })

  describe("round trips", () => {
    it("returns identical TradeFlow records, optional fields absent where they were absent", async () => {
      const store = await harness.fresh()
      const flows = edgeCases()
      await run(store.write(flows))
      const page = await run(store.query({}, { allVintages: true }))
      expect(page.items).toStrictEqual([...flows].sort(compareFlows))
      const first = page.items.find((item) => item.id === "cn-magnets-us-2025-06")!
      expect(Object.keys(first)).not.toContain("vintage")
      expect(Object.keys(first)).not.toContain("estimated")
    })

    it("keeps unknown weights and values as NULL, never 0, and sums skip them", async () => {
      const store = await harness.fresh()
      await run(store.write(edgeCases()))
      const nulls = await harness.raw(
        store,
        "SELECT count(*) AS n FROM trade_flows WHERE net_weight_tonnes IS NULL",
      )
      expect(Number(nulls[0]?.n)).toBe(1)
      const zeros = await harness.raw(
        store,
        "SELECT count(*) AS n FROM trade_flows WHERE net_weight_tonnes = 0",
      )
      expect(Number(zeros[0]?.n)).toBe(1) // the one real zero
      const [april] = await run(store.aggregate({ from: "2025-04", to: "2025-04" }, ["period"]))
      expect(april).toEqual({
        key: { period: "2025-04" },
        count: 1,
        netWeightTonnes: null,
        knownWeightCount: 0,
        valueUsd: null,
        knownValueCount: 0,
      })
    })
  })

  describe("idempotent writes", () => {
    it("writing the same flows twice changes nothing the second time", async () => {
      const store = await harness.fresh()
      const flows = edgeCases()
      const first = await run(store.write(flows))
      expect(first).toEqual({ added: 11, revised: 1, unchanged: 0 })
      const rowsBefore = await run(store.rowCount)
      const second = await run(store.write(flows))
      expect(second).toEqual({ added: 0, revised: 0, unchanged: flows.length })
      expect(await run(store.rowCount)).toBe(rowsBefore)
      expect(await run(store.count)).toBe(11)
    })

    it("counts a repeated row within one batch as unchanged", async () => {
      const store = await harness.fresh()
      expect(await run(store.write([flow(), flow()]))).toEqual({
        added: 1,
        revised: 0,
        unchanged: 1,
      })
    })
  })

  describe("revisions", () => {
    it("adds a new vintage beside the old one; reads see the latest", async () => {
      const store = await harness.fresh()
      await run(store.write([flow({ vintage: "2025-07-20" })]))
      const revision = await run(
        store.write([flow({ vintage: "2025-08-20", netWeightTonnes: 360 })]),
      )
      expect(revision).toEqual({ added: 0, revised: 1, unchanged: 0 })
      const latest = await run(store.query({}))
      expect(latest.items.map((item) => [item.vintage, item.netWeightTonnes])).toEqual([
        ["2025-08-20", 360],
      ])
      const all = await run(store.query({}, { allVintages: true }))
      expect(all.items.map((item) => item.vintage)).toEqual(["2025-07-20", "2025-08-20"])
      expect(await run(store.count)).toBe(1)
      expect(await run(store.rowCount)).toBe(2)
    })

    it("keeps the newest vintage visible when an older one arrives later", async () => {
      const store = await harness.fresh()
      await run(store.write([flow({ vintage: "2025-08-20", netWeightTonnes: 360 })]))
      expect(await run(store.write([flow({ vintage: "2025-07-20" })]))).toEqual({
        added: 0,
        revised: 1,
        unchanged: 0,
      })
      const latest = await run(store.query({}))
      expect(latest.items.map((item) => item.vintage)).toEqual(["2025-08-20"])
    })

    it("treats an unversioned figure as older than any dated vintage", async () => {
      const store = await harness.fresh()
      await run(store.write([flow(), flow({ vintage: "2025-07-20", netWeightTonnes: 400 })]))
      expect((await run(store.query({}))).items.map((item) => item.netWeightTonnes)).toEqual([400])
    })

    it("corrects the same vintage in place when its figures differ (revised, no new row)", async () => {
      const store = await harness.fresh()
      await run(store.write([flow({ vintage: "2025-07-20" })]))
      expect(await run(store.write([flow({ vintage: "2025-07-20", valueUsd: 10 })]))).toEqual({
        added: 0,
        revised: 1,
        unchanged: 0,
      })
      expect(await run(store.rowCount)).toBe(1)
      expect((await run(store.query({}))).items[0]?.valueUsd).toBe(10)
    })
  })

  describe("atomic writes", () => {
    it("refuses a batch with an invalid row in the middle and writes none of it", async () => {
      const store = await harness.fresh()
      await run(store.write([flow()]))
      const batch = edgeCases().map((item, i) =>
        i === 6 ? { ...item, netWeightTonnes: -5 } : item,
      )
      const error = await failure(store.write(batch))
      expect(error).toBeInstanceOf(StoreError)
      expect(error.message).toMatch(/index 6/)
      expect(error.message).toMatch(/Nothing was written/)
      expect(await run(store.rowCount)).toBe(1)
    })

    it("rolls back every row when the database rejects one in the middle of the batch", async () => {
      const store = await harness.fresh()
      await run(store.write([flow()]))
      // A trigger that fails one specific row: a real database error midway through the insert.
      if (harness.kind === "sqlite") {
        await harness.raw(
          store,
          "CREATE TRIGGER poison BEFORE INSERT ON trade_flows WHEN NEW.id = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END",
        )
      } else {
        await harness.raw(
          store,
          `CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = 'poison' THEN RAISE EXCEPTION 'poisoned row'; END IF; RETURN NEW; END $$;
           CREATE TRIGGER poison BEFORE INSERT ON trade_flows FOR EACH ROW EXECUTE FUNCTION poison();`,
        )
      }
      const batch = [
        ...edgeCases().slice(1, 6),
        flow({ id: "poison", period: "2025-01" }),
        ...edgeCases().slice(6),
      ]
      const error = await failure(store.write(batch))
      expect(error).toBeInstanceOf(StoreError)
      expect(error.message).toMatch(/poisoned row/)
      expect(await run(store.rowCount)).toBe(1)
      expect((await run(store.query({}))).items).toStrictEqual([flow()])
    })

    it("rolls back when the write is aborted midway", async () => {
      const store = await harness.fresh()
      const controller = new AbortController()
      const many = Array.from({ length: 12_000 }, (_, i) =>
        flow({
          id: `row-${i}`,
          period: `${2000 + (Math.floor(i / 12) % 500)}-${String((i % 12) + 1).padStart(2, "0")}`,
          partner: `P${String.fromCharCode(65 + (Math.floor(i / 6000) % 26))}`,
        }),
      )
      const error = await failure(
        store.write(many, {
          onProgress: (done) => {
            if (done > 0 && done < many.length) controller.abort()
          },
          signal: controller.signal,
        }),
      )
      expect(error).toBeInstanceOf(StoreError)
      expect(error.message).toMatch(/aborted/)
      expect(await run(store.rowCount)).toBe(0)
    })
  })

  describe("bulk loads into an empty store (indexes dropped, then rebuilt)", () => {
    const indexes = async (store: Awaited<ReturnType<typeof harness.fresh>>) =>
      (
        await harness.raw(
          store,
          harness.kind === "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_flows' AND sql IS NOT NULL ORDER BY name"
            : "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'trade_flows' AND indexname <> 'trade_flows_pkey' ORDER BY indexname",
        )
      ).map((row) => row.name)
    // SQLite serves reporter queries from the natural-key index by a skip-scan (schema 3).
    const BOTH =
      harness.kind === "sqlite"
        ? ["trade_flows_natural_key"]
        : ["trade_flows_natural_key", "trade_flows_reporter_commodity"]

    it("counts like a row-by-row write, with revisions in the batch, and keeps both indexes", async () => {
      const store = await harness.fresh()
      expect(await run(store.write(edgeCases()))).toEqual({ added: 11, revised: 1, unchanged: 0 })
      expect(await indexes(store)).toEqual(BOTH)
      // The unique index is back: the same rows again are recognised, not duplicated.
      expect(await run(store.write(edgeCases()))).toEqual({ added: 0, revised: 0, unchanged: 12 })
      expect(await run(store.rowCount)).toBe(12)
    })

    it.runIf(harness.kind === "sqlite")(
      "leaves planner statistics, so a reporter query skip-scans the natural-key index",
      async () => {
        const store = await harness.fresh()
        const reporters = ["CN", "US", "JP", "DE", "KR", "FR", "GB", "IN", "BR", "AU"]
        const many = Array.from({ length: 2_400 }, (_, i) =>
          flow({
            id: `row-${i}`,
            period: `2024-${String((i % 12) + 1).padStart(2, "0")}`,
            reporter: reporters[Math.floor(i / 12) % 10]!,
            partner: `PX${String.fromCharCode(65 + Math.floor(i / 120))}`,
          }),
        )
        await run(store.write(many))
        const plan = await harness.raw(
          store,
          "EXPLAIN QUERY PLAN SELECT count(*) FROM trade_flows WHERE reporter = 'CN' AND commodity = '8505111000'",
        )
        expect(plan.map((row) => row.detail).join("; ")).toMatch(
          /trade_flows_natural_key \(ANY\(period\) AND reporter=\?/,
        )
        expect((await run(store.query({ reporter: "CN" }))).total).toBe(240)
      },
    )

    it("falls back to row-by-row decisions when the batch repeats a natural key", async () => {
      const store = await harness.fresh()
      const batch = [flow(), flow({ valueUsd: 5 }), flow({ valueUsd: 5 }), ...edgeCases().slice(1)]
      expect(await run(store.write(batch))).toEqual({ added: 11, revised: 2, unchanged: 1 })
      expect(await run(store.rowCount)).toBe(12)
      expect((await run(store.query({ partner: "US", reporter: "CN" }))).items[0]?.valueUsd).toBe(5)
      expect(await indexes(store)).toEqual(BOTH)
    })

    it("rolls back the load and restores both indexes when the database rejects a row", async () => {
      const store = await harness.fresh()
      if (harness.kind === "sqlite") {
        await harness.raw(
          store,
          "CREATE TRIGGER poison BEFORE INSERT ON trade_flows WHEN NEW.id = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END",
        )
      } else {
        await harness.raw(
          store,
          `CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = 'poison' THEN RAISE EXCEPTION 'poisoned row'; END IF; RETURN NEW; END $$;
           CREATE TRIGGER poison BEFORE INSERT ON trade_flows FOR EACH ROW EXECUTE FUNCTION poison();`,
        )
      }
      const batch = [...edgeCases().slice(0, 6), flow({ id: "poison", period: "2025-01" })]
      const error = await failure(store.write(batch))
      expect(error.message).toMatch(/poisoned row/)
      expect(await run(store.rowCount)).toBe(0)
      expect(await indexes(store)).toEqual(BOTH)
    })

    it("refuses an invalid row after thousands of rows went in, and writes none of them", async () => {
      const store = await harness.fresh()
      const many = Array.from({ length: 12_000 }, (_, i) =>
        flow({
          id: `row-${i}`,
          period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
        }),
      )
      many[11_000] = { ...many[11_000]!, netWeightTonnes: -1 }
      const error = await failure(store.write(many))
      expect(error).toBeInstanceOf(StoreError)
      expect(error.message).toMatch(/index 11000 \(id "row-11000"\).*Nothing was written/)
      expect(await run(store.rowCount)).toBe(0)
      expect(await indexes(store)).toEqual(BOTH)
    })

    it("rolls back and restores both indexes when aborted midway", async () => {
      const store = await harness.fresh()
      const controller = new AbortController()
      const many = Array.from({ length: 12_000 }, (_, i) =>
        flow({
          id: `row-${i}`,
          period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
        }),
      )
      const error = await failure(
        store.write(many, {
          onProgress: (done) => {
            if (done > 0 && done < many.length) controller.abort()
          },
          signal: controller.signal,
        }),
      )
      expect(error.message).toMatch(/aborted/)
      expect(await run(store.rowCount)).toBe(0)
      expect(await indexes(store)).toEqual(BOTH)
      expect(await run(store.write(many.slice(0, 10)))).toEqual({
        added: 10,
        revised: 0,
        unchanged: 0,
      })
    })
  })

  describe("queries", () => {
    it("filters by period ranges of months and years (whole periods inside the range)", async () => {
      const store = await harness.fresh()
      await run(store.write(edgeCases()))
      const ids = async (query: Parameters<typeof store.query>[0]) =>
        (await run(store.query(query))).items.map((item) => item.id)
      expect(await ids({ from: "2024", to: "2024" })).toEqual(["cn-magnets-world-2024"])
      expect(await ids({ from: "2024-06", to: "2025-12" })).not.toContain("cn-magnets-world-2024")
      expect(await ids({ from: "2025-04", to: "2025-05" })).toEqual([
        "cn-magnets-world-2025-04",
        "cn-magnets-world-2025-05",
      ])
      expect(await ids({ to: "2024-12" })).toEqual(["cn-magnets-world-2024"])
    })

    it("matches HS prefixes, aliases and exact series codes like core's Commodity.matches", async () => {
      const store = await harness.fresh()
      await run(store.write(edgeCases()))
      const commodities = async (commodity: string) =>
        [
          ...new Set((await run(store.query({ commodity }))).items.map((item) => item.commodity)),
        ].sort()
      expect(await commodities("850511")).toEqual(["850511", "8505111000"])
      expect(await commodities("85")).toEqual(["850511", "8505111000"])
      expect(await commodities("magnets")).toEqual(["8505111000"])
      expect(await commodities("rare-earths")).toEqual(["GAC:rare-earths"])
      expect(await commodities("TOTAL")).toEqual(["TOTAL"])
    })

    it("matches reporter and partner in any case, like the columnar store", async () => {
      const store = await harness.fresh()
      await run(store.write(edgeCases()))
      const page = await run(store.query({ reporter: "cn", partner: " world " }))
      expect(page.total).toBe(6)
    })

    it("pages through results with nextOffset", async () => {
      const store = await harness.fresh()
      const flows = edgeCases()
      await run(store.write(flows))
      const seen: Array<string> = []
      let offset: number | null = 0
      while (offset !== null) {
        const page: Awaited<
          ReturnType<
            typeof run<
              import("../../src/Query.ts").Page<import("./__fixtures__/fixtures.ts").Flow>,
              StoreError
            >
          >
        > = await run(store.query({}, { offset, limit: 4 }))
        expect(page.total).toBe(11)
        seen.push(...page.items.map((item) => item.id))
        offset = page.nextOffset
      }
      expect(seen).toHaveLength(11)
      expect(new Set(seen).size).toBe(11)
      const beyond = await run(store.query({}, { offset: 50, limit: 4 }))
      expect(beyond).toEqual({ items: [], total: 11, offset: 50, limit: 4, nextOffset: null })
    })

    it("aggregates by several keys with known counts", async () => {
      const store = await harness.fresh()
      await run(store.write(edgeCases()))
      const rows = await run(store.aggregate({ reporter: "CN" }, ["commodity", "partner"]))
      const magnetsWorld = rows.find(
        (row) => row.key.commodity === "8505111000" && row.key.partner === "WORLD",
      )
      expect(magnetsWorld).toEqual({
        key: { commodity: "8505111000", partner: "WORLD" },
        count: 4,
        netWeightTonnes: 3188 + 1238 + 58_142.5,
        knownWeightCount: 3,
        valueUsd: 1.5e8,
        knownValueCount: 1,
      })
      const empty = await run(store.aggregate({ reporter: "ZZ" }, []))
      expect(empty).toEqual([])
    })

    it("fails with a StoreError naming a malformed period or commodity", async () => {
      const store = await harness.fresh()
      const period = await failure(store.query({ from: "2025-13" }))
      expect(period).toBeInstanceOf(StoreError)
      expect(period.message).toMatch(/Invalid flow filter/)
      expect(period.message).toMatch(/2025-13/)
      const commodity = await failure(store.query({ commodity: "magnetz" }))
      expect(commodity.message).toMatch(/magnetz/)
      const group = await failure(store.aggregate({}, ["colour" as never]))
      expect(group.message).toMatch(/colour/)
    })
  })
})

const LATEST_SQLITE = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1]!.version

/**
 * A SQLite file at schema `version` (its migrations applied as an older SDK did), holding
 * `flows` in that version's columns, with row ids out of batch order (100, 99, ...), as
 * corrections and deletes could leave them.
 */
const oldVersionFile = async (
  path: string,
  version: number,
  flows: ReadonlyArray<Flow>,
): Promise<void> => {
  const { DatabaseSync } = await import("node:sqlite")
  const db = new DatabaseSync(path)
  try {
    db.exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT",
    )
    for (const migration of SQLITE_MIGRATIONS.filter((m) => m.version <= version)) {
      db.exec(migration.sql)
      db.prepare("INSERT INTO schema_migrations VALUES (?, ?, '2025-01-01')").run(
        migration.version,
        migration.name,
      )
    }
    const insert = db.prepare(
      `INSERT INTO trade_flows (row_id, ${FLOW_COLUMNS.join(", ")}) VALUES (?, ${FLOW_COLUMNS.map(() => "?").join(", ")})`,
    )
    flows.forEach((item, i) => {
      const row = toRow(item)
      insert.run(
        100 - i,
        ...FLOW_COLUMNS.map((column) => {
          const value = row[column]
          return typeof value === "boolean" ? Number(value) : value
        }),
      )
    })
  } finally {
    db.close()
  }
}

/** Each flow read has the sources and confidence of the flow written with its id, as the same JSON text. */
const expectSameProvenance = (read: ReadonlyArray<Flow>, written: ReadonlyArray<Flow>): void => {
  for (const item of read) {
    const original = written.find((candidate) => candidate.id === item.id)!
    expect(JSON.stringify(item.sources)).toBe(JSON.stringify(original.sources))
    expect(JSON.stringify(item.confidence)).toBe(JSON.stringify(original.confidence))
  }
}

describe("SqliteStore files", () => {
  const dir = scratchDir()

  it("creates a missing directory for a new database file", async () => {
    const store = await SqliteStore.open({ path: join(dir, "nested", "deeper", "flows.sqlite") })
    try {
      expect(await run(store.schemaVersion)).toBe(
        SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1]!.version,
      )
    } finally {
      await store.close()
    }
  })

  it("upgrades a version-1 file to droppable indexes, keeping every row and its row_id", async () => {
    const path = join(dir, "version-1.sqlite")
    const flows = edgeCases()
    await oldVersionFile(path, 1, flows)
    const store = await SqliteStore.open({ path })
    try {
      expect(await run(store.schemaVersion)).toBe(LATEST_SQLITE)
      expect((await run(store.query({}, { allVintages: true }))).items).toStrictEqual(
        [...flows].sort(compareFlows),
      )
      const ids = await sqliteHarness().raw(
        store,
        "SELECT row_id, id FROM trade_flows ORDER BY row_id DESC",
      )
      expect(ids).toEqual(flows.map((item, i) => ({ row_id: 100 - i, id: item.id })))
      expect(await run(store.write(flows))).toEqual({ added: 0, revised: 0, unchanged: 12 })
    } finally {
      await store.close()
    }
  })

  it("upgrades a version-2 file to narrow rows, keeping every row, its row_id and its provenance", async () => {
    const path = join(dir, "version-2.sqlite")
    // Several provenances, one shared by many rows: each row must keep its own, exactly.
    const flows = edgeCases().map((item, i) =>
      i % 3 === 0
        ? {
            ...item,
            confidence: { kind: "estimate", method: `model ${i}` } as Flow["confidence"],
          }
        : item,
    )
    await oldVersionFile(path, 2, flows)
    const store = await SqliteStore.open({ path })
    try {
      expect(await run(store.schemaVersion)).toBe(3)
      const read = (await run(store.query({}, { allVintages: true }))).items
      expect(read).toStrictEqual([...flows].sort(compareFlows))
      // Same JSON text, key order included, as the version-2 columns held.
      expectSameProvenance(read, flows)
      const raw = sqliteHarness()
      expect(
        await raw.raw(store, "SELECT row_id, id FROM trade_flows ORDER BY row_id DESC"),
      ).toEqual(flows.map((item, i) => ({ row_id: 100 - i, id: item.id })))
      const distinct = new Set(
        flows.map((item) => `${JSON.stringify(item.sources)}${JSON.stringify(item.confidence)}`),
      )
      expect(Number((await raw.raw(store, "SELECT count(*) AS n FROM provenances"))[0]?.n)).toBe(
        distinct.size,
      )
      // Year periods still cover January to December in range queries.
      expect((await run(store.query({ from: "2019-06", to: "2030-06" }))).total).toBe(
        (await run(store.query({}))).total,
      )
      expect(await run(store.write(flows))).toEqual({ added: 0, revised: 0, unchanged: 12 })
    } finally {
      await store.close()
    }
  })

  it("reads back every flow's sources and confidence exactly as written", async () => {
    const store = await SqliteStore.open({ path: join(dir, "provenance.sqlite") })
    const many = edgeCases().map((item, i) => ({
      ...item,
      sources: [
        { ...item.sources[0]!, ...(i % 2 === 0 ? { url: `https://example.org/${i}` } : {}) },
        ...item.sources.slice(1),
      ],
      confidence:
        i % 4 === 0
          ? ({ kind: "estimate", method: `model ${i}` } as Flow["confidence"])
          : item.confidence,
    }))
    try {
      // A bulk load into the empty table, then row by row (corrections change the provenance).
      await run(store.write(many))
      const corrected = many.map((item, i) =>
        i % 5 === 0 ? { ...item, confidence: { kind: "reported" } as Flow["confidence"] } : item,
      )
      await run(store.write(corrected))
      const read = (await run(store.query({}, { allVintages: true }))).items
      expect(read).toStrictEqual([...corrected].sort(compareFlows))
      expectSameProvenance(read, corrected)
    } finally {
      await store.close()
    }
  })

  it("fails with a StoreError naming the file when it cannot be opened", async () => {
    // A regular file where a directory should be: nothing can be created under it.
    writeFileSync(join(dir, "not-a-dir"), "")
    const error = await failure(
      Effect.scoped(SqliteStore.make({ path: join(dir, "not-a-dir", "x.sqlite") })),
    )
    expect(error).toBeInstanceOf(StoreError)
    expect(error.message).toMatch(/not-a-dir\/x\.sqlite/)
  })
})
