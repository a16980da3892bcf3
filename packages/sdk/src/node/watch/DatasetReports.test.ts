/**
 * Reading, diffing and auditing datasets from their inputs, on a fixture dataset: a copy with
 * one revised figure names exactly that record; a source layer compares on the kinds it holds;
 * a bad dataset file is refused with its name and the path of the first bad value.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { TestSource } from "../../testing.ts"
import { revised, watchDataset } from "./__fixtures__/watchDataset.ts"
import { isDatasetFile, readDatasetFile } from "./DatasetFile.ts"
import { auditSource, diffSources } from "./DatasetReports.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-datasets-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: unknown): string => {
  const path = join(dir, name)
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content))
  return path
}

describe("diffSources", () => {
  it("names exactly the record whose figure was revised, with both values and sources", async () => {
    const next = revised((dataset) => {
      dataset.flows[1]!.netWeightTonnes = 4741
    })
    const diff = await diffSources(
      { kind: "dataset", dataset: watchDataset, name: "before" },
      { kind: "file", path: file("next.json", next) },
    )
    expect(diff.equal).toBe(false)
    expect(diff.totals).toEqual({ added: 0, revised: 1, removed: 0, statusChanges: 0 })
    const [revision] = diff.records.flows.revised
    expect(revision?.id).toBe("magnets-2026-02")
    expect(revision?.changes).toEqual([{ path: "netWeightTonnes", before: 4740, after: 4741 }])
    expect(revision?.sources).toEqual({ before: ["gac", "wire"], after: ["gac", "wire"] })
    expect(diff.sources).toEqual({ from: "before", to: join(dir, "next.json") })
  })

  it("lists added and removed records and status changes on the date asked", async () => {
    const next = revised((dataset) => {
      dataset.flows.pop()
      dataset.events[0]!.id = "call-renamed"
      dataset.measures[1]!.events.push({
        type: "revoked",
        date: "2026-03-01",
        sources: [],
      } as never)
    })
    const diff = await diffSources(
      { kind: "dataset", dataset: watchDataset },
      { kind: "dataset", dataset: next },
      { on: "2026-04-01" },
    )
    expect(diff.records.flows.removed.map((flow) => flow.id)).toEqual(["magnets-2026-03"])
    expect(diff.records.events.added.map((event) => event.id)).toEqual(["call-renamed"])
    expect(diff.records.events.removed.map((event) => event.id)).toEqual(["call"])
    expect(diff.statusChanges).toMatchObject([
      {
        id: "suspended",
        on: "2026-04-01",
        before: { status: "suspended" },
        after: { status: "revoked" },
      },
    ])
  })

  it("is equal for the same data read through a source layer, comparing only the kinds both hold", async () => {
    const diff = await diffSources(
      { kind: "dataset", dataset: watchDataset },
      { kind: "layer", layer: TestSource.layer(watchDataset), name: "test layer" },
    )
    expect(diff.equal).toBe(true)
    expect(diff.notCompared).toEqual(["sources", "releaseCalendars"])
  })
})

describe("dataset files", () => {
  it("are refused with the file's name and the path of the first bad value", async () => {
    const bad = revised((dataset) => {
      ;(dataset.flows[2] as { netWeightTonnes: unknown }).netWeightTonnes = "5,238"
    })
    const path = file("bad.json", bad)
    await expect(readDatasetFile(path)).rejects.toThrow(
      `Invalid dataset file ${JSON.stringify(path)}: at flows[2].netWeightTonnes:`,
    )
    await expect(readDatasetFile(file("broken.json", "{ not json"))).rejects.toThrow(/: not JSON/)
    const duplicate = revised((dataset) => {
      dataset.flows[1]!.id = "magnets-2026-01"
    })
    await expect(readDatasetFile(file("duplicate.json", duplicate))).rejects.toThrow(
      /at flows\[1\]\.id: Duplicate flows id "magnets-2026-01"/,
    )
  })

  it("are told apart from files of flow rows", async () => {
    expect(await isDatasetFile(file("dataset.json", watchDataset))).toBe(true)
    expect(await isDatasetFile(file("rows.json", watchDataset.flows))).toBe(false)
    expect(await isDatasetFile(file("rows.csv", "period,tonnes\n"))).toBe(false)
  })
})

describe("auditSource", () => {
  it("lists the lapsed terms and the overdue series of the day", async () => {
    const report = await auditSource(
      { kind: "file", path: file("audit.json", watchDataset) },
      { today: "2026-12-02" },
    )
    expect(report.source).toBe(join(dir, "audit.json"))
    const high = report.findings.filter((finding) => finding.severity === "high")
    expect(high.map((finding) => finding.recordId).sort()).toEqual(["order", "suspended"])
    expect(report.findings.some((finding) => finding.kind === "overdue_series")).toBe(true)
  })
})
