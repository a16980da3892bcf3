import { ExportControl, Source } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { dataset, events, measures, NOVEMBER_2025_DEAL_CONFLICT } from "./index.ts"

const measure = (id: string) => {
  const found = measures.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(`no measure ${id}`)
  return found
}

const SUSPENDED_BY_NO_70 = [
  "cn-mofcom-2025-55",
  "cn-mofcom-2025-56",
  "cn-mofcom-2025-57",
  "cn-mofcom-2025-58",
  "cn-mofcom-2025-61",
  "cn-mofcom-2025-62",
]

describe("Announcement No. 18 of 2025", () => {
  const no18 = measure("cn-mofcom-2025-18")

  it("is pending before 2025-04-04 and in force from that day, still on 2025-06-01 and at asOf", () => {
    expect(ExportControl.statusOn(no18, "2025-04-03").status).toBe("pending")
    expect(ExportControl.statusOn(no18, "2025-04-04").status).toBe("in_force")
    expect(ExportControl.statusOn(no18, "2025-06-01").status).toBe("in_force")
    expect(ExportControl.statusOn(no18, dataset.asOf).status).toBe("in_force")
  })

  it("covers the seven elements, Dy among them, and SmCo magnets, but not Nd", () => {
    expect([...no18.scope.elements].sort()).toEqual(["Dy", "Gd", "Lu", "Sc", "Sm", "Tb", "Y"])
    expect(ExportControl.covers(no18, { element: "Dy" })).toBe(true)
    expect(ExportControl.covers(no18, { element: "Sm", form: "magnet" })).toBe(true)
    expect(ExportControl.covers(no18, { element: "Nd" })).toBe(false)
    expect(ExportControl.covers(no18, { code: "2805301910" })).toBe(true)
  })

  it("answers 'what controls Dy on 2025-06-01?' with No. 18 in force", () => {
    const rows = ExportControl.measuresOn(measures, { on: "2025-06-01", element: "Dy" })
    expect(rows.map((row) => [row.measure.id, row.status])).toEqual([
      ["cn-mofcom-2025-18", "in_force"],
    ])
  })
})

describe("the October 2025 measures and their suspension by No. 70", () => {
  it("each carries a suspended event by No. 70 until 2026-11-10", () => {
    for (const id of SUSPENDED_BY_NO_70) {
      const suspensions = measure(id).events.filter((event) => event.type === "suspended")
      expect(suspensions, id).toEqual([
        expect.objectContaining({
          date: "2025-11-07",
          until: "2026-11-10",
          byMeasureId: "cn-mofcom-2025-70",
        }),
      ])
    }
    expect(measure("cn-mofcom-2025-70").kind).toBe("suspension")
  })

  it("are suspended on 2026-01-01 and on 2026-11-10, unknown from 2026-11-11 (e.g. 2026-11-26)", () => {
    for (const id of SUSPENDED_BY_NO_70) {
      const status = (date: string) => ExportControl.statusOn(measure(id), date).status
      expect(status("2026-01-01"), id).toBe("suspended")
      expect(status("2026-11-10"), id).toBe("suspended")
      expect(status("2026-11-11"), id).toBe("unknown")
      expect(status("2026-11-26"), id).toBe("unknown")
    }
  })

  it("No. 70 itself is in force until 2026-11-10 (its last day) and unknown after it", () => {
    const no70 = measure("cn-mofcom-2025-70")
    const status = (date: string) => ExportControl.statusOn(no70, date)
    expect(status("2025-11-07")).toMatchObject({ status: "in_force", until: "2026-11-10" })
    expect(status("2026-06-01")).toMatchObject({ status: "in_force", until: "2026-11-10" })
    expect(status(dataset.asOf).status).toBe("in_force")
    expect(status("2026-11-10").status).toBe("in_force")
    expect(status("2026-11-11").status).toBe("unknown")
    expect(status("2026-11-26")).toMatchObject({ status: "unknown", since: "2026-11-11" })
    expect(status("2026-11-26").reason).toMatch(/in force until 2026-11-10; nothing recorded since/)
  })

  it("No. 57 (Ho, Er, Tm, Eu, Yb) was never in force: suspended the day before it took effect", () => {
    const no57 = measure("cn-mofcom-2025-57")
    expect([...no57.scope.elements].sort()).toEqual(["Er", "Eu", "Ho", "Tm", "Yb"])
    const timeline = ExportControl.statusTimeline(no57).map((row) => [row.date, row.status])
    expect(timeline).toEqual([
      ["2025-10-09", "pending"],
      ["2025-11-07", "suspended"],
      ["2026-11-11", "unknown"],
    ])
  })

  it("No. 61 and No. 62 were in force on release, then suspended", () => {
    for (const id of ["cn-mofcom-2025-61", "cn-mofcom-2025-62"]) {
      expect(ExportControl.statusOn(measure(id), "2025-10-20").status, id).toBe("in_force")
      expect(ExportControl.statusOn(measure(id), "2025-11-07").status, id).toBe("suspended")
    }
  })
})

describe("No. 46 of 2024, Article 2, suspended by No. 72", () => {
  const article2 = measure("cn-mofcom-2024-46-article-2")

  it("is suspended until 2026-11-27 and unknown afterwards", () => {
    expect(ExportControl.statusOn(article2, "2026-01-01").status).toBe("suspended")
    expect(ExportControl.statusOn(article2, "2026-11-26").status).toBe("suspended")
    expect(ExportControl.statusOn(article2, "2026-11-27").status).toBe("suspended")
    expect(ExportControl.statusOn(article2, "2026-11-28").status).toBe("unknown")
  })

  it("No. 72 itself is in force until 2026-11-27 (its last day) and unknown after it", () => {
    const no72 = measure("cn-mofcom-2025-72")
    expect(ExportControl.statusOn(no72, "2026-06-01")).toMatchObject({
      status: "in_force",
      until: "2026-11-27",
    })
    expect(ExportControl.statusOn(no72, "2026-11-26").status).toBe("in_force")
    expect(ExportControl.statusOn(no72, "2026-11-27").status).toBe("in_force")
    const after = ExportControl.statusOn(no72, "2026-11-28")
    expect(after).toMatchObject({ status: "unknown", since: "2026-11-28" })
    expect(after.reason).toMatch(/in force until 2026-11-27; nothing recorded since/)
  })

  it("applies to the US only, from 2024-12-03 (confirmed by Economic Daily News: no caveat left)", () => {
    expect(ExportControl.covers(article2, { destination: "US" })).toBe(true)
    expect(ExportControl.covers(article2, { destination: "DE" })).toBe(false)
    expect(ExportControl.statusOn(article2, "2024-12-02").status).toBe("pending")
    expect(ExportControl.statusOn(article2, "2024-12-03").status).toBe("in_force")
    const effective = article2.events.find((event) => event.type === "effective")!
    expect(effective.sources.map((source) => source.id)).toContain("udn-9128338-no46-no72")
    const texts = [article2.note ?? "", ...article2.events.map((event) => event.note ?? "")]
    for (const text of texts) expect(text).not.toMatch(/unconfirmed|\(R\)|label R|with care/)
  })
})

describe("the rest of the measures", () => {
  it("No. 1 of 2026 bans dual-use exports to Japanese military end users from 2026-01-06", () => {
    const no1 = measure("cn-mofcom-2026-1")
    expect(ExportControl.statusOn(no1, "2026-01-05").status).toBe("pending")
    expect(ExportControl.statusOn(no1, "2026-01-06").status).toBe("in_force")
    expect(ExportControl.covers(no1, { destination: "JP" })).toBe(true)
    expect(ExportControl.covers(no1, { destination: "US" })).toBe(false)
  })

  it("the 2024 regulations take effect on 2024-10-01; the 2023 catalogue on 2023-12-21", () => {
    const regulations = measure("cn-state-council-2024-785")
    expect(ExportControl.statusOn(regulations, "2024-09-30").status).toBe("pending")
    expect(ExportControl.statusOn(regulations, "2024-10-01").status).toBe("in_force")
    const catalogue = measure("cn-mofcom-most-2023-technology-catalogue")
    expect(ExportControl.statusOn(catalogue, "2023-12-21").status).toBe("in_force")
  })

  it("the December 2025 general licences and the 2025-08-22 Interim Measures are in force at asOf", () => {
    for (const id of [
      "cn-mofcom-2025-general-licences",
      "cn-miit-2025-interim-measures-total-volume-control",
    ])
      expect(ExportControl.statusOn(measure(id), dataset.asOf).status, id).toBe("in_force")
  })

  it("every lifecycle event has its own sources, and measure ids follow the jurisdiction-issuer-year pattern", () => {
    for (const record of measures) {
      expect(record.id).toMatch(/^cn-[a-z-]+-\d{4}-[a-z0-9-]+$/)
      for (const event of record.events) expect(event.sources.length).toBeGreaterThan(0)
    }
  })

  it("a suspension order is in force until the same day as the suspensions it orders", () => {
    const orders = measures.filter((record) => record.kind === "suspension")
    expect(orders.map((record) => record.id).sort()).toEqual([
      "cn-mofcom-2025-70",
      "cn-mofcom-2025-72",
    ])
    for (const order of orders) {
      const effective = order.events.filter((event) => event.type === "effective")
      expect(effective, order.id).toHaveLength(1)
      const until = effective[0]?.type === "effective" ? effective[0].until : undefined
      expect(until, order.id).toBeDefined()
      const ordered = measures.flatMap((record) =>
        record.events.filter(
          (event) => event.type === "suspended" && event.byMeasureId === order.id,
        ),
      )
      expect(ordered.length, order.id).toBeGreaterThan(0)
      for (const event of ordered) expect(event, order.id).toMatchObject({ until })
    }
  })

  it("every byMeasureId and relatedMeasureIds points at a measure of the dataset", () => {
    const ids = new Set(measures.map((record) => record.id))
    for (const record of measures)
      for (const event of record.events)
        if (event.type === "suspended" && event.byMeasureId !== undefined)
          expect(ids.has(event.byMeasureId), `${record.id} -> ${event.byMeasureId}`).toBe(true)
    for (const event of events)
      for (const id of event.relatedMeasureIds)
        expect(ids.has(id), `${event.id} -> ${id}`).toBe(true)
  })
})

describe("the two readings of the November 2025 deal", () => {
  it("are two events in one conflict group, neither resolved", () => {
    const groups = Source.claimsByConflictGroup(events)
    const deal = groups.find((group) => group.conflictGroup === NOVEMBER_2025_DEAL_CONFLICT)
    expect(deal?.claims.map((event) => event.id)).toEqual([
      "2025-11-01-white-house-fact-sheet",
      "2025-11-07-mofcom-announcement-70",
    ])
    expect(
      deal?.claims.every((event) => event.relatedMeasureIds.includes("cn-mofcom-2025-18")),
    ).toBe(true)
  })

  it("the Chinese texts leave No. 18 in force after both readings", () => {
    expect(ExportControl.statusOn(measure("cn-mofcom-2025-18"), "2025-11-08").status).toBe(
      "in_force",
    )
  })
})
