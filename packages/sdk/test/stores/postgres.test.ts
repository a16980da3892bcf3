/**
 * PostgreSQL specifics against a real server: two connections writing at once, a connection
 * killed by the server mid-import, COPY and INSERT staging giving the same result, and
 * credentials that never appear in names or errors.
 */
import { execFileSync } from "node:child_process"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { StoreError } from "../../src/Errors.ts"
import { redactUrl, resolveConnection } from "../../src/node/postgres/connection.ts"
import * as PostgresStore from "../../src/node/postgres/PostgresStore.ts"
import {
  databaseUrl,
  edgeCases,
  failure,
  flow,
  freshSchema,
  run,
  withClient,
} from "./__fixtures__/fixtures.ts"
import { syntheticFlows } from "./__fixtures__/synthetic.ts"

const open = (schema: string, options: Partial<PostgresStore.PostgresStoreOptions> = {}) =>
  PostgresStore.open({ url: databaseUrl(), schema, ...options })

describe("PostgresStore", () => {
  it("two connections writing overlapping batches at once: every row once, counts add up", async () => {
    const schema = freshSchema("concurrent")
    const [a, b] = await Promise.all([open(schema), open(schema)])
    try {
      const flows = syntheticFlows(30_000)
      const [first, second] = await Promise.all([
        run(a.write(flows.slice(0, 20_000))),
        run(b.write(flows.slice(10_000))),
      ])
      expect(first.added + second.added).toBe(30_000)
      expect(first.unchanged + second.unchanged).toBe(10_000)
      const duplicates = await withClient(
        async (client) =>
          (
            await client.query(
              `SELECT count(*)::int AS n FROM (SELECT 1 FROM "${schema}".trade_flows GROUP BY source_id, period, reporter, partner, flow, commodity, vintage HAVING count(*) > 1) d`,
            )
          ).rows[0].n,
      )
      expect(duplicates).toBe(0)
      expect(await run(a.rowCount)).toBe(30_000)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  }, 60_000)

  // 12 rows first: the merge path (COPY into staging); none: COPY straight into the table with
  // its constraint and index dropped.
  it.each([12, 0])(
    "a connection terminated by the server mid-import fails the write and changes nothing (%i rows before)",
    async (initialRows) => {
      const schema = freshSchema("terminated")
      const applicationName = `rareearth-terminated-${process.pid}`
      const store = await open(schema, { chunkSize: 1_000, applicationName })
      try {
        await run(store.write(edgeCases().slice(0, initialRows)))
        let terminated = ""
        const error = await failure(
          store.write(syntheticFlows(20_000), {
            onProgress: (done) => {
              if (done === 2_000) {
                // Kill the writing backend from another session, as a lost connection would; psql
                // runs synchronously, so the COPY is certainly still going when it happens.
                terminated = execFileSync(
                  "psql",
                  [databaseUrl(), "-At", "-v", `app=${applicationName}`],
                  {
                    encoding: "utf8",
                    input:
                      "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :'app' AND backend_xid IS NOT NULL) killed;",
                  },
                ).trim()
              }
            },
          }),
        )
        expect(terminated).toBe("1")
        expect(error).toBeInstanceOf(StoreError)
        expect(await run(store.rowCount)).toBe(initialRows)
        // The pool replaces the dead connection: the store keeps working.
        expect(await run(store.write(syntheticFlows(10)))).toEqual({
          added: 10,
          revised: 0,
          unchanged: 0,
        })
        // The natural key is still enforced (the dropped constraint came back with the rollback).
        expect(await run(store.write(syntheticFlows(10)))).toEqual({
          added: 0,
          revised: 0,
          unchanged: 10,
        })
      } finally {
        await store.close()
      }
    },
    60_000,
  )

  it("stages through COPY and through INSERT with the same outcome", async () => {
    const copy = await open(freshSchema("bulk_copy"), { bulk: "copy" })
    const insert = await open(freshSchema("bulk_insert"), { bulk: "insert", chunkSize: 500 })
    try {
      // Into the empty table (a bulk load), then a second batch merged through staging.
      const flows = [...edgeCases(), ...syntheticFlows(3_000)]
      expect(await run(copy.write(flows))).toEqual(await run(insert.write(flows)))
      const more = [flow({ valueUsd: 7 }), ...syntheticFlows(3_500)]
      expect(await run(copy.write(more))).toEqual({ added: 500, revised: 1, unchanged: 3_000 })
      expect(await run(insert.write(more))).toEqual({ added: 500, revised: 1, unchanged: 3_000 })
      expect(await run(copy.query({}, { limit: 5_000, allVintages: true }))).toStrictEqual(
        await run(insert.query({}, { limit: 5_000, allVintages: true })),
      )
    } finally {
      await Promise.all([copy.close(), insert.close()])
    }
  }, 60_000)

  it("uses COPY when pg-copy-streams is installed (and multi-row INSERTs only when asked)", async () => {
    const copy = await open(freshSchema("copy_mode"))
    const insert = await open(freshSchema("insert_mode"), { bulk: "insert" })
    try {
      expect(copy.bulk).toBe("copy")
      expect(insert.bulk).toBe("insert")
    } finally {
      await Promise.all([copy.close(), insert.close()])
    }
  })

  describe("credentials", () => {
    const withPassword = (url: string, password: string) => {
      const parsed = new URL(url)
      parsed.username = parsed.username || "postgres"
      parsed.password = password
      return parsed.toString()
    }

    it("never shows the password of the URL in the store's name or target", async () => {
      const store = await PostgresStore.open({
        url: withPassword(databaseUrl(), "s3cr3t-pw"),
        schema: freshSchema("creds"),
      })
      try {
        expect(store.name).not.toContain("s3cr3t-pw")
        expect(store.target).toContain("***")
      } finally {
        await store.close()
      }
    })

    it("redacts the password in connection errors", async () => {
      const url = "postgres://app:hunter2-secret@127.0.0.1:1/trade"
      const error = await failure(Effect.scoped(PostgresStore.make({ url })))
      expect(error).toBeInstanceOf(StoreError)
      expect(error.message).toMatch(/postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/trade/)
      expect(JSON.stringify({ message: error.message, cause: String(error.cause) })).not.toContain(
        "hunter2-secret",
      )
    })

    it("reads DATABASE_URL and PGPASSWORD from the environment and redacts both", () => {
      const resolved = resolveConnection(undefined, {
        DATABASE_URL: "postgresql://team:p%40ss@db.internal:5433/trade?schema=flows",
        PGPASSWORD: "other-secret",
      })
      expect(resolved.schema).toBe("flows")
      expect(resolved.display).toBe("postgresql://team:***@db.internal:5433/trade?schema=flows")
      expect(resolved.secrets).toEqual(expect.arrayContaining(["other-secret", "p%40ss", "p@ss"]))
      expect(resolved.connectionString).not.toContain("schema=")
      const fromEnv = resolveConnection(undefined, { PGHOST: "db", PGUSER: "me", PGPASSWORD: "x" })
      expect(fromEnv.connectionString).toBeUndefined()
      expect(fromEnv.display).not.toContain("x ")
      expect(redactUrl("postgres://u:pw@h/d?password=pw2")).toBe(
        "postgres://u:***@h/d?password=***",
      )
    })
  })
})
