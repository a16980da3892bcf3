/**
 * Build-time validation: parses the whole dataset with core's `Dataset.Dataset` schema, checks
 * every derived figure recomputes from its inputs and every cumulative checkpoint against the
 * monthly rows. Exits non-zero (and the build stops) on any failure.
 * Run: `node --conditions=@rareearth/source scripts/check-dataset.ts`.
 */
import { Dataset, Source } from "@rareearth/core"
import { dataset, verifyCheckpoints, verifyWorldTotals } from "../src/index.ts"

const problems: string[] = []

const parsed = Dataset.Dataset.safeParse(dataset)
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    problems.push(`schema: ${issue.message} at dataset.${issue.path.join(".")}`)
}

const records = [
  ...dataset.measures,
  ...dataset.quotas,
  ...dataset.flows,
  ...dataset.events,
  ...(dataset.worldMeasures ?? []),
  ...(dataset.prices ?? []),
]
for (const record of records) {
  if (record.confidence.kind !== "derived") continue
  const value =
    "netWeightTonnes" in record
      ? record.netWeightTonnes
      : "tonnesReo" in record
        ? record.tonnesReo
        : "low" in record
          ? record.low
          : null
  const expected = Source.evaluateDerivation(record.confidence)
  if (value === null || !Source.verifyDerivation(value, record.confidence))
    problems.push(`derived: ${record.id} stores ${value} but its formula gives ${expected}`)
}

for (const result of verifyCheckpoints(dataset.flows)) {
  if (!result.ok)
    problems.push(
      `checkpoint: ${result.checkpointIds.join(" vs ")} (${result.commodity} to ${result.partner}, ${result.from}..${result.to}) states ${result.stated} t but the monthly rows give ${result.summed} t (difference ${result.difference.toFixed(2)} t, tolerance ${result.tolerance} t)`,
    )
}

for (const check of verifyWorldTotals(dataset.production ?? [])) {
  if (!check.ok)
    problems.push(
      `world total: ${check.edition} ${check.year} prints ${check.worldTonnesReo} t but its countries add up to ${check.countriesTonnesReo} t (tolerance ${check.tolerance} t for USGS rounding${check.unknownAreas.length > 0 ? `; unknown: ${check.unknownAreas.join(", ")}` : ""})`,
    )
}

if (problems.length > 0) {
  console.error(`@rareearth/data: the dataset failed ${problems.length} check(s):`)
  for (const problem of problems) console.error(`  - ${problem}`)
  process.exit(1)
}
console.log(
  `@rareearth/data ${dataset.version} (as of ${dataset.asOf}): ${dataset.sources.length} sources, ${dataset.elements.length} elements, ${dataset.measures.length} measures, ${dataset.quotas.length} quotas, ${dataset.flows.length} flows, ${dataset.events.length} events, ${dataset.worldMeasures?.length ?? 0} measures of other jurisdictions, ${dataset.prices?.length ?? 0} prices: all checks passed`,
  `@rareearth/data ${dataset.version} (as of ${dataset.asOf}): ${dataset.sources.length} sources, ${dataset.elements.length} elements, ${dataset.measures.length} measures, ${dataset.quotas.length} quotas, ${dataset.flows.length} flows, ${dataset.events.length} events, ${dataset.production?.length ?? 0} production, ${dataset.reserves?.length ?? 0} reserves, ${dataset.salientStatistics?.length ?? 0} salient statistics, ${dataset.supplyShares?.length ?? 0} supply shares: all checks passed`,
)
