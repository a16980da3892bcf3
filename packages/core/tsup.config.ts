import { defineConfig } from "tsup"

export default defineConfig({
  // One output file per concept module (plus shared chunks), not one bundle: together with
  // `"sideEffects": false` this lets bundlers drop the modules an app does not use (importing
  // Element and Period does not pull in the generated country list).
  entry: ["src/index.ts", "src/[A-Z]*.ts", "!src/**/*.test.ts"],
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "es2022",
})
