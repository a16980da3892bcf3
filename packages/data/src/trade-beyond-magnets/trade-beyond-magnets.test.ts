import { Source, TradeFlow } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import {
  CHINA_IMPORTS_2024_CONFLICT,
  dataset,
  MAGNETS,
  RARE_EARTHS,
  TRADE_SERIES,
  tradeFlowsBeyondMagnets,
} from "../index.ts"

describe("trade flows beyond China's magnet totals", () => {
  it("parse with TradeFlow.TradeFlow, unchanged, and are in the dataset", () => {
    for (const flow of tradeFlowsBeyondMagnets)
      expect(TradeFlow.TradeFlow.parse(flow)).toEqual(flow)
    const ids = new Set(dataset.flows.map((flow) => flow.id))
    for (const flow of tradeFlowsBeyondMagnets) expect(ids.has(flow.id), flow.id).toBe(true)
  })

  it("use only the reused codes, HS codes or a described series", () => {
    for (const flow of tradeFlowsBeyondMagnets) {
      const known =
        flow.commodity === MAGNETS ||
        flow.commodity === RARE_EARTHS ||
        /^\d+$/.test(flow.commodity) ||
        Object.hasOwn(TRADE_SERIES, flow.commodity)
      expect(known, `${flow.id}: ${flow.commodity}`).toBe(true)
    }
  })

  it("repeat no observation already in flows.ts (same period, reporter, partner, direction, commodity)", () => {
    const key = (flow: TradeFlow.TradeFlow) =>
      [flow.period, flow.reporter, flow.partner, flow.flow, flow.commodity].join("|")
    const mine = new Set(tradeFlowsBeyondMagnets.map((flow) => flow.id))
    const others = new Set(dataset.flows.filter((flow) => !mine.has(flow.id)).map(key))
    for (const flow of tradeFlowsBeyondMagnets) expect(others.has(key(flow)), flow.id).toBe(false)
  })

  it("recompute every derived figure from its inputs, citing the inputs' sources", () => {
    const derived = tradeFlowsBeyondMagnets.filter((flow) => flow.confidence.kind === "derived")
    expect(derived).toHaveLength(7)
    for (const flow of derived) {
      expect(Source.verifyDerivation(flow.netWeightTonnes, flow.confidence), flow.id).toBe(true)
      if (flow.confidence.kind !== "derived") continue
      const cited = new Set(flow.sources.map((source) => source.id))
      for (const input of Object.values(flow.confidence.inputs))
        for (const id of input.sourceIds) expect(cited.has(id), `${flow.id}: ${id}`).toBe(true)
    }
  })

  it("keep China's two 2024 import totals side by side, in different series", () => {
    const group = Source.claimsByConflictGroup(tradeFlowsBeyondMagnets).find(
      (candidate) => candidate.conflictGroup === CHINA_IMPORTS_2024_CONFLICT,
    )
    expect(group?.claims.map((claim) => [claim.commodity, claim.netWeightTonnes])).toEqual([
      [RARE_EARTHS, 132_931],
      ["GITI:rare-earth-raw-materials", 177_535],
    ])
  })

  it("show single-source rows as such", () => {
    for (const flow of tradeFlowsBeyondMagnets.filter((candidate) =>
      candidate.note?.startsWith("Single source."),
    ))
      expect(flow.confidence.kind, flow.id).toBe("reported")
    expect(
      tradeFlowsBeyondMagnets.filter((flow) => flow.note?.startsWith("Single source.")).length,
    ).toBeGreaterThan(10)
  })

  it("record the Myanmar collapse of February 2025 (311 t, policies-beyond-china.md MM-03)", () => {
    const myanmar = tradeFlowsBeyondMagnets.find(
      (flow) => flow.partner === "MM" && flow.period === "2025-02",
    )
    expect(myanmar?.netWeightTonnes).toBe(311)
  })
})
