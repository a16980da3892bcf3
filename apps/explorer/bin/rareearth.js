#!/usr/bin/env node
// The `rareearth` command: the CLI bundled into dist/cli (`pnpm build`), run in this very
// process: no second Node, nothing left running when this process is killed. Node's compile
// cache (Node >= 22.1) keeps later starts fast.
import module from "node:module"

module.enableCompileCache?.()
try {
  await import("../dist/cli/rareearth.js")
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/cli")) {
    throw error
  }
  process.stderr.write(
    "error: the rareearth CLI is not built: run `pnpm --filter @rareearth/explorer build` (or `pnpm rareearth ...` to run it from the sources)\n",
  )
  process.exitCode = 1
}
