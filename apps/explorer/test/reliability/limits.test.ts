/**
 * The server's limits against a real server on loopback (issue 16, points 2 and 3): past the gate
 * on series and flows a request gets 503 with Retry-After while cheap routes keep answering; an
 * answer that takes too long is cancelled with a 503; slow clients (slowloris: headers one byte at
 * a time) are dropped with a 408 at headersTimeout while others are served; a client that stops
 * reading is dropped at the idle timeout.
 */
import { mkdtemp, rm } from "node:fs/promises"
import { connect } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { RareEarthService } from "@rareearth/sdk"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { serviceFor } from "../../src/cli/SourceLayer.ts"
import { type ExplorerServer, startExplorerServer } from "../../src/server/ExplorerServer.ts"
import type { ServerLimits } from "../../src/server/limits.ts"
import { buildWeb } from "../../src/server/webBuild.ts"
import { FIXTURE_SPEC } from "../__fixtures__/fixtureDataset.ts"
import { parseRaw, Tally } from "./rawHttp.ts"

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A server over the fixture dataset whose series answers wait for `release()`. */
const startServer = async (limits: Partial<ServerLimits>) => {
  const webRoot = await buildWeb(await mkdtemp(join(tmpdir(), "rareearth-web-")))
  const { service, dispose } = await serviceFor(FIXTURE_SPEC)
  let open: () => void = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  let started = 0
  const held: RareEarthService = {
    ...service,
    series: (query) =>
      Effect.promise(() => {
        started += 1
        return opened
      }).pipe(Effect.flatMap(() => service.series(query))),
  }
  const server = await startExplorerServer({ service: held, port: 0, webRoot, limits })
  cleanups.push(async () => {
    open()
    await server.close()
    await dispose()
    await rm(webRoot, { recursive: true, force: true })
  })
  return { server, release: () => open(), started: () => started }
}

const waitFor = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10))
}

const series = (server: ExplorerServer, signal?: AbortSignal) =>
  fetch(`${server.url}/api/v1/series?commodity=magnets&from=2025-01&to=2025-06`, { signal })

describe("the gate on series and flows", () => {
  it("answers 503 with Retry-After past the cap and the queue, serves cheap routes meanwhile, then serves the rest", async () => {
    const { server, release, started } = await startServer({
      maxConcurrentExpensive: 2,
      maxQueuedExpensive: 1,
      retryAfterSeconds: 3,
    })
    const running = [series(server), series(server)]
    await waitFor(() => started() === 2)
    const queued = series(server)
    // The queued one waits; one more finds the queue full.
    await waitFor(() => server.expensiveLoad().waiting === 1)
    const refused = await series(server)
    expect(refused.status).toBe(503)
    expect(refused.headers.get("retry-after")).toBe("3")
    expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff")
    expect(await refused.json()).toMatchObject({
      status: 503,
      detail: expect.stringMatching(/try again/),
    })
    expect(started()).toBe(2)

    const elements = await fetch(`${server.url}/api/v1/elements`)
    expect(elements.status).toBe(200)

    release()
    const answers = await Promise.all([...running, queued])
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
    expect(started()).toBe(3)
    // The slots are free again.
    expect((await series(server)).status).toBe(200)
  })

  it("cancels an answer that takes longer than answerTimeoutMs with a 503", async () => {
    const { server } = await startServer({ answerTimeoutMs: 200 })
    const answer = await series(server)
    expect(answer.status).toBe(503)
    expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect((await fetch(`${server.url}/api/v1/elements`)).status).toBe(200)
  })

  it("frees a slot when its client goes away", async () => {
    const { server, release, started } = await startServer({
      maxConcurrentExpensive: 1,
      maxQueuedExpensive: 0,
    })
    const controller = new AbortController()
    const first = series(server, controller.signal).catch(() => undefined)
    await waitFor(() => started() === 1)
    expect((await series(server)).status).toBe(503)
    controller.abort()
    await first
    // The cancelled answer gave its slot back: the next request gets in.
    await waitFor(() => server.expensiveLoad().running === 0)
    const next = series(server)
    await waitFor(() => started() === 2)
    release()
    expect((await next).status).toBe(200)
  })
})

/** Opens a connection that sends a request's headers one byte per `everyMs`; resolves with what came back once the server closes it. */
const slowClient = (port: number, everyMs: number, giveUpMs: number) =>
  new Promise<{ readonly droppedByServer: boolean; readonly status: number | undefined }>(
    (resolve) => {
      const socket = connect({ host: "127.0.0.1", port })
      const header = `GET /api/v1/elements HTTP/1.1\r\nHost: a\r\nx-slow: ${"z".repeat(10_000)}`
      let sent = 0
      let received = ""
      let droppedByServer = false
      const drip = setInterval(() => {
        if (sent < header.length && socket.writable) socket.write(header[sent++] ?? "")
      }, everyMs)
      const giveUp = setTimeout(() => socket.destroy(), giveUpMs)
      socket.setEncoding("latin1")
      socket.on("data", (chunk: string) => {
        received += chunk
      })
      socket.on("end", () => {
        droppedByServer = true
      })
      socket.on("error", () => {
        droppedByServer = true
      })
      socket.on("close", () => {
        clearInterval(drip)
        clearTimeout(giveUp)
        resolve({ droppedByServer, status: parseRaw(received).status })
      })
    },
  )

describe("slow clients", () => {
  it("drops slowloris connections with a 408 at headersTimeout and keeps serving others", async () => {
    const { server } = await startServer({
      headersTimeoutMs: 1_000,
      requestTimeoutMs: 2_000,
      timeoutCheckIntervalMs: 100,
    })
    const tally = new Tally()
    // Far longer than the headers timeout: only the server can end these connections in time.
    const slow = Array.from({ length: 40 }, () => slowClient(server.port, 100, 20_000))
    const served: number[] = []
    let slowDone = false
    const all = Promise.all(slow).finally(() => {
      slowDone = true
    })
    while (!slowDone) {
      served.push((await fetch(`${server.url}/api/v1/elements`)).status)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const results = await all
    for (const result of results) tally.record(result.status)
    for (const status of served) tally.record(status)
    console.info(tally.summary("slow clients"))
    expect(results.every((result) => result.droppedByServer)).toBe(true)
    expect(results.map((result) => result.status)).toEqual(results.map(() => 408))
    expect(served.length).toBeGreaterThan(0)
    expect(served.every((status) => status === 200)).toBe(true)
  }, 30_000)

  it("drops a client that stops reading at the idle timeout", async () => {
    const { server } = await startServer({ idleSocketTimeoutMs: 500, keepAliveTimeoutMs: 60_000 })
    const closedByServer = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: "127.0.0.1", port: server.port })
      // Asks for more than the socket buffers hold, back to back, and reads none of it for a
      // while: the server's writes stall. Reading again, the client finds the connection closed;
      // a server that had kept it would send everything and keep it open for 60 s.
      socket.write("GET /app.js HTTP/1.1\r\nHost: a\r\n\r\n".repeat(30))
      socket.pause()
      setTimeout(() => socket.resume(), 3_000)
      const giveUp = setTimeout(() => {
        socket.destroy()
        resolve(false)
      }, 20_000)
      socket.on("data", () => {})
      socket.on("close", () => {
        clearTimeout(giveUp)
        resolve(true)
      })
      socket.on("error", () => {})
    })
    expect(closedByServer).toBe(true)
    expect((await fetch(`${server.url}/api/v1/elements`)).status).toBe(200)
  }, 30_000)
})
