import { describe, expect, it } from "vitest"
import * as ExportControl from "./ExportControl.ts"
import * as Measure from "./Measure.ts"

const source = { id: "test", title: "Test source", publisher: "Test" }

const china = ExportControl.ExportControlMeasure.parse({
  id: "cn-18",
  title: "No. 18",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: "No. 18",
  kind: "dual_use_licence",
  summary: "",
  scope: {
    elements: ["Dy", "Tb"],
    productForms: ["oxide_compound"],
    hsCodes: ["284690"],
    chinaCodes: ["2805301200"],
    controlCodes: ["1C902"],
    items: [],
    destinations: [],
    allDestinations: true,
    endUsers: [],
  },
  events: [{ type: "effective", date: "2025-04-04", sources: [source] }],
  sources: [source],
  confidence: { kind: "official" },
})

const world = (id: string, partial: Partial<Measure.Measure>): Measure.Measure =>
  Measure.Measure.parse({
    id,
    title: id,
    jurisdiction: "US",
    actor: "state",
    issuingBodies: ["USTR"],
    instrument: id,
    kinds: ["import_tariff"],
    binding: "binding",
    summary: "",
    scope: {
      elements: [],
      productForms: [],
      codes: [],
      items: [],
      partners: [],
      allPartners: true,
    },
    money: [],
    rates: [],
    events: [{ type: "announced", date: "2024-09-13", sources: [source] }],
    sources: [source],
    confidence: { kind: "official" },
    evidence: "verified_independent",
    ...partial,
  })

const tariff = world("us-301", {
  scope: {
    elements: [],
    productForms: ["magnet"],
    codes: ["850511"],
    items: [],
    partners: ["CN"],
    allPartners: false,
  },
  rates: [{ label: "additional duty", percent: 25, qualifier: "exact" }],
  events: [
    { type: "announced", date: "2024-09-13", sources: [source] },
    { type: "effective", date: "2026-01-01", sources: [source] },
  ],
})
const floor = world("us-mp", {
  kinds: ["equity_stake", "price_floor", "offtake", "loan"],
  binding: "binding",
  scope: {
    elements: ["Nd", "Pr"],
    productForms: ["oxide_compound"],
    codes: [],
    items: [],
    partners: [],
    allPartners: true,
  },
  money: [{ label: "NdPr floor", value: 110, currency: "USD", per: "kg", qualifier: "exact" }],
  events: [{ type: "effective", date: "2025-07-10", sources: [source] }],
})
const moratorium = world("my-ban", {
  jurisdiction: "MY",
  kinds: ["export_prohibition"],
  events: [{ type: "effective", date: "2024-01-01", sources: [source] }],
})
const g7 = world("g7-cmap", {
  jurisdiction: "G7",
  kinds: ["plurilateral_framework"],
  binding: "non_binding",
  events: [{ type: "announced", date: "2025-06-17", sources: [source] }],
})

describe("Measure.fromExportControl", () => {
  it("views a Chinese export control as a measure with the same lifecycle and scope", () => {
    const viewed = Measure.fromExportControl(china)
    expect(Measure.Measure.safeParse(viewed).success).toBe(true)
    expect(viewed.kinds).toEqual(["dual_use_licence"])
    expect(viewed.jurisdiction).toBe("CN")
    expect(viewed.scope.codes).toEqual(["284690", "2805301200"])
    expect(viewed.scope.items).toContain("control code 1C902")
    expect(Measure.statusOn(viewed, "2025-06-01")).toEqual(
      ExportControl.statusOn(china, "2025-06-01"),
    )
  })
})

describe("Measure.statusOn", () => {
  it("is pending between announcement and effect, in force after", () => {
    expect(Measure.statusOn(tariff, "2025-06-01").status).toBe("pending")
    expect(Measure.statusOn(tariff, "2025-06-01").until).toBe("2025-12-31")
    expect(Measure.statusOn(tariff, "2026-01-01").status).toBe("in_force")
  })
})

describe("Measure.query over a dataset", () => {
  const dataset = { measures: [china], worldMeasures: [tariff, floor, moratorium, g7] }

  it("covers China's export controls and every other jurisdiction in one call", () => {
    const rows = Measure.query(dataset, { on: "2026-02-01" })
    expect(rows.map((row) => row.measure.id)).toEqual([
      "my-ban",
      "us-301",
      "cn-18",
      "us-mp",
      "g7-cmap",
    ])
    expect(rows.find((row) => row.measure.id === "g7-cmap")?.status).toBe("pending")
  })

  it("filters by jurisdiction, kind (any of a measure's kinds), element and partner", () => {
    const ids = (query: Omit<Measure.MeasureQuery, "on">) =>
      Measure.query(dataset, { on: "2026-02-01", ...query }).map((row) => row.measure.id)
    expect(ids({ jurisdiction: "malaysia" })).toEqual(["my-ban"])
    expect(ids({ kind: "Price floor" })).toEqual(["us-mp"])
    expect(ids({ element: "Dy" })).toEqual(["cn-18"])
    expect(ids({ partner: "china" })).toEqual(["us-301"])
    expect(ids({ jurisdiction: "g7" })).toEqual(["g7-cmap"])
  })

  it("leaves out measures not yet announced on the date and keeps only asked statuses", () => {
    const rows = Measure.query(dataset, { on: "2025-01-01" })
    expect(rows.map((row) => row.measure.id)).toEqual(["my-ban", "us-301"])
    expect(
      Measure.query(dataset, { on: "2025-01-01", statuses: ["in_force"] }).map(
        (row) => row.measure.id,
      ),
    ).toEqual(["my-ban"])
  })

  it("rejects an unknown jurisdiction, kind or status with the valid values", () => {
    expect(() => Measure.query(dataset, { on: "2026-01-01", jurisdiction: "Atlantis" })).toThrow(
      /Unknown jurisdiction "Atlantis"/,
    )
    expect(() => Measure.query(dataset, { on: "2026-01-01", kind: "embargo" })).toThrow(
      /Unknown measure kind "embargo": expected one of export_prohibition/,
    )
    expect(() =>
      Measure.query(dataset, { on: "2026-01-01", statuses: ["lapsed" as "in_force"] }),
    ).toThrow(/Invalid status "lapsed"/)
  })

  it("works on a dataset without other jurisdictions' measures", () => {
    expect(Measure.query({ measures: [china] }, { on: "2026-01-01" })).toHaveLength(1)
  })
})

describe("Measure.oecdClassOf", () => {
  it("maps export restrictions to the OECD classes and nothing else", () => {
    expect(Measure.oecdClassOf("export_prohibition")).toBe("export_prohibition")
    expect(Measure.oecdClassOf("dual_use_licence")).toBe("non_automatic_export_licensing")
    expect(Measure.oecdClassOf("import_tariff")).toBeNull()
  })
})

describe("Dataset.integrityIssues with measures of other jurisdictions and prices", () => {
  it("flags a duplicate id among the measures of other jurisdictions", async () => {
    const { integrityIssues } = await import("./Dataset.ts")
    const issues = integrityIssues({
      version: "0.1.0",
      asOf: "2026-01-01",
      sources: [source],
      elements: [],
      measures: [china],
      quotas: [],
      flows: [],
      events: [],
      worldMeasures: [tariff, tariff],
    })
    expect(issues.map((issue) => issue.code)).toEqual(["duplicate_id"])
    expect(issues[0]?.path).toEqual(["worldMeasures", 1, "id"])
  })
})
