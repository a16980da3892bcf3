/**
 * An answer made once and written many times: a kept API answer (`answerCache.ts`) or one of the
 * dashboard's files (`staticFiles.ts`). Its body, strong ETag and header list are computed when
 * it is made, so that writing it again costs Node's header line and the socket write, and nothing
 * per request but the request id: under load that per-request work is what separates the server
 * from one that only writes fixed bytes (issue 15).
 */
import { createHash } from "node:crypto"
import type { IncomingMessage, ServerResponse } from "node:http"

/** An answer ready to be written again. */
export interface PreparedAnswer {
  readonly status: number
  readonly body: Buffer
  /** A strong validator of `body`: `"<sha1 base64url>"`. */
  readonly etag: string
  /** The headers as a name/value list for `writeHead`: the answer's, the ETag, the length. */
  readonly headerList: ReadonlyArray<string>
  /** The same for a 304, without the body's length and type (the client keeps its own). */
  readonly notModifiedList: ReadonlyArray<string>
}

/** A strong ETag for a body. */
export const etagOf = (body: Buffer): string =>
  `"${createHash("sha1").update(body).digest("base64url")}"`

/** Whether an If-None-Match header matches an ETag (`*`, a list, weak or strong forms). */
export const matchesEtag = (ifNoneMatch: string | undefined, etag: string): boolean => {
  if (ifNoneMatch === undefined) return false
  if (ifNoneMatch.trim() === "*") return true
  // Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)
}

/** Headers a prepared answer never keeps: they are the request's own, or computed here. */
const PER_REQUEST = new Set(["x-request-id", "content-length", "etag"])

/** Prepares an answer; `headers` are lower-case names (a request id among them is dropped). */
export const prepareAnswer = (
  status: number,
  headers: Readonly<Record<string, string>>,
  body: Buffer,
): PreparedAnswer => {
  const etag = etagOf(body)
  const kept = Object.entries(headers).filter(([name]) => !PER_REQUEST.has(name))
  return {
    status,
    body,
    etag,
    headerList: [...kept.flat(), "etag", etag, "content-length", String(body.length)],
    // RFC 9110 §15.4.5: no representation metadata on a 304 (the client has it).
    notModifiedList: [...kept.filter(([name]) => name !== "content-type").flat(), "etag", etag],
  }
}

/**
 * Writes a prepared answer, or a 304 when the client holds the same bytes; `requestId` is added
 * as x-request-id when given. Nothing may have been set on `response` before (Node then takes the
 * header list as it is).
 */
export const writePrepared = (
  request: IncomingMessage,
  response: ServerResponse,
  answer: PreparedAnswer,
  requestId?: string,
): void => {
  const notModified = matchesEtag(request.headers["if-none-match"], answer.etag)
  const list = notModified ? answer.notModifiedList : answer.headerList
  response.writeHead(
    notModified ? 304 : answer.status,
    requestId === undefined ? (list as Array<string>) : [...list, "x-request-id", requestId],
  )
  response.end(notModified || request.method === "HEAD" ? undefined : answer.body)
}
