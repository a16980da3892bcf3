import { rmSync } from "node:fs"
import { Effect } from "effect"
import * as SqliteStore from "./src/node/sqlite/SqliteStore.ts"
import * as PostgresStore from "./src/node/postgres/PostgresStore.ts"
import { bulkLoad, rawPostgresCopy, rawSqliteInsertLoop, syntheticFlows } from "./src/node/sync/bench.ts"
const n = Number(process.argv[2] ?? 1_000_000)
let t = performance.now()
const flows = syntheticFlows(n)
console.log(`generated ${n} in ${(performance.now() - t).toFixed(0)} ms; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`)
for (const f of ["/tmp/h7b.sqlite", "/tmp/h7b-raw.sqlite"]) for (const s of ["", "-wal", "-shm"]) rmSync(f + s, { force: true })
const raw = rawSqliteInsertLoop("/tmp/h7b-raw.sqlite", flows)
console.log(`sqlite raw prepared-insert loop: ${raw.ms.toFixed(0)} ms`)
const s = await SqliteStore.open({ path: "/tmp/h7b.sqlite" })
const a = await bulkLoad(s, flows)
console.log(`sqlite store write: ${a.ms.toFixed(0)} ms ${JSON.stringify(a.summary)} ratio ${(a.ms / raw.ms).toFixed(2)}`)
const a2 = await bulkLoad(s, flows)
console.log(`sqlite store re-write (all unchanged): ${a2.ms.toFixed(0)} ms ${JSON.stringify(a2.summary)}`)
t = performance.now(); await Effect.runPromise(s.aggregate({ commodity: "85" }, ["period"])); console.log(`sqlite aggregate by period: ${(performance.now() - t).toFixed(0)} ms`)
t = performance.now(); await Effect.runPromise(s.query({ reporter: "CN", commodity: "magnets", from: "2025" }, { limit: 100 })); console.log(`sqlite query page: ${(performance.now() - t).toFixed(0)} ms`)
await s.close()
const url = "postgres://postgres@127.0.0.1:54329/postgres"
const rp = await rawPostgresCopy({ url, schema: "h7bench_raw" }, flows)
console.log(`pg raw COPY: ${rp.ms.toFixed(0)} ms`)
const p = await PostgresStore.open({ url, schema: `h7bench_${Date.now()}` })
const b = await bulkLoad(p, flows)
console.log(`pg store write (COPY): ${b.ms.toFixed(0)} ms ${JSON.stringify(b.summary)} ratio ${(b.ms / rp.ms).toFixed(2)}`)
const b2 = await bulkLoad(p, flows)
console.log(`pg store re-write (all unchanged): ${b2.ms.toFixed(0)} ms ${JSON.stringify(b2.summary)}`)
t = performance.now(); await Effect.runPromise(p.aggregate({ commodity: "85" }, ["period"])); console.log(`pg aggregate by period: ${(performance.now() - t).toFixed(0)} ms`)
t = performance.now(); await Effect.runPromise(p.query({ reporter: "CN", commodity: "magnets", from: "2025" }, { limit: 100 })); console.log(`pg query page: ${(performance.now() - t).toFixed(0)} ms`)
await p.close()
