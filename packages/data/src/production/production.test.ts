import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import {
  Dataset,
  Production,
  Reserves,
  SalientStatistic,
  SupplyAnalytics,
  SupplyShare,
  UsgsDataRelease,
} from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { findUsgsRelease, renderMcs2026 } from "../../scripts/usgsGenerator.ts"
import { dataset } from "../dataset.ts"
import { production, reserves, salientStatistics, supplyShares } from "./index.ts"
import { verifyWorldTotals, worldTotalTolerance } from "./worldTotals.ts"

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "../..")
const releaseText = new TextDecoder("windows-1252").decode(
  readFileSync(findUsgsRelease(packageRoot)),
)

describe("the MCS 2026 records are generated from the shipped USGS release", () => {
  it("the checked-in generated file is up to date (run pnpm --filter @rareearth/data generate)", () => {
    const current = readFileSync(join(packageRoot, "src/production/generated/mcs2026.ts"), "utf8")
    expect(current === renderMcs2026(releaseText)).toBe(true)
  })

  it("every row of every chapter has a known shape", () => {
    const release = UsgsDataRelease.parse(releaseText)
    expect(release.unknownRows).toEqual([])
    expect(release.rows).toHaveLength(8886)
  })
})

describe("records", () => {
  it("parse with their schemas, with unique ids, inside the dataset", () => {
    for (const record of production) Production.parse(record)
    for (const record of reserves) Reserves.parse(record)
    for (const record of salientStatistics) SalientStatistic.parse(record)
    for (const record of supplyShares) SupplyShare.parse(record)
    for (const list of [production, reserves, salientStatistics, supplyShares])
      expect(new Set(list.map((record) => record.id)).size).toBe(list.length)
    expect(Dataset.parse(dataset).production).toHaveLength(production.length)
  })

  it("cite sources the dataset lists; S is a visible label; D only with a formula", () => {
    const ids = new Set(dataset.sources.map((source) => source.id))
    for (const record of [...production, ...reserves, ...salientStatistics, ...supplyShares]) {
      for (const source of record.sources) expect(ids.has(source.id), source.id).toBe(true)
      expect(["V", "V2", "S", "D"]).toContain(record.label)
      if (record.label === "D") expect(record.confidence.kind).toBe("derived")
    }
    expect(production.filter((record) => record.label === "S").length).toBeGreaterThan(0)
  })

  it("keep every edition's figure, the latest answering by default (Australia 2024)", () => {
    expect(
      Production.revisions(production, "AU", 2024).map((r) => [r.edition.id, r.tonnesReo]),
    ).toEqual([
      ["mcs-2025", 13_000],
      ["mcs-2026-v1.0", 29_000],
    ])
    expect(
      Production.query(production, { area: "AU", year: 2024 }).map((r) => r.tonnesReo),
    ).toEqual([29_000])
    expect(Production.query(production, { area: "US", year: 2024 })[0]?.status).toBe("reported")
  })

  it("keep the reserves revisions (Brazil 21 Mt in v1.0, 11 Mt in v1.3) and the lower bounds", () => {
    expect(Reserves.query(reserves, { area: "BR" }).map((r) => r.tonnesReo)).toEqual([11_000_000])
    expect(Reserves.query(reserves, { area: "WORLD" })[0]?.value).toEqual({
      kind: "lower_bound",
      value: 75_000_000,
      text: ">75,000,000",
    })
    expect(Reserves.query(reserves, { area: "IN" })[0]?.value.kind).toBe("not_available")
    const vietnam = Reserves.revisionsOf(reserves).filter((revision) => revision.area === "VN")
    expect(vietnam.map((revision) => revision.changeTonnes)).toEqual([-18_500_000])
  })
})

describe("salient statistics", () => {
  it("keep the net import reliance revisions and their special values", () => {
    const reliance = (year: number, vintages: "latest" | "all" = "latest") =>
      SalientStatistic.query(salientStatistics, { kind: "net_import_reliance", year, vintages })
        .filter(
          (record) =>
            record.chapter === "RARE EARTHS" && record.detail.endsWith("Compounds and metals"),
        )
        .map((record) => `${record.edition.id}:${record.value.text}`)
    expect(reliance(2024)).toEqual(["mcs-2026-v1.0:53"])
    expect(reliance(2024, "all")).toEqual(["mcs-2026-v1.0:53", "mcs-2025:80"])
    expect(reliance(2023, "all")).toEqual(["mcs-2026-v1.0:>90", "mcs-2025:>95"])
    const concentrates = SalientStatistic.query(salientStatistics, {
      kind: "net_import_reliance",
      year: 2025,
    }).find((record) => record.detail.endsWith("Mineral concentrates"))
    expect(concentrates?.value).toEqual({ kind: "net_exporter", text: "E" })
  })

  it("import sources of 2021-24 add up to 100%", () => {
    const shares = SalientStatistic.query(salientStatistics, {
      kind: "import_share",
      edition: "mcs-2026-v1.0",
    }).filter((record) => record.chapter === "RARE EARTHS")
    expect(shares.map((record) => [record.area, record.value.text])).toEqual([
      ["CN", "71"],
      ["MY", "13"],
      ["JP", "5"],
      ["EE", "5"],
      ["OTHER_COUNTRIES", "6"],
    ])
    expect(
      shares.reduce(
        (total, record) => total + (record.value.kind === "number" ? record.value.value : 0),
        0,
      ),
    ).toBe(100)
  })
})

describe("world totals against their countries", () => {
  for (const check of verifyWorldTotals(production))
    it(`${check.edition}, ${check.year}: the countries add up to the rounded world total`, () => {
      expect(check.unknownAreas).toEqual([])
      expect(Math.abs(check.countriesTonnesReo - check.worldTonnesReo!)).toBeLessThanOrEqual(
        check.tolerance,
      )
      expect(check.ok).toBe(true)
    })

  it("fails for a world total off by more than the rounding", () => {
    const world = production.find(
      (row) => row.edition.id === "mcs-2025" && row.area === "WORLD" && row.year === 2023,
    )!
    const broken = production.map((row) => (row === world ? { ...row, tonnesReo: 386_000 } : row))
    expect(
      verifyWorldTotals(broken).find((check) => check.edition === "mcs-2025" && check.year === 2023)
        ?.ok,
    ).toBe(false)
    expect(worldTotalTolerance(380_000)).toBe(5_000)
    expect(worldTotalTolerance(297_000)).toBe(5_000)
  })

  it("the reference's sums: 389,310 (2025), 384,000 (2024, MCS 2026), 376,090 and 393,950 (MCS 2025)", () => {
    const sum = (edition: string, year: number) =>
      Production.query(production, { edition, year, vintages: "all" })
        .filter((row) => row.area !== "WORLD")
        .reduce((total, row) => total + row.tonnesReo!, 0)
    expect(sum("mcs-2026-v1.0", 2025)).toBe(389_310)
    expect(sum("mcs-2026-v1.0", 2024)).toBe(384_000)
    expect(sum("mcs-2025", 2023)).toBe(376_090)
    expect(sum("mcs-2025", 2024)).toBe(393_950)
  })

  it("world reserves are lower bounds under the sum of the countries, within 1 Mt", () => {
    const check = (records: ReadonlyArray<Reserves.Reserves>) => {
      const world = records.find((record) => record.area === "WORLD")!
      const sum = records
        .filter((record) => record.area !== "WORLD")
        .reduce((total, record) => total + (record.tonnesReo ?? 0), 0)
      expect(world.value.kind).toBe("lower_bound")
      const bound = world.value.kind === "lower_bound" ? world.value.value : Number.NaN
      expect(sum).toBeGreaterThan(bound)
      expect(sum - bound).toBeLessThan(1_000_000)
      return sum
    }
    expect(check(Reserves.query(reserves, { edition: "mcs-2026-v1.0", vintages: "all" }))).toBe(
      85_290_000,
    )
    expect(check(Reserves.query(reserves, { edition: "mcs-2025", vintages: "all" }))).toBe(
      90_884_500,
    )
    // v1.3 revised Brazil and the world only: the latest value of every area.
    expect(check(Reserves.query(reserves, { year: 2026 }))).toBe(75_290_000)
  })
})

describe("the reference's derived figures, recomputed (D: computed, never stored)", () => {
  const percent = (year: number, edition?: string) =>
    SupplyAnalytics.sharesOfWorld(production, year, { edition })
      ?.shares.find((s) => s.area === "CN")
      ?.percent.toFixed(1)
  it("China's share of world mine production by year and basis", () => {
    expect(percent(2018, "myb-2022")).toBe("63.2")
    expect(percent(2019, "myb-2022")).toBe("59.2")
    expect(percent(2020, "myb-2022")).toBe("56.0")
    expect(percent(2021, "myb-2022")).toBe("57.9")
    expect(percent(2022, "myb-2022")).toBe("70.7")
    expect(percent(2023, "mcs-2025")).toBe("67.8")
    expect(percent(2024)).toBe("71.1")
    expect(percent(2024, "mcs-2025")).toBe("69.2")
    expect(percent(2025)).toBe("69.2")
  })

  it("concentration by year uses complete tables only (2015-2017 have none: DS140 gives the US and the world)", () => {
    const years = SupplyAnalytics.concentrationByYear(production)
    expect(years.map((year) => [year.year, year.edition.id, year.leader?.area])).toEqual([
      [2018, "myb-2022", "CN"],
      [2019, "myb-2022", "CN"],
      [2020, "myb-2022", "CN"],
      [2021, "myb-2022", "CN"],
      [2022, "myb-2022", "CN"],
      [2023, "mcs-2025", "CN"],
      [2024, "mcs-2026-v1.0", "CN"],
      [2025, "mcs-2026-v1.0", "CN"],
    ])
    for (const year of years) expect(year.herfindahlIndex).toBeGreaterThan(3000)
  })

  it("the US share of 2025 and Burma's 2023 to 2024 change in MCS 2025", () => {
    const us = SupplyAnalytics.sharesOfWorld(production, 2025)?.shares.find((s) => s.area === "US")
    expect(us?.percent.toFixed(1)).toBe("13.1")
    const [burma2023] = Production.query(production, {
      area: "MM",
      year: 2023,
      edition: "mcs-2025",
    })
    const [burma2024] = Production.query(production, {
      area: "MM",
      year: 2024,
      edition: "mcs-2025",
    })
    expect(
      (((burma2024!.tonnesReo! - burma2023!.tonnesReo!) / burma2023!.tonnesReo!) * 100).toFixed(1),
    ).toBe("-27.9")
  })

  it("the change between MCS 2025 and MCS 2026 for 2024 (the reference's revisions)", () => {
    const changes = SupplyAnalytics.changeBetweenEditions(production, "mcs-2025", "mcs-2026-v1.0")
    const of = (area: string) =>
      changes.find((c) => c.area === area && c.year === 2024)?.changeTonnes
    expect(of("AU")).toBe(16_000)
    expect(of("TH")).toBe(-10_900)
    expect(of("NG")).toBe(-11_500)
    expect(of("RU")).toBe(100)
    expect(of("WORLD")).toBe(-10_000)
  })
})
