/**
 * A bounded, per-process cache of the API's GET answers, for sources whose data cannot change
 * while the server runs (the embedded dataset, a file loaded at start). A hit skips the web
 * Request/Response round trip, the Effect run and the JSON serialisation: the bytes were made
 * once, with a strong ETag, and are written straight to the socket (304 for a matching
 * If-None-Match).
 *
 * Keys are the path plus the query with its parameters sorted by name (values of a repeated name
 * keep their order), decoded as the API decodes them: `?b=2&a=1` and `?a=1&b=%32` share an entry.
 * Only 200 answers are kept; problem documents carry a request id and are never cached.
 * Each process has its own cache (nothing another process would miss); bounded in entries and
 * bytes, least recently used out first. Mutable sources (SQLite, PostgreSQL, HTTP, Comtrade) get
 * no cache: `serve` decides (see `cacheableSource`).
 */
import { createHash } from "node:crypto"

/** One cached answer: everything needed to write it again. */
export interface CachedAnswer {
  readonly status: number
  /** The answer's headers except the per-request ones (x-request-id, content-length). */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Buffer
  /** A strong validator of `body`: `"<sha1 base64url>"`. */
  readonly etag: string
}

/** Sizes of the cache; 0 bytes turns it off. */
export interface AnswerCacheLimits {
  /** Entries kept at most. */
  readonly maxEntries: number
  /** Bytes of bodies kept at most; an answer over an eighth of it is never kept. */
  readonly maxBytes: number
}

/** The key of a request: path + query with parameters sorted by name (stable). */
export const answerKey = (pathname: string, search: string): string => {
  if (search === "" || search === "?") return pathname
  const entries = [...new URLSearchParams(search)]
  // Array.prototype.sort is stable: repeated names keep their order, as the API reads them.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${pathname}?${new URLSearchParams(entries).toString()}`
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

/** The LRU cache of answers (a Map keeps insertion order: a hit moves its entry to the end). */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>()
  private bytes = 0
  private readonly limits: AnswerCacheLimits

  constructor(limits: AnswerCacheLimits) {
    this.limits = limits
  }

  /** Entries and bytes held now (tests, the bench). */
  get size(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes }
  }

  get(key: string): CachedAnswer | undefined {
    const found = this.entries.get(key)
    if (found !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, found)
    }
    return found
  }

  /** Keeps an answer unless it is too large for the cache; evicts the least recently used. */
  set(key: string, answer: CachedAnswer): void {
    const { maxEntries, maxBytes } = this.limits
    if (maxEntries <= 0 || answer.body.length > maxBytes / 8) return
    const previous = this.entries.get(key)
    if (previous !== undefined) {
      this.entries.delete(key)
      this.bytes -= previous.body.length
    }
    this.entries.set(key, answer)
    this.bytes += answer.body.length
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= maxEntries && this.bytes <= maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= entry.body.length
    }
  }
}
