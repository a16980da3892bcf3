import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { CachedKey } from "../../src/node/files/CachedKey.ts"
import { Dictionary } from "../../src/store/columnar/Dictionary.ts"

const encoder = new TextEncoder()

describe("CachedKey", () => {
  it("finds a value by its bytes as by its text, whatever its length and characters", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12, unit: "grapheme" }), { minLength: 1, maxLength: 300 }),
        (values) => {
          // Values invalid when they contain "!", to check that failures are cached alike.
          const normalise = (raw: string) => {
            if (raw.includes("!")) throw new Error(`bad ${raw}`)
            return raw.trim()
          }
          const byBytes = new CachedKey(new Dictionary(), normalise)
          const byText = new CachedKey(new Dictionary(), normalise)
          // Each value twice, at varying offsets in one buffer, as cells of a CSV chunk would be.
          for (const value of [...values, ...values.toReversed()]) {
            const bytes = encoder.encode(`,${value};`)
            expect(byBytes.codeAt(bytes, 1, bytes.length - 1)).toBe(byText.code(value))
          }
        },
      ),
    )
  })
})
