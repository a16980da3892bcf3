import { describe, expect, it } from "vitest"
import { fnv1aBytes, fnv1aString } from "./fnv1a.ts"

describe("FNV-1a", () => {
  it("matches the published 32-bit test vectors", () => {
    // http://www.isthe.com/chongo/src/fnv/test_fnv.c: "" -> 0x811c9dc5, "a" -> 0xe40c292c, "foobar" -> 0xbf9cf968
    expect(fnv1aString("") >>> 0).toBe(0x811c9dc5)
    expect(fnv1aString("a") >>> 0).toBe(0xe40c292c)
    expect(fnv1aString("foobar") >>> 0).toBe(0xbf9cf968)
  })

  it("hashes a byte range like the string of those bytes", () => {
    const bytes = new TextEncoder().encode("xxfoobaryy")
    expect(fnv1aBytes(bytes, 2, 8)).toBe(fnv1aString("foobar"))
  })
})
