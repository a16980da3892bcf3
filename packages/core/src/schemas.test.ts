// The JSON Schema files in schemas/ are generated (pnpm generate) and shipped for teams in other
// languages: every exported zod schema must convert, and the checked-in files must be current.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import * as z from "zod/mini"
import * as Core from "./index.ts"

const schemasDir = join(import.meta.dirname, "..", "schemas")
const schemas = Object.entries(Core).flatMap(([moduleName, module]) =>
  typeof module === "object" && module !== null
    ? Object.entries(module)
        .filter((entry): entry is [string, z.ZodMiniType] => entry[1] instanceof z.ZodMiniType)
        .map(([name, schema]) => ({ id: `${moduleName}.${name}`, schema }))
    : [],
)

describe("JSON Schemas", () => {
  it("cover every exported schema of every module", () => {
    const index = JSON.parse(readFileSync(join(schemasDir, "index.json"), "utf8")) as Array<{
      schema: string
    }>
    expect(index.map((entry) => entry.schema).sort()).toEqual(schemas.map((s) => s.id).sort())
    expect(schemas.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        "TradeFlow.TradeFlow",
        "Dataset.Dataset",
        "ExportControl.ExportControlMeasure",
        "Series.MonthlyPoint",
      ]),
    )
  })

  it.each(schemas)(
    "$id converts with z.toJSONSchema and matches the checked-in file",
    ({ id, schema }) => {
      const generated = z.toJSONSchema(schema, {
        io: "input",
        target: "draft-2020-12",
        unrepresentable: "throw",
      })
      const file = JSON.parse(readFileSync(join(schemasDir, `${id}.json`), "utf8")) as Record<
        string,
        unknown
      >
      const { $id: _id, title, ...rest } = file
      expect(title).toBe(id)
      expect(rest).toEqual(JSON.parse(JSON.stringify(generated)))
    },
  )

  it("describe the input side: defaulted fields are optional", () => {
    const confidence = JSON.parse(
      readFileSync(join(schemasDir, "Source.Confidence.json"), "utf8"),
    ) as {
      oneOf: Array<{ required: string[]; properties: Record<string, unknown> }>
    }
    const derived = confidence.oneOf.find((option) => "formula" in option.properties)!
    expect(derived.required).not.toContain("rounding")
  })
})
