/**
 * Shell completion scripts for bash, zsh and fish, generated from the commands' option
 * declarations (so a new option completes without touching this file):
 *
 *   rareearth completions bash > ~/.local/share/bash-completion/completions/rareearth
 *   rareearth completions zsh > "${fpath[1]}/_rareearth"
 *   rareearth completions fish > ~/.config/fish/completions/rareearth.fish
 */
import { allOptions, type Command, type OptionSpec } from "./Command.ts"

/** The shells `rareearth completions` writes scripts for. */
export const SHELLS = ["bash", "zsh", "fish"] as const
export type Shell = (typeof SHELLS)[number]

const TOP_LEVEL = ["completions", "--help", "--version"]

/** The first clause of a description: completion menus have one short line. */
const brief = (text: string): string => text.split(/[:;(]/)[0]!.trim().slice(0, 70)

const options = (command: Command): ReadonlyArray<[string, OptionSpec]> =>
  Object.entries(allOptions(command))

const bash = (commands: ReadonlyArray<Command>): string => {
  const cases = commands.map((command) => {
    const values = options(command)
      .filter(([, spec]) => spec.type === "string")
      .map(([name, spec]) => {
        const choices = spec.type === "string" ? (spec.choices ?? []) : []
        return choices.length > 0
          ? `        --${name}) COMPREPLY=($(compgen -W "${choices.join(" ")}" -- "$cur")); return ;;`
          : `        --${name}) return ;;`
      })
    const flags = options(command)
      .map(([name]) => `--${name}`)
      .join(" ")
    return [
      `    ${command.name})`,
      '      case "$prev" in',
      ...values,
      "      esac",
      `      COMPREPLY=($(compgen -W "${flags}" -- "$cur")) ;;`,
    ].join("\n")
  })
  return [
    "# bash completion for rareearth: rareearth completions bash > ~/.local/share/bash-completion/completions/rareearth",
    "_rareearth() {",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, not a template
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=($(compgen -W "${[...commands.map((c) => c.name), ...TOP_LEVEL].join(" ")}" -- "$cur"))`,
    "    return",
    "  fi",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, not a template
    '  case "${COMP_WORDS[1]}" in',
    ...cases,
    `    completions) COMPREPLY=($(compgen -W "${SHELLS.join(" ")}" -- "$cur")) ;;`,
    "  esac",
    "}",
    "complete -o default -F _rareearth rareearth",
    "",
  ].join("\n")
}

/** Quotes for a zsh `_arguments` spec inside single quotes. */
const zshText = (text: string): string =>
  brief(text).replace(/'/g, "'\\''").replace(/\[/g, "(").replace(/\]/g, ")").replace(/:/g, "\\:")

const zsh = (commands: ReadonlyArray<Command>): string => {
  const cases = commands.map((command) => {
    const specs = options(command).map(([name, spec]) => {
      const help = `[${zshText(spec.description)}]`
      if (spec.type === "boolean") return `'--${name}${help}'`
      const choices = spec.choices ?? []
      const action = choices.length > 0 ? `(${choices.join(" ")})` : " "
      return `'--${name}${help}:${spec.valueName ?? "VALUE"}:${action}'`
    })
    return `    ${command.name}) _arguments ${specs.join(" ")} ;;`
  })
  return [
    "#compdef rareearth",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, not a template
    '# zsh completion for rareearth: rareearth completions zsh > "${fpath[1]}/_rareearth"',
    "_rareearth() {",
    "  local -a commands",
    "  commands=(",
    ...commands.map((command) => `    '${command.name}:${zshText(command.summary)}'`),
    "    'completions:print a shell completion script'",
    "  )",
    "  if (( CURRENT == 2 )); then",
    "    _describe 'command' commands",
    "    return",
    "  fi",
    "  local command=$words[2]",
    "  shift words",
    "  (( CURRENT-- ))",
    "  case $command in",
    ...cases,
    `    completions) _values 'shell' ${SHELLS.join(" ")} ;;`,
    "  esac",
    "}",
    'if [ "$funcstack[1]" = "_rareearth" ]; then _rareearth "$@"; else compdef _rareearth rareearth; fi',
    "",
  ].join("\n")
}

const fishText = (text: string): string => `'${brief(text).replace(/[\\']/g, "\\$&")}'`

const fish = (commands: ReadonlyArray<Command>): string => {
  const lines = commands.flatMap((command) => [
    `complete -c rareearth -n __fish_use_subcommand -a ${command.name} -d ${fishText(command.summary)}`,
    ...options(command).map(([name, spec]) => {
      const when = `-n '__fish_seen_subcommand_from ${command.name}'`
      const short = spec.short ? ` -s ${spec.short}` : ""
      if (spec.type === "boolean")
        return `complete -c rareearth ${when} -l ${name}${short} -d ${fishText(spec.description)}`
      const choices = spec.choices ?? []
      const values = choices.length > 0 ? ` -x -a '${choices.join(" ")}'` : " -r"
      return `complete -c rareearth ${when} -l ${name}${short}${values} -d ${fishText(spec.description)}`
    }),
  ])
  return [
    "# fish completion for rareearth: rareearth completions fish > ~/.config/fish/completions/rareearth.fish",
    "complete -c rareearth -f",
    ...lines,
    "complete -c rareearth -n __fish_use_subcommand -a completions -d 'print a shell completion script'",
    `complete -c rareearth -n '__fish_seen_subcommand_from completions' -x -a '${SHELLS.join(" ")}'`,
    "complete -c rareearth -n __fish_use_subcommand -l version -d 'print the version'",
    "complete -c rareearth -n __fish_use_subcommand -l help -d 'show help'",
    "",
  ].join("\n")
}

/** The completion script for `shell`, covering `commands` and their options. */
export const completionScript = (shell: Shell, commands: ReadonlyArray<Command>): string =>
  shell === "bash" ? bash(commands) : shell === "zsh" ? zsh(commands) : fish(commands)
