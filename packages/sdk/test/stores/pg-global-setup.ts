/**
 * vitest globalSetup for the PostgreSQL store tests: uses DATABASE_URL when set, else starts
 * (or reuses) the throwaway cluster of tooling/scripts/postgres-test-server.sh, and hands the
 * URL to the tests (`inject("databaseUrl")` and `process.env.RAREEARTH_TEST_DATABASE_URL`).
 * Wire it with `test.globalSetup: ["test/stores/pg-global-setup.ts"]`; without it, the tests'
 * helper starts the same server itself.
 */
import type { TestProject } from "vitest/node"
import { startTestServer } from "./pg-server.ts"

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export default function setup(project: TestProject): void {
  const url = startTestServer()
  process.env.RAREEARTH_TEST_DATABASE_URL = url
  project.provide("databaseUrl", url)
}
