/**
 * `kill -9` during `rareearth sync` into SQLite and PostgreSQL (issue 16, "A standing suite"):
 * a store that held the fixture dataset is synced from a large file and the process is killed at
 * several points of the run. Each time the store holds the old state exactly (same rows, same
 * digest) or the whole new one, never part of it. Prints: syncs started, outcomes, torn stores
 * (must be 0).
 */
import { execFileSync, spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FIXTURE_SOURCE } from "../__fixtures__/fixtureDataset.ts"
import { EXPLORER_DIR } from "../helpers.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-kill-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const PARTNERS = "US JP KR DE FR GB IT NL BE ES PL CZ AT CH SE FI DK NO IE PT".split(" ")
/** Rows in the big file: none of them is in the fixture dataset, so a full sync adds them all. */
let bigRows = 0
const bigFile = join(dir, "big.csv")

beforeAll(() => {
  const lines = [
    "period,reporter,partner,flow,commodity,netWeightTonnes,valueUsd,confidence,sources",
  ]
  for (let year = 1960; year <= 2023; year++)
    for (let month = 1; month <= 12; month++)
      for (const partner of PARTNERS)
        for (const flow of ["export", "import"])
          lines.push(
            `${year}-${String(month).padStart(2, "0")},CN,${partner},${flow},8505111000,${(year * month) % 997},,reported,goldsea-december-2025-magnets`,
          )
  bigRows = lines.length - 1
  writeFileSync(bigFile, `${lines.join("\n")}\n`)
})

/** `rareearth sync ...` as one process (node on src/main.ts, no shim) in its own process group. */
const startSync = (into: string) => {
  const child = spawn(
    process.execPath,
    [
      "--conditions=@rareearth/source",
      join(EXPLORER_DIR, "src", "main.ts"),
      "sync",
      "--from",
      `file:${bigFile}`,
      "--into",
      into,
    ],
    { cwd: EXPLORER_DIR, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  )
  let stderr = ""
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk
  })
  child.stdout.resume()
  const exited = new Promise<{ code: number | null; signal: string | null; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })),
  )
  return {
    exited,
    kill: () => {
      try {
        // The whole group: nothing the sync started outlives it.
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL")
      } catch {
        // Already gone.
      }
    },
  }
}

const runSync = (from: string, into: string) =>
  execFileSync(
    process.execPath,
    [
      "--conditions=@rareearth/source",
      join(EXPLORER_DIR, "src", "main.ts"),
      "sync",
      "--from",
      from,
      "--into",
      into,
    ],
    { cwd: EXPLORER_DIR, encoding: "utf8" },
  )

interface StoreTarget {
  readonly kind: string
  /** A store holding the fixture dataset (the old state); returns its --into location. */
  readonly fresh: (name: string) => Promise<string>
  /** The flow count and a digest of every flow row. */
  readonly read: (location: string) => Promise<{ readonly count: number; readonly digest: string }>
  readonly healthy: (location: string) => Promise<boolean>
}

const sqliteBase = join(dir, "base.sqlite")
const sqlite: StoreTarget = {
  kind: "SQLite",
  fresh: async (name) => {
    const path = join(dir, `${name}.sqlite`)
    copyFileSync(sqliteBase, path)
    return `sqlite:${path}`
  },
  read: async (location) => {
    const { DatabaseSync } = await import("node:sqlite")
    const db = new DatabaseSync(location.slice("sqlite:".length))
    try {
      const rows = db
        .prepare("SELECT * FROM trade_flows")
        .all()
        .map((row) => JSON.stringify(row))
      rows.sort()
      return {
        count: rows.length,
        digest: createHash("sha256").update(rows.join("\n")).digest("hex"),
      }
    } finally {
      db.close()
    }
  },
  healthy: async (location) => {
    const { DatabaseSync } = await import("node:sqlite")
    const db = new DatabaseSync(location.slice("sqlite:".length))
    try {
      return (
        JSON.stringify(db.prepare("PRAGMA integrity_check").all()) === '[{"integrity_check":"ok"}]'
      )
    } finally {
      db.close()
    }
  },
}

const SERVER_SCRIPT = fileURLToPath(
  new URL("../../../../tooling/scripts/postgres-test-server.sh", import.meta.url),
)
let postgresUrl = ""
/** Runs one statement with Debian's psql and returns its unaligned output. */
const psql = (sql: string): string =>
  execFileSync("/usr/bin/psql", [postgresUrl, "-qAtc", sql], { encoding: "utf8" }).trim()
const schemas: string[] = []
const postgres: StoreTarget = {
  kind: "PostgreSQL",
  fresh: async (name) => {
    const schema = `kill_${process.pid}_${name}`
    schemas.push(schema)
    const url = new URL(postgresUrl)
    url.searchParams.set("schema", schema)
    runSync(FIXTURE_SOURCE, url.toString())
    return url.toString()
  },
  read: async (location) => {
    const schema = new URL(location).searchParams.get("schema") ?? ""
    const [count = "", digest = ""] = psql(
      `SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "${schema}".trade_flows t`,
    ).split(" ")
    return { count: Number(count), digest }
  },
  healthy: async () => true,
}

afterAll(() => {
  for (const schema of schemas) {
    try {
      psql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    } catch {
      // Only a throwaway schema of the test server is left behind.
    }
  }
})

/** Where in a full run each kill lands (fractions of its duration). */
const KILL_POINTS = [0.2, 0.5, 0.8]

describe.each([sqlite, postgres])("kill -9 during a sync into $kind", (target) => {
  it("leaves the old state or the whole new one, never part of it", async () => {
    if (target === sqlite) runSync(FIXTURE_SOURCE, `sqlite:${sqliteBase}`)
    if (target === postgres)
      postgresUrl =
        process.env.RAREEARTH_TEST_DATABASE_URL ??
        execFileSync("bash", [SERVER_SCRIPT], {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
        }).trim()

    // A full run: how long it takes, and what the new state holds.
    const full = await target.fresh("full")
    const old = await target.read(full)
    const started = Date.now()
    const complete = await startSync(full).exited
    const duration = Date.now() - started
    expect(complete.code, complete.stderr).toBe(0)
    expect((await target.read(full)).count).toBe(old.count + bigRows)

    const outcomes = { old: 0, new: 0, torn: 0 }
    for (const [index, point] of KILL_POINTS.entries()) {
      const location = await target.fresh(`k${index}`)
      const before = await target.read(location)
      const sync = startSync(location)
      await new Promise((resolve) => setTimeout(resolve, Math.round(duration * point)))
      sync.kill()
      await sync.exited
      const after = await target.read(location)
      const healthy = await target.healthy(location)
      if (healthy && after.count === before.count && after.digest === before.digest)
        outcomes.old += 1
      else if (healthy && after.count === before.count + bigRows) outcomes.new += 1
      else outcomes.torn += 1
    }
    console.info(
      `kill -9 during ${target.kind} syncs: ${KILL_POINTS.length + 1} syncs started, ${KILL_POINTS.length} killed (full run ${duration} ms); old state ${outcomes.old}, new state ${outcomes.new}; torn ${outcomes.torn}`,
    )
    expect(outcomes.torn).toBe(0)
  }, 240_000)
})
