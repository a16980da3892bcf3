/**
 * The SDK parts the bench measures, imported in one place.
 *
 * The Node-only parts come from their area index files under packages/sdk/src/node/ until the
 * `@rareearth/sdk/node` entry re-exports them; the per-row validator (FlowRowSink) is internal to
 * the file import and has no public entry, so it is imported by path (the bench is private tooling).
 */
export { type ColumnarStore, makeColumnarStore } from "@rareearth/sdk"
export { resolveMapping } from "../../../packages/sdk/src/node/files/ColumnMapping.ts"
export { FlowRowSink } from "../../../packages/sdk/src/node/files/FlowRowSink.ts"
export { importFlowsFromFileAsync } from "../../../packages/sdk/src/node/files/index.ts"
export { PostgresStore } from "../../../packages/sdk/src/node/postgres/index.ts"
export { SqliteStore } from "../../../packages/sdk/src/node/sqlite/index.ts"
export type { PersistentStore } from "../../../packages/sdk/src/node/sync/index.ts"
export { RowBatch } from "../../../packages/sdk/src/store/columnar/RowBatch.ts"
