/** The supply report as text: one page, each figure with its source and reference label. */
import { Jurisdiction } from "@rareearth/core"
import type { MeasureStatusRow } from "@rareearth/sdk"
import { dataAgeLine } from "../cli/dataAge.ts"
import { publishers, statusLabel } from "../cli/present.ts"
import { evidenceLabel, labelText, measureLabel } from "../cli/supplyOptions.ts"
import { priceText } from "../commands/prices.ts"
import type { SupplyStory } from "./supplyStory.ts"

const tonnes = (value: number): string => `${value.toLocaleString("en-US")} t`
const pct = (value: number): string => `${value.toFixed(1)}%`

const measureLine = (row: MeasureStatusRow): string =>
  `  - [${statusLabel(row.status)}] ${row.measure.title} (${row.measure.kinds.join(", ")}; ${measureLabel(row.measure)}; ${publishers(row.measure.sources)})`

/** Renders the supply report. */
export const renderSupplyStory = (story: SupplyStory): string => {
  const lines: Array<string> = [
    `The rare earth supply chain in ${story.year} (measures as of ${story.on})`,
    dataAgeLine(story.dataAge),
    "",
  ]
  const push = (...text: ReadonlyArray<string>) => lines.push(...text)

  push("Mining")
  const mining = story.mining
  if (mining === null) push(`  No world total for ${story.year}.`)
  else {
    push(
      `  World mine production ${tonnes(mining.worldTonnesReo)} REO (${mining.edition.id}); China ${mining.share === null ? "unknown" : `${tonnes(mining.share.tonnesReo)}, ${pct(mining.share.percent)}`}; HHI ${Math.round(mining.herfindahlIndex).toLocaleString("en-US")}.`,
      `  ${labelText(mining.label)}: ${mining.formula}. Sources: ${publishers(mining.sources)}.`,
    )
  }
  push("", "Refining")
  if (story.refining.computed !== null) {
    const refined = story.refining.computed
    push(
      `  China ${refined.share === null ? "unknown" : pct(refined.share.percent)} of refined output; HHI ${Math.round(refined.herfindahlIndex)} (${labelText(refined.label)}; ${publishers(refined.sources)}).`,
    )
  }
  if (story.refining.stated.length === 0 && story.refining.computed === null)
    push("  No refining figure in the data.")
  for (const share of story.refining.stated) {
    push(
      `  ${share.subject}: ${share.approximate ? "about " : ""}${share.percent}%${share.year === null ? "" : ` in ${share.year}`}${share.projection ? " (projection)" : ""} (${labelText(share.label)}; ${publishers(share.sources)})`,
    )
  }
  push("", "Reserves")
  const world = story.reserves.world
  if (world !== null) {
    push(
      `  World: ${world.value.kind === "lower_bound" ? `more than ${world.value.value.toLocaleString("en-US")}` : world.value.text} t REO (${world.edition.id}; ${labelText(world.label)}; ${publishers(world.sources)})`,
    )
  }
  for (const record of story.reserves.largest) {
    push(
      `  ${record.area}: ${tonnes(record.tonnesReo ?? 0)} (${record.edition.id}; ${labelText(record.label)}; ${publishers(record.sources)})`,
    )
  }
  push("", `China's controls (${story.chinaControls.length})`)
  for (const row of story.chinaControls) push(measureLine(row))
  const byJurisdiction = new Map<string, Array<MeasureStatusRow>>()
  for (const row of story.responses) {
    const list = byJurisdiction.get(row.measure.jurisdiction) ?? []
    list.push(row)
    byJurisdiction.set(row.measure.jurisdiction, list)
  }
  push(
    "",
    `Other governments' responses (${story.responses.length}, ${byJurisdiction.size} jurisdictions)`,
  )
  for (const [code, rows] of [...byJurisdiction.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    push(`  ${Jurisdiction.nameOf(code as Jurisdiction.Jurisdiction)}:`)
    for (const row of rows) push(`  ${measureLine(row)}`)
  }
  push("", `Prices since China's April 2025 controls (${story.prices.since} to ${story.prices.to})`)
  if (story.prices.series.length === 0) push("  No price series in the data.")
  for (const item of story.prices.series) {
    const change = item.change
    const name = `${item.product} ${item.market} (${item.kind}, ${item.currency}/${item.unit})`
    if (change === null) {
      push(`  ${name}: no observation on or before ${story.prices.since}`)
      continue
    }
    if (change.from.id === change.to.id) {
      push(
        `  ${name}: one observation only (${change.from.period.end}), none since: no change to report`,
      )
      continue
    }
    push(
      `  ${name}: ${priceText(change.from)} on ${change.from.period.end} -> ${priceText(change.to)} on ${change.to.period.end}, ${change.percent === null ? "n/a" : `${change.percent >= 0 ? "+" : ""}${change.percent.toFixed(1)}%`} (${labelText(change.label)} from ${labelText(evidenceLabel(change.from.evidence))} and ${labelText(evidenceLabel(change.to.evidence))} figures; ${publishers([...change.from.sources, ...change.to.sources])})`,
    )
  }
  push(
    "",
    "Labels: V verified, V2 verified in two sources, S single source, D derived (formula in --json).",
    "",
  )
  return lines.join("\n")
}
