import { defineConfig } from "tsup"

export default defineConfig({
  // One output file per source module, not a bundle: relative imports stay imports (rewritten from
  // `.ts` to `.js`), so `export * as Element from "./Element.js"` survives in dist/index.js. Bundlers
  // tree-shake such a namespace re-export per property (Rollup, Vite, webpack), which they cannot do
  // once it is turned into an object literal. Together with `"sideEffects": false` and the
  // `@__PURE__` schema annotations, an app importing Element and Period drops zod and the rest.
  entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/__fixtures__/**"],
  format: ["esm"],
  dts: false, // declarations: tooling/scripts/build-declarations.mjs (per module, with maps)
  sourcemap: true,
  clean: true,
  splitting: false,
  treeshake: false,
  target: "es2022",
  esbuildPlugins: [
    {
      name: "keep-relative-imports",
      setup(build) {
        build.onResolve({ filter: /^\.\.?\// }, (args) =>
          args.kind === "entry-point"
            ? undefined
            : { path: args.path.replace(/\.ts$/, ".js"), external: true },
        )
      },
    },
  ],
})
