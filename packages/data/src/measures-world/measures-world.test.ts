import { Dataset, Measure, Source } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import {
  dataset,
  PROCLAMATION_11001_DATE_CONFLICT,
  SECTION_301_YEAR_CONFLICT,
  worldMeasures,
} from "../index.ts"

// The record ids of policies-beyond-china.md §1-§3 (66). MM-03 is a trade flow and ML-06 is a
// reference dataset: both are listed in the data README with the reason.
// biome-ignore format: one row per section
const REFERENCE_IDS = [
  "US-01", "US-02", "US-03", "US-04", "US-05", "US-06", "US-07", "US-08", "US-09", "US-10", "US-11", "US-12", "US-13", "US-14", "US-15", "US-16",
  "US-17", "US-18", "US-19", "US-20", "US-21", "US-22", "US-23", "US-24", "US-25",
  "EU-01", "EU-02", "EU-03", "EU-04", "FR-01",
  "JP-01", "JP-02", "JP-03a", "JP-03b", "JP-04", "JP-05",
  "AU-01", "AU-02", "AU-03", "AU-04",
  "MY-01", "MY-02", "MY-03", "MY-04",
  "MM-01", "MM-02", "MM-03", "MM-04",
  "VN-01", "VN-02",
  "IN-01", "IN-02", "IN-03",
  "ID-01", "ID-02",
  "BR-01", "GL-01", "GL-02", "KZ-01", "CA-01",
  "ML-01", "ML-02", "ML-03", "ML-04", "ML-05", "ML-06",
]
const NOT_MEASURES = ["MM-03", "ML-06"]

const byRef = (ref: string) => worldMeasures.filter((measure) => measure.referenceId === ref)
const one = (id: string) => {
  const found = worldMeasures.find((measure) => measure.id === id)
  if (found === undefined) throw new Error(`no measure ${id}`)
  return found
}

describe("the measures of other jurisdictions", () => {
  it("hold every V, V2 and S record of the reference, the two that are not measures aside", () => {
    expect(REFERENCE_IDS).toHaveLength(66)
    const refs = new Set(worldMeasures.map((measure) => measure.referenceId))
    for (const ref of REFERENCE_IDS) expect(refs.has(ref), ref).toBe(!NOT_MEASURES.includes(ref))
    expect([...refs].filter((ref) => ref === undefined || !REFERENCE_IDS.includes(ref))).toEqual([])
  })

  it("parse with Measure.Measure, unchanged, and are in the dataset", () => {
    for (const measure of worldMeasures) expect(Measure.Measure.parse(measure)).toEqual(measure)
    expect(dataset.worldMeasures).toEqual([...worldMeasures])
    expect(Dataset.integrityIssues(dataset)).toEqual([])
  })

  it("cite only sources the dataset lists, in every lifecycle event too", () => {
    const listed = new Map(dataset.sources.map((source) => [source.id, source]))
    for (const measure of worldMeasures)
      for (const ref of [...measure.sources, ...measure.events.flatMap((event) => event.sources)])
        expect(listed.get(ref.id), `${measure.id} cites ${ref.id}`).toEqual(ref)
  })

  it("show single-source records as such: evidence single_source, reported, noted", () => {
    const single = worldMeasures.filter((measure) => measure.evidence === "single_source")
    expect(single.map((measure) => measure.referenceId).sort()).toEqual(
      ["BR-01", "ID-02", "KZ-01", "US-04", "US-07"].sort(),
    )
    for (const measure of single) {
      expect(measure.confidence.kind, measure.id).toBe("reported")
      expect(measure.note?.startsWith("Single source."), measure.id).toBe(true)
    }
  })

  it("record acts of non-state actors as reported, never official", () => {
    const nonState = worldMeasures.filter((measure) => measure.actor === "non_state")
    expect(nonState.map((measure) => measure.referenceId).sort()).toEqual(["MM-01", "MM-04"])
    for (const measure of nonState) expect(measure.confidence.kind).toBe("reported")
  })

  it("keep rival accounts side by side under a conflict group", () => {
    const groups = Source.claimsByConflictGroup(worldMeasures)
    const group = (name: string) => groups.find((candidate) => candidate.conflictGroup === name)
    expect(group(SECTION_301_YEAR_CONFLICT)?.claims.map((claim) => claim.referenceId)).toEqual([
      "US-04",
      "US-04",
    ])
    expect(
      group(PROCLAMATION_11001_DATE_CONFLICT)?.claims.map((claim) => claim.events.at(-1)?.date),
    ).toEqual(["2026-01-14", "2026-01-15"])
  })

  it("keep conflicting amounts side by side in the money terms", () => {
    const values = (ref: string) =>
      byRef(ref).flatMap((measure) => measure.money.map((term) => term.value))
    expect(values("US-08")).toEqual(expect.arrayContaining([30_000_000, 30_400_000]))
    expect(values("US-13")).toEqual(expect.arrayContaining([134_000_000, 135_000_000]))
    expect(values("US-19")).toEqual(expect.arrayContaining([1_000_000_000, 3_000_000_000]))
  })

  it("date no event after the dataset's horizon, except a date scheduled by a measure known before it", () => {
    for (const measure of worldMeasures)
      for (const event of measure.events)
        if (event.date > dataset.asOf) {
          expect(["effective", "amended"], `${measure.id} ${event.type} ${event.date}`).toContain(
            event.type,
          )
          expect(
            measure.events.some((other) => other.date <= dataset.asOf),
            measure.id,
          ).toBe(true)
        }
  })

  it("list lifecycle events in date order", () => {
    for (const measure of worldMeasures) {
      const dates = measure.events.map((event) => event.date)
      expect(dates, measure.id).toEqual([...dates].sort())
    }
  })

  it("keep the source's own conversions only (Rs crore written out, the text kept)", () => {
    const repm = one("in-repm-scheme")
    expect(repm.money[0]).toMatchObject({
      value: 72_800_000_000,
      currency: "INR",
      text: "Rs 7,280 crore",
    })
    const floor = one("us-dod-mp-materials-2025-partnership").money.find(
      (term) => term.per === "kg",
    )
    expect(floor).toMatchObject({ value: 110, currency: "USD", label: "NdPr price floor" })
  })
})

describe("one query over every jurisdiction (Measure.query on the dataset)", () => {
  it("answers 'what controls Dy on 2025-06-01?' with China's No. 18 in force and others' measures", () => {
    const rows = Measure.query(dataset, { on: "2025-06-01", element: "Dy" })
    expect(rows.find((row) => row.measure.id === "cn-mofcom-2025-18")?.status).toBe("in_force")
    expect(rows.map((row) => row.measure.jurisdiction)).toEqual(
      expect.arrayContaining(["CN", "US", "MY", "JP"]),
    )
  })

  it("shows the US Section 301 magnet tariff pending in 2025 and in force from 2026-01-01", () => {
    const tariff = one("us-section-301-2024-permanent-magnets")
    expect(Measure.statusOn(tariff, "2025-06-01").status).toBe("pending")
    expect(Measure.statusOn(tariff, "2026-01-01").status).toBe("in_force")
  })

  it("shows Malaysia's raw-RE export moratorium in force from 2024-01-01", () => {
    const rows = Measure.query(dataset, {
      on: "2024-06-01",
      jurisdiction: "Malaysia",
      kind: "export prohibition",
      statuses: ["in_force"],
    })
    expect(rows.map((row) => row.measure.id)).toEqual(["my-nr-ree-export-moratorium"])
  })

  it("finds the price floors of the US, the EU, the G7 and the Critical Minerals Ministerial", () => {
    const rows = Measure.query(dataset, { on: "2026-03-01", kind: "price_floor" })
    expect(new Set(rows.map((row) => row.measure.jurisdiction))).toEqual(
      new Set(["US", "EU", "G7", "CRITICAL_MINERALS_MINISTERIAL"]),
    )
  })

  it("knows Australia's production tax credit runs to 2040-06-30 and no further", () => {
    const credit = one("au-cmpti")
    expect(Measure.statusOn(credit, "2030-01-01").status).toBe("in_force")
    expect(Measure.statusOn(credit, "2040-07-01").status).toBe("unknown")
  })
})
