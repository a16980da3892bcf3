/**
 * File import for `@rareearth/sdk/node`: CSV/JSON trade flows into a columnar store, and the
 * Files source over them.
 * @since 0.1.0
 */
export type { ColumnMapping, KeyColumn, WeightColumn } from "./ColumnMapping.ts"
export { FileSource, type FileSourceOptions } from "./FileSource.ts"
export {
  type FileFormat,
  type ImportMode,
  type ImportOptions,
  type ImportResult,
  type ImportSummary,
  importFlowsFromFile,
  importFlowsFromFileAsync,
} from "./importFlows.ts"
