/**
 * The explorer's HTTP server (node:http): the SDK's REST API under /api/v1 (the web-standard
 * handler from `makeApiHandler`) and the dashboard's static files. Binds 127.0.0.1 unless told
 * otherwise.
 */
import { readFile } from "node:fs/promises"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { extname, join, normalize, sep } from "node:path"
import { makeApiHandler, type RareEarthService } from "@rareearth/sdk"
import { ensureWebBuilt } from "./webBuild.ts"

/** Options of {@link startExplorerServer}. */
export interface ExplorerServerOptions {
  /** The data behind the API. */
  readonly service: RareEarthService
  /** Default 127.0.0.1 (loopback only). */
  readonly host?: string
  /** Default 8080; 0 picks a free port. */
  readonly port?: number
  /** The built dashboard; default dist/web, built on the fly when missing or stale. */
  readonly webRoot?: string
  /** Called with internal errors, for logging (never sent to clients). */
  readonly onError?: (error: unknown) => void
}

/** A running server. */
export interface ExplorerServer {
  /** `http://127.0.0.1:8080` (no trailing slash). */
  readonly url: string
  readonly host: string
  readonly port: number
  /** Stops accepting connections and closes idle ones. */
  readonly close: () => Promise<void>
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
}

/** node:http request -> web Request. */
const toRequest = (request: IncomingMessage, origin: string): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return new Request(new URL(request.url ?? "/", origin), {
    method: request.method ?? "GET",
    headers,
  })
}

/** web Response -> node:http response. */
const sendResponse = async (
  response: Response,
  to: ServerResponse,
  head: boolean,
): Promise<void> => {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const setCookies = response.headers.getSetCookie()
  if (setCookies.length > 0) headers["set-cookie"] = setCookies
  to.writeHead(response.status, headers)
  if (head || response.body === null) {
    to.end()
    return
  }
  to.end(Buffer.from(await response.arrayBuffer()))
}

const sendText = (
  to: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
) => {
  to.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    ...SECURITY_HEADERS,
    ...extra,
  })
  to.end(text)
}

/** Starts the server; resolves once it listens. */
export const startExplorerServer = async (
  options: ExplorerServerOptions,
): Promise<ExplorerServer> => {
  const host = options.host ?? "127.0.0.1"
  const webRoot = options.webRoot ?? (await ensureWebBuilt())
  const api = makeApiHandler(options.service, {
    onError: (error) => options.onError?.(error),
  })

  const serveStatic = async (
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
  ) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return sendText(response, 405, "Method not allowed: use GET", { allow: "GET, HEAD" })
    }
    const relative =
      pathname === "/" ? "index.html" : decodeURIComponent(pathname).replace(/^\/+/, "")
    // Loading the page picks up edits to the dashboard's sources (a cheap mtime check).
    if (relative === "index.html" && options.webRoot === undefined) await ensureWebBuilt()
    const path = normalize(join(webRoot, relative))
    if (!path.startsWith(webRoot + sep) || relative.startsWith(".")) {
      return sendText(response, 404, `Not found: ${pathname}`)
    }
    let body: Buffer
    try {
      body = await readFile(path)
    } catch {
      try {
        // A concurrent `pnpm build` may be swapping dist/web in: wait for a complete build, retry.
        if (options.webRoot !== undefined) throw new Error("not found")
        await ensureWebBuilt()
        body = await readFile(path)
      } catch {
        return sendText(
          response,
          404,
          `Not found: ${pathname} (the dashboard is at /, the API at /api/v1)`,
        )
      }
    }
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": "no-cache",
      ...SECURITY_HEADERS,
    })
    response.end(request.method === "HEAD" ? undefined : body)
  }

  let origin = ""
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname
    const handle =
      pathname === "/api" || pathname.startsWith("/api/")
        ? api(toRequest(request, origin)).then((answer) =>
            sendResponse(answer, response, request.method === "HEAD"),
          )
        : pathname === "/favicon.ico"
          ? serveStatic(request, response, "/favicon.svg")
          : serveStatic(request, response, pathname)
    handle.catch((error: unknown) => {
      options.onError?.(error)
      if (!response.headersSent) {
        response.writeHead(500, { "content-type": "application/problem+json" })
        response.end(
          JSON.stringify({ type: "about:blank", title: "Internal Server Error", status: 500 }),
        )
      } else response.destroy()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 8080, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address
  origin = `http://${shownHost}:${address.port}`
  return {
    url: origin,
    host: address.address,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeIdleConnections()
      }),
  }
}
