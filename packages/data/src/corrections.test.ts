/**
 * The fixes an independent check of the dataset found (issue 14), one test each: every test
 * asserts the corrected record and fails if the record reverts.
 */
import { ExportControl, Source } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import {
  AUGUST_2025_PRODUCTS_CONFLICT,
  dataset,
  events,
  flows,
  MAGNETS,
  measures,
  quotas,
  RARE_EARTH_PRODUCTS,
  RARE_EARTHS,
} from "./index.ts"

const flow = (id: string) => {
  const found = flows.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(`no flow ${id}`)
  return found
}
const sourceIds = (record: { sources: ReadonlyArray<{ id: string }> }) =>
  record.sources.map((source) => source.id)
const sourceById = (id: string) => dataset.sources.find((source) => source.id === id)

describe("issue 14: fixes found by an independent check", () => {
  it("1. the Bessent statement is dated 2025-07-01 and cites Catenaa", () => {
    const remark = events.find((event) => event.id === "2025-07-bessent-recovery-too-slow")!
    expect(remark.date).toBe("2025-07-01")
    expect(remark.endDate).toBeUndefined()
    expect(sourceIds(remark)).toContain("catenaa-magnet-exports-june")
    expect(sourceById("catenaa-magnet-exports-june")?.url).toBe(
      "https://investors.catenaa.com/news/china-exports-of-rare-earth-magnets-hike-by-158-in-june",
    )
  })

  it("2. the 2020 smelting/separation quota, 135,000 t, is reported from MIIT's notice 103", () => {
    const smelting = quotas.find((quota) => quota.id === "quota-2020-smelting_separation")!
    expect(smelting).toMatchObject({ tonnesReo: 135_000, confidence: { kind: "reported" } })
    expect(sourceIds(smelting)[0]).toBe("miit-2020-103-quota-notice")
    expect(sourceById("miit-2020-103-quota-notice")).toMatchObject({
      url: "http://myyun.cc/xwzx/zcfg/202007/t20200717_35514.html",
      title: expect.stringContaining("工信部联原〔2020〕103号"),
    })
    // The same notice states the mining total.
    const mining = quotas.find((quota) => quota.id === "quota-2020-mining")!
    expect(sourceIds(mining)).toContain("miit-2020-103-quota-notice")
  })

  it("3. May 2024 magnets: the record states the interval a whole-percent input allows", () => {
    const may2024 = flow("cn-export-magnets-world-2024-05")
    expect(may2024.netWeightTonnes).toBe(4_762)
    // -74% stands for anything from -74.5% to -73.5%.
    const low = 1_238 / (1 - 0.735)
    const high = 1_238 / (1 - 0.745)
    expect([Math.round(low), Math.round(high)]).toEqual([4_672, 4_855])
    expect(may2024.note).toContain("between about 4,672 t")
    expect(may2024.note).toContain("and 4,855 t")
    expect(may2024.note).not.toMatch(/a few tonnes/)
  })

  it("4. Bloomberg's August 2025 'rare earth products': 7,336 t and 7,338 t as conflicting claims", () => {
    const claims = flows.filter(
      (row) => row.commodity === RARE_EARTH_PRODUCTS && row.period === "2025-08",
    )
    expect(claims.map((row) => [row.netWeightTonnes, sourceIds(row), row.conflictGroup])).toEqual([
      [7_336, ["news-az-china-boosts-rare-earth-exports"], AUGUST_2025_PRODUCTS_CONFLICT],
      [
        7_338,
        ["business-standard-rare-earth-exports-record-august"],
        AUGUST_2025_PRODUCTS_CONFLICT,
      ],
    ])
    expect(sourceById("business-standard-rare-earth-exports-record-august")?.url).toBe(
      "https://www.business-standard.com/world-news/china-rare-earth-exports-hit-record-august-amid-us-talks-125091800461_1.html",
    )
    expect(Source.claimsByConflictGroup(flows).map((group) => group.conflictGroup)).toContain(
      AUGUST_2025_PRODUCTS_CONFLICT,
    )
  })

  it("5. June 2025 'rare earths': 7,742.2 t on Newsmax and 7,742 t on NewsBytes (V2, not single-source)", () => {
    const june = flow("cn-export-gac-rare-earths-world-2025-06")
    expect(june.commodity).toBe(RARE_EARTHS)
    expect(june.netWeightTonnes).toBe(7_742.2)
    expect(sourceIds(june)).toEqual([
      "newsmax-1218642-rare-earth-exports-june",
      "newsbytes-rare-earth-exports-decade-high",
    ])
    expect(sourceById("newsmax-1218642-rare-earth-exports-june")?.url).toBe(
      "https://www.newsmax.com/world/globaltalk/china-rare-earth-minerals-exports/2025/07/14/id/1218642/",
    )
    expect(june.note ?? "").not.toMatch(/Single source/)
  })

  it("6. the -11.8% (US, August 2025 on August 2024) is attributed to samarium.dev", () => {
    const us2024 = flow("cn-export-magnets-us-2024-08")
    if (us2024.confidence.kind !== "derived") throw new Error("expected a derived row")
    expect(us2024.confidence.inputs.yoy_change).toMatchObject({
      value: -0.118,
      sourceIds: ["samarium-magnet-exports-seven-month-high"],
    })
    expect(sourceIds(us2024)).toContain("samarium-magnet-exports-seven-month-high")
    expect(Source.evaluateDerivation(us2024.confidence)).toBe(us2024.netWeightTonnes)
  })

  it("7. the first 2025 quota batch was issued in June 2025 (Reuters, 2025-07-18)", () => {
    for (const id of [
      "quota-2025-mining-undisclosed",
      "quota-2025-smelting_separation-undisclosed",
    ]) {
      const quota = quotas.find((candidate) => candidate.id === id)!
      expect(quota.batches[0]?.note, id).toMatch(/^Issued in June 2025/)
      expect(quota.batches[0]?.note, id).not.toMatch(/unclear/)
      const reuters = quota.sources.find((source) => source.publishedOn === "2025-07-18")
      expect(reuters?.publisher, id).toMatch(/Reuters/)
    }
  })

  it("8. No. 46 of 2024 is dated 2024-12-03 by UDN, with no caveat", () => {
    const no46 = measures.find((measure) => measure.id === "cn-mofcom-2024-46-article-2")!
    const effective = no46.events.find((event) => event.type === "effective")!
    expect(effective.date).toBe("2024-12-03")
    expect(sourceIds(effective)).toContain("udn-9128338-no46-no72")
    expect(sourceById("udn-9128338-no46-no72")?.url).toBe("https://udn.com/news/story/7331/9128338")
    expect(no46.note).toBeUndefined()
    expect(effective.note ?? "").not.toMatch(/unconfirmed/)
  })

  it("9. aggregator reposts, mirrors and machine-written pages are marked weak, with a reason", () => {
    const weak = dataset.sources.filter((source) => Source.isWeak(source))
    expect(weak.map((source) => source.id).sort()).toEqual(
      [
        "biz-matome-10146-december-2025",
        "ciaaw-2017-monoisotopic",
        "goldsea-december-2025-magnets",
        "hdmune-12560605375505-march-2026",
        "particle-china-expands-controls-extraterritorial",
        "szvf-no18-scrambled-mirror",
      ].sort(),
    )
    for (const source of weak)
      expect(source.reliability?.reason.length, source.id).toBeGreaterThan(20)
    expect(sourceById("ciaaw-2017-monoisotopic")?.publisher).toBe("5eugsc.org")
    // December 2025 and FY 2025 now cite a second page (biz-matome) beside goldsea.
    for (const id of ["cn-export-magnets-world-2025-12", "cn-export-magnets-world-2025"])
      expect(sourceIds(flow(id))).toEqual([
        "goldsea-december-2025-magnets",
        "biz-matome-10146-december-2025",
      ])
    // Records embed the same (weak-marked) source as the registry.
    expect(flow("cn-export-magnets-world-2026-03").sources[0]?.reliability?.rating).toBe("weak")
  })

  it("10. the 2024 magnet total: Adamas's 58,152 t is recorded, with the scope question answered", () => {
    const total2024 = flow("cn-export-magnets-world-2024")
    expect(total2024).toMatchObject({
      commodity: MAGNETS,
      partner: "WORLD",
      netWeightTonnes: 58_152,
    })
    expect(sourceIds(total2024)).toEqual(["adamas-record-magnet-exports-2024"])
    // 57,392 t "down 1.3%" brackets 2024 between 57,392/0.9875 and 57,392/0.9865.
    const low = 57_392 / (1 - 0.0125)
    const high = 57_392 / (1 - 0.0135)
    expect(low < 58_152 && 58_152 < high).toBe(true)
    expect(total2024.note).toMatch(/Same scope as this series\? Yes/)
    expect(total2024.note).toContain("58,147.9")
    expect(flow("cn-export-magnets-world-2025").note).toContain("-1.3% on 2024")
  })

  it("11. No. 18 lists Tb-containing (V) and Dy-containing (S) NdFeB, no minimum content, and the samarium codes", () => {
    const no18 = measures.find((measure) => measure.id === "cn-mofcom-2025-18")!
    expect(no18.summary).not.toMatch(/in practice/i)
    const items = no18.scope.listedItems ?? []
    const tb = items.find((item) => item.element === "Tb" && item.productForm === "magnet")
    const dy = items.find((item) => item.element === "Dy" && item.productForm === "magnet")
    expect(tb).toMatchObject({ originalText: "含铽的钕铁硼永磁材料", minimumContent: null })
    expect(tb?.singleSource).toBeUndefined()
    expect(dy).toMatchObject({
      originalText: "含镝的钕铁硼永磁材料",
      minimumContent: null,
      singleSource: true,
    })
    const codesOf = (pattern: RegExp) =>
      items
        .filter((item) => item.element === "Sm" && pattern.test(item.item))
        .flatMap((item) => item.chinaCodes ?? [])
    expect(codesOf(/^samarium metal$/)).toEqual(["2805301910"])
    expect(codesOf(/targets/)).toEqual(["3824999922", "8486909110"])
    expect(codesOf(/oxide/)).toEqual(["2846901940", "2846901993", "3824999922"])
    expect(codesOf(/compounds/)).toEqual([
      "2846902810",
      "2846902910",
      "2846903910",
      "2846904820",
      "2846904910",
      "2846909920",
      "3824999922",
    ])
    expect(codesOf(/SmCo/)).toEqual([])
    // Every item's sources are in the dataset, and every code it attaches is covered by the scope.
    const known = new Set(dataset.sources.map((source) => source.id))
    for (const item of items) {
      for (const id of item.sourceIds) expect(known.has(id), `${item.item}: ${id}`).toBe(true)
      for (const code of item.chinaCodes ?? [])
        expect(ExportControl.covers(no18, { code }), code).toBe(true)
    }
    expect(ExportControl.covers(no18, { element: "Tb", form: "magnet" })).toBe(true)
  })
})
