/**
 * @rareearth/sdk/node: the Node-only parts of the SDK (files, SQLite, PostgreSQL, sync).
 * @since 0.1.0
 */
export {}
