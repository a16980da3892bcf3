/**
 * `rareearth watch`: polls a source and emits each change once, to stdout (one JSON event per
 * line), a webhook or a command. A thin layer over the SDK's watcher (`watch` in
 * `@rareearth/sdk/node`), which holds the polling, the state file and the retries. Progress goes
 * to stderr. SIGTERM or Ctrl-C stops it: exit 0 once stopped.
 */
import type { WatchProgress } from "@rareearth/sdk/node"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { UsageError } from "../cli/UsageError.ts"
import { dateOption } from "../cli/validate.ts"
import { datasetInputFor } from "./datasetInput.ts"

/** Runs an SDK parser; its error becomes a UsageError (exit 2) naming the option. */
const sdkOption =
  <A>(parse: (value: string) => A) =>
  (value: string, flag: string): A => {
    try {
      return parse(value)
    } catch (error) {
      throw new UsageError(`${error instanceof Error ? error.message : String(error)} (--${flag})`)
    }
  }

// The SDK's node part loads when the command runs, not when --help lists the commands.
const node = () => import("@rareearth/sdk/node")

/** The watch command. */
export const watchCommand = defineCommand({
  name: "watch",
  summary: "poll a source and emit each change once (stdout, a webhook or a command)",
  usage:
    "watch --every DURATION [--source SOURCE] [--on-change stdout|URL|'command CMD'] [--state FILE]",
  description: [
    "Each poll is diffed against the last dataset seen; each change (record added, revised,",
    "removed; a measure's status changed) is one JSON event with a stable id. The first poll",
    "records a baseline and emits nothing. Webhooks get a POST with the event id as the",
    "Idempotency-Key header; a command gets the event on its standard input (and",
    "RAREEARTH_EVENT_ID); failures are retried with backoff, then again after the next poll.",
    "With --state, delivery survives restarts: nothing is lost, and an event is repeated only",
    "if the watcher died between its delivery and the state write (same id: drop repeats by it).",
    "SIGTERM or Ctrl-C: the delivery in flight is abandoned (not marked delivered), exit 0.",
  ].join("\n"),
  options: {
    every: valueOption("DURATION", "time between polls: 30s, 5m, 1h (required)"),
    "on-change": valueOption(
      "TARGET",
      "stdout (default, one JSON event per line), a webhook URL (http(s)://...), or 'command CMD'",
    ),
    state: valueOption("FILE", "the state file (delivery survives restarts; created if missing)"),
    on: valueOption(
      "DATE",
      "compare measure statuses on this date (default: the day of each poll)",
      dateOption,
    ),
  },
  formats: [],
  examples: [
    "rareearth watch --source http://127.0.0.1:8080 --every 5m --on-change https://hooks.example.com/rareearth --state watch-state.json",
    "rareearth watch --source file:dataset.json --every 1h --on-change 'command ./notify.sh'",
  ],
  run: async (context) => {
    const sdk = await node()
    if (context.options.every === undefined)
      throw new UsageError("watch needs --every DURATION: e.g. --every 30s, 5m or 1h")
    const every = sdkOption(sdk.parseDuration)(context.options.every, "every")
    const target = sdkOption(sdk.parseChangeTarget)(
      context.options["on-change"] ?? "stdout",
      "on-change",
    )
    const source = await datasetInputFor(context.source)
    const name = sdk.datasetInputName(source)
    const where =
      target.kind === "stdout"
        ? "stdout"
        : target.kind === "webhook"
          ? `webhook ${target.url}`
          : `command ${target.command}`
    context.stderr(
      `watching ${name} every ${sdk.formatDuration(every)}, changes to ${where}${context.options.state ? `, state in ${context.options.state}` : " (no --state: nothing survives a restart)"}\n`,
    )
    const summary = await sdk.watch({
      source,
      every,
      onChange:
        target.kind === "stdout"
          ? {
              kind: "handler",
              handle: async (event) => context.stdout(`${JSON.stringify(event)}\n`),
            }
          : target,
      ...(context.options.state ? { stateFile: context.options.state } : {}),
      ...(context.options.on ? { on: context.options.on } : {}),
      signal: context.signal,
      onProgress: (progress) => {
        const line = describeProgress(progress)
        if (line) context.stderr(`${line}\n`)
      },
    })
    context.stderr(
      `stopped: ${summary.polls} polls, ${summary.found} changes found, ${summary.delivered} delivered, ${summary.pending} pending\n`,
    )
  },
})

/** One stderr line per thing the watcher did. */
const describeProgress = (progress: WatchProgress): string | undefined => {
  switch (progress.type) {
    case "baseline":
      return `baseline: ${progress.source} version ${progress.version}, data as of ${progress.asOf ?? "(not stated)"}`
    case "resumed":
      return `resumed from the state file: ${progress.pending} pending`
    case "polled":
      return progress.found > 0 || progress.pending > 0
        ? `polled: ${progress.found} changes, ${progress.pending} to deliver`
        : undefined
    case "poll_failed":
      return `poll failed (trying again at the next poll): ${progress.error.message}`
    case "delivered":
      return `delivered ${progress.event.id} (${progress.event.type} ${progress.event.kind}/${progress.event.recordId})`
    case "retrying":
      return `retry ${progress.retry} of ${progress.eventId} in ${progress.delayMs} ms: ${progress.error.message}`
    case "delivery_failed":
      return `delivery of ${progress.eventId} failed; kept, tried again after the next poll: ${progress.error.message}`
  }
}
