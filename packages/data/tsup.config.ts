import { defineConfig } from "tsup"

export default defineConfig({
  // The materials are an entry of their own: the SDK's query engine imports them without the dataset.
  // The embedded parts too: the SDK's embedded source loads each part when a query reads it.
  entry: {
    index: "src/index.ts",
    "materials/index": "src/materials/index.ts",
    "embedded/index": "src/embedded/index.ts",
  },
  format: ["esm"],
  dts: false, // declarations: tooling/scripts/build-declarations.mjs (per module, with maps)
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
})
