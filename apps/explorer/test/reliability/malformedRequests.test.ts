/**
 * Malformed request lines, methods, paths and headers sent over raw TCP to a real `rareearth
 * serve` process (issue 16, point 1): each gets an answer (an error is a problem+json document
 * with no stack trace), every answer carries `x-content-type-options: nosniff`, the process never
 * exits, and it still answers a plain request at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { LEAKS_INTERNALS, type ServeProcess, sendRaw, startServeProcess, Tally } from "./rawHttp.ts"

let server: ServeProcess

beforeAll(async () => {
  server = await startServeProcess()
}, 60_000)

afterAll(async () => {
  await server?.stop()
})

const request = (line: string, headers = "Host: 127.0.0.1\r\nConnection: close\r\n") =>
  `${line}\r\n${headers}\r\n`

/** [what, bytes, the status the server must answer]. */
const CORPUS: ReadonlyArray<readonly [string, string | Buffer, number]> = [
  // The crashes of issue 16: a path that is not a valid URL relative to a base, and a method
  // web Requests refuse.
  ["GET //", request("GET // HTTP/1.1"), 404],
  ["GET //?x=1", request("GET //?x=1 HTTP/1.1"), 404],
  ["GET //api/v1/elements", request("GET //api/v1/elements HTTP/1.1"), 404],
  ["GET ///", request("GET /// HTTP/1.1"), 404],
  ["GET //evil.example/", request("GET //evil.example/ HTTP/1.1"), 404],
  ["TRACE an API route", request("TRACE /api/v1/elements HTTP/1.1"), 405],
  ["TRACE the dashboard", request("TRACE / HTTP/1.1"), 405],
  // A method Node's parser does not know.
  ["TRACK", request("TRACK /api/v1/elements HTTP/1.1"), 501],
  ["CONNECT", request("CONNECT 127.0.0.1:80 HTTP/1.1"), 405],
  [
    "POST with a body",
    request(
      "POST /api/v1/elements HTTP/1.1",
      "Host: a\r\nContent-Length: 5\r\nConnection: close\r\n",
    ).replace(/\r\n\r\n$/, "\r\n\r\nhello"),
    405,
  ],
  ["DELETE the dashboard", request("DELETE / HTTP/1.1"), 405],
  ["OPTIONS *", request("OPTIONS * HTTP/1.1"), 400],
  ["GET *", request("GET * HTTP/1.1"), 400],
  ["an absolute-form target", request("GET http://evil.example/api/v1/elements HTTP/1.1"), 200],
  ["an absolute-form target of another scheme", request("GET ftp://evil.example/ HTTP/1.1"), 400],
  ["a target that is not a path", request("GET api/v1/elements HTTP/1.1"), 400],
  // Percent-encoding the dashboard's static handler cannot decode.
  ["GET /%ZZ", request("GET /%ZZ HTTP/1.1"), 400],
  ["GET /%E0%A4%A", request("GET /%E0%A4%A HTTP/1.1"), 400],
  ["GET /%", request("GET /% HTTP/1.1"), 400],
  ["GET /%C0%AE%C0%AE/package.json", request("GET /%C0%AE%C0%AE/package.json HTTP/1.1"), 400],
  ["an encoded NUL", request("GET /index.html%00.js HTTP/1.1"), 404],
  ["a traversal", request("GET /../../../../etc/passwd HTTP/1.1"), 404],
  ["an encoded traversal", request("GET /..%2f..%2f..%2fpackage.json HTTP/1.1"), 404],
  ["a backslash traversal", request("GET /..\\..\\package.json HTTP/1.1"), 404],
  ["the API with a bad escape", request("GET /api/v1/elements/%ZZ HTTP/1.1"), 404],
  ["a parameter with a bad escape", request("GET /api/v1/controls?on=%ZZ HTTP/1.1"), 400],
  // What Node's parser rejects before the request handler: answered as problem+json too.
  ["an unknown method", request("BREW /api/v1/elements HTTP/1.1"), 501],
  ["a lower-case method", request("get / HTTP/1.1"), 501],
  ["HTTP/9.9", request("GET / HTTP/9.9"), 400],
  // HTTP/0.9 style: Node reads it as a request for /.
  ["no version", "GET /\r\n\r\n", 200],
  ["a bare LF request", "GET / HTTP/1.1\nHost: a\n\n", 400],
  ["a NUL in the target", request("GET /\u0000 HTTP/1.1"), 400],
  ["a space in the target", request("GET /a b HTTP/1.1"), 400],
  ["a TLS ClientHello", Buffer.from("16030100a5010000a10303", "hex"), 501],
  ["binary noise", Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37) % 256)), 501],
  ["a header without a colon", request("GET / HTTP/1.1", "Host: a\r\nbroken header\r\n"), 400],
  ["a header name with a space", request("GET / HTTP/1.1", "Host: a\r\nx y: 1\r\n"), 400],
  [
    "a negative Content-Length",
    request("GET / HTTP/1.1", "Host: a\r\nContent-Length: -1\r\n"),
    400,
  ],
  [
    "Content-Length and Transfer-Encoding",
    request(
      "POST /api/v1/elements HTTP/1.1",
      "Host: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n",
    ),
    400,
  ],
  [
    "two Content-Lengths",
    request("GET / HTTP/1.1", "Host: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n"),
    400,
  ],
  ["HTTP/1.1 without Host", "GET /api/v1/elements HTTP/1.1\r\nConnection: close\r\n\r\n", 400],
  ["a URL over 16 kB", request(`GET /api/v1/elements?x=${"a".repeat(17_000)} HTTP/1.1`), 431],
  [
    "a header over 16 kB",
    request("GET / HTTP/1.1", `Host: a\r\nx-big: ${"b".repeat(17_000)}\r\n`),
    431,
  ],
  ["many headers", request("GET / HTTP/1.1", `Host: a\r\n${"x-h: 1\r\n".repeat(3_000)}`), 431],
  // Headers the handler reads.
  [
    "a strange request id",
    request(
      "GET /api/v1/elements HTTP/1.1",
      "Host: a\r\nx-request-id: <script>\r\nConnection: close\r\n",
    ),
    200,
  ],
  [
    "an Upgrade request",
    request(
      "GET /api/v1/elements HTTP/1.1",
      "Host: a\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n",
    ),
    200,
  ],
  ["HTTP/1.0 without Host", "GET /api/v1/elements HTTP/1.0\r\n\r\n", 200],
  ["HEAD of a missing file", request("HEAD /missing.js HTTP/1.1"), 404],
]

describe("malformed requests over raw TCP", () => {
  it("answers each one, crashes never, and still answers afterwards", async () => {
    const tally = new Tally()
    const wrong: string[] = []
    for (const [what, bytes, expected] of CORPUS) {
      const answer = await sendRaw(server.port, bytes).catch(() => undefined)
      if (answer === undefined) {
        tally.record("refused")
        tally.crashes += 1
        wrong.push(`${what}: connection refused (the server is gone)`)
        break
      }
      tally.record(answer.status)
      if (server.exit() !== undefined) {
        tally.crashes += 1
        wrong.push(`${what}: the server exited (${JSON.stringify(server.exit())})`)
        break
      }
      if (answer.status !== expected) {
        wrong.push(`${what}: expected ${expected}, got ${answer.status ?? "no answer"}`)
      }
      if (answer.headers["x-content-type-options"] !== "nosniff") {
        wrong.push(`${what}: no x-content-type-options: nosniff`)
      }
      if (
        answer.status !== undefined &&
        answer.status >= 400 &&
        !answer.headers["content-type"]?.startsWith("application/problem+json")
      ) {
        wrong.push(
          `${what}: ${answer.status} is ${answer.headers["content-type"]}, not problem+json`,
        )
      }
      if (LEAKS_INTERNALS.test(answer.body)) tally.leak(`${what}: ${answer.body.slice(0, 200)}`)
    }
    console.info(tally.summary("malformed requests"))
    expect(wrong).toEqual([])
    expect(tally.crashes).toBe(0)
    expect(tally.leaksSeen).toEqual([])
    expect(server.exit()).toBeUndefined()
    const after = await fetch(`${server.url}/api/v1/elements`)
    expect(after.status).toBe(200)
    expect(((await after.json()) as { items: unknown[] }).items).toHaveLength(17)
  }, 120_000)
})
