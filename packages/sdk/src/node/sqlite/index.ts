/**
 * SQLite persistence: `SqliteStore.make({ path })` / `SqliteStore.open({ path })`.
 * @since 0.1.0
 */
export * as SqliteStore from "./SqliteStore.ts"
