/**
 * Datasets over time, for `@rareearth/sdk/node`: read a dataset from anywhere (`readDataset`,
 * `readDatasetFile`), audit it (`auditSource`), diff two (`diffSources`), and watch a source for
 * changes, delivering each once to a webhook, a command or your code (`watch`, `watchChanges`).
 * @since 0.2.0
 */

export {
  DatasetFileSource,
  isDatasetFile,
  parseDatasetDocument,
  readDatasetFile,
  readDatasetFileEffect,
} from "./DatasetFile.ts"
export {
  type DatasetInput,
  type DatasetSnapshot,
  datasetInputName,
  LAYER_KINDS,
  readDataset,
} from "./DatasetInput.ts"
export {
  type AuditSourceOptions,
  auditSource,
  auditSourceEffect,
  type DiffSourcesOptions,
  diffSnapshots,
  diffSources,
  diffSourcesEffect,
  formatSourceAudit,
  formatSourceDiff,
  type SourceAudit,
  type SourceDiff,
} from "./DatasetReports.ts"
export {
  CHANGE_TARGET_FORMS,
  type ChangeTarget,
  DEFAULT_DELIVERY_RETRY,
  DeliveryError,
  type DeliveryRetry,
  deliverOnce,
  deliveryRetrySchedule,
  parseChangeTarget,
} from "./Delivery.ts"
export { DURATION_FORMS, formatDuration, parseDuration } from "./Duration.ts"
export { changeEvents, type WatchEvent, type WatchEventType } from "./WatchEvent.ts"
export {
  emptyState,
  markDelivered,
  readState,
  WatchState,
  writeState,
} from "./WatchState.ts"
export {
  type WatchOptions,
  type WatchProgress,
  type WatchSummary,
  watch,
  watchChanges,
  watchEffect,
} from "./watch.ts"
