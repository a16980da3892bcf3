/**
 * A bounded, per-process cache of the API's GET answers, for sources whose data cannot change
 * while the server runs (the embedded dataset, a file loaded at start). A hit skips the web
 * Request/Response round trip, the Effect run and the JSON serialisation: the bytes were made
 * once, with a strong ETag, and are written straight to the socket (304 for a matching
 * If-None-Match).
 *
 * Keys are the path plus the query with its parameters sorted by name (values of a repeated name
 * keep their order), decoded as the API decodes them: `?b=2&a=1` and `?a=1&b=%32` share an entry.
 * A target seen before is found by its raw text (`getByTarget`), without parsing it again.
 * Only 200 answers are kept; problem documents carry a request id and are never cached. Some
 * answers depend on the date (`/controls` without `on` is evaluated today, UTC): the cache is
 * emptied when the UTC date changes.
 * Each process has its own cache (nothing another process would miss); bounded in entries and
 * bytes, least recently used out first. Mutable sources (SQLite, PostgreSQL, HTTP, Comtrade) get
 * no cache: `serve` decides (see `cacheableSource`).
 */
import type { PreparedAnswer } from "./preparedAnswer.ts"

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

/** The longest request target `remember` notes (longer ones are rare: they take the parsing path). */
const MAX_NOTED_TARGET = 2_048

/** The LRU cache of answers (a Map keeps insertion order: a hit moves its entry to the end). */
export class AnswerCache {
  private readonly entries = new Map<string, PreparedAnswer>()
  /** Request targets as sent (`/api/v1/x?b=2&a=1`) already reduced to their key. */
  private readonly keysByTarget = new Map<string, string>()
  private bytes = 0
  private readonly limits: AnswerCacheLimits
  private readonly now: () => number
  /** The next midnight UTC (ms): past it, every kept answer may be stale. */
  private nextDay = 0

  /** `now` (ms since the epoch) is for tests. */
  constructor(limits: AnswerCacheLimits, now: () => number = Date.now) {
    this.limits = limits
    this.now = now
  }

  /** Empties the cache when the UTC date has changed since the last call. */
  private checkDay(): void {
    const now = this.now()
    if (now < this.nextDay) return
    this.entries.clear()
    this.keysByTarget.clear()
    this.bytes = 0
    this.nextDay = (Math.floor(now / 86_400_000) + 1) * 86_400_000
  }

  /** Entries and bytes held now (tests, the bench). */
  get size(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes }
  }

  /**
   * The answer kept for a request target seen before (see `remember`), found without parsing
   * the target: the cheap path of a repeated request.
   */
  getByTarget(target: string): PreparedAnswer | undefined {
    const key = this.keysByTarget.get(target)
    return key === undefined ? undefined : this.get(key)
  }

  /**
   * Notes that a request target reduces to `key` (`answerKey` of its path and query: a pure
   * function of the target, so the note never goes stale). At most `maxEntries` targets of at
   * most 2 KiB are noted, the oldest forgotten first; a target not noted takes the parsing path.
   */
  remember(target: string, key: string): void {
    if (this.limits.maxEntries <= 0 || target.length > MAX_NOTED_TARGET) return
    if (this.keysByTarget.has(target)) return
    this.keysByTarget.set(target, key)
    if (this.keysByTarget.size > this.limits.maxEntries) {
      for (const oldest of this.keysByTarget.keys()) {
        this.keysByTarget.delete(oldest)
        break
      }
    }
  }

  get(key: string): PreparedAnswer | undefined {
    this.checkDay()
    const found = this.entries.get(key)
    if (found !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, found)
    }
    return found
  }

  /** Keeps an answer unless it is too large for the cache; evicts the least recently used. */
  set(key: string, answer: PreparedAnswer): void {
    const { maxEntries, maxBytes } = this.limits
    if (maxEntries <= 0 || answer.body.length > maxBytes / 8) return
    this.checkDay()
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
