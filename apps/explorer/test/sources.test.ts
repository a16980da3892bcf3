/**
 * The Node-only sources: `--source file:PATH` (the CLI's own CSV export read back through the
 * SDK's FileSource) and `--source sqlite:PATH` (a store filled by `sync`) give the same answers
 * as the embedded dataset; `--source dataset:PATH` reads a dataset JSON file (the fixture), and
 * refuses a bad one naming it. Skipped until `@rareearth/sdk/node` exports them.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FIXTURE_SOURCE, fixtureDataset } from "./__fixtures__/fixtureDataset.ts"
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

describe("--source dataset:PATH", () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rareearth-explorer-dataset-"))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it("reads a dataset JSON file: its figures, its version, in every command", async () => {
    const points = await runCliJson<Array<{ period: string; tonnes: number | null }>>([
      ...["series", "--commodity", "magnets", "--partner", "US", "--from", "2025-05"],
      ...["--to", "2025-06", "--source", FIXTURE_SOURCE],
    ])
    const expected = fixtureDataset.flows
      .filter((flow) => flow.commodity === "8505111000" && flow.partner === "US")
      .filter((flow) => flow.period === "2025-05" || flow.period === "2025-06")
      .map((flow) => [flow.period, flow.netWeightTonnes])
    expect(points.map((point) => [point.period, point.tonnes])).toEqual(expected)
    const audit = await runCli(["audit", "--source", FIXTURE_SOURCE])
    expect(audit.stdout).toContain(fixtureDataset.version)
  })

  it("exits 1 naming the file and the first bad value", async () => {
    const path = join(dir, "bad.json")
    const flows = fixtureDataset.flows.map((flow, index) =>
      index === 2 ? { ...flow, period: "2025-13" } : flow,
    )
    await writeFile(path, JSON.stringify({ ...fixtureDataset, flows }))
    const result = await runCli(["flows", "--source", `dataset:${path}`])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^error: Invalid dataset file ".*bad\.json": at flows\[2\]\.period: /,
    )
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1)
  })

  it("is read only: sync refuses it as a target, naming the stores it can write", async () => {
    const result = await runCli(["sync", "--into", `dataset:${join(dir, "out.json")}`])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^error: Cannot write into dataset:.*out\.json: a dataset file is read only; expected a store to write into, sqlite:PATH or postgres:/,
    )
  })
})
