import { describe, expect, it } from "vitest"
import * as Lookup from "./Lookup.ts"

const codes = (matches: ReadonlyArray<{ readonly code: string }>) => matches.map((m) => m.code)

describe("Lookup", () => {
  it("finds countries by name, alias or code, in any case", () => {
    expect(codes(Lookup.countries("korea"))).toEqual(["KP", "KR"])
    expect(Lookup.countries("Republic of Korea")[0]).toMatchObject({
      code: "KR",
      matchedOn: "alias",
    })
    expect(Lookup.countries("kor")[0]).toMatchObject({ code: "KR", matchedOn: "code" })
    expect(codes(Lookup.countries("world"))).toContain("WORLD")
  })

  it("finds commodities by alias, description, code prefix and product form", () => {
    expect(codes(Lookup.commodities("magnet")).slice(0, 2)).toEqual(["8505111000", "850511"])
    expect(codes(Lookup.commodities("NdFeB"))).toEqual(
      expect.arrayContaining(["8505111000", "850511"]),
    )
    expect(codes(Lookup.commodities("8505")).slice(0, 2)).toEqual(["850511", "8505111000"])
    const oxide = Lookup.commodities("oxide")
    expect(codes(oxide)).toEqual(expect.arrayContaining(["284610", "284690"]))
    expect(oxide.every((match) => match.matchedOn === "form")).toBe(true)
  })

  it("finds product forms and elements by name, symbol or use", () => {
    expect(codes(Lookup.forms("oxide"))).toEqual(["oxide_compound"])
    expect(Lookup.elements("dysprosium")[0]).toMatchObject({ code: "Dy", matchedOn: "name" })
    expect(Lookup.elements("dy")[0]).toMatchObject({ code: "Dy", matchedOn: "code" })
    expect(Lookup.elements("66")[0]?.code).toBe("Dy")
    expect(codes(Lookup.elements("NdFeB"))).toEqual(
      expect.arrayContaining(["Nd", "Pr", "Dy", "Tb"]),
    )
  })

  it("matches word starts only, ignoring accents; empty text finds nothing", () => {
    expect(codes(Lookup.countries("reunion"))).toEqual(["RE"])
    expect(codes(Lookup.elements("prosium"))).toEqual([])
    expect(Lookup.lookup("  ")).toEqual({
      query: "  ",
      countries: [],
      commodities: [],
      forms: [],
      elements: [],
    })
  })
})
