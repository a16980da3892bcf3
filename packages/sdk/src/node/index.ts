/**
 * @rareearth/sdk/node: the Node-only parts of the SDK: the user's own CSV/JSON files,
 * the SQLite (`node:sqlite`) and PostgreSQL (`pg`) stores, and `sync` between sources and stores.
 * @since 0.1.0
 */

export {
  type BomFileOptions,
  readBomFile,
  readBomFileAsync,
} from "./bom/readBomFile.ts"
export * from "./files/index.ts"
export * from "./stores.ts"
export * from "./usgs/index.ts"
export * from "./watch/index.ts"
