/**
 * Shared presentation of SDK records: the JSON shapes the CLI prints (stable, documented in
 * the README) and short human labels.
 */
import { type ExportControl, Quota, type Source, type TradeFlow } from "@rareearth/core"
import type { ControlStatusRow } from "@rareearth/sdk"

/** A cited source as the CLI prints it. */
export interface SourceJson {
  readonly id: string
  readonly title: string
  readonly publisher: string
  readonly url: string | null
}

/** A source reference, trimmed to what a reader needs. */
export const sourceJson = (source: Source.SourceRef): SourceJson => ({
  id: source.id,
  title: source.title,
  publisher: source.publisher,
  url: source.url ?? null,
})

/** `Reuters; GAC` (the publishers, deduplicated). */
export const publishers = (sources: ReadonlyArray<Source.SourceRef>): string =>
  [...new Set(sources.map((source) => source.publisher))].join("; ")

/** The first date a measure took effect, if recorded. */
export const effectiveDate = (measure: ExportControl.ExportControlMeasure): string | null =>
  measure.events.find((event) => event.type === "effective")?.date ?? null

/** A measure and its status on a date, as `controls --json` prints it; `asOf` is the data's date. */
export const controlJson = (row: ControlStatusRow, asOf: string | null) => ({
  id: row.measure.id,
  title: row.measure.title,
  instrument: row.measure.instrument,
  kind: row.measure.kind,
  jurisdiction: row.measure.jurisdiction,
  issuingBodies: row.measure.issuingBodies,
  on: row.on,
  asOf,
  status: row.status,
  reason: row.reason,
  effective: effectiveDate(row.measure),
  elements: row.measure.scope.elements,
  forms: row.measure.scope.productForms,
  destinations: row.measure.scope.allDestinations ? "all" : row.measure.scope.destinations,
  summary: row.measure.summary,
  sources: row.measure.sources.map(sourceJson),
})

/** A quota claim, as `quotas --json` prints it; `conflictsWith` lists the rival claims' ids. */
export const quotaJson = (quota: Quota.Quota, conflictsWith: ReadonlyArray<string>) => ({
  id: quota.id,
  year: quota.year,
  kind: quota.kind,
  tonnes: quota.tonnesReo,
  unit: "tonnes REO",
  disclosed: quota.disclosed,
  published: quota.published,
  undisclosedReason: quota.undisclosedReason ?? null,
  confidence: quota.confidence.kind,
  conflictGroup: quota.conflictGroup ?? null,
  conflicting: conflictsWith.length > 0,
  conflictsWith,
  note: quota.note ?? null,
  sources: quota.sources.map(sourceJson),
})

/** A trade flow, as `flows --json` prints it. */
export const flowJson = (flow: TradeFlow.TradeFlow) => ({
  id: flow.id,
  period: flow.period,
  reporter: flow.reporter,
  partner: flow.partner,
  flow: flow.flow,
  commodity: flow.commodity,
  netWeightTonnes: flow.netWeightTonnes,
  valueUsd: flow.valueUsd,
  estimated: flow.estimated ?? false,
  confidence: flow.confidence.kind,
  ...(flow.confidence.kind === "derived" ? { formula: flow.confidence.formula } : {}),
  ...(flow.confidence.kind === "estimate" ? { method: flow.confidence.method } : {}),
  singleSource: isSingleSource(flow),
  note: flow.note ?? null,
  vintage: flow.vintage ?? null,
  sources: flow.sources.map(sourceJson),
})

/**
 * Per quota id, the ids of its rival claims, from core's `Quota.conflicts` (claims sharing a
 * `conflictGroup`, or several claims about the same year and kind).
 */
export const quotaConflicts = (
  quotas: ReadonlyArray<Quota.Quota>,
): ReadonlyMap<string, ReadonlyArray<string>> =>
  new Map(
    Quota.conflicts(quotas).flatMap((conflict) =>
      conflict.claims.map((claim) => [
        claim.id,
        conflict.claims.filter((other) => other.id !== claim.id).map((other) => other.id),
      ]),
    ),
  )

/**
 * Whether a figure rests on one source only (reference label S): the dataset says so in the
 * record's note ("Single source."). Shown beside the confidence, never hidden.
 */
export const isSingleSource = (record: { readonly note?: string | undefined }): boolean =>
  /\bsingle[- ]source\b/i.test(record.note ?? "")

/** `reported`, `reported (S)` for a single-source figure, `derived`... for tables. */
export const confidenceLabel = (kind: string | null, singleSource: boolean): string =>
  kind === null ? "gap" : singleSource ? `${kind} (S)` : kind

/** `in force`, `suspended`... for tables. */
export const statusLabel = (status: ExportControl.ControlStatus): string => status.replace("_", " ")

/** `mining`, `smelting/separation`. */
export const quotaKindLabel = (kind: Quota.QuotaKind): string =>
  kind === "smelting_separation" ? "smelting/separation" : kind
