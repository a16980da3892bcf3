#!/usr/bin/env node
// The `rareearth` command. The CLI is written in TypeScript and runs from source: this shim
// starts Node with the `@rareearth/source` export condition (so the workspace packages resolve
// to their TypeScript sources, no build needed) on src/main.ts, and passes the exit code on.
// Type stripping needs Node >= 22.18; on an older `node` it uses the workspace's own Node
// (the `node` devDependency at the repository root) when it is installed.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { constants } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const main = join(here, "..", "src", "main.ts")

/** A Node binary that can run TypeScript: this one, or the workspace's. */
const findNode = () => {
  if (process.features.typescript) return process.execPath
  for (let dir = here; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", "node", "bin", "node")
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

const node = findNode()
if (node === undefined) {
  process.stderr.write(
    `error: rareearth runs its TypeScript sources directly and needs Node >= 22.18 (found ${process.version}); ` +
      "run `pnpm install` at the repository root to get the workspace's Node 24, or upgrade Node\n",
  )
  process.exit(1)
}

const child = spawn(node, ["--conditions=@rareearth/source", main, ...process.argv.slice(2)], {
  stdio: "inherit",
})
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal))
}
child.on("exit", (code, signal) => {
  // Killed by a signal: exit as a shell would (128 + the signal's number).
  if (signal !== null) process.exit(128 + (constants.signals[signal] ?? 0))
  process.exit(code ?? 1)
})
