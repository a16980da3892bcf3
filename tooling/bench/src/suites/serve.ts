/**
 * `rareearth serve` under load (issues 15 and 16): autocannon on loopback against the explorer
 * (a real `serve` process over the embedded dataset) and, in the same run, against a trivial
 * node:http server returning the same bytes for the same paths. Per route (series, flows,
 * controls, the dashboard page) and per connection count (50, 200): requests/s, p50 and p99
 * latency, and the ratio of costs per request (ours / trivial; ≤ 2 means throughput ≥ 0.5×).
 * Ours and the trivial server take turns in short slices (3 × 4 s each), so that the load other
 * programs put on the machine weighs on both alike; p50 is the median of the slices' p50s, p99
 * the worst slice's p99.
 *
 * Memory: the server's RSS before, at its peak during, and after the runs (after an idle pause),
 * under a flood of the widest series (`from=1000-01&to=9999-12`, refused by the span limit), after
 * the same load again, and over a 5-minute mixed run (RSS per minute: flat or not;
 * RAREEARTH_BENCH_SOAK_SECONDS shortens it, and the output says so).
 *
 * Past one machine: `serve --workers 1` and `--workers 2` over one PostgreSQL database (the
 * bench's throwaway cluster from tooling/scripts/postgres-test-server.sh, or DATABASE_URL) on
 * series and flows, which query the database on every request. Loopback only; every run has a
 * fixed duration.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import autocannon from "autocannon"
import type { BenchContext } from "../context.ts"
import { formatBytes, markdownTable, ratio } from "../report.ts"
import { findPostgres } from "./persist.ts"

const ROUTES: ReadonlyArray<readonly [string, string]> = [
  ["series", "/api/v1/series?commodity=magnets&partner=US&from=2024-01&to=2025-12"],
  ["flows", "/api/v1/flows?commodity=magnets&reporter=CN&limit=100"],
  ["controls", "/api/v1/controls?on=2025-06-01"],
  ["dashboard", "/"],
]
const FLOOD = "/api/v1/series?commodity=magnets&from=1000-01&to=9999-12"

/** The trivial peer: serves fixed bytes per path, read from a JSON file. */
const TRIVIAL_SERVER = `
const { createServer } = require("node:http")
const pages = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"))
for (const page of Object.values(pages)) page.body = Buffer.from(page.body, "base64")
const server = createServer((request, response) => {
  const page = pages[request.url]
  if (page === undefined) { response.writeHead(404); response.end(); return }
  response.writeHead(200, { "content-type": page.type, "content-length": page.body.length })
  response.end(page.body)
})
server.listen(0, "127.0.0.1", () => console.log("listening on " + server.address().port))
`

interface Running {
  readonly url: string
  readonly child: ChildProcess
}

/** Starts a process and resolves with the first URL it prints. */
const startProcess = (args: ReadonlyArray<string>, pattern: RegExp, cwd: string) =>
  new Promise<Running>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = pattern.exec(output)
      if (match?.[1]) resolve({ url: `http://127.0.0.1:${match[1]}`, child })
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on("exit", (code) => reject(new Error(`exited ${code} before listening: ${output}`)))
  })

const stop = (running: Running) =>
  new Promise<void>((resolve) => {
    if (running.child.exitCode !== null) return resolve()
    running.child.once("exit", () => resolve())
    running.child.kill("SIGTERM")
  })

/** Resident set size of a process, in bytes (Linux /proc). */
const rssOf = (pid: number | undefined): number => {
  if (pid === undefined) return Number.NaN
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))
    return match ? Number(match[1]) * 1024 : Number.NaN
  } catch {
    return Number.NaN
  }
}

interface LoadResult {
  readonly requestsPerSecond: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly non2xx: number
  readonly errors: number
}

const load = async (
  url: string,
  connections: number,
  seconds: number,
  paths?: ReadonlyArray<string>,
): Promise<LoadResult> => {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(paths === undefined ? {} : { requests: paths.map((path) => ({ method: "GET", path })) }),
  })
  return {
    // Answered requests only: a 503 from the server's gate is not throughput.
    requestsPerSecond: result["2xx"] / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

const median = (values: ReadonlyArray<number>): number => {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** Slices of ours and the peer, in turns; requests/s over all slices, p50 median, p99 worst. */
const loadInTurns = async (
  urls: readonly [string, string],
  connections: number,
  slices: number,
  seconds: number,
): Promise<readonly [LoadResult, LoadResult]> => {
  const runs: [Array<LoadResult>, Array<LoadResult>] = [[], []]
  for (let slice = 0; slice < slices; slice++) {
    for (const side of [0, 1] as const)
      runs[side].push(await load(urls[side], connections, seconds))
  }
  const combine = (results: ReadonlyArray<LoadResult>): LoadResult => ({
    requestsPerSecond:
      results.reduce((sum, result) => sum + result.requestsPerSecond, 0) / results.length,
    p50Ms: median(results.map((result) => result.p50Ms)),
    p99Ms: Math.max(...results.map((result) => result.p99Ms)),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
  })
  return [combine(runs[0]), combine(runs[1])]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const SERVE_PATTERN = /rareearth explorer on http:\/\/127\.0\.0\.1:(\d+)\//

/** `rareearth serve --port 0 ...args` from the sources. */
const startServe = (context: BenchContext, args: ReadonlyArray<string> = []) =>
  startProcess(
    ["--conditions=@rareearth/source", join("src", "main.ts"), "serve", "--port", "0", ...args],
    SERVE_PATTERN,
    join(context.benchDirectory, "..", "..", "apps", "explorer"),
  )

/** Resident size of a process and its children (a `--workers` primary and its workers). */
const treeRss = (pid: number | undefined): number => {
  if (pid === undefined) return Number.NaN
  let children: ReadonlyArray<number> = []
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter((item) => item !== "")
      .map(Number)
  } catch {
    // Gone, or not Linux.
  }
  return children.reduce((sum, child) => sum + rssOf(child), rssOf(pid))
}

/** Runs the serve suite. */
export const runServeSuite = async (context: BenchContext): Promise<void> => {
  const { log, options } = context
  const seconds = options.smoke ? 1 : 10
  const slices = options.smoke ? 1 : 3
  const sliceSeconds = options.smoke ? 1 : 4
  const connectionCounts = options.smoke ? [10] : [50, 200]
  const soakSeconds = Number(
    process.env.RAREEARTH_BENCH_SOAK_SECONDS ?? (options.smoke ? "2" : "300"),
  )
  log("\n## serve: the explorer's HTTP server under load (autocannon, loopback)")

  const ours = await startServe(context)
  let trivial: Running | undefined
  try {
    // The same bytes for the trivial server; in smoke mode, a check that both serve them.
    const pages: Record<string, { type: string; body: string }> = {}
    for (const [, path] of ROUTES) {
      const response = await fetch(`${ours.url}${path}`)
      if (response.status !== 200) throw new Error(`${path}: ${response.status} from serve`)
      pages[path] = {
        type: response.headers.get("content-type") ?? "application/octet-stream",
        body: Buffer.from(await response.arrayBuffer()).toString("base64"),
      }
    }
    mkdirSync(context.cacheDirectory, { recursive: true })
    const pagesFile = join(context.cacheDirectory, "serve-pages.json")
    writeFileSync(pagesFile, JSON.stringify(pages))
    trivial = await startProcess(
      ["-e", TRIVIAL_SERVER, pagesFile],
      /listening on (\d+)/,
      context.cacheDirectory,
    )
    for (const [, path] of ROUTES) {
      const same = Buffer.from(await (await fetch(`${trivial.url}${path}`)).arrayBuffer())
      if (same.toString("base64") !== pages[path]?.body)
        throw new Error(`${path}: the trivial server does not return serve's bytes`)
    }

    await sleep(1_000)
    const rssBefore = rssOf(ours.child.pid)
    let rssPeak = rssBefore
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, rssOf(ours.child.pid))
    }, 100)
    let rssAfter = Number.NaN
    let rssAfterRepeat = Number.NaN
    let soakResult:
      | {
          seconds: number
          requestsPerSecond: number
          non2xx: number
          rssPerMinute: Array<number>
          rssAfter: number
        }
      | undefined
    const rows: Array<Array<string>> = []
    const runs: Array<Record<string, unknown>> = []
    try {
      for (const connections of connectionCounts) {
        for (const [name, path] of ROUTES) {
          const [mine, peer] = await loadInTurns(
            [`${ours.url}${path}`, `${trivial.url}${path}`],
            connections,
            slices,
            sliceSeconds,
          )
          const throughput = mine.requestsPerSecond / peer.requestsPerSecond
          runs.push({ route: name, path, connections, serve: mine, trivial: peer, throughput })
          rows.push([
            name,
            String(connections),
            mine.requestsPerSecond.toFixed(0),
            `${mine.p50Ms} / ${mine.p99Ms}`,
            peer.requestsPerSecond.toFixed(0),
            `${peer.p50Ms} / ${peer.p99Ms}`,
            throughput.toFixed(2),
            String(mine.non2xx + mine.errors),
          ])
          context.ratios.push(
            ratio(
              "serve",
              `${name}, ${connections} connections: ms per request`,
              { name: "rareearth serve", value: 1000 / mine.requestsPerSecond },
              { name: "trivial node:http, same bytes", value: 1000 / peer.requestsPerSecond },
              "ms",
              { max: 2, text: "throughput ≥ 0.5× (issue 15)" },
            ),
          )
        }
      }
      // The widest series, many at once: the gate and the span limit keep memory bounded.
      const flood = await load(`${ours.url}${FLOOD}`, options.smoke ? 10 : 100, seconds)
      runs.push({ route: "series flood", path: FLOOD, connections: 100, serve: flood })
      rows.push([
        "series flood",
        options.smoke ? "10" : "100",
        flood.requestsPerSecond.toFixed(0),
        `${flood.p50Ms} / ${flood.p99Ms}`,
        "",
        "",
        "",
        String(flood.non2xx + flood.errors),
      ])
      // The flood's answers still being computed count towards the peak: wait until the gate
      // lets a series through again, then an idle pause, then the resting size.
      while ((await fetch(`${ours.url}${ROUTES[0]?.[1]}`)).status !== 200) await sleep(250)
      await sleep(options.smoke ? 500 : 10_000)
      rssAfter = rssOf(ours.child.pid)
      // The same load again on ours: a server that grows per request ends higher than after the
      // first pass; one that only keeps the pages it grew ends about where it was.
      for (const [, path] of ROUTES) await load(`${ours.url}${path}`, 200, seconds)
      await sleep(options.smoke ? 500 : 10_000)
      rssAfterRepeat = rssOf(ours.child.pid)
      // A long mixed run: RSS per minute must stay flat (issue 15).
      const perMinute: Array<number> = []
      const soakSampler = setInterval(() => {
        const minute = perMinute.length === 0 ? 0 : perMinute.length - 1
        const rss = rssOf(ours.child.pid)
        if (perMinute.length === 0) perMinute.push(rss)
        else perMinute[minute] = Math.max(perMinute[minute] ?? 0, rss)
      }, 1_000)
      const minuteTicker = setInterval(() => perMinute.push(0), 60_000)
      const soak = await load(
        ours.url,
        50,
        soakSeconds,
        ROUTES.map(([, path]) => path),
      )
      clearInterval(soakSampler)
      clearInterval(minuteTicker)
      await sleep(options.smoke ? 500 : 10_000)
      soakResult = {
        seconds: soakSeconds,
        requestsPerSecond: soak.requestsPerSecond,
        non2xx: soak.non2xx + soak.errors,
        rssPerMinute: perMinute.filter((value) => value > 0),
        rssAfter: rssOf(ours.child.pid),
      }
    } finally {
      clearInterval(sampler)
    }
    log(
      markdownTable(
        [
          "route",
          "connections",
          "serve req/s",
          "serve p50 / p99 ms",
          "trivial req/s",
          "trivial p50 / p99 ms",
          "throughput ratio",
          "non-2xx + errors",
        ],
        rows,
      ),
    )
    const returned = rssAfter / rssBefore
    log(
      `serve RSS: before ${formatBytes(rssBefore)}, peak during ${formatBytes(rssPeak)}, after ${formatBytes(rssAfter)} (${(returned * 100).toFixed(0)}% of before; target ≤ 120%), after the same load again ${formatBytes(rssAfterRepeat)} (${((rssAfterRepeat / rssAfter) * 100).toFixed(0)}% of after: growth per request)`,
    )
    if (soakResult !== undefined) {
      const first = soakResult.rssPerMinute[0] ?? Number.NaN
      const last = soakResult.rssPerMinute.at(-1) ?? Number.NaN
      log(
        `serve RSS over a ${soakResult.seconds} s mixed run (50 connections, the four routes in turn, ${soakResult.requestsPerSecond.toFixed(0)} req/s, ${soakResult.non2xx} non-2xx)${soakResult.seconds < 300 ? " [partial: shorter than the 5 minutes of issue 15]" : ""}: peak per minute ${soakResult.rssPerMinute.map(formatBytes).join(", ")} (last/first ${(last / first).toFixed(2)}); after ${formatBytes(soakResult.rssAfter)} (${((soakResult.rssAfter / rssBefore) * 100).toFixed(0)}% of before)`,
      )
    }
    context.results.serve = {
      seconds,
      slices,
      sliceSeconds,
      soak: soakResult,
      runs,
      rss: {
        before: rssBefore,
        peak: rssPeak,
        after: rssAfter,
        afterOverBefore: returned,
        afterRepeat: rssAfterRepeat,
      },
    }
    if (!options.smoke && returned > 1.2)
      context.problem(`serve RSS did not return within 20% of its start (${returned.toFixed(2)}×)`)
  } finally {
    if (trivial !== undefined) await stop(trivial)
    await stop(ours)
  }
  await runPostgresScaling(context, seconds, connectionCounts)
}

/** Series and flows over one PostgreSQL database, with 1 and 2 server processes. */
const runPostgresScaling = async (
  context: BenchContext,
  seconds: number,
  connectionCounts: ReadonlyArray<number>,
): Promise<void> => {
  const { log } = context
  log("\n### serve over PostgreSQL: 1 and 2 processes (`serve --workers N`, one database)")
  const postgres = findPostgres(context)
  if ("missing" in postgres) {
    log(`skipped: ${postgres.missing}`)
    return
  }
  try {
    const url = new URL(postgres.url)
    url.searchParams.set("schema", "bench_serve")
    const { default: pg } = await import("pg")
    const client = new pg.Client({ connectionString: postgres.url })
    await client.connect()
    await client.query("DROP SCHEMA IF EXISTS bench_serve CASCADE")
    await client.end()
    execFileSync(
      process.execPath,
      [
        "--conditions=@rareearth/source",
        join("src", "main.ts"),
        "sync",
        "--from",
        "embedded",
        "--into",
        url.toString(),
      ],
      { cwd: join(context.benchDirectory, "..", "..", "apps", "explorer"), stdio: "ignore" },
    )
    const routes = ROUTES.filter(([name]) => name === "series" || name === "flows")
    const byWorkers = new Map<number, Map<string, LoadResult>>()
    const rssPeaks = new Map<number, number>()
    for (const workers of [1, 2]) {
      const server = await startServe(context, [
        "--source",
        url.toString(),
        "--workers",
        String(workers),
      ])
      const results = new Map<string, LoadResult>()
      let peak = 0
      const sampler = setInterval(() => {
        peak = Math.max(peak, treeRss(server.child.pid))
      }, 250)
      try {
        for (const connections of connectionCounts)
          for (const [name, path] of routes)
            results.set(
              `${name} ${connections}`,
              await load(`${server.url}${path}`, connections, seconds),
            )
      } finally {
        clearInterval(sampler)
        await stop(server)
      }
      byWorkers.set(workers, results)
      rssPeaks.set(workers, peak)
    }
    const rows: Array<Array<string>> = []
    for (const connections of connectionCounts) {
      for (const [name] of routes) {
        const one = byWorkers.get(1)?.get(`${name} ${connections}`)
        const two = byWorkers.get(2)?.get(`${name} ${connections}`)
        if (one === undefined || two === undefined) continue
        rows.push([
          name,
          String(connections),
          one.requestsPerSecond.toFixed(0),
          `${one.p50Ms} / ${one.p99Ms}`,
          String(one.non2xx + one.errors),
          two.requestsPerSecond.toFixed(0),
          `${two.p50Ms} / ${two.p99Ms}`,
          String(two.non2xx + two.errors),
          (two.requestsPerSecond / one.requestsPerSecond).toFixed(2),
        ])
      }
    }
    log(
      markdownTable(
        [
          "route",
          "connections",
          "1 process req/s",
          "p50 / p99 ms",
          "non-2xx + errors",
          "2 processes req/s",
          "p50 / p99 ms",
          "non-2xx + errors",
          "2 / 1",
        ],
        rows,
      ),
    )
    log(
      `peak RSS (all processes): 1 process ${formatBytes(rssPeaks.get(1) ?? Number.NaN)}, 2 processes ${formatBytes(rssPeaks.get(2) ?? Number.NaN)}; PostgreSQL shares the same 2 cores`,
    )
    context.results.servePostgres = {
      seconds,
      runs: Object.fromEntries(
        [...byWorkers].map(([workers, results]) => [workers, Object.fromEntries(results)]),
      ),
      rssPeaks: Object.fromEntries(rssPeaks),
    }
  } finally {
    postgres.stop?.()
  }
}
