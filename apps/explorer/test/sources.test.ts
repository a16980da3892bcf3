/**
 * The Node-only sources: `--source file:PATH` (the CLI's own CSV export read back through the
 * SDK's FileSource) and `--source sqlite:PATH` (a store filled by `sync`) give the same answers
 * as the embedded dataset. Skipped until `@rareearth/sdk/node` exports them.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { runCli, runCliJson } from "./helpers.ts"

const node: Record<string, unknown> = await import("@rareearth/sdk/node")
const wired = typeof node.FileSource === "object" && node.FileSource !== null
const storesWired = typeof node.SqliteSource === "object" && node.SqliteSource !== null

describe.skipIf(!wired)("--source file:PATH", () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rareearth-explorer-"))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it("reads back the flows the CLI exported as CSV", async () => {
    const exported = await runCli(["flows", "--commodity", "magnets", "--csv"])
    expect(exported.code).toBe(0)
    const path = join(dir, "magnets.csv")
    await writeFile(path, exported.stdout)
    const args = [
      "series",
      "--commodity",
      "magnets",
      "--partner",
      "US",
      "--from",
      "2025-01",
      "--to",
      "2025-12",
    ]
    const fromFile = await runCliJson<Array<{ period: string; tonnes: number | null }>>([
      ...args,
      "--source",
      `file:${path}`,
    ])
    const embedded = await runCliJson<Array<{ period: string; tonnes: number | null }>>(args)
    expect(fromFile.map((p) => [p.period, p.tonnes])).toEqual(
      embedded.map((p) => [p.period, p.tonnes]),
    )
  })

  it("exits 1 and names the file when it cannot be read", async () => {
    const missing = join(dir, "missing.csv")
    const result = await runCli(["flows", "--source", `file:${missing}`])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: /)
    expect(result.stderr).toContain("missing.csv")
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1)
  })
})

describe.skipIf(!storesWired)("--source sqlite:PATH", () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rareearth-explorer-sqlite-"))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it("reads a store filled by sync: same flows, same report", async () => {
    const store = `sqlite:${join(dir, "rareearth.sqlite")}`
    const synced = await runCli(["sync", "--from", "embedded", "--into", store])
    expect(synced.code).toBe(0)
    const args = ["flows", "--reporter", "CN", "--from", "2025", "--to", "2025"]
    const [fromStore, embedded] = await Promise.all([
      runCliJson([...args, "--source", store]),
      runCliJson(args),
    ])
    expect(fromStore).toEqual(embedded)
    const [storeReport, embeddedReport] = await Promise.all([
      runCli(["report", "--source", store]),
      runCli(["report"]),
    ])
    expect(storeReport.code).toBe(0)
    expect(storeReport.stdout.split("\n").slice(2)).toEqual(
      embeddedReport.stdout.split("\n").slice(2),
    )
  })
})
