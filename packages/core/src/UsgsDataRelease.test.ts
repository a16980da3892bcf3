import { describe, expect, it } from "vitest"
import * as Usgs from "./Usgs.ts"
import * as UsgsDataRelease from "./UsgsDataRelease.ts"

const HEADER = UsgsDataRelease.COLUMNS.join(",")
const NOTES =
  '"(Data in metric tons, rare-earth-oxide (REO) equivalent, unless otherwise specified)"'
const line = (cells: string) => `${cells},Yes,${NOTES}`
const csv = (...rows: string[]) => `${[HEADER, ...rows].join("\r\n")}\r\n`

const AU_2024 = line(
  'RARE EARTHS,World Mine Production and Reserves,Rare Earths,Australia,Production,Mine production,metric tons,2024,"29,000",Estimated.',
)
const WORLD_RESERVES = line(
  'RARE EARTHS,World Mine Production and Reserves,Rare Earths,World total,Reserves,Reserves: rounded,metric tons,2025,">85,000,000",See Appendix C.',
)
const NIR = line(
  "RARE EARTHS,Salient Statistics\u2014United States,Rare Earths,United States,Net import reliance,Net import reliance as a percentage of apparent consumption: Mineral concentrates,percent,2021,E,Defined as imports \u2013 exports.",
)
const IMPORT_SHARE = line(
  "RARE EARTHS,Import Sources,Rare Earths,Other countries,Import sources 2021-2024,All,percent,2021\u201324,6,",
)

describe("UsgsDataRelease.splitCsv", () => {
  it("follows RFC 4180 and gives each record's first line", () => {
    const { records } = UsgsDataRelease.splitCsv('a,"b\nc",d\r\n"x ""y""",,\n\nlast')
    expect(records).toEqual([
      { line: 1, fields: ["a", "b\nc", "d"] },
      { line: 3, fields: ['x "y"', "", ""] },
      { line: 5, fields: ["last"] },
    ])
  })

  it("reports an unterminated quote", () => {
    expect(UsgsDataRelease.splitCsv('a,b\n"open,c\n').unterminatedAtLine).toBe(2)
  })
})

describe("UsgsDataRelease.parse", () => {
  it("types the rows: values, spans of years, notes and qualifiers", () => {
    const release = UsgsDataRelease.parse(csv(AU_2024, WORLD_RESERVES, NIR, IMPORT_SHARE))
    expect(release.unknownRows).toEqual([])
    const [au, world, nir, share] = release.rows
    expect(au).toMatchObject({
      line: 2,
      country: "Australia",
      fromYear: 2024,
      toYear: 2024,
      value: { kind: "number", value: 29000 },
      qualifiers: { estimated: true, reported: false, rounded: false },
      criticalMineral: true,
    })
    expect(world).toMatchObject({
      value: { kind: "lower_bound", value: 85_000_000 },
      qualifiers: { rounded: true },
    })
    expect(nir?.value.kind).toBe("net_exporter")
    expect(share).toMatchObject({ fromYear: 2021, toYear: 2024, yearText: "2021\u201324" })
  })

  it("keeps only the chapters asked for", () => {
    const other = line(
      'BORON,World Production and Reserves,Boron,Turkey,Production,Production,thousand metric tons,2024,"2,800",',
    )
    expect(
      UsgsDataRelease.parse(csv(AU_2024, other), { chapters: ["RARE EARTHS"] }).rows,
    ).toHaveLength(1)
    expect(UsgsDataRelease.parse(csv(AU_2024, other)).rows).toHaveLength(2)
  })

  it("reports rows of unknown shape with their line and column", () => {
    const badValue = AU_2024.replace('"29,000"', "about 29k")
    const badYear = AU_2024.replace(",2024,", ",FY24,")
    const short = "RARE EARTHS,World Mine Production and Reserves,Rare Earths"
    const badFlag = AU_2024.replace(",Yes,", ",Maybe,")
    const release = UsgsDataRelease.parse(csv(AU_2024, badValue, badYear, short, badFlag))
    expect(release.rows).toHaveLength(1)
    expect(release.unknownRows.map((row) => [row.line, row.column])).toEqual([
      [3, "Value"],
      [4, "Year"],
      [5, undefined],
      [6, "Is critical mineral 2025"],
    ])
    expect(release.unknownRows[0]?.message).toBe(
      `Line 3, column "Value": "about 29k" is not a USGS value: expected ${Usgs.VALUE_FORMS}`,
    )
    expect(release.unknownRows[2]?.message).toContain("has 3 cells: expected 12")
  })

  it("refuses a file that is not a data release", () => {
    const release = UsgsDataRelease.parse("Country,Value\r\nChina,1\r\n")
    expect(release.rows).toEqual([])
    expect(release.unknownRows[0]).toMatchObject({ line: 1 })
    expect(release.unknownRows[0]?.message).toContain(
      "the header is not that of an MCS data release",
    )
  })

  it("reads around the one known defect: a row whose Notes cell is missing", () => {
    const shifted =
      'YTTRIUM,World Mine Production and Reserves,Yttrium,World total,Production,mine production of Y2O3,metric tons,2025,"10,000 - 15,000",Yes,Yttrium,'
    const release = UsgsDataRelease.parse(csv(shifted))
    expect(release.unknownRows).toEqual([])
    expect(release.rows[0]).toMatchObject({
      quirk: "notes_missing_cells_shifted",
      notes: [],
      criticalMineral: true,
      otherNotes: ["Yttrium"],
      value: { kind: "range", low: 10000, high: 15000 },
    })
  })

  it("strips a UTF-8 byte order mark", () => {
    expect(UsgsDataRelease.parse(`\uFEFF${csv(AU_2024)}`).unknownRows).toEqual([])
  })
})

describe("UsgsDataRelease.toSupplyRecords", () => {
  const edition = {
    id: "mcs-2026-v1.0",
    publication: "mcs",
    year: 2026,
    version: "1.0",
    releasedIn: "2026-02-06",
  } as const
  const source = { id: "c26", title: "MCS 2026 data release", publisher: "USGS" }
  const options = {
    edition,
    productionSources: [source],
    salientSources: [source],
    productionLabel: "V2",
    salientLabel: "V",
  } as const

  it("turns rows into production, reserves and salient records with their provenance", () => {
    const release = UsgsDataRelease.parse(csv(AU_2024, WORLD_RESERVES, NIR, IMPORT_SHARE))
    const records = UsgsDataRelease.toSupplyRecords(release.rows, options)
    expect(records.unknownRows).toEqual([])
    expect(records.production).toEqual([
      expect.objectContaining({
        area: "AU",
        year: 2024,
        tonnesReo: 29000,
        status: "estimated",
        label: "V2",
        edition,
        sources: [source],
        confidence: { kind: "official" },
      }),
    ])
    expect(records.reserves).toEqual([
      expect.objectContaining({
        area: "WORLD",
        tonnesReo: null,
        value: expect.objectContaining({ kind: "lower_bound" }),
        rounded: true,
      }),
    ])
    expect(records.salient.map((record) => [record.kind, record.area, record.value.kind])).toEqual([
      ["net_import_reliance", "US", "net_exporter"],
      ["import_share", "OTHER_COUNTRIES", "number"],
    ])
  })

  it("maps USGS country names and reports one it does not know", () => {
    expect(UsgsDataRelease.areaOf("Burma")).toBe("MM")
    expect(UsgsDataRelease.areaOf("Korea, Republic of")).toBe("KR")
    const atlantis = AU_2024.replace("Australia", "Atlantis")
    const records = UsgsDataRelease.toSupplyRecords(
      UsgsDataRelease.parse(csv(atlantis)).rows,
      options,
    )
    expect(records.production).toEqual([])
    expect(records.unknownRows[0]).toMatchObject({ line: 2, column: "Country", value: "Atlantis" })
  })
})
