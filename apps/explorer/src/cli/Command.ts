/**
 * The shape of a CLI command and what it gets to run: parsed options, the output format,
 * the output streams and a lazily created SDK client for the chosen `--source`.
 */
import type { Client, SourceSpec } from "./Source.ts"

/** How results are printed. */
export type OutputFormat = "table" | "json" | "csv"

/** One option of a command, as `node:util` parseArgs takes it, plus help text. */
export interface OptionSpec {
  readonly type: "string" | "boolean"
  readonly short?: string
  /** The placeholder shown in help, e.g. `DATE`. */
  readonly valueName?: string
  readonly description: string
}

/** What a command's `run` receives. */
export interface CommandContext {
  /** The parsed options (only those the command declares, plus the global ones). */
  readonly options: Readonly<Record<string, string | boolean | undefined>>
  readonly format: OutputFormat
  /** The `--source` the user asked for, parsed. */
  readonly source: SourceSpec
  /** The SDK client for `source`, created on first use and closed when the command ends. */
  readonly client: () => Promise<Client>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  /** Aborted on Ctrl-C. */
  readonly signal: AbortSignal
}

/** A CLI command. */
export interface Command {
  readonly name: string
  /** One line for the command list. */
  readonly summary: string
  /** The synopsis after `rareearth`, e.g. `controls [--on DATE] [--element SYMBOL]`. */
  readonly usage: string
  /** More lines of help after the synopsis. */
  readonly description?: string
  readonly options: Readonly<Record<string, OptionSpec>>
  /** Output formats the command offers besides the default table/text. */
  readonly formats: ReadonlyArray<"json" | "csv">
  readonly examples: ReadonlyArray<string>
  /** Runs the command; resolves when done (for `serve`: when the server has stopped). */
  readonly run: (context: CommandContext) => Promise<void>
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  source: {
    type: "string",
    valueName: "SOURCE",
    description:
      "where the data comes from: embedded (default), an http(s):// URL of a running explorer, comtrade (needs COMTRADE_API_KEY; COMTRADE_API_URL optional), file:PATH, sqlite:PATH, postgres://URL",
  },
  help: { type: "boolean", short: "h", description: "show this help" },
}

/** The options a format flag adds. */
export const FORMAT_OPTIONS: Readonly<Record<"json" | "csv", OptionSpec>> = {
  json: { type: "boolean", description: "print JSON for scripts" },
  csv: { type: "boolean", description: "print CSV (RFC 4180) for spreadsheets" },
}

const optionLine = (name: string, spec: OptionSpec): [string, string] => [
  `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.valueName ? ` ${spec.valueName}` : ""}`,
  spec.description,
]

const twoColumns = (rows: ReadonlyArray<[string, string]>): string => {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join("\n")
}

/** The `--help` text of a command. */
export const commandHelp = (command: Command): string => {
  const options: Array<[string, string]> = [
    ...Object.entries(command.options).map(([name, spec]) => optionLine(name, spec)),
    ...command.formats.map((format) => optionLine(format, FORMAT_OPTIONS[format])),
    ...Object.entries(GLOBAL_OPTIONS).map(([name, spec]) => optionLine(name, spec)),
  ]
  return [
    `Usage: rareearth ${command.usage}`,
    "",
    `${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.`,
    ...(command.description ? ["", command.description] : []),
    "",
    "Options:",
    twoColumns(options),
    ...(command.examples.length > 0
      ? ["", "Examples:", ...command.examples.map((example) => `  ${example}`)]
      : []),
    "",
  ].join("\n")
}

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
    "Exit codes: 0 success, 2 bad arguments, 1 other failures.",
    "Run `rareearth <command> --help` for a command's options.",
    "",
  ].join("\n")
