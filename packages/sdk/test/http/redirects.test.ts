/**
 * Redirects never carry a credential to another origin (issue 16.2). Two real loopback servers
 * on two ports are two origins: the configured one answers `302 Location: <the other>`, and the
 * other records every request it sees. The Comtrade key must never reach it; a redirect within
 * the configured origin still works.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { expect } from "vitest"
import { MAX_REDIRECTS, redirectRefusal } from "../../src/http/Redirect.ts"
import { referenceFromDataset } from "../../src/query/LocalQuery.ts"
import { ComtradeSource } from "../../src/sources/Comtrade.ts"
import { HttpSource } from "../../src/sources/Http.ts"
import { testDataset } from "./__fixtures__/dataset.ts"
import { sendJson, serveScript, type TestServer } from "./__fixtures__/server.ts"

const KEY = "redirect-test-key-0123456789"
const KEY_HEADER = "ocp-apim-subscription-key"
const EMPTY = { elapsedTime: "0.1 secs", count: 0, data: [], error: "" }
const QUERY = { reporter: "CN", commodity: "850511", from: "2024", to: "2024" } as const

/** Runs `f` with two loopback servers (two origins), closing both afterwards. */
const withServers = <A, E>(
  configured: (other: TestServer) => Parameters<typeof serveScript>[0],
  otherScript: Parameters<typeof serveScript>[0],
  f: (configured: TestServer, other: TestServer) => Effect.Effect<A, E>,
): Effect.Effect<A, E> =>
  Effect.acquireUseRelease(
    Effect.promise(async () => {
      const other = await serveScript(otherScript)
      return { other, configured: await serveScript(configured(other)) }
    }),
    ({ configured, other }) => f(configured, other),
    ({ configured, other }) =>
      Effect.promise(() => Promise.all([configured.close(), other.close()])),
  )

const comtrade = (server: TestServer) =>
  ComtradeSource.make({
    baseUrl: server.url,
    apiKey: Redacted.make(KEY),
    reference: referenceFromDataset(testDataset),
    cacheTtlMs: 0,
  })

const redirectTo =
  (location: string): Parameters<typeof serveScript>[0] =>
  (_index, _request, response) => {
    response.writeHead(302, { location })
    response.end()
  }

describe("redirects and credentials", () => {
  it.live("the Comtrade key never follows a redirect to another origin", () =>
    withServers(
      (other) => redirectTo(`${other.url}/data/v1/get/C/A/HS?stolen=1`),
      (_index, _request, response) => sendJson(response, 200, EMPTY),
      (configured, other) =>
        Effect.gen(function* () {
          const source = yield* comtrade(configured)
          const error = yield* Effect.flip(source.flows(QUERY))
          // The key went to the configured origin only.
          assert.strictEqual(configured.requests[0]?.headers[KEY_HEADER], KEY)
          for (const request of other.requests) assert.isUndefined(request.headers[KEY_HEADER])
          assert.strictEqual(other.requests.length, 0)
          // A clear error naming where the redirect pointed, without the key.
          assert.strictEqual(error._tag, "HttpError")
          expect(error.message).toContain(other.url)
          expect(error.message).toContain("redirect")
          expect(error.message).not.toContain(KEY)
        }),
    ),
  )

  it.live("a redirect within the configured origin is followed, key included", () =>
    withServers(
      () => (index, request, response) =>
        index === 0
          ? redirectTo(`/moved${request.url}`)(index, request, response)
          : sendJson(response, 200, EMPTY),
      (_index, _request, response) => sendJson(response, 200, EMPTY),
      (configured, other) =>
        Effect.gen(function* () {
          const source = yield* comtrade(configured)
          const page = yield* source.flows(QUERY)
          assert.strictEqual(page.total, 0)
          assert.strictEqual(configured.requests.length, 2)
          expect(configured.requests[1]?.url).toMatch(/^\/moved\/data\/v1\/get\/C\/A\/HS\?/)
          assert.strictEqual(configured.requests[1]?.headers[KEY_HEADER], KEY)
          assert.strictEqual(other.requests.length, 0)
        }),
    ),
  )

  it.live("the Http source refuses a redirect to another origin too", () =>
    withServers(
      (other) => redirectTo(`${other.url}/api/v1/elements`),
      (_index, _request, response) => sendJson(response, 200, []),
      (configured, other) =>
        Effect.gen(function* () {
          const http = yield* HttpSource.make({ baseUrl: configured.url, cacheTtlMs: 0 })
          const error = yield* Effect.flip(http.elements)
          assert.strictEqual(error._tag, "HttpError")
          expect(error.message).toContain(other.url)
          assert.strictEqual(other.requests.length, 0)
        }),
    ),
  )

  it.live(
    "the Http source's exposure POST follows no redirect: its body stays with the origin",
    () =>
      withServers(
        // 307 keeps method and body: a client following it would POST the bill to the other host.
        (other) => (_index, request, response) => {
          response.writeHead(307, { location: `${other.url}${request.url}` })
          response.end()
        },
        (_index, _request, response) => sendJson(response, 200, {}),
        (configured, other) =>
          Effect.gen(function* () {
            const http = yield* HttpSource.make({ baseUrl: configured.url, cacheTtlMs: 0 })
            const error = yield* Effect.flip(
              http.exposure({ bom: { records: [] }, on: "2025-06-01" }),
            )
            assert.strictEqual(error._tag, "HttpError")
            expect(error.message).toContain(other.url)
            expect(error.message).toContain("does not follow for a POST")
            assert.strictEqual(configured.requests.length, 1)
            assert.strictEqual(other.requests.length, 0)
          }),
      ),
  )

  it.live("redirects are bounded: a loop within the origin fails after MAX_REDIRECTS hops", () =>
    withServers(
      () => (index, _request, response) => redirectTo(`/loop/${index}`)(index, _request, response),
      (_index, _request, response) => sendJson(response, 200, EMPTY),
      (configured) =>
        Effect.gen(function* () {
          const source = yield* comtrade(configured)
          const error = yield* Effect.flip(source.flows(QUERY))
          assert.strictEqual(error._tag, "HttpError")
          expect(error.message).toContain(`more than ${MAX_REDIRECTS} redirects`)
          assert.strictEqual(configured.requests.length, MAX_REDIRECTS + 1)
        }),
    ),
  )
})

describe("redirects in a browser", () => {
  it.effect(
    "a redirect whose target the browser hides (opaqueredirect) is refused, saying so",
    () =>
      Effect.gen(function* () {
        const seen: Array<RequestInit | undefined> = []
        const http = yield* HttpSource.make({
          baseUrl: "https://rareearth.example.org",
          cacheTtlMs: 0,
          // What a browser's fetch answers to a redirect under `redirect: "manual"`.
          maxRetries: 0,
          fetch: async (_input, init) => {
            seen.push(init)
            const opaque = { type: "opaqueredirect", status: 0, headers: new Headers(), body: null }
            return opaque as unknown as Response
          },
        })
        const error = yield* Effect.flip(http.elements)
        assert.strictEqual(error._tag, "HttpError")
        expect(error.message).toContain("the browser does not reveal its target")
        assert.strictEqual(seen[0]?.redirect, "manual")
        assert.strictEqual(seen.length, 1)
      }),
  )
})

describe("the redirect rule", () => {
  const from = new URL("https://comtradeapi.un.org/data/v1/get/C/A/HS?period=2024")

  it("allows the same origin, any path", () => {
    assert.isUndefined(redirectRefusal(from, new URL("https://comtradeapi.un.org/v2/other")))
  })

  it("refuses a downgrade from https to http, even to the same host", () => {
    expect(redirectRefusal(from, new URL("http://comtradeapi.un.org/data"))).toContain(
      "downgrade from https to http",
    )
  })

  it("refuses another host, another port and another scheme, naming the target origin", () => {
    for (const target of [
      "https://evil.example/steal",
      "https://comtradeapi.un.org:8443/data",
      "https://sub.comtradeapi.un.org/data",
    ]) {
      expect(redirectRefusal(from, new URL(target))).toContain(new URL(target).origin)
    }
    expect(
      redirectRefusal(new URL("http://127.0.0.1:4321/a"), new URL("https://127.0.0.1:4321/a")),
    ).toContain("another origin")
  })
})
