/**
 * The benchmark harness: `pnpm bench` (1M rows, every suite) and `pnpm bench:smoke` (tiny data,
 * correctness only: every engine must return the same answers; exits non-zero on a mismatch).
 *
 *   node --conditions=@rareearth/source --expose-gc src/main.ts [--rows 1000000] [--rounds 3]
 *     [--only load,query,validate,memory,bundle,persist] [--seed 20250601] [--out FILE.json] [--smoke]
 *
 * Prints the machine, per-suite tables and the ratio table (ours vs peers, with the issue's
 * targets), and writes the JSON results: tooling/bench/results/latest.json for a full run at 1M
 * rows (latest-N-rows.json at other sizes); runs with --only write into .cache/ unless --out says
 * where. Smoke runs write nothing. Timings are never asserted. A timed run of several suites runs
 * each in a Node process of its own, so that no figure depends on what ran before it.
 */
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { loadavg } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { AnswerMismatchError } from "./compare.ts"
import { type BenchContext, makeContext, type Options, SUITES, type SuiteName } from "./context.ts"
import { duckDbVersion } from "./engines/duckdb.ts"
import { canCollectGarbage } from "./measure.ts"
import { describeMachine, type Ratio, ratioTable, writeJson } from "./report.ts"
import { runBundleSuite } from "./suites/bundle.ts"
import { runCliSuite } from "./suites/cli.ts"
import { runLoadSuite } from "./suites/load.ts"
import { runMemorySuite } from "./suites/memory.ts"
import { runPersistSuite } from "./suites/persist.ts"
import { runQuerySuite } from "./suites/query.ts"
import { runServeSuite } from "./suites/serve.ts"
import { runValidateSuite } from "./suites/validate.ts"

const USAGE = `usage: pnpm bench [--rows N] [--rounds N] [--only ${SUITES.join(",")}] [--seed N] [--out FILE.json] [--smoke]`

/** Thrown for a bad command line; the message says what was wrong and what is valid. */
class UsageError extends Error {
  override readonly name = "UsageError"
}

const positiveInteger = (flag: string, text: string | undefined): number => {
  const value = Number(text?.replaceAll("_", ""))
  if (text === undefined || !Number.isInteger(value) || value <= 0) {
    throw new UsageError(
      `${flag} expects a positive integer, got ${text === undefined ? "nothing" : `"${text}"`}`,
    )
  }
  return value
}

/** Parses the command line. */
export const parseArguments = (argv: ReadonlyArray<string>): Options => {
  let rows: number | undefined
  let rounds: number | undefined
  let seed = 20_250_601
  let only: Array<SuiteName> | undefined
  let smoke = false
  let out: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!
    const [flag, inline] =
      argument.startsWith("--") && argument.includes("=")
        ? argument.split("=", 2)
        : [argument, undefined]
    const value = (): string | undefined => inline ?? argv[++index]
    switch (flag) {
      case "--rows":
        rows = positiveInteger("--rows", value())
        break
      case "--rounds":
        rounds = positiveInteger("--rounds", value())
        break
      case "--seed":
        seed = positiveInteger("--seed", value())
        break
      case "--only": {
        const names = (value() ?? "").split(",").filter((name) => name !== "")
        const unknown = names.filter((name) => !(SUITES as ReadonlyArray<string>).includes(name))
        if (names.length === 0 || unknown.length > 0) {
          throw new UsageError(
            `--only: unknown suite ${unknown.map((name) => `"${name}"`).join(", ") || "(none given)"}; expected a comma-separated list of ${SUITES.join(", ")}`,
          )
        }
        only = names as Array<SuiteName>
        break
      }
      case "--smoke":
        smoke = true
        break
      case "--":
        break
      case "--out":
        out = value()
        if (out === undefined || out === "") throw new UsageError("--out expects a file path")
        break
      case "--help":
      case "-h":
        throw new UsageError("")
      default:
        throw new UsageError(`unknown argument "${argument}"`)
    }
  }
  return {
    rows: rows ?? (smoke ? 3_000 : 1_000_000),
    rounds: rounds ?? (smoke ? 1 : 3),
    seed,
    only: only ?? [...SUITES],
    smoke,
    ...(out === undefined ? {} : { out }),
  }
}

const SUITE_RUNNERS: Record<SuiteName, (context: BenchContext) => Promise<void>> = {
  load: runLoadSuite,
  query: runQuerySuite,
  validate: runValidateSuite,
  memory: runMemorySuite,
  bundle: (context) => runBundleSuite(context).then(() => runCliSuite(context)),
  persist: runPersistSuite,
  serve: runServeSuite,
}

/** Formats a written JSON file with the repository's Biome, so that `biome check` passes on it. */
const formatWithBiome = (benchDirectory: string, path: string): void => {
  const biome = join(benchDirectory, "node_modules", ".bin", "biome")
  try {
    execFileSync(biome, ["format", "--write", path], { cwd: benchDirectory, stdio: "ignore" })
  } catch {
    console.log(
      `(could not format ${path} with Biome: run \`pnpm exec biome format --write ${path}\`)`,
    )
  }
}

/** Set in a suite's own process: it prints its tables, the parent the header and the ratios. */
const CHILD = "RAREEARTH_BENCH_SUITE_PROCESS"

/** Thrown when a suite's own process fails; its output says why. */
class SuiteProcessError extends Error {
  override readonly name = "SuiteProcessError"
}

/** Runs one suite in a fresh Node process and folds its results, ratios and problems in. */
const runSuiteInChild = (suite: SuiteName, options: Options, context: BenchContext): void => {
  const out = join(context.cacheDirectory, `suite-${suite}.json`)
  const args = [
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    "--only",
    suite,
    "--rows",
    String(options.rows),
    "--rounds",
    String(options.rounds),
    "--seed",
    String(options.seed),
    "--out",
    out,
  ]
  try {
    execFileSync(process.execPath, args, {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, [CHILD]: "1" },
    })
  } catch (error) {
    throw new SuiteProcessError(
      `the ${suite} suite's process failed (${String(error).split("\n")[0]})`,
    )
  }
  const written = JSON.parse(readFileSync(out, "utf8")) as {
    readonly results: Record<string, unknown>
    readonly ratios: ReadonlyArray<Ratio>
    readonly problems: ReadonlyArray<string>
  }
  Object.assign(context.results, written.results)
  context.ratios.push(...written.ratios)
  for (const problem of written.problems) context.problem(problem)
}

const main = async (): Promise<number> => {
  let options: Options
  try {
    options = parseArguments(process.argv.slice(2))
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message !== "") console.error(error.message)
      console.error(USAGE)
      return error.message === "" ? 0 : 2
    }
    throw error
  }
  const benchDirectory = join(fileURLToPath(new URL(".", import.meta.url)), "..")
  const log = (line: string) => console.log(line)
  const context = makeContext(options, benchDirectory, log)
  const quiet = process.env[CHILD] !== undefined
  const machine = describeMachine({
    duckdb: await duckDbVersion(),
    arquero: (await import("arquero/package.json", { with: { type: "json" } })).default.version,
    udsv: (await import("udsv/package.json", { with: { type: "json" } })).default.version,
    zod: (await import("zod/package.json", { with: { type: "json" } })).default.version,
  })
  if (!quiet) {
    log(
      `# rareearth bench${options.smoke ? " (smoke: correctness only, timings meaningless)" : ""}`,
    )
    log(
      `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB (${machine.freeMemoryGiB} free), node ${machine.node}, ${machine.platform}, load average ${machine.loadAverage.join(" ")}`,
    )
    log(
      `peers: ${Object.entries(machine.versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(", ")}`,
    )
    log(
      `rows ${options.rows.toLocaleString("en")}, rounds ${options.rounds}, seed ${options.seed}, suites ${options.only.join(",")}`,
    )
  }
  if (!canCollectGarbage() && !options.smoke)
    context.problem("run with --expose-gc: memory figures and GC between rounds need it")

  const started = Date.now()
  let failure: unknown
  const suites = SUITES.filter((suite) => options.only.includes(suite))
  // A timed run of several suites gives each a process of its own: a suite measured after
  // another inherits its heap and its optimised code (the per-row validation took 880 ms after
  // the load suite, 328 ms alone), so each figure must not depend on what ran before it.
  const isolate = !options.smoke && suites.length > 1 && process.env[CHILD] === undefined
  for (const suite of suites) {
    try {
      if (isolate) runSuiteInChild(suite, options, context)
      else await SUITE_RUNNERS[suite](context)
    } catch (error) {
      failure = error
      break
    }
  }

  if (context.ratios.length > 0 && process.env[CHILD] === undefined) {
    log("\n## Ratios (ours / peer of a cost; targets from issue 6 and 7, reported, not asserted)")
    log(ratioTable(context.ratios))
  }
  if (context.problems.length > 0 && !quiet)
    log(
      `\n${context.problems.length} problem(s):\n${context.problems.map((problem) => `- ${problem}`).join("\n")}`,
    )
  log(
    `\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s; load average at the end ${loadavg()
      .map((value) => value.toFixed(2))
      .join(" ")}`,
  )

  if (failure !== undefined) {
    if (failure instanceof AnswerMismatchError)
      console.error(`\nFAILED: engines disagree. ${failure.message}`)
    else console.error("\nFAILED:", failure)
    return 1
  }
  if (!options.smoke) {
    // Full runs are commit-friendly results; partial ones (--only) go to the gitignored cache.
    const complete = options.only.length === SUITES.length
    const name = options.rows === 1_000_000 ? "latest" : `latest-${options.rows}-rows`
    const path =
      options.out !== undefined
        ? resolve(options.out)
        : complete
          ? join(benchDirectory, "results", `${name}.json`)
          : join(context.cacheDirectory, `${name}-${options.only.join("+")}.json`)
    writeJson(path, {
      generatedAt: new Date().toISOString(),
      machine,
      options,
      results: context.results,
      ratios: context.ratios,
      problems: context.problems,
    })
    if (!quiet) {
      formatWithBiome(benchDirectory, path)
      log(`results written to ${path}`)
    }
  }
  return 0
}

process.exitCode = await main()
