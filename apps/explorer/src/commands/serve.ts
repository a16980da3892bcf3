/**
 * `rareearth serve`: the dashboard and the REST API on a local port, in this process or, with
 * `--workers N`, in N stateless worker processes behind the same port (`server/workers.ts`).
 */
import type { Command } from "../cli/Command.ts"
import { describeSource, type SourceSpec } from "../cli/Source.ts"
import { serviceFor } from "../cli/SourceLayer.ts"
import { integerOption } from "../cli/validate.ts"
import { startExplorerServer } from "../server/ExplorerServer.ts"
import { isServeWorker, leaveCluster, reportListening, runPrimary } from "../server/workers.ts"

/** The port `serve` uses without --port. */
export const DEFAULT_PORT = 8080

/** Most worker processes `--workers` accepts. */
export const MAX_WORKERS = 64

/**
 * Sources whose answers cannot change while the server runs, so that the server may keep them
 * (per process, bounded): the embedded dataset and a file read once at start. A store or an
 * upstream API can change under it (another process syncs), so its answers are never kept.
 */
export const cacheableSource = (source: SourceSpec): boolean =>
  source.kind === "embedded" || source.kind === "file"

const banner = (url: string, host: string, source: SourceSpec, workers: number): string =>
  [
    `rareearth explorer on ${url}/`,
    `  dashboard: ${url}/`,
    `  API:       ${url}/api/v1 (OpenAPI: ${url}/api/v1/openapi.json)`,
    `  source:    ${describeSource(source)}`,
    ...(workers > 1 ? [`  workers:   ${workers} processes`] : []),
    ...(host === "127.0.0.1" || host === "::1"
      ? []
      : [`  warning: listening on ${host}, reachable from other machines`]),
    "Press Ctrl-C to stop.",
    "",
  ].join("\n")

/** The serve command. */
export const serveCommand: Command = {
  name: "serve",
  summary: "the dashboard and the REST API (/api/v1) on http://127.0.0.1:8080",
  usage: "serve [--port N] [--host 127.0.0.1] [--workers N]",
  description:
    "Serves the dashboard at / and the API at /api/v1 (OpenAPI at /api/v1/openapi.json) over the chosen --source. Binds to 127.0.0.1 unless --host says otherwise. --workers N runs N server processes behind the same port, each with its own connection to the source (a crashed one is replaced). Ctrl-C stops it.",
  options: {
    port: {
      type: "string",
      short: "p",
      valueName: "N",
      description: `the port (default ${DEFAULT_PORT}; 0 = any free port)`,
    },
    host: {
      type: "string",
      valueName: "HOST",
      description: "the address to bind (default 127.0.0.1)",
    },
    workers: {
      type: "string",
      valueName: "N",
      description: `server processes behind the port (default 1; at most ${MAX_WORKERS})`,
    },
  },
  formats: [],
  examples: [
    "rareearth serve",
    "rareearth serve --port 3000",
    "rareearth serve --source file:flows.csv",
    "rareearth serve --source postgres://rareearth@localhost/rareearth --workers 2",
  ],
  run: async (context) => {
    const port =
      typeof context.options.port === "string"
        ? integerOption(context.options.port, "port", 0, 65_535)
        : DEFAULT_PORT
    const host = typeof context.options.host === "string" ? context.options.host : "127.0.0.1"
    const workers =
      typeof context.options.workers === "string"
        ? integerOption(context.options.workers, "workers", 1, MAX_WORKERS)
        : 1
    if (workers > 1 && !isServeWorker()) {
      // The primary: no source of its own; the workers run this same command line.
      return runPrimary({
        workers,
        signal: context.signal,
        onListening: (url, shownHost) =>
          context.stdout(banner(url, shownHost, context.source, workers)),
        log: context.stderr,
      })
    }
    const { service, dispose } = await serviceFor(context.source)
    try {
      const server = await startExplorerServer({
        service,
        host,
        port,
        cacheAnswers: cacheableSource(context.source),
        onError: (error) =>
          context.stderr(
            `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
          ),
      }).catch((error: unknown) => {
        if (error instanceof Error && "code" in error && error.code === "EADDRINUSE") {
          throw new Error(
            `port ${port} on ${host} is already in use (--port): pick another with --port N, or --port 0 for any free port`,
          )
        }
        if (error instanceof Error && "code" in error && error.code === "EADDRNOTAVAIL") {
          throw new Error(
            `cannot bind ${host} (--host): expected an address of this machine, e.g. 127.0.0.1`,
          )
        }
        throw error
      })
      if (isServeWorker()) reportListening(server.url, server.host)
      else context.stdout(banner(server.url, server.host, context.source, 1))
      await new Promise<void>((resolve) => {
        if (context.signal.aborted) resolve()
        else context.signal.addEventListener("abort", () => resolve(), { once: true })
      })
      await server.close()
    } finally {
      await dispose()
      leaveCluster()
    }
  },
}
