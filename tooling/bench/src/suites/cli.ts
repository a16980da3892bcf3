/**
 * Cold start of the `rareearth` command as users run it: bin/rareearth.js importing the esbuild
 * bundle (built here from the current sources into .cache/cli), one fresh Node process per run,
 * beside an empty `node -e 0` process in the same run. Target (issue 11): `rareearth elements
 * --json` in at most 150 ms. Reported, never asserted.
 */
import { execFileSync } from "node:child_process"
import { copyFileSync, mkdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import type { BenchContext } from "../context.ts"
import { formatMs, markdownTable, ratio } from "../report.ts"

const TARGET_MS = 150

/**
 * Runs each command `runs` times, the commands taking turns, from a small launcher process (as a
 * shell would start them): spawning from the bench's own process, which holds a million-row
 * dataset by then, makes every fork slower (an empty `node -e 0` took 59 ms instead of 26 ms).
 * Returns the wall times in ms per command.
 */
const LAUNCHER = `
const { spawnSync } = require("node:child_process")
const { commands, runs } = JSON.parse(process.argv[1])
const times = commands.map(() => [])
for (let run = 0; run < runs; run++)
  commands.forEach((args, index) => {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] })
    if (result.status !== 0) throw new Error("node " + args.join(" ") + " failed: " + result.stderr)
    times[index].push(performance.now() - start)
  })
process.stdout.write(JSON.stringify(times))
`

const timeAll = (
  commands: ReadonlyArray<ReadonlyArray<string>>,
  cwd: string,
  runs: number,
): Array<Array<number>> =>
  JSON.parse(
    execFileSync(process.execPath, ["-e", LAUNCHER, JSON.stringify({ commands, runs })], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  ) as Array<Array<number>>

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

export const runCliSuite = async (context: BenchContext): Promise<void> => {
  const { benchDirectory, log } = context
  log("\n## CLI cold start (one process per run: bin/rareearth.js + the esbuild bundle)")
  const explorer = join(benchDirectory, "..", "..", "apps", "explorer")
  const root = join(context.cacheDirectory, "cli")
  rmSync(root, { recursive: true, force: true })
  mkdirSync(join(root, "bin"), { recursive: true })
  try {
    execFileSync(
      process.execPath,
      [join(explorer, "scripts", "build-cli.ts"), "--outdir", join(root, "dist", "cli")],
      { cwd: explorer, stdio: ["ignore", "ignore", "pipe"] },
    )
    copyFileSync(join(explorer, "bin", "rareearth.js"), join(root, "bin", "rareearth.js"))
  } catch (error) {
    context.problem(`building the CLI failed: ${String(error).slice(0, 300)}`)
    return
  }
  const runs = context.options.smoke ? 2 : 20
  const bin = join(root, "bin", "rareearth.js")
  // The first run fills Node's compile cache, as a user's first command does.
  timeAll([[bin, "elements", "--json"]], root, 1)
  const scenarios: ReadonlyArray<[string, ReadonlyArray<string>]> = [
    ["node -e 0 (empty process)", ["-e", "0"]],
    ["rareearth --version", [bin, "--version"]],
    ["rareearth elements --json", [bin, "elements", "--json"]],
    [
      "rareearth controls --on 2025-06-01 --json",
      [bin, "controls", "--on", "2025-06-01", "--json"],
    ],
  ]
  const timings = timeAll(
    scenarios.map(([, args]) => args),
    root,
    runs,
  )
  const results = scenarios.map(([name], index) => {
    const times = timings[index]!
    return { name, bestMs: Math.min(...times), medianMs: median(times) }
  })
  log(
    markdownTable(
      ["command", "best", "median", "median minus node -e 0"],
      results.map((result) => [
        result.name,
        formatMs(result.bestMs),
        formatMs(result.medianMs),
        formatMs(result.medianMs - results[0]!.medianMs),
      ]),
    ),
  )
  const elements = results.find((result) => result.name === "rareearth elements --json")!
  context.ratios.push(
    ratio(
      "cli cold start (median)",
      "rareearth elements --json vs the 150 ms target",
      { name: "rareearth", value: elements.medianMs },
      { name: "150 ms", value: TARGET_MS },
      "ms",
      { max: 1, text: "≤150 ms" },
    ),
    ratio(
      "cli cold start (median)",
      "rareearth elements --json vs an empty node process",
      { name: "rareearth", value: elements.medianMs },
      { name: "node -e 0", value: results[0]!.medianMs },
      "ms",
    ),
  )
  context.results.cli = { runs, node: process.version, coldStart: results }
}
