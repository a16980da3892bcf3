import { Bom, Exposure, Material, Source } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { measures } from "../measures.ts"
import { oxideFactors } from "./oxideFactors.ts"
import { materialPresets } from "./presets.ts"

const everyContent = materialPresets.flatMap((preset) => [
  ...preset.contents,
  ...Object.values(preset.grades ?? {}).flat(),
])

describe("material presets", () => {
  it("parse with core's schema and have unique ids", () => {
    for (const preset of materialPresets)
      expect(Material.MaterialPreset.parse(preset)).toEqual(preset)
    expect(new Set(materialPresets.map((preset) => preset.id)).size).toBe(materialPresets.length)
  })

  it("cite at least one source with a URL for every content", () => {
    for (const content of everyContent) {
      expect(content.sources.length).toBeGreaterThan(0)
      for (const source of content.sources) expect(source.url).toMatch(/^https?:\/\//)
    }
  })

  it("recompute every derived content's low end from its formula and inputs", () => {
    const derived = everyContent.filter((content) => content.confidence.kind === "derived")
    expect(derived.length).toBeGreaterThanOrEqual(3)
    for (const content of derived) {
      if (content.confidence.kind !== "derived") continue
      const value = Source.evaluateFormula(
        content.confidence.formula,
        Object.fromEntries(
          Object.entries(content.confidence.inputs).map(([name, input]) => [name, input.value]),
        ),
      )
      expect(value).toBeCloseTo(content.wtPercent.min ?? Number.NaN, 9)
    }
  })

  it("give sintered NdFeB its grade family's sourced Dy/Tb range", () => {
    const ndfeb = Material.findPreset(materialPresets, "ndfeb-sintered")
    const heavy = (grade: string) =>
      Material.compositionOf(ndfeb, grade).find((content) => content.component.startsWith("Dy"))
        ?.wtPercent
    expect(heavy("N42")).toEqual({ min: 0, max: 8 })
    expect(heavy("N42SH")).toEqual({ min: 2, max: 8 })
    expect(heavy("N38EH")).toEqual({ min: 6, max: 8 })
  })

  it("2 kg of N42SH magnet holds 40-160 g of Dy/Tb, and No. 18 reaches Dy and Tb magnets from 2025-04-04", () => {
    const { lines, issues } = Bom.parseRows(
      [{ part_id: "rotor", material: "ndfeb-sintered", grade: "N42SH", mass: "2 kg" }],
      { presets: materialPresets },
    )
    expect(issues).toEqual([])
    const result = Exposure.compute({
      lines,
      presets: materialPresets,
      factors: oxideFactors,
      measures,
      on: "2025-06-01",
    })
    const heavy = result.parts[0]?.components.find((component) => component.component === "Dy/Tb")
    expect(heavy?.containedKg.min).toBeCloseTo(0.04, 12)
    expect(heavy?.containedKg.max).toBeCloseTo(0.16, 12)
    const dy = result.controls.find((row) => row.element === "Dy")
    expect(dy?.controlled).toBe(true)
    expect(
      dy?.measures.some((row) => row.status === "in_force" && row.since === "2025-04-04"),
    ).toBe(true)
  })
})

describe("oxide factors", () => {
  it("parse, one per oxide, and metal-to-oxide is the inverse to four decimals", () => {
    for (const factor of oxideFactors) {
      expect(Material.OxideFactor.parse(factor)).toEqual(factor)
      expect(Math.abs(factor.metalToOxide - 1 / factor.oxideToMetal)).toBeLessThan(0.0002)
    }
    expect(new Set(oxideFactors.map((factor) => factor.oxide)).size).toBe(oxideFactors.length)
  })

  it("recompute the derived factors from atomic weights to four decimals", () => {
    const derived = oxideFactors.filter((factor) => factor.confidence.kind === "derived")
    expect(derived.map((factor) => factor.oxide).sort()).toEqual(["Dy2O3", "Eu2O3", "Tb4O7"])
    for (const factor of derived) {
      if (factor.confidence.kind !== "derived") continue
      const value = Source.evaluateFormula(
        factor.confidence.formula,
        Object.fromEntries(
          Object.entries(factor.confidence.inputs).map(([name, input]) => [name, input.value]),
        ),
      )
      expect(Math.abs(value - factor.oxideToMetal)).toBeLessThan(0.00005)
    }
  })
})
