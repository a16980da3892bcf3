import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { afterAll } from "vitest"
import { readUtf8Chunks } from "../../src/node/files/TextInput.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-text-input-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A file of a few MB: short lines, lines of every length around the 1 MB read size, and one longer than two reads. */
const text = (() => {
  const lines: Array<string> = []
  for (let n = 0; n < 40_000; n++) lines.push(`row ${n},${"x".repeat(n % 97)},é${n % 13}`)
  lines.push("y".repeat((1 << 20) - 3), "z".repeat((1 << 20) + 5), "w".repeat(2_500_000))
  for (let n = 0; n < 20_000; n++) lines.push(`tail ${n},${"€".repeat(n % 5)}`)
  return `${lines.join("\n")}\nlast line without a line feed`
})()

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const readAll = async (path: string, range?: { start: number; end?: number }) => {
  const chunks: Array<Uint8Array> = []
  // Copies: a chunk is valid until the next one is asked for.
  for await (const chunk of readUtf8Chunks(path, undefined, range)) chunks.push(chunk.slice())
  return chunks
}

const joined = (chunks: ReadonlyArray<Uint8Array>): string =>
  Buffer.concat(chunks.map((chunk) => Buffer.from(chunk))).toString("utf8")

describe("readUtf8Chunks", () => {
  it("yields the whole file in chunks of whole lines, across reads of any size", async () => {
    const chunks = await readAll(file("big.csv", text))
    expect(chunks.length).toBeGreaterThan(3)
    expect(joined(chunks)).toBe(text)
    for (const chunk of chunks.slice(0, -1)) expect(chunk.at(-1)).toBe(10)
  })

  it("drops a UTF-8 byte order mark and reads the rest unchanged", async () => {
    const chunks = await readAll(file("bom.csv", `\uFEFF${text}`))
    expect(joined(chunks)).toBe(text)
  })

  it("reads a byte range cut after a line feed exactly", async () => {
    const bytes = Buffer.from(text)
    const start = bytes.indexOf(10, 1_500_000) + 1
    const end = bytes.indexOf(10, 4_200_000) + 1
    const chunks = await readAll(file("range.csv", bytes), { start, end })
    expect(joined(chunks)).toBe(bytes.subarray(start, end).toString("utf8"))
  })

  it("closes the file when the reader stops after the first chunk", async () => {
    const path = file("early.csv", text)
    for await (const chunk of readUtf8Chunks(path)) {
      expect(chunk.length).toBeGreaterThan(0)
      break
    }
    // The file can be read again from the start: nothing was left half-read.
    expect(joined(await readAll(path))).toBe(text)
  })
})
