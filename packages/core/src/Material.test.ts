import { describe, expect, it } from "vitest"
import { catalyst, magnet, presets, zirconia } from "./__fixtures__/materials.ts"
import { isInvalidInputError } from "./InputError.ts"
import { compositionOf, findPreset, gradeFamily, MaterialPreset, oxideFactor } from "./Material.ts"

const errorOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (isInvalidInputError(error)) return error
    throw error
  }
  throw new Error("expected an InvalidInputError")
}

describe("Material", () => {
  it("reads a grade's family from its suffix, case-insensitively", () => {
    expect(gradeFamily("N42")).toBe("N")
    expect(gradeFamily("N42SH")).toBe("SH")
    expect(gradeFamily("n38eh")).toBe("EH")
    expect(gradeFamily(" N52 ")).toBe("N")
  })

  it("rejects a grade it cannot read, saying what a grade looks like", () => {
    const error = errorOf(() => gradeFamily("N42XX"))
    expect(error.issues[0]?.code).toBe("unknown_grade")
    expect(error.message).toContain("N42SH")
  })

  it("finds presets case-insensitively and lists the valid ids otherwise", () => {
    expect(findPreset(presets, "TEST-Magnet").id).toBe("test-magnet")
    const error = errorOf(() => findPreset(presets, "unobtainium"))
    expect(error.issues[0]?.code).toBe("unknown_material")
    expect(error.message).toContain("test-magnet, test-ysz, test-catalyst, custom")
  })

  it("adds the grade family's contents to the common ones", () => {
    expect(compositionOf(magnet, "N42SH").map((line) => [line.component, line.wtPercent])).toEqual([
      ["total RE", { min: 30, max: 30 }],
      ["Dy", { min: 2, max: 8 }],
    ])
    // A family without lines of its own gets only the common contents.
    expect(compositionOf(magnet, "N42UH").map((line) => line.component)).toEqual(["total RE"])
  })

  it("requires a grade for graded materials and refuses one for the others", () => {
    expect(errorOf(() => compositionOf(magnet, undefined)).issues[0]?.code).toBe("missing_grade")
    expect(errorOf(() => compositionOf(zirconia, "N42")).issues[0]?.code).toBe("unexpected_grade")
    expect(compositionOf(catalyst)).toHaveLength(1)
  })

  it("refuses a conversion no source gives", () => {
    expect(errorOf(() => oxideFactor([], "Dy2O3")).issues[0]?.code).toBe("unknown_oxide")
  })

  it("refuses a content range whose low end exceeds its high end", () => {
    const bad = {
      ...zirconia,
      contents: [{ ...zirconia.contents[0], wtPercent: { min: 9, max: 8 } }],
    }
    expect(MaterialPreset.safeParse(bad).success).toBe(false)
    expect(MaterialPreset.safeParse(zirconia).success).toBe(true)
  })
})
