/**
 * `rareearth audit` in-process, on a fixture dataset file: the lapsed terms and the overdue
 * series of the day, by severity, as a table and as JSON; always exit 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { runCli } from "../../test/helpers.ts"
import { watchDataset } from "./__fixtures__/datasets.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-audit-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const path = join(dir, "dataset.json")
writeFileSync(path, JSON.stringify(watchDataset))

describe("rareearth audit", () => {
  it("lists the day's lapsed terms first, then the overdue series (exit 0)", async () => {
    const result = await runCli(["audit", "--source", `file:${path}`, "--today", "2026-12-02"])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`Source: ${path}`)
    expect(result.stdout).toContain("data as of 2026-04-20 (226 days old). 2 high, ")
    const rows = result.stdout.split("\n").filter((line) => /^(high|medium|low|info) /.test(line))
    expect(rows.slice(0, 2).map((row) => row.split(/\s+/).slice(0, 3).join(" "))).toEqual([
      "high lapsed_term measures/order",
      "high lapsed_term measures/suspended",
    ])
    expect(
      rows.some((row) => /^medium\s+overdue_series\s+series\/gac-magnets:WORLD/.test(row)),
    ).toBe(true)
  })

  it("prints the report as JSON, and nothing lapsed before the terms ended", async () => {
    const before = await runCli([
      "audit",
      "--source",
      `file:${path}`,
      "--today",
      "2026-05-01",
      "--json",
    ])
    expect(before.code).toBe(0)
    const report = JSON.parse(before.stdout)
    expect(report).toMatchObject({ today: "2026-05-01", source: path })
    expect(
      report.findings.filter((finding: { kind: string }) => finding.kind === "lapsed_term"),
    ).toEqual([])
  })

  it("audits the embedded dataset by default", async () => {
    const result = await runCli(["audit", "--json"])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).source).toBe("embedded")
  })

  it("exits 2 on a bad --today", async () => {
    const result = await runCli(["audit", "--today", "yesterday"])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/invalid date "yesterday" \(--today\)/)
  })
})
