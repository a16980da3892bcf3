import { TradeFlow } from "@rareearth/core"
import { syntheticFlows } from "./src/node/sync/bench.ts"
import { toRow } from "./src/node/sync/FlowRows.ts"
const flows = syntheticFlows(200000)
let t = performance.now()
for (const f of flows) TradeFlow.TradeFlow.safeParse(f)
console.log("zod", performance.now() - t)
t = performance.now()
for (const f of flows) toRow(f)
console.log("toRow", performance.now() - t)
