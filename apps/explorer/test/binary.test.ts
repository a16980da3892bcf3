/**
 * The real binary, end to end, as an installed package runs it: bin/rareearth.js importing the
 * esbuild bundle (dist/cli) in one Node process. A handful of runs: the version, a table, an
 * error exit, and a stop on the first SIGTERM while blocked reading a named pipe. Everything
 * else is tested in-process (cli.test.ts).
 */
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import packageJson from "../package.json" with { type: "json" }
import { buildBinary, spawnBinary } from "./helpers.ts"

let binary: Awaited<ReturnType<typeof buildBinary>>
beforeAll(async () => {
  binary = await buildBinary()
}, 60_000)
afterAll(async () => {
  await binary?.remove()
})

describe("the rareearth binary", () => {
  it("prints its version", async () => {
    const run = spawnBinary(binary.bin, ["--version"])
    expect(await run.exited).toEqual({ code: 0, signal: null })
    expect(run.output.stdout).toBe(`rareearth ${packageJson.version}\n`)
  })

  it("prints the elements table", async () => {
    const run = spawnBinary(binary.bin, ["elements"])
    expect(await run.exited).toEqual({ code: 0, signal: null })
    expect(run.output.stdout).toMatch(/^\s*60\s+Nd\s+Neodymium/m)
    expect(run.output.stderr).toBe("")
  })

  it("exits 1 with one line, and no library warning, when PostgreSQL (sslmode=require) is unreachable", async () => {
    const run = spawnBinary(binary.bin, [
      "elements",
      "--source",
      "postgres://app:hunter2-secret@127.0.0.1:1/trade?sslmode=require",
    ])
    expect(await run.exited).toEqual({ code: 1, signal: null })
    expect(run.output.stderr).toMatch(/^error: postgres: .*ECONNREFUSED/)
    expect(run.output.stderr.trimEnd().split("\n")).toHaveLength(1)
    expect(run.output.stderr).not.toContain("hunter2-secret")
  })

  it.skipIf(process.platform !== "linux")(
    "stops on the first SIGTERM while blocked opening a named pipe that has no writer",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "rareearth-fifo-"))
      const fifo = join(dir, "flows.csv")
      execFileSync("mkfifo", [fifo])
      const run = spawnBinary(binary.bin, ["flows", "--source", `file:${fifo}`])
      try {
        // Wait until a thread of the process sits in the kernel waiting for a writer. It is the
        // spawned process itself that reads (no child process a signal would miss).
        const blocked = () =>
          readdirSync(`/proc/${run.child.pid}/task`).some(
            (task) =>
              readFileSync(`/proc/${run.child.pid}/task/${task}/wchan`, "utf8") ===
              "wait_for_partner",
          )
        for (let tries = 0; tries < 200 && !blocked(); tries++) {
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        expect(blocked()).toBe(true)
        // Before the fix the process never ended: the test's timeout is what fails then.
        run.child.kill("SIGTERM")
        expect(await run.exited).toEqual({ code: null, signal: "SIGTERM" })
        expect(run.output.stderr).toBe("")
      } finally {
        run.child.kill("SIGKILL")
        await rm(dir, { recursive: true, force: true })
      }
    },
    30_000,
  )
})
