import { Period, Series, type TradeFlow } from "@rareearth/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  annualFlows,
  CHECKPOINTS,
  type CheckpointResult,
  flows,
  MAGNETS,
  monthlyFlows,
  RARE_EARTH_PRODUCTS,
  RARE_EARTHS,
  verifyCheckpoints,
} from "./index.ts"

const find = (commodity: string, partner: string, period: string) =>
  flows.find(
    (flow) => flow.commodity === commodity && flow.partner === partner && flow.period === period,
  )

describe("the export series", () => {
  it("are China's exports of exactly three commodities, each with its own partners", () => {
    for (const flow of flows) {
      expect(flow.reporter, flow.id).toBe("CN")
      expect(flow.flow, flow.id).toBe("export")
    }
    const partners = (commodity: string) =>
      [
        ...new Set(flows.filter((flow) => flow.commodity === commodity).map((f) => f.partner)),
      ].sort()
    expect([...new Set(flows.map((flow) => flow.commodity))].sort()).toEqual(
      [MAGNETS, RARE_EARTHS, RARE_EARTH_PRODUCTS].sort(),
    )
    expect(partners(MAGNETS)).toEqual(["DE", "JP", "US", "WORLD"])
    expect(partners(RARE_EARTHS)).toEqual(["WORLD"])
    expect(partners(RARE_EARTH_PRODUCTS)).toEqual(["WORLD"])
  })

  it("hold one row per series and period, except rival claims side by side in one conflict group", () => {
    const key = (flow: TradeFlow.TradeFlow) => `${flow.commodity}|${flow.partner}|${flow.period}`
    const single = flows.filter((flow) => flow.conflictGroup === undefined).map(key)
    expect(new Set(single).size).toBe(single.length)
    const rivals = flows.filter((flow) => flow.conflictGroup !== undefined)
    for (const flow of rivals) {
      expect(single, flow.id).not.toContain(key(flow))
      const group = rivals.filter((other) => other.conflictGroup === flow.conflictGroup)
      expect(group.length, flow.id).toBeGreaterThan(1)
      expect(new Set(group.map(key)).size, flow.id).toBe(1)
    }
  })

  it("split cleanly into monthly and annual rows", () => {
    expect(monthlyFlows(flows).length + annualFlows(flows).length).toBe(flows.length)
    for (const flow of annualFlows(flows)) {
      expect(flow.period).toMatch(/^\d{4}$/)
      expect(flow.note, flow.id).toMatch(/Never add it to them/)
    }
    // A monthly series refuses annual rows instead of silently summing them.
    expect(() =>
      Series.monthly(flows.map((flow) => ({ period: flow.period, value: flow.netWeightTonnes }))),
    ).toThrow()
  })

  it("record weights in tonnes and leave unknown values null, never 0", () => {
    for (const flow of flows) {
      expect(flow.netWeightTonnes, flow.id).not.toBeNull()
      expect(flow.netWeightTonnes, flow.id).toBeGreaterThan(0)
      expect(flow.valueUsd, flow.id).not.toBe(0)
    }
    expect(flows.filter((flow) => flow.valueUsd !== null).map((flow) => flow.id)).toEqual([
      "cn-export-gac-rare-earths-world-2024",
    ])
  })

  it("ship sourced figures as reported and computed ones as derived, nothing else", () => {
    const kinds = new Set(flows.map((flow) => flow.confidence.kind))
    expect([...kinds].sort()).toEqual(["derived", "reported"])
  })

  it("leave out the months the sources do not give (gaps are absent, not zero)", () => {
    for (const month of ["2025-02", "2025-04"])
      expect(find(MAGNETS, "WORLD", month)).toBeUndefined()
    expect(find(MAGNETS, "WORLD", "2024-04")).toBeUndefined()
    expect(find(MAGNETS, "WORLD", "2026-04")).toBeUndefined()
    const total2025 = Series.monthly(
      monthlyFlows(flows)
        .filter((flow) => flow.commodity === MAGNETS && flow.partner === "WORLD")
        .map((flow) => ({ period: flow.period, value: flow.netWeightTonnes })),
      { from: "2025-01", to: "2025-12" },
    )
    expect(total2025.find((point) => point.period === "2025-02")?.value).toBeNull()
    expect(Series.yearToDate(total2025).at(-1)?.value).toBeNull()
  })

  it("cite no page published before the end of the period it reports", () => {
    let dated = 0
    // Derived rows are exempt: their inputs may be earlier cumulative totals.
    for (const flow of flows.filter((row) => row.confidence.kind !== "derived")) {
      const lastMonth = Period.lastMonth(flow.period)
      const [year, month] = lastMonth.split("-").map(Number) as [number, number]
      const periodEnd = `${lastMonth}-${String(Period.daysInMonth(year, month)).padStart(2, "0")}`
      for (const source of flow.sources) {
        if (source.publishedOn === undefined) continue
        dated++
        expect(source.publishedOn > periodEnd, `${flow.id} cites ${source.id}`).toBe(true)
      }
    }
    expect(dated).toBeGreaterThan(10)
  })

  it("transcribe the 2025 magnet months and destinations", () => {
    const world = Object.fromEntries(
      monthlyFlows(flows)
        .filter(
          (flow) =>
            flow.commodity === MAGNETS &&
            flow.partner === "WORLD" &&
            flow.period.startsWith("2025") &&
            flow.confidence.kind === "reported",
        )
        .map((flow) => [flow.period, flow.netWeightTonnes]),
    )
    expect(world).toEqual({
      "2025-01": 6_357,
      "2025-05": 1_238,
      "2025-06": 3_188,
      "2025-07": 5_577,
      "2025-08": 6_146,
      "2025-09": 5_774,
      "2025-10": 5_473,
      "2025-11": 6_150,
      "2025-12": 5_952,
    })
    expect(find(MAGNETS, "JP", "2025-11")?.netWeightTonnes).toBe(305)
    expect(find(MAGNETS, "JP", "2025-12")?.netWeightTonnes).toBe(280)
    expect(find(MAGNETS, "DE", "2025-07")?.netWeightTonnes).toBe(1_116)
    expect(find(MAGNETS, "DE", "2025-09")?.netWeightTonnes).toBe(1_288)
  })
})

describe("cumulative checkpoints", () => {
  const results = verifyCheckpoints(flows, CHECKPOINTS)
  const spanned = (from: string, to: string, commodity = MAGNETS, partner = "WORLD") =>
    results.filter(
      (result) =>
        result.commodity === commodity &&
        result.partner === partner &&
        result.from === from &&
        result.to === to,
    )

  it("are not trade-flow rows", () => {
    for (const checkpoint of CHECKPOINTS) {
      const asRow = flows.filter(
        (flow) =>
          flow.commodity === checkpoint.commodity &&
          flow.partner === checkpoint.partner &&
          flow.period === checkpoint.from &&
          checkpoint.from !== checkpoint.to,
      )
      for (const row of asRow) expect(row.netWeightTonnes).not.toBe(checkpoint.tonnes)
    }
  })

  it("all hold: the monthly rows add up to every cumulative total, within rounding", () => {
    const failed = results.filter((result) => !result.ok)
    expect(failed).toEqual([])
  })

  it("check the magnet totals the brief names, month by month", () => {
    const checked = (from: string, to: string, partner = "WORLD"): CheckpointResult => {
      const [result] = spanned(from, to, MAGNETS, partner).filter((r) => r.kind === "checked")
      if (result === undefined) throw new Error(`no complete check for ${from}..${to}`)
      return result
    }
    // January-May 2025 (19,132 t) to the first half (22,319 t): June.
    expect(checked("2025-06", "2025-06").stated).toBe(22_319 - 19_132)
    expect(checked("2025-06", "2025-06").difference).toBe(-1)
    // First half to January-July (27,897 t): July.
    expect(checked("2025-07", "2025-07").difference).toBe(1)
    // January-July to January-September (39,817 t): August and September, exact.
    expect(checked("2025-08", "2025-09").difference).toBe(0)
    // January-September to January-October (45,290 t): October, exact.
    expect(checked("2025-10", "2025-10").difference).toBe(0)
    // January-October to the full year (57,392 t): November and December, exact.
    expect(checked("2025-11", "2025-12").difference).toBe(0)
    // January-May to the full year: June to December, exact.
    expect(checked("2025-06", "2025-12").difference).toBe(0)
    // January-February 2026 (10,763 t) to Q1 2026 (16,001 t): March, exact.
    expect(checked("2026-03", "2026-03").difference).toBe(0)
  })

  it("January-May 2025 and the full year agree on the months the sources leave out", () => {
    const janMay = spanned("2025-01", "2025-05").find((result) => result.kind === "partial")!
    const year = spanned("2025-01", "2025-12").find((result) => result.kind === "partial")!
    expect(janMay.missingMonths).toEqual(["2025-02", "2025-03", "2025-04"])
    expect(year.missingMonths).toEqual(["2025-02", "2025-03", "2025-04"])
    expect(janMay.residual).toBe(11_537)
    expect(year.residual).toBe(11_537)
  })

  it("US full year 2025 (5,933 t): the sourced months fit, January-April are a gap", () => {
    const [usYear] = spanned("2025-01", "2025-12", MAGNETS, "US")
    expect(usYear?.kind).toBe("partial")
    expect(usYear?.missingMonths).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"])
    expect(usYear?.summed).toBe(46 + 353 + 619 + 590 + 420 + 656 + 582 + 564)
    expect(usYear?.residual).toBe(2_103)
    expect(usYear?.ok).toBe(true)
  })

  it("check the GAC 'rare earths' totals", () => {
    const [mayCheck] = spanned("2025-05", "2025-05", RARE_EARTHS).filter(
      (result) => result.kind === "checked",
    )
    expect(mayCheck?.ok).toBe(true)
    // January-August minus January-May (19,528 t) against June 7,742.2 + July 5,994 + August 5,792.
    const [summer] = spanned("2025-06", "2025-08", RARE_EARTHS)
    expect(summer?.kind).toBe("checked")
    expect(summer?.difference).toBeCloseTo(-0.2, 6)
    expect(summer?.ok).toBe(true)
    const [november] = spanned("2025-11", "2025-11", RARE_EARTHS)
    expect(november?.difference).toBeCloseTo(0, 6)
    const [december] = spanned("2025-12", "2025-12", RARE_EARTHS)
    expect(december?.ok).toBe(true)
  })

  it("fail when a month is mistyped (a mismatch is caught)", () => {
    const mistyped = (id: string, delta: number): TradeFlow.TradeFlow[] =>
      flows.map((flow) =>
        flow.id === id ? { ...flow, netWeightTonnes: (flow.netWeightTonnes ?? 0) + delta } : flow,
      )
    for (const [id, delta] of [
      ["cn-export-magnets-world-2025-08", 10],
      ["cn-export-magnets-world-2025-06", 2],
      ["cn-export-magnets-world-2025-10", -2],
      ["cn-export-gac-rare-earths-world-2025-07", 3],
    ] as const) {
      const failed = verifyCheckpoints(mistyped(id, delta)).filter((result) => !result.ok)
      expect(failed.length, id).toBeGreaterThan(0)
    }
  })

  it("property: any error of 3 t or more in a fully covered magnet month is caught", () => {
    const covered = ["2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
    fc.assert(
      fc.property(
        fc.constantFrom(...covered),
        fc.integer({ min: 3, max: 5_000 }),
        fc.boolean(),
        (month, size, negative) => {
          const delta = negative ? -size : size
          const changed = flows.map((flow) =>
            flow.id === `cn-export-magnets-world-${month}`
              ? { ...flow, netWeightTonnes: (flow.netWeightTonnes ?? 0) + delta }
              : flow,
          )
          expect(verifyCheckpoints(changed).some((result) => !result.ok)).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })

  it("fail when a month is missing from a span the sources cover fully", () => {
    const without = flows.filter((flow) => flow.id !== "cn-export-magnets-world-2025-10")
    const october = verifyCheckpoints(without).filter(
      (result) =>
        result.from === "2025-10" && result.to === "2025-10" && result.commodity === MAGNETS,
    )
    expect(october.map((result) => result.kind)).toEqual(["partial"])
  })

  it("agree with the annual rows for full years", () => {
    const fullYears = CHECKPOINTS.filter(
      (checkpoint) => checkpoint.from.endsWith("-01") && checkpoint.to.endsWith("-12"),
    )
    expect(fullYears.length).toBeGreaterThanOrEqual(4)
    for (const checkpoint of fullYears) {
      const row = find(checkpoint.commodity, checkpoint.partner, checkpoint.from.slice(0, 4))
      expect(row?.netWeightTonnes, checkpoint.id).toBe(checkpoint.tonnes)
    }
  })

  it("each cite at least one source", () => {
    for (const checkpoint of CHECKPOINTS) expect(checkpoint.sources.length).toBeGreaterThan(0)
  })
})
