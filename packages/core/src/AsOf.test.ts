import { describe, expect, it } from "vitest"
import { miniDataset } from "./__fixtures__/miniDataset.ts"
import * as AsOf from "./AsOf.ts"
import * as ExportControl from "./ExportControl.ts"
import { InvalidInputError } from "./InputError.ts"

const measure = (id: string) => miniDataset.measures.find((candidate) => candidate.id === id)!
const asOf = miniDataset.asOf // 2026-04-20

describe("horizon", () => {
  it("says whether a date is beyond the data's as-of, and by how many days", () => {
    expect(AsOf.horizon(asOf, "2026-04-20")).toEqual({
      asOf,
      date: "2026-04-20",
      beyond: false,
      daysBeyond: 0,
    })
    expect(AsOf.horizon(asOf, "2026-01-01").beyond).toBe(false)
    expect(AsOf.horizon(asOf, "2026-12-02")).toMatchObject({ beyond: true, daysBeyond: 226 })
  })

  it("rejects a date that is not YYYY-MM-DD, naming it", () => {
    expect(() => AsOf.horizon(asOf, "2026-13-01")).toThrow(InvalidInputError)
    expect(() => AsOf.horizon(asOf, "2026-13-01")).toThrow(/2026-13-01/)
  })
})

describe("statusAsOf", () => {
  it("adds the horizon to statusOn's answer without changing it", () => {
    for (const id of ["in-force", "suspended", "order"])
      for (const date of ["2025-06-01", "2026-04-20", "2026-06-01", "2026-12-02"]) {
        const { horizon, ...status } = AsOf.statusAsOf(measure(id), date, asOf)
        expect(status, `${id} ${date}`).toEqual(ExportControl.statusOn(measure(id), date))
        expect(horizon).toEqual(AsOf.horizon(asOf, date))
      }
  })

  it("a measure with no end date, asked after the horizon: in force as of the horizon, nothing recorded since", () => {
    const answer = AsOf.statusAsOf(measure("in-force"), "2026-12-02", asOf)
    expect(answer.status).toBe("in_force")
    expect(answer.horizon.beyond).toBe(true)
    expect(AsOf.describeStatus(answer)).toBe("in force as of 2026-04-20; nothing recorded since")
  })

  it("a lapsed term is unknown, and says so differently", () => {
    const answer = AsOf.statusAsOf(measure("suspended"), "2026-12-02", asOf)
    expect(answer.status).toBe("unknown")
    expect(AsOf.describeStatus(answer)).toBe(
      "unknown since 2026-11-11: the recorded term ended on 2026-11-10 and nothing later is recorded (data as of 2026-04-20)",
    )
    expect(AsOf.describeStatus(answer)).not.toMatch(/in force/)
  })

  it("beyond the horizon but before a recorded end date: due to run until it", () => {
    const answer = AsOf.statusAsOf(measure("order"), "2026-06-01", asOf)
    expect(AsOf.describeStatus(answer)).toBe(
      "in force as of 2026-04-20, due to run until 2026-11-10; nothing recorded since",
    )
    expect(AsOf.describeStatus(AsOf.statusAsOf(measure("suspended"), "2026-06-01", asOf))).toBe(
      "suspended as of 2026-04-20, due to run until 2026-11-10; nothing recorded since",
    )
  })

  it("within the horizon: the plain status with its dates", () => {
    const on = (id: string, date: string) =>
      AsOf.describeStatus(AsOf.statusAsOf(measure(id), date, asOf))
    expect(on("in-force", "2025-06-01")).toBe("in force since 2025-04-04")
    expect(on("suspended", "2026-01-01")).toBe("suspended since 2025-11-07 until 2026-11-10")
    expect(on("order", "2026-01-01")).toBe("in force since 2025-11-07 until 2026-11-10")
    expect(on("in-force", "2025-04-03")).toBe("pending; takes effect on 2025-04-04")
  })

  it("measuresAsOf gives each row the horizon", () => {
    const rows = AsOf.measuresAsOf(miniDataset.measures, { on: "2026-12-02", element: "Dy" }, asOf)
    expect(rows.map((row) => [row.measure.id, row.status, row.horizon.beyond])).toEqual([
      ["in-force", "in_force", true],
      ["suspended", "unknown", true],
      ["order", "unknown", true],
    ])
  })
})

describe("DataAge", () => {
  it("of a dataset, and of a live source with its retrieval time", () => {
    expect(AsOf.dataAgeOf(miniDataset)).toEqual({ kind: "dataset", asOf, version: "1.0.0" })
    const live = {
      kind: "live",
      asOf: "2026-11-30",
      retrievedAt: "2026-12-02T08:00:00Z",
      source: "comtrade",
    }
    expect(AsOf.DataAge.parse(live)).toEqual(live)
    expect(AsOf.DataAge.safeParse({ ...live, retrievedAt: "yesterday" }).success).toBe(false)
  })
})
