import { describe, expect, it } from "@effect/vitest"
import { Period, type TradeFlow } from "@rareearth/core"
import { makeColumnarStore } from "../ColumnarStore.ts"

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const inQueryOrder = (a: TradeFlow.TradeFlow, b: TradeFlow.TradeFlow) =>
  Period.compare(a.period, b.period) ||
  compareText(a.reporter, b.reporter) ||
  compareText(a.partner, b.partner) ||
  compareText(a.commodity, b.commodity) ||
  compareText(a.flow, b.flow) ||
  compareText(a.sources[0]!.id, b.sources[0]!.id) ||
  compareText(a.vintage ?? "", b.vintage ?? "")

const day = (k: number) => new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10)

/** Flows whose key values (past the period) span more than 2^32 combinations. */
const wideFlows = (count: number, offset = 0): Array<TradeFlow.TradeFlow> =>
  Array.from({ length: count }, (_, k) => {
    const i = (k * 7919 + offset) % 3000
    return {
      id: `w${i}-${offset}`,
      period: `202${i % 5}-0${1 + (i % 9)}`,
      reporter: i % 2 === 0 ? "CN" : "US",
      partner: i % 3 === 0 ? "JP" : "DE",
      flow: "export",
      commodity: `85051${String(i % 1000).padStart(5, "0")}`,
      netWeightTonnes: i,
      valueUsd: null,
      sources: [{ id: `source-${(i * 31) % 1000}`, title: "t", publisher: "p" }],
      confidence: { kind: "reported" },
      vintage: day(i + offset),
    } as TradeFlow.TradeFlow
  })

describe("query order", () => {
  it("sorts keys too wide for one composite number column by column, on a first load and after", () => {
    const store = makeColumnarStore()
    const first = wideFlows(3000)
    store.writeSync(first)
    const all = { limit: 10_000, allVintages: true }
    const keys = (flows: ReadonlyArray<TradeFlow.TradeFlow>) => flows.map((f) => f.id)
    expect(keys(store.querySync({}, all).items)).toEqual(keys([...first].sort(inQueryOrder)))
    const more = wideFlows(50, 3001)
    store.writeSync(more)
    expect(keys(store.querySync({}, all).items)).toEqual(
      keys([...first, ...more].sort(inQueryOrder)),
    )
  })
})
