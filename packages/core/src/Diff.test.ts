import { describe, expect, it } from "vitest"
import { miniDataset } from "./__fixtures__/miniDataset.ts"
import type * as Dataset from "./Dataset.ts"
import * as Diff from "./Diff.ts"

const reviseFlow = (id: string, change: object): Dataset.Dataset => ({
  ...miniDataset,
  version: "1.1.0",
  flows: miniDataset.flows.map((flow) => (flow.id === id ? { ...flow, ...change } : flow)),
})

describe("diffDatasets", () => {
  it("finds nothing between a dataset and a copy with keys reordered", () => {
    const reordered = JSON.parse(
      JSON.stringify(miniDataset, (_key, value: unknown) =>
        value !== null && typeof value === "object" && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as Dataset.Dataset
    const diff = Diff.diffDatasets(miniDataset, reordered)
    expect(diff.equal).toBe(true)
    expect(diff.totals).toEqual({ added: 0, revised: 0, removed: 0, statusChanges: 0 })
    expect(Diff.formatDiffTable(diff)).toMatch(/No differences\.$/)
  })

  it("names exactly the revised record, with the old and new value and both sources", () => {
    const next = reviseFlow("magnets-2026-03", {
      netWeightTonnes: 5239,
      sources: [{ id: "gac", title: "GAC customs release", publisher: "GAC" }],
    })
    const diff = Diff.diffDatasets(miniDataset, next)
    expect(diff.equal).toBe(false)
    expect(diff.totals).toEqual({ added: 0, revised: 1, removed: 0, statusChanges: 0 })
    const [revision] = diff.records.flows.revised
    expect(revision?.id).toBe("magnets-2026-03")
    expect(revision?.changes).toContainEqual({ path: "netWeightTonnes", before: 5238, after: 5239 })
    expect(revision?.sources).toEqual({ before: ["mirror"], after: ["gac"] })
    for (const kind of diff.kinds)
      if (kind !== "flows")
        expect(diff.records[kind], kind).toEqual({ added: [], revised: [], removed: [] })
  })

  it("lists added and removed records of every kind, including the release calendars", () => {
    const next: Dataset.Dataset = {
      ...miniDataset,
      flows: miniDataset.flows.slice(1),
      events: [...miniDataset.events, { ...miniDataset.events[0]!, id: "call-2" }],
      releaseCalendars: [],
    }
    const diff = Diff.diffDatasets(miniDataset, next)
    expect(diff.kinds).toEqual([
      "sources",
      "elements",
      "measures",
      "quotas",
      "flows",
      "events",
      "releaseCalendars",
    ])
    expect(diff.records.flows.removed.map((flow) => flow.id)).toEqual(["magnets-2026-01"])
    expect(diff.records.events.added.map((event) => event.id)).toEqual(["call-2"])
    expect(diff.records.releaseCalendars.removed.map((calendar) => calendar.id)).toEqual([
      "gac-magnets",
    ])
  })

  it("covers a record kind it does not know by name", () => {
    const a = { ...miniDataset, production: [{ id: "p", tonnes: 1 }] } as unknown as Dataset.Dataset
    const b = { ...miniDataset, production: [{ id: "p", tonnes: 2 }] } as unknown as Dataset.Dataset
    const diff = Diff.diffDatasets(a, b)
    const production = (diff.records as unknown as Record<string, Diff.RecordChanges<unknown>>)
      .production
    expect(production?.revised[0]?.changes).toEqual([{ path: "tonnes", before: 1, after: 2 }])
  })

  it("lists measures whose status on the given date changed", () => {
    const next: Dataset.Dataset = {
      ...miniDataset,
      asOf: "2026-11-30",
      measures: miniDataset.measures.map((measure) =>
        measure.id === "suspended"
          ? {
              ...measure,
              events: [
                ...measure.events,
                { type: "revoked" as const, date: "2026-11-11", sources: measure.sources },
              ],
            }
          : measure,
      ),
    }
    const diff = Diff.diffDatasets(miniDataset, next)
    expect(diff.on).toBe("2026-11-30")
    expect(diff.statusChanges).toEqual([
      {
        kind: "measures",
        id: "suspended",
        on: "2026-11-30",
        before: expect.objectContaining({ status: "unknown" }),
        after: { status: "revoked", reason: "revoked on 2026-11-11" },
      },
    ])
    // On a date before the change, the statuses agree.
    expect(Diff.diffDatasets(miniDataset, next, { on: "2026-06-01" }).statusChanges).toEqual([])
  })

  it("with since, reports a status that changed with time alone (same records)", () => {
    const diff = Diff.diffDatasets(miniDataset, miniDataset, {
      since: "2026-11-01",
      on: "2026-11-30",
    })
    // The suspension ran out on 2026-11-10 (what followed is unknown), as did the order behind it.
    expect(diff.totals).toEqual({ added: 0, revised: 0, removed: 0, statusChanges: 2 })
    const suspended = diff.statusChanges.find((change) => change.id === "suspended")
    expect(suspended).toEqual({
      kind: "measures",
      id: "suspended",
      on: "2026-11-30",
      since: "2026-11-01",
      before: expect.objectContaining({ status: "suspended" }),
      after: expect.objectContaining({ status: "unknown" }),
    })
    const order = diff.statusChanges.find((change) => change.id === "order")
    expect(order?.before?.status).toBe("in_force")
    expect(order?.after?.status).not.toBe("in_force")
    // Without since, both are read on the same date: nothing changed.
    expect(Diff.diffDatasets(miniDataset, miniDataset, { on: "2026-11-30" }).equal).toBe(true)
  })

  it("prints a table row per changed field", () => {
    const diff = Diff.diffDatasets(
      miniDataset,
      reviseFlow("magnets-2026-02", { netWeightTonnes: 4741 }),
    )
    const lines = Diff.formatDiffTable(diff).split("\n")
    expect(lines[0]).toBe(
      "1.0.0 (as of 2026-04-20) -> 1.1.0 (as of 2026-04-20): 0 added, 1 revised, 0 removed, 0 status changes on 2026-04-20",
    )
    expect(lines).toHaveLength(4)
    expect(lines[3]).toMatch(
      /^revised +flows +magnets-2026-02 +netWeightTonnes +4740 -> 4741 +gac, wire -> gac, wire$/,
    )
  })

  it("is JSON-serialisable", () => {
    const diff = Diff.diffDatasets(
      miniDataset,
      reviseFlow("magnets-2026-02", { netWeightTonnes: 4741 }),
    )
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff)
  })
})
