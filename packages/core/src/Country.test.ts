import { createRequire } from "node:module"
import { describe, expect, it } from "vitest"
import * as Country from "./Country.ts"
import { InvalidInputError } from "./InputError.ts"

const isoCountries = createRequire(import.meta.url)(
  "i18n-iso-countries",
) as typeof import("i18n-iso-countries")

describe("Country.COUNTRIES (generated)", () => {
  it("is current with the i18n-iso-countries package (run pnpm generate if not)", () => {
    const codes = Object.keys(isoCountries.getAlpha2Codes()).sort()
    expect(Country.COUNTRIES.map((c) => c.alpha2)).toEqual(codes)
    for (const country of Country.COUNTRIES) {
      expect(country.alpha3).toBe(isoCountries.alpha2ToAlpha3(country.alpha2))
      expect(country.isoNumeric).toBe(Number(isoCountries.alpha2ToNumeric(country.alpha2)))
      expect(country.name).toBe(isoCountries.getName(country.alpha2, "en"))
    }
  })

  it("lists every ISO 3166-1 country once, valid against the schema", () => {
    expect(Country.COUNTRIES.length).toBeGreaterThanOrEqual(249)
    expect(new Set(Country.COUNTRIES.map((c) => c.alpha2)).size).toBe(Country.COUNTRIES.length)
    expect(new Set(Country.COUNTRIES.map((c) => c.alpha3)).size).toBe(Country.COUNTRIES.length)
    for (const country of Country.COUNTRIES) expect(Country.Country.parse(country)).toEqual(country)
    expect(Country.COUNTRIES.find((c) => c.alpha2 === "CN")).toMatchObject({
      alpha3: "CHN",
      isoNumeric: 156,
      comtradeCode: 156,
    })
  })
})

describe("Comtrade crosswalk", () => {
  it.each([
    ["US", 842, 840],
    ["FR", 251, 250],
    ["IT", 381, 380],
    ["CH", 757, 756],
    ["IN", 699, 356],
    ["NO", 579, 578],
  ] as const)("%s is Comtrade %i, not ISO %i", (code, comtrade, iso) => {
    expect(Country.toComtradeCode(code)).toBe(comtrade)
    expect(Country.fromComtradeCode(comtrade)).toBe(code)
    const country = Country.lookup(code)
    expect(country.kind === "country" && country.isoNumeric).toBe(iso)
  })

  it("decodes World and Other Asia, nes (Taiwan)", () => {
    expect(Country.fromComtradeCode(0)).toBe("WORLD")
    expect(Country.toComtradeCode("WORLD")).toBe(0)
    expect(Country.fromComtradeCode(490)).toBe("OTHER_ASIA_NES")
    expect(Country.toComtradeCode("TW")).toBe(490)
    expect(Country.AREAS.OTHER_ASIA_NES.note).toMatch(/Taiwan/)
    expect(Country.fromComtradeCode(156)).toBe("CN")
    expect(Country.fromComtradeCode(899)).toBe("AREAS_NES")
  })

  it("decodes ISO numerics that Comtrade data may still carry", () => {
    expect(Country.fromComtradeCode(840)).toBe("US")
  })

  it("throws on unknown Comtrade codes with examples", () => {
    expect(() => Country.fromComtradeCode(999)).toThrow(InvalidInputError)
    expect(() => Country.fromComtradeCode(999)).toThrow(/999.*842 \(USA\)/)
    expect(() => Country.fromComtradeCode(-1)).toThrow(InvalidInputError)
    expect(() => Country.fromComtradeCode(1.5)).toThrow(InvalidInputError)
  })

  it("Monaco has no Comtrade code of its own; 492 is Europe EU, nes", () => {
    expect(() => Country.toComtradeCode("MC")).toThrow(/France/)
    expect(Country.fromComtradeCode(492)).toBe("EUROPE_EU_NES")
  })

  it("areas have unique codes and Comtrade codes, valid against the schema", () => {
    const areas = Object.values(Country.AREAS)
    expect(new Set(areas.map((a) => a.comtradeCode)).size).toBe(areas.length)
    for (const area of areas) {
      expect(Country.Area.parse(area)).toEqual(area)
      expect(Country.TradeArea.safeParse(area.code).success).toBe(true)
      expect(Country.fromComtradeCode(area.comtradeCode)).toBe(area.code)
    }
  })

  it("every country's Comtrade code decodes back to it, except shared codes", () => {
    for (const country of Country.COUNTRIES) {
      if (country.comtradeCode === null || country.alpha2 === "TW") continue
      expect(Country.fromComtradeCode(country.comtradeCode), country.alpha2).toBe(country.alpha2)
    }
  })
})

describe("Country lookup and parsing", () => {
  it("looks up by alpha-2, alpha-3 and names, case-insensitively", () => {
    expect(Country.lookup("us").code).toBe("US")
    expect(Country.lookup("usa").code).toBe("US")
    expect(Country.lookup("United States").code).toBe("US")
    expect(Country.lookup("germany").code).toBe("DE")
    expect(Country.lookup("China").code).toBe("CN")
    expect(Country.lookup("cote d'ivoire").code).toBe("CI")
    expect(Country.lookup("South Korea").code).toBe("KR")
    expect(Country.lookup("Taiwan").code).toBe("TW")
    // "Congo" names two countries: no guessing.
    expect(Country.find("Congo")).toBeUndefined()
    expect(Country.lookup("Democratic Republic of the Congo").code).toBe("CD")
    expect(Country.lookup("Other Asia, nes").code).toBe("OTHER_ASIA_NES")
    expect(Country.lookup("world")).toMatchObject({ kind: "area", code: "WORLD", comtradeCode: 0 })
  })

  it("parseTradeArea normalises case and throws with examples", () => {
    expect(Country.parseTradeArea("jp")).toBe("JP")
    expect(Country.parseTradeArea("World")).toBe("WORLD")
    expect(Country.parseTradeArea("other_asia_nes")).toBe("OTHER_ASIA_NES")
    expect(() => Country.parseTradeArea("XX")).toThrow(InvalidInputError)
    expect(() => Country.parseTradeArea("XX")).toThrow(/"XX".*e\.g\. "US"/)
    expect(() => Country.parseTradeArea("")).toThrow(InvalidInputError)
  })

  it("parseCountryCode rejects areas", () => {
    expect(Country.parseCountryCode("deu")).toBe("DE")
    expect(() => Country.parseCountryCode("WORLD")).toThrow(/area, not a country/)
    expect(() => Country.parseCountryCode("Atlantis")).toThrow(/"Atlantis"/)
  })

  it("isKnownTradeArea is exact; nameOf never throws", () => {
    expect(Country.isKnownTradeArea("US")).toBe(true)
    expect(Country.isKnownTradeArea("WORLD")).toBe(true)
    expect(Country.isKnownTradeArea("us")).toBe(false)
    expect(Country.isKnownTradeArea("XX")).toBe(false)
    expect(Country.nameOf("JP")).toBe("Japan")
    expect(Country.nameOf("WORLD")).toBe("World")
    expect(Country.nameOf("XX")).toBe("XX")
  })
})
