/**
 * The READMEs' TypeScript examples (this package's and the repository's), run as written so
 * that they cannot go stale.
 *
 * - A ```ts block is type-checked, then run with Node (type stripping, `@rareearth/source`
 *   condition, importing `@rareearth/sdk` by its own name). Each `// => text` comment is an
 *   expected line of output, in order.
 * - A ```ts check block needs something the test does not have (a server, an API key, a file):
 *   it is only type-checked.
 */
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  type ReadmeExample,
  readmeExamples,
} from "../../../../tooling/scripts/lib/readme-examples.mjs"

const packageDir = fileURLToPath(new URL("../../", import.meta.url))
const READMES = [
  { name: "packages/sdk/README.md", path: join(packageDir, "README.md") },
  { name: "README.md", path: join(packageDir, "..", "..", "README.md") },
]

type Block = ReadmeExample

const blocks: ReadonlyArray<Block> = readmeExamples(READMES)

const run = (command: string, args: ReadonlyArray<string>, cwd: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: "1" } })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => (stdout += chunk))
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

const nodeMajor = Number(process.versions.node.split(".")[0])
const stripTypes = nodeMajor >= 23 ? [] : ["--experimental-strip-types"]

describe("README examples", () => {
  let directory: string
  const fileOf = (block: Block) => join(directory, `readme-block-${block.index + 1}.ts`)

  beforeAll(() => {
    // Inside the package, so that `@rareearth/sdk` resolves to the package itself.
    directory = mkdtempSync(join(packageDir, ".readme-"))
    for (const block of blocks) writeFileSync(fileOf(block), block.code)
    writeFileSync(
      join(directory, "tsconfig.json"),
      JSON.stringify({
        extends: "../tsconfig.json",
        include: ["*.ts"],
        compilerOptions: { types: ["node"] },
      }),
    )
  })

  afterAll(() => rmSync(directory, { recursive: true, force: true }))

  it("has runnable TypeScript examples", () => {
    expect(blocks.filter((block) => block.mode === "run").length).toBeGreaterThanOrEqual(3)
  })

  it("type-checks every example", async () => {
    const tsc = join(packageDir, "node_modules", "typescript", "bin", "tsc")
    const result = await run(
      process.execPath,
      [tsc, "--noEmit", "--pretty", "false", "-p", directory],
      packageDir,
    )
    // Only the examples' own diagnostics: the package's sources are checked by `typecheck`.
    const name = basename(directory)
    const diagnostics = (result.stdout + result.stderr)
      .split("\n")
      .filter((line) => line.startsWith(`${name}/`) || line.startsWith("error"))
    expect(diagnostics).toEqual([])
  }, 120_000)

  for (const block of blocks.filter((candidate) => candidate.mode === "run")) {
    it(`runs the example at ${block.readme} line ${block.line} and prints what it says`, async () => {
      const result = await run(
        process.execPath,
        [...stripTypes, "--no-warnings", "--conditions=@rareearth/source", fileOf(block)],
        packageDir,
      )
      expect(result.stderr).toBe("")
      expect(result.code).toBe(0)
      const lines = result.stdout.split("\n").filter((line) => line.trim() !== "")
      expect(lines).toEqual(block.expected)
    }, 60_000)
  }
})
