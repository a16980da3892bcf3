import { TradeFlow } from "@rareearth/core"
import { z } from "zod"
import { generateFlows, toTradeFlow, SYNTHETIC_SOURCE } from "./generate.ts"
import { FlowRowSink, RowBatch, resolveMapping } from "./sdk.ts"
const N = Number(process.argv[2] ?? 1_000_000)
const data = generateFlows(N)
const valid = Array.from({ length: N }, (_, i) => toTradeFlow(data, i))
const mixed = valid.map((f, i) => (i % 10 === 3 ? { ...f, period: "2025-13" } : f))
const compiled = z.compile(TradeFlow.TradeFlow)
const time = (name: string, fn: () => number) => {
  let best = Infinity, r = 0
  for (let k = 0; k < 3; k++) { const t = performance.now(); r = fn(); best = Math.min(best, performance.now() - t) }
  console.log(name, best.toFixed(0), "ms", r)
  return best
}
for (const [label, values] of [["valid", valid], ["mixed", mixed]] as const) {
  const ours = time(label + " ours", () => {
    const sink = new FlowRowSink({ file: "b.json", batch: new RowBatch(1 << 16), mapping: resolveMapping(undefined), provenance: { provenance: { sources: [SYNTHETIC_SOURCE], confidence: { kind: "official" } } }, onReject: () => {} })
    let bad = 0; for (let i = 0; i < values.length; i++) if (!sink.acceptRecord(values[i], i + 1)) bad++; return bad })
  const zod = time(label + " zod", () => { let bad = 0; for (const v of values) if (!TradeFlow.TradeFlow.safeParse(v).success) bad++; return bad })
  const comp = time(label + " compiled", () => { let bad = 0; for (const v of values) if (!compiled.safeParse(v).success) bad++; return bad })
  console.log(label, "ratio vs zod", (zod / ours).toFixed(2), "vs compiled", (comp / ours).toFixed(2))
}
