import { describe, expect, it } from "vitest"
import { presets } from "./__fixtures__/materials.ts"
import { parseMapping, parseRows, toKilograms } from "./Bom.ts"

const parse = (rows: Array<Record<string, unknown>>, mapping?: Record<string, string>) =>
  parseRows(rows as never, { presets, firstRow: 2, ...(mapping ? { mapping } : {}) })

const codes = (rows: Array<Record<string, unknown>>) =>
  parse(rows).issues.map((issue) => [issue.row, issue.column, issue.code])

describe("Bom.parseRows", () => {
  it("reads a preset part, a custom part with stated contents, country and code", () => {
    const { lines, issues } = parse([
      {
        part_id: "rotor",
        description: "Rotor magnets",
        material: "test-magnet",
        grade: "n42sh",
        mass: "2 kg",
        supplier_country: "China",
        commodity_code: "8505.11",
      },
      {
        part_id: "sensor",
        material: "custom",
        form: "alloy",
        mass: 350,
        mass_unit: "g",
        Dy: "3.5%",
        Tb: "2 g",
      },
    ])
    expect(issues).toEqual([])
    expect(lines[0]).toMatchObject({
      row: 2,
      partId: "rotor",
      material: "test-magnet",
      grade: "N42SH",
      form: "magnet",
      mass: { value: 2, unit: "kg" },
      supplierCountry: "CN",
      commodityCode: "850511",
    })
    expect(lines[1]).toMatchObject({
      row: 3,
      material: "custom",
      form: "alloy",
      mass: { value: 350, unit: "g" },
      contents: [
        { kind: "wt_percent", element: "Dy", wtPercent: { min: 3.5, max: 3.5 } },
        { kind: "mass", element: "Tb", value: 2, unit: "g" },
      ],
    })
  })

  it("accepts nested JSON contents and mapped column names", () => {
    const { lines, issues } = parse(
      [{ "Part number": "p1", Material: "custom", Weight: "1 t", contents: { Sm: "20-25%" } }],
      { partId: "Part number", material: "Material", mass: "Weight" },
    )
    expect(issues).toEqual([])
    expect(lines[0]?.contents).toEqual([
      { kind: "wt_percent", element: "Sm", wtPercent: { min: 20, max: 25 } },
    ])
    expect(toKilograms(lines[0]?.mass ?? { value: 0, unit: "g" })).toBe(1000)
  })

  it("names the row and column of every bad input and says what is valid", () => {
    const { lines, issues } = parse([
      { part_id: "a", material: "unobtainium", mass: "1 kg" },
      { part_id: "b", material: "test-magnet", grade: "N42XX", mass: "1 kg" },
      { part_id: "c", material: "test-magnet", mass: "1 kg" },
      { part_id: "d", material: "test-ysz", mass: "2" },
      { part_id: "e", material: "custom", mass: "1 kg", Dy: "60%", Tb: "50%" },
      { part_id: "f", material: "custom", mass: "-1 kg", Dy: "1%" },
      { part_id: "g", material: "custom", mass: "1 kg", Dy: "-2%" },
      { part_id: "a", material: "test-ysz", mass: "1 kg" },
      { part_id: "h", material: "custom", mass: "1 kg" },
      { part_id: "i", material: "test-ysz", mass: "1 lb" },
      { part_id: "j", material: "custom", mass: "1 kg", Xx: "1%" },
      { part_id: "k", material: "custom", mass: "1 kg", Dy: "lots" },
      { part_id: "l", material: "test-ysz", mass: "1 kg", supplier_country: "Atlantis" },
    ])
    expect(lines.map((line) => line.partId)).toEqual([])
    expect(issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [2, "material", "unknown_material"],
      [3, "grade", "unknown_grade"],
      [4, "grade", "missing_grade"],
      [5, "mass", "missing_unit"],
      [6, "contents", "contents_over_100"],
      [7, "mass", "invalid_mass"],
      [8, "Dy", "negative_content"],
      [9, "part_id", "duplicate_part_id"],
      [10, "material", "missing_contents"],
      [11, "mass", "unknown_unit"],
      [12, "Xx", "unknown_column"],
      [13, "Dy", "invalid_content"],
      [14, "supplier_country", "unknown_country"],
    ])
    const byCode = Object.fromEntries(issues.map((issue) => [issue.code, issue.message]))
    expect(byCode.unknown_material).toMatch(
      /^row 2, column "material": Unknown material "unobtainium": expected one of test-magnet, test-ysz, test-catalyst, custom$/,
    )
    expect(byCode.duplicate_part_id).toContain('part id "a" is already used on row 2')
    expect(byCode.contents_over_100).toContain("add up to 110%")
    expect(byCode.missing_unit).toContain("add g, kg or t")
  })

  it("counts mass contents against the part's mass", () => {
    expect(
      codes([{ part_id: "x", material: "custom", mass: "100 g", Dy: "60 g", Tb: "50 g" }]),
    ).toEqual([[2, "contents", "contents_over_100"]])
    expect(
      codes([{ part_id: "x", material: "custom", mass: "100 g", Dy: "60 g", Tb: "40 g" }]),
    ).toEqual([])
  })

  it("keeps the valid rows when others are bad, so a caller can choose valid rows plus a report", () => {
    const { lines, issues, rows } = parse([
      { part_id: "ok", material: "test-ysz", mass: "1 kg" },
      { part_id: "bad", material: "test-ysz", mass: "1" },
    ])
    expect(rows).toBe(2)
    expect(lines.map((line) => line.partId)).toEqual(["ok"])
    expect(issues).toHaveLength(1)
  })
})

describe("Bom.parseMapping", () => {
  it("reads FIELD=Column pairs by field name or default column, trimming spaces", () => {
    expect(parseMapping("partId=Part number, mass_unit = Unit ,mass=Weight")).toEqual({
      partId: "Part number",
      massUnit: "Unit",
      mass: "Weight",
    })
  })

  it("names an unknown field and lists the valid ones", () => {
    expect(() => parseMapping("part=Part number")).toThrow(
      /Unknown field "part" in the column mapping: expected one of partId \(part_id\), .*commodityCode \(commodity_code\)/,
    )
  })

  it("rejects a pair without a column, and a field mapped twice", () => {
    expect(() => parseMapping("partId")).toThrow(/No column for "partId"/)
    expect(() => parseMapping("partId=A,part_id=B")).toThrow(/mapped twice/)
  })

  it("feeds parseRows: the mapped columns are read", () => {
    const result = parseRows(
      [{ "Part number": "p1", material: "custom", Weight: "2", mass_unit: "kg", Dy: "3%" }],
      { presets, mapping: parseMapping("partId=Part number,mass=Weight") },
    )
    expect(result.issues).toEqual([])
    expect(result.lines[0]?.partId).toBe("p1")
  })
})
