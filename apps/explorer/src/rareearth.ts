/**
 * The `rareearth` command, in-process: `run(argv, io)` runs one command line against the given
 * output streams and environment and resolves to the exit code (0 success, 2 bad arguments,
 * 1 other failures). `main.ts` wires it to the real process; tests call it directly.
 */
import packageJson from "../package.json" with { type: "json" }
import { type RunIo, run as runProgram } from "./cli/run.ts"
import { COMMANDS } from "./commands/index.ts"

/** The CLI's version, from its package.json. */
export const VERSION: string = packageJson.version

/**
 * Runs `rareearth ...argv`.
 * @example
 * ```ts
 * let out = ""
 * const code = await run(["elements", "--json"], { stdout: (t) => (out += t), stderr: () => {}, env: {} })
 * ```
 */
export const run = (argv: ReadonlyArray<string>, io: RunIo): Promise<number> =>
  runProgram(argv, { version: VERSION, commands: COMMANDS }, io)
