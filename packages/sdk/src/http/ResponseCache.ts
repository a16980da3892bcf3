/**
 * The remote client's cache of successful GETs: entries live `ttlMs` and at most `maxEntries`
 * are kept, the least recently used going first (a `Map` keeps insertion order, so a hit is
 * moved to the end). Effect's `Cache` was not used: its lookup is keyed by the URL alone while a
 * call also carries its operation name, per-call timeout and `cache: false`, and a lookup shared
 * by concurrent callers would tie one caller's timeout or abort to the others'.
 * @since 0.2.0
 * @internal
 */

/** A bounded TTL cache keyed by URL. */
export interface ResponseCache<A> {
  readonly get: (url: string, nowMs: number) => A | undefined
  readonly set: (url: string, value: A, nowMs: number) => void
  readonly clear: () => void
}

/** Makes a cache; `ttlMs` 0 keeps nothing. */
export const makeResponseCache = <A>(ttlMs: number, maxEntries: number): ResponseCache<A> => {
  const entries = new Map<string, { readonly expiresAt: number; readonly value: A }>()
  return {
    get: (url, nowMs) => {
      const hit = entries.get(url)
      if (hit === undefined) return undefined
      entries.delete(url)
      if (hit.expiresAt <= nowMs) return undefined
      entries.set(url, hit)
      return hit.value
    },
    set: (url, value, nowMs) => {
      if (ttlMs <= 0 || maxEntries <= 0) return
      entries.delete(url)
      entries.set(url, { expiresAt: nowMs + ttlMs, value })
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break
        entries.delete(oldest)
      }
    },
    clear: () => entries.clear(),
  }
}
