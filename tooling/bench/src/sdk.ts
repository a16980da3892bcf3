/**
 * The SDK parts the bench measures, imported in one place: the public entries `@rareearth/sdk`
 * and `@rareearth/sdk/node`, plus the import's per-row validator (FlowRowSink and its batch),
 * which is internal to the file import and has no public entry, so it is imported by path (the
 * bench is private tooling; the per-row comparison needs it).
 */
export { type ColumnarStore, makeColumnarStore } from "@rareearth/sdk"
export {
  importFlowsFromFileAsync,
  type PersistentStore,
  PostgresStore,
  SqliteStore,
} from "@rareearth/sdk/node"
export { resolveMapping } from "../../../packages/sdk/src/node/files/ColumnMapping.ts"
export { FlowRowSink } from "../../../packages/sdk/src/node/files/FlowRowSink.ts"
export { RowBatch } from "../../../packages/sdk/src/store/columnar/RowBatch.ts"
