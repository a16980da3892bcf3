/**
 * `diff` and `watch` through the real binary (bin/rareearth.js over a fresh esbuild bundle, one
 * Node process each): diff names the one revised record and exits 1; watch stops on SIGTERM
 * with exit 0; a watcher killed (SIGKILL) after the webhook got an event but before its state
 * file recorded it, then restarted, loses nothing and repeats only that event, under the same
 * Idempotency-Key.
 */
import { writeFileSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { createServer, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildBinary, spawnBinary } from "../../test/helpers.ts"
import { embeddedWithOneRevision, revised, watchDataset } from "./__fixtures__/datasets.ts"

let binary: Awaited<ReturnType<typeof buildBinary>>
let dir: string
beforeAll(async () => {
  binary = await buildBinary()
  dir = await mkdtemp(join(tmpdir(), "rareearth-datasets-bin-"))
}, 120_000)
afterAll(async () => {
  await binary?.remove()
  await rm(dir, { recursive: true, force: true })
})

/** Waits (bounded) until `check` holds; the bound only turns a hang into a failure. */
const until = async (check: () => boolean, what: string) => {
  for (let tries = 0; tries < 600 && !check(); tries++)
    await new Promise((resolve) => setTimeout(resolve, 25))
  if (!check()) throw new Error(`gave up waiting for ${what}`)
}

describe("the rareearth binary", () => {
  it("diff names exactly the one revised record and exits 1", async () => {
    const { copy, id, before, after } = await embeddedWithOneRevision()
    const path = join(dir, "revised.json")
    writeFileSync(path, JSON.stringify(copy))
    const run = spawnBinary(binary.bin, ["diff", "embedded", path])
    expect(await run.exited).toEqual({ code: 1, signal: null })
    const rows = run.output.stdout
      .split("\n")
      .filter((line) => /^(added|revised|removed|status) /.test(line))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatch(
      new RegExp(`^revised\\s+flows\\s+${id}\\s+netWeightTonnes\\s+${before} -> ${after}\\s`),
    )
  }, 60_000)

  it("watch stops on SIGTERM with exit 0", async () => {
    const path = join(dir, "sigterm.json")
    writeFileSync(path, JSON.stringify(watchDataset))
    const run = spawnBinary(binary.bin, ["watch", "--source", `file:${path}`, "--every", "1h"])
    try {
      await until(() => run.output.stderr.includes("baseline: "), "the baseline")
      run.child.kill("SIGTERM")
      expect(await run.exited).toEqual({ code: 0, signal: null })
      expect(run.output.stderr).toMatch(/stopped: 1 polls, 0 changes found/)
    } finally {
      run.child.kill("SIGKILL")
    }
  }, 60_000)

  it("a watcher killed mid-delivery and restarted loses nothing and repeats only the event in flight", async () => {
    const path = join(dir, "killed.json")
    const state = join(dir, "killed-state.json")
    writeFileSync(path, JSON.stringify(watchDataset))
    const received: Array<{ key: string | undefined; id: string }> = []
    const accepted: string[] = []
    let onRequest: (response: ServerResponse) => void = () => undefined
    const server = createServer(async (request, response) => {
      let body = ""
      for await (const chunk of request) body += chunk
      received.push({
        key: request.headers["idempotency-key"] as string | undefined,
        id: (JSON.parse(body) as { id: string }).id,
      })
      onRequest(response)
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    const args = [
      "watch",
      "--source",
      `file:${path}`,
      "--every",
      "50ms",
      "--on-change",
      url,
      "--state",
      state,
    ]
    const first = spawnBinary(binary.bin, args)
    const second = { current: undefined as ReturnType<typeof spawnBinary> | undefined }
    try {
      // The receiver gets the first event; the watcher dies before it hears back.
      onRequest = () => first.child.kill("SIGKILL")
      await until(() => first.output.stderr.includes("baseline: "), "the baseline")
      writeFileSync(
        path,
        JSON.stringify(
          revised((dataset) => {
            dataset.flows[1]!.netWeightTonnes = 4741
            dataset.flows.pop()
          }),
        ),
      )
      expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" })
      expect(received).toHaveLength(1)

      onRequest = (response) => {
        response.statusCode = 200
        response.end()
        accepted.push(received.at(-1)!.id)
      }
      const restarted = spawnBinary(binary.bin, args)
      second.current = restarted
      await until(() => accepted.length >= 2, "both events")
      restarted.child.kill("SIGTERM")
      expect(await restarted.exited).toEqual({ code: 0, signal: null })
      expect(restarted.output.stderr).toContain("resumed from the state file: 2 pending")
      // Nothing lost, nothing new: the two events, the first one twice under one key.
      expect(accepted).toHaveLength(2)
      expect(accepted[0]).toBe(received[0]!.id)
      expect(new Set(received.map((entry) => entry.key))).toEqual(new Set(accepted))
      for (const entry of received) expect(entry.key).toBe(entry.id)
    } finally {
      first.child.kill("SIGKILL")
      second.current?.child.kill("SIGKILL")
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }, 60_000)
})
