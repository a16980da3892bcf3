/**
 * The server's per-process answer cache (over data that cannot change while it runs): the same
 * bytes again with a strong ETag, 304 for a client that has them, request ids still per request,
 * problems never kept, bounds respected; and no cache at all over a source that can change.
 * Also the idle memory trim. Not timed.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { RareEarthService } from "@rareearth/sdk"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { serviceFor } from "../src/cli/SourceLayer.ts"
import { cacheableSource } from "../src/commands/serve.ts"
import { AnswerCache, answerKey } from "../src/server/answerCache.ts"
import { type ExplorerServer, startExplorerServer } from "../src/server/ExplorerServer.ts"
import { startIdleTrim } from "../src/server/idleTrim.ts"
import { matchesEtag, prepareAnswer } from "../src/server/preparedAnswer.ts"
import { FIXTURE_SOURCE } from "./__fixtures__/fixtureDataset.ts"
import { runCli } from "./helpers.ts"

describe("answerKey", () => {
  it("sorts parameters by name, keeps the order of a repeated one, and decodes as the API does", () => {
    expect(answerKey("/api/v1/series", "?to=2025-12&commodity=magnets&from=2024-01")).toBe(
      "/api/v1/series?commodity=magnets&from=2024-01&to=2025-12",
    )
    expect(answerKey("/api/v1/flows", "?partner=US&partner=JP")).toBe(
      "/api/v1/flows?partner=US&partner=JP",
    )
    expect(answerKey("/api/v1/flows", "?partner=%55S")).toBe(
      answerKey("/api/v1/flows", "?partner=US"),
    )
    expect(answerKey("/api/v1/elements", "")).toBe("/api/v1/elements")
    expect(answerKey("/api/v1/elements/Dy", "?")).not.toBe(answerKey("/api/v1/elements/Nd", "?"))
  })
})

describe("AnswerCache", () => {
  const answer = (bytes: number) => prepareAnswer(200, {}, Buffer.alloc(bytes, 1))

  it("evicts the least recently used entry past its entry or byte bound", () => {
    const cache = new AnswerCache({ maxEntries: 2, maxBytes: 8_000 })
    cache.set("a", answer(10))
    cache.set("b", answer(10))
    cache.get("a")
    cache.set("c", answer(10))
    expect(cache.get("b")).toBeUndefined()
    expect(cache.get("a")).toBeDefined()
    expect(cache.size).toEqual({ entries: 2, bytes: 20 })

    const bytes = new AnswerCache({ maxEntries: 100, maxBytes: 8_000 })
    for (const key of ["1", "2", "3", "4", "5"]) bytes.set(key, answer(1_000))
    expect(bytes.size.bytes).toBeLessThanOrEqual(8_000)
    bytes.set("big", answer(1_001))
    expect(bytes.get("big")).toBeUndefined()
  })

  it("finds a remembered target's answer, and forgets targets past its bound or too long", () => {
    const cache = new AnswerCache({ maxEntries: 2, maxBytes: 8_000 })
    cache.set("/a?x=1&y=2", answer(10))
    cache.remember("/a?y=2&x=1", "/a?x=1&y=2")
    expect(cache.getByTarget("/a?y=2&x=1")).toBe(cache.get("/a?x=1&y=2"))
    expect(cache.getByTarget("/a?x=1&y=3")).toBeUndefined()
    cache.remember("/a?x=%31&y=2", "/a?x=1&y=2")
    cache.remember("/a?x=1&y=%32", "/a?x=1&y=2")
    // Two targets at most: the first one noted is forgotten, the key's answer is still kept.
    expect(cache.getByTarget("/a?y=2&x=1")).toBeUndefined()
    expect(cache.getByTarget("/a?x=1&y=%32")).toBeDefined()
    const long = `/a?x=1&y=2&z=${"9".repeat(3_000)}`
    cache.remember(long, "/a?x=1&y=2")
    expect(cache.getByTarget(long)).toBeUndefined()
    // A target whose answer was evicted finds nothing (it takes the whole path again).
    cache.set("/b", answer(10))
    cache.set("/c", answer(10))
    expect(cache.getByTarget("/a?x=1&y=%32")).toBeUndefined()
  })

  it("empties itself when the UTC date changes (answers that default to today)", () => {
    let now = Date.parse("2026-06-01T23:59:59Z")
    const cache = new AnswerCache({ maxEntries: 10, maxBytes: 8_000 }, () => now)
    cache.set("/api/v1/controls", answer(10))
    expect(cache.get("/api/v1/controls")).toBeDefined()
    now = Date.parse("2026-06-02T00:00:00Z")
    expect(cache.get("/api/v1/controls")).toBeUndefined()
    expect(cache.size).toEqual({ entries: 0, bytes: 0 })
  })

  it("matches If-None-Match by strong, weak, listed and * forms", () => {
    expect(matchesEtag('"x"', '"x"')).toBe(true)
    expect(matchesEtag('W/"x"', '"x"')).toBe(true)
    expect(matchesEtag('"y", "x"', '"x"')).toBe(true)
    expect(matchesEtag("*", '"x"')).toBe(true)
    expect(matchesEtag('"y"', '"x"')).toBe(false)
    expect(matchesEtag(undefined, '"x"')).toBe(false)
  })
})

describe("cacheableSource", () => {
  it("keeps answers only for sources that cannot change while the server runs", () => {
    expect(cacheableSource({ kind: "embedded" })).toBe(true)
    expect(cacheableSource({ kind: "file", path: "flows.csv" })).toBe(true)
    expect(cacheableSource({ kind: "sqlite", path: "a.db" })).toBe(false)
    expect(cacheableSource({ kind: "postgres", url: "postgres://u@h/d" })).toBe(false)
    expect(cacheableSource({ kind: "http", baseUrl: "http://127.0.0.1:8080" })).toBe(false)
    expect(cacheableSource({ kind: "comtrade", apiKey: undefined, baseUrl: undefined })).toBe(false)
  })
})

describe("the server's answer cache", () => {
  let webRoot = ""
  let embedded: { service: RareEarthService; dispose: () => Promise<void> }
  /** The embedded service, but its flow count grows on every call: a source that changes. */
  let changing: RareEarthService
  const servers: ExplorerServer[] = []

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), "rareearth-cache-web-"))
    await writeFile(join(webRoot, "index.html"), "<!doctype html><title>rareearth</title>")
    embedded = await serviceFor({ kind: "embedded" })
    let calls = 0
    changing = {
      ...embedded.service,
      datasetInfo: Effect.map(embedded.service.datasetInfo, (info) => ({
        ...info,
        counts: { ...info.counts, flows: info.counts.flows + ++calls },
      })),
    }
  })
  afterAll(async () => {
    for (const server of servers) await server.close()
    await embedded.dispose()
    await rm(webRoot, { recursive: true, force: true })
  })

  const start = async (service: RareEarthService, cacheAnswers: boolean) => {
    const server = await startExplorerServer({ service, port: 0, webRoot, cacheAnswers })
    servers.push(server)
    return server
  }

  it("answers a repeated GET with the same bytes and ETag, a 304 for a client that has them, and its own request id", async () => {
    const server = await start(changing, true)
    const path = "/api/v1/dataset"
    const first = await fetch(`${server.url}${path}`, { headers: { "x-request-id": "one" } })
    const second = await fetch(`${server.url}${path}`, { headers: { "x-request-id": "two" } })
    const firstBody = await first.text()
    expect(await second.text()).toBe(firstBody)
    const etag = first.headers.get("etag")
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(second.headers.get("etag")).toBe(etag)
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"))
    expect(second.headers.get("x-content-type-options")).toBe("nosniff")
    expect([first.headers.get("x-request-id"), second.headers.get("x-request-id")]).toEqual([
      "one",
      "two",
    ])
    const generated = await fetch(`${server.url}${path}`, { headers: { "x-request-id": "a b" } })
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/)

    const notModified = await fetch(`${server.url}${path}`, {
      headers: { "if-none-match": etag ?? "" },
    })
    expect(notModified.status).toBe(304)
    expect(await notModified.text()).toBe("")

    const head = await fetch(`${server.url}${path}`, { method: "HEAD" })
    expect(head.status).toBe(200)
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(firstBody)))
    expect(server.cachedAnswers().entries).toBe(1)
  })

  it("never keeps a problem document", async () => {
    const server = await start(embedded.service, true)
    const bad = `${server.url}/api/v1/series?commodity=magnets&from=nope`
    const one = (await (await fetch(bad)).json()) as { requestId: string }
    const two = (await (await fetch(bad)).json()) as { requestId: string }
    expect(one.requestId).not.toBe(two.requestId)
    expect(server.cachedAnswers().entries).toBe(0)
  })

  it("gives each query its own answer, the same bytes as a server that keeps nothing, however the query is spelled", async () => {
    const cached = await start(embedded.service, true)
    const uncached = await start(embedded.service, false)
    const series = "/api/v1/series?commodity=magnets&from=2024-01&to=2025-12"
    const targets = [
      `${series}&partner=US`,
      `${series}&partner=JP`,
      "/api/v1/series?to=2025-12&partner=US&from=2024-01&commodity=magnets",
      `${series}&partner=%55S`,
      "/api/v1/flows?commodity=magnets&reporter=CN&limit=100",
      "/api/v1/flows?commodity=magnets&reporter=CN&limit=10",
      "/api/v1/controls?on=2025-06-01",
      "/api/v1/controls?on=2024-01-01",
      "/",
    ]
    const bodyOf = async (url: string) => {
      const response = await fetch(url)
      expect(response.status).toBe(200)
      return Buffer.from(await response.arrayBuffer()).toString("base64")
    }
    // Twice over in turn: the second round is answered from the cache's cheap path.
    for (const round of [1, 2]) {
      for (const target of targets) {
        expect([round, target, await bodyOf(`${cached.url}${target}`)]).toEqual([
          round,
          target,
          await bodyOf(`${uncached.url}${target}`),
        ])
      }
    }
    const [us, jp, reordered, encoded] = await Promise.all(
      targets.slice(0, 4).map((target) => bodyOf(`${cached.url}${target}`)),
    )
    expect(us).not.toBe(jp)
    expect([reordered, encoded]).toEqual([us, us])
    // The spellings of one query share one entry.
    expect(cached.cachedAnswers().entries).toBe(targets.length - 3)
  })

  it("stays within its entry bound and still answers an evicted query right", async () => {
    const server = await startExplorerServer({
      service: embedded.service,
      port: 0,
      webRoot,
      cacheAnswers: true,
      limits: { answerCacheEntries: 3 },
    })
    servers.push(server)
    const path = (year: number) => `/api/v1/controls?on=${year}-06-01`
    const first = await (await fetch(`${server.url}${path(2020)}`)).text()
    for (const year of [2021, 2022, 2023, 2024, 2025]) await fetch(`${server.url}${path(year)}`)
    expect(server.cachedAnswers().entries).toBe(3)
    expect(await (await fetch(`${server.url}${path(2020)}`)).text()).toBe(first)
    expect(await (await fetch(`${server.url}${path(2020)}`)).text()).toBe(first)
  })

  it("serves a dashboard file again with its headers, a 304 for a client that has it, and HEAD without a body", async () => {
    const server = await start(embedded.service, true)
    const first = await fetch(`${server.url}/`)
    const second = await fetch(`${server.url}/`)
    expect(await second.text()).toBe(await first.text())
    for (const name of ["etag", "content-type", "content-security-policy", "cache-control"])
      expect([name, second.headers.get(name)]).toEqual([name, first.headers.get(name)])
    expect(second.headers.get("x-content-type-options")).toBe("nosniff")
    const etag = first.headers.get("etag") ?? ""
    const notModified = await fetch(`${server.url}/`, { headers: { "if-none-match": etag } })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get("etag")).toBe(etag)
    expect(notModified.headers.get("cache-control")).toBe("no-cache")
    const head = await fetch(`${server.url}/`, { method: "HEAD" })
    expect([head.status, await head.text()]).toEqual([200, ""])
    expect(head.headers.get("content-length")).toBe(first.headers.get("content-length"))
    const post = await fetch(`${server.url}/`, { method: "POST", body: "x" })
    expect(post.status).toBe(405)
    for (const round of [1, 2])
      expect([round, (await fetch(`${server.url}/nope.js`)).status]).toEqual([round, 404])
  })

  it("answers from a store written between two requests: the second answer is the store's latest", async () => {
    const dir = await mkdtemp(join(tmpdir(), "rareearth-cache-store-"))
    try {
      const spec = { kind: "sqlite", path: join(dir, "store.sqlite") } as const
      const into = `sqlite:${spec.path}`
      expect((await runCli(["sync", "--from", FIXTURE_SOURCE, "--into", into])).code).toBe(0)
      const store = await serviceFor(spec)
      try {
        const server = await start(store.service, cacheableSource(spec))
        const url = `${server.url}/api/v1/dataset`
        const before = (await (await fetch(url)).json()) as { counts: { flows: number } }
        expect((await runCli(["sync", "--from", "embedded", "--into", into])).code).toBe(0)
        const after = (await (await fetch(url)).json()) as { counts: { flows: number } }
        const embeddedInfo = (await (
          await fetch(`${(await start(embedded.service, true)).url}/api/v1/dataset`)
        ).json()) as { counts: { flows: number } }
        expect(after.counts.flows).not.toBe(before.counts.flows)
        expect(after.counts.flows).toBe(embeddedInfo.counts.flows)
        expect(server.cachedAnswers().entries).toBe(0)
      } finally {
        await store.dispose()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it("keeps nothing over a source that can change: every answer is the source's latest", async () => {
    const server = await start(changing, false)
    const counts = []
    for (let index = 0; index < 3; index++) {
      const info = (await (await fetch(`${server.url}/api/v1/dataset`)).json()) as {
        counts: { flows: number }
      }
      counts.push(info.counts.flows)
    }
    expect(new Set(counts).size).toBe(3)
    expect(server.cachedAnswers().entries).toBe(0)
  })
})

describe("startIdleTrim", () => {
  it("collects once the server is idle after memory grew, never while a request is in flight", async () => {
    const trim = startIdleTrim(200)
    try {
      // Memory that grew under "load" and is garbage now.
      let garbage: unknown[] | undefined = Array.from({ length: 400_000 }, (_, index) => ({
        index,
        text: `row ${index}`.repeat(4),
      }))
      expect(garbage.length).toBe(400_000)
      garbage = undefined
      trim.started()
      await new Promise((resolve) => setTimeout(resolve, 600))
      expect(trim.trims()).toBe(0)
      trim.ended()
      const deadline = Date.now() + 10_000
      while (trim.trims() === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100))
      expect(trim.trims()).toBe(1)
    } finally {
      trim.stop()
    }
  })
})
