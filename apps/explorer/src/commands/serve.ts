/** `rareearth serve`: the dashboard and the REST API on a local port. */
import type { Command } from "../cli/Command.ts"
import { describeSource, serviceFor } from "../cli/Source.ts"
import { integerOption } from "../cli/validate.ts"
import { startExplorerServer } from "../server/ExplorerServer.ts"

/** The port `serve` uses without --port. */
export const DEFAULT_PORT = 8080

/** The serve command. */
export const serveCommand: Command = {
  name: "serve",
  summary: "the dashboard and the REST API (/api/v1) on http://127.0.0.1:8080",
  usage: "serve [--port N] [--host 127.0.0.1]",
  description:
    "Serves the dashboard at / and the API at /api/v1 (OpenAPI at /api/v1/openapi.json) over the chosen --source. Binds to 127.0.0.1 unless --host says otherwise. Ctrl-C stops it.",
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
  },
  formats: [],
  examples: [
    "rareearth serve",
    "rareearth serve --port 3000",
    "rareearth serve --source file:flows.csv",
  ],
  run: async (context) => {
    const port =
      typeof context.options.port === "string"
        ? integerOption(context.options.port, "port", 0, 65_535)
        : DEFAULT_PORT
    const host = typeof context.options.host === "string" ? context.options.host : "127.0.0.1"
    const { service, dispose } = await serviceFor(context.source)
    try {
      const server = await startExplorerServer({
        service,
        host,
        port,
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
      context.stdout(
        [
          `rareearth explorer on ${server.url}/`,
          `  dashboard: ${server.url}/`,
          `  API:       ${server.url}/api/v1 (OpenAPI: ${server.url}/api/v1/openapi.json)`,
          `  source:    ${describeSource(context.source)}`,
          ...(server.host === "127.0.0.1" || server.host === "::1"
            ? []
            : [`  warning: listening on ${server.host}, reachable from other machines`]),
          "Press Ctrl-C to stop.",
          "",
        ].join("\n"),
      )
      await new Promise<void>((resolve) => {
        if (context.signal.aborted) resolve()
        else context.signal.addEventListener("abort", () => resolve(), { once: true })
      })
      await server.close()
    } finally {
      await dispose()
    }
  },
}
