import { describe, expect, it } from "vitest"
import { factors, measures, presets, source } from "./__fixtures__/materials.ts"
import { parseRows } from "./Bom.ts"
import { compute, licenceEffect } from "./Exposure.ts"

const bom = (rows: Array<Record<string, unknown>>) => {
  const { lines, issues } = parseRows(rows as never, { presets, firstRow: 2 })
  expect(issues).toEqual([])
  return lines
}

const magnetBom = bom([
  { part_id: "rotor", material: "test-magnet", grade: "N42SH", mass: "2 kg" },
  { part_id: "spare", material: "test-magnet", grade: "N40", mass: "500 g" },
  { part_id: "coating", material: "test-ysz", mass: "3 kg" },
  { part_id: "cat", material: "test-catalyst", mass: "10 kg" },
])

const run = (on: string, extra: Partial<Parameters<typeof compute>[0]> = {}) =>
  compute({ lines: magnetBom, presets, factors, measures, on, ...extra })

describe("Exposure.compute", () => {
  it("gives the contained mass of each component as the composition's range times the part's mass", () => {
    const rotor = run("2025-06-01").parts.find((part) => part.partId === "rotor")
    const dy = rotor?.components.find((component) => component.component === "Dy")
    // 2 kg at 2-8 wt% Dy: 0.04-0.16 kg, with the composition's source.
    expect(dy?.containedKg.min).toBeCloseTo(0.04, 12)
    expect(dy?.containedKg.max).toBeCloseTo(0.16, 12)
    expect(dy?.provenance?.sources).toEqual([source])
    expect(dy?.origin).toBe("preset")
  })

  it("adds up a component across parts, range ends separately", () => {
    const total = run("2025-06-01").totals.find((row) => row.component === "Dy")
    // rotor 0.04-0.16 + spare (N: 0-1 wt% of 0.5 kg) 0-0.005
    expect(total?.containedKg.min).toBeCloseTo(0.04, 12)
    expect(total?.containedKg.max).toBeCloseTo(0.165, 12)
    expect(total?.partIds).toEqual(["rotor", "spare"])
  })

  it("converts an oxide figure with a sourced factor and says which", () => {
    const coating = run("2025-06-01").parts.find((part) => part.partId === "coating")
    const y = coating?.components[0]
    expect(y?.basis).toEqual({ kind: "metal" })
    expect(y?.containedKg).toEqual({ min: 0.15, max: 0.15 }) // 3 kg x 10% Y2O3 x 0.5
    expect(y?.conversion?.oxide).toBe("Y2O3")
  })

  it("keeps an unknown lower bound unknown and an unconvertible oxide on its oxide basis", () => {
    const cat = run("2025-06-01").parts.find((part) => part.partId === "cat")
    expect(cat?.components[0]?.containedKg).toEqual({ min: null, max: 0.4 })
    expect(cat?.components[0]?.basis).toEqual({ kind: "oxide", formula: "RE2O3" })
  })

  it("changes the answer exactly where a measure's lifecycle says", () => {
    const dyOn = (date: string) =>
      run(date).controls.find((row) => row.element === "Dy" && row.form === "magnet")
    expect(dyOn("2025-04-03")?.controlled).toBe(false)
    expect(dyOn("2025-04-04")?.controlled).toBe(true)
    expect(dyOn("2025-04-04")?.measures[0]).toMatchObject({
      measureId: "m-dy",
      status: "in_force",
      since: "2025-04-04",
      effect: "licence_required",
      instrument: "Announcement A",
    })
    // Nd is in the magnet but no measure reaches it.
    expect(run("2025-06-01").controls.find((row) => row.element === "Nd")).toMatchObject({
      controlled: false,
      measures: [],
    })
  })

  it("gives a timeline of status changes per element over a date range", () => {
    const lines = bom([
      { part_id: "ho", material: "custom", form: "magnet", mass: "1 kg", Ho: "1%" },
    ])
    const result = compute({
      lines,
      presets,
      factors,
      measures,
      on: "2026-12-01",
      from: "2025-01-01",
      to: "2026-12-01",
    })
    const ho = result.timeline?.find((row) => row.element === "Ho")
    expect(ho?.changes.map((change) => [change.date, change.status])).toEqual([
      ["2025-10-09", "pending"],
      ["2025-11-07", "suspended"],
      ["2026-11-11", "unknown"],
    ])
    expect(result.controls[0]?.controlled).toBe("unknown")
  })

  it("uses stated contents instead of the preset's lines for the same element", () => {
    const lines = bom([
      { part_id: "r", material: "test-magnet", grade: "N42SH", mass: "1 kg", Dy: "5%" },
    ])
    const part = compute({ lines, presets, factors, measures, on: "2025-06-01" }).parts[0]
    expect(part?.components.map((component) => [component.component, component.origin])).toEqual([
      ["Dy", "stated"],
    ])
  })

  it("prices a component only with a price on the same basis, and never converts currencies", () => {
    const price = (element: string) =>
      element === "Dy"
        ? {
            element: "Dy" as const,
            basis: { kind: "metal" as const },
            perKg: 100,
            currency: "USD",
            date: "2025-06-01",
            market: "test",
            assessor: "test",
            provenance: { sources: [source], confidence: { kind: "reported" as const } },
          }
        : element === "Y"
          ? {
              element: "Y" as const,
              basis: { kind: "oxide" as const, formula: "Y2O3" },
              perKg: 5,
              currency: "CNY",
              date: "2025-06-01",
              market: "test",
              assessor: "test",
              provenance: { sources: [source], confidence: { kind: "reported" as const } },
            }
          : undefined
    const result = run("2025-06-01", { price })
    expect(result.prices.map((row) => [row.element, row.currency])).toEqual([["Dy", "USD"]])
    expect(result.prices[0]?.value.max).toBeCloseTo(16.5, 10)
  })

  it("gives the same answer for the same input and date", () => {
    expect(JSON.stringify(run("2025-06-01"))).toBe(JSON.stringify(run("2025-06-01")))
  })

  it("says what a measure's kind asks of an exporter", () => {
    expect(licenceEffect("dual_use_licence")).toBe("licence_required")
    expect(licenceEffect("destination_ban")).toBe("prohibited")
    expect(licenceEffect("quota_regime")).toBe("other")
  })
})
