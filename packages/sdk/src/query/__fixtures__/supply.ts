/**
 * A small, schema-valid supply dataset for tests of behaviour: invented round figures under a
 * test edition, never the shipped ones (a revised figure breaks only the data package's tests).
 */
import {
  type ExportControl,
  Measure,
  Price,
  Production,
  Reserves,
  SalientStatistic,
  type SupplyShare,
} from "@rareearth/core"
import type { TestData } from "../../testing.ts"

const source = { id: "test-source", title: "A test source", publisher: "Test Publisher" }
const single = { id: "test-single", title: "A single page", publisher: "One Page" }
const old = { id: "test-old", year: 2025, releasedIn: "2025-01" } as const
const edition = { ...old, id: "test-2026", year: 2026, releasedIn: "2026-01" }
const provenance = { sources: [source], confidence: { kind: "official" as const } }

const production = (
  area: string,
  year: number,
  tonnesReo: number | null,
  ofEdition = edition,
  label: "V" | "V2" | "S" = "V",
) =>
  Production.parse({
    id: `p-${ofEdition.id}-${area}-${year}`,
    area,
    year,
    stage: "mine",
    tonnesReo,
    ...(tonnesReo === null ? { unknownReason: "NA" } : {}),
    status: "unqualified",
    edition: { ...ofEdition, publication: "other" },
    label,
    ...provenance,
    ...(label === "S" ? { sources: [single] } : {}),
  })

const reserves = (area: string, value: Reserves.Reserves["value"], ofEdition = edition) =>
  Reserves.parse({
    id: `r-${ofEdition.id}-${area}`,
    area,
    value,
    tonnesReo: value.kind === "number" ? value.value : null,
    edition: { ...ofEdition, publication: "other" },
    label: "V",
    ...provenance,
  })

const event = (type: "announced" | "effective", date: string) => ({ type, date, sources: [source] })

/** One of China's export controls, in force from 2025-04-04. */
export const chinaControl: ExportControl.ExportControlMeasure = {
  id: "cn-test-control",
  title: "A test export control",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: "Announcement",
  kind: "dual_use_licence",
  summary: "Test.",
  scope: {
    elements: ["Dy"],
    productForms: ["metal"],
    hsCodes: [],
    chinaCodes: [],
    controlCodes: [],
    items: [],
    destinations: [],
    allDestinations: true,
    endUsers: [],
  },
  events: [event("effective", "2025-04-04")],
  ...provenance,
}

const worldMeasure = (id: string, jurisdiction: string, kinds: string[], effective: string) =>
  Measure.Measure.parse({
    id,
    title: `Test measure ${id}`,
    jurisdiction,
    actor: "state",
    issuingBodies: ["Test body"],
    instrument: "Test instrument",
    kinds,
    binding: "binding",
    summary: "Test.",
    scope: {
      elements: [],
      productForms: [],
      codes: [],
      items: [],
      partners: [],
      allPartners: true,
    },
    money: [],
    rates: [],
    events: [event("effective", effective)],
    evidence: "single_source",
    sources: [single],
    confidence: { kind: "reported" },
  })

const price = (
  id: string,
  market: string,
  day: string,
  low: number,
  currency: string,
  unit: "kg" | "tonne",
  extra: Record<string, unknown> = {},
) =>
  Price.PriceObservation.parse({
    id,
    product: "dy_oxide",
    market,
    kind: "assessment",
    period: { kind: "day", start: day, end: day },
    currency,
    unit,
    low,
    high: low,
    qualifier: "exact",
    assessor: "Test assessor",
    evidence: "verified",
    ...provenance,
    ...extra,
  })

const stated: SupplyShare.SupplyShare = {
  id: "share-test",
  subject: "China",
  areas: ["CN"],
  stage: "refining",
  year: 2025,
  projection: false,
  percent: 90,
  approximate: false,
  edition: { ...edition, publication: "other" },
  label: "V",
  ...provenance,
}

/** The supply test data (plus China's one control). */
export const supplyData: TestData = {
  asOf: "2026-01-31",
  measures: [chinaControl],
  production: [
    // 2025 in the latest edition: CN 60, US 30, other countries 10 of a world of 100.
    production("WORLD", 2025, 100),
    production("CN", 2025, 60),
    production("US", 2025, 30, edition, "S"),
    production("OTHER_COUNTRIES", 2025, 10),
    production("MM", 2025, null),
    // The older edition said 20 for the US in 2025: a vintage, kept for the revision trail.
    production("US", 2025, 20, old),
  ],
  reserves: [
    reserves("WORLD", { kind: "lower_bound", value: 1000, text: ">1,000" }),
    reserves("CN", { kind: "number", value: 500, text: "500" }),
    reserves("CN", { kind: "number", value: 400, text: "400" }, old),
    reserves("MM", { kind: "not_available", text: "NA" }),
  ],
  salientStatistics: [
    SalientStatistic.parse({
      id: "s-test",
      chapter: "RARE EARTHS",
      commodity: "Rare Earths",
      kind: "net_import_reliance",
      detail: "Net import reliance",
      area: "US",
      fromYear: 2025,
      toYear: 2025,
      unit: "percent",
      value: { kind: "net_exporter", text: "E" },
      status: "estimated",
      edition: { ...edition, publication: "other" },
      label: "V",
      ...provenance,
    }),
  ],
  supplyShares: [stated],
  worldMeasures: [
    worldMeasure("us-test-floor", "US", ["price_floor", "offtake"], "2025-07-10"),
    worldMeasure("eu-test-law", "EU", ["framework_law"], "2026-06-01"),
  ],
  prices: [
    price("cn-1", "china_domestic", "2025-04-01", 1000, "CNY", "kg"),
    price("cn-2", "china_domestic", "2025-10-01", 1500, "CNY", "kg", {
      // The source's own conversion, used for the premium; never a rate of ours.
      equivalents: [{ low: 200, high: 200, currency: "USD", unit: "kg", by: "Test converter" }],
    }),
    price("eu-1", "europe", "2025-10-01", 600, "USD", "kg", { evidence: "single_source" }),
    price("eu-2", "europe", "2025-11-01", 700, "USD", "kg"),
    price("cn-floor", "china_domestic", "2025-06-01", 900, "CNY", "kg", { kind: "floor" }),
  ],
}
