/**
 * SQL injection attempts through every string filter, the page parameters and the schema name.
 * Values are bound parameters, so they match nothing (or fail validation) and the table
 * survives intact; the RareEarth service in front of a store refuses them as ValidationErrors.
 */
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { StoreError, ValidationError } from "../../src/Errors.ts"
import * as PostgresStore from "../../src/node/postgres/PostgresStore.ts"
import type { PersistentStore } from "../../src/node/sql/StoreSupport.ts"
import type { FlowQuery } from "../../src/Query.ts"
import { makeLocal } from "../../src/query/LocalQuery.ts"
import type { GroupKey } from "../../src/store/TradeFlowStore.ts"
import {
  databaseUrl,
  edgeCases,
  failure,
  postgresHarness,
  run,
  type StoreHarness,
  sqliteHarness,
} from "./__fixtures__/fixtures.ts"

const PAYLOADS = [
  "US' OR '1'='1",
  "'; DROP TABLE trade_flows; --",
  'CN"; DROP TABLE trade_flows; --',
  "2025' UNION SELECT * FROM schema_migrations --",
  "%",
  "_",
  "85%' OR commodity LIKE '%",
  "1) OR (1=1",
  "$1",
  "?",
  "\\",
  "\u0000",
]

const FIELDS = ["reporter", "partner", "flow", "commodity", "from", "to"] as const

const harnesses: ReadonlyArray<StoreHarness> = [sqliteHarness(), postgresHarness("injection")]

describe.each(harnesses)("$kind store", (harness) => {
  let store: PersistentStore
  let total: number
  beforeAll(async () => {
    store = await harness.fresh()
    await run(store.write(edgeCases()))
    total = await run(store.rowCount)
  })

  it.each(FIELDS)(
    "returns no rows or a validation error for injections through %s",
    async (field) => {
      for (const payload of PAYLOADS) {
        const query = { [field]: payload } as FlowQuery
        const outcome = await Effect.runPromise(Effect.result(store.query(query)))
        if (outcome._tag === "Success") {
          expect(outcome.success.items).toEqual([])
          expect(outcome.success.total).toBe(0)
        } else {
          expect(outcome.failure).toBeInstanceOf(StoreError)
          expect(outcome.failure.message).toMatch(/Invalid flow filter/)
        }
        const aggregate = await Effect.runPromise(
          Effect.result(store.aggregate(query, ["partner"])),
        )
        if (aggregate._tag === "Success") expect(aggregate.success).toEqual([])
        else expect(aggregate.failure).toBeInstanceOf(StoreError)
      }
      expect(await run(store.rowCount)).toBe(total)
      const migrations = harness.migrations.length
      expect(await harness.raw(store, "SELECT count(*) AS n FROM schema_migrations")).toEqual([
        { n: harness.kind === "sqlite" ? migrations : String(migrations) },
      ])
    },
  )

  it("rejects injections through group keys and page numbers", async () => {
    const group = await failure(
      store.aggregate({}, ["partner; DROP TABLE trade_flows" as GroupKey]),
    )
    expect(group.message).toMatch(/Invalid group key|Cannot group by/)
    const page = await failure(store.query({}, { offset: Number.NaN, limit: 1 }))
    expect(page.message).toMatch(/Invalid page/)
    expect(await run(store.rowCount)).toBe(total)
  })

  it("stores hostile text verbatim and reads it back", async () => {
    const hostile = edgeCases()[0]!
    const flow = {
      ...hostile,
      period: "2023-01",
      id: "'; DROP TABLE trade_flows; --",
      note: "US' OR '1'='1 \"quoted\", comma\nnewline\ttab\rreturn \\N \\. back\\slash",
      conflictGroup: "\\",
      hsVersion: "",
    }
    await run(store.write([flow]))
    const page = await run(store.query({}, { limit: 1000 }))
    expect(page.items.find((item) => item.id === flow.id)).toStrictEqual(flow)
    expect(await run(store.rowCount)).toBe(total + 1)
    // The same through a bulk load into an empty store.
    const empty = await harness.fresh()
    await run(empty.write([flow]))
    expect((await run(empty.query({}))).items).toStrictEqual([flow])
  })

  it("refuses the injections as ValidationErrors through the RareEarth service", async () => {
    const service = await run(
      makeLocal({
        reference: {
          version: null,
          asOf: null,
          sources: [],
          elements: [],
          measures: [],
          quotas: [],
          events: [],
        },
        store,
        sourceName: harness.kind,
      }),
    )
    for (const field of FIELDS) {
      for (const payload of PAYLOADS.slice(0, 4)) {
        const outcome = await Effect.runPromise(
          Effect.result(service.flows({ [field]: payload } as FlowQuery)),
        )
        if (outcome._tag === "Success") expect(outcome.success.items).toEqual([])
        else expect(outcome.failure).toBeInstanceOf(ValidationError)
      }
    }
    expect(await run(store.rowCount)).toBe(total + 1)
  })
})

describe("postgres schema names", () => {
  it("refuses a schema name that is not a plain identifier", async () => {
    await expect(
      PostgresStore.open({ url: databaseUrl(), schema: 'x"; DROP TABLE trade_flows; --' }),
    ).rejects.toThrow(/Invalid schema name/)
  })
})
