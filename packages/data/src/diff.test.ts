import type { Dataset } from "@rareearth/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { dataset, diffDatasets, RECORD_KINDS } from "./index.ts"

const empty = (diff: ReturnType<typeof diffDatasets>) =>
  diff.equal &&
  RECORD_KINDS.every(
    (kind) =>
      diff.records[kind].added.length === 0 &&
      diff.records[kind].revised.length === 0 &&
      diff.records[kind].removed.length === 0,
  )

describe("diffDatasets", () => {
  it("finds nothing between a dataset and itself, or a deep copy with keys reordered", () => {
    expect(empty(diffDatasets(dataset, dataset))).toBe(true)
    const reordered = JSON.parse(
      JSON.stringify(dataset, (_key, value: unknown) =>
        value !== null && typeof value === "object" && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as Dataset.Dataset
    const diff = diffDatasets(dataset, reordered)
    expect(empty(diff)).toBe(true)
    expect(diff.totals).toEqual({ added: 0, revised: 0, removed: 0, statusChanges: 0 })
  })

  it("names exactly the record of one revised figure, with old and new value and both sources", () => {
    const id = "cn-export-gac-rare-earths-world-2025-06"
    const revised: Dataset.Dataset = {
      ...structuredClone(dataset),
      flows: dataset.flows.map((flow) =>
        flow.id === id ? { ...flow, netWeightTonnes: 7_800 } : flow,
      ),
    }
    const diff = diffDatasets(dataset, revised)
    expect(diff.totals).toEqual({ added: 0, revised: 1, removed: 0, statusChanges: 0 })
    expect(diff.records.flows.revised).toHaveLength(1)
    const [revision] = diff.records.flows.revised
    expect(revision?.id).toBe(id)
    expect(revision?.changes).toEqual([{ path: "netWeightTonnes", before: 7_742.2, after: 7_800 }])
    expect(revision?.sources.before).toEqual(revision?.sources.after)
    expect(revision?.sources.before).toContain("newsmax-1218642-rare-earth-exports-june")
    for (const kind of RECORD_KINDS)
      if (kind !== "flows")
        expect(diff.records[kind], kind).toEqual({ added: [], revised: [], removed: [] })
  })

  it("covers every record kind of the dataset, the release calendars included", () => {
    expect(RECORD_KINDS).toEqual([
      "sources",
      "elements",
      "measures",
      "quotas",
      "flows",
      "events",
      "production",
      "reserves",
      "salientStatistics",
      "supplyShares",
      "releaseCalendars",
      "worldMeasures",
      "prices",
    ])
    const next = { ...dataset, releaseCalendars: dataset.releaseCalendars!.slice(1) }
    expect(diffDatasets(dataset, next).records.releaseCalendars.removed.map((c) => c.id)).toEqual([
      "gac-magnets",
    ])
  })

  it("lists the measures whose status on a date changed (e.g. a recorded extension of No. 70)", () => {
    const extended: Dataset.Dataset = {
      ...dataset,
      measures: dataset.measures.map((measure) =>
        measure.id === "cn-mofcom-2025-57"
          ? {
              ...measure,
              events: [
                ...measure.events,
                { type: "resumed" as const, date: "2026-11-11", sources: measure.sources },
              ],
            }
          : measure,
      ),
    }
    const diff = diffDatasets(dataset, extended, { on: "2026-12-02" })
    expect(
      diff.statusChanges.map((change) => [change.id, change.before?.status, change.after?.status]),
    ).toEqual([["cn-mofcom-2025-57", "unknown", "in_force"]])
  })

  it("lists an added month, a revised figure and a removed event, by id", () => {
    const june = dataset.flows.find((flow) => flow.id === "cn-export-magnets-world-2025-06")!
    const april2026 = { ...june, id: "cn-export-magnets-world-2026-04", period: "2026-04" }
    const next: Dataset.Dataset = {
      ...dataset,
      version: "0.2.0",
      asOf: "2026-05-20",
      flows: [
        ...dataset.flows.map((flow) =>
          flow.id === june.id ? { ...flow, netWeightTonnes: 3_189 } : flow,
        ),
        april2026,
      ],
      events: dataset.events.slice(1),
    }
    const diff = diffDatasets(dataset, next)
    expect(diff.from).toEqual({ version: "0.1.0", asOf: "2026-04-20" })
    expect(diff.to).toEqual({ version: "0.2.0", asOf: "2026-05-20" })
    expect(diff.records.flows.added.map((flow) => flow.id)).toEqual([
      "cn-export-magnets-world-2026-04",
    ])
    expect(diff.records.flows.revised.map((change) => change.id)).toEqual([june.id])
    expect(diff.records.flows.revised[0]?.before.netWeightTonnes).toBe(3_188)
    expect(diff.records.flows.revised[0]?.after.netWeightTonnes).toBe(3_189)
    expect(diff.records.events.removed.map((event) => event.id)).toEqual([dataset.events[0]!.id])
    expect(diff.totals).toEqual({ added: 1, revised: 1, removed: 1, statusChanges: 0 })
    expect(diff.records.measures).toEqual({ added: [], revised: [], removed: [] })
  })

  it("identifies elements by symbol", () => {
    const next = {
      ...dataset,
      elements: dataset.elements.map((element) =>
        element.symbol === "Gd" ? { ...element, uses: [...element.uses, "new use"] } : element,
      ),
    }
    expect(diffDatasets(dataset, next).records.elements.revised.map((change) => change.id)).toEqual(
      ["Gd"],
    )
  })

  it("property: added and removed swap when the datasets swap; counts match set differences", () => {
    const ids = dataset.flows.map((flow) => flow.id)
    // Only the flows vary: the other kinds are left out so each run diffs what it tests.
    const flowsOnly = {
      version: dataset.version,
      asOf: dataset.asOf,
      sources: [],
      elements: [],
      measures: [],
      quotas: [],
      events: [],
    }
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (keepInA, keepInB) => {
        const a = { ...flowsOnly, flows: dataset.flows.filter((flow) => keepInA.includes(flow.id)) }
        const b = { ...flowsOnly, flows: dataset.flows.filter((flow) => keepInB.includes(flow.id)) }
        const forward = diffDatasets(a, b)
        const backward = diffDatasets(b, a)
        const onlyB = keepInB.filter((id) => !keepInA.includes(id)).sort()
        const onlyA = keepInA.filter((id) => !keepInB.includes(id)).sort()
        expect(forward.records.flows.added.map((flow) => flow.id)).toEqual(onlyB)
        expect(forward.records.flows.removed.map((flow) => flow.id)).toEqual(onlyA)
        expect(backward.records.flows.added.map((flow) => flow.id)).toEqual(onlyA)
        expect(forward.records.flows.revised).toEqual([])
      }),
      { numRuns: 50 },
    )
  })
})
