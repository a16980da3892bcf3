import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { afterAll } from "vitest"
import { ImportError } from "../../src/Errors.ts"
import {
  type ImportOptions,
  type ImportResult,
  importFlowsFromFileAsync,
} from "../../src/node/files/index.ts"
import { type ColumnarStore, makeColumnarStore } from "../../src/store/ColumnarStore.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-parallel-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const HEADER = "period,reporter,partner,flow,commodity,netWeightTonnes,valueUsd,id,vintage"
const PARTNERS = ["US", "JP", "DE", "KR", "VN", "IN", "TH", "MX", "FR", "WORLD"]
const COMMODITIES = ["280530", "284610", "850511"]

/**
 * A fixture CSV of `rows` data rows: quoted values (commas and doubled quotes in ids, quoted
 * figures), keys that repeat with a later vintage (revisions) far apart, partners first seen
 * late in the file, and the given invalid rows (line -> text) in place of valid ones.
 */
const fixture = (rows: number, invalid: ReadonlyMap<number, string> = new Map()): string => {
  const lines = [HEADER]
  for (let n = 0; n < rows; n++) {
    const line = n + 2
    const bad = invalid.get(line)
    if (bad !== undefined) {
      lines.push(bad)
      continue
    }
    // Every 7th row revises the key of the row 1,500 rows before, with a later vintage.
    const k = n % 7 === 6 && n >= 1500 ? n - 1500 : n
    const month = `${2016 + Math.floor(k / 360)}-${String((Math.floor(k / 30) % 12) + 1).padStart(2, "0")}`
    const partner = n > rows * 0.8 && k % 11 === 0 ? "BR" : PARTNERS[k % PARTNERS.length]!
    const commodity = COMMODITIES[Math.floor(k / 10) % COMMODITIES.length]!
    const reporter = k % 2 === 0 ? "CN" : '"AU"'
    const weight = n % 13 === 0 ? "" : n % 5 === 0 ? `"${(n * 37) % 1000}.5"` : `${(n * 37) % 1000}`
    const id = n % 9 === 0 ? `"row ""${n}"", quoted, with commas"` : n % 4 === 0 ? `r${n}` : ""
    const vintage = k === n ? "2025-01-01" : "2025-06-01"
    lines.push(
      `${month},${reporter},${partner},export,${commodity},${weight},${n * 3},${id},${vintage}`,
    )
  }
  return `${lines.join("\n")}\n`
}

let files = 0
const write = (content: string): string => {
  const path = join(dir, `fixture-${files++}.csv`)
  writeFileSync(path, content)
  return path
}

/** Every answer a user can get from the store, as plain data. */
const contents = (store: ColumnarStore) => {
  const rows: Array<unknown> = []
  for (let offset = 0; ; offset += 10_000) {
    const page = store.querySync({}, { allVintages: true, offset, limit: 10_000 })
    rows.push(...page.items)
    if (offset + 10_000 >= page.total) break
  }
  return {
    size: store.size(),
    rowCount: store.rowCount(),
    rows,
    latest: store.querySync({ partner: "BR" }, { limit: 10_000 }).items,
    byPartner: store.aggregateSync({}, ["partner", "commodity"]),
    byPeriod: store.groupByPeriodPartner({ reporter: "AU" }),
    monthly: store.monthlyTotals({ partner: "US" }),
    shares: store.partnerShares({ commodity: "280530" }),
    counted: store.countMatching({ from: "2017-01", to: "2018-06" }),
  }
}

const importWith = (path: string, threads: number, options: ImportOptions = {}) =>
  importFlowsFromFileAsync(path, { ...options, threads })

const failureWith = async (
  path: string,
  threads: number,
  options: ImportOptions = {},
): Promise<ImportError> => {
  try {
    await importWith(path, threads, options)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    return error as ImportError
  }
  throw new Error(`expected the import of ${path} on ${threads} threads to fail`)
}

const ROWS = 6000
// Invalid rows near the start, in the middle and near the end: in the first, second and third
// range of a 3-thread import (and both of a 2-thread one).
const INVALID = new Map([
  [40, "2016-02,CN,US,export,280530,12,abc,,2025-01-01"],
  [2100, "2016-13,CN,US,export,280530,12,5,,2025-01-01"],
  [3001, "2021-01,CN,XX,export,280530,12,5,,2025-01-01"],
  [3002, "2021-01,CN,US,export,280530,12"],
  [4500, '2022-01,CN,US,export,280530,1"2,5,,2025-01-01'],
  [5990, "2022-02,CN,US,sideways,280530,12,5,,2025-01-01"],
])

describe("importFlowsFromFile on several threads", () => {
  const valid = write(fixture(ROWS))
  const withInvalid = write(fixture(ROWS, INVALID))

  it("makes the same store on 1, 2, 3 and 5 threads", async () => {
    // 5 threads: ranges of a few hundred rows near the middle, taken by 4 workers at once.
    const results: Array<ImportResult> = []
    for (const threads of [1, 2, 3, 5]) results.push(await importWith(valid, threads))
    const [one, ...more] = results
    expect(one!.summary.rows).toBe(ROWS)
    expect(one!.summary.revised).toBeGreaterThan(0)
    expect(one!.store.querySync({ partner: "BR" }).total).toBeGreaterThan(0)
    const expected = contents(one!.store)
    for (const result of more) {
      expect(result.summary).toEqual(one!.summary)
      expect(contents(result.store)).toEqual(expected)
    }
  })

  it("reads a file with a byte order mark and CRLF line ends the same on 1 and 3 threads", async () => {
    const path = write(`\uFEFF${fixture(3000, INVALID).replaceAll("\n", "\r\n")}`)
    const one = await importWith(path, 1, { mode: "valid-rows" })
    const three = await importWith(path, 3, { mode: "valid-rows" })
    expect(one.rejected.map((row) => row.line)).toEqual([40, 2100, 3001])
    expect(three.rejected).toEqual(one.rejected)
    expect(three.summary).toEqual(one.summary)
    expect(contents(three.store)).toEqual(contents(one.store))
  })

  it("reports every rejected row with the file's line and column, on any number of threads", async () => {
    const failures: Array<ImportError> = []
    for (const threads of [1, 2, 3]) failures.push(await failureWith(withInvalid, threads))
    const [one, ...more] = failures
    expect(one!.rejected.map((row) => [row.line, row.column])).toEqual([
      [40, "valueUsd"],
      [2100, "period"],
      [3001, "partner"],
      [3002, undefined],
      [4500, undefined],
      [5990, "flow"],
    ])
    for (const failure of more) {
      expect(failure.message).toBe(one!.message)
      expect(failure.rejected).toEqual(one!.rejected)
    }
  })

  it("applies nothing when a row is invalid (all-or-nothing), whatever the threads", async () => {
    for (const threads of [2, 3]) {
      const store = makeColumnarStore()
      await importWith(valid, 1, { store })
      const before = contents(store)
      await failureWith(withInvalid, threads, { store })
      expect(contents(store)).toEqual(before)
    }
  })

  it("applies the valid rows and reports the rest in valid-rows mode, the same on each thread count", async () => {
    const results: Array<ImportResult> = []
    for (const threads of [1, 2, 3])
      results.push(await importWith(withInvalid, threads, { mode: "valid-rows" }))
    const [one, ...more] = results
    expect(one!.summary).toMatchObject({ rows: ROWS, rejectedRows: INVALID.size })
    for (const result of more) {
      expect(result.summary).toEqual(one!.summary)
      expect(result.rejected).toEqual(one!.rejected)
      expect(contents(result.store)).toEqual(contents(one!.store))
    }
  })

  it("keeps the first maxRejected rows in file order and counts them all", async () => {
    const one = await failureWith(withInvalid, 1, { maxRejected: 2 })
    const three = await failureWith(withInvalid, 3, { maxRejected: 2 })
    expect(three.rejected.map((row) => row.line)).toEqual([40, 2100])
    expect(three.message).toBe(one.message)
  })

  it("reads a file with a quoted line break across a cut as one thread would", async () => {
    // A quoted id holding more line breaks than the rest of the file has bytes, in the middle:
    // every cut of a 2- or 3-thread import falls inside it.
    const lines = fixture(2000).split("\n")
    lines[1000] = `2030-01,CN,US,export,280530,1,2,"${"a line\n".repeat(30_000)}end",2025-01-01`
    lines[1500] = "2031-01,CN,US,export,280530,1,-5,,2025-01-01"
    const path = write(lines.join("\n"))
    const single = await importWith(path, 1, { mode: "valid-rows" })
    // The row after the quoted value is numbered as in the file.
    expect(single.rejected.map((row) => row.line)).toEqual([1500 + 1 + 30_000])
    for (const threads of [2, 3]) {
      const result = await importWith(path, threads, { mode: "valid-rows" })
      expect(result.rejected).toEqual(single.rejected)
      expect(result.summary).toEqual(single.summary)
      expect(contents(result.store)).toEqual(contents(single.store))
    }
  })

  it("numbers lines after a quoted line break inside a worker's range as in the file", async () => {
    const lines = fixture(2000).split("\n")
    lines[1800] = '2030-01,CN,US,export,280530,1,2,"two\nline breaks\nend",2025-01-01'
    lines[1900] = "2031-01,CN,US,export,280530,1,-5,,2025-01-01"
    const path = write(lines.join("\n"))
    for (const threads of [1, 2]) {
      const failure = await failureWith(path, threads)
      expect(failure.rejected.map((row) => [row.line, row.column])).toEqual([
        [1900 + 1 + 2, "valueUsd"],
      ])
    }
  })
})
