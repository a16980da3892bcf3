/**
 * The command list. `sync` lives in ./sync.ts (written with the SQLite/PostgreSQL stores) and
 * is loaded when that file exists; it exports a {@link Command} as `syncCommand`, `command`
 * or `default`.
 */
import { existsSync } from "node:fs"
import type { Command } from "../cli/Command.ts"
import { controlsCommand } from "./controls.ts"
import { elementsCommand } from "./elements.ts"
import { flowsCommand } from "./flows.ts"
import { quotasCommand } from "./quotas.ts"
import { reportCommand } from "./report.ts"
import { seriesCommand } from "./series.ts"
import { serveCommand } from "./serve.ts"

const isCommand = (u: unknown): u is Command =>
  typeof u === "object" &&
  u !== null &&
  typeof (u as Command).name === "string" &&
  typeof (u as Command).run === "function"

/** Loads `sync` from ./sync.ts when it exists. */
const loadSync = async (): Promise<Command | undefined> => {
  const url = new URL("./sync.ts", import.meta.url)
  if (!existsSync(url)) return undefined
  // A computed specifier: the file is optional, so the type checker must not require it.
  const module: Record<string, unknown> = await import(url.href)
  return [module.syncCommand, module.command, module.default].find(isCommand)
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS = async (): Promise<ReadonlyArray<Command>> => {
  const sync = await loadSync()
  return [
    elementsCommand,
    controlsCommand,
    quotasCommand,
    seriesCommand,
    flowsCommand,
    reportCommand,
    serveCommand,
    ...(sync ? [sync] : []),
  ]
}
