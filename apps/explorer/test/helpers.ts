/**
 * Test helpers: run the CLI in-process (the same `run` the binary calls, with captured output),
 * build and run the real binary for the few end-to-end tests, and start the real explorer server
 * on a free loopback port.
 */
import { spawn } from "node:child_process"
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { buildCli } from "../scripts/build-cli.ts"
import type { SourceSpec } from "../src/cli/Source.ts"
import { serviceFor } from "../src/cli/SourceLayer.ts"
import { run } from "../src/rareearth.ts"
import { type ExplorerServer, startExplorerServer } from "../src/server/ExplorerServer.ts"
import { buildWeb } from "../src/server/webBuild.ts"

/** apps/explorer. */
export const EXPLORER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..")

/** What a CLI run produced. */
export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs `rareearth ...args` in this process, as the binary would, capturing its output. */
export const runCli = async (
  args: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<CliResult> => {
  let stdout = ""
  let stderr = ""
  const code = await run(args, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    env: { ...process.env, NO_COLOR: "1", ...env },
  })
  return { code, stdout, stderr }
}

/** Runs the CLI and parses its JSON output; fails with the CLI's stderr if it did not succeed. */
export const runCliJson = async <A = unknown>(args: ReadonlyArray<string>): Promise<A> => {
  const result = await runCli([...args, "--json"])
  if (result.code !== 0) {
    throw new Error(`rareearth ${args.join(" ")} --json exited ${result.code}: ${result.stderr}`)
  }
  return JSON.parse(result.stdout) as A
}

/**
 * The real binary as a package ships it: bin/rareearth.js next to a fresh build of dist/cli, in
 * a directory of its own (so a concurrent `pnpm build` never swaps files under a test).
 */
export const buildBinary = async (): Promise<{
  readonly bin: string
  readonly remove: () => Promise<void>
}> => {
  const root = await mkdtemp(join(tmpdir(), "rareearth-bin-"))
  await mkdir(join(root, "bin"))
  await copyFile(join(EXPLORER_DIR, "bin", "rareearth.js"), join(root, "bin", "rareearth.js"))
  await buildCli(join(root, "dist", "cli"))
  return {
    bin: join(root, "bin", "rareearth.js"),
    remove: () => rm(root, { recursive: true, force: true }),
  }
}

/** A child process of the binary, with its output collected. */
export const spawnBinary = (
  bin: string,
  args: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>> = {},
) => {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: EXPLORER_DIR,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  const output = { stdout: "", stderr: "" }
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    output.stdout += chunk
  })
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    output.stderr += chunk
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.on("error", reject)
      child.on("close", (code, signal) => resolve({ code, signal }))
    },
  )
  return { child, output, exited }
}

/** A running explorer server over a source (default: the embedded dataset), on a free port. */
export const startTestServer = async (
  spec: SourceSpec = { kind: "embedded" },
): Promise<ExplorerServer & { readonly stop: () => Promise<void> }> => {
  // Each test server gets its own build of the dashboard, so a concurrent `pnpm build`
  // (turbo runs build and test side by side) never swaps files under it.
  const webRoot = await buildWeb(await mkdtemp(join(tmpdir(), "rareearth-web-")))
  const { service, dispose } = await serviceFor(spec)
  const server = await startExplorerServer({ service, port: 0, webRoot })
  return {
    ...server,
    stop: async () => {
      await server.close()
      await dispose()
      await rm(webRoot, { recursive: true, force: true })
    },
  }
}
