/**
 * The data audit: what in a dataset needs re-checking on a given day, by severity. Terms that
 * have lapsed and need a source (high), series older than their publisher's release calendar
 * predicts (medium), sources marked weak (medium when a record rests on weak sources alone, low
 * otherwise), single-source figures (low) and derived figures (info). Pure: a dataset and a date
 * in, a JSON-serialisable report out; {@link formatAuditTable} prints it the same way everywhere.
 * @since 0.2.0
 */

import { Horizon, horizon } from "./AsOf.ts"
import type { Dataset } from "./Dataset.ts"
import { statusOn } from "./ExportControl.ts"
import {
  type AnyRecord,
  hasLifecycle,
  isPlainObject,
  recordArrays,
  recordKey,
  shiftDays,
} from "./internal/records.ts"
import { textTable } from "./internal/textTable.ts"
import * as z from "./internal/zod.ts"
import { IsoDate, type Month, parseDate } from "./Period.ts"
import { freshness, type ReleaseCalendar } from "./ReleaseCalendar.ts"

/** How urgent a finding is. @category schemas @since 0.2.0 */
export const AuditSeverity = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "high",
  "medium",
  "low",
  "info",
])
export type AuditSeverity = z.infer<typeof AuditSeverity>

/** What a finding is about. @category schemas @since 0.2.0 */
export const AuditFindingKind = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "lapsed_term",
  "overdue_series",
  "weak_source",
  "single_source",
  "derived",
])
export type AuditFindingKind = z.infer<typeof AuditFindingKind>

/**
 * One finding: the record (or series, or source) it is about, since when it applies, what to do,
 * the sources involved and, for a weak source, the records that cite it.
 * @category schemas
 * @since 0.2.0
 */
export const AuditFinding = /* @__PURE__ */ /* @__PURE__ */ z.object({
  severity: AuditSeverity,
  kind: AuditFindingKind,
  /** The dataset key the record lives under (`measures`, `flows`, `sources`), or `series`. */
  recordKind: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  recordId: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  since: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
  message: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  sourceIds: /* @__PURE__ */ /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  /** Other records concerned (e.g. every record citing a weak source). */
  relatedIds: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  ),
})
export type AuditFinding = z.infer<typeof AuditFinding>

/** The audit of a dataset on a day. @category schemas @since 0.2.0 */
export const AuditReport = /* @__PURE__ */ /* @__PURE__ */ z.object({
  today: IsoDate,
  version: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  horizon: Horizon,
  findings: /* @__PURE__ */ /* @__PURE__ */ z.array(AuditFinding),
  counts: /* @__PURE__ */ /* @__PURE__ */ z.object({
    high: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int()),
    medium: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int()),
    low: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int()),
    info: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int()),
  }),
})
export type AuditReport = z.infer<typeof AuditReport>

/** Options of {@link audit}. @category models @since 0.2.0 */
export interface AuditOptions {
  /** Release calendars to check the series against (default: the dataset's `releaseCalendars`). */
  readonly releaseCalendars?: ReadonlyArray<ReleaseCalendar>
}

type ProvenanceRecord = AnyRecord & {
  readonly id: string
  readonly sources: ReadonlyArray<{ readonly id: string }>
  readonly confidence: { readonly kind: string; readonly formula?: string }
}

const isProvenanced = (record: unknown): record is ProvenanceRecord =>
  isPlainObject(record) &&
  typeof record.id === "string" &&
  Array.isArray(record.sources) &&
  isPlainObject(record.confidence) &&
  typeof record.confidence.kind === "string"

/** Every source id a record cites: in `sources` and `sourceIds`, at any depth. */
const citedIds = (value: unknown, into: Set<string> = new Set()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) citedIds(item, into)
  else if (isPlainObject(value))
    for (const [key, inner] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(inner)) {
        for (const source of inner)
          if (isPlainObject(source) && typeof source.id === "string") into.add(source.id)
      } else if (key === "sourceIds" && Array.isArray(inner)) {
        for (const id of inner) if (typeof id === "string") into.add(id)
      } else citedIds(inner, into)
    }
  return into
}

const listed = (ids: ReadonlyArray<string>, max = 4): string =>
  ids.length <= max
    ? ids.join(", ")
    : `${ids.slice(0, max).join(", ")} and ${ids.length - max} more`

const lapsedTerms = (dataset: Dataset, today: string): AuditFinding[] =>
  recordArrays(dataset).flatMap(([kind, records]) =>
    records.filter(hasLifecycle).flatMap((record): AuditFinding[] => {
      const status = statusOn(record, today)
      if (status.status !== "unknown") return []
      const suspension = [...record.events]
        .reverse()
        .find((event) => event.type === "suspended" && event.date <= today)
      const by =
        suspension?.type === "suspended" && suspension.byMeasureId
          ? ` (suspended by ${suspension.byMeasureId})`
          : ""
      const ended = status.since ? shiftDays(status.since, -1) : undefined
      return [
        {
          severity: "high",
          kind: "lapsed_term",
          recordKind: kind,
          recordId: record.id,
          ...(status.since ? { since: status.since } : {}),
          message: `Recorded term ended${ended ? ` on ${ended}` : ""}${by} and nothing later is recorded: find a source for what happened (lapsed, extended or replaced).`,
          sourceIds: [...citedIds(record.events)].sort(),
        },
      ]
    }),
  )

const overdueSeries = (
  dataset: Dataset,
  today: string,
  calendars: ReadonlyArray<ReleaseCalendar>,
): AuditFinding[] =>
  calendars.flatMap((calendar) =>
    calendar.partners.flatMap((partner): AuditFinding[] => {
      const months = dataset.flows
        .filter(
          (flow) =>
            flow.reporter === calendar.reporter &&
            flow.flow === calendar.flow &&
            flow.commodity === calendar.commodity &&
            flow.partner === partner &&
            flow.netWeightTonnes !== null &&
            /^\d{4}-\d{2}$/.test(flow.period),
        )
        .map((flow) => flow.period as Month)
        .sort()
      const newest = months.at(-1)
      const state = freshness(calendar, newest, today)
      const seriesId = `${calendar.id}:${partner}`
      const sourceIds = calendar.sources.map((source) => source.id)
      if (newest === undefined)
        return [
          {
            severity: "medium",
            kind: "overdue_series",
            recordKind: "series",
            recordId: seriesId,
            message: `${calendar.title} to ${partner}: no monthly rows at all; ${state.expected} was due by ${today}.`,
            sourceIds,
          },
        ]
      if (state.missing.length === 0) return []
      const first = state.missing[0]!
      return [
        {
          severity: "medium",
          kind: "overdue_series",
          recordKind: "series",
          recordId: seriesId,
          ...(state.overdueSince ? { since: state.overdueSince } : {}),
          message: `${calendar.title} to ${partner}: newest month ${newest}; ${calendar.publisher} publishes by day ${calendar.releaseDay} of month M+${calendar.monthsAfter}, so ${state.missing.length} month${state.missing.length === 1 ? "" : "s"} (${first}${state.missing.length > 1 ? ` to ${state.expected}` : ""}) should be out; overdue since ${state.overdueSince}.`,
          sourceIds,
        },
      ]
    }),
  )

const weakSources = (dataset: Dataset): AuditFinding[] => {
  const weak = new Map<string, string>()
  for (const [, records] of recordArrays(dataset))
    for (const record of records) collectWeak(record, weak)
  if (weak.size === 0) return []
  const citing = new Map<string, string[]>()
  const soleSupport = new Map<string, string[]>()
  for (const [kind, records] of recordArrays(dataset)) {
    if (kind === "sources") continue
    for (const record of records) {
      const key = recordKey(record)
      if (key === undefined) continue
      const ids = citedIds(record)
      const weakIds = [...ids].filter((id) => weak.has(id))
      for (const id of weakIds) {
        const label = `${kind}/${key}`
        citing.set(id, [...(citing.get(id) ?? []), label])
        if (weakIds.length === ids.size)
          soleSupport.set(id, [...(soleSupport.get(id) ?? []), label])
      }
    }
  }
  return [...weak].map(([id, reason]): AuditFinding => {
    const cited = citing.get(id) ?? []
    const alone = soleSupport.get(id) ?? []
    return {
      severity: alone.length > 0 ? "medium" : "low",
      kind: "weak_source",
      recordKind: "sources",
      recordId: id,
      message: `Marked weak: ${reason}. Cited by ${cited.length} record${cited.length === 1 ? "" : "s"}${alone.length > 0 ? `, ${alone.length} resting on weak sources alone (${listed(alone)})` : ""}: find a stronger source.`,
      sourceIds: [id],
      relatedIds: cited,
    }
  })
}

/** The weak sources a value embeds (registry entries and embedded copies), by id. */
const collectWeak = (value: unknown, into: Map<string, string>): void => {
  if (Array.isArray(value)) for (const item of value) collectWeak(item, into)
  else if (isPlainObject(value)) {
    const reliability = value.reliability
    if (
      typeof value.id === "string" &&
      isPlainObject(reliability) &&
      reliability.rating === "weak" &&
      typeof reliability.reason === "string"
    )
      into.set(value.id, reliability.reason)
    for (const inner of Object.values(value)) collectWeak(inner, into)
  }
}

const claimFindings = (dataset: Dataset): AuditFinding[] =>
  recordArrays(dataset).flatMap(([kind, records]) =>
    records.filter(isProvenanced).flatMap((record): AuditFinding[] => {
      if (record.confidence.kind === "derived") {
        const ids = [...citedIds(record.confidence)].sort()
        return [
          {
            severity: "info",
            kind: "derived",
            recordKind: kind,
            recordId: record.id,
            message: `Derived, not stated by a source: ${record.confidence.formula ?? "(no formula)"}. Replace it when a source states the figure.`,
            sourceIds: ids,
          },
        ]
      }
      const ids = [...new Set(record.sources.map((source) => source.id))]
      if (ids.length !== 1) return []
      return [
        {
          severity: "low",
          kind: "single_source",
          recordKind: kind,
          recordId: record.id,
          message: `Rests on one source (${ids[0]}): look for a second, independent one.`,
          sourceIds: ids,
        },
      ]
    }),
  )

const SEVERITY_RANK: Record<AuditSeverity, number> = { high: 0, medium: 1, low: 2, info: 3 }
const KIND_RANK: Record<AuditFindingKind, number> = {
  lapsed_term: 0,
  overdue_series: 1,
  weak_source: 2,
  single_source: 3,
  derived: 4,
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Audits a dataset on `today`: lapsed terms, overdue series (against `releaseCalendars`, by
 * default the dataset's own), weak sources, single-source and derived figures. Findings are
 * sorted by severity, then kind, then date and record. Works on every record kind the dataset
 * holds, including kinds added after this function was written.
 * @example
 * ```ts
 * import { Audit } from "@rareearth/core"
 * declare const dataset: import("@rareearth/core").Dataset.Dataset
 * const report = Audit.audit(dataset, "2026-12-02")
 * report.findings.filter((finding) => finding.severity === "high").map((finding) => finding.recordId)
 * // ["cn-mofcom-2025-55", ..., "cn-mofcom-2025-70", ...]
 * ```
 * @category audit
 * @since 0.2.0
 */
export const audit = (
  dataset: Dataset,
  today: IsoDate,
  options: AuditOptions = {},
): AuditReport => {
  const day = parseDate(today)
  const calendars = options.releaseCalendars ?? dataset.releaseCalendars ?? []
  const findings = [
    ...lapsedTerms(dataset, day),
    ...overdueSeries(dataset, day, calendars),
    ...weakSources(dataset),
    ...claimFindings(dataset),
  ].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      compareText(a.since ?? "9999", b.since ?? "9999") ||
      compareText(a.recordKind, b.recordKind) ||
      compareText(a.recordId, b.recordId),
  )
  const counts = { high: 0, medium: 0, low: 0, info: 0 }
  for (const finding of findings) counts[finding.severity]++
  return {
    today: day,
    version: dataset.version,
    horizon: horizon(dataset.asOf, day),
    findings,
    counts,
  }
}

/**
 * The report as plain text: a summary line, then one table row per finding.
 * @example
 * ```ts
 * import { Audit } from "@rareearth/core"
 * declare const report: Audit.AuditReport
 * console.log(Audit.formatAuditTable(report))
 * // Audit of dataset 0.1.0 on 2026-12-02: data as of 2026-04-20 (226 days old). 8 high, 4 medium, ...
 * // Severity  Kind         Record                     Since       Detail
 * // --------  -----------  -------------------------  ----------  ------
 * // high      lapsed_term  measures/cn-mofcom-2025-55  2026-11-11  Recorded term ended on 2026-11-10 ...
 * ```
 * @category audit
 * @since 0.2.0
 */
export const formatAuditTable = (report: AuditReport): string => {
  const { counts, horizon: window } = report
  const age = window.beyond ? ` (${window.daysBeyond} days old)` : ""
  const summary = `Audit of dataset ${report.version} on ${report.today}: data as of ${window.asOf}${age}. ${counts.high} high, ${counts.medium} medium, ${counts.low} low, ${counts.info} info.`
  if (report.findings.length === 0) return `${summary}\nNothing to re-check.`
  return `${summary}\n${textTable(
    ["Severity", "Kind", "Record", "Since", "Detail"],
    report.findings.map((finding) => [
      finding.severity,
      finding.kind,
      `${finding.recordKind}/${finding.recordId}`,
      finding.since ?? "",
      finding.message,
    ]),
  )}`
}
