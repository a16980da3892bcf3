/**
 * The shape of a CLI command: its typed option declarations, its help, and what its `run`
 * gets: the options parsed to the types the declarations name, the output format, the output
 * streams and a lazily created SDK client for the chosen `--source`.
 *
 * An option is declared once (name, placeholder, help, parser) and everything else follows from
 * that declaration: the command line parser, `--help`, the shell completions and the type of
 * `context.options` in `run`.
 */
import type { Client, SourceSpec } from "./Source.ts"

/** How results are printed. */
export type OutputFormat = "table" | "json" | "csv"

/** An option that takes a value, e.g. `--on DATE`; `parse` turns the text into an `A`. */
export interface ValueOption<A = string> {
  readonly type: "string"
  readonly short?: string
  /** The placeholder shown in help, e.g. `DATE`. */
  readonly valueName?: string
  readonly description: string
  /** The values a shell may complete, e.g. the product forms. */
  readonly choices?: ReadonlyArray<string>
  /** Parses the text; throws a UsageError naming the value, `--flag` and what is valid. */
  readonly parse?: (value: string, flag: string) => A
}

/** A flag without a value, e.g. `--json`. */
export interface BooleanOption {
  readonly type: "boolean"
  readonly short?: string
  readonly description: string
}

/** One declared option. */
export type OptionSpec = ValueOption<unknown> | BooleanOption

/** A command's declared options, by name (without the leading `--`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>

/** The parsed value of one declared option: `undefined` when a value option was not given. */
export type OptionValue<S> = S extends BooleanOption
  ? boolean
  : S extends ValueOption<infer A>
    ? A | undefined
    : never

/** The parsed values of a command's options, typed from their declarations. */
export type OptionValues<O> = { readonly [K in keyof O]: OptionValue<O[K]> }

/**
 * Declares an option with a value.
 * @example
 * ```ts
 * const on = valueOption("DATE", "the date to evaluate, YYYY-MM-DD", dateOption)
 * ```
 */
export function valueOption(
  valueName: string,
  description: string,
  parse?: undefined,
  extra?: { readonly short?: string; readonly choices?: ReadonlyArray<string> },
): ValueOption<string>
export function valueOption<A>(
  valueName: string,
  description: string,
  parse: (value: string, flag: string) => A,
  extra?: { readonly short?: string; readonly choices?: ReadonlyArray<string> },
): ValueOption<A>
export function valueOption<A>(
  valueName: string,
  description: string,
  parse?: (value: string, flag: string) => A,
  extra: { readonly short?: string; readonly choices?: ReadonlyArray<string> } = {},
): ValueOption<A> {
  return {
    type: "string",
    valueName,
    description,
    ...(parse === undefined ? {} : { parse }),
    ...extra,
  }
}

/** Declares a flag without a value. */
export const booleanOption = (description: string, short?: string): BooleanOption => ({
  type: "boolean",
  description,
  ...(short === undefined ? {} : { short }),
})

/** What a command's `run` receives. */
export interface CommandContext<O = OptionSpecs> {
  /** The parsed options (those the command declares), typed from their declarations. */
  readonly options: OptionValues<O>
  readonly format: OutputFormat
  /** The `--source` the user asked for, parsed. */
  readonly source: SourceSpec
  /** The SDK client for `source`, created on first use and closed when the command ends. */
  readonly client: () => Promise<Client>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  /** Aborted on Ctrl-C or SIGTERM. */
  readonly signal: AbortSignal
  /** The positional arguments, for a command that declares `arguments` (else empty). */
  readonly arguments: ReadonlyArray<string>
}

/** A positional argument a command takes, e.g. `A` of `diff A B`. */
export interface ArgumentSpec {
  readonly name: string
  readonly description: string
}

/** A CLI command. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  readonly name: string
  /** One line for the command list. */
  readonly summary: string
  /** The synopsis after `rareearth`, e.g. `controls [--on DATE] [--element SYMBOL]`. */
  readonly usage: string
  /** More lines of help after the synopsis. */
  readonly description?: string
  readonly options: O
  /** Positional arguments, all required (default: none; an argument is then an error). */
  readonly arguments?: ReadonlyArray<ArgumentSpec>
  /** Output formats the command offers besides the default table/text. */
  readonly formats: ReadonlyArray<"json" | "csv">
  readonly examples: ReadonlyArray<string>
  /**
   * Runs the command; resolves when done (for `serve`: when the server has stopped), to the
   * exit code when it is not 0 (e.g. `diff`: 1 when the datasets differ).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a command that only prints returns nothing
  run(context: CommandContext<O>): Promise<void | number>
}

/**
 * Defines a command, inferring the type of `context.options` from its declarations.
 * @example
 * ```ts
 * export const quotas = defineCommand({ name: "quotas", options: { year: valueOption("YEAR", "...", yearOption) }, ... })
 * // in run: context.options.year is number | undefined
 * ```
 */
export const defineCommand = <const O extends OptionSpecs>(command: Command<O>): Command<O> =>
  command

/** The `--source` declaration (the value is parsed by the runner, which knows the environment). */
export const SOURCE_OPTION = valueOption(
  "SOURCE",
  "where the data comes from: embedded (default), an http(s):// URL of a running explorer, comtrade (COMTRADE_API_KEY optional: without it the keyless preview, at most 500 rows per request; COMTRADE_API_URL optional), file:PATH, sqlite:PATH, postgres://URL, dataset:PATH (a dataset JSON file, e.g. one written by JSON.stringify(dataset))",
  undefined,
  { choices: ["embedded", "comtrade", "file:", "sqlite:", "postgres://", "http://", "dataset:"] },
)

/** Options every command takes. */
export const GLOBAL_OPTIONS = {
  source: SOURCE_OPTION,
  help: booleanOption("show this help", "h"),
} as const satisfies OptionSpecs

/** The options a format flag adds. */
export const FORMAT_OPTIONS: Readonly<Record<"json" | "csv", BooleanOption>> = {
  json: booleanOption("print JSON for scripts"),
  csv: booleanOption("print CSV (RFC 4180) for spreadsheets"),
}

/** Every option a command accepts, in help order: its own, its formats, the global ones. */
export const allOptions = (command: Command): OptionSpecs => ({
  ...command.options,
  ...Object.fromEntries(command.formats.map((format) => [format, FORMAT_OPTIONS[format]])),
  ...GLOBAL_OPTIONS,
})

/** `--on DATE`, `--json`: how an option is written. */
export const optionSynopsis = (name: string, spec: OptionSpec): string =>
  `--${name}${spec.type === "string" ? ` ${spec.valueName ?? "VALUE"}` : ""}`

const optionLine = (name: string, spec: OptionSpec): [string, string] => [
  `${spec.short ? `-${spec.short}, ` : "    "}${optionSynopsis(name, spec)}`,
  spec.description,
]

const twoColumns = (rows: ReadonlyArray<[string, string]>): string => {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join("\n")
}

/** The `--help` text of a command. */
export const commandHelp = (command: Command): string =>
  [
    `Usage: rareearth ${command.usage}`,
    "",
    `${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.`,
    ...(command.description ? ["", command.description] : []),
    ...(command.arguments && command.arguments.length > 0
      ? [
          "",
          "Arguments:",
          twoColumns(command.arguments.map((argument) => [argument.name, argument.description])),
        ]
      : []),
    "",
    "Options:",
    twoColumns(Object.entries(allOptions(command)).map(([name, spec]) => optionLine(name, spec))),
    ...(command.examples.length > 0
      ? ["", "Examples:", ...command.examples.map((example) => `  ${example}`)]
      : []),
    "",
  ].join("\n")

/** The top-level `--help` text. */
export const mainHelp = (commands: ReadonlyArray<Command>): string =>
  [
    "Usage: rareearth <command> [options]",
    "",
    "The rare earth supply chain from the command line: elements, export controls, quotas,",
    "China's magnet exports, and a local dashboard with a REST API.",
    "",
    "Commands:",
    twoColumns(commands.map((command) => [command.name, command.summary])),
    "",
    "Every command takes --source SOURCE (embedded by default) and --help.",
    "rareearth --version prints the version; rareearth completions bash|zsh|fish prints a shell completion script.",
    "Exit codes: 0 success, 2 bad arguments, 1 other failures. NO_COLOR=1 turns colours off.",
    "Run `rareearth <command> --help` for a command's options.",
    "",
  ].join("\n")
