/**
 * The Promise client: every method over the frozen fixture dataset (the embedded source's engine
 * over test/__fixtures__/dataset.json), abort (also while waiting between retries), timeouts, and
 * the errors it rejects with; and a few deliberate end-to-end checks of the default client on
 * the shipped dataset, which a revised figure in @rareearth/data is meant to break.
 */
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { dataset } from "@rareearth/data"
import { Effect, Layer, Schedule } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { fixtureDataset, fixtureLayer } from "../test/__fixtures__/fixtureDataset.ts"
import { createClient } from "./Client.ts"
import {
  AbortedError,
  HttpError,
  isRareEarthError,
  NotFoundError,
  RareEarthError,
  SourceUnavailableError,
  TimeoutError,
  ValidationError,
} from "./Errors.ts"
import { CallTimeout } from "./http/CallTimeout.ts"
import { RareEarth } from "./RareEarth.ts"

/** A promise and the function that resolves it. */
const latch = () => {
  let release: () => void = () => {}
  const reached = new Promise<void>((resolve) => {
    release = resolve
  })
  return { reached, release: () => release() }
}

/** Rejection of a promise that must reject. */
const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error("expected the promise to reject")
}

describe("createClient over the fixture dataset", () => {
  const client = createClient({ source: fixtureLayer })
  afterAll(() => client.close())

  it("lists and looks up elements", async () => {
    const { items: elements } = await client.elements()
    expect(elements).toHaveLength(17)
    expect((await client.element("dysprosium")).symbol).toBe("Dy")
    expect((await client.element(66)).symbol).toBe("Dy")
  })

  it("answers which measures control Dy magnets on 2025-06-01", async () => {
    const { items: rows } = await client.controls({
      on: "2025-06-01",
      element: "Dy",
      form: "magnet",
    })
    expect(rows.find((row) => row.measure.id === "cn-mofcom-2025-18")?.status).toBe("in_force")
  })

  it("returns both 2025 quota claims", async () => {
    const { items: quotas } = await client.quotas({ year: 2025, kind: "smelting_separation" })
    expect(quotas.map((quota) => quota.tonnesReo)).toEqual(expect.arrayContaining([null, 254_000]))
  })

  it("pages flows and iterates them all", async () => {
    const page = await client.flows({ commodity: "magnets", partner: "US" }, { limit: 2 })
    expect(page.items).toHaveLength(2)
    const all = []
    for await (const flow of client.allFlows(
      { commodity: "magnets", partner: "US" },
      { pageSize: 2 },
    )) {
      all.push(flow)
    }
    expect(all.length).toBe(page.total)
    expect(all.slice(0, 2).map((flow) => flow.id)).toEqual(page.items.map((flow) => flow.id))
  })

  it("builds the monthly series: June 2025 = 3,188 t, +157.5 % on May", async () => {
    const { points } = await client.series({ commodity: "magnets", from: "2025-05", to: "2025-06" })
    expect(points.map((point) => point.tonnes)).toEqual([1238, 3188])
    expect(points[1]?.changePercent).toBeCloseTo(157.51, 2)
  })

  it("returns the timeline in date order and the dataset information", async () => {
    const { items } = await client.timeline({ from: "2025", to: "2025" })
    const dates = items.map((item) => item.date)
    expect(dates).toEqual(dates.toSorted())
    const info = await client.datasetInfo()
    expect(info).toMatchObject({ source: "fixture", version: fixtureDataset.version })
    expect(info.counts.flows).toBe(fixtureDataset.flows.length)
  })

  it("rejects with the SDK's own error classes, not wrappers", async () => {
    const notFound = await rejectionOf(client.element("Xx"))
    expect(notFound).toBeInstanceOf(NotFoundError)
    expect(notFound).toBeInstanceOf(RareEarthError)
    expect(isRareEarthError(notFound)).toBe(true)
    expect((notFound as NotFoundError)._tag).toBe("NotFoundError")
    expect((notFound as NotFoundError).message).toContain("Xx")

    const invalid = await rejectionOf(client.flows({ from: "2025-13" }))
    expect(invalid).toBeInstanceOf(ValidationError)
    expect((invalid as ValidationError).issues[0]?.path[0]).toBe("from")

    const iterator = client.allFlows({ commodity: "unobtainium" })[Symbol.asyncIterator]()
    expect(await rejectionOf(iterator.next())).toBeInstanceOf(ValidationError)
  })

  it("rejects a call whose signal is already aborted", async () => {
    const error = await rejectionOf(client.elements({ signal: AbortSignal.abort() }))
    expect(error).toBeInstanceOf(AbortedError)
    expect((error as AbortedError).operation).toBe("elements")
  })

  it("rejects an invalid timeout option", async () => {
    const error = await rejectionOf(client.elements({ timeout: -1 }))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]?.path).toEqual(["timeout"])
    expect(() => createClient({ timeout: 0 })).toThrow(ValidationError)
    expect(() => createClient({ source: { ftp: {} } as never })).toThrow(ValidationError)
  })
})

/**
 * A source whose `series` never answers and whose `datasetInfo` keeps failing with 503 and
 * waits an hour before each retry; the rest is the fixture source.
 */
interface Events {
  readonly interrupted: Array<string>
  attempts: number
  readonly firstAttempt: () => void
  readonly seriesStarted: () => void
}

const events = (overrides: Partial<Events> = {}): Events => ({
  interrupted: [],
  attempts: 0,
  firstAttempt: () => {},
  seriesStarted: () => {},
  ...overrides,
})

const stuckSource = (events: Events) =>
  Layer.effect(
    RareEarth,
    Effect.gen(function* () {
      const base = yield* RareEarth
      return RareEarth.of({
        ...base,
        series: () =>
          Effect.sync(events.seriesStarted).pipe(
            Effect.andThen(Effect.never),
            Effect.onInterrupt(() => Effect.sync(() => events.interrupted.push("series"))),
          ),
        datasetInfo: Effect.suspend(() => {
          events.attempts++
          if (events.attempts === 1) events.firstAttempt()
          return Effect.fail(
            new HttpError({
              message: "503 Service Unavailable",
              status: 503,
              url: "http://127.0.0.1/api/v1/dataset",
            }),
          )
        }).pipe(
          Effect.retry(Schedule.spaced("1 hour")),
          Effect.onInterrupt(() => Effect.sync(() => events.interrupted.push("datasetInfo"))),
        ),
      })
    }),
  ).pipe(Layer.provide(fixtureLayer))

describe("createClient: abort and timeouts", () => {
  it("aborting interrupts the call's work and rejects with AbortedError", async () => {
    const started = latch()
    const recorded = events({ seriesStarted: started.release })
    const client = createClient({ source: stuckSource(recorded) })
    const controller = new AbortController()
    const pending = client.series({ commodity: "magnets" }, { signal: controller.signal })
    await started.reached
    controller.abort()
    const error = await rejectionOf(pending)
    expect(error).toBeInstanceOf(AbortedError)
    expect((error as AbortedError).operation).toBe("series")
    expect(recorded.interrupted).toContain("series")
    await client.close()
  })

  it("aborting while the source waits between retries stops the retries", async () => {
    const first = latch()
    const recorded = events({ firstAttempt: first.release })
    const client = createClient({ source: stuckSource(recorded) })
    const controller = new AbortController()
    const pending = client.datasetInfo({ signal: controller.signal })
    await first.reached // the first attempt failed; the source now waits an hour before retrying
    controller.abort()
    const error = await rejectionOf(pending)
    expect(error).toBeInstanceOf(AbortedError)
    expect(recorded.interrupted).toEqual(["datasetInfo"])
    expect(recorded.attempts).toBe(1)
    await client.close()
  })

  it("a per-call timeout rejects with TimeoutError and interrupts the work", async () => {
    const recorded = events()
    const client = createClient({ source: stuckSource(recorded) })
    const error = await rejectionOf(client.series({ commodity: "magnets" }, { timeout: 20 }))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error).toMatchObject({ _tag: "TimeoutError", timeoutMs: 20, operation: "series" })
    expect(recorded.interrupted).toContain("series")
    // Other calls are unaffected.
    expect((await client.elements()).items).toHaveLength(17)
    await client.close()
  })

  it("the client's default timeout applies to every call, and a call can override it", async () => {
    const client = createClient({ source: stuckSource(events()), timeout: 20 })
    const error = await rejectionOf(client.datasetInfo())
    expect(error).toMatchObject({ _tag: "TimeoutError", timeoutMs: 20, operation: "datasetInfo" })
    const longer = await rejectionOf(client.series({ commodity: "magnets" }, { timeout: 30 }))
    expect(longer).toMatchObject({ _tag: "TimeoutError", timeoutMs: 30 })
    await client.close()
  })

  it("passes the timeout given (the call's, else the client's) to the source", async () => {
    const seen: Array<number | undefined> = []
    const layer = Layer.effect(
      RareEarth,
      Effect.gen(function* () {
        const base = yield* RareEarth
        return RareEarth.of({
          ...base,
          elements: Effect.gen(function* () {
            seen.push(yield* CallTimeout)
            return yield* base.elements
          }),
        })
      }),
    ).pipe(Layer.provide(fixtureLayer))
    const plain = createClient({ source: layer })
    await plain.elements()
    const bounded = createClient({ source: layer, timeout: 5_000 })
    await bounded.elements()
    await bounded.elements({ timeout: 2_000 })
    expect(seen).toEqual([undefined, 5_000, 2_000])
    await plain.close()
    await bounded.close()
  })

  it("passes a client-level maxRetries to a remote source; the source's own wins", async () => {
    let requests = 0
    const fetch = async () => {
      requests++
      return new Response("unavailable", { status: 503 })
    }
    const client = createClient({
      source: { http: { baseUrl: "http://127.0.0.1:9" } },
      fetch,
      maxRetries: 0,
    })
    expect(await rejectionOf(client.elements())).toBeInstanceOf(HttpError)
    expect(requests).toBe(1)
    await client.close()
  })
})

/** The fixture source, counting the pages `flows` serves. */
const countingSource = (pages: { count: number }) =>
  Layer.effect(
    RareEarth,
    Effect.map(
      RareEarth.useSync((base) => base),
      (base) =>
        RareEarth.of({
          ...base,
          flows: (query, page) =>
            Effect.suspend(() => {
              pages.count++
              return base.flows(query, page)
            }),
        }),
    ),
  ).pipe(Layer.provide(fixtureLayer))

describe("createClient: allFlows", () => {
  it("fetches pages lazily and stops when the loop stops", async () => {
    const pages = { count: 0 }
    const client = createClient({ source: countingSource(pages) })
    const seen: Array<string> = []
    for await (const flow of client.allFlows({ commodity: "magnets" }, { pageSize: 2 })) {
      seen.push(flow.id)
      if (seen.length === 3) break
    }
    expect(seen).toHaveLength(3)
    expect(pages.count).toBe(2)
    await client.close()
  })

  it("rejects with AbortedError when aborted between pages", async () => {
    const client = createClient({ source: fixtureLayer })
    const controller = new AbortController()
    let seen = 0
    const error = await rejectionOf(
      (async () => {
        for await (const _ of client.allFlows({}, { pageSize: 5, signal: controller.signal })) {
          seen++
          if (seen === 5) controller.abort()
        }
      })(),
    )
    expect(error).toBeInstanceOf(AbortedError)
    expect(seen).toBe(5)
    await client.close()
  })
})

// Deliberate end-to-end checks: the default client serves @rareearth/data as shipped. A revised
// figure there breaks these (and the data package's own tests), nothing else.
describe("createClient() on the shipped dataset", () => {
  const client = createClient()
  afterAll(() => client.close())

  it("reads the embedded @rareearth/data dataset by default", async () => {
    const info = await client.datasetInfo()
    expect(info).toMatchObject({ source: "embedded", version: dataset.version, asOf: dataset.asOf })
    expect(info.counts.flows).toBe(dataset.flows.length)
  })

  it("tells the seed article's June 2025: 3,188 t of magnets, +157.5 % on May's 1,238 t", async () => {
    const { points } = await client.series({ commodity: "magnets", from: "2025-05", to: "2025-06" })
    expect(points.map((point) => point.tonnes)).toEqual([1238, 3188])
    expect(points[1]?.changePercent).toBeCloseTo(157.51, 2)
  })
})

describe("createClient: close", () => {
  it("rejects calls after close() with SourceUnavailableError", async () => {
    const client = createClient({ source: "embedded" })
    expect((await client.elements()).items).toHaveLength(17)
    await client.close()
    await client.close() // idempotent
    const error = await rejectionOf(client.elements())
    expect(error).toBeInstanceOf(SourceUnavailableError)
    expect((error as SourceUnavailableError).message).toContain("close")
  })
})

describe("createClient over the Http source, against a loopback server", () => {
  let server: Server
  let baseUrl: string
  let requests = 0
  let onRequest: () => void = () => {}
  /** When set, the server never answers (the socket stays open until the test ends). */
  let hang = false

  beforeAll(async () => {
    server = createServer((_request, response) => {
      requests++
      onRequest()
      if (hang) return
      response
        .writeHead(503, { "content-type": "application/problem+json", "retry-after": "20" })
        .end(JSON.stringify({ type: "about:blank", title: "Service Unavailable", status: 503 }))
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it("aborting while the source waits the server's Retry-After rejects at once, with no retry", async () => {
    requests = 0
    const first = latch()
    onRequest = first.release
    const fetched: Array<string> = []
    const client = createClient({
      source: { http: { baseUrl, cacheTtlMs: 0 } },
      fetch: (input, init) => {
        fetched.push(String(input))
        return globalThis.fetch(input, init)
      },
    })
    const controller = new AbortController()
    const pending = client.elements({ signal: controller.signal })
    await first.reached // the 503 is on its way; the source will wait 20 s before retrying
    controller.abort()
    const error = await rejectionOf(pending)
    expect(error).toBeInstanceOf(AbortedError)
    expect(requests).toBe(1)
    expect(fetched).toHaveLength(1) // the client's own fetch was used
    expect(fetched[0]).toContain("/api/v1/elements")
    await client.close()
  })

  it("rejects calls with the source's own configuration error", async () => {
    const client = createClient({ source: { http: { baseUrl: "not a url" } } })
    const error = await rejectionOf(client.elements())
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]?.path).toEqual(["baseUrl"])
    await client.close()
  })

  it("a per-call timeout rejects with TimeoutError when the server does not answer in time", async () => {
    requests = 0
    hang = true
    onRequest = () => {}
    const client = createClient({ source: { http: { baseUrl, cacheTtlMs: 0 } } })
    const error = await rejectionOf(client.elements({ timeout: 200 }))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(isRareEarthError(error)).toBe(true)
    expect(requests).toBe(1)
    hang = false
    await client.close()
  })
})

describe("createClient: lookup", () => {
  it("finds countries, commodities, forms and elements by keyword", async () => {
    const client = createClient()
    expect((await client.lookup("korea")).countries.map((match) => match.code)).toEqual([
      "KP",
      "KR",
    ])
    expect((await client.lookup("NdFeB")).commodities.map((match) => match.code)).toContain(
      "8505111000",
    )
    expect((await client.lookup("oxide")).forms[0]?.code).toBe("oxide_compound")
    expect((await client.lookup("dysprosium")).elements[0]?.code).toBe("Dy")
    await client.close()
  })
})
