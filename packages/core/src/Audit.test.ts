import { describe, expect, it } from "vitest"
import { miniDataset } from "./__fixtures__/miniDataset.ts"
import * as Audit from "./Audit.ts"
import type * as Dataset from "./Dataset.ts"

const findings = (report: Audit.AuditReport, kind: Audit.AuditFindingKind) =>
  report.findings.filter((finding) => finding.kind === kind)

describe("audit", () => {
  const report = Audit.audit(miniDataset, "2026-12-02")

  it("lists lapsed terms first, as high: the suspension, and the order that made it", () => {
    const lapsed = findings(report, "lapsed_term")
    expect(lapsed.map((finding) => [finding.recordKind, finding.recordId, finding.since])).toEqual([
      ["measures", "order", "2026-11-11"],
      ["measures", "suspended", "2026-11-11"],
    ])
    expect(lapsed.every((finding) => finding.severity === "high")).toBe(true)
    expect(lapsed[1]!.message).toMatch(
      /ended on 2026-11-10 \(suspended by order\) and nothing later/,
    )
    expect(report.findings.slice(0, 2)).toEqual(lapsed)
  })

  it("lists no lapsed term while the term runs, and none for a measure with no end date", () => {
    expect(findings(Audit.audit(miniDataset, "2026-11-10"), "lapsed_term")).toEqual([])
    expect(
      report.findings.some(
        (finding) => finding.recordId === "in-force" && finding.kind === "lapsed_term",
      ),
    ).toBe(false)
  })

  it("lists a series older than its release calendar predicts, with the date it became overdue", () => {
    const [overdue, ...rest] = findings(report, "overdue_series")
    expect(rest).toEqual([])
    expect(overdue).toMatchObject({
      severity: "medium",
      recordKind: "series",
      recordId: "gac-magnets:WORLD",
      since: "2026-05-20",
    })
    expect(overdue!.message).toMatch(/newest month 2026-03/)
    expect(overdue!.message).toMatch(/7 months \(2026-04 to 2026-10\)/)
    // Not yet overdue the day before the April figures are due.
    expect(findings(Audit.audit(miniDataset, "2026-05-19"), "overdue_series")).toEqual([])
    // The calendars can be passed in instead of the dataset's.
    expect(
      findings(Audit.audit(miniDataset, "2026-12-02", { releaseCalendars: [] }), "overdue_series"),
    ).toEqual([])
  })

  it("lists a weak source with the records citing it; medium when it is their only support", () => {
    const [weak] = findings(report, "weak_source")
    expect(weak).toMatchObject({
      severity: "medium",
      recordId: "mirror",
      relatedIds: ["flows/magnets-2026-03"],
    })
    expect(weak!.message).toMatch(/crypto-news mirror/)
    expect(weak!.message).toMatch(/1 resting on weak sources alone \(flows\/magnets-2026-03\)/)
  })

  it("lists single-source figures (low) and derived figures (info)", () => {
    expect(findings(report, "single_source").map((finding) => finding.recordId)).toEqual([
      "call",
      "magnets-2026-03",
    ])
    const [derived] = findings(report, "derived")
    expect(derived).toMatchObject({
      severity: "info",
      recordId: "magnets-2026-01",
      sourceIds: ["wire"],
    })
    expect(derived!.message).toMatch(/jan_feb - feb/)
  })

  it("sorts by severity and counts each", () => {
    const ranks = report.findings.map((finding) =>
      ["high", "medium", "low", "info"].indexOf(finding.severity),
    )
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(report.counts).toEqual({ high: 2, medium: 2, low: 2, info: 1 })
    expect(report.horizon).toMatchObject({ asOf: "2026-04-20", beyond: true, daysBeyond: 226 })
  })

  it("is JSON: it survives a round trip and parses with its schema", () => {
    const json = JSON.parse(JSON.stringify(report))
    expect(json).toEqual(report)
    expect(Audit.AuditReport.parse(json)).toEqual(report)
  })

  it("covers record kinds it does not know by name (e.g. one added to the dataset later)", () => {
    const production = [
      {
        id: "mine-2025",
        tonnes: 270_000,
        sources: [
          {
            id: "mirror",
            title: "m",
            publisher: "m",
            reliability: { rating: "weak", reason: "a mirror" },
          },
        ],
        confidence: { kind: "reported" },
      },
    ]
    const extended = { ...miniDataset, production } as unknown as Dataset.Dataset
    const result = Audit.audit(extended, "2026-12-02")
    expect(
      findings(result, "single_source").map(
        (finding) => `${finding.recordKind}/${finding.recordId}`,
      ),
    ).toContain("production/mine-2025")
    expect(findings(result, "weak_source")[0]!.relatedIds).toContain("production/mine-2025")
  })

  it("rejects a bad date, naming it", () => {
    expect(() => Audit.audit(miniDataset, "02/12/2026")).toThrow(/02\/12\/2026/)
  })
})

describe("formatAuditTable", () => {
  it("prints a summary line and one row per finding, aligned, without trailing spaces", () => {
    const report = Audit.audit(miniDataset, "2026-12-02")
    const text = Audit.formatAuditTable(report)
    const lines = text.split("\n")
    expect(lines[0]).toBe(
      "Audit of dataset 1.0.0 on 2026-12-02: data as of 2026-04-20 (226 days old). 2 high, 2 medium, 2 low, 1 info.",
    )
    expect(lines[1]).toMatch(/^Severity +Kind +Record +Since +Detail$/)
    expect(lines).toHaveLength(3 + report.findings.length)
    expect(lines[3]).toMatch(/^high +lapsed_term +measures\/order +2026-11-11 +Recorded term ended/)
    for (const line of lines) expect(line).toBe(line.trimEnd())
    const detailColumn = lines[1]!.indexOf("Detail")
    for (const line of lines.slice(3)) expect(line[detailColumn - 1]).toBe(" ")
  })

  it("says when there is nothing to re-check", () => {
    const clean = { ...miniDataset, measures: [], flows: [], events: [], sources: [] }
    expect(
      Audit.formatAuditTable(Audit.audit(clean, "2026-04-20", { releaseCalendars: [] })),
    ).toMatch(/Nothing to re-check\.$/)
  })
})
