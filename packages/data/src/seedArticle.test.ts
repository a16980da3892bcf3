/**
 * The seed article ("China Resumes Rare Earth Magnet Exports After Trade Truce") reproduced from
 * the dataset through core's functions, as a first-time user would.
 */
import { Element, ExportControl, Quota, Series, Source } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { dataset, MAGNETS, monthlyFlows } from "./index.ts"

const magnetSeries = (partner: string) =>
  Series.monthly(
    monthlyFlows(dataset.flows)
      .filter((flow) => flow.commodity === MAGNETS && flow.partner === partner)
      .map((flow) => ({ period: flow.period, value: flow.netWeightTonnes })),
    { from: "2025-01", to: "2025-12" },
  )

const valueIn = (points: Series.MonthlyPoint[], month: string) =>
  points.find((point) => point.period === month)?.value

describe("the seed article, reproduced", () => {
  it("June 2025 magnet exports: 3,188 t, +157.5% on May (the article's rounded 158%)", () => {
    const total = magnetSeries("WORLD")
    expect(valueIn(total, "2025-05")).toBe(1_238)
    expect(valueIn(total, "2025-06")).toBe(3_188)
    const change = Series.percentChange(valueIn(total, "2025-05")!, valueIn(total, "2025-06")!)
    expect(change).not.toBeNull()
    expect(Series.round(change!, 1)).toBe(157.5)
    expect(Series.round(change!, 0)).toBe(158)
    const june = Series.monthOnMonth(total).find((point) => point.period === "2025-06")
    expect(june?.value).toBe(change)
  })

  it("magnet exports to the United States: 46 t in May, 353 t in June", () => {
    const us = magnetSeries("US")
    expect(valueIn(us, "2025-05")).toBe(46)
    expect(valueIn(us, "2025-06")).toBe(353)
  })

  it("seven of the 17 elements under export control from 2025-04-04", () => {
    const controlled = (on: string) =>
      Element.SYMBOLS.filter(
        (symbol) =>
          ExportControl.measuresOn(dataset.measures, {
            on,
            element: symbol,
            statuses: ["in_force"],
          }).length > 0,
      )
    expect(dataset.elements).toHaveLength(17)
    expect(controlled("2025-04-03")).toEqual([])
    expect(controlled("2025-04-04")).toEqual(["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"])
    const rows = ExportControl.measuresOn(dataset.measures, { on: "2025-04-04", element: "Tb" })
    expect(rows.map((row) => [row.measure.id, row.status])).toEqual([
      ["cn-mofcom-2025-18", "in_force"],
    ])
  })

  it("keeps the seven after the October 2025 measures are suspended (12 of 17 never in force)", () => {
    const inForce = (on: string) =>
      new Set(
        ExportControl.measuresOn(dataset.measures, { on, statuses: ["in_force"] }).flatMap(
          (row) => row.measure.scope.elements,
        ),
      )
    expect(inForce("2025-12-01").size).toBe(7)
    expect(inForce("2026-04-20").size).toBe(7)
  })

  it("the 2025 quota claim (270,000 t / 254,000 t) is shown with its conflict", () => {
    const claims2025 = Quota.byYear(dataset.quotas, 2025)
    const conflicts = Quota.conflicts(claims2025)
    expect(conflicts.map((conflict) => conflict.key).sort()).toEqual([
      "quota-2025-mining",
      "quota-2025-smelting_separation",
    ])
    for (const conflict of conflicts) {
      const fromArticle = conflict.claims.filter((claim) =>
        claim.sources.some((source) => source.id === "seed-article"),
      )
      const undisclosed = conflict.claims.filter((claim) => Quota.totalOf(claim) === "undisclosed")
      expect(fromArticle).toHaveLength(1)
      expect(undisclosed).toHaveLength(1)
      expect(fromArticle[0]!.confidence.kind).toBe("reported")
      expect(fromArticle[0]!.tonnesReo).toBe(conflict.kind === "mining" ? 270_000 : 254_000)
    }
    // The article's figures are exactly the published 2024 totals.
    const published2024 = Quota.byYear(dataset.quotas, 2024).map((quota) => quota.tonnesReo)
    expect(published2024).toEqual([270_000, 254_000])
    expect(Source.claimsByConflictGroup(claims2025)).toHaveLength(2)
  })

  it("Geneva (May) and London (June) are separate events: the article's conflation is not repeated", () => {
    const geneva = dataset.events.find((event) => event.id === "2025-05-10-geneva-talks")
    const london = dataset.events.find((event) => event.id === "2025-06-09-london-talks")
    expect([geneva?.date, geneva?.endDate]).toEqual(["2025-05-10", "2025-05-11"])
    expect([london?.date, london?.endDate]).toEqual(["2025-06-09", "2025-06-10"])
    const statement = dataset.events.find(
      (event) => event.id === "2025-05-12-geneva-joint-statement",
    )
    expect(statement?.confidence.kind).toBe("official")
  })

  it("Bessent's July remark is dated 2025-07-01 by Catenaa, with the article beside it", () => {
    const remark = dataset.events.find((event) => event.id === "2025-07-bessent-recovery-too-slow")
    expect(remark?.date).toBe("2025-07-01")
    expect(remark?.endDate).toBeUndefined()
    expect(remark?.sources.map((source) => source.id)).toEqual([
      "catenaa-magnet-exports-june",
      "seed-article",
    ])
    expect(remark?.confidence.kind).toBe("reported")
    expect(remark?.note ?? "").not.toMatch(/not verified/i)
  })
})
