/**
 * `rareearth diff A B` in-process: the embedded dataset against a copy with one revised figure
 * names exactly that record (table and JSON, exit 1); equal inputs exit 0; bad input exits 2
 * with the file and the path of the first bad value. The built binary is run in
 * datasets.binary.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { runCli, startTestServer } from "../../test/helpers.ts"
import { embeddedWithOneRevision, revised, watchDataset } from "./__fixtures__/datasets.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-diff-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: unknown): string => {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify(content))
  return path
}

describe("rareearth diff", () => {
  it("names exactly the one revised record of the embedded dataset, with both values (exit 1)", async () => {
    const { copy, id, before, after } = await embeddedWithOneRevision()
    const path = file("embedded-revised.json", copy)
    const table = await runCli(["diff", "embedded", path])
    expect(table.stderr).toBe("")
    expect(table.code).toBe(1)
    expect(table.stdout).toContain("0 added, 1 revised, 0 removed, 0 status changes")
    const rows = table.stdout
      .split("\n")
      .filter((line) => /^(added|revised|removed|status) /.test(line))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatch(
      new RegExp(`^revised\\s+flows\\s+${id}\\s+netWeightTonnes\\s+${before} -> ${after}\\s`),
    )

    const json = await runCli(["diff", "embedded", path, "--json"])
    expect(json.code).toBe(1)
    const diff = JSON.parse(json.stdout)
    expect(diff.totals).toEqual({ added: 0, revised: 1, removed: 0, statusChanges: 0 })
    expect(diff.records.flows.revised.map((revision: { id: string }) => revision.id)).toEqual([id])
    expect(diff.records.flows.revised[0].changes).toEqual([
      { path: "netWeightTonnes", before, after },
    ])
    expect(diff.sources).toEqual({ from: "embedded", to: path })
  })

  it("exits 0 for equal datasets, and compares a file with a source on the kinds both hold", async () => {
    const a = file("a.json", watchDataset)
    const same = await runCli(["diff", a, file("b.json", watchDataset)])
    expect(same.code).toBe(0)
    expect(same.stdout).toContain("No differences.")
    const viaSource = await runCli(["diff", `file:${a}`, a, "--json"])
    expect(viaSource.code).toBe(0)
  })

  it("lists added and removed records and status changes on --on", async () => {
    const next = revised((dataset) => {
      dataset.flows.pop()
      const measure = dataset.measures[1]!
      measure.events.push({ ...measure.events[0]!, type: "revoked", date: "2026-03-01" })
    })
    const result = await runCli([
      "diff",
      file("old.json", watchDataset),
      file("new.json", next),
      "--on",
      "2026-04-01",
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^removed\s+flows\s+magnets-2026-03\s/m)
    expect(result.stdout).toMatch(
      /^status\s+measures\s+suspended\s+status on 2026-04-01\s+suspended -> revoked/m,
    )
  })

  it.each([
    [["diff", "only-one.json"], /diff takes 2 arguments \(A B\), got 1/],
    [["diff", "a.json", "b.json", "c.json"], /got 3/],
    [
      ["diff", "missing.json", "embedded"],
      /Invalid dataset file "missing\.json": cannot read it \(ENOENT\)/,
    ],
    [["diff", "embedded", "embedded", "--on", "2026-13-01"], /invalid date "2026-13-01" \(--on\)/],
    [["diff", "embedded", "ftp://x"], /Invalid dataset file "ftp:\/\/x"/],
  ])("exits 2 on bad input: %j", async (args, message) => {
    const result = await runCli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  it("exits 2 naming the file and the path of the first bad value", async () => {
    const bad = revised((dataset) => {
      ;(dataset.flows[2] as { period: unknown }).period = "March 2026"
    })
    const path = file("bad.json", bad)
    const result = await runCli(["diff", "embedded", path])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      `error: Invalid dataset file ${JSON.stringify(path)}: at flows[2].period:`,
    )
  })
})

describe("diff and audit of a running explorer (a source layer over HTTP)", () => {
  it("finds it equal to the embedded dataset it serves, and audits it the same way", async () => {
    const server = await startTestServer()
    try {
      const diff = await runCli(["diff", "embedded", server.url, "--json"])
      expect(diff.stderr).toBe("")
      expect(diff.code).toBe(0)
      const parsed = JSON.parse(diff.stdout)
      expect(parsed.kinds).toEqual(["elements", "measures", "quotas", "flows", "events"])
      expect(parsed.notCompared).toContain("sources")

      const local = JSON.parse((await runCli(["audit", "--today", "2026-12-02", "--json"])).stdout)
      const remote = await runCli([
        "audit",
        "--source",
        server.url,
        "--today",
        "2026-12-02",
        "--json",
      ])
      expect(remote.code).toBe(0)
      const lapsed = (report: { findings: Array<{ kind: string; recordId: string }> }) =>
        report.findings
          .filter((finding) => finding.kind === "lapsed_term")
          .map((finding) => finding.recordId)
      expect(lapsed(JSON.parse(remote.stdout))).toEqual(lapsed(local))
      expect(lapsed(local).length).toBeGreaterThan(0)
    } finally {
      await server.stop()
    }
  }, 60_000)
})
