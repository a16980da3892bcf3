/**
 * `sync` into real SQLite and PostgreSQL stores, and reading them back through the RareEarth
 * service: same answers as the source they were copied from (the frozen fixture dataset through
 * the embedded engine), idempotent re-runs, revisions, rejected rows, progress and aborts.
 */
import { Effect, type Layer } from "effect"
import { describe, expect, it } from "vitest"
import { AbortedError, ImportError, isRareEarthError, ValidationError } from "../../src/Errors.ts"
import type { PersistentStore } from "../../src/node/sql/StoreSupport.ts"
import * as SqliteStore from "../../src/node/sqlite/SqliteStore.ts"
import {
  describeStoreLocation,
  PostgresSource,
  parseStoreLocation,
  SqliteSource,
  StoreSource,
} from "../../src/node/sync/StoreSource.ts"
import { type SyncProgress, sync, syncFlows } from "../../src/node/sync/sync.ts"
import type { FlowQuery } from "../../src/Query.ts"
import { referenceFromDataset } from "../../src/query/LocalQuery.ts"
import { RareEarth } from "../../src/RareEarth.ts"
import { makeColumnarStore } from "../../src/store/ColumnarStore.ts"
import { fixtureDataset, fixtureLayer } from "../__fixtures__/fixtureDataset.ts"
import {
  databaseUrl,
  edgeCases,
  failure,
  flow,
  freshSchema,
  postgresHarness,
  run,
  type StoreHarness,
  scratchDir,
  sqliteHarness,
} from "./__fixtures__/fixtures.ts"

const harnesses: ReadonlyArray<StoreHarness> = [sqliteHarness(), postgresHarness("sync")]

/** The number of flows the fixture source serves (the latest vintage of each). */
const fixtureLatest = async () => {
  const columnar = makeColumnarStore()
  await run(columnar.write(fixtureDataset.flows))
  return run(columnar.count)
}

describe.each(harnesses)("sync into $kind", (harness) => {
  it("copies a source, then changes nothing when run again", async () => {
    const into = await harness.fresh()
    const expected = await fixtureLatest()
    const first = await run(sync({ from: fixtureLayer, into }))
    expect(first).toMatchObject({
      added: expected,
      revised: 0,
      unchanged: 0,
      rejected: 0,
      read: expected,
    })
    const second = await run(sync({ from: fixtureLayer, into }))
    expect(second).toMatchObject({ added: 0, revised: 0, unchanged: expected, rejected: 0 })
    expect(await run(into.rowCount)).toBe(expected)
  })

  it("adds a revised figure as a new vintage and keeps the old one", async () => {
    const into = await harness.fresh()
    await run(sync({ from: [flow({ vintage: "2025-07-20" })], into }))
    const summary = await run(
      sync({ from: [flow({ vintage: "2025-08-20", netWeightTonnes: 360 })], into }),
    )
    expect(summary).toMatchObject({ added: 0, revised: 1, unchanged: 0 })
    expect(
      (await run(into.query({}, { allVintages: true }))).items.map((f) => f.netWeightTonnes),
    ).toEqual([353, 360])
  })

  it("refuses the whole import when a row is invalid (all-or-nothing), naming the row", async () => {
    const into = await harness.fresh()
    await run(sync({ from: [flow()], into }))
    const rows: Array<unknown> = [
      ...edgeCases().slice(1, 4),
      { ...flow({ id: "bad" }), period: "2025-13" },
      ...edgeCases().slice(4),
    ]
    const error = await failure(sync({ from: rows, into, sourceName: "customs.csv" }))
    expect(error).toBeInstanceOf(ImportError)
    const importError = error as ImportError
    expect(importError.message).toMatch(/1 of 12 rows from customs\.csv/)
    expect(importError.message).toMatch(/nothing was written/)
    expect(importError.rejected[0]).toMatchObject({
      file: "customs.csv",
      line: 4,
      column: "period",
    })
    expect(await run(into.rowCount)).toBe(1)
  })

  it("skips and counts invalid rows with mode valid-rows", async () => {
    const into = await harness.fresh()
    const rows: Array<unknown> = [
      flow(),
      { nonsense: true },
      flow({ id: "x", partner: "JP" }),
      null,
    ]
    const summary = await run(sync({ from: rows, into, mode: "valid-rows" }))
    expect(summary).toMatchObject({ added: 2, revised: 0, unchanged: 0, rejected: 2, read: 4 })
    expect(summary.rejectedRows.map((row) => row.line)).toEqual([2, 4])
  })

  it("reports progress while reading and writing", async () => {
    const into = await harness.fresh()
    const events: Array<SyncProgress> = []
    await run(sync({ from: edgeCases(), into, onProgress: (progress) => events.push(progress) }))
    expect(events.some((e) => e.phase === "read")).toBe(true)
    expect(events.some((e) => e.phase === "write")).toBe(true)
    expect(events.at(-1)).toEqual({ phase: "done", read: 12, rejected: 0, written: 12, total: 12 })
  })

  it("writes nothing when aborted", async () => {
    const into = await harness.fresh()
    const controller = new AbortController()
    controller.abort()
    const error = await failure(sync({ from: edgeCases(), into, signal: controller.signal }))
    expect(error).toBeInstanceOf(AbortedError)
    expect(await run(into.rowCount)).toBe(0)
  })

  it("rejects with the SDK's error classes through the Promise API", async () => {
    const into: PersistentStore = await harness.fresh()
    await expect(syncFlows({ from: [{ id: 1 }], into })).rejects.toSatisfy(
      (error: unknown) => isRareEarthError(error) && error instanceof ImportError,
    )
  })
})

describe("reading a store through the RareEarth service", () => {
  const dir = scratchDir()
  const QUERIES: ReadonlyArray<FlowQuery> = [
    {},
    { reporter: "CN", commodity: "magnets", partner: "WORLD", from: "2025-01", to: "2025-12" },
    { commodity: "rare-earths" },
  ]

  /** Everything the comparison reads, asked of one source (built and released around it). */
  const answers = (layer: Layer.Layer<RareEarth, unknown>) =>
    Effect.runPromise(
      Effect.gen(function* () {
        const rareEarth = yield* RareEarth
        const flows = []
        for (const query of QUERIES) flows.push(yield* rareEarth.flows(query, { limit: 500 }))
        const series = yield* rareEarth.series({
          commodity: "magnets",
          reporter: "CN",
          partner: "WORLD",
          from: "2024-01",
          to: "2025-12",
        })
        const info = yield* rareEarth.datasetInfo
        return { flows, series, counts: info.counts }
      }).pipe(Effect.provide(layer)) as Effect.Effect<unknown, unknown>,
    )

  const compare = async (layer: Layer.Layer<RareEarth, unknown>) => {
    const stored = await answers(layer)
    expect(stored).toStrictEqual(await answers(fixtureLayer))
    expect((stored as { flows: Array<{ total: number }> }).flows[0]!.total).toBeGreaterThan(0)
  }

  // The store sources take the fixture's reference data (default: the embedded dataset's).
  const reference = referenceFromDataset(fixtureDataset)

  it("SqliteSource answers like the source it was synced from", async () => {
    const path = `${dir}/read.sqlite`
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const into = yield* SqliteStore.make({ path })
          return yield* sync({ from: fixtureLayer, into })
        }),
      ),
    )
    await compare(SqliteSource.layer({ path, reference }))
    await compare(StoreSource.layer(`sqlite:${path}`, { reference }))
  })

  it("PostgresSource answers like the source it was synced from", async () => {
    const schema = freshSchema("read")
    const url = `${databaseUrl()}?schema=${schema}`
    const into = await (await import("../../src/node/postgres/PostgresStore.ts")).open({ url })
    try {
      await run(sync({ from: fixtureLayer, into }))
    } finally {
      await into.close()
    }
    await compare(PostgresSource.layer({ url, reference }))
    await compare(StoreSource.layer(url, { reference }))
  })
})

describe("sync between stores", () => {
  const dir = scratchDir()

  it("copies a SQLite store into PostgreSQL through the store's RareEarth layer", async () => {
    const path = `${dir}/from.sqlite`
    const from = await SqliteStore.open({ path })
    await run(from.write(edgeCases()))
    await from.close()
    const into = await (await import("../../src/node/postgres/PostgresStore.ts")).open({
      url: databaseUrl(),
      schema: freshSchema("store_to_store"),
    })
    try {
      const summary = await run(sync({ from: SqliteSource.layer({ path }), into }))
      // The layer serves the latest vintage of each observation: 11 of the 12 rows.
      expect(summary).toMatchObject({ read: 11, added: 11, revised: 0, unchanged: 0, rejected: 0 })
      const again = await run(sync({ from: StoreSource.layer(`sqlite:${path}`), into }))
      expect(again).toMatchObject({ added: 0, unchanged: 11 })
    } finally {
      await into.close()
    }
  })
})

describe("store locations", () => {
  it("parses sqlite:PATH and postgres URLs", () => {
    expect(parseStoreLocation("sqlite:data/x.sqlite")).toEqual({
      kind: "sqlite",
      path: "data/x.sqlite",
    })
    expect(parseStoreLocation("postgresql://u@h/d")).toEqual({
      kind: "postgres",
      url: "postgresql://u@h/d",
    })
    expect(describeStoreLocation(parseStoreLocation("postgres://u:pw@h/d"))).toBe(
      "PostgreSQL postgres://u:***@h/d",
    )
  })

  it("refuses anything else with the valid forms, never echoing a password", () => {
    expect(() => parseStoreLocation("mysql://x")).toThrow(ValidationError)
    expect(() => parseStoreLocation("mysql://x")).toThrow(
      /expected sqlite:PATH .* or postgres:\/\//,
    )
    expect(() => parseStoreLocation("sqlite:")).toThrow(/the path is missing/)
    expect(() => parseStoreLocation("postgres://u:pw@[bad")).toThrow(/not a valid URL/)
    try {
      parseStoreLocation("postgres://u:topsecret@[bad")
    } catch (error) {
      expect(String((error as Error).message)).not.toContain("topsecret")
    }
  })
})
