/**
 * `rareearth sync` through the CLI (in-process, as the binary runs it): into a real SQLite
 * file and a real PostgreSQL server (tooling/scripts/postgres-test-server.sh, or DATABASE_URL),
 * idempotent re-runs, the JSON summary, bad arguments, and passwords that never get printed.
 * Skipped until `@rareearth/sdk/node` exports the stores (src/node/stores.ts).
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { runCli } from "../../test/helpers.ts"

const node: Record<string, unknown> = await import("@rareearth/sdk/node")
const wired = typeof node.sync === "function"
const dir = mkdtempSync(join(tmpdir(), "rareearth-sync-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SERVER_SCRIPT = fileURLToPath(
  new URL("../../../../tooling/scripts/postgres-test-server.sh", import.meta.url),
)
const databaseUrl = (): string =>
  process.env.RAREEARTH_TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  execFileSync("bash", [SERVER_SCRIPT], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }).trim()

const SUMMARY =
  /^Synced (\d+) flows from the embedded dataset into (.+): (\d+) added, (\d+) revised, (\d+) unchanged, (\d+) rejected \(\d+\.\d s\)\n$/

describe.skipIf(!wired)("rareearth sync", () => {
  it("copies the embedded dataset into a SQLite file, then changes nothing", async () => {
    const path = join(dir, "first.sqlite")
    const first = await runCli(["sync", "--from", "embedded", "--into", `sqlite:${path}`])
    expect(first.stderr).toBe("")
    expect(first.code).toBe(0)
    const [, read, target, added, revised, unchanged, rejected] = SUMMARY.exec(first.stdout) ?? []
    expect(Number(read)).toBeGreaterThan(0)
    expect(target).toBe(`SQLite ${path}`)
    expect([added, revised, unchanged, rejected]).toEqual([read, "0", "0", "0"])

    const again = await runCli(["sync", "--into", `sqlite:${path}`, "--json"])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({
      from: "the embedded dataset",
      into: `SQLite ${path}`,
      added: 0,
      revised: 0,
      unchanged: Number(read),
      rejected: 0,
    })
  }, 60_000)

  it("copies only the filtered flows", async () => {
    const path = join(dir, "filtered.sqlite")
    const all = JSON.parse(
      (await runCli(["sync", "--into", `sqlite:${join(dir, "all.sqlite")}`, "--json"])).stdout,
    )
    const some = await runCli([
      "sync",
      "--into",
      `sqlite:${path}`,
      "--partner",
      "US",
      "--since",
      "2025",
      "--json",
    ])
    expect(some.code).toBe(0)
    const summary = JSON.parse(some.stdout)
    expect(summary.added).toBeGreaterThan(0)
    expect(summary.added).toBeLessThan(all.added)
  }, 60_000)

  it("syncs into PostgreSQL without ever printing the password", async () => {
    const url = new URL(databaseUrl())
    url.username ||= "postgres"
    url.password = "not-a-real-secret-42"
    const schema = `cli_${process.pid}_${Date.now().toString(36)}`
    url.searchParams.set("schema", schema)
    try {
      const result = await runCli(["sync", "--into", url.toString()])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(SUMMARY)
      expect(result.stdout).toContain(":***@")
      expect(result.stdout + result.stderr).not.toContain("not-a-real-secret-42")
    } finally {
      const plain = new URL(databaseUrl())
      const psql = "/usr/bin/psql"
      try {
        execFileSync(psql, [plain.toString(), "-qc", `DROP SCHEMA IF EXISTS "${schema}" CASCADE`], {
          stdio: "ignore",
        })
      } catch {
        // Only a throwaway schema of the test server is left behind.
      }
    }
  }, 60_000)

  it("fails with exit 1 and a redacted URL when the database is unreachable", async () => {
    const result = await runCli([
      "sync",
      "--into",
      "postgres://app:hunter2-secret@127.0.0.1:1/trade",
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^error: postgres: open \(postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/trade\) failed: .*ECONNREFUSED/,
    )
    expect(result.stderr).not.toContain("hunter2-secret")
  }, 60_000)

  it.each([
    [
      ["sync", "--into", "mysql://x"],
      /Invalid store "mysql:\/\/x": unknown kind of store; expected sqlite:PATH/,
    ],
    [
      ["sync", "--into", "sqlite:x.sqlite", "--mode", "bogus"],
      /invalid --mode "bogus": expected all-or-nothing or valid-rows/,
    ],
    [["sync", "--into", "sqlite:x.sqlite", "--since", "2025-13"], /2025-13/],
    [["sync"], /sync needs --into STORE/],
  ])("refuses bad arguments with exit 2: %j", async (args, message) => {
    const result = await runCli(args, { DATABASE_URL: "" })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})
