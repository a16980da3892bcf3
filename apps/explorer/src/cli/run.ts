/**
 * The CLI runner: picks the command, parses its options with `node:util` parseArgs, runs it,
 * and turns failures into a one-line message and an exit code (0 success, 2 bad arguments,
 * 1 anything else).
 */
import { parseArgs } from "node:util"
import { isRareEarthError } from "@rareearth/sdk"
import {
  type Command,
  type CommandContext,
  commandHelp,
  FORMAT_OPTIONS,
  GLOBAL_OPTIONS,
  mainHelp,
  type OptionSpec,
  type OutputFormat,
} from "./Command.ts"
import { type Client, createClientFor, parseSource } from "./Source.ts"
import { isUsageError, UsageError } from "./UsageError.ts"

/** Where the runner writes, and what it reads from the environment. */
export interface RunIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  readonly signal: AbortSignal
}

const describeOptions = (options: Readonly<Record<string, OptionSpec>>): string =>
  Object.entries(options)
    .map(([name, spec]) => `--${name}${spec.valueName ? ` ${spec.valueName}` : ""}`)
    .join(", ")

/** Turns parseArgs' own errors into messages that say what would be valid. */
const parseArgsError = (
  error: unknown,
  command: Command,
  options: Readonly<Record<string, OptionSpec>>,
): UsageError | undefined => {
  if (!(error instanceof Error) || !("code" in error)) return undefined
  const valid = `valid options for ${command.name}: ${describeOptions(options)}`
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const name = /'([^']+)'/.exec(error.message)?.[1] ?? "option"
      return new UsageError(`unknown option ${name} for ${command.name}: ${valid}`)
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const name = /'(--?[\w-]+)/.exec(error.message)?.[1] ?? "an option"
      const spec = options[name.replace(/^-+/, "")]
      return new UsageError(
        spec?.type === "boolean"
          ? `option ${name} takes no value (${command.name}): write ${name} alone`
          : `option ${name} needs a value (${command.name}): write ${name} ${spec?.valueName ?? "VALUE"}`,
      )
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL": {
      const value = /'([^']*)'/.exec(error.message)?.[1] ?? ""
      return new UsageError(
        `unexpected argument "${value}" for ${command.name}: it takes options only (${describeOptions(options)})`,
      )
    }
    default:
      return undefined
  }
}

/** Makes sure an error prints on one line. */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, "; ").trim()

/** Runs the CLI on `argv` (without `node` and the script); resolves to the exit code. */
export const run = async (
  argv: ReadonlyArray<string>,
  commands: ReadonlyArray<Command>,
  io: RunIo,
): Promise<number> => {
  const [name, ...rest] = argv
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? commands.find((command) => command.name === rest[0]) : undefined
    io.stdout(topic ? commandHelp(topic) : mainHelp(commands))
    return 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (command === undefined) {
    io.stderr(
      `error: unknown command "${name}": expected one of ${commands.map((c) => c.name).join(", ")} (see rareearth --help)\n`,
    )
    return 2
  }

  const options: Record<string, OptionSpec> = {
    ...command.options,
    ...Object.fromEntries(command.formats.map((format) => [format, FORMAT_OPTIONS[format]])),
    ...GLOBAL_OPTIONS,
  }
  let client: Client | undefined
  try {
    let values: Record<string, string | boolean | undefined>
    try {
      values = parseArgs({
        args: [...rest],
        options: Object.fromEntries(
          Object.entries(options).map(([key, spec]) => [
            key,
            spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
          ]),
        ),
        strict: true,
        allowPositionals: false,
      }).values as Record<string, string | boolean | undefined>
    } catch (error) {
      throw parseArgsError(error, command, options) ?? error
    }
    if (values.help === true) {
      io.stdout(commandHelp(command))
      return 0
    }
    if (values.json === true && values.csv === true) {
      throw new UsageError(`--json and --csv exclude each other (${command.name}): pick one`)
    }
    const format: OutputFormat =
      values.json === true ? "json" : values.csv === true ? "csv" : "table"
    const source = parseSource(values.source as string | undefined, io.env)
    const context: CommandContext = {
      options: values,
      format,
      source,
      client: async () => {
        client ??= await createClientFor(source)
        return client
      },
      stdout: io.stdout,
      stderr: io.stderr,
      env: io.env,
      signal: io.signal,
    }
    await command.run(context)
    return 0
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(`error: ${oneLine(error.message)}\n`)
      return 2
    }
    if (isRareEarthError(error)) {
      io.stderr(`error: ${oneLine(error.message)}\n`)
      return 1
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`error: ${oneLine(message)}\n`)
    if (io.env.RAREEARTH_DEBUG && error instanceof Error && error.stack)
      io.stderr(`${error.stack}\n`)
    return 1
  } finally {
    await client?.close()
  }
}
