/**
 * The malformed-file corpus (issue 16, "A standing suite"), through the real CLI: `rareearth sync
 * --from file:BAD --into sqlite:...` on a store that already holds the fixture dataset. Each bad
 * file exits 1 or 2 with one clear `error:` line naming the file (no stack trace) and leaves the
 * store exactly as it was. Prints: files tried, exit codes, crashes, leaks (stack traces).
 */
import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FIXTURE_SOURCE } from "../__fixtures__/fixtureDataset.ts"
import { EXPLORER_DIR } from "../helpers.ts"
import { LEAKS_INTERNALS, Tally } from "./rawHttp.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-files-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const HEADER = "period,reporter,partner,flow,commodity,netWeightTonnes,valueUsd,confidence,sources"
const GOOD = "2025-06,CN,US,export,8505111000,353,,reported,goldsea-december-2025-magnets"

/** [name, contents]: files no import may accept. */
const CORPUS: ReadonlyArray<readonly [string, string | Buffer]> = [
  ["empty.csv", ""],
  ["header-only-missing-columns.csv", "period,reporter\n"],
  ["no-header.csv", `${GOOD}\n`],
  ["too-many-columns.csv", `${HEADER}\n${GOOD},extra\n`],
  ["too-few-columns.csv", `${HEADER}\n2025-06,CN,US\n`],
  ["month-13.csv", `${HEADER}\n${GOOD.replace("2025-06", "2025-13")}\n`],
  ["unknown-country.csv", `${HEADER}\n${GOOD.replace(",US,", ",XX,")}\n`],
  ["unknown-flow.csv", `${HEADER}\n${GOOD.replace("export", "sideways")}\n`],
  ["negative-tonnes.csv", `${HEADER}\n${GOOD.replace(",353,", ",-353,")}\n`],
  ["text-tonnes.csv", `${HEADER}\n${GOOD.replace(",353,", ",lots,")}\n`],
  ["infinite-tonnes.csv", `${HEADER}\n${GOOD.replace(",353,", ",1e999,")}\n`],
  ["unbalanced-quote.csv", `${HEADER}\n"2025-06,CN,US,export,8505111000,353,,reported,x\n`],
  ["nul-byte.csv", `${HEADER}\n${GOOD.replace("US", "U\u0000S")}\n`],
  ["binary.csv", Buffer.from(Array.from({ length: 4_096 }, (_, i) => (i * 131) % 256))],
  ["utf16.csv", Buffer.from(`\ufeff${HEADER}\n${GOOD}\n`, "utf16le")],
  ["long-number.csv", `${HEADER}\n${GOOD.replace(",353,", `,${"9".repeat(1_000_000)},`)}\n`],
  [
    "one-bad-row-among-good.csv",
    `${HEADER}\n${`${GOOD}\n`.repeat(200)}${GOOD.replace("2025-06", "2025-6")}\n`,
  ],
  ["truncated.json", '[{"period":"2025-06","reporter":"CN",'],
  ["object.json", '{"period":"2025-06"}'],
  ["numbers.json", "[1,2,3]"],
  ["nulls.json", "[null]"],
  ["wrong-types.json", '[{"period":202506,"reporter":["CN"],"partner":{},"flow":true}]'],
  ["empty.json", ""],
]

/** The smaller file findings of issue 16 point 7, owned by the SDK's file import. */
const POINT_7: ReadonlyArray<readonly [string, string]> = [
  ["duplicate-column.csv", `${HEADER},reporter\n${GOOD},KR\n`],
  ["deep-nesting.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
  [
    "nul-in-json.json",
    `[{"period":"2025-06","reporter":"CN","partner":"U\\u0000S","flow":"export","commodity":"8505111000","netWeightTonnes":353,"confidence":"reported","sources":["goldsea-december-2025-magnets"]}]`,
  ],
]

const base = join(dir, "base.sqlite")

const cli = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = spawn(
        process.execPath,
        ["--conditions=@rareearth/source", join(EXPLORER_DIR, "src", "main.ts"), ...args],
        {
          cwd: EXPLORER_DIR,
          env: { ...process.env, NO_COLOR: "1" },
          stdio: ["ignore", "pipe", "pipe"],
        },
      )
      let stdout = ""
      let stderr = ""
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk
      })
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk
      })
      child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
    },
  )

const digest = async (path: string) => {
  const { DatabaseSync } = await import("node:sqlite")
  const db = new DatabaseSync(path)
  try {
    const rows = db
      .prepare("SELECT * FROM trade_flows")
      .all()
      .map((row) => JSON.stringify(row))
    rows.sort()
    return createHash("sha256").update(rows.join("\n")).digest("hex")
  } finally {
    db.close()
  }
}

beforeAll(async () => {
  const result = await cli(["sync", "--from", FIXTURE_SOURCE, "--into", `sqlite:${base}`])
  expect(result.code, result.stderr).toBe(0)
}, 60_000)

/** Syncs each file into a copy of the base store; returns what went wrong. */
const tryFiles = async (name: string, files: ReadonlyArray<readonly [string, string | Buffer]>) => {
  const tally = new Tally()
  const wrong: string[] = []
  const expected = await digest(base)
  for (const [file, contents] of files) {
    const path = join(dir, file)
    writeFileSync(path, contents)
    const store = join(dir, `${file}.sqlite`)
    copyFileSync(base, store)
    const result = await cli(["sync", "--from", `file:${path}`, "--into", `sqlite:${store}`])
    tally.record(result.code ?? result.signal ?? "none")
    const lines = result.stderr.trimEnd().split("\n")
    if (result.code !== 1 && result.code !== 2) {
      if (result.signal !== null || (result.code ?? 0) > 2) tally.crashes += 1
      wrong.push(
        `${file}: exit ${result.code ?? result.signal}, expected 1 or 2 (${result.stderr.slice(0, 200)})`,
      )
    } else if (lines.length !== 1 || !lines[0]?.startsWith("error: ")) {
      wrong.push(
        `${file}: expected one error line, got ${JSON.stringify(result.stderr.slice(0, 300))}`,
      )
    }
    if (LEAKS_INTERNALS.test(result.stderr) || /Maximum call stack/.test(result.stderr))
      tally.leak(`${file}: ${result.stderr.slice(0, 300)}`)
    if ((await digest(store)) !== expected) wrong.push(`${file}: the store changed`)
  }
  console.info(
    tally.summary(name).replace("requests sent", "files tried").replace("statuses", "exit codes"),
  )
  return { tally, wrong }
}

describe("the malformed-file corpus", () => {
  it("refuses each bad file with one clear line and leaves the store unchanged", async () => {
    const { tally, wrong } = await tryFiles("malformed files", CORPUS)
    // A directory and a missing file, too.
    mkdirSync(join(dir, "a-directory.csv"))
    for (const path of [join(dir, "a-directory.csv"), join(dir, "missing.csv")]) {
      const result = await cli(["sync", "--from", `file:${path}`, "--into", `sqlite:${base}`])
      if (result.code !== 1 && result.code !== 2) wrong.push(`${path}: exit ${result.code}`)
    }
    expect(wrong).toEqual([])
    expect(tally.crashes).toBe(0)
    expect(tally.leaksSeen).toEqual([])
  }, 180_000)

  it("refuses the point-7 files (duplicate columns, deep nesting, NUL in JSON) alike", async () => {
    const { tally, wrong } = await tryFiles("point-7 files", POINT_7)
    expect(wrong).toEqual([])
    expect(tally.leaksSeen).toEqual([])
  }, 120_000)
})
