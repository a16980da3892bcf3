import { defineConfig } from "tsup"

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "node/index": "src/node/index.ts",
    // Loaded by `new Worker` (the parallel CSV import), so a file of its own.
    "node/csvRangeWorker": "src/node/files/csvRangeWorker.ts",
    // The Promise client alone, for bundles that need no more (see src/client/index.ts).
    "client/index": "src/client/index.ts",
    testing: "src/testing.ts",
    server: "src/server.ts",
  },
  format: ["esm"],
  dts: false, // declarations: tooling/scripts/build-declarations.mjs (per module, with maps)
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
})
