import { describe, expect, it } from "vitest"
import { isInvalidInputError } from "./InputError.ts"
import * as Jurisdiction from "./Jurisdiction.ts"

describe("Jurisdiction.parse", () => {
  it("accepts bodies by code or name and countries by code or name, in any case", () => {
    expect(Jurisdiction.parse("eu")).toBe("EU")
    expect(Jurisdiction.parse("European Union")).toBe("EU")
    expect(Jurisdiction.parse("quad")).toBe("QUAD")
    expect(Jurisdiction.parse("Critical Minerals Ministerial")).toBe(
      "CRITICAL_MINERALS_MINISTERIAL",
    )
    expect(Jurisdiction.parse("jpn")).toBe("JP")
    expect(Jurisdiction.parse("Malaysia")).toBe("MY")
  })

  it("rejects an unknown jurisdiction naming the value and the valid bodies", () => {
    try {
      Jurisdiction.parse("Atlantis")
      expect.unreachable()
    } catch (error) {
      expect(isInvalidInputError(error)).toBe(true)
      expect((error as Error).message).toContain('"Atlantis"')
      expect((error as Error).message).toContain("EU, G7, QUAD")
    }
  })

  it("rejects a trade area that is not a country", () => {
    expect(() => Jurisdiction.parse("world")).toThrow(/Unknown jurisdiction "world"/)
  })

  it("names and classifies jurisdictions", () => {
    expect(Jurisdiction.kindOf("EU")).toBe("supranational")
    expect(Jurisdiction.kindOf("G7")).toBe("plurilateral")
    expect(Jurisdiction.kindOf("US")).toBe("country")
    expect(Jurisdiction.nameOf("AU")).toBe("Australia")
  })
})
