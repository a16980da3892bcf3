// Shared vitest settings: resolve workspace packages to their TypeScript sources
// (the "@rareearth/source" export condition), so tests never need a prior build.
import { defineConfig, mergeConfig } from "vitest/config"

const conditions = ["@rareearth/source", "import", "module", "node", "default"]

export const base = defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["@rareearth/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
  },
})

/** Shared config merged with a package's own overrides. */
export const withBase = (overrides = {}) => mergeConfig(base, overrides)
