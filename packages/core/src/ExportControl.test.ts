import { describe, expect, it } from "vitest"
import * as ExportControl from "./ExportControl.ts"
import { InvalidInputError } from "./InputError.ts"

const source = { id: "test", title: "Test source", publisher: "Test" }
const event = <T extends ExportControl.LifecycleEvent["type"]>(
  type: T,
  date: string,
  extra: object = {},
) =>
  ({ type, date, sources: [source], ...extra }) as Extract<
    ExportControl.LifecycleEvent,
    { type: T }
  >

const measure = (
  id: string,
  events: ExportControl.LifecycleEvent[],
  scope: Partial<ExportControl.ControlScope> = {},
): ExportControl.ExportControlMeasure =>
  ExportControl.ExportControlMeasure.parse({
    id,
    title: id,
    jurisdiction: "CN",
    issuingBodies: ["MOFCOM", "GAC"],
    instrument: id,
    kind: "dual_use_licence",
    summary: "",
    scope: {
      elements: [],
      productForms: [],
      hsCodes: [],
      chinaCodes: [],
      controlCodes: [],
      items: [],
      destinations: [],
      allDestinations: true,
      endUsers: [],
      ...scope,
    },
    events,
    sources: [source],
    confidence: { kind: "official" },
  })

// No. 18 of 2025: in force from release; Sm Gd Tb Dy Lu Sc Y; NdFeB with Dy/Tb caught in practice.
const no18 = measure(
  "cn-mofcom-2025-18",
  [event("announced", "2025-04-04"), event("effective", "2025-04-04")],
  {
    elements: ["Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"],
    productForms: ["metal", "alloy", "target", "magnet", "oxide_compound"],
    hsCodes: ["280530", "284690"],
    chinaCodes: ["2805301910"],
  },
)
// No. 57: announced 2025-10-09, due 2025-11-08, suspended by No. 70 on 2025-11-07 until 2026-11-10.
const no57 = measure(
  "cn-mofcom-2025-57",
  [
    event("announced", "2025-10-09"),
    event("effective", "2025-11-08"),
    event("suspended", "2025-11-07", { until: "2026-11-10", byMeasureId: "cn-mofcom-2025-70" }),
  ],
  {
    elements: ["Ho", "Er", "Tm", "Eu", "Yb"],
    productForms: ["metal", "alloy", "magnet", "oxide_compound"],
  },
)
// No. 61: partly in force on release, the rest from 2025-12-01; suspended 2025-11-07 until 2026-11-10.
const no61 = measure(
  "cn-mofcom-2025-61",
  [
    event("announced", "2025-10-09"),
    event("effective", "2025-10-09"),
    event("suspended", "2025-11-07", { until: "2026-11-10", byMeasureId: "cn-mofcom-2025-70" }),
  ],
  { elements: ["Dy", "Tb"], productForms: ["magnet"] },
)

// No. 70: a suspension order whose own effect ends on a date: effective 2025-11-07 until 2026-11-10.
const no70 = measure(
  "cn-mofcom-2025-70",
  [event("announced", "2025-11-07"), event("effective", "2025-11-07", { until: "2026-11-10" })],
  { items: ["suspends cn-mofcom-2025-57", "suspends cn-mofcom-2025-61"] },
)

describe("ExportControl.statusOn", () => {
  it("is pending before the measure takes effect", () => {
    expect(ExportControl.statusOn(no57, "2025-10-20")).toMatchObject({
      status: "pending",
      since: "2025-10-09",
    })
    expect(ExportControl.statusOn(no57, "2025-10-20").reason).toMatch(/2025-11-08/)
    expect(ExportControl.statusOn(no18, "2025-01-01")).toMatchObject({ status: "pending" })
    expect(ExportControl.statusOn(no18, "2025-01-01").reason).toMatch(/not yet announced/)
  })

  it("is in force from its effective date", () => {
    expect(ExportControl.statusOn(no18, "2025-04-04")).toMatchObject({
      status: "in_force",
      since: "2025-04-04",
    })
    expect(ExportControl.statusOn(no18, "2026-11-26").status).toBe("in_force")
    expect(ExportControl.statusOn(no61, "2025-11-06").status).toBe("in_force")
  })

  it("is suspended while the suspension runs, its last day included", () => {
    expect(ExportControl.statusOn(no61, "2025-11-07")).toMatchObject({
      status: "suspended",
      since: "2025-11-07",
      until: "2026-11-10",
    })
    expect(ExportControl.statusOn(no61, "2026-11-10").status).toBe("suspended")
  })

  it("an effective date inside a running suspension does not end it", () => {
    expect(ExportControl.statusOn(no57, "2025-11-08").status).toBe("suspended")
    expect(ExportControl.statusOn(no57, "2026-06-01").status).toBe("suspended")
  })

  it("is unknown once a suspension has run out with no later event recorded", () => {
    const status = ExportControl.statusOn(no61, "2026-11-11")
    expect(status.status).toBe("unknown")
    expect(status.since).toBe("2026-11-11")
    expect(status.reason).toMatch(/2026-11-10/)
    expect(ExportControl.statusOn(no57, "2026-11-26").status).toBe("unknown")
  })

  it("is in force again after a recorded resumption, and revoked after revocation", () => {
    const resumed = measure("resumed", [...no61.events, event("resumed", "2026-11-11")])
    expect(ExportControl.statusOn(resumed, "2026-11-11").status).toBe("in_force")
    const extended = measure("extended", [
      ...no61.events,
      event("suspended", "2026-11-05", { until: "2027-11-10" }),
    ])
    expect(ExportControl.statusOn(extended, "2026-12-01")).toMatchObject({
      status: "suspended",
      until: "2027-11-10",
    })
    const revoked = measure("revoked", [...no61.events, event("revoked", "2026-01-15")])
    expect(ExportControl.statusOn(revoked, "2026-01-15").status).toBe("revoked")
    expect(ExportControl.statusOn(revoked, "2027-01-01").status).toBe("revoked")
    const open = measure("open", [
      event("effective", "2025-01-01"),
      event("suspended", "2025-02-01"),
    ])
    expect(ExportControl.statusOn(open, "2030-01-01").status).toBe("suspended")
  })

  it("a measure in force until a date is in force up to that day, then unknown", () => {
    expect(ExportControl.statusOn(no70, "2025-11-06").status).toBe("pending")
    expect(ExportControl.statusOn(no70, "2026-06-01")).toEqual({
      status: "in_force",
      reason: "in force since 2025-11-07 until 2026-11-10",
      since: "2025-11-07",
      until: "2026-11-10",
    })
    expect(ExportControl.statusOn(no70, "2026-11-10").status).toBe("in_force")
    const after = ExportControl.statusOn(no70, "2026-11-26")
    expect(after).toMatchObject({ status: "unknown", since: "2026-11-11" })
    expect(after.until).toBeUndefined()
    expect(after.reason).toMatch(/^in force until 2026-11-10; nothing recorded since/)
    expect(ExportControl.statusOn(no70, "2030-01-01").status).toBe("unknown")
    expect(ExportControl.statusTimeline(no70).map((row) => [row.date, row.status])).toEqual([
      ["2025-11-07", "in_force"],
      ["2026-11-11", "unknown"],
    ])
  })

  it("a later event after a measure's own end date decides its status, not unknown", () => {
    const revoked = measure("revoked-after-end", [...no70.events, event("revoked", "2026-11-20")])
    expect(ExportControl.statusOn(revoked, "2026-11-15").status).toBe("unknown")
    expect(ExportControl.statusOn(revoked, "2026-11-26").status).toBe("revoked")
    // An extension recorded as a new effective period.
    const extended = measure("extended", [
      ...no70.events,
      event("effective", "2026-11-11", { until: "2027-11-10" }),
    ])
    expect(ExportControl.statusOn(extended, "2026-11-26")).toMatchObject({
      status: "in_force",
      until: "2027-11-10",
    })
    expect(ExportControl.statusOn(extended, "2027-11-11").status).toBe("unknown")
    // Suspended and resumed within its term: in force again, still only until its end date.
    const resumed = measure("resumed-within-term", [
      ...no70.events,
      event("suspended", "2026-01-01", { until: "2026-02-01" }),
      event("resumed", "2026-02-02"),
    ])
    expect(ExportControl.statusOn(resumed, "2026-01-15").status).toBe("suspended")
    expect(ExportControl.statusOn(resumed, "2026-03-01")).toMatchObject({
      status: "in_force",
      until: "2026-11-10",
    })
    expect(ExportControl.statusOn(resumed, "2026-11-11").status).toBe("unknown")
    // An effective event without `until` stays in force (No. 18).
    expect(ExportControl.statusOn(no18, "2030-01-01").status).toBe("in_force")
    expect(ExportControl.statusOn(no18, "2030-01-01").until).toBeUndefined()
  })

  it("accepts `until` on an effective event and rejects a malformed one", () => {
    const effective = { type: "effective", date: "2025-11-07", sources: [source] }
    expect(ExportControl.LifecycleEvent.parse({ ...effective, until: "2026-11-10" })).toMatchObject(
      { until: "2026-11-10" },
    )
    expect(ExportControl.LifecycleEvent.safeParse({ ...effective, until: "2026-11" }).success).toBe(
      false,
    )
  })

  it("rejects a bad date", () => {
    expect(() => ExportControl.statusOn(no18, "2025-13-01")).toThrow(InvalidInputError)
    expect(() => ExportControl.statusOn(no18, "2025-6-1")).toThrow(/"2025-6-1"/)
  })

  it("statusTimeline lists each change", () => {
    expect(ExportControl.statusTimeline(no57).map((row) => [row.date, row.status])).toEqual([
      ["2025-10-09", "pending"],
      ["2025-11-07", "suspended"],
      ["2026-11-11", "unknown"],
    ])
  })
})

describe("ExportControl.covers and measuresOn", () => {
  it("covers element X in form F when X is listed and F is listed", () => {
    expect(ExportControl.covers(no18, { element: "Dy", form: "magnet" })).toBe(true)
    expect(ExportControl.covers(no18, { element: "Dy" })).toBe(true)
    expect(ExportControl.covers(no18, { element: "Nd" })).toBe(false)
    expect(ExportControl.covers(no18, { element: "Dy", form: "ore_concentrate" })).toBe(false)
    expect(ExportControl.covers(no18, { code: "2805301910" })).toBe(true)
    expect(ExportControl.covers(no18, { code: "28053019" })).toBe(true)
    expect(ExportControl.covers(no18, { code: "850511" })).toBe(false)
    expect(ExportControl.covers(no18, { destination: "US" })).toBe(true)
    const usOnly = measure("us-only", [event("effective", "2025-01-01")], {
      allDestinations: false,
      destinations: ["US"],
    })
    expect(ExportControl.covers(usOnly, { destination: "JP" })).toBe(false)
  })

  it("answers: which measures control Dy magnets on 2025-06-01", () => {
    const rows = ExportControl.measuresOn([no57, no61, no18], {
      on: "2025-06-01",
      element: "Dy",
      form: "magnet",
    })
    expect(rows.map((row) => [row.measure.id, row.status])).toEqual([
      ["cn-mofcom-2025-18", "in_force"],
    ])
    expect(rows[0]?.reason).toMatch(/2025-04-04/)
  })

  it("lists statuses side by side later on, and filters by status", () => {
    const rows = ExportControl.measuresOn([no57, no61, no18], { on: "2026-06-01", element: "Dy" })
    expect(rows.map((row) => [row.measure.id, row.status])).toEqual([
      ["cn-mofcom-2025-18", "in_force"],
      ["cn-mofcom-2025-61", "suspended"],
    ])
    const inForce = ExportControl.measuresOn([no57, no61, no18], {
      on: "2026-06-01",
      statuses: ["in_force"],
    })
    expect(inForce.map((row) => row.measure.id)).toEqual(["cn-mofcom-2025-18"])
    expect(() =>
      ExportControl.measuresOn([no18], {
        on: "2026-06-01",
        statuses: ["active" as ExportControl.ControlStatus],
      }),
    ).toThrow(/"active"/)
  })
})
