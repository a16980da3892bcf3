/**
 * The main entry (`@rareearth/sdk`, fetch and web APIs only) in the other runtimes: Deno and Bun
 * (installed from npm as dev dependencies, platform binaries included), with Node for comparison.
 * Each runtime runs `script.ts` twice: from the TypeScript sources (resolving the workspace
 * packages with the `@rareearth/source` condition) and as a single esbuild bundle (platform
 * browser, ESM). The script queries the frozen fixture dataset and the default (embedded) source,
 * so no network is involved; the children get an unreachable proxy so any attempt to fetch would
 * fail instead of silently reaching out.
 */
import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import * as esbuild from "esbuild"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const require = createRequire(import.meta.url)
const packageDir = fileURLToPath(new URL("../..", import.meta.url))
const script = fileURLToPath(new URL("./script.ts", import.meta.url))
const SPAWN_TIMEOUT_MS = 60_000

/** The line `script.ts` prints, identical in every runtime (the fixture's figures). */
const expected = {
  period: "2025-06",
  tonnes: 3188,
  changePercent: 157.5,
  defaultSource: "embedded",
  error: { tag: "NotFoundError", isRareEarthError: true },
}

/** A runtime's native binary, installed by its npm package's postinstall (allowed in allowBuilds). */
const binary = (name: "deno" | "bun"): string => {
  const dir = dirname(require.resolve(`${name}/package.json`))
  const path = name === "deno" ? join(dir, "deno") : join(dir, "bin", "bun.exe")
  if (!existsSync(path)) {
    throw new Error(
      `${name} binary not found at ${path}: its postinstall did not run; allow it under allowBuilds in pnpm-workspace.yaml and reinstall`,
    )
  }
  return path
}

interface Run {
  readonly stdout: string
  readonly stderr: string
}

const run = (file: string, args: ReadonlyArray<string>, env: Record<string, string>) =>
  new Promise<Run>((resolve, reject) => {
    execFile(
      file,
      args,
      {
        cwd: packageDir,
        timeout: SPAWN_TIMEOUT_MS,
        killSignal: "SIGKILL",
        env: {
          PATH: process.env.PATH ?? "/usr/bin:/bin",
          HOME: env.HOME ?? tmpdir(),
          NO_COLOR: "1",
          HTTP_PROXY: "http://127.0.0.1:9",
          HTTPS_PROXY: "http://127.0.0.1:9",
          http_proxy: "http://127.0.0.1:9",
          https_proxy: "http://127.0.0.1:9",
          ...env,
        },
      },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(
              `${file} ${args.join(" ")} failed (${error.message})\nstdout:\n${stdout}\nstderr:\n${stderr}`,
            ),
          )
        } else {
          resolve({ stdout, stderr })
        }
      },
    )
  })

const parse = (result: Run): unknown => {
  const lines = result.stdout.trim().split("\n")
  expect(lines, `stderr:\n${result.stderr}`).toHaveLength(1)
  return JSON.parse(lines[0]!)
}

describe("the main entry in Deno, Bun and Node", () => {
  let tmp: string
  let bundlePath: string
  let bundle: esbuild.BuildResult<{ metafile: true }>

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "rareearth-runtimes-"))
    bundlePath = join(tmp, "script.mjs")
    bundle = await esbuild.build({
      entryPoints: [script],
      outfile: bundlePath,
      bundle: true,
      platform: "browser",
      format: "esm",
      target: "es2022",
      conditions: ["@rareearth/source"],
      metafile: true,
      logLevel: "silent",
    })
  }, 60_000)

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true })
  })

  it("bundles the script without any node: module", () => {
    const inputs = Object.keys(bundle.metafile.inputs)
    expect(inputs.some((input) => input.endsWith("src/Client.ts"))).toBe(true)
    expect(inputs.some((input) => input.includes("data/src/"))).toBe(true)
    expect(inputs.filter((input) => input.startsWith("node:") || input.includes("/node/"))).toEqual(
      [],
    )
    for (const input of Object.values(bundle.metafile.inputs)) {
      for (const imported of input.imports) expect(imported.path).not.toMatch(/^node:/)
    }
  })

  describe("Deno", () => {
    // No --allow-* flag: the script makes no I/O, and --no-prompt turns any attempt into an error.
    const denoArgs = [
      "run",
      "--no-prompt",
      "--no-remote",
      "--no-lock",
      "--cached-only",
      "--node-modules-dir=manual",
    ]
    const denoEnv = () => ({
      DENO_NO_UPDATE_CHECK: "1",
      DENO_NO_PROMPT: "1",
      DENO_DIR: join(tmp, "deno-dir"),
    })

    it("reports its version", async () => {
      const { stdout } = await run(binary("deno"), ["--version"], denoEnv())
      expect(stdout).toMatch(/^deno 2\.9\.6 /)
    })

    it("runs the TypeScript sources with the @rareearth/source condition", async () => {
      const result = await run(
        binary("deno"),
        [...denoArgs, "--conditions=@rareearth/source", script],
        denoEnv(),
      )
      expect(parse(result)).toEqual(expected)
    })

    it("runs the bundle", async () => {
      const result = await run(binary("deno"), [...denoArgs, "--no-config", bundlePath], denoEnv())
      expect(parse(result)).toEqual(expected)
    })
  })

  describe("Bun", () => {
    const bunEnv = () => ({
      BUN_INSTALL_CACHE_DIR: join(tmp, "bun-cache"),
      BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0",
      DO_NOT_TRACK: "1",
    })

    it("reports its version", async () => {
      const { stdout } = await run(binary("bun"), ["--version"], bunEnv())
      expect(stdout.trim()).toBe("1.4.4")
    })

    it("runs the TypeScript sources with the @rareearth/source condition", async () => {
      const result = await run(
        binary("bun"),
        ["run", "--no-install", "--conditions=@rareearth/source", script],
        bunEnv(),
      )
      expect(parse(result)).toEqual(expected)
    })

    it("runs the bundle", async () => {
      const result = await run(binary("bun"), ["run", "--no-install", bundlePath], bunEnv())
      expect(parse(result)).toEqual(expected)
    })
  })

  describe("Node (this process's binary, for comparison)", () => {
    it("runs the TypeScript sources with the @rareearth/source condition", async () => {
      const result = await run(process.execPath, ["--conditions=@rareearth/source", script], {})
      expect(parse(result)).toEqual(expected)
    })

    it("runs the bundle", async () => {
      const result = await run(process.execPath, [bundlePath], {})
      expect(parse(result)).toEqual(expected)
    })
  })
})
