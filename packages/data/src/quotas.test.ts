import { Quota } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { quota2025ConflictGroup, quotas } from "./index.ts"

describe("quotas", () => {
  it("cover 2017-2025, one claim per kind a year except 2025 (two), and nothing for 2026", () => {
    for (let year = 2017; year <= 2024; year++) {
      const claims = Quota.byYear(quotas, year)
      expect(
        claims.map((quota) => quota.kind),
        String(year),
      ).toEqual(["mining", "smelting_separation"])
    }
    expect(Quota.byYear(quotas, 2025)).toHaveLength(4)
    expect(Quota.byYear(quotas, 2026)).toEqual([])
  })

  it("transcribe the published totals", () => {
    const totals = Object.fromEntries(
      quotas
        .filter((quota) => quota.year <= 2024)
        .map((quota) => [`${quota.year} ${quota.kind}`, quota.tonnesReo]),
    )
    expect(totals).toEqual({
      "2017 mining": 105_000,
      "2017 smelting_separation": 100_000,
      "2018 mining": 120_000,
      "2018 smelting_separation": 115_000,
      "2019 mining": 132_000,
      "2019 smelting_separation": 127_000,
      "2020 mining": 140_000,
      "2020 smelting_separation": 135_000,
      "2021 mining": 168_000,
      "2021 smelting_separation": 162_000,
      "2022 mining": 210_000,
      "2022 smelting_separation": 202_000,
      "2023 mining": 255_000,
      "2023 smelting_separation": 243_850,
      "2024 mining": 270_000,
      "2024 smelting_separation": 254_000,
    })
  })

  it("carry the 2020 smelting total as reported, citing MIIT's notice 工信部联原〔2020〕103号", () => {
    const smelting2020 = quotas.find((quota) => quota.id === "quota-2020-smelting_separation")!
    expect(smelting2020.tonnesReo).toBe(135_000)
    expect(smelting2020.confidence.kind).toBe("reported")
    const notice = smelting2020.sources.find((source) => source.id === "miit-2020-103-quota-notice")
    expect(notice?.url).toBe("http://myyun.cc/xwzx/zcfg/202007/t20200717_35514.html")
    expect(notice?.title).toContain("工信部联原〔2020〕103号")
    expect(smelting2020.note).not.toMatch(/No source found/)
    // The notice agrees with the earlier derivation from 2021's quota and its +20% rise.
    expect(162_000 / 1.2).toBe(smelting2020.tonnesReo)
    const official = quotas.filter((quota) => quota.confidence.kind === "official")
    expect(official.every((quota) => quota.year <= 2024 && quota.tonnesReo !== null)).toBe(true)
    expect(quotas.some((quota) => quota.confidence.kind === "derived")).toBe(false)
  })

  it("have batches that add up to the year where every batch is known", () => {
    const checked: string[] = []
    for (const quota of quotas) {
      const total = Quota.batchTotal(quota)
      if (total === null || quota.tonnesReo === null) continue
      if (quota.batches.length < 2) continue
      expect(total, quota.id).toBe(quota.tonnesReo)
      checked.push(quota.id)
    }
    expect(checked).toEqual([
      "quota-2022-mining",
      "quota-2022-smelting_separation",
      "quota-2024-mining",
      "quota-2024-smelting_separation",
    ])
  })

  it("2023: first and third batches plus the reported cumulative 240,000 / 230,000 t give the totals", () => {
    const mining = quotas.find((quota) => quota.id === "quota-2023-mining")!
    const smelting = quotas.find((quota) => quota.id === "quota-2023-smelting_separation")!
    expect(240_000 + mining.batches[2]!.tonnesReo!).toBe(mining.tonnesReo)
    expect(230_000 + smelting.batches[2]!.tonnesReo!).toBe(smelting.tonnesReo)
    expect(mining.batches[1]!.tonnesReo).toBeNull()
  })

  it("have group allocations that add up to their batch where the batch is fully allocated", () => {
    const allocated = (id: string, batch: number) =>
      quotas
        .find((quota) => quota.id === id)!
        .allocations.filter((allocation) => allocation.batch === batch)
        .reduce((total, allocation) => total + (allocation.tonnesReo ?? 0), 0)
    expect(allocated("quota-2024-mining", 1)).toBe(135_000)
    expect(allocated("quota-2024-smelting_separation", 1)).toBe(127_000)
    expect(allocated("quota-2023-mining", 3)).toBe(15_000)
    expect(allocated("quota-2023-smelting_separation", 3)).toBe(13_850)
  })

  it("2020 mining ore-type split adds up to the total", () => {
    const mining2020 = quotas.find((quota) => quota.id === "quota-2020-mining")!
    const split = mining2020.oreTypeSplit!
    expect((split.rock_light ?? 0) + (split.ion_adsorption ?? 0)).toBe(mining2020.tonnesReo)
  })

  it("2025: the undisclosed claims are null with a reason, never a guess", () => {
    const undisclosed = quotas.filter((quota) => quota.year === 2025 && !quota.disclosed)
    expect(undisclosed).toHaveLength(2)
    for (const quota of undisclosed) {
      expect(quota.tonnesReo).toBeNull()
      expect(quota.published).toBe(false)
      expect(quota.undisclosedReason).toMatch(/not to share the numbers/)
      expect(quota.conflictGroup).toBe(quota2025ConflictGroup(quota.kind))
      expect(Quota.totalOf(quota)).toBe("undisclosed")
    }
  })

  it("only 2025 claims are in conflict", () => {
    const conflicts = Quota.conflicts(quotas)
    expect(conflicts.map((conflict) => [conflict.key, conflict.claims.length])).toEqual([
      ["quota-2025-mining", 2],
      ["quota-2025-smelting_separation", 2],
    ])
  })
})
