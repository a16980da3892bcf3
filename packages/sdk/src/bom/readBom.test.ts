// Reading bills of materials (in memory and from files) and the exposure query of the local
// engine, on core's made-up fixtures (a revised dataset figure must not break these tests).
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Element } from "@rareearth/core"
import { Effect, Exit, Layer } from "effect"
import { describe, expect, it } from "vitest"
import { factors, measures, presets } from "../../../core/src/__fixtures__/materials.ts"
import { createClient } from "../Client.ts"
import { InvalidBomError } from "../Errors.ts"
import { readBomFileAsync } from "../node/bom/readBomFile.ts"
import { makeLocal } from "../query/LocalQuery.ts"
import { RareEarth } from "../RareEarth.ts"
import { makeColumnarStore } from "../store/ColumnarStore.ts"
import { type BomInput, readBom, readBomSync } from "./readBom.ts"

const read = (input: BomInput, mode?: "valid-rows") =>
  readBomSync(input, { presets, ...(mode === undefined ? {} : { mode }) })

/** The issues of an all-or-nothing read that must fail. */
const issuesOf = (input: BomInput) => {
  try {
    read(input)
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidBomError)
    return (error as InvalidBomError).issues
  }
  throw new Error("expected the read to fail")
}

/** A client over core's fixtures: Dy and Sm magnets controlled from 2025-04-04. */
const testClient = () =>
  createClient({
    source: Layer.effect(
      RareEarth,
      makeLocal({
        reference: {
          version: "9.9.9",
          asOf: "2026-01-31",
          sources: [],
          elements: Element.ELEMENTS,
          measures,
          quotas: [],
          events: [],
          materials: { presets, factors },
        },
        store: makeColumnarStore(),
        sourceName: "test",
      }),
    ),
  })

describe("readBom: bad input names the row and the column", () => {
  it("unknown material, unknown grade, mass without unit, contents above 100%, negative figures, duplicate part ids", () => {
    const issues = issuesOf({
      text: [
        "part_id,material,grade,mass,Dy",
        "a,test-magnet,N42SH,2 kg,",
        "b,ndfeb,,1 kg,",
        "c,test-magnet,N42XX,1 kg,",
        "d,test-magnet,N42,2,",
        "e,custom,,1 kg,120%",
        "f,custom,,-1 kg,-3%",
        "a,test-magnet,N42,1 kg,",
        "",
      ].join("\n"),
    })
    const at = (row: number) => issues.filter((issue) => issue.row === row)
    expect(at(2)).toEqual([])
    expect(at(3)).toMatchObject([{ column: "material", value: "ndfeb", code: "unknown_material" }])
    expect(at(3)[0]?.message).toContain(
      "expected one of test-magnet, test-ysz, test-catalyst, custom",
    )
    expect(at(4)).toMatchObject([{ column: "grade", value: "N42XX", code: "unknown_grade" }])
    expect(at(5)).toMatchObject([{ column: "mass", value: "2", code: "missing_unit" }])
    expect(at(6)).toMatchObject([{ column: "Dy", value: "120%", code: "invalid_content" }])
    expect(at(7).map((issue) => [issue.column, issue.code])).toEqual([
      ["mass", "invalid_mass"],
      ["Dy", "negative_content"],
    ])
    expect(at(8)).toMatchObject([{ column: "part_id", value: "a", code: "duplicate_part_id" }])
    expect(at(8)[0]?.message).toBe('row 8, column "part_id": part id "a" is already used on row 2')
  })

  it("stated contents over 100% of the part's mass", () => {
    const issues = issuesOf({
      records: [
        { part_id: "x", material: "custom", mass: "10 g", contents: { Nd: "8 g", Dy: "3 g" } },
      ],
    })
    expect(issues).toMatchObject([{ row: 1, column: "contents", code: "contents_over_100" }])
  })

  it("rows are file lines for CSV, even after blank lines and a quoted line break", () => {
    const issues = issuesOf({
      text: '# illustrative\npart_id,description,material,grade,mass\n\na,"two\nlines",test-magnet,N42,1 kg\nb,,test-magnet,N42,1 kilo\n',
    })
    expect(issues).toMatchObject([{ row: 6, column: "mass", code: "unknown_unit" }])
  })

  it("a row with a wrong number of fields, and records that are not objects", () => {
    expect(issuesOf({ text: "part_id,material,mass\na,custom\n" })).toMatchObject([
      { row: 2, code: "wrong_column_count" },
    ])
    expect(issuesOf({ records: [42] })).toMatchObject([{ row: 1, code: "not_an_object" }])
  })

  it("valid-rows keeps the valid rows and reports the others", () => {
    const report = read(
      {
        text: "part_id\tmaterial\tgrade\tmass\na\ttest-magnet\tN42SH\t2 kg\nb\ttest-magnet\tN42SH\t2\n",
        format: "tsv",
      },
      "valid-rows",
    )
    expect(report.lines.map((line) => line.partId)).toEqual(["a"])
    expect(report.issues).toMatchObject([{ row: 3, column: "mass", code: "missing_unit" }])
    expect(report.rows).toBe(2)
  })

  it("NDJSON rows are lines; a JSON array's rows are record numbers", () => {
    const ndjson =
      '{"part_id":"a","material":"test-magnet","grade":"N42","mass":"1 kg"}\n\n{"part_id":"b","material":"nope","mass":"1 kg"}\n'
    expect(issuesOf({ text: ndjson })).toMatchObject([{ row: 3, column: "material" }])
    expect(
      issuesOf({ text: JSON.stringify([{ part_id: "a", material: "nope", mass: "1 kg" }]) }),
    ).toMatchObject([{ row: 1, column: "material" }])
  })

  it("is an Effect failing with InvalidBomError", async () => {
    const exit = await Effect.runPromiseExit(readBom({ records: [] }, { presets }))
    expect(Exit.isFailure(exit)).toBe(true)
  })
})

describe("readBomFile", () => {
  const directory = mkdtempSync(join(tmpdir(), "bom-"))

  it("reads a TSV file with the file import's readers and names the file", async () => {
    const path = join(directory, "bill.tsv")
    writeFileSync(path, "part_id\tmaterial\tgrade\tmass\nrotor\ttest-magnet\tN42SH\t2 kg\n")
    const report = await readBomFileAsync(path, { presets })
    expect(report).toMatchObject({ name: "bill.tsv", format: "tsv", rows: 1 })
    await expect(
      readBomFileAsync(join(directory, "missing.csv"), { presets }),
    ).rejects.toMatchObject({
      _tag: "InvalidBomError",
      message: expect.stringContaining("does not exist"),
    })
  })

  it("refuses a Latin-1 file with its line", async () => {
    const path = join(directory, "latin1.csv")
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from("part_id,material,mass\n"),
        Buffer.from([0x63, 0xe9, 0x2c]),
        Buffer.from("custom,1 kg\n"),
      ]),
    )
    await expect(readBomFileAsync(path, { presets })).rejects.toMatchObject({
      issues: [{ row: 2, code: "unreadable" }],
    })
  })
})

describe("exposure (local engine, fixture measures)", () => {
  const bom = { text: "part_id,material,grade,mass\nrotor,test-magnet,N42SH,2 kg\n" }

  it("2 kg of an SH-grade magnet at 2-8% Dy holds 40-160 g of Dy, with the composition's source", async () => {
    const client = testClient()
    const result = await client.exposure({ bom, on: "2025-06-01" })
    const dy = result.parts[0]?.components.find((component) => component.component === "Dy")
    expect(dy?.containedKg.min).toBeCloseTo(0.04, 12)
    expect(dy?.containedKg.max).toBeCloseTo(0.16, 12)
    expect(dy?.provenance?.sources[0]?.id).toBe("fixture")
    expect(result).toMatchObject({
      asOf: "2026-01-31",
      datasetVersion: "9.9.9",
      bom: { rows: 1, accepted: 1 },
    })
    await client.close()
  })

  it("the date changes the answer exactly on the day the measure takes effect", async () => {
    const client = testClient()
    const on = async (date: string) =>
      (await client.exposure({ bom, on: date })).controls.find((row) => row.element === "Dy")
        ?.controlled
    expect(await on("2025-04-03")).toBe(false)
    expect(await on("2025-04-04")).toBe(true)
    const range = await client.exposure({ bom, from: "2025-01-01", to: "2025-12-31" })
    expect(range.on).toBe("2025-12-31")
    expect(range.timeline?.find((row) => row.element === "Dy")?.changes).toMatchObject([
      { date: "2025-04-04", measureId: "m-dy", status: "in_force" },
    ])
    await client.close()
  })

  it("bad options and bad rows reject with the SDK's errors", async () => {
    const client = testClient()
    await expect(client.exposure({ bom, from: "2025-01-01" })).rejects.toMatchObject({
      _tag: "ValidationError",
      issues: [{ path: ["to"] }],
    })
    await expect(client.exposure({ bom, on: "2025-13-01" })).rejects.toMatchObject({
      _tag: "ValidationError",
    })
    await expect(
      client.exposure({
        bom: { records: [{ part_id: "a", material: "test-magnet", grade: "N42", mass: "2" }] },
      }),
    ).rejects.toMatchObject({
      _tag: "InvalidBomError",
      issues: [{ row: 1, column: "mass", code: "missing_unit" }],
    })
    await client.close()
  })

  it("says when the date is past the dataset's as-of", async () => {
    const client = testClient()
    const result = await client.exposure({ bom, on: "2026-06-01" })
    expect(result.notes.join(" ")).toContain("after the dataset's as-of date 2026-01-31")
    await client.close()
  })
})
