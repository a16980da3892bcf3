/**
 * Test helpers: run the real CLI (bin/rareearth.js in a child process) and start the real
 * explorer server on a free loopback port.
 */
import { spawn } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { type SourceSpec, serviceFor } from "../src/cli/Source.ts"
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

/** Runs `rareearth ...args` through the bin shim, as a user would. */
export const runCli = (
  args: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(EXPLORER_DIR, "bin", "rareearth.js"), ...args], {
      cwd: EXPLORER_DIR,
      env: { ...process.env, NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk
    })
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

/** Runs the CLI and parses its JSON output; fails with the CLI's stderr if it did not succeed. */
export const runCliJson = async <A = unknown>(args: ReadonlyArray<string>): Promise<A> => {
  const result = await runCli([...args, "--json"])
  if (result.code !== 0) {
    throw new Error(`rareearth ${args.join(" ")} --json exited ${result.code}: ${result.stderr}`)
  }
  return JSON.parse(result.stdout) as A
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
