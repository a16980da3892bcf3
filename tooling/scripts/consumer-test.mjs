#!/usr/bin/env node
// Installs the packed tarballs of core, data and sdk into fresh npm projects, as a user would,
// with the lowest and the newest versions of the peers (effect, zod) that package.json allows,
// then type-checks every README example (TypeScript strict, NodeNext) and runs the runnable ones
// on Node 22 and Node 24 (the npm `node` package), comparing their output with the README.
// Also checks that npm installs ONE copy of effect and of zod. Needs the npm registry.
// Usage: node tooling/scripts/consumer-test.mjs [--keep]   (after `pnpm build`)
import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { readmeExamples } from "./lib/readme-examples.mjs"

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)))
const keep = process.argv.includes("--keep")
const PACKAGES = ["core", "data", "sdk"]
const NODES = ["22.23.3", "24.21.0"]
const TYPESCRIPT = "6.0.3"

const sdkManifest = JSON.parse(readFileSync(join(root, "packages/sdk/package.json"), "utf8"))
const lowest = (range) => range.replace(/^[\^~>=]+/, "")
// The newest versions are pinned here, not resolved at run time, so the test is repeatable;
// raise them when a newer release in range appears (npm view effect version).
const SCENARIOS = [
  {
    name: "lowest peers",
    effect: lowest(sdkManifest.peerDependencies.effect),
    zod: lowest(sdkManifest.peerDependencies.zod),
  },
  { name: "newest peers", effect: "4.1.0", zod: "4.6.7" },
]

const sh = (command, args, cwd, options = {}) =>
  execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    ...options,
  })

const work = mkdtempSync(join(tmpdir(), "rareearth-consumer-"))
const tarballs = join(work, "tarballs")
mkdirSync(tarballs)
for (const name of PACKAGES)
  sh("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", name))
const tarballFiles = readdirSync(tarballs).map((file) => join(tarballs, file))

const examples = readmeExamples([
  { name: "packages/sdk/README.md", path: join(root, "packages/sdk/README.md") },
  { name: "README.md", path: join(root, "README.md") },
])

let failures = 0
const fail = (message) => {
  failures++
  console.error(`consumer-test: FAIL ${message}`)
}

for (const scenario of SCENARIOS) {
  const project = join(work, scenario.name.replace(/ /g, "-"))
  mkdirSync(project)
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  )
  sh(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      ...tarballFiles,
      `effect@${scenario.effect}`,
      `zod@${scenario.zod}`,
      `typescript@${TYPESCRIPT}`,
      "@types/node@24",
    ],
    project,
  )
  for (const peer of ["effect", "zod"]) {
    const tree = JSON.parse(sh("npm", ["ls", peer, "--all", "--json"], project))
    const versions = new Set()
    const walk = (node) => {
      for (const [name, child] of Object.entries(node.dependencies ?? {})) {
        if (name === peer) versions.add(`${child.version}@${child.resolved ?? ""}`)
        walk(child)
      }
    }
    walk(tree)
    if (versions.size !== 1)
      fail(`${scenario.name}: ${versions.size} copies of ${peer} installed (npm ls ${peer})`)
  }
  // pg is an optional peer: without it, the PostgreSQL store must say which package to install.
  writeFileSync(
    join(project, "pg-missing.mjs"),
    `import { PostgresStore } from "@rareearth/sdk/node"
try {
  await PostgresStore.open({ url: "postgres://user@127.0.0.1:9/db" })
  console.log("opened")
} catch (error) {
  console.log(error._tag, error.message)
}
`,
  )
  const pgMissing = spawnSync(process.execPath, [join(project, "pg-missing.mjs")], {
    cwd: project,
    encoding: "utf8",
  })
  if (!/^StoreError .*"pg" package .*npm install pg/m.test(pgMissing.stdout))
    fail(
      `${scenario.name}: without pg, PostgresStore.open said: ${pgMissing.stdout}${pgMissing.stderr}`,
    )
  for (const example of examples)
    writeFileSync(join(project, `example-${example.index + 1}.ts`), example.code)
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2023",
        noEmit: true,
        allowImportingTsExtensions: true,
        types: ["node"],
        lib: ["es2023", "dom"],
      },
      include: ["*.ts"],
    }),
  )
  const tsc = spawnSync(
    process.execPath,
    [join(project, "node_modules/typescript/bin/tsc"), "-p", project],
    {
      cwd: project,
      encoding: "utf8",
    },
  )
  const typeChecks = tsc.status === 0
  if (!typeChecks)
    fail(`${scenario.name}: README examples do not type-check:\n${tsc.stdout}${tsc.stderr}`)
  let ran = 0
  const runnable = examples.filter((candidate) => candidate.mode === "run")
  for (const node of NODES) {
    for (const example of runnable) {
      const file = join(project, `example-${example.index + 1}.ts`)
      const result = spawnSync("npx", ["-y", `node@${node}`, "--no-warnings", file], {
        cwd: project,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      })
      const lines = result.stdout.split("\n").filter((line) => line.trim() !== "")
      const where = `${scenario.name}, Node ${node}: ${example.readme} line ${example.line}`
      if (result.status !== 0) fail(`${where}: exit ${result.status}\n${result.stderr}`)
      else if (JSON.stringify(lines) !== JSON.stringify(example.expected))
        fail(
          `${where}: printed\n  ${lines.join("\n  ")}\nREADME says\n  ${example.expected.join("\n  ")}`,
        )
      else ran++
    }
  }
  console.log(
    `consumer-test: ${scenario.name} (effect ${scenario.effect}, zod ${scenario.zod}): ` +
      `${examples.length} examples ${typeChecks ? "type-check" : "DO NOT type-check"}, ` +
      `${ran} of ${runnable.length * NODES.length} runs match the README on Node ${NODES.join(" and ")}`,
  )
}

if (!keep) rmSync(work, { recursive: true, force: true })
else console.log(`consumer-test: kept ${work}`)
process.exit(failures === 0 ? 0 : 1)
