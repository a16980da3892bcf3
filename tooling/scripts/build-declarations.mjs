#!/usr/bin/env node
// Emits a published package's declarations with TypeScript itself, one .d.ts (and .d.ts.map) per
// source module, instead of tsup's bundled declarations. Two reasons:
// - "go to definition" lands in the shipped source through the declaration maps;
// - `export type *` stays type-only: bundling it into one file turned type re-exports into
//   value exports (the phantom `import { Element } from "@rareearth/sdk"`).
// TypeScript keeps our `.ts` import specifiers in declarations (rewriteRelativeImportExtensions
// rewrites only JavaScript), so they are rewritten to `.js` here, as in the emitted JavaScript.
// Run from a package folder: node ../../tooling/scripts/build-declarations.mjs
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"

const require = createRequire(join(process.cwd(), "package.json"))
const tsc = require.resolve("typescript/bin/tsc")
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" })

const relativeTs = /((?:from|import)\s*\(?\s*["']\.{1,2}\/[^"']*?)\.ts(["'])/g
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  )
for (const file of walk("dist").filter((path) => path.endsWith(".d.ts"))) {
  const text = readFileSync(file, "utf8")
  const rewritten = text.replace(relativeTs, "$1.js$2")
  if (rewritten !== text) writeFileSync(file, rewritten)
}
