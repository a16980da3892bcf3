/**
 * A small dataset for the watcher's tests (and the CLI's audit/diff/watch tests): behaviour is
 * tested on fixtures, so a revised figure in @rareearth/data breaks only the data package's
 * tests. As of 2026-04-20: one measure in force, one suspended until 2026-11-10 by an order in
 * force until then, three months of magnet exports (one derived, one on a weak mirror alone).
 */
import { Dataset, type ExportControl } from "@rareearth/core"

export const gac = { id: "gac", title: "GAC customs release", publisher: "GAC" }
export const wire = { id: "wire", title: "A wire story", publisher: "A wire" }
export const mirror = {
  id: "mirror",
  title: "A mirror of the wire story",
  publisher: "mirror.example",
  reliability: { rating: "weak" as const, reason: "a crypto-news mirror of a wire story" },
}

const scope: ExportControl.ControlScope = {
  elements: ["Dy"],
  productForms: ["magnet"],
  hsCodes: [],
  chinaCodes: [],
  controlCodes: [],
  items: [],
  destinations: [],
  allDestinations: true,
  endUsers: [],
}

const measure = (
  id: string,
  kind: ExportControl.MeasureKind,
  events: ReadonlyArray<Record<string, unknown>>,
) => ({
  id,
  title: id,
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: id,
  kind,
  summary: "",
  scope,
  events: events.map((event) => ({ sources: [gac], ...event })),
  sources: [gac, wire],
  confidence: { kind: "official" },
})

const magnets = (id: string, period: string, tonnes: number, sources: object[], confidence?: object) => ({
  id,
  period,
  reporter: "CN",
  partner: "WORLD",
  flow: "export",
  commodity: "8505111000",
  netWeightTonnes: tonnes,
  valueUsd: null,
  sources,
  confidence: confidence ?? { kind: "reported" },
})


/** The fixture dataset (validated). */
export const watchDataset: Dataset.Dataset = Dataset.parse({
  version: "1.0.0",
  asOf: "2026-04-20",
  sources: [gac, wire, mirror],
  elements: [],
  measures: [
    measure("in-force", "dual_use_licence", [
      { type: "announced", date: "2025-04-04" },
      { type: "effective", date: "2025-04-04" },
    ]),
    measure("suspended", "dual_use_licence", [
      { type: "announced", date: "2025-10-09" },
      { type: "effective", date: "2025-10-09" },
      { type: "suspended", date: "2025-11-07", until: "2026-11-10", byMeasureId: "order" },
    ]),
    measure("order", "suspension", [
      { type: "announced", date: "2025-11-07" },
      { type: "effective", date: "2025-11-07", until: "2026-11-10" },
    ]),
  ],
  quotas: [],
  flows: [
    magnets("magnets-2026-01", "2026-01", 6023, [wire], {
      kind: "derived",
      formula: "jan_feb - feb",
      inputs: {
        jan_feb: { value: 10763, label: "January-February", sourceIds: ["wire"] },
        feb: { value: 4740, label: "February", sourceIds: ["wire"] },
      },
    }),
    magnets("magnets-2026-02", "2026-02", 4740, [gac, wire]),
    magnets("magnets-2026-03", "2026-03", 5238, [mirror]),
  ],
  events: [
    {
      id: "call",
      date: "2026-02-04",
      kind: "phone_call",
      title: "A call",
      participants: [],
      summary: "",
      relatedMeasureIds: [],
      sources: [wire],
      confidence: { kind: "reported" },
    },
  ],
  releaseCalendars: [
    {
      id: "gac-magnets",
      title: "China's magnet exports",
      publisher: "GAC",
      reporter: "CN",
      flow: "export",
      commodity: "8505111000",
      partners: ["WORLD"],
      releaseDay: 20,
      monthsAfter: 1,
      publishedWithNextMonth: [1],
      sources: [wire],
    },
  ],
})

/** A deep copy of the fixture with one change applied, for "what did the diff see" tests. */
export const revised = (change: (dataset: Dataset.Dataset) => void): Dataset.Dataset => {
  const copy = structuredClone(watchDataset)
  change(copy)
  return copy
}
