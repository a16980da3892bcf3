/**
 * `rareearth serve --workers 2` over one PostgreSQL database (the tests' throwaway cluster,
 * tooling/scripts/postgres-test-server.sh): two worker processes behind one port give the same
 * answers, see a write made by another process at once (no state of their own that the other
 * would miss), a worker killed with SIGKILL is replaced while the server keeps answering, and
 * SIGTERM stops the primary and every worker, even one that cannot stop by itself. Not timed.
 */
import { execFileSync, spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { get } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { EXPLORER_DIR } from "./helpers.ts"

const SERVER_SCRIPT = fileURLToPath(
  new URL("../../../tooling/scripts/postgres-test-server.sh", import.meta.url),
)
const MAIN = join(EXPLORER_DIR, "src", "main.ts")
const dir = mkdtempSync(join(tmpdir(), "rareearth-workers-"))
const schema = `workers_${process.pid}`
let databaseUrl = ""
let baseUrl = ""

const psql = (sql: string): string =>
  execFileSync("/usr/bin/psql", [baseUrl, "-qAtc", sql], { encoding: "utf8" }).trim()

const sync = (from: string) =>
  execFileSync(
    process.execPath,
    ["--conditions=@rareearth/source", MAIN, "sync", "--from", from, "--into", databaseUrl],
    { cwd: EXPLORER_DIR, encoding: "utf8" },
  )

beforeAll(() => {
  baseUrl =
    process.env.RAREEARTH_TEST_DATABASE_URL ??
    execFileSync("bash", [SERVER_SCRIPT], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim()
  const url = new URL(baseUrl)
  url.searchParams.set("schema", schema)
  databaseUrl = url.toString()
  sync("embedded")
}, 120_000)

afterAll(() => {
  try {
    psql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } catch {
    // Only a throwaway schema of the test server is left behind.
  }
  rmSync(dir, { recursive: true, force: true })
})

/** GET on a connection of its own (no keep-alive), so that the cluster hands each to a worker in turn. */
const getFresh = (url: string) =>
  new Promise<{ readonly status: number; readonly body: string }>((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      let body = ""
      response.setEncoding("utf8")
      response.on("data", (chunk: string) => {
        body += chunk
      })
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }))
    }).on("error", reject)
  })

/** The worker processes of a primary (Linux /proc). */
const childrenOf = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
    .trim()
    .split(/\s+/)
    .filter((item) => item !== "")
    .map(Number)

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const waitFor = async (condition: () => boolean, what: string, ms = 60_000) => {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const SERIES = "/api/v1/series?commodity=magnets&partner=US&from=2024-01&to=2025-12"

describe("serve --workers 2 over one PostgreSQL database", () => {
  it("answers alike from both workers, sees another process's writes, replaces a crashed worker and stops on SIGTERM, killing a worker that cannot stop", async () => {
    const child = spawn(
      process.execPath,
      [
        "--conditions=@rareearth/source",
        MAIN,
        "serve",
        "--port",
        "0",
        "--workers",
        "2",
        "--source",
        databaseUrl,
      ],
      {
        cwd: EXPLORER_DIR,
        env: { ...process.env, RAREEARTH_WEB_DIR: join(dir, "web") },
        stdio: ["ignore", "pipe", "pipe"],
      },
    )
    let stdout = ""
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk
    })
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on("close", (code, signal) => resolve({ code, signal })),
    )
    const primary = child.pid ?? 0
    let workers: number[] = []
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          stdout += chunk
          const match = /^rareearth explorer on (http:\/\/127\.0\.0\.1:\d+)\/$/m.exec(stdout)
          if (match?.[1]) resolve(match[1])
        })
        void exited.then(({ code }) =>
          reject(new Error(`serve exited ${code} before listening: ${stderr}`)),
        )
      })
      expect(stdout).toContain("workers:   2 processes")
      workers = childrenOf(primary)
      expect(workers).toHaveLength(2)

      // Eight connections of their own: the primary hands them to the workers in turn.
      const answers = async (path: string) =>
        Promise.all(Array.from({ length: 8 }, () => getFresh(`${url}${path}`)))
      const series = await answers(SERIES)
      expect(series.map((answer) => answer.status)).toEqual(Array(8).fill(200))
      expect(new Set(series.map((answer) => answer.body)).size).toBe(1)
      const countsBefore = (await answers("/api/v1/dataset")).map(
        (answer) => (JSON.parse(answer.body) as { counts: { flows: number } }).counts.flows,
      )
      expect(new Set(countsBefore).size).toBe(1)

      // Another process writes one new flow: every worker's next answer shows it.
      const file = join(dir, "one.csv")
      writeFileSync(
        file,
        "period,reporter,partner,flow,commodity,netWeightTonnes,valueUsd,confidence,sources\n1999-01,CN,US,export,8505111000,5,,reported,goldsea-december-2025-magnets\n",
      )
      sync(`file:${file}`)
      const countsAfter = (await answers("/api/v1/dataset")).map(
        (answer) => (JSON.parse(answer.body) as { counts: { flows: number } }).counts.flows,
      )
      expect(countsAfter).toEqual(Array(8).fill((countsBefore[0] ?? 0) + 1))

      // A worker killed outright is replaced; the server answers throughout.
      const [victim, survivor] = workers as [number, number]
      process.kill(victim, "SIGKILL")
      await waitFor(() => !isAlive(victim), "the killed worker to exit")
      expect((await getFresh(`${url}${SERIES}`)).status).toBe(200)
      await waitFor(() => childrenOf(primary).length === 2, "a replacement worker")
      const replaced = childrenOf(primary)
      expect(replaced).toContain(survivor)
      expect(replaced).not.toContain(victim)
      workers = replaced
      await waitFor(() => stderr.includes("starting a new one"), "the replacement to be logged")
      const after = await answers(SERIES)
      expect(after.map((answer) => answer.status)).toEqual(Array(8).fill(200))
      expect(new Set(after.map((answer) => answer.body)).size).toBe(1)
      // The 1999 record lies outside the series' range: the points are unchanged, and the
      // series' coverage (every period the source holds for it) counts the new record.
      type Answer = { points: unknown[]; coverage: { records: number } }
      const before = JSON.parse(series[0]?.body ?? "{}") as Answer
      const latest = JSON.parse(after[0]?.body ?? "{}") as Answer
      expect(latest.points).toEqual(before.points)
      expect(latest.coverage.records).toBe(before.coverage.records + 1)

      // A worker that cannot stop (suspended) is killed after the workers' grace, and the
      // primary still exits 0, within the process's own grace.
      process.kill(workers[0] ?? 0, "SIGSTOP")
    } finally {
      child.kill("SIGTERM")
    }
    expect(await exited).toEqual({ code: 0, signal: null })
    for (const pid of workers) expect(isAlive(pid), `worker ${pid} outlived serve`).toBe(false)
  }, 180_000)
})
