/**
 * The server's own RFC 9457 problem documents: for what it refuses before the API handler runs
 * (a malformed target, a method web Requests cannot carry, a busy server, a request Node's parser
 * rejected) and for the dashboard's static files. The API handler writes its own for API routes.
 * Every answer, API or static or raw, carries {@link BASE_HEADERS}.
 */
import type { ServerResponse } from "node:http"
import type { Socket } from "node:net"
import { ApiContract } from "@rareearth/sdk"

/** Headers on every response the server writes, including Node-level error replies. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
}

/** The dashboard's headers (HTML, scripts, styles): no external resources, no framing. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  ...BASE_HEADERS,
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
}

const TITLES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  417: "Expectation Failed",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  501: "Not Implemented",
  503: "Service Unavailable",
}

/** The methods the server answers (the API is read-only; the dashboard is static). */
export const ALLOWED_METHODS = "GET, HEAD"

/** A problem's type: the contract's when it has one for the status, else about:blank (RFC 9457 §4.2). */
const typeFor = (status: number): string =>
  status === 404
    ? ApiContract.ProblemType.notFound
    : status === 405 || status === 501
      ? ApiContract.ProblemType.methodNotAllowed
      : status === 500
        ? ApiContract.ProblemType.internal
        : "about:blank"

/** A problem document as JSON text. `detail` must never hold internals (paths, stacks). */
export const problemJson = (status: number, detail: string, instance?: string): string =>
  JSON.stringify({
    type: typeFor(status),
    title: TITLES[status] ?? "Error",
    status,
    detail,
    ...(instance === undefined ? {} : { instance }),
  })

/** Answers a request with a problem document (nothing when the answer has already begun). */
export const sendProblem = (
  response: ServerResponse,
  status: number,
  detail: string,
  { instance, headers = {}, head = false }: ProblemOptions = {},
): void => {
  if (response.headersSent) {
    response.destroy()
    return
  }
  const body = problemJson(status, detail, instance)
  response.writeHead(status, {
    ...BASE_HEADERS,
    "content-type": "application/problem+json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    ...headers,
  })
  response.end(head ? undefined : body)
}

/** Options of {@link sendProblem}. */
export interface ProblemOptions {
  /** The request's target, when it is safe to echo (a parsed path). */
  readonly instance?: string
  readonly headers?: Readonly<Record<string, string>>
  /** A HEAD request: headers only. */
  readonly head?: boolean
}

/** Writes a problem document straight to a socket (no request object: Node's parser refused it), then closes it. */
export const writeRawProblem = (
  socket: Socket,
  status: number,
  detail: string,
  headers: Readonly<Record<string, string>> = {},
): void => {
  const body = problemJson(status, detail)
  const lines = Object.entries({
    ...BASE_HEADERS,
    "content-type": "application/problem+json; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
    ...headers,
  }).map(([name, value]) => `${name}: ${value}`)
  socket.end(
    `HTTP/1.1 ${status} ${TITLES[status] ?? "Error"}\r\n${lines.join("\r\n")}\r\n\r\n${body}`,
  )
}
