/**
 * Writes `dataset.json`, the frozen dataset the SDK's and the explorer's behaviour tests run on,
 * as a deliberate subset of today's `@rareearth/data`. Run it only to change what the fixture
 * holds, never to follow a data revision: the point of the fixture is that a revised figure in
 * `@rareearth/data` breaks only that package's tests (and the few end-to-end checks named "on
 * the shipped dataset"), not every test that happens to print a tonnage.
 *
 *   cd packages/sdk && pnpm exec node --conditions=@rareearth/source test/__fixtures__/makeDatasetFixture.ts
 *
 * What it keeps (and why):
 * - every element, export-control measure (their lifecycles: No. 18 in force, No. 57 suspended
 *   by No. 70 and lapsing), quota (the 2025 claims in conflict) and policy event;
 * - every Chinese magnet-export flow (HS 8505111000): the seed article's months (May and June
 *   2025, world and US), the 2024-2026 series with its gaps, derived and single-source months;
 * - the latest record of every other flow series (other reporters, imports, other commodities),
 *   so that each filter still has something to narrow;
 * - a few records of each supply kind: production since 2023 and reserves of four areas in
 *   every edition (so revisions between editions), two kinds of USGS salient statistics since
 *   2020, all supply shares, 2025 prices of two products, the world measures of two
 *   jurisdictions, the release calendars;
 * - the source registry entries those records cite, and nothing else.
 */
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Dataset } from "@rareearth/core"
import { dataset } from "@rareearth/data"

const MAGNETS = "8505111000"
const AREAS = new Set(["CN", "US", "MM", "WORLD"])
const SALIENT_KINDS = new Set(["net_import_reliance", "import_share"])
const PRICE_PRODUCTS = new Set(["dy_oxide", "tb_oxide"])
const JURISDICTIONS = new Set(["EU", "JP"])

/** The latest flow of each series other than China's magnet exports. */
const latestOfOtherSeries = () => {
  const latest = new Map<string, (typeof dataset.flows)[number]>()
  for (const flow of dataset.flows) {
    if (flow.reporter === "CN" && flow.commodity === MAGNETS) continue
    const key = [flow.reporter, flow.partner, flow.flow, flow.commodity].join("|")
    const kept = latest.get(key)
    if (kept === undefined || flow.period > kept.period) latest.set(key, flow)
  }
  return new Set(latest.values())
}

const others = latestOfOtherSeries()
const records = {
  elements: dataset.elements,
  measures: dataset.measures,
  quotas: dataset.quotas,
  events: dataset.events,
  flows: dataset.flows.filter(
    (flow) => (flow.reporter === "CN" && flow.commodity === MAGNETS) || others.has(flow),
  ),
  production: (dataset.production ?? []).filter((row) => AREAS.has(row.area) && row.year >= 2023),
  reserves: (dataset.reserves ?? []).filter((row) => AREAS.has(row.area)),
  salientStatistics: (dataset.salientStatistics ?? []).filter(
    (row) => SALIENT_KINDS.has(row.kind) && row.toYear >= 2020,
  ),
  supplyShares: dataset.supplyShares ?? [],
  prices: (dataset.prices ?? []).filter(
    (price) => PRICE_PRODUCTS.has(price.product) && price.period.start.startsWith("2025"),
  ),
  worldMeasures: (dataset.worldMeasures ?? []).filter((measure) =>
    JURISDICTIONS.has(measure.jurisdiction),
  ),
  releaseCalendars: dataset.releaseCalendars ?? [],
}

/** Every source id a value cites: `sources: [{ id }]` and `sourceIds: [...]`, at any depth. */
const citedIds = (value: unknown, into: Set<string>): Set<string> => {
  if (Array.isArray(value)) for (const item of value) citedIds(item, into)
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(item))
        for (const source of item) if (typeof source?.id === "string") into.add(source.id)
      if (key === "sourceIds" && Array.isArray(item))
        for (const id of item) if (typeof id === "string") into.add(id)
      citedIds(item, into)
    }
  }
  return into
}

const cited = citedIds(records, new Set())
const fixture = {
  $comment:
    "FROZEN TEST FIXTURE, NOT DATA. A subset of @rareearth/data 0.1.0 (as of 2026-04-20) for the behaviour tests of @rareearth/sdk and the explorer; written once by makeDatasetFixture.ts and never updated to follow data revisions. Cite @rareearth/data, not this file.",
  version: dataset.version,
  asOf: dataset.asOf,
  sources: dataset.sources.filter((source) => cited.has(source.id)),
  ...records,
}

// The fixture must be a valid dataset: the same checks as a dataset file read by the SDK.
const parsed = Dataset.parse(fixture)
const issues = Dataset.integrityIssues(parsed)
if (issues.length > 0) throw new Error(`fixture is inconsistent: ${issues[0]?.message}`)

// One record per line: small, and a change to the fixture shows as a readable diff.
const text = Object.entries(fixture)
  .map(([key, value]) =>
    Array.isArray(value)
      ? `  ${JSON.stringify(key)}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(",\n")}\n  ]`
      : `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  )
  .join(",\n")
const path = fileURLToPath(new URL("./dataset.json", import.meta.url))
writeFileSync(path, `{\n${text}\n}\n`)
console.log(
  `wrote ${path}: ${Object.entries(fixture)
    .filter(([, value]) => Array.isArray(value))
    .map(([key, value]) => `${(value as unknown[]).length} ${key}`)
    .join(", ")}`,
)
