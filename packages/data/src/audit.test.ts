/**
 * Today's audit of the real dataset (today fixed to 2026-12-02): the behaviour of `audit` is
 * tested on fixtures in core; this checks the dataset gives it what it needs (lifecycles with end
 * dates, release calendars, weak-source marks).
 */
import { Audit } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { dataset } from "./index.ts"

describe("the audit of the dataset on 2026-12-02", () => {
  const report = Audit.audit(dataset, "2026-12-02")
  const ids = (kind: Audit.AuditFindingKind) =>
    report.findings.filter((finding) => finding.kind === kind).map((finding) => finding.recordId)

  it("lists the lapse of No. 70 and of everything it suspended, and of No. 72 and No. 46 Article 2", () => {
    expect(ids("lapsed_term").sort()).toEqual(
      [
        "cn-mofcom-2025-55",
        "cn-mofcom-2025-56",
        "cn-mofcom-2025-57",
        "cn-mofcom-2025-58",
        "cn-mofcom-2025-61",
        "cn-mofcom-2025-62",
        "cn-mofcom-2025-70",
        "cn-mofcom-2025-72",
        "cn-mofcom-2024-46-article-2",
      ].sort(),
    )
    const no70 = report.findings.find((finding) => finding.recordId === "cn-mofcom-2025-70")!
    expect(no70).toMatchObject({ severity: "high", since: "2026-11-11" })
    const no72 = report.findings.find((finding) => finding.recordId === "cn-mofcom-2025-72")!
    expect(no72.since).toBe("2026-11-28")
    // On 2026-11-27 No. 72 has not lapsed yet.
    expect(
      Audit.audit(dataset, "2026-11-27").findings.some(
        (finding) => finding.recordId === "cn-mofcom-2025-72",
      ),
    ).toBe(false)
  })

  it("lists the magnet series as overdue since 2026-05-20", () => {
    const magnets = report.findings.find((finding) => finding.recordId === "gac-magnets:WORLD")!
    expect(magnets).toMatchObject({
      kind: "overdue_series",
      severity: "medium",
      since: "2026-05-20",
    })
    expect(magnets.message).toMatch(/newest month 2026-03/)
    expect(ids("overdue_series")).toContain("gac-rare-earths:WORLD")
  })

  it("lists the weak sources, hdmune.cn as the only support of March 2026", () => {
    const hdmune = report.findings.find(
      (finding) =>
        finding.kind === "weak_source" && finding.recordId === "hdmune-12560605375505-march-2026",
    )!
    expect(hdmune.severity).toBe("medium")
    expect(hdmune.relatedIds).toContain("flows/cn-export-magnets-world-2026-03")
    expect(ids("single_source")).toContain("cn-export-magnets-world-2026-03")
    expect(ids("derived")).toContain("cn-export-magnets-world-2024-05")
  })

  it("prints as a table starting with the high findings", () => {
    const lines = Audit.formatAuditTable(report).split("\n")
    expect(lines[0]).toMatch(
      /^Audit of dataset 0\.1\.0 on 2026-12-02: data as of 2026-04-20 \(226 days old\)\./,
    )
    expect(lines[3]).toMatch(/^high +lapsed_term/)
  })
})
