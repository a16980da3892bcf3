import * as PostgresStore from "./src/node/postgres/PostgresStore.ts"
import { bulkLoad, syntheticFlows } from "./src/node/sync/bench.ts"
const flows = syntheticFlows(200000)
const p = await PostgresStore.open({ url: "postgres://postgres@127.0.0.1:54329/postgres", schema: `h7prof_${Date.now()}` })
console.time("zod"); (await import("@rareearth/core")).TradeFlow.TradeFlow.array().parse(flows); console.timeEnd("zod"); console.log((await bulkLoad(p, flows)).ms)
console.time("zod"); (await import("@rareearth/core")).TradeFlow.TradeFlow.array().parse(flows); console.timeEnd("zod"); console.log((await bulkLoad(p, flows)).ms)
await p.close()
