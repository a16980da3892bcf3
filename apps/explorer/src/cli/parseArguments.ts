/**
 * The command line parser: reads a command's arguments against its declared options
 * (`--name VALUE`, `--name=VALUE`, `-p VALUE`, `--flag`, `--` ends the options), then runs each
 * option's own parser. Every mistake becomes a one-line {@link UsageError} that names the
 * option or value and says what would be valid; nothing is guessed from other libraries' messages.
 */
import { allOptions, type Command, type OptionSpec, optionSynopsis } from "./Command.ts"
import { UsageError } from "./UsageError.ts"

/** The raw result: the text of each option given (the last one wins), `true` for flags. */
export type RawOptions = Readonly<Record<string, string | true>>

const describeOptions = (options: Readonly<Record<string, OptionSpec>>): string =>
  Object.entries(options)
    .map(([name, spec]) => optionSynopsis(name, spec))
    .join(", ")

/**
 * Splits `args` into the options `command` declares; throws a UsageError on anything else.
 * For a command that declares positional `arguments`, the other arguments (and everything after
 * `--`) go into `positionals`.
 */
export const readArguments = (
  command: Command,
  args: ReadonlyArray<string>,
  positionals: string[] = [],
): RawOptions => {
  const takesPositionals = (command.arguments?.length ?? 0) > 0
  const options = allOptions(command)
  const byShort = new Map(
    Object.entries(options).flatMap(([name, spec]) =>
      spec.short === undefined ? [] : [[spec.short, name] as const],
    ),
  )
  const valid = `valid options for ${command.name}: ${describeOptions(options)}`
  const values: Record<string, string | true> = {}
  let index = 0
  while (index < args.length) {
    const argument = args[index++]!
    if (argument === "--" && takesPositionals) {
      positionals.push(...args.slice(index))
      break
    }
    if (argument === "--") {
      const rest = args[index]
      if (rest !== undefined) throw unexpected(command, rest, options)
      break
    }
    const long = /^--([^=]+)(?:=([\s\S]*))?$/.exec(argument)
    const short = long ? null : /^-([^-=])(?:=?([\s\S]+))?$/.exec(argument)
    if (!long && !short && takesPositionals) {
      positionals.push(argument)
      continue
    }
    if (!long && !short) throw unexpected(command, argument, options)
    const written = long ? `--${long[1]}` : `-${short![1]}`
    const name = long ? long[1]! : byShort.get(short![1]!)
    const inline = long ? long[2] : short![2]
    const spec = name === undefined ? undefined : options[name]
    if (name === undefined || spec === undefined || !Object.hasOwn(options, name)) {
      throw new UsageError(`unknown option ${written} for ${command.name}: ${valid}`)
    }
    if (spec.type === "boolean") {
      if (inline !== undefined) {
        throw new UsageError(
          `option ${written} takes no value (${command.name}): write ${written} alone`,
        )
      }
      values[name] = true
      continue
    }
    // A value that looks like another option is a forgotten value, not a value.
    const next = inline ?? args[index]
    if (next === undefined || (inline === undefined && /^-./.test(next))) {
      throw new UsageError(
        `option ${written} needs a value (${command.name}): write ${written} ${spec.valueName ?? "VALUE"}`,
      )
    }
    if (inline === undefined) index++
    values[name] = next
  }
  return values
}

const unexpected = (
  command: Command,
  value: string,
  options: Readonly<Record<string, OptionSpec>>,
): UsageError =>
  new UsageError(
    `unexpected argument "${value}" for ${command.name}: it takes options only (${describeOptions(options)})`,
  )

/**
 * Runs each declared option's parser over the raw text, in declaration order; options without
 * a parser keep their text, flags are `true` or `false`.
 */
export const parseOptions = (command: Command, raw: RawOptions): Record<string, unknown> => {
  const parsed: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(command.options)) {
    const value = raw[name]
    if (spec.type === "boolean") parsed[name] = value === true
    else if (typeof value !== "string") parsed[name] = undefined
    else parsed[name] = spec.parse ? spec.parse(value, name) : value
  }
  return parsed
}
