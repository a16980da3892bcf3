/**
 * Finds the PostgreSQL server the store tests use: RAREEARTH_TEST_DATABASE_URL (set by the
 * globalSetup), else DATABASE_URL, else the throwaway cluster of
 * tooling/scripts/postgres-test-server.sh (started on first use, reused after).
 */
import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const SCRIPT = fileURLToPath(
  new URL("../../../../tooling/scripts/postgres-test-server.sh", import.meta.url),
)

let started: string | undefined

/** The URL of a running PostgreSQL server for tests. */
export const startTestServer = (): string => {
  const configured = process.env.RAREEARTH_TEST_DATABASE_URL ?? process.env.DATABASE_URL
  if (configured !== undefined && configured !== "") return configured
  started ??= execFileSync("bash", [SCRIPT], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 120_000,
  }).trim()
  return started
}
