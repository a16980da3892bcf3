// Small, made-up fixtures for the Material, Bom and Exposure tests: the figures are chosen to make
// the arithmetic easy to check by hand, not taken from the dataset (a revised dataset figure must
// not break these tests).
import type { ExportControlMeasure } from "../ExportControl.ts"
import type { MaterialPreset, OxideFactor } from "../Material.ts"
import type { SourceRef } from "../Source.ts"

export const source: SourceRef = { id: "fixture", title: "Fixture source", publisher: "Tests" }
const reported = { kind: "reported" } as const

export const magnet: MaterialPreset = {
  id: "test-magnet",
  name: "Test magnet",
  description: "A graded magnet",
  form: "magnet",
  contents: [
    { component: "total RE", elements: ["Nd", "Pr", "Dy"], complete: false, basis: { kind: "metal" }, wtPercent: { min: 30, max: 30 }, sources: [source], confidence: reported },
  ],
  grades: {
    N: [{ component: "Dy", elements: ["Dy"], complete: true, basis: { kind: "metal" }, wtPercent: { min: 0, max: 1 }, sources: [source], confidence: reported }],
    SH: [{ component: "Dy", elements: ["Dy"], complete: true, basis: { kind: "metal" }, wtPercent: { min: 2, max: 8 }, sources: [source], confidence: reported }],
  },
}

export const zirconia: MaterialPreset = {
  id: "test-ysz",
  name: "Test zirconia",
  description: "An oxide-basis material",
  form: "oxide_compound",
  contents: [
    { component: "Y2O3", elements: ["Y"], complete: true, basis: { kind: "oxide", formula: "Y2O3" }, wtPercent: { min: 10, max: 10 }, sources: [source], confidence: reported },
  ],
}

export const catalyst: MaterialPreset = {
  id: "test-catalyst",
  name: "Test catalyst",
  description: "Only an upper bound is known",
  form: "other",
  contents: [
    { component: "RE oxides", elements: ["La", "Ce"], complete: false, basis: { kind: "oxide", formula: "RE2O3" }, wtPercent: { min: null, max: 4 }, sources: [source], confidence: reported },
  ],
}

export const presets = [magnet, zirconia, catalyst]

export const factors: OxideFactor[] = [
  { oxide: "Y2O3", element: "Y", oxideToMetal: 0.5, metalToOxide: 2, sources: [source], confidence: reported },
]

const scope = {
  hsCodes: [],
  chinaCodes: [],
  controlCodes: [],
  items: [],
  destinations: [],
  allDestinations: true,
  endUsers: [],
}

/** Dy magnets controlled from 2025-04-04; Ho announced 2025-10-09, effective 2025-11-08, suspended 2025-11-07 until 2026-11-10. */
export const measures: ExportControlMeasure[] = [
  {
    id: "m-dy",
    title: "Dy control",
    jurisdiction: "CN",
    issuingBodies: ["MOFCOM"],
    instrument: "Announcement A",
    kind: "dual_use_licence",
    summary: "",
    scope: { ...scope, elements: ["Dy", "Sm"], productForms: ["magnet", "metal"] },
    events: [{ type: "effective", date: "2025-04-04", sources: [source] }],
    sources: [source],
    confidence: { kind: "official" },
  },
  {
    id: "m-ho",
    title: "Ho control",
    jurisdiction: "CN",
    issuingBodies: ["MOFCOM"],
    instrument: "Announcement B",
    kind: "dual_use_licence",
    summary: "",
    scope: { ...scope, elements: ["Ho"], productForms: ["magnet"] },
    events: [
      { type: "announced", date: "2025-10-09", sources: [source] },
      { type: "effective", date: "2025-11-08", sources: [source] },
      { type: "suspended", date: "2025-11-07", until: "2026-11-10", sources: [source] },
    ],
    sources: [source],
    confidence: { kind: "official" },
  },
]
