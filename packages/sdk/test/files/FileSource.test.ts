/**
 * The FileSource as a user meets it through the client and Effect: the import report comes back
 * with `datasetInfo`, the warning about rejected rows reaches the console only through a logger
 * the user gave, and the pages of its flows iterate with `for await`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { afterAll, describe, expect, it, vi } from "vitest"
import { createClient } from "../../src/Client.ts"
import type { SdkLogger } from "../../src/Logging.ts"
import { FileSource } from "../../src/node/files/FileSource.ts"
import { RareEarth } from "../../src/RareEarth.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-logging-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const HEADER = "period,reporter,partner,flow,commodity,netWeightTonnes,valueUsd"
const path = join(dir, "flows.csv")
writeFileSync(
  path,
  `${HEADER}\n2025-01,CN,US,export,850511,1,2\n2025-13,CN,US,export,850511,1,2\n2025-02,CN,US,export,850511,3,4\n2025-03,CN,JP,export,850511,5,6\n`,
)

const recordingLogger = () => {
  const lines: Array<{ level: string; message: string }> = []
  const record =
    (level: string) =>
    (message: string): void => {
      lines.push({ level, message })
    }
  const logger: SdkLogger = {
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
  }
  return { lines, logger }
}

describe("FileSource: the import report", () => {
  const expected = {
    file: "flows.csv",
    format: "csv",
    rows: 4,
    accepted: 3,
    rejectedRows: 1,
    rejected: [
      expect.objectContaining({ file: "flows.csv", line: 3, column: "period", value: "2025-13" }),
    ],
  }

  it("comes back with datasetInfo from the Promise client", async () => {
    const client = createClient({ source: FileSource.layer({ path, mode: "valid-rows" }) })
    const info = await client.datasetInfo()
    expect(info.imports).toEqual([expected])
    expect(info.counts.flows).toBe(3)
    await client.close()
  })

  it("comes back with datasetInfo in Effect", async () => {
    const info = await Effect.runPromise(
      RareEarth.use((rareEarth) => rareEarth.datasetInfo).pipe(
        Effect.provide(FileSource.layer({ path, mode: "valid-rows" })),
      ),
    )
    expect(info.imports).toEqual([expected])
  })
})

describe("createClient over a FileSource: logging", () => {
  it("writes nothing to the console by default", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    )
    try {
      const client = createClient({ source: FileSource.layer({ path, mode: "valid-rows" }) })
      expect((await client.flows()).total).toBe(3)
      await client.close()
      for (const spy of spies) expect(spy).not.toHaveBeenCalled()
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })

  it("routes the rejected-rows warning to the logger given, at its level", async () => {
    const { lines, logger } = recordingLogger()
    const client = createClient({
      source: FileSource.layer({ path, mode: "valid-rows" }),
      logger,
    })
    await client.elements()
    await client.close()
    expect(lines).toEqual([{ level: "warn", message: expect.stringContaining("1 of 4 rows") }])
    const quiet = recordingLogger()
    const silenced = createClient({
      source: FileSource.layer({ path, mode: "valid-rows" }),
      logger: quiet.logger,
      logLevel: "error",
    })
    await silenced.elements()
    await silenced.close()
    expect(quiet.lines).toEqual([])
  })

  it("iterates every flow from a page on with for await", async () => {
    const client = createClient({ source: FileSource.layer({ path, mode: "valid-rows" }) })
    const periods: Array<string> = []
    for await (const flow of client.flows({}, { limit: 1 })) periods.push(flow.period)
    expect(periods.toSorted()).toEqual(["2025-01", "2025-02", "2025-03"])
    const { items } = await client.flows({}, { limit: 1 })
    expect(items).toHaveLength(1)
    await client.close()
  })
})
