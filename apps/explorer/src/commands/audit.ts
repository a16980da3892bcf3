/**
 * `rareearth audit`: what in the dataset needs re-checking today, by severity (core's audit:
 * lapsed terms, overdue series, weak sources, single-source and derived figures). A report, not
 * a failure: exit 0 whatever it finds.
 */
import { defineCommand, valueOption } from "../cli/Command.ts"
import { renderJson } from "../cli/Output.ts"
import { dateOption, today } from "../cli/validate.ts"
import { datasetInputFor } from "./datasetInput.ts"

/** The audit command. */
export const auditCommand = defineCommand({
  name: "audit",
  summary: "what in the dataset needs re-checking: lapsed terms, overdue series, weak sources",
  usage: "audit [--today DATE] [--source SOURCE] [--json]",
  description: [
    "Findings by severity: high (a term lapsed and nothing later is recorded), medium (a series",
    "older than its publisher's release calendar predicts; a record resting on weak sources",
    "alone), low (weak or single sources), info (derived figures). Always exits 0: a report,",
    "not a failure. --source is any source whose dataset the SDK can read (embedded by default;",
    "file:PATH.json holding a whole dataset; a store or an explorer over HTTP).",
  ].join("\n"),
  options: {
    today: valueOption("DATE", "the day to audit on, YYYY-MM-DD (default: today, UTC)", dateOption),
  },
  formats: ["json"],
  examples: [
    "rareearth audit",
    "rareearth audit --today 2026-12-02 --json",
    "rareearth audit --source file:dataset-next.json",
  ],
  run: async (context) => {
    const { auditSource, formatSourceAudit } = await import("@rareearth/sdk/node")
    const report = await auditSource(await datasetInputFor(context.source), {
      today: context.options.today ?? today(),
    })
    context.stdout(
      context.format === "json" ? renderJson(report) : `${formatSourceAudit(report)}\n`,
    )
  },
})
