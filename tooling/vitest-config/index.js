// Shared vitest settings: resolve workspace packages to their TypeScript sources
// (the "@rareearth/source" export condition), so tests never need a prior build.
import { defineConfig, mergeConfig } from "vitest/config"

// Vite's own defaults, plus ours first. Do not add "import", "module" or "default" here: vitest hands the
// server conditions to Node, and `require("pg-pool")` inside pg would then load ESM.
const clientConditions = ["@rareearth/source", "module", "browser", "development|production"]
const serverConditions = ["@rareearth/source", "node", "development|production"]

export const base = defineConfig({
  resolve: { conditions: clientConditions },
  ssr: { resolve: { conditions: serverConditions, externalConditions: ["@rareearth/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
  },
})

/** Shared config merged with a package's own overrides. */
export const withBase = (overrides = {}) => mergeConfig(base, overrides)
