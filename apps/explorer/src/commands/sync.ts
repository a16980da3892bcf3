/**
 * `rareearth sync`: copy trade flows from a source (embedded, comtrade, file:PATH, an http(s)
 * explorer, or another store) into a SQLite file or a PostgreSQL database, in one atomic,
 * idempotent import: a progress bar on a terminal, then one summary line (added, revised,
 * unchanged, rejected). Passwords in URLs are never printed.
 */
import type { FlowQuery } from "@rareearth/sdk"
import { Effect } from "effect"
import { defineCommand, type OptionValues, valueOption } from "../cli/Command.ts"
import { describeSource, parseSource, parseStore } from "../cli/Source.ts"
import { layerFor } from "../cli/SourceLayer.ts"
import { UsageError } from "../cli/UsageError.ts"
import {
  COMMODITY_CHOICES,
  commodityOption,
  FLOW_CHOICES,
  flowOption,
  periodOption,
  tradeAreaOption,
} from "../cli/validate.ts"

const MODES = ["all-or-nothing", "valid-rows"] as const
type Mode = (typeof MODES)[number]

/** `--mode`: all-or-nothing or valid-rows. */
const modeOption = (value: string, flag: string): Mode => {
  if (!(MODES as ReadonlyArray<string>).includes(value)) {
    throw new UsageError(`invalid --${flag} "${value}": expected ${MODES.join(" or ")}`)
  }
  return value as Mode
}

const OPTIONS = {
  from: valueOption(
    "SOURCE",
    "where flows come from: embedded (default), comtrade (COMTRADE_API_KEY optional), file:PATH, an http(s):// explorer, sqlite:PATH, postgres://... or dataset:PATH",
  ),
  into: valueOption(
    "STORE",
    "where flows go: sqlite:PATH or postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?schema=NAME] (default: DATABASE_URL)",
  ),
  mode: valueOption(
    "MODE",
    "all-or-nothing (default: one invalid row refuses the import) or valid-rows (skip and count them)",
    modeOption,
    { choices: MODES },
  ),
  reporter: valueOption("COUNTRY", "only flows reported by this country", tradeAreaOption),
  partner: valueOption("AREA", "only flows with this partner", tradeAreaOption),
  commodity: valueOption(
    "CODE",
    "only this commodity (HS prefixes match sub-codes)",
    commodityOption,
    { choices: COMMODITY_CHOICES },
  ),
  flow: valueOption("FLOW", "only export, import, re_export or re_import", flowOption, {
    choices: FLOW_CHOICES,
  }),
  since: valueOption("PERIOD", "first month (2025-01) or year (2025), inclusive", periodOption),
  until: valueOption("PERIOD", "last month (2025-12) or year (2025), inclusive", periodOption),
}

/** The flow filter of the sync (which flows to pull from the source). */
const syncQuery = (options: OptionValues<typeof OPTIONS>): FlowQuery => ({
  commodity: options.commodity,
  reporter: options.reporter,
  partner: options.partner,
  flow: options.flow,
  from: options.since,
  to: options.until,
})

/** A progress bar on a terminal's stderr; nothing elsewhere (pipes, CI logs, tests). */
const makeProgress = async (enabled: boolean) => {
  if (!enabled)
    return {
      update: (_label: string, _done: number, _total: number) => undefined,
      stop: () => undefined,
    }
  const { default: cliProgress } = await import("cli-progress")
  const bar = new cliProgress.SingleBar(
    {
      format: "{label} [{bar}] {percentage}% | {value}/{total} rows",
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update: (label: string, done: number, total: number) => {
      if (!started) {
        bar.start(Math.max(total, 1), done, { label })
        started = true
      }
      bar.setTotal(Math.max(total, done, 1))
      bar.update(done, { label })
    },
    stop: () => {
      if (started) bar.stop()
    },
  }
}

const plural = (n: number, word: string) =>
  `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`

/** The sync command. */
export const syncCommand = defineCommand({
  name: "sync",
  summary: "copy trade flows into a SQLite file or PostgreSQL database (atomic, idempotent)",
  usage:
    "sync --from embedded|comtrade|file:PATH|URL --into sqlite:PATH|postgres://USER@HOST/DB [--mode all-or-nothing|valid-rows] [--reporter CN] [--partner US] [--commodity magnets] [--flow export] [--since 2025-01] [--until 2025-12] [--json]",
  description: [
    "Writes every flow of the source in one transaction: a failure leaves the store as it was.",
    "Re-running changes nothing; a revised figure adds a new vintage beside the old one.",
    "PostgreSQL credentials come from the URL or from DATABASE_URL / PGHOST / PGUSER / PGPASSWORD;",
    "passwords are never printed. Read the store back with --source sqlite:PATH or --source postgres://...",
  ].join("\n"),
  options: OPTIONS,
  formats: ["json"],
  examples: [
    "rareearth sync --from embedded --into sqlite:rareearth.sqlite",
    "rareearth sync --from file:customs-2025.csv --into postgres://analyst@db.internal/trade --mode valid-rows",
    "rareearth sync --from comtrade --reporter CN --commodity 850511 --since 2025-01 --into sqlite:rareearth.sqlite",
  ],
  run: async (context) => {
    const intoText = context.options.into ?? context.env.DATABASE_URL
    if (intoText === undefined || intoText === "") {
      throw new UsageError(
        "sync needs --into STORE: sqlite:PATH (e.g. sqlite:rareearth.sqlite) or postgres://USER@HOST/DB (or set DATABASE_URL)",
      )
    }
    const mode = context.options.mode ?? "all-or-nothing"
    const query = syncQuery(context.options)
    const into = await parseStore(intoText, "into")
    const fromSpec = await parseSource(context.options.from ?? "embedded", context.env, "from")
    const node = await import("@rareearth/sdk/node")
    const from = await layerFor(fromSpec)
    const sourceName = describeSource(fromSpec)
    const target = describeSource(into)

    const progress = await makeProgress(context.format !== "json" && process.stderr.isTTY === true)
    const started = performance.now()
    let summary: Awaited<ReturnType<typeof node.syncFlows>>
    try {
      summary = await Effect.runPromise(
        Effect.scoped(
          Effect.gen(function* () {
            const store = yield* node.openStore(into)
            return yield* node.sync({
              from,
              into: store,
              query,
              mode,
              sourceName,
              signal: context.signal,
              onProgress: (event) => {
                if (event.phase === "read")
                  progress.update("reading", event.read, event.total ?? event.read)
                if (event.phase === "write")
                  progress.update("writing", event.written, event.total ?? event.written)
              },
            })
          }),
        ),
      )
    } finally {
      progress.stop()
    }
    const seconds = (performance.now() - started) / 1000

    if (context.format === "json") {
      context.stdout(
        `${JSON.stringify(
          {
            from: sourceName,
            into: target,
            added: summary.added,
            revised: summary.revised,
            unchanged: summary.unchanged,
            rejected: summary.rejected,
            read: summary.read,
            rejectedRows: summary.rejectedRows,
          },
          null,
          2,
        )}\n`,
      )
      return
    }
    for (const row of summary.rejectedRows.slice(0, 10)) {
      context.stderr(
        `rejected: row ${row.line}${row.column ? `, ${row.column}` : ""}: ${row.reason}\n`,
      )
    }
    context.stdout(
      `Synced ${plural(summary.read, "flow")} from ${sourceName} into ${target}: ${summary.added} added, ${summary.revised} revised, ${summary.unchanged} unchanged, ${summary.rejected} rejected (${seconds.toFixed(1)} s)\n`,
    )
  },
})
