/**
 * The explorer's HTTP server (node:http): the SDK's REST API under /api/v1 (the web-standard
 * handler from `makeApiHandler`) and the dashboard's static files. Binds 127.0.0.1 unless told
 * otherwise.
 *
 * One request never takes the process down: a target that is not a path, a method web Requests
 * refuse, a throw anywhere while answering, or a request Node's parser rejects each becomes a
 * problem document (RFC 9457) with no internals. The work a client can cause is bounded by the
 * limits in `limits.ts` (timeouts, a gate on series and flows).
 *
 * Over data that cannot change while it runs (`cacheAnswers`), repeated GET requests are answered
 * from a bounded per-process cache of serialised answers with ETags (`answerCache.ts`).
 */

import { randomUUID } from "node:crypto"
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http"
import type { AddressInfo, Socket } from "node:net"
import { ApiContract, type RareEarthService } from "@rareearth/sdk"
import { acceptedRequestId, makeApiHandler } from "@rareearth/sdk/server"
import { AnswerCache, answerKey } from "./answerCache.ts"
import { startIdleTrim } from "./idleTrim.ts"
import { DEFAULT_LIMITS, isExpensiveRoute, type ServerLimits, WorkGate } from "./limits.ts"
import { type PreparedAnswer, prepareAnswer, writePrepared } from "./preparedAnswer.ts"
import { ALLOWED_METHODS, BASE_HEADERS, sendProblem, writeRawProblem } from "./problems.ts"
import { makeStaticHandler } from "./staticFiles.ts"
import { ensureWebBuilt } from "./webBuild.ts"

/** An HTTP/1.1 request without a Host header (refused with 400, RFC 9112 §3.2). */
const lacksHost = (request: IncomingMessage): boolean =>
  request.httpVersion === "1.1" && request.headers.host === undefined
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
  /** Timeouts and the gate on expensive routes; each field defaults to {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<ServerLimits>
  /**
   * The service's answers never change while the server runs (embedded data, a file loaded at
   * start): keep GET answers in a per-process cache bounded by `limits.answerCache*`. Default
   * false; never set it over a store another process writes.
   */
  readonly cacheAnswers?: boolean
}

/** A running server. */
export interface ExplorerServer {
  /** `http://127.0.0.1:8080` (no trailing slash). */
  readonly url: string
  readonly host: string
  readonly port: number
  /** The limits in force. */
  readonly limits: ServerLimits
  /** Series and flows requests being answered and waiting for a turn, now. */
  readonly expensiveLoad: () => { readonly running: number; readonly waiting: number }
  /** Entries and bytes in the answer cache (zeros without `cacheAnswers`). */
  readonly cachedAnswers: () => { readonly entries: number; readonly bytes: number }
  /** Stops accepting connections and closes idle ones. */
  readonly close: () => Promise<void>
}

/** The path and query of a request target: origin-form (`/a?b`) or absolute-form (`http://h/a?b`). */
const requestTarget = (
  target: string | undefined,
): { readonly pathname: string; readonly search: string } | undefined => {
  if (target === undefined) return undefined
  try {
    // Prefixing (rather than resolving against a base) keeps `//x` a path, not a host.
    const url = target.startsWith("/")
      ? new URL(`http://localhost${target}`)
      : /^https?:\/\//i.test(target)
        ? new URL(target)
        : undefined
    return url === undefined ? undefined : { pathname: url.pathname, search: url.search }
  } catch {
    return undefined
  }
}

const toHeaders = (incoming: IncomingHttpHeaders): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return headers
}

/** What Node's parser refused, as a status, a detail and extra headers. */
const clientErrorAnswer = (
  code: string | undefined,
): readonly [number, string, Record<string, string>] => {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return [
        431,
        "The request line and headers exceed 16 KiB: shorten the URL or the headers.",
        {},
      ]
    case "HPE_INVALID_METHOD":
      return [501, "Unknown method: the server answers GET and HEAD.", { allow: ALLOWED_METHODS }]
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return [408, "The request took too long to arrive.", {}]
    default:
      return [400, "The request is not valid HTTP/1.1.", {}]
  }
}

/**
 * A request's body as a web stream. Cancelling it (the handler stops past its size limit) only
 * pauses the request: destroying it would cut the socket before the 413 is sent; the response
 * then closes the connection.
 */
const bodyOf = (request: IncomingMessage): ReadableStream<Uint8Array> => {
  const chunks = request[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(new Uint8Array(next.value))
    },
    cancel() {
      request.pause()
    },
  })
}

/** Starts the server; resolves once it listens. */
export const startExplorerServer = async (
  options: ExplorerServerOptions,
): Promise<ExplorerServer> => {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits }
  const host = options.host ?? "127.0.0.1"
  const webRoot = options.webRoot ?? (await ensureWebBuilt())
  const staticFiles = makeStaticHandler(webRoot, options.webRoot === undefined)
  const gate = new WorkGate(limits.maxConcurrentExpensive, limits.maxQueuedExpensive)
  const logError = (error: unknown) => {
    try {
      options.onError?.(error)
    } catch {
      // A failing logger must not turn one bad request into a crash.
    }
  }
  const api = makeApiHandler(options.service, { onError: logError })
  let origin = ""
  const cache = new AnswerCache({
    maxEntries: options.cacheAnswers === true ? limits.answerCacheEntries : 0,
    maxBytes: limits.answerCacheBytes,
  })
  // The cache key of a GET response whose answer may be kept (set in `answer`, read in `sendResponse`).
  const cacheKeys = new WeakMap<ServerResponse, string>()

  /** Writes a cached answer (304 when the client holds the same bytes) with its own request id. */
  const sendCached = (request: IncomingMessage, to: ServerResponse, cached: PreparedAnswer) => {
    const id = request.headers["x-request-id"]
    const requestId = acceptedRequestId(typeof id === "string" ? id : undefined) ?? randomUUID()
    writePrepared(request, to, cached, requestId)
  }

  /**
   * Answers a GET or HEAD whose target was answered before (a kept API answer, a dashboard file)
   * from its raw text, before anything else runs; false when it must go the whole way. The
   * checks `answer` makes before either are repeated here.
   */
  const answeredByTarget = (request: IncomingMessage, response: ServerResponse): boolean => {
    if (request.url === undefined) return false
    if (request.method !== "GET" && request.method !== "HEAD") return false
    if (lacksHost(request)) return false
    const kept = cache.getByTarget(request.url)
    if (kept !== undefined) {
      sendCached(request, response, kept)
      return true
    }
    const file = staticFiles.known(request)
    if (file === undefined) return false
    writePrepared(request, response, file)
    return true
  }

  /** web Response -> node:http response; resolves once the body is handed to the socket. */
  const sendResponse = async (answer: Response, to: ServerResponse, head: boolean) => {
    const body = head || answer.body === null ? undefined : Buffer.from(await answer.arrayBuffer())
    if (to.destroyed) return
    const headers: Record<string, string | string[]> = { ...BASE_HEADERS }
    answer.headers.forEach((value, name) => {
      headers[name] = value
    })
    const setCookies = answer.headers.getSetCookie()
    if (setCookies.length > 0) headers["set-cookie"] = setCookies
    const key = cacheKeys.get(to)
    if (key !== undefined && body !== undefined && answer.status === 200) {
      const prepared = prepareAnswer(200, headers as Record<string, string>, body)
      cache.set(key, prepared)
      headers.etag = prepared.etag
    }
    if (body !== undefined) headers["content-length"] = String(body.length)
    to.writeHead(answer.status, headers)
    to.end(body)
  }

  const answerApi = async (
    request: IncomingMessage,
    response: ServerResponse,
    target: { readonly pathname: string; readonly search: string },
  ) => {
    const head = request.method === "HEAD"
    // Aborted when the client goes away or the answer takes too long: the handler stops its work.
    const controller = new AbortController()
    const closed = new Promise<void>((resolve) =>
      response.once("close", () => {
        // Only a client that left early cancels (abort() builds a DOMException: not per request).
        if (!response.writableFinished) controller.abort()
        resolve()
      }),
    )
    let release: (() => void) | undefined
    if (isExpensiveRoute(target.pathname)) {
      release = await gate.enter(controller.signal)
      if (release === undefined) {
        if (controller.signal.aborted) return
        return sendProblem(
          response,
          503,
          "The server is answering as many series and flows requests as it allows; try again shortly.",
          { head, headers: { "retry-after": String(limits.retryAfterSeconds) } },
        )
      }
    }
    const timer = setTimeout(() => controller.abort(), limits.answerTimeoutMs)
    // Only POST /api/v1/exposure has a body; the handler reads it up to its own limit.
    const body = request.method === "POST" ? bodyOf(request) : null
    try {
      const answer = await api(
        new Request(`${origin}${target.pathname}${target.search}`, {
          method: request.method,
          headers: toHeaders(request.headers),
          signal: controller.signal,
          ...(body === null ? {} : { body, duplex: "half" }),
        } as RequestInit),
      )
      // A body left unread (past the limit) must not be taken for the next request: close.
      if (body !== null && !request.complete) response.setHeader("connection", "close")
      await sendResponse(answer, response, head)
    } finally {
      clearTimeout(timer)
      // The slot is free once the body has left (or the client has gone), so a slow reader
      // holds its share of memory against the cap.
      if (release !== undefined) void closed.then(release)
    }
  }

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const head = request.method === "HEAD"
    if (lacksHost(request)) {
      return sendProblem(response, 400, "An HTTP/1.1 request needs a Host header.", { head })
    }
    const target = requestTarget(request.url)
    if (target === undefined) {
      return sendProblem(
        response,
        400,
        "The request target is not a path: expected e.g. /api/v1/elements or /.",
        { head },
      )
    }
    const isExposure =
      target.pathname.replace(/\/+$/, "") ===
      `${ApiContract.API_PREFIX}${ApiContract.EXPOSURE_PATH}`
    if (request.method === "POST" && isExposure) return answerApi(request, response, target)
    if (request.method !== "GET" && !head) {
      return sendProblem(response, 405, `${request.method} is not supported: use GET.`, {
        headers: { allow: ALLOWED_METHODS },
      })
    }
    const { pathname } = target
    if (pathname === "/api" || pathname.startsWith("/api/")) {
      if (options.cacheAnswers === true) {
        const key = answerKey(pathname, target.search)
        if (request.url !== undefined) cache.remember(request.url, key)
        const cached = cache.get(key)
        if (cached !== undefined) return sendCached(request, response, cached)
        cacheKeys.set(response, key)
      }
      return answerApi(request, response, target)
    }
    return staticFiles.serve(
      request,
      response,
      pathname === "/favicon.ico" ? "/favicon.svg" : pathname,
    )
  }

  // After a burst of load, memory goes back to the system once the server is idle (idleTrim.ts).
  const trim = startIdleTrim(limits.idleTrimMs)

  // The last response on each connection, so that a parser error is answered only between responses.
  const lastResponse = new WeakMap<Socket, ServerResponse>()

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
      maxHeaderSize: 16 * 1024,
      // Checked in `answer`, so that the refusal is a problem document like every other.
      requireHostHeader: false,
    },
    (request, response) => {
      lastResponse.set(request.socket, response)
      trim.started()
      response.once("close", trim.ended)
      // Every writer adds BASE_HEADERS itself: nothing set here keeps Node's fast header path.
      if (answeredByTarget(request, response)) return
      answer(request, response).catch((error: unknown) => {
        logError(error)
        try {
          sendProblem(response, 500, "The server failed to answer this request.")
        } catch {
          response.destroy()
        }
      })
    },
  )
  // A connection with no traffic either way for this long is closed (no 'timeout' listener:
  // Node destroys the socket).
  server.setTimeout(limits.idleSocketTimeoutMs)
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    const previous = lastResponse.get(socket)
    if (
      error.code === "ECONNRESET" ||
      !socket.writable ||
      (previous !== undefined && !previous.writableFinished)
    ) {
      socket.destroy()
      return
    }
    const [status, detail, headers] = clientErrorAnswer(error.code)
    writeRawProblem(socket, status, detail, headers)
  })
  server.on("connect", (_request: IncomingMessage, socket: Socket) => {
    writeRawProblem(socket, 405, "CONNECT is not supported: this is not a proxy.", {
      allow: ALLOWED_METHODS,
    })
  })
  server.on("checkExpectation", (request: IncomingMessage, response: ServerResponse) => {
    sendProblem(response, 417, "The server meets no Expect header but 100-continue.", {
      head: request.method === "HEAD",
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
    limits,
    expensiveLoad: () => gate.load,
    cachedAnswers: () => cache.size,
    close: () =>
      new Promise<void>((resolve, reject) => {
        trim.stop()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeIdleConnections()
      }),
  }
}
