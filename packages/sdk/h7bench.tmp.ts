import { rmSync } from "node:fs"
import { Effect } from "effect"
import * as SqliteStore from "./src/node/sqlite/SqliteStore.ts"
import * as PostgresStore from "./src/node/postgres/PostgresStore.ts"
import { bulkLoad, rawPostgresCopy, rawSqliteInsertLoop, syntheticFlows } from "./src/node/sync/bench.ts"
const n = Number(process.argv[2] ?? 1_000_000)
const flows = syntheticFlows(n)
const clean = (f: string) => { for (const s of ["", "-wal", "-shm"]) rmSync(f + s, { force: true }) }
const ms = (x: number) => `${(x / 1000).toFixed(2)} s`
clean("/tmp/h7b-raw.sqlite"); const rawBare = rawSqliteInsertLoop("/tmp/h7b-raw.sqlite", flows)
clean("/tmp/h7b-raw.sqlite"); const rawIdx = rawSqliteInsertLoop("/tmp/h7b-raw.sqlite", flows, { table: "indexed" })
clean("/tmp/h7b.sqlite")
const s = await SqliteStore.open({ path: "/tmp/h7b.sqlite" })
const a = await bulkLoad(s, flows)
const a2 = await bulkLoad(s, flows)
let t = performance.now(); await Effect.runPromise(s.aggregate({ commodity: "85" }, ["period"])); const sAgg = performance.now() - t
t = performance.now(); await Effect.runPromise(s.query({ reporter: "CN", commodity: "magnets", from: "2025" }, { limit: 100 })); const sQ = performance.now() - t
await s.close()
console.log(`SQLite ${n} rows: raw bare ${ms(rawBare.ms)}, raw indexed ${ms(rawIdx.ms)}, store ${ms(a.ms)} (x${(a.ms / rawBare.ms).toFixed(2)} bare, x${(a.ms / rawIdx.ms).toFixed(2)} indexed), re-sync unchanged ${ms(a2.ms)}, aggregate ${sAgg.toFixed(0)} ms, page ${sQ.toFixed(0)} ms`)
const url = "postgres://postgres@127.0.0.1:54329/postgres"
const rpBare = await rawPostgresCopy({ url, schema: "h7bench_raw" }, flows)
const rpIdx = await rawPostgresCopy({ url, schema: "h7bench_raw" }, flows, ) // bare again for warmup parity
const rpIdx2 = await rawPostgresCopy({ url, schema: "h7bench_raw", table: "indexed" }, flows)
const schema = `h7bench_${Date.now()}`
const p = await PostgresStore.open({ url, schema })
const b = await bulkLoad(p, flows)
const b2 = await bulkLoad(p, flows)
t = performance.now(); await Effect.runPromise(p.aggregate({ commodity: "85" }, ["period"])); const pAgg = performance.now() - t
t = performance.now(); await Effect.runPromise(p.query({ reporter: "CN", commodity: "magnets", from: "2025" }, { limit: 100 })); const pQ = performance.now() - t
await p.close()
const ins = await PostgresStore.open({ url, schema: `${schema}_ins`, bulk: "insert" })
const c = await bulkLoad(ins, flows)
await ins.close()
console.log(`PostgreSQL ${n} rows: raw COPY bare ${ms(Math.min(rpBare.ms, rpIdx.ms))}, raw COPY indexed ${ms(rpIdx2.ms)}, store (COPY) ${ms(b.ms)} (x${(b.ms / Math.min(rpBare.ms, rpIdx.ms)).toFixed(2)} bare, x${(b.ms / rpIdx2.ms).toFixed(2)} indexed), store (INSERT staging) ${ms(c.ms)}, re-sync unchanged ${ms(b2.ms)}, aggregate ${pAgg.toFixed(0)} ms, page ${pQ.toFixed(0)} ms`)
console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`)
