/**
 * The CLI runner: picks the command, reads its options against their declarations, runs it,
 * and turns failures into a one-line message and an exit code (0 success, 2 bad arguments,
 * 1 anything else). It runs in-process: `main.ts` wires it to the real process, tests call it
 * with their own streams and environment.
 */
import { type Command, type CommandContext, commandHelp, mainHelp } from "./Command.ts"
import { completionScript, SHELLS } from "./completions.ts"
import { styleFor } from "./Output.ts"
import { parseOptions, readArguments } from "./parseArguments.ts"
import type { Client } from "./Source.ts"
import { isUsageError, UsageError } from "./UsageError.ts"

/** Where the runner writes, and what it reads from the environment. */
export interface RunIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  /** Aborted on Ctrl-C / SIGTERM; default: never. */
  readonly signal?: AbortSignal
  /** Whether stderr is a terminal (colours); default false. */
  readonly stderrIsTerminal?: boolean
}

/** A command known by name, loaded on demand so that one command never pays for the others. */
export interface CommandEntry {
  readonly name: string
  readonly load: () => Promise<Command>
}

/** What the runner needs besides argv: the commands and the version. */
export interface Program {
  readonly version: string
  readonly commands: ReadonlyArray<CommandEntry>
}

/** Makes sure an error prints on one line. */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, "; ").trim()

const loadAll = (program: Program): Promise<ReadonlyArray<Command>> =>
  Promise.all(program.commands.map((entry) => entry.load()))

/** `rareearth completions bash|zsh|fish`. */
const completions = async (
  program: Program,
  shell: string | undefined,
  io: RunIo,
): Promise<number> => {
  if (shell === undefined || !(SHELLS as ReadonlyArray<string>).includes(shell)) {
    throw new UsageError(
      `${shell === undefined ? "missing shell" : `unknown shell "${shell}"`} (completions): expected one of ${SHELLS.join(", ")}, e.g. rareearth completions bash`,
    )
  }
  io.stdout(completionScript(shell as (typeof SHELLS)[number], await loadAll(program)))
  return 0
}

const runCommand = async (
  command: Command,
  args: ReadonlyArray<string>,
  io: RunIo,
): Promise<number> => {
  const positionals: string[] = []
  const raw = readArguments(command, args, positionals)
  if (raw.help === true) {
    io.stdout(commandHelp(command))
    return 0
  }
  const expected = command.arguments ?? []
  if (expected.length > 0 && positionals.length !== expected.length) {
    const names = expected.map((argument) => argument.name).join(" ")
    throw new UsageError(
      `${command.name} takes ${expected.length} arguments (${names}), got ${positionals.length}${positionals.length > 0 ? `: ${positionals.map((value) => JSON.stringify(value)).join(" ")}` : ""}; e.g. rareearth ${command.usage}`,
    )
  }
  if (raw.json === true && raw.csv === true) {
    throw new UsageError(`--json and --csv exclude each other (${command.name}): pick one`)
  }
  const options = parseOptions(command, raw)
  // The SDK loads with the first command that needs it: --version and --help stay light.
  const { createClientFor, parseSource } = await import("./Source.ts")
  const source = await parseSource(typeof raw.source === "string" ? raw.source : undefined, io.env)
  let client: Client | undefined
  const context: CommandContext = {
    options: options as CommandContext["options"],
    format: raw.json === true ? "json" : raw.csv === true ? "csv" : "table",
    source,
    client: async () => {
      client ??= await createClientFor(source)
      return client
    },
    stdout: io.stdout,
    stderr: io.stderr,
    env: io.env,
    signal: io.signal ?? new AbortController().signal,
    arguments: positionals,
  }
  try {
    // A command may end with an exit code (diff: 1 when different); anything else is success.
    const result: unknown = await command.run(context)
    return typeof result === "number" ? result : 0
  } finally {
    await client?.close()
  }
}

/**
 * Runs the CLI on `argv` (without `node` and the script); resolves to the exit code.
 * @example
 * ```ts
 * const code = await run(["elements", "--json"], program, { stdout, stderr, env: process.env })
 * ```
 */
export const run = async (
  argv: ReadonlyArray<string>,
  program: Program,
  io: RunIo,
): Promise<number> => {
  const style = styleFor(io.env, io.stderrIsTerminal === true)
  const fail = (message: string, code: number): number => {
    io.stderr(`${style.error("error:")} ${oneLine(message)}\n`)
    return code
  }
  try {
    const [name, ...rest] = argv
    if (name === "--version" || name === "-V" || name === "version") {
      io.stdout(`rareearth ${program.version}\n`)
      return 0
    }
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      const topic = name === "help" ? program.commands.find((c) => c.name === rest[0]) : undefined
      io.stdout(topic ? commandHelp(await topic.load()) : mainHelp(await loadAll(program)))
      return 0
    }
    if (name === "completions") return await completions(program, rest[0], io)
    const entry = program.commands.find((candidate) => candidate.name === name)
    if (entry === undefined) {
      const names = [...program.commands.map((c) => c.name), "completions"].join(", ")
      return fail(`unknown command "${name}": expected one of ${names} (see rareearth --help)`, 2)
    }
    return await runCommand(await entry.load(), rest, io)
  } catch (error) {
    // Stopped by the user (Ctrl-C, SIGTERM): not an error to report.
    if (io.signal?.aborted) return 130
    if (isUsageError(error)) return fail(error.message, 2)
    const code = fail(error instanceof Error ? error.message : String(error), 1)
    if (io.env.RAREEARTH_DEBUG && error instanceof Error && error.stack)
      io.stderr(`${error.stack}\n`)
    return code
  }
}
