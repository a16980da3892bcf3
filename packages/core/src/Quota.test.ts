import { describe, expect, it } from "vitest"
import { InvalidInputError } from "./InputError.ts"
import * as Quota from "./Quota.ts"

const source = { id: "s", title: "Source", publisher: "Publisher" }
const quota = (
  id: string,
  year: number,
  kind: Quota.QuotaKind,
  tonnesReo: number | null,
  extra: object = {},
) =>
  Quota.Quota.parse({
    id,
    year,
    kind,
    tonnesReo,
    disclosed: tonnesReo !== null,
    published: tonnesReo !== null,
    batches: [],
    allocations: [],
    recipientGroups: [],
    sources: [source],
    confidence: { kind: tonnesReo === null ? "reported" : "official" },
    ...extra,
  })

const quotas = [
  quota("quota-2024-mining", 2024, "mining", 270_000, {
    batches: [
      { number: 1, tonnesReo: 135_000 },
      { number: 2, tonnesReo: 135_000 },
    ],
  }),
  quota("quota-2024-smelting", 2024, "smelting_separation", 254_000),
  quota("quota-2025-mining-a", 2025, "mining", null, { conflictGroup: "quota-2025-mining" }),
  quota("quota-2025-mining-b", 2025, "mining", null, { conflictGroup: "quota-2025-mining" }),
  quota("quota-2023-x", 2023, "mining", 255_000),
  quota("quota-2023-y", 2023, "mining", 240_000),
]

describe("Quota", () => {
  it("byYear returns every claim for a year", () => {
    expect(Quota.byYear(quotas, 2024).map((q) => q.id)).toEqual([
      "quota-2024-mining",
      "quota-2024-smelting",
    ])
    expect(Quota.byYear(quotas, "2025")).toHaveLength(2)
    expect(() => Quota.byYear(quotas, "twenty")).toThrow(InvalidInputError)
  })

  it("conflicts groups by conflictGroup, else by year and kind", () => {
    expect(Quota.conflicts(quotas).map((c) => [c.key, c.claims.map((q) => q.id)])).toEqual([
      ["quota-2025-mining", ["quota-2025-mining-a", "quota-2025-mining-b"]],
      ["2023:mining", ["quota-2023-x", "quota-2023-y"]],
    ])
  })

  it("an undisclosed total is 'undisclosed', never a number", () => {
    expect(Quota.totalOf(quotas[2]!)).toBe("undisclosed")
    expect(Quota.totalOf(quotas[0]!)).toBe(270_000)
    expect(Quota.batchTotal(quotas[0]!)).toBe(270_000)
    expect(Quota.batchTotal(quotas[1]!)).toBeNull()
  })
})

describe("Quota.parseKind", () => {
  it("accepts kinds in any case and their aliases", () => {
    expect(Quota.parseKind("Mining")).toBe("mining")
    expect(Quota.parseKind("smelting")).toBe("smelting_separation")
    expect(Quota.parseKind("smelting-separation")).toBe("smelting_separation")
  })

  it("rejects an unknown kind, listing the kinds", () => {
    expect(() => Quota.parseKind("drilling")).toThrow(
      /^Unknown quota kind "drilling": expected one of mining, smelting_separation/,
    )
    expect(() => Quota.parseKind("drilling")).toThrow(InvalidInputError)
  })
})
