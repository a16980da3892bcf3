/**
 * The bulk inserts' row binders agree with toRow column for column: putFlowValues (PostgreSQL's
 * COPY) and putSqliteValues (the SQLite store's narrower row, provenance as an id).
 */
import type { TradeFlow } from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { putSqliteValues, SQLITE_FLOW_COLUMNS } from "../sqlite/SqliteRows.ts"
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

const CASES: ReadonlyArray<TradeFlow.TradeFlow> = [
  base,
  { ...base, period: "2025-06", vintage: "2025-07-20", hsVersion: "H6", estimated: true },
  { ...base, estimated: false, conflictGroup: "g", note: "annual total", netWeightTonnes: null },
]

/** A row's stored value as a binder writes it (booleans as 1/0). */
const bound = (value: unknown) => (typeof value === "boolean" ? Number(value) : value)

describe("putFlowValues", () => {
  it.each(CASES)("binds the same values, in FLOW_COLUMNS order, as toRow maps (%#)", (flow) => {
    const row = toRow(flow)
    const expected = FLOW_COLUMNS.map((column) => bound(row[column]))
    const target: Array<string | number | null> = ["before"]
    expect(putFlowValues(flow, target, 1)).toBe(1 + FLOW_COLUMNS.length)
    expect(target).toEqual(["before", ...expected])
  })
})

describe("putSqliteValues", () => {
  it.each(CASES)(
    "binds the same values, in SQLITE_FLOW_COLUMNS order, as toRow maps (%#)",
    (flow) => {
      const row = toRow(flow) as unknown as Record<string, unknown>
      const expected = SQLITE_FLOW_COLUMNS.map((column) =>
        column === "provenance_id" ? 7 : bound(row[column]),
      )
      const target: Array<string | number | null> = ["before"]
      expect(putSqliteValues(flow, 7, target, 1)).toBe(1 + SQLITE_FLOW_COLUMNS.length)
      expect(target).toEqual(["before", ...expected])
    },
  )
})
