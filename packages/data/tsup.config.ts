import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: false, // declarations: tooling/scripts/build-declarations.mjs (per module, with maps)
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
})
