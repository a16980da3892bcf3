/**
 * The watcher end to end, against a real loopback webhook server and a dataset file that
 * changes between polls: a receiver that fails (500) then recovers gets every event exactly
 * once; a watcher stopped after the receiver got an event but before the state recorded it
 * loses nothing and repeats only that event, under the same Idempotency-Key; a command target;
 * the async iterator. Retry waits are a millisecond (their backoff is tested on the TestClock in
 * Delivery.test.ts); nothing here asserts a duration.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { revised, watchDataset } from "./__fixtures__/watchDataset.ts"
import type { WatchEvent } from "./WatchEvent.ts"
import { type WatchOptions, type WatchProgress, watch, watchChanges } from "./watch.ts"

interface Received {
  readonly key: string | undefined
  readonly event: WatchEvent
}

/** A webhook receiver on loopback; `respond` decides each answer (or none). */
const startReceiver = async (
  respond: (index: number, response: ServerResponse, request: IncomingMessage) => void,
) => {
  const received: Received[] = []
  const accepted: Received[] = []
  const server = createServer(async (request, response) => {
    let body = ""
    for await (const chunk of request) body += chunk
    const entry = {
      key: request.headers["idempotency-key"] as string | undefined,
      event: JSON.parse(body) as WatchEvent,
    }
    received.push(entry)
    response.on("finish", () => {
      if (response.statusCode === 200) accepted.push(entry)
    })
    respond(received.length, response, request)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    accepted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

let dir: string
let datasetFile: string
let stateFile: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "rareearth-watch-"))
  datasetFile = join(dir, "dataset.json")
  stateFile = join(dir, "state.json")
  writeFileSync(datasetFile, JSON.stringify(watchDataset))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** The next version of the dataset: one figure revised, one flow removed, one event added. */
const nextVersion = revised((dataset) => {
  dataset.flows[1]!.netWeightTonnes = 4741
  dataset.flows.pop()
  dataset.events.push({ ...dataset.events[0]!, id: "call-2", date: "2026-04-18" })
})

/** Options that publish `nextVersion` as soon as the first poll has recorded its baseline. */
const changingSource = (extra: Partial<WatchOptions>): WatchOptions => ({
  source: { kind: "file", path: datasetFile },
  every: 1,
  onChange: { kind: "command", command: "true" },
  stateFile,
  retry: { baseDelayMs: 1, maxDelayMs: 1, maxRetries: 10 },
  ...extra,
  onProgress: (progress: WatchProgress) => {
    if (progress.type === "baseline") writeFileSync(datasetFile, JSON.stringify(nextVersion))
    extra.onProgress?.(progress)
  },
})

const readState = () => JSON.parse(readFileSync(stateFile, "utf8"))

describe("watch", () => {
  it("delivers every change exactly once to a webhook that fails (500), then recovers", async () => {
    const receiver = await startReceiver((index, response) => {
      response.statusCode = index <= 4 ? 500 : 200
      response.end()
    })
    try {
      const summary = await watch(
        changingSource({ onChange: { kind: "webhook", url: receiver.url }, maxPolls: 2 }),
      )
      expect(summary).toMatchObject({ polls: 2, found: 3, delivered: 3, pending: 0 })
      expect(receiver.received.length).toBeGreaterThan(3)
      const ids = receiver.accepted.map((entry) => entry.event.id)
      expect(new Set(ids).size).toBe(3)
      expect(ids).toHaveLength(3)
      expect(
        receiver.accepted.map((entry) => `${entry.event.type} ${entry.event.recordId}`),
      ).toEqual([
        "record.revised magnets-2026-02",
        "record.removed magnets-2026-03",
        "record.added call-2",
      ])
      for (const entry of receiver.received) expect(entry.key).toBe(entry.event.id)
      expect(receiver.accepted[0]!.event.revision?.changes).toEqual([
        { path: "netWeightTonnes", before: 4740, after: 4741 },
      ])
      const state = readState()
      expect(state.pending).toEqual([])
      expect(state.delivered).toEqual(ids)
      // Written by rename: no temporary file is left beside it.
      expect(readdirSync(dir).sort()).toEqual(["dataset.json", "state.json"])
    } finally {
      await receiver.close()
    }
  })

  it("keeps an event whose retries ran out, and delivers it after the next poll, in order", async () => {
    const receiver = await startReceiver((index, response) => {
      response.statusCode = index <= 3 ? 503 : 200
      response.end()
    })
    const failed: string[] = []
    try {
      const summary = await watch(
        changingSource({
          onChange: { kind: "webhook", url: receiver.url },
          retry: { baseDelayMs: 1, maxDelayMs: 1, maxRetries: 1 },
          maxPolls: 3,
          onProgress: (progress) => {
            if (progress.type === "delivery_failed") failed.push(progress.eventId)
          },
        }),
      )
      expect(failed).toHaveLength(1)
      expect(summary).toMatchObject({ found: 3, delivered: 3, pending: 0 })
      expect(receiver.accepted.map((entry) => entry.event.id)[0]).toBe(failed[0])
      expect(new Set(receiver.accepted.map((entry) => entry.key)).size).toBe(3)
    } finally {
      await receiver.close()
    }
  })

  it("loses nothing when stopped after the receiver got an event but before the state recorded it", async () => {
    const controller = new AbortController()
    // First run: the receiver gets the first event, then the watcher stops before any answer.
    const first = await startReceiver(() => controller.abort())
    const stopped = await watch(
      changingSource({ onChange: { kind: "webhook", url: first.url }, signal: controller.signal }),
    )
    await first.close()
    expect(stopped).toMatchObject({ found: 3, delivered: 0, pending: 3, stoppedBy: "signal" })
    expect(first.received).toHaveLength(1)
    const inFlight = first.received[0]!
    const pending = readState().pending.map((event: WatchEvent) => event.id)
    expect(pending).toHaveLength(3)
    expect(pending[0]).toBe(inFlight.event.id)

    // Restart with the same state file: the pending events go out first, the abandoned one again.
    const second = await startReceiver((_index, response) => {
      response.statusCode = 200
      response.end()
    })
    try {
      const resumed = await watch(
        changingSource({ onChange: { kind: "webhook", url: second.url }, maxPolls: 1 }),
      )
      expect(resumed).toMatchObject({ polls: 1, found: 0, delivered: 3, pending: 0 })
      expect(second.accepted.map((entry) => entry.event.id)).toEqual(pending)
      // The one repeat carries the same Idempotency-Key: a receiver keeping keys processes it once.
      const keys = [inFlight, ...second.accepted].map((entry) => entry.key)
      expect(keys.filter((key) => key === inFlight.key)).toHaveLength(2)
      expect(new Set(keys)).toEqual(new Set(pending))
      expect(readState().pending).toEqual([])
    } finally {
      await second.close()
    }
  })

  it("hands each event to a command on its standard input", async () => {
    const out = join(dir, "events.ndjson")
    await watch(
      changingSource({ onChange: { kind: "command", command: `cat >> '${out}'` }, maxPolls: 2 }),
    )
    const lines = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(lines.map((event: WatchEvent) => event.recordId)).toEqual([
      "magnets-2026-02",
      "magnets-2026-03",
      "call-2",
    ])
  })

  it("refuses a state file of another source", async () => {
    writeFileSync(stateFile, JSON.stringify({ ...readStateOf("elsewhere") }))
    await expect(watch(changingSource({ maxPolls: 1 }))).rejects.toThrow(
      /belongs to source "elsewhere"/,
    )
  })
})

const readStateOf = (source: string) => ({
  format: 1,
  source,
  sequence: 0,
  baseline: null,
  pending: [],
  delivered: [],
  updatedAt: "2026-01-01T00:00:00.000Z",
})

describe("statuses that change with time alone", () => {
  it("a poll on a later day reports, once, the suspension that ran out meanwhile", async () => {
    const source: WatchOptions = {
      source: { kind: "file", path: datasetFile },
      every: 1,
      onChange: { kind: "command", command: "true" },
      stateFile,
      maxPolls: 1,
    }
    // Day one: the baseline (the suspension is in force until 2026-11-10).
    for await (const _ of watchChanges({ ...source, on: "2026-11-09" })) expect.unreachable()
    // A restart three weeks later, with the same file: the records are unchanged, the statuses not.
    const later: WatchEvent[] = []
    for await (const event of watchChanges({ ...source, on: "2026-11-30" })) later.push(event)
    expect(later.map((event) => [event.type, event.recordId])).toEqual([
      ["status.changed", "order"],
      ["status.changed", "suspended"],
    ])
    const suspended = later.find((event) => event.recordId === "suspended")!
    expect(suspended.status).toMatchObject({
      on: "2026-11-30",
      since: "2026-11-09",
      before: { status: "suspended" },
      after: { status: "unknown" },
    })
    // The same day again: nothing new.
    for await (const _ of watchChanges({ ...source, on: "2026-11-30" })) expect.unreachable()
  })
})

describe("watchChanges", () => {
  it("yields an event again after a run whose loop body failed on it", async () => {
    const seen: string[] = []
    await expect(async () => {
      for await (const event of watchChanges(changingSource({}))) {
        seen.push(event.id)
        throw new Error("the alert could not be sent")
      }
    }).rejects.toThrow("the alert could not be sent")
    expect(readState().pending).toHaveLength(3)

    const again: string[] = []
    for await (const event of watchChanges({ ...changingSource({}), maxPolls: 1 }))
      again.push(event.id)
    expect(again[0]).toBe(seen[0])
    expect(again).toHaveLength(3)
    expect(readState().pending).toEqual([])
  })
})
