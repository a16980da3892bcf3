/**
 * The data audit as a report: what in the dataset needs re-checking today (lapsed terms, overdue
 * series, weak sources, single-source and derived figures), by severity. Part of the package's
 * `check`, as a report: it never fails the check. Exit code 2 only on bad arguments.
 *
 * Run: `node --conditions=@rareearth/source scripts/audit-report.ts [--today YYYY-MM-DD] [--json]`
 * (`--today` defaults to the machine's date, in UTC).
 */
import { Audit, isInvalidInputError } from "@rareearth/core"
import { dataset } from "../src/index.ts"

const usage = "usage: audit-report.ts [--today YYYY-MM-DD] [--json]"
const args = process.argv.slice(2)
let today = new Date().toISOString().slice(0, 10)
let json = false
for (let index = 0; index < args.length; index++) {
  const arg = args[index]
  if (arg === "--json") json = true
  else if (arg === "--today" && args[index + 1] !== undefined) today = args[++index]!
  else if (arg?.startsWith("--today=")) today = arg.slice("--today=".length)
  else {
    console.error(`audit-report: unknown argument "${arg}"; ${usage}`)
    process.exit(2)
  }
}

try {
  const report = Audit.audit(dataset, today)
  console.log(json ? JSON.stringify(report, null, 2) : Audit.formatAuditTable(report))
} catch (error) {
  if (isInvalidInputError(error)) {
    console.error(`audit-report: ${error.message} (argument --today); ${usage}`)
    process.exit(2)
  }
  throw error
}
