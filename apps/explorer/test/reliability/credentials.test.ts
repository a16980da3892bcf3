/**
 * A credential never leaves for another origin (issue 16, point 2), end to end: `rareearth serve
 * --source comtrade` with COMTRADE_API_URL pointing at a loopback redirector that answers
 * `302 Location: <another loopback origin>`. The other origin must see no subscription key, and
 * the key appears in no answer and no output. Prints: requests sent, statuses, crashes, leaks.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type ServeProcess, startServeProcess, Tally } from "./rawHttp.ts"

const KEY = "reliability-key-7c31e9"

const listen = async (
  host: string,
  handler: Parameters<typeof createServer>[1],
): Promise<{ server: Server; origin: string }> => {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  return { server, origin: `http://${host}:${(server.address() as AddressInfo).port}` }
}

/** Every header of every request the other origin received. */
const otherHostSaw: IncomingHttpHeaders[] = []
let other: { server: Server; origin: string }
let redirector: { server: Server; origin: string }
let serve: ServeProcess

beforeAll(async () => {
  // 127.0.0.2 is loopback too, and another host (and port) as far as origins go.
  other = await listen("127.0.0.2", (request, response) => {
    otherHostSaw.push(request.headers)
    response.writeHead(200, { "content-type": "application/json" })
    response.end(JSON.stringify({ elapsedTime: "0 secs", count: 0, data: [], error: "" }))
  })
  redirector = await listen("127.0.0.1", (request, response) => {
    response.writeHead(302, { location: `${other.origin}${request.url ?? "/"}` })
    response.end()
  })
  serve = await startServeProcess(["--source", "comtrade"], {
    COMTRADE_API_KEY: KEY,
    COMTRADE_API_URL: redirector.origin,
  })
}, 60_000)

afterAll(async () => {
  await serve?.stop()
  await new Promise((resolve) => redirector?.server.close(resolve))
  await new Promise((resolve) => other?.server.close(resolve))
})

describe("a redirecting upstream with a credential", () => {
  it("never sends the key to the other origin, nor shows it to clients", async () => {
    const tally = new Tally()
    const paths = [
      "/api/v1/flows?reporter=CN&partner=WORLD&commodity=850511&flow=export&from=2025-05&to=2025-06",
      "/api/v1/flows?reporter=CN&commodity=850511&from=2025-06&to=2025-06",
      "/api/v1/series?commodity=850511&reporter=CN&partner=WORLD&flow=export&from=2025-01&to=2025-03",
      "/api/v1/dataset",
    ]
    for (const path of paths) {
      const answer = await fetch(`${serve.url}${path}`)
      const body = await answer.text()
      tally.record(answer.status)
      if (body.includes(KEY)) tally.leak(`${path}: the key is in the answer`)
      if (answer.status === 400) console.info(path, body.slice(0, 300))
    }
    for (const headers of otherHostSaw) {
      for (const [name, value] of Object.entries(headers)) {
        if (String(value).includes(KEY)) tally.leak(`the other origin got the key in ${name}`)
      }
    }
    if (serve.stderr().includes(KEY)) tally.leak("the key is in serve's output")
    tally.crashes = serve.exit() === undefined ? 0 : 1
    console.info(
      `${tally.summary("redirecting upstream")}; the other origin got ${otherHostSaw.length} requests`,
    )
    expect(tally.leaksSeen).toEqual([])
    expect(tally.crashes).toBe(0)
  }, 120_000)
})
