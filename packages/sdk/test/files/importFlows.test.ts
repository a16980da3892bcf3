import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { afterAll } from "vitest"
import { ImportError, isRareEarthError, type RejectedRow } from "../../src/Errors.ts"
import {
  FileSource,
  type ImportOptions,
  importFlowsFromFile,
  importFlowsFromFileAsync,
} from "../../src/node/files/index.ts"
import { RareEarth } from "../../src/RareEarth.ts"
import { makeColumnarStore } from "../../src/store/ColumnarStore.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-files-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const HEADER = "period,reporter,partner,flow,commodity,netWeightTonnes,valueUsd"

/** Imports and expects an ImportError; returns it. */
const importError = async (path: string, options?: ImportOptions): Promise<ImportError> => {
  try {
    await importFlowsFromFileAsync(path, options)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    expect(isRareEarthError(error)).toBe(true)
    return error as ImportError
  }
  throw new Error(`expected the import of ${path} to fail`)
}

const only = (rejected: ReadonlyArray<RejectedRow>): RejectedRow => {
  expect(rejected).toHaveLength(1)
  return rejected[0]!
}

describe("importFlowsFromFile: a generated 100,000-row CSV", () => {
  const partners = ["WORLD", "US", "JP", "DE", "KR", "VN", "IN", "TH", "MX", "FR"]
  const commodities = ["8505111000", "280530", "284610", "284690", "850511"]
  const months: Array<string> = []
  for (let year = 2016; year <= 2025; year++) {
    for (let month = 1; month <= 12; month++)
      months.push(`${year}-${String(month).padStart(2, "0")}`)
  }
  const reporters = [
    "CN",
    "US",
    "JP",
    "DE",
    "MY",
    "AU",
    "VN",
    "TH",
    "IN",
    "EE",
    "FR",
    "GB",
    "KR",
    "BR",
    "RU",
    "CA",
    "MM",
  ]
  const lines = [HEADER]
  let expectedUsTonnes = 0
  let unknownWeights = 0
  let n = 0
  outer: for (const reporter of reporters) {
    for (const month of months) {
      for (const partner of partners) {
        for (const commodity of commodities) {
          if (n === 100_000) break outer
          // Every 97th weight is unknown (empty), never 0.
          const weight = n % 97 === 0 ? "" : ((n * 7919) % 100_000) / 100
          if (weight === "") unknownWeights++
          else if (partner === "US" && reporter === "CN") expectedUsTonnes += weight
          lines.push(`${month},${reporter},${partner},export,${commodity},${weight},${n * 3}`)
          n++
        }
      }
    }
  }
  const path = file("large.csv", `${lines.join("\n")}\n`)

  it("imports every row, queries it, and re-imports idempotently", async () => {
    const { store, summary, rejected } = await importFlowsFromFileAsync(path)
    expect(rejected).toEqual([])
    expect(summary).toMatchObject({
      rows: 100_000,
      accepted: 100_000,
      added: 100_000,
      rejectedRows: 0,
    })
    expect(store.size()).toBe(100_000)
    const [cnToUs] = store.aggregateSync({ reporter: "CN", partner: "US" }, [])
    expect(cnToUs!.netWeightTonnes).toBeCloseTo(expectedUsTonnes, 6)
    const [all] = store.aggregateSync({}, [])
    expect(all!.count - all!.knownWeightCount).toBe(unknownWeights)
    const first = store.querySync(
      { from: "2016-01", to: "2016-01", reporter: "CN", partner: "US" },
      { limit: 1 },
    )
    expect(first.items[0]).toMatchObject({
      id: "file:large.csv:CN:US:export:280530:2016-01",
      period: "2016-01",
      sources: [{ id: "file:large.csv", title: "large.csv", publisher: "local file" }],
      confidence: { kind: "reported" },
    })

    const again = await importFlowsFromFileAsync(path, { store })
    expect(again.summary).toMatchObject({ added: 0, revised: 0, unchanged: 100_000 })
    expect(store.size()).toBe(100_000)
    // Memory: the typed columns, per row.
    expect(store.memoryUsage().bytesPerRow).toBeLessThanOrEqual(48)
  })
})

describe("importFlowsFromFile: mappings and formats", () => {
  it("maps columns, converts kilograms, decodes Comtrade codes and reads a semicolon CSV with quotes", async () => {
    const path = file(
      "customs.csv",
      [
        'Month;Partner;HS code;"Net weight (kg)";Value (USD);Remark',
        '2025-06;842;8505.11.10.00;1500000;"12000000";"magnets; NdFeB"',
        '2025-06;Japan;850511;2500;;"multi-line',
        'remark with ""quotes"""',
        "2025-07;0;850511;;;plain",
      ].join("\r\n"),
    )
    const { store, summary } = await importFlowsFromFileAsync(path, {
      mapping: {
        period: "Month",
        reporter: { value: "CN" },
        partner: "Partner",
        flow: { value: "export" },
        commodity: "HS code",
        netWeight: { column: "Net weight (kg)", unit: "kg" },
        valueUsd: "Value (USD)",
      },
      source: { id: "gac-extract", title: "GAC extract", publisher: "China Customs" },
      vintage: "2025-08-20",
    })
    expect(summary).toMatchObject({ rows: 3, accepted: 3, added: 3 })
    const items = store.querySync({}).items
    expect(
      items.map((f) => [f.period, f.partner, f.commodity, f.netWeightTonnes, f.valueUsd]),
    ).toEqual([
      ["2025-06", "JP", "850511", 2.5, null],
      ["2025-06", "US", "8505111000", 1500, 12_000_000],
      ["2025-07", "WORLD", "850511", null, null],
    ])
    expect(items[0]).toMatchObject({
      reporter: "CN",
      flow: "export",
      vintage: "2025-08-20",
      sources: [{ id: "gac-extract" }],
    })
  })

  it("reads a JSON array and NDJSON; our own export format round-trips with its provenance", async () => {
    const source = makeColumnarStore()
    source.writeSync([
      {
        id: "cn-magnets-us-2025-06",
        period: "2025-06",
        reporter: "CN",
        partner: "US",
        flow: "export",
        commodity: "8505111000",
        netWeightTonnes: 353,
        valueUsd: null,
        estimated: false,
        sources: [
          { id: "gac", title: "GAC", publisher: "China Customs", url: "https://example.org/gac" },
        ],
        confidence: { kind: "official" },
        vintage: "2025-07-20",
      },
      {
        id: "cn-magnets-world-2025-06",
        period: "2025-06",
        reporter: "CN",
        partner: "WORLD",
        flow: "export",
        commodity: "8505111000",
        hsVersion: "H6",
        netWeightTonnes: 3188,
        valueUsd: 1.5e8,
        sources: [{ id: "gac", title: "GAC", publisher: "China Customs" }],
        confidence: { kind: "estimate", method: "sum of partners" },
        conflictGroup: "cn-world-2025-06",
      },
    ])
    const exported = source.querySync({}).items
    const json = file("export.json", JSON.stringify(exported, null, 2))
    const ndjson = file("export.ndjson", `${exported.map((f) => JSON.stringify(f)).join("\n")}\n`)
    for (const path of [json, ndjson]) {
      const { store, summary } = await importFlowsFromFileAsync(path)
      expect(summary.added).toBe(2)
      expect(store.querySync({}).items).toEqual(exported)
    }
  })

  it("reads country names with accents, fully quoted rows (as Excel writes them) and TSV", async () => {
    const quoted = file(
      "quoted.csv",
      `"period","reporter","partner","flow","commodity","netWeightTonnes","valueUsd"\r\n"2025-01","China","Côte d'Ivoire","export","850511","1.5",""\r\n"2025-01","CHN","Türkiye","export","850511","2","3"\r\n`,
    )
    const { store } = await importFlowsFromFileAsync(quoted)
    expect(
      store.querySync({}).items.map((f) => [f.reporter, f.partner, f.netWeightTonnes, f.valueUsd]),
    ).toEqual([
      ["CN", "CI", 1.5, null],
      ["CN", "TR", 2, 3],
    ])
    const tsv = file(
      "flows.tsv",
      `${HEADER.replaceAll(",", "\t")}\n2025-01\tCN\tRéunion\texport\t850511\t4\t5\n`,
    )
    const imported = await importFlowsFromFileAsync(tsv)
    expect(imported.summary.format).toBe("tsv")
    expect(imported.store.querySync({}).items[0]).toMatchObject({
      partner: "RE",
      netWeightTonnes: 4,
    })
  })

  it("keeps the ids of an id column, and re-imports them unchanged", async () => {
    const path = file(
      "ids.csv",
      `id,${HEADER},vintage\nréf-1,2025-01,CN,US,export,850511,1,2,2026-01-15\n file:ids.csv:CN:JP:export:850511:2025-01 ,2025-01,CN,JP,export,850511,1,2,\n,2025-02,CN,US,export,850511,3,4,\n`,
    )
    const { store, summary } = await importFlowsFromFileAsync(path)
    expect(summary.added).toBe(3)
    expect(store.querySync({}).items.map((f) => [f.id, f.vintage ?? null])).toEqual([
      ["file:ids.csv:CN:JP:export:850511:2025-01", null],
      ["réf-1", "2026-01-15"],
      ["file:ids.csv:CN:US:export:850511:2025-02", null],
    ])
    expect((await importFlowsFromFileAsync(path, { store })).summary).toMatchObject({
      unchanged: 3,
    })
  })

  it("strips a UTF-8 byte order mark", async () => {
    const path = file("bom.csv", `\uFEFF${HEADER}\n2025-01,CN,US,export,850511,1,2\n`)
    const { summary } = await importFlowsFromFileAsync(path)
    expect(summary.added).toBe(1)
  })

  it("works as an Effect", async () => {
    const path = file("effect.csv", `${HEADER}\n2025-01,CN,US,export,850511,1,2\n`)
    const result = await Effect.runPromise(importFlowsFromFile(path))
    expect(result.summary.added).toBe(1)
    const exit = await Effect.runPromiseExit(importFlowsFromFile(join(dir, "missing.csv")))
    expect(Exit.isFailure(exit)).toBe(true)
  })
})

describe("importFlowsFromFile: malformed files name each place", () => {
  it("bad dates", async () => {
    const path = file(
      "bad-date.csv",
      `${HEADER}\n2025-01,CN,US,export,850511,1,2\n2025-13,CN,US,export,850511,1,2\n`,
    )
    const error = await importError(path)
    const row = only(error.rejected)
    expect(row).toMatchObject({ file: path, line: 3, column: "period", value: "2025-13" })
    expect(row.reason).toMatch(/2025-13/)
    expect(error.message).toMatch(/line 3, column "period", value "2025-13"/)
    expect(error.message).toMatch(/nothing was applied/)
  })

  it("unknown countries", async () => {
    const path = file(
      "bad-country.csv",
      `${HEADER}\n2025-01,CN,XX,export,850511,1,2\n2025-01,WORLD,US,export,850511,1,2\n`,
    )
    const error = await importError(path)
    expect(error.rejected).toMatchObject([
      { line: 2, column: "partner", value: "XX" },
      { line: 3, column: "reporter", value: "WORLD" },
    ])
    expect(error.rejected[0]!.reason).toMatch(/Unknown country or area "XX"/)
    expect(error.rejected[1]!.reason).toMatch(/area, not a country/)
  })

  it("negative weights, non-numbers and thousands separators", async () => {
    const path = file(
      "bad-weight.csv",
      `${HEADER}\n2025-01,CN,US,export,850511,-5,2\n2025-01,CN,JP,export,850511,"1,234",2\n2025-01,CN,DE,export,850511,12,abc\n`,
    )
    const error = await importError(path)
    expect(error.rejected).toMatchObject([
      { line: 2, column: "netWeightTonnes", value: "-5" },
      { line: 3, column: "netWeightTonnes", value: "1,234" },
      { line: 4, column: "valueUsd", value: "abc" },
    ])
    expect(error.rejected[0]!.reason).toMatch(/negative weight/)
    expect(error.rejected[1]!.reason).toMatch(/not a number/)
  })

  it("wrong column count", async () => {
    const path = file(
      "bad-columns.csv",
      `${HEADER}\n2025-01,CN,US,export,850511,1\n2025-01,CN,US,export,850511,1,2,3\n2025-02,CN,US,export,850511,1,2\n`,
    )
    const error = await importError(path)
    expect(error.rejected).toMatchObject([{ line: 2 }, { line: 3 }])
    expect(error.rejected[0]!.reason).toMatch(/expected 7 \(as in the header at line 1\), found 6/)
    expect(error.rejected[1]!.reason).toMatch(/found 8/)
  })

  it("UTF-16 files and invalid UTF-8", async () => {
    const utf16 = file(
      "utf16.csv",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, "utf16le")]),
    )
    const error16 = await importError(utf16)
    expect(error16.message).toMatch(
      /UTF-16 encoded \(byte order mark FF FE at byte 0\): expected UTF-8/,
    )
    expect(only(error16.rejected).line).toBe(1)

    const latin1 = file(
      "latin1.csv",
      Buffer.concat([
        Buffer.from(`${HEADER}\n2025-01,CN,US,export,850511,1,2\n2025-01,CN,`),
        Buffer.from([0xc9]),
        Buffer.from("U,export,850511,1,2\n"),
      ]),
    )
    const error8 = await importError(latin1)
    expect(error8.message).toMatch(/Invalid UTF-8 at line 3 \(byte offset \d+, byte 0xC9\)/)
    expect(only(error8.rejected).line).toBe(3)
  })

  it("an invalid delimiter option", async () => {
    const error = await importError(file("delimiter.csv", `${HEADER}\n`), { delimiter: "::" })
    expect(error.message).toMatch(/invalid delimiter "::"/)
  })

  it("empty file", async () => {
    const error = await importError(file("empty.csv", ""))
    expect(error.message).toMatch(/The file is empty \(0 bytes\)/)
    const blank = await importError(file("blank.csv", "\uFEFF\n\n"))
    expect(blank.message).toMatch(/only whitespace/)
  })

  it("missing mapped column", async () => {
    const path = file("missing-column.csv", `${HEADER}\n2025-01,CN,US,export,850511,1,2\n`)
    const error = await importError(path, { mapping: { period: "Month" } })
    expect(only(error.rejected)).toMatchObject({ line: 1, column: "Month" })
    expect(error.message).toMatch(
      /Missing column "Month" \(mapped to period\) in the header at line 1; the header has: "period", "reporter"/,
    )
  })

  it("a quoted value that is never closed, and text after a closing quote", async () => {
    const path = file(
      "bad-quotes.csv",
      `${HEADER}\n2025-01,CN,"US"x,export,850511,1,2\n2025-02,CN,US,export,850511,1,2\n2025-03,CN,"US,export,850511,1,2\n`,
    )
    const error = await importError(path)
    expect(error.rejected).toMatchObject([{ line: 2 }, { line: 4 }])
    expect(error.rejected[0]!.reason).toMatch(/after a closing quote/)
    expect(error.rejected[1]!.reason).toMatch(/opened at line 4 is never closed/)
  })

  it("invalid JSON records name their line", async () => {
    const path = file(
      "bad.ndjson",
      `{"period":"2025-01","reporter":"CN","partner":"US","flow":"export","commodity":"850511","netWeightTonnes":1,"valueUsd":null}\n{"period":"2025-01",\n[1]\n`,
    )
    const error = await importError(path)
    expect(error.rejected).toMatchObject([{ line: 2 }, { line: 3 }])
    expect(error.rejected[0]!.reason).toMatch(/invalid JSON/)
    expect(error.rejected[1]!.reason).toMatch(/expected a JSON object/)
  })
})

describe("importFlowsFromFile: streaming across chunk boundaries", () => {
  // Files over 1 MiB are read in several chunks: rows, quoted values and JSON records cut by a
  // chunk boundary must come out whole, with exact line numbers.
  const rows = 40_000

  it("CSV with quoted multi-line values: counts and the line of a bad row near the end", async () => {
    const lines = [`${HEADER},note`]
    for (let i = 0; i < rows; i++) {
      const period =
        i === rows - 1 ? "2025-13" : `20${10 + (i % 15)}-${String((i % 12) + 1).padStart(2, "0")}`
      lines.push(
        `${period},CN,US,export,${100000 + i},${i},${i * 2},"note ${i}, with a comma\nand a second line"`,
      )
    }
    const path = file("quoted-large.csv", `${lines.join("\n")}\n`)
    const error = await importError(path)
    // Header on line 1; row i starts on line 2 + 2i (each row spans two lines).
    expect(only(error.rejected)).toMatchObject({
      line: 2 + 2 * (rows - 1),
      column: "period",
      value: "2025-13",
    })
    const { summary } = await importFlowsFromFileAsync(path, { mode: "valid-rows" })
    expect(summary).toMatchObject({ rows, accepted: rows - 1, added: rows - 1 })
  })

  it("a JSON array over several chunks, with the line of a bad record", async () => {
    const records = Array.from({ length: rows }, (_, i) => ({
      period: "2025-01",
      reporter: "CN",
      partner: i === rows - 2 ? "XX" : "US",
      flow: "export",
      commodity: String(100000 + i),
      netWeightTonnes: i,
      valueUsd: null,
    }))
    // One record per line after the opening bracket: record i is on line i + 2.
    const path = file("large.json", `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`)
    const error = await importError(path)
    expect(only(error.rejected)).toMatchObject({ line: rows, column: "partner", value: "XX" })
    const { summary } = await importFlowsFromFileAsync(path, { mode: "valid-rows" })
    expect(summary).toMatchObject({ rows, accepted: rows - 1 })
  })

  it("a header-only file imports nothing, successfully", async () => {
    const { summary } = await importFlowsFromFileAsync(file("header-only.csv", `${HEADER}\n`))
    expect(summary).toMatchObject({ rows: 0, added: 0 })
  })
})

describe("importFlowsFromFile: modes", () => {
  const content = `${HEADER}\n2025-01,CN,US,export,850511,1,2\n2025-13,CN,US,export,850511,1,2\n2025-02,CN,US,export,850511,3,4\n`

  it("all-or-nothing (default) applies nothing to an existing store", async () => {
    const store = makeColumnarStore()
    const path = file("mixed.csv", content)
    await importError(path, { store })
    expect(store.size()).toBe(0)
  })

  it("valid-rows applies the valid rows and reports the rejected ones", async () => {
    const path = file("mixed-valid.csv", content)
    const { store, summary, rejected } = await importFlowsFromFileAsync(path, {
      mode: "valid-rows",
    })
    expect(summary).toMatchObject({ rows: 3, accepted: 2, rejectedRows: 1, added: 2 })
    expect(only(rejected)).toMatchObject({
      file: path,
      line: 3,
      column: "period",
      value: "2025-13",
    })
    expect(store.querySync({}).items.map((f) => f.period)).toEqual(["2025-01", "2025-02"])
  })
})

describe("FileSource", () => {
  it("answers flow queries from the file and the rest from the embedded reference data", async () => {
    const path = file(
      "source.csv",
      `${HEADER}\n2025-01,CN,US,export,8505111000,10,\n2025-02,CN,US,export,8505111000,,\n2025-02,CN,JP,export,8505111000,5,\n`,
    )
    const program = Effect.gen(function* () {
      const rareEarth = yield* RareEarth
      const page = yield* rareEarth.flows({ partner: "US", commodity: "magnets" })
      const info = yield* rareEarth.datasetInfo
      const elements = (yield* rareEarth.elements).items
      return { page, info, elements }
    }).pipe(Effect.provide(FileSource.layer({ path })))
    const { page, info, elements } = await Effect.runPromise(program)
    expect(page.items.map((f) => [f.period, f.netWeightTonnes])).toEqual([
      ["2025-01", 10],
      ["2025-02", null],
    ])
    expect(info).toMatchObject({ source: "files:source.csv", counts: { flows: 3 } })
    expect(elements).toHaveLength(17)
  })

  it("fails to build with the ImportError of a bad file", async () => {
    const path = file("source-bad.csv", `${HEADER}\n2025-13,CN,US,export,8505111000,10,\n`)
    const exit = await Effect.runPromiseExit(
      Effect.gen(function* () {
        return yield* (yield* RareEarth).datasetInfo
      }).pipe(Effect.provide(FileSource.layer({ path }))),
    )
    expect(Exit.isFailure(exit)).toBe(true)
    expect(String(exit)).toMatch(/2025-13/)
  })
})
