/**
 * `rareearth diff A B`: what changed between two datasets (two dataset files, two sources, or
 * one of each): records added, revised (each field's old and new value, the sources before and
 * after) and removed, of every kind both hold, and the measures whose status on a date changed.
 * Exit codes as diff(1): 0 equal, 1 different, 2 trouble (bad arguments, an invalid dataset
 * file, a source that cannot be read).
 */
import { isRareEarthError } from "@rareearth/sdk"
import { defineCommand, valueOption } from "../cli/Command.ts"
import { renderJson } from "../cli/Output.ts"
import { UsageError } from "../cli/UsageError.ts"
import { dateOption } from "../cli/validate.ts"
import { datasetArgument } from "./datasetInput.ts"

/** The diff command. */
export const diffCommand = defineCommand({
  name: "diff",
  summary: "what changed between two datasets: records added, revised, removed; status changes",
  usage: "diff A B [--on DATE] [--json]",
  description: [
    "A and B are each a dataset JSON file (a whole dataset in the shape of @rareearth/core's",
    "Dataset schema, as JSON.stringify(dataset) of @rareearth/data writes it) or a source location",
    "as --source takes it (embedded, file:PATH, dataset:PATH, sqlite:PATH, postgres://..., http(s)://...).",
    "Only the record kinds both sides hold are compared (a source does not give its source registry).",
    "Exit codes: 0 equal, 1 different, 2 trouble (bad arguments, an invalid file, an unreadable source).",
  ].join("\n"),
  arguments: [
    { name: "A", description: "the older dataset: a dataset file or a source location" },
    { name: "B", description: "the newer dataset: a dataset file or a source location" },
  ],
  options: {
    on: valueOption(
      "DATE",
      "compare measure statuses on this date, YYYY-MM-DD (default: B's as-of)",
      dateOption,
    ),
  },
  formats: ["json"],
  examples: [
    "rareearth diff dataset-0.1.0.json dataset-0.2.0.json",
    "rareearth diff embedded http://127.0.0.1:8080 --json",
    "rareearth diff embedded next.json --on 2026-12-01",
  ],
  run: async (context) => {
    const { diffSources, formatSourceDiff } = await import("@rareearth/sdk/node")
    const [first = "", second = ""] = context.arguments
    let diff: Awaited<ReturnType<typeof diffSources>>
    try {
      const a = await datasetArgument(first, "A", context.env)
      const b = await datasetArgument(second, "B", context.env)
      diff = await diffSources(a, b, context.options.on ? { on: context.options.on } : {})
    } catch (error) {
      // Anything that keeps the comparison from happening is trouble (exit 2), as for diff(1),
      // never 1, which says "different".
      if (context.signal.aborted) throw error
      throw new UsageError(
        isRareEarthError(error) || error instanceof Error ? error.message : String(error),
      )
    }
    context.stdout(context.format === "json" ? renderJson(diff) : `${formatSourceDiff(diff)}\n`)
    return diff.equal ? 0 : 1
  },
})
