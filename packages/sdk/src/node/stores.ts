/**
 * The persistent stores and sync, for `@rareearth/sdk/node`: SQLite (`node:sqlite`), PostgreSQL
 * (`pg`, optional), `sync`, and RareEarth sources over either store.
 * @since 0.1.0
 */
export * from "./postgres/index.ts"
export * from "./sqlite/index.ts"
export * from "./sync/index.ts"
