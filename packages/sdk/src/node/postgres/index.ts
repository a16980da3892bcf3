/**
 * PostgreSQL persistence: `PostgresStore.make({ url })` / `PostgresStore.open({ url })`, and URL
 * redaction for messages.
 * @since 0.1.0
 */
export { isPostgresUrl, redactUrl } from "./connection.ts"
export * as PostgresStore from "./PostgresStore.ts"
