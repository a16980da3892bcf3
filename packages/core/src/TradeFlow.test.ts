import { describe, expect, it } from "vitest"
import { isInvalidInputError } from "./InputError.ts"
import * as TradeFlow from "./TradeFlow.ts"

describe("TradeFlow.parseFlowDirection", () => {
  it("accepts any case, hyphens and spaces, and aliases", () => {
    expect(TradeFlow.parseFlowDirection("export")).toBe("export")
    expect(TradeFlow.parseFlowDirection(" Export ")).toBe("export")
    expect(TradeFlow.parseFlowDirection("IMPORTS")).toBe("import")
    expect(TradeFlow.parseFlowDirection("re-export")).toBe("re_export")
    expect(TradeFlow.parseFlowDirection("Re Import")).toBe("re_import")
  })

  it("rejects anything else, naming the value and listing the directions", () => {
    let caught: unknown
    try {
      TradeFlow.parseFlowDirection("sideways")
    } catch (error) {
      caught = error
    }
    expect(isInvalidInputError(caught)).toBe(true)
    expect((caught as Error).message).toMatch(
      /^Unknown flow direction "sideways": expected one of export, import, re_export, re_import/,
    )
  })
})

const source = (id: string) => ({ id, title: id, publisher: "test" })
const flow = (
  id: string,
  period: string,
  commodity: string,
  netWeightTonnes: number | null,
  confidence: TradeFlow.TradeFlow["confidence"] = { kind: "reported" },
  extra: Partial<TradeFlow.TradeFlow> = {},
): TradeFlow.TradeFlow =>
  TradeFlow.parse({
    id,
    period,
    reporter: "CN",
    partner: "WORLD",
    flow: "export",
    commodity,
    netWeightTonnes,
    valueUsd: null,
    sources: [source(`src-${id}`)],
    confidence,
    ...extra,
  })

describe("TradeFlow.preferredClaim", () => {
  it("prefers official over reported over derived over estimate", () => {
    const estimate = flow("a", "2025-01", "850511", 1, { kind: "estimate", method: "guess" })
    const reported = flow("b", "2025-01", "850511", 2)
    const official = flow("c", "2025-01", "850511", 3, { kind: "official" })
    expect(TradeFlow.preferredClaim([estimate, reported, official])).toBe(official)
    expect(TradeFlow.preferredClaim([estimate, reported])).toBe(reported)
  })

  it("then the latest vintage, then the lowest id, whatever the input order", () => {
    const old = flow("b", "2025-01", "850511", 1, undefined, { vintage: "2025-02-01" })
    const revised = flow("c", "2025-01", "850511", 2, undefined, { vintage: "2025-03-01" })
    expect(TradeFlow.preferredClaim([old, revised])).toBe(revised)
    expect(TradeFlow.preferredClaim([revised, old])).toBe(revised)
    const x = flow("x", "2025-01", "850511", 1)
    const y = flow("y", "2025-01", "850511", 2)
    expect(TradeFlow.preferredClaim([y, x])).toBe(x)
    expect(TradeFlow.preferredClaim([])).toBeUndefined()
  })
})

describe("TradeFlow.monthlyObservations", () => {
  it("uses rows at the exact code only, never adding a total to its breakdown", () => {
    const rows = [
      flow("total", "2025-01", "850511", 100),
      flow("part", "2025-01", "8505111000", 90),
    ]
    expect(TradeFlow.monthlyObservations(rows, "850511")).toEqual([
      { period: "2025-01", tonnes: 100, confidence: "reported", sourceIds: ["src-total"] },
    ])
  })

  it("sums sub-codes when the exact code is missing, one claim per code", () => {
    const rows = [
      flow("a", "2025-02", "8505111000", 90),
      flow("b", "2025-02", "8505111000", 80, { kind: "official" }),
      flow("c", "2025-02", "8505119000", 0.2, {
        kind: "derived",
        formula: "x",
        inputs: {},
        rounding: "none",
      }),
    ]
    const [month] = TradeFlow.monthlyObservations(rows, "850511")
    expect(month).toEqual({
      period: "2025-02",
      tonnes: 80.2,
      confidence: "derived",
      sourceIds: ["src-b", "src-c"],
    })
  })

  it("makes a month unknown when a summed part is unknown, and skips yearly rows", () => {
    const rows = [
      flow("a", "2025-03", "8505111000", 90),
      flow("b", "2025-03", "8505119000", null),
      flow("year", "2025", "850511", 1000),
      flow("jan", "2025-01", "850511", 5),
    ]
    expect(TradeFlow.monthlyObservations(rows, "850511")).toEqual([
      { period: "2025-01", tonnes: 5, confidence: "reported", sourceIds: ["src-jan"] },
      { period: "2025-03", tonnes: null, confidence: "reported", sourceIds: ["src-a", "src-b"] },
    ])
  })
})
