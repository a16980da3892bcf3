/**
 * `rareearth watch` in-process: changes of a dataset file go to stdout, one JSON event per line,
 * each once; a stop (the signal Ctrl-C and SIGTERM abort) ends it with exit 0; bad options exit
 * 2. The built binary (SIGTERM, a kill mid-delivery and a restart) is run in
 * datasets.binary.test.ts; the engine's guarantees are tested in the SDK.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { runCli } from "../../test/helpers.ts"
import { run } from "../rareearth.ts"
import { revised, watchDataset } from "./__fixtures__/datasets.ts"

const dir = mkdtempSync(join(tmpdir(), "rareearth-watch-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Waits (bounded) until `check` holds; the bound only turns a hang into a failure. */
const until = async (check: () => boolean, what: string) => {
  for (let tries = 0; tries < 400 && !check(); tries++)
    await new Promise((resolve) => setTimeout(resolve, 25))
  if (!check()) throw new Error(`gave up waiting for ${what}`)
}

describe("rareearth watch", () => {
  it("prints each change once as a JSON line, keeps its state, and exits 0 when stopped", async () => {
    const path = join(dir, "dataset.json")
    const state = join(dir, "state.json")
    writeFileSync(path, JSON.stringify(watchDataset))
    const controller = new AbortController()
    let stdout = ""
    let stderr = ""
    const running = run(
      ["watch", "--source", `file:${path}`, "--every", "20ms", "--state", state],
      {
        stdout: (text) => {
          stdout += text
        },
        stderr: (text) => {
          stderr += text
        },
        env: { NO_COLOR: "1" },
        signal: controller.signal,
      },
    )
    await until(() => stderr.includes("baseline: "), "the baseline")
    writeFileSync(
      path,
      JSON.stringify(
        revised((dataset) => {
          dataset.flows[0]!.netWeightTonnes = 6024
        }),
      ),
    )
    await until(() => stderr.includes("delivered "), "the delivery")
    controller.abort()
    expect(await running).toBe(0)
    const events = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      type: "record.revised",
      kind: "flows",
      recordId: "magnets-2026-01",
      revision: { changes: [{ path: "netWeightTonnes", before: 6023, after: 6024 }] },
    })
    expect(stderr).toMatch(/^watching .* every 20ms, changes to stdout, state in /)
    expect(stderr).toMatch(/stopped: \d+ polls, 1 changes found, 1 delivered, 0 pending\n$/)
    expect(JSON.parse(readFileSync(state, "utf8")).delivered).toEqual([events[0].id])
  })

  it.each([
    [["watch"], /watch needs --every DURATION/],
    [["watch", "--every", "5x"], /Invalid duration "5x".*e\.g\. 30s, 5m, 1h.*\(--every\)/],
    [
      ["watch", "--every", "1h", "--on-change", "email"],
      /Invalid change target "email".*\(--on-change\)/,
    ],
    [["watch", "--every", "1h", "--source", "nowhere"], /unknown source "nowhere" \(--source\)/],
  ])("exits 2 on bad options: %j", async (args, message) => {
    const result = await runCli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})
