/**
 * A separate process for the store tests: opens a store and writes synthetic flows, optionally
 * killing itself (SIGKILL, no cleanup) in the middle of the import. Prints the write summary as
 * JSON. Run with `node --conditions=@rareearth/source child-writer.ts KIND LOCATION START END [kill]`.
 */
import { Effect } from "effect"
import * as PostgresStore from "../../src/node/postgres/PostgresStore.ts"
import type { PersistentStore } from "../../src/node/sql/StoreSupport.ts"
import * as SqliteStore from "../../src/node/sqlite/SqliteStore.ts"
import { syntheticFlows } from "./__fixtures__/synthetic.ts"

const [kind, location, start, end, action] = process.argv.slice(2)
const open = async (): Promise<PersistentStore> => {
  if (kind === "sqlite") return SqliteStore.open({ path: location!, chunkSize: 1_000 })
  const [url, schema] = location!.split("#")
  return PostgresStore.open({ url, schema, chunkSize: 1_000 })
}

const store = await open()
if (action === "open") {
  process.stdout.write(JSON.stringify({ version: await Effect.runPromise(store.schemaVersion) }))
} else {
  const flows = syntheticFlows(Number(end)).slice(Number(start))
  const summary = await Effect.runPromise(
    store.write(flows, {
      onProgress: (done, total) => {
        if (action === "kill" && done >= 3_000 && done < total) {
          process.stderr.write(`killing myself after staging ${done} of ${total} rows\n`)
          process.kill(process.pid, "SIGKILL")
        }
      },
    }),
  )
  process.stdout.write(JSON.stringify(summary))
}
await store.close()
