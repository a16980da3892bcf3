import { describe, expect, it } from "vitest"
import { makeResponseCache } from "./ResponseCache.ts"

describe("makeResponseCache", () => {
  it("keeps an entry for its TTL only", () => {
    const cache = makeResponseCache<string>(1_000, 10)
    cache.set("a", "A", 0)
    expect(cache.get("a", 999)).toBe("A")
    expect(cache.get("a", 1_000)).toBeUndefined()
  })

  it("keeps at most maxEntries, dropping the least recently used", () => {
    const cache = makeResponseCache<string>(60_000, 2)
    cache.set("a", "A", 0)
    cache.set("b", "B", 0)
    expect(cache.get("a", 1)).toBe("A") // a is now the most recently used
    cache.set("c", "C", 2)
    expect(cache.get("b", 3)).toBeUndefined()
    expect(cache.get("a", 3)).toBe("A")
    expect(cache.get("c", 3)).toBe("C")
  })

  it("keeps nothing with a TTL of 0", () => {
    const cache = makeResponseCache<string>(0, 10)
    cache.set("a", "A", 0)
    expect(cache.get("a", 0)).toBeUndefined()
  })
})
