/** putFlowValues, the bulk inserts' row binder, agrees with toRow column for column. */
import type { TradeFlow } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { FLOW_COLUMNS, putFlowValues, toRow } from "./FlowRows.ts"

const base: TradeFlow.TradeFlow = {
  id: "cn-magnets-us-2025",
  period: "2025",
  reporter: "CN",
  partner: "US",
  flow: "export",
  commodity: "8505111000",
  netWeightTonnes: 353,
  valueUsd: null,
  sources: [{ id: "gac-2025", title: "GAC detailed data", publisher: "GAC" }],
  confidence: { kind: "reported" },
}

describe("putFlowValues", () => {
  it.each([
    base,
    { ...base, period: "2025-06", vintage: "2025-07-20", hsVersion: "H6", estimated: true },
    { ...base, estimated: false, conflictGroup: "g", note: "annual total", netWeightTonnes: null },
  ])("binds the same values, in FLOW_COLUMNS order, as toRow maps (%#)", (flow) => {
    const row = toRow(flow)
    const expected = FLOW_COLUMNS.map((column) => {
      const value = row[column]
      return typeof value === "boolean" ? Number(value) : value
    })
    const target: Array<string | number | null> = ["before"]
    expect(putFlowValues(flow, target, 1)).toBe(1 + FLOW_COLUMNS.length)
    expect(target).toEqual(["before", ...expected])
  })
})
