import { describe, expect, it } from "vitest"
import * as Commodity from "./Commodity.ts"
import { InvalidInputError } from "./InputError.ts"

describe("Commodity.parse", () => {
  it("resolves aliases case-insensitively", () => {
    expect(Commodity.parse("magnets")).toBe("8505111000")
    expect(Commodity.parse("Rare-Earths")).toBe("GAC:rare-earths")
    expect(Commodity.parse("total")).toBe("TOTAL")
  })

  it("accepts the singular and other separators for aliases", () => {
    expect(Commodity.parse("magnet")).toBe("8505111000")
    expect(Commodity.parse("Magnet")).toBe("8505111000")
    expect(Commodity.parse("rare earths")).toBe("GAC:rare-earths")
    expect(Commodity.parse("Permanent_Magnets")).toBe("850511")
  })

  it("accepts HS and national codes, with or without dots", () => {
    expect(Commodity.parse("850511")).toBe("850511")
    expect(Commodity.parse("8505.11")).toBe("850511")
    expect(Commodity.parse("8505.11.10.00")).toBe("8505111000")
    expect(Commodity.parse("28")).toBe("28")
    expect(Commodity.parse("7208")).toBe("7208")
    expect(Commodity.parse("GAC:rare-earths")).toBe("GAC:rare-earths")
  })

  it.each(["85051", "8505111", "", "magnetz", "hs850511", "gac:rare-earths"])(
    "rejects %j, listing the formats and aliases",
    (input) => {
      expect(() => Commodity.parse(input)).toThrow(InvalidInputError)
      expect(() => Commodity.parse(input)).toThrow(/magnets, rare-earths/)
    },
  )
})

describe("Commodity.matches", () => {
  it("matches equal codes and HS prefixes, one way only", () => {
    expect(Commodity.matches("850511", "8505111000")).toBe(true)
    expect(Commodity.matches("8505", "8505111000")).toBe(true)
    expect(Commodity.matches("8505111000", "850511")).toBe(false)
    expect(Commodity.matches("850511", "850519")).toBe(false)
    expect(Commodity.matches("GAC:rare-earths", "GAC:rare-earths")).toBe(true)
    expect(Commodity.overlaps("8505111000", "850511")).toBe(true)
  })

  it("TOTAL matches only TOTAL", () => {
    expect(Commodity.matches("TOTAL", "TOTAL")).toBe(true)
    expect(Commodity.matches("TOTAL", "850511")).toBe(false)
    expect(Commodity.matches("850511", "TOTAL")).toBe(false)
  })
})

describe("Commodity catalogue", () => {
  it("holds the four HS codes and China's 10-digit codes, valid against the schema", () => {
    expect(Commodity.HS_CODES.map((entry) => entry.code)).toEqual([
      "280530",
      "284610",
      "284690",
      "850511",
    ])
    expect(Commodity.CHINA_CODES.map((entry) => entry.code)).toEqual([
      "8505111000",
      "2805301100",
      "2805301200",
      "2805301300",
      "2805301400",
      "2805301600",
      "2805301700",
      "2805301900",
    ])
    for (const entry of Commodity.CATALOGUE)
      expect(Commodity.CommodityInfo.parse(entry)).toEqual(entry)
    for (const entry of Commodity.CHINA_CODES)
      expect(Commodity.matches(entry.parent!, entry.code)).toBe(true)
  })

  it("says which elements each code and form concerns", () => {
    expect(Commodity.describe("2805301200").elements).toEqual(["Dy"])
    expect(Commodity.describe("284610").elements).toEqual(["Ce"])
    expect(Commodity.describe("8505111000").forms).toEqual(["magnet"])
    expect(Commodity.elementsOf("magnet")).toEqual(
      expect.arrayContaining(["Nd", "Pr", "Dy", "Tb", "Sm"]),
    )
    expect(Commodity.elementsOf("magnet")).not.toContain("La")
    for (const form of Commodity.ProductForm.options)
      expect(Commodity.elementsOf(form).length).toBeGreaterThan(0)
    expect(() => Commodity.elementsOf("powder" as Commodity.ProductForm)).toThrow(/"powder"/)
  })

  it("describes open codes without pretending to know them", () => {
    expect(Commodity.describe("7208")).toMatchObject({ code: "7208", known: false, elements: [] })
    expect(Commodity.describe("2805301500")).toMatchObject({
      known: false,
      parent: "280530",
      forms: ["metal", "alloy"],
    })
    expect(Commodity.describe("TOTAL").known).toBe(true)
    expect(() => Commodity.describe("bad")).toThrow(InvalidInputError)
  })

  it("knows the three export series as separate entries, Bloomberg's among them", () => {
    expect(Commodity.SERIES.map((entry) => entry.code)).toEqual([
      "GAC:rare-earths",
      "BBG:rare-earth-products",
      "TOTAL",
    ])
    expect(Commodity.CATALOGUE).toHaveLength(15)
    expect(Commodity.parse("BBG:rare-earth-products")).toBe("BBG:rare-earth-products")
    const products = Commodity.describe("BBG:rare-earth-products")
    expect(products).toMatchObject({ level: "series", known: true })
    expect(products.description).toMatch(/Bloomberg/)
    expect(products.forms).toContain("magnet")
    expect(products.note).toMatch(/GAC:rare-earths/)
    expect(products.note).toMatch(/8505111000/)
    // Never one series: neither selects another.
    for (const [a, b] of [
      ["BBG:rare-earth-products", "GAC:rare-earths"],
      ["BBG:rare-earth-products", "8505111000"],
      ["BBG:rare-earth-products", "850511"],
    ] as const)
      expect(Commodity.overlaps(a, b), `${a} ~ ${b}`).toBe(false)
    // An unknown series is still described, without pretending to know it.
    expect(Commodity.describe("BBG:other-series")).toMatchObject({ level: "series", known: false })
  })

  it("every alias resolves to a valid code", () => {
    for (const code of Object.values(Commodity.ALIASES))
      expect(Commodity.CommodityCode.parse(code)).toBe(code)
  })
})

describe("Commodity.parseForm", () => {
  it("accepts forms in any case and their aliases", () => {
    expect(Commodity.parseForm("magnet")).toBe("magnet")
    expect(Commodity.parseForm("Magnet")).toBe("magnet")
    expect(Commodity.parseForm("MAGNETS")).toBe("magnet")
    expect(Commodity.parseForm("oxide")).toBe("oxide_compound")
    expect(Commodity.parseForm("ore-concentrate")).toBe("ore_concentrate")
  })

  it("rejects an unknown form with the forms and aliases", () => {
    expect(() => Commodity.parseForm("powder")).toThrow(
      /^Unknown product form "powder": expected one of ore_concentrate, oxide_compound, metal, alloy, magnet, target, other \(or an alias: magnets, .*oxide/,
    )
    expect(() => Commodity.parseForm("powder")).toThrow(InvalidInputError)
  })
})

describe("Commodity.GROUPS and parseGroup", () => {
  it("reads group names as users type them", () => {
    expect(Commodity.parseGroup("Compounds").codes).toEqual(["284610", "284690"])
    expect(Commodity.parseGroup("ores-concentrates").id).toBe("ores_concentrates")
    expect(Commodity.parseGroup("ores").id).toBe("ores_concentrates")
  })
  it("lists the groups when the name is unknown", () => {
    expect(() => Commodity.parseGroup("gold")).toThrow(
      'Unknown commodity group "gold": expected one of ores_concentrates, metals, compounds, magnets, ferro_alloys',
    )
  })
  it("holds only valid six-digit HS codes", () => {
    for (const group of Commodity.GROUPS)
      for (const code of group.codes) expect(code).toMatch(/^\d{6}$/)
  })
})
