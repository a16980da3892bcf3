import { rmSync } from "node:fs"
import * as SqliteStore from "./src/node/sqlite/SqliteStore.ts"
import { bulkLoad, syntheticFlows } from "./src/node/sync/bench.ts"
const flows = syntheticFlows(200000)
for (const s of ["", "-wal", "-shm"]) rmSync("/tmp/h7p4.sqlite" + s, { force: true })
const st = await SqliteStore.open({ path: "/tmp/h7p4.sqlite" })
console.log((await bulkLoad(st, flows)).ms)
await st.close()
