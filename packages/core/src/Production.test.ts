import { describe, expect, it } from "vitest"
import { mcs2025, mcs2026, mcs2026v13, produced, source } from "./__fixtures__/supply.ts"
import * as Edition from "./Edition.ts"
import { isInvalidInputError } from "./InputError.ts"
import * as Production from "./Production.ts"
import * as Reserves from "./Reserves.ts"
import * as SalientStatistic from "./SalientStatistic.ts"
import * as Usgs from "./Usgs.ts"

const records = [
  produced(mcs2025, "AU", 2024, 13_000),
  produced(mcs2026, "AU", 2024, 29_000),
  produced(mcs2025, "AU", 2023, 16_000),
  produced(mcs2026, "CN", 2024, 270_000),
]

describe("Production.query", () => {
  it("answers with the latest edition by default and keeps every vintage on request", () => {
    expect(Production.query(records, { area: "AU", year: 2024 }).map((r) => r.tonnesReo)).toEqual([
      29_000,
    ])
    expect(
      Production.query(records, { area: "AU", year: 2024, vintages: "all" }).map(
        (r) => r.tonnesReo,
      ),
    ).toEqual([13_000, 29_000])
    expect(Production.query(records, { area: "AU", year: 2023 }).map((r) => r.tonnesReo)).toEqual([
      16_000,
    ])
    expect(Production.query(records, { edition: "mcs-2025" })).toHaveLength(2)
    expect(Production.query(records, { area: ["AU", "CN"], from: 2024, to: 2024 })).toHaveLength(2)
  })

  it("keeps rival figures of the same edition side by side", () => {
    const rival = produced(mcs2026, "AU", 2024, 28_000, { id: "rival" })
    expect(
      Production.query([...records, rival], { area: "AU", year: 2024 }).map((r) => r.tonnesReo),
    ).toEqual([29_000, 28_000])
  })

  it("lists the revision trail oldest first", () => {
    expect(
      Production.revisions(records, "AU", 2024).map((r) => [r.edition.id, r.tonnesReo]),
    ).toEqual([
      ["mcs-2025", 13_000],
      ["mcs-2026-v1.0", 29_000],
    ])
  })

  it("names the bad filter and what is valid", () => {
    const expectInvalid = (run: () => unknown, code: string, text: string) => {
      try {
        run()
        expect.unreachable()
      } catch (error) {
        expect(isInvalidInputError(error)).toBe(true)
        if (!isInvalidInputError(error)) return
        expect(error.issues[0]?.code).toBe(code)
        expect(error.message).toContain(text)
      }
    }
    expectInvalid(
      () => Production.query(records, { area: "Australia" }),
      "invalid_area",
      '"Australia"',
    )
    expectInvalid(() => Production.query(records, { year: 2024.5 }), "invalid_year", "2024.5")
    expectInvalid(
      () => Production.query(records, { edition: "mcs-2030" }),
      "unknown_edition",
      "mcs-2025, mcs-2026-v1.0",
    )
    expectInvalid(
      () => Production.query(records, { vintages: "newest" as "latest" }),
      "invalid_vintages",
      '"newest"',
    )
  })

  it("refuses a record whose unknown figure is 0-like or negative", () => {
    expect(() => produced(mcs2026, "AU", 2024, -1)).toThrow(/tonnesReo/)
    expect(() => produced(mcs2026, "Atlantis", 2024, 1)).toThrow(/area/)
  })
})

describe("Edition.compare", () => {
  it("orders by release, less precise dates first, then version", () => {
    const sorted = [mcs2026v13, mcs2026, mcs2025].sort(Edition.compare).map((edition) => edition.id)
    expect(sorted).toEqual(["mcs-2025", "mcs-2026-v1.0", "mcs-2026-v1.3"])
    const myb = { id: "myb-2022", publication: "myb", year: 2022, releasedIn: "2024-04" } as const
    const mcs2024 = { id: "mcs-2024", publication: "mcs", year: 2024, releasedIn: "2024" } as const
    expect(Edition.compare(mcs2024, myb)).toBeLessThan(0)
  })
})

const reserve = (edition: Edition.Edition, area: string, text: string): Reserves.Reserves => {
  const value = Usgs.parseValue(text)
  return Reserves.parse({
    id: `${edition.id}-${area}`,
    area,
    value,
    tonnesReo: Usgs.exactNumber(value),
    edition,
    label: "V",
    sources: [source],
    confidence: { kind: "official" },
  })
}

describe("Reserves", () => {
  const reserves = [
    reserve(mcs2025, "BR", "21,000,000"),
    reserve(mcs2026, "BR", "21,000,000"),
    reserve(mcs2026v13, "BR", "11,000,000"),
    reserve(mcs2025, "WORLD", ">90,000,000"),
    reserve(mcs2026, "WORLD", ">85,000,000"),
    reserve(mcs2026, "IN", "NA"),
  ]

  it("answers with the latest edition and keeps lower bounds and NA as typed values", () => {
    expect(Reserves.query(reserves, { area: "BR" }).map((r) => r.tonnesReo)).toEqual([11_000_000])
    const [world] = Reserves.query(reserves, { area: "WORLD" })
    expect(world?.value).toEqual({ kind: "lower_bound", value: 85_000_000, text: ">85,000,000" })
    expect(world?.tonnesReo).toBeNull()
    expect(Reserves.query(reserves, { area: "IN" })[0]?.value.kind).toBe("not_available")
  })

  it("lists the revisions between editions, skipping unchanged values", () => {
    expect(
      Reserves.revisionsOf(reserves).map((r) => [
        r.area,
        r.before.edition.id,
        r.after.edition.id,
        r.changeTonnes,
      ]),
    ).toEqual([
      ["BR", "mcs-2026-v1.0", "mcs-2026-v1.3", -10_000_000],
      ["WORLD", "mcs-2025", "mcs-2026-v1.0", null],
    ])
  })
})

describe("SalientStatistic", () => {
  const salient = (edition: Edition.Edition, year: number, text: string) =>
    SalientStatistic.parse({
      id: `${edition.id}-${year}`,
      chapter: "RARE EARTHS",
      commodity: "Rare Earths",
      kind: "net_import_reliance",
      detail: "Net import reliance: Compounds and metals",
      area: "US",
      fromYear: year,
      toYear: year,
      unit: "percent",
      value: Usgs.parseValue(text),
      status: "unqualified",
      edition,
      label: "V",
      sources: [source],
      confidence: { kind: "official" },
    })

  it("maps USGS statistics to kinds and answers with the latest edition", () => {
    expect(SalientStatistic.kindOfStatistic("Import")).toBe("imports")
    expect(SalientStatistic.kindOfStatistic("Import sources 2021-2024")).toBe("import_share")
    expect(SalientStatistic.kindOfStatistic("Gossip")).toBeUndefined()
    const records = [
      salient(mcs2025, 2024, "80"),
      salient(mcs2026, 2024, "53"),
      salient(mcs2026, 2023, ">90"),
    ]
    expect(SalientStatistic.query(records, { year: 2024 }).map((r) => r.value.text)).toEqual(["53"])
    expect(
      SalientStatistic.query(records, { year: 2024, vintages: "all" }).map((r) => r.value.text),
    ).toEqual(["80", "53"])
    expect(() => SalientStatistic.query(records, { kind: "gossip" as "price" })).toThrow(/gossip/)
  })
})

describe("parseStage and Edition.parseArea", () => {
  it("read stages and areas as users type them", () => {
    expect(Production.parseStage("Mining")).toBe("mine")
    expect(Production.parseStage("refined")).toBe("refined")
    expect(Edition.parseArea("china")).toBe("CN")
    expect(Edition.parseArea("AUS")).toBe("AU")
    expect(Edition.parseArea("World")).toBe("WORLD")
    expect(Edition.parseArea("other countries")).toBe("OTHER_COUNTRIES")
  })
  it("name the value and what is valid", () => {
    expect(() => Production.parseStage("smelting")).toThrow(
      'Unknown production stage "smelting": expected one of mine, refined (or mining, refining)',
    )
    expect(() => Edition.parseArea("Atlantis")).toThrow(
      'Unknown area "Atlantis": expected a country',
    )
  })
})
