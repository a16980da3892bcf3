/**
 * Malformed import files found by an outside probe (issue 16): each is refused with one clear
 * message naming the place, or read as the user meant it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { afterAll } from "vitest"
import { ImportError } from "../../src/Errors.ts"
import { importFlowsFromFileAsync } from "../../src/node/files/index.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-malformed-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const file = (name: string, content: string): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const HEADER = "period,reporter,partner,flow,commodity,netWeightTonnes,valueUsd"
const ROW = "2024-01,US,CN,import,280530,1.5,200"
const RECORD = {
  period: "2024-01",
  reporter: "US",
  partner: "CN",
  flow: "import",
  commodity: "280530",
  netWeightTonnes: 1.5,
  valueUsd: 200,
}

const importError = async (path: string): Promise<ImportError> => {
  const error = await importFlowsFromFileAsync(path).then(
    () => undefined,
    (error: unknown) => error,
  )
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe("import of malformed files", () => {
  it("refuses a header that names a column twice, naming the column and its positions", async () => {
    const error = await importError(file("twice.csv", `${HEADER},reporter\n${ROW},DE\n`))
    expect(error.message).toContain('"reporter"')
    expect(error.message).toMatch(/columns? 2 and 8/)
    expect(error.rejected[0]).toMatchObject({ line: 1, column: "reporter" })
  })

  it("refuses 100,000 nested brackets with a depth limit, line and column (no stack overflow)", async () => {
    const deep = `[\n  ${"[".repeat(100_000)}${"]".repeat(100_000)}\n]`
    const error = await importError(file("deep.json", deep))
    expect(error.message).not.toContain("call stack")
    expect(error.message).toMatch(/nest/i)
    const rejected = error.rejected[0]!
    expect(rejected.line).toBe(2)
    expect(rejected.reason).toMatch(/line 2, column \d+/)
  })

  it("refuses deep nesting in NDJSON too, with its line and column", async () => {
    const deep = `${JSON.stringify(RECORD)}\n{"period": ${"[".repeat(100_000)}${"]".repeat(100_000)}}\n`
    const error = await importError(file("deep.ndjson", deep))
    expect(error.message).not.toContain("call stack")
    const rejected = error.rejected[0]!
    expect(rejected.line).toBe(2)
    expect(rejected.reason).toMatch(/nest.*line 2, column \d+/i)
  })

  it("refuses a NUL character escaped in a JSON string, as CSV refuses NUL bytes", async () => {
    const text = JSON.stringify([RECORD, { ...RECORD, reporter: "U\u0000S" }], null, 1)
    expect(text).toContain("\\u0000")
    const error = await importError(file("nul.json", text))
    expect(error.message).toMatch(/NUL/)
    const lines = text.split("\n")
    const nulLine = lines.findIndex((line) => line.includes("\\u0000")) + 1
    const nulColumn = lines[nulLine - 1]!.indexOf("\\u0000") + 1
    const rejected = error.rejected[0]!
    // The row is the record (its first line); the reason places the character itself.
    const recordLine =
      lines
        .slice(0, nulLine)
        .map((line) => line.trim())
        .lastIndexOf("{") + 1
    expect(rejected.line).toBe(recordLine)
    expect(rejected.reason).toContain(`line ${nulLine}, column ${nulColumn}`)
  })

  it("reads a CSV with lone CR line endings (classic Mac) like the same file with LF", async () => {
    const rows = [HEADER, ROW, "2024-02,US,CN,import,280530,,300"]
    const source = { id: "customs", title: "Customs", publisher: "Test" }
    const lf = await importFlowsFromFileAsync(file("lf.csv", `${rows.join("\n")}\n`), { source })
    const cr = await importFlowsFromFileAsync(file("cr.csv", `${rows.join("\r")}\r`), { source })
    expect(cr.summary).toMatchObject({ rows: 2, accepted: 2, added: 2 })
    expect(cr.store.querySync({}).items).toEqual(lf.store.querySync({}).items)
  })

  it("gives the right line of a bad row in a lone-CR file", async () => {
    const rows = [HEADER, ROW, "2024-13,US,CN,import,280530,1,300"]
    const error = await importError(file("cr-bad.csv", rows.join("\r")))
    expect(error.rejected[0]).toMatchObject({ line: 3, column: "period", value: "2024-13" })
  })
})
