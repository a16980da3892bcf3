/**
 * Sync and store sources: copy flows into a store (`sync`, `syncFlows`), read a store as a
 * RareEarth source (`SqliteSource`, `PostgresSource`, `StoreSource`), and parse store locations.
 * @since 0.1.0
 */

export type { PersistentStore, WriteOptions } from "../sql/StoreSupport.ts"
export {
  describeStoreLocation,
  openStore,
  PostgresSource,
  parseStoreLocation,
  SqliteSource,
  STORE_LOCATION_FORMS,
  type StoreLocation,
  StoreSource,
  type StoreSourceOptions,
} from "./StoreSource.ts"
export {
  type SyncInput,
  type SyncOptions,
  type SyncProgress,
  type SyncSummary,
  sync,
  syncFlows,
} from "./sync.ts"
