/**
 * Measures of any jurisdiction (a country, the EU, a multilateral body): export restrictions in
 * the OECD inventory's classes, and what governments do beyond them (tariffs, procurement rules,
 * price floors, equity, offtake, stockpiles, frameworks, subsidies, licence refusals). China's
 * export controls ({@link ExportControl}) are viewed as measures by {@link fromExportControl}, so
 * one query covers every jurisdiction; their lifecycle logic is reused, not copied.
 * @since 0.2.0
 */

import { Currency } from "./Currency.ts"
import { ElementSymbol } from "./ElementSchema.ts"
import { Evidence } from "./Evidence.ts"
import {
  ControlStatus,
  type ExportControlMeasure,
  MeasureKind as ExportControlMeasureKind,
  statusOn as exportControlStatusOn,
  LifecycleEvent,
  type StatusOnDate,
  sortedEvents,
} from "./ExportControl.ts"
import { invalid, quote } from "./InputError.ts"
import { CommodityCode, ProductForm } from "./internal/commodityCodes.ts"
import * as z from "./internal/zod.ts"
import { Jurisdiction, parse as parseJurisdiction } from "./Jurisdiction.ts"
import { type IsoDate, parseDate } from "./Period.ts"
import { Provenance } from "./Source.ts"

/**
 * The kind of a measure. The first five are the OECD inventory's export-restriction classes;
 * then China's export-control kinds (as in {@link ExportControl.MeasureKind}); then the kinds the
 * references show beyond export restrictions (typology §4.2 of policies-beyond-china.md).
 * @category schemas
 * @since 0.2.0
 */
export const MeasureKind = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  // OECD inventory classes (export side)
  "export_prohibition",
  "export_quota",
  "export_tax",
  "non_automatic_export_licensing",
  "other_export_restriction",
  // China's export-control kinds: ExportControl's own list, so the two never drift apart
  ...ExportControlMeasureKind.options,
  // Beyond export restrictions
  "no_export_restriction_pledge",
  "import_tariff",
  "trade_investigation",
  "procurement_restriction",
  "price_floor",
  "offtake",
  "equity_stake",
  "loan",
  "grant",
  "subsidy",
  "tax_credit",
  "stockpile",
  "framework_agreement",
  "plurilateral_framework",
  "framework_law",
  "project_designation",
  "state_control",
  "domestic_processing_requirement",
  "mining_prohibition",
  "licence_refusal",
  "industrial_policy_directive",
  "diplomatic_response",
  "research_programme",
  "coordination_meeting",
  "supply_disruption",
  "trade_interruption",
])
export type MeasureKind = z.infer<typeof MeasureKind>

/** The OECD inventory's five export-restriction classes (1 is the most restrictive). @category schemas @since 0.2.0 */
export const OecdClass = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "export_prohibition",
  "export_quota",
  "export_tax",
  "non_automatic_export_licensing",
  "other_export_restriction",
])
export type OecdClass = z.infer<typeof OecdClass>

const OECD_CLASS_OF: Partial<Record<MeasureKind, OecdClass>> = {
  export_prohibition: "export_prohibition",
  export_quota: "export_quota",
  export_tax: "export_tax",
  non_automatic_export_licensing: "non_automatic_export_licensing",
  other_export_restriction: "other_export_restriction",
  dual_use_licence: "non_automatic_export_licensing",
  technology_licence: "non_automatic_export_licensing",
  extraterritorial_rule: "non_automatic_export_licensing",
  technology_export_ban: "export_prohibition",
  end_user_ban: "export_prohibition",
  destination_ban: "export_prohibition",
  domestic_processing_requirement: "other_export_restriction",
}

/**
 * The OECD export-restriction class of a kind, or `null` for a kind that is not an export
 * restriction (a tariff, a price floor, a stockpile...): the OECD inventory covers exports only.
 * @example
 * ```ts
 * import { Measure } from "@rareearth/core"
 * Measure.oecdClassOf("dual_use_licence") // "non_automatic_export_licensing"
 * Measure.oecdClassOf("price_floor") // null
 * ```
 * @category typology
 * @since 0.2.0
 */
export const oecdClassOf = (kind: MeasureKind): OecdClass | null => OECD_CLASS_OF[kind] ?? null

/**
 * Parse a measure kind, case-insensitively, with spaces or hyphens for underscores
 * (`"Price floor"`, `"equity-stake"`). Throws an {@link InvalidInputError} listing the kinds.
 * @example
 * ```ts
 * import { Measure } from "@rareearth/core"
 * Measure.parseKind("Price Floor") // "price_floor"
 * Measure.parseKind("embargo") // throws
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parseKind = (input: string): MeasureKind => {
  if (typeof input === "string") {
    const text = input
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_")
    if ((MeasureKind.options as ReadonlyArray<string>).includes(text)) return text as MeasureKind
  }
  throw invalid(
    "unknown_measure_kind",
    `Unknown measure kind ${quote(input)}: expected one of ${MeasureKind.options.join(", ")}`,
    input,
    ["kind"],
  )
}

/**
 * How precisely a source states an amount.
 * @category schemas
 * @since 0.2.0
 */
export const AmountQualifier = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "exact",
  "about",
  "up_to",
  "at_least",
  "more_than",
])
export type AmountQualifier = z.infer<typeof AmountQualifier>

/**
 * A sum of money a measure commits, in whole currency units, per unit where it is a price
 * (`per: "kg"` for a floor of US$110/kg). `equivalents` are conversions the source itself prints
 * (US$100m = A$153m); none is computed here. `text` keeps the source's wording of the scale.
 * @category schemas
 * @since 0.2.0
 */
export const MoneyAmount = /* @__PURE__ */ /* @__PURE__ */ z.object({
  label: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  value: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  currency: Currency,
  qualifier: AmountQualifier,
  per: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.enum(["kg", "tonne", "share", "year"]),
  ),
  equivalents: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        value: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
        currency: Currency,
      }),
    ),
  ),
  text: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type MoneyAmount = z.infer<typeof MoneyAmount>

/** A rate a measure sets (a tariff of 25%, a tax offset of 10%). @category schemas @since 0.2.0 */
export const RateTerm = /* @__PURE__ */ /* @__PURE__ */ z.object({
  label: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  percent: /* @__PURE__ */ /* @__PURE__ */ z.number(),
  qualifier: AmountQualifier,
})
export type RateTerm = z.infer<typeof RateTerm>

/**
 * What a measure covers: elements, product forms, HS or national codes, free-text items, and the
 * partner jurisdictions it names (the covered nations of a procurement rule, the counterparty of
 * a framework). `allPartners: true` with no partners means it is not limited to partners.
 * @category schemas
 * @since 0.2.0
 */
export const MeasureScope = /* @__PURE__ */ /* @__PURE__ */ z.object({
  elements: /* @__PURE__ */ /* @__PURE__ */ z.array(ElementSymbol),
  productForms: /* @__PURE__ */ /* @__PURE__ */ z.array(ProductForm),
  codes: /* @__PURE__ */ /* @__PURE__ */ z.array(CommodityCode),
  items: /* @__PURE__ */ /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  partners: /* @__PURE__ */ /* @__PURE__ */ z.array(Jurisdiction),
  allPartners: /* @__PURE__ */ /* @__PURE__ */ z.boolean(),
})
export type MeasureScope = z.infer<typeof MeasureScope>

/**
 * A measure of any jurisdiction, with the lifecycle of {@link ExportControl.LifecycleEvent}
 * (announced, effective with an optional end, suspended, resumed, amended, revoked). `kinds`
 * lists every kind the measure is, the main one first (MP Materials' 2025 deal with the DoD is
 * an equity stake, a price floor, an offtake and a loan). `actor` is `non_state` for an armed
 * group's levy or a disruption no government decided. `evidence` is the reference label.
 * @category schemas
 * @since 0.2.0
 */
export const Measure = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  /** The reference's record id (`US-10`), when the measure comes from one. */
  referenceId: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  title: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  jurisdiction: Jurisdiction,
  actor: /* @__PURE__ */ /* @__PURE__ */ z.enum(["state", "non_state"]),
  issuingBodies: /* @__PURE__ */ /* @__PURE__ */ z
    .array(/* @__PURE__ */ /* @__PURE__ */ z.string())
    .check(/* @__PURE__ */ z.minLength(1)),
  instrument: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  kinds: /* @__PURE__ */ /* @__PURE__ */ z.array(MeasureKind).check(/* @__PURE__ */ z.minLength(1)),
  /** Whether the instrument binds: a non-binding MOU or LOI, a draft bill, a proposal. */
  binding: /* @__PURE__ */ /* @__PURE__ */ z.enum(["binding", "non_binding", "draft", "unknown"]),
  summary: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  scope: MeasureScope,
  money: /* @__PURE__ */ /* @__PURE__ */ z.array(MoneyAmount),
  rates: /* @__PURE__ */ /* @__PURE__ */ z.array(RateTerm),
  events: /* @__PURE__ */ /* @__PURE__ */ z
    .array(LifecycleEvent)
    .check(/* @__PURE__ */ z.minLength(1)),
  evidence: /* @__PURE__ */ /* @__PURE__ */ z.optional(Evidence),
  ...Provenance.shape,
})
export type Measure = z.infer<typeof Measure>

/**
 * A measure's status on a date: {@link ExportControl.statusOn}, the same lifecycle logic for
 * every jurisdiction (pending, in force, suspended, revoked, or unknown once a stated end date
 * has passed with nothing recorded since).
 * @example
 * ```ts
 * import { Measure } from "@rareearth/core"
 * declare const section301: Measure.Measure // 25% on Chinese magnets from 2026-01-01
 * Measure.statusOn(section301, "2025-06-01").status // "pending"
 * Measure.statusOn(section301, "2026-02-01").status // "in_force"
 * ```
 * @category lifecycle
 * @since 0.2.0
 */
export const statusOn = (measure: Pick<Measure, "id" | "events">, date: IsoDate): StatusOnDate =>
  exportControlStatusOn(measure, date)

/**
 * View one of China's export-control measures as a {@link Measure} (a pure mapping; the
 * original is unchanged): its kind, scope (HS and national codes together as `codes`; control
 * codes and end users as items; destinations as partners), events and provenance carry over.
 * @example
 * ```ts
 * import { Measure } from "@rareearth/core"
 * declare const no18: import("@rareearth/core").ExportControl.ExportControlMeasure
 * Measure.fromExportControl(no18).kinds // ["dual_use_licence"]
 * ```
 * @category conversions
 * @since 0.2.0
 */
export const fromExportControl = (measure: ExportControlMeasure): Measure => ({
  id: measure.id,
  title: measure.title,
  jurisdiction: measure.jurisdiction,
  actor: "state",
  issuingBodies: [...measure.issuingBodies],
  instrument: measure.instrument,
  kinds: [measure.kind],
  binding: "binding",
  summary: measure.summary,
  scope: {
    elements: [...measure.scope.elements],
    productForms: [...measure.scope.productForms],
    codes: [...measure.scope.hsCodes, ...measure.scope.chinaCodes],
    items: [
      ...measure.scope.items,
      ...measure.scope.controlCodes.map((code) => `control code ${code}`),
      ...measure.scope.endUsers.map((endUser) => `end users: ${endUser}`),
    ],
    partners: [...measure.scope.destinations],
    allPartners: measure.scope.allDestinations,
  },
  money: [],
  rates: [],
  events: measure.events,
  sources: measure.sources,
  confidence: measure.confidence,
  ...(measure.vintage === undefined ? {} : { vintage: measure.vintage }),
  ...(measure.conflictGroup === undefined ? {} : { conflictGroup: measure.conflictGroup }),
  ...(measure.note === undefined ? {} : { note: measure.note }),
})

/** What to select measures by; every criterion given must hold. @category models @since 0.2.0 */
export interface MeasureQuery {
  /** The date to report each measure's status on (measures not yet announced then are left out). */
  readonly on: IsoDate
  /** Only this jurisdiction (parsed with {@link Jurisdiction.parse}: `"eu"`, `"Japan"`...). */
  readonly jurisdiction?: string
  /** Only measures of this kind (any of their kinds; parsed with {@link parseKind}). */
  readonly kind?: string
  /** Only measures whose scope lists this element. */
  readonly element?: ElementSymbol
  /** Only measures whose scope names this partner. */
  readonly partner?: string
  /** Keep only these statuses. */
  readonly statuses?: ReadonlyArray<ControlStatus>
}

/** One answer row of {@link measuresOn}. @category models @since 0.2.0 */
export interface MeasureOnDate extends StatusOnDate {
  readonly measure: Measure
}

const RANK: Record<ControlStatus, number> = {
  in_force: 0,
  suspended: 1,
  unknown: 2,
  pending: 3,
  revoked: 4,
}

/**
 * The measures that match a query on a date, each with its status that day, sorted by status
 * (in force first), then first event date and id. Inputs are parsed: an unknown jurisdiction,
 * kind or status throws an {@link InvalidInputError} naming the parameter.
 * @example
 * ```ts
 * import { Measure } from "@rareearth/core"
 * declare const measures: Measure.Measure[]
 * Measure.measuresOn(measures, { on: "2026-01-15", kind: "price floor", jurisdiction: "us" })
 * ```
 * @category queries
 * @since 0.2.0
 */
export const measuresOn = (
  measures: ReadonlyArray<Measure>,
  query: MeasureQuery,
): MeasureOnDate[] => {
  const on = parseDate(query.on)
  const jurisdiction =
    query.jurisdiction === undefined ? undefined : parseJurisdiction(query.jurisdiction)
  const kind = query.kind === undefined ? undefined : parseKind(query.kind)
  const partner = query.partner === undefined ? undefined : parseJurisdiction(query.partner)
  if (query.statuses)
    for (const status of query.statuses)
      if (!ControlStatus.options.includes(status))
        throw invalid(
          "invalid_status",
          `Invalid status ${quote(status)}: expected one of ${ControlStatus.options.join(", ")}`,
          status,
          ["statuses"],
        )
  const rows: Array<MeasureOnDate & { firstDate: string }> = []
  for (const measure of measures) {
    if (jurisdiction !== undefined && measure.jurisdiction !== jurisdiction) continue
    if (kind !== undefined && !measure.kinds.includes(kind)) continue
    if (query.element !== undefined && !measure.scope.elements.includes(query.element)) continue
    if (partner !== undefined && !measure.scope.partners.includes(partner)) continue
    const firstDate = sortedEvents(measure)[0]?.date
    if (firstDate === undefined || firstDate > on) continue
    const status = statusOn(measure, on)
    if (query.statuses && !query.statuses.includes(status.status)) continue
    rows.push({ measure, ...status, firstDate })
  }
  rows.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      (a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : 0) ||
      (a.measure.id < b.measure.id ? -1 : a.measure.id > b.measure.id ? 1 : 0),
  )
  return rows.map(({ firstDate: _firstDate, ...row }) => row)
}

/**
 * Every measure of a dataset as a {@link Measure}: China's export controls (viewed through
 * {@link fromExportControl}) followed by the measures of other jurisdictions.
 * @example
 * ```ts
 * import { Measure } from "@rareearth/core"
 * declare const dataset: import("@rareearth/core").Dataset.Dataset
 * Measure.allMeasures(dataset).filter((measure) => measure.jurisdiction === "CN").length
 * ```
 * @category queries
 * @since 0.2.0
 */
export const allMeasures = (dataset: {
  readonly measures: ReadonlyArray<ExportControlMeasure>
  readonly worldMeasures?: ReadonlyArray<Measure> | undefined
}): Measure[] => [...dataset.measures.map(fromExportControl), ...(dataset.worldMeasures ?? [])]

/**
 * The one query every surface calls: the measures of every jurisdiction in a dataset that match
 * a query on a date, with their status ({@link measuresOn} over {@link allMeasures}).
 * @example
 * ```ts
 * import { Measure } from "@rareearth/core"
 * declare const dataset: import("@rareearth/core").Dataset.Dataset
 * Measure.query(dataset, { on: "2025-06-01", element: "Dy" }) // China's No. 18, in force
 * Measure.query(dataset, { on: "2026-01-15", jurisdiction: "MY" }) // Malaysia's moratorium...
 * ```
 * @category queries
 * @since 0.2.0
 */
export const query = (
  dataset: Parameters<typeof allMeasures>[0],
  measureQuery: MeasureQuery,
): MeasureOnDate[] => measuresOn(allMeasures(dataset), measureQuery)
