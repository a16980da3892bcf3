import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { ImportError, isRareEarthError } from "../../Errors.ts"
import { importUsgsDataRelease, importUsgsDataReleaseAsync } from "./importUsgsDataRelease.ts"

const here = dirname(fileURLToPath(import.meta.url))
const fixture = (name: string) => join(here, "__fixtures__", name)
const edition = {
  id: "mcs-2026-v1.0",
  publication: "mcs",
  year: 2026,
  version: "1.0",
  releasedIn: "2026-02-06",
} as const

/** The shipped release, kept in the data package (packages/data/usgs). */
const shippedRelease = (): string =>
  join(here, "../../../../data/usgs/mcs2026_commodities_data.csv")

describe("importUsgsDataReleaseAsync on the shipped MCS 2026 release", () => {
  it("reads every commodity with zero unknown rows, as Windows-1252", async () => {
    const release = await importUsgsDataReleaseAsync(shippedRelease(), { strict: true })
    expect(release.encoding).toBe("windows-1252")
    expect(release.unknownRows).toEqual([])
    expect(release.rows).toHaveLength(8886)
    expect(new Set(release.rows.map((row) => row.section))).toContain(
      "Salient Statistics\u2014United States",
    )
  })

  it("filters to the rare earth chapters and yields the supply records", async () => {
    const release = await importUsgsDataReleaseAsync(shippedRelease(), {
      chapters: "rare-earths",
      edition,
    })
    expect(new Set(release.rows.map((row) => row.chapter))).toEqual(
      new Set(["RARE EARTHS", "YTTRIUM", "SCANDIUM"]),
    )
    expect(release.unknownRows).toEqual([])
    const { production, reserves, salient } = release.records!
    expect(production.find((p) => p.area === "AU" && p.year === 2024)?.tonnesReo).toBe(29_000)
    expect(production.find((p) => p.area === "US" && p.year === 2024)?.status).toBe("reported")
    expect(reserves.find((r) => r.area === "WORLD")?.value).toEqual({
      kind: "lower_bound",
      value: 85_000_000,
      text: ">85,000,000",
    })
    expect(reserves.find((r) => r.area === "MM")?.value.kind).toBe("not_available")
    expect(
      salient.find(
        (s) =>
          s.kind === "net_import_reliance" &&
          s.fromYear === 2024 &&
          s.detail.endsWith("Mineral concentrates"),
      )?.value.kind,
    ).toBe("net_exporter")
    expect(production[0]?.sources[0]?.id).toBe("file:mcs2026_commodities_data.csv")
  })
})

describe("importUsgsDataReleaseAsync on fixtures", () => {
  it.each([
    ["release-cp1252.csv", "windows-1252"],
    ["release-utf8-bom.csv", "utf-8"],
    ["release-utf16le.csv", "utf-16le"],
  ] as const)("decodes %s (%s) to the same typed rows", async (name, encoding) => {
    const release = await importUsgsDataReleaseAsync(fixture(name))
    expect(release.encoding).toBe(encoding)
    expect(release.unknownRows).toEqual([])
    expect(release.rows.map((row) => row.value.kind)).toEqual([
      "number",
      "zero",
      "lower_bound",
      "net_exporter",
      "number",
      "number",
    ])
    expect(release.rows[3]?.section).toBe("Salient Statistics\u2014United States")
    expect(release.rows[4]).toMatchObject({ fromYear: 2021, toYear: 2024 })
  })

  it("filters to given chapters", async () => {
    const release = await importUsgsDataReleaseAsync(fixture("release-cp1252.csv"), {
      chapters: ["BORON"],
    })
    expect(release.rows.map((row) => row.country)).toEqual(["Turkey"])
  })

  it("refuses to read Windows-1252 bytes as UTF-8 when told to, with a clear error", async () => {
    const error = await importUsgsDataReleaseAsync(fixture("release-cp1252.csv"), {
      encoding: "utf-8",
    }).catch((e) => e)
    expect(error).toBeInstanceOf(ImportError)
    expect(error.message).toContain("windows-1252")
  })

  it("reports every row of unknown shape with file, line and column", async () => {
    const release = await importUsgsDataReleaseAsync(fixture("release-bad-rows.csv"), { edition })
    expect(release.rows).toHaveLength(2)
    expect(release.unknownRows.map((row) => [row.file, row.line, row.column, row.value])).toEqual([
      ["release-bad-rows.csv", 3, "Value", "about 29k"],
      ["release-bad-rows.csv", 4, "Year", "FY24"],
      [
        "release-bad-rows.csv",
        5,
        undefined,
        "RARE EARTHS,World Mine Production and Reserves,Rare Earths",
      ],
      ["release-bad-rows.csv", 7, "Is critical mineral 2025", "Maybe"],
      ["release-bad-rows.csv", 6, "Country", "Atlantis"],
    ])
    expect(release.unknownRows[0]?.reason).toContain(
      'Line 3, column "Value": "about 29k" is not a USGS value',
    )
  })

  it("fails in strict mode, as an Effect too, keeping the rejected rows", async () => {
    const error = await Effect.runPromise(
      Effect.flip(importUsgsDataRelease(fixture("release-bad-rows.csv"), { strict: true })),
    )
    expect(isRareEarthError(error)).toBe(true)
    expect(error._tag).toBe("ImportError")
    expect(error.rejected).toHaveLength(4)
    expect(error.message).toContain("4 row(s) of unknown shape")
  })

  it("reports a file that is not a data release, and a missing file", async () => {
    const release = await importUsgsDataReleaseAsync(fixture("not-a-release.csv"))
    expect(release.unknownRows[0]?.reason).toContain(
      "the header is not that of an MCS data release",
    )
    const missing = await importUsgsDataReleaseAsync(fixture("nope.csv")).catch((e) => e)
    expect(missing).toBeInstanceOf(ImportError)
    expect(missing.message).toContain("nope.csv")
  })
})
