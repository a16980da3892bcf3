/**
 * The audit and the diff of datasets wherever they come from (the embedded dataset, dataset
 * files, any source): read the inputs, then run core's `Audit.audit` and `Diff.diffDatasets`.
 * The rules live in core; this module only reads, and decides what can be compared.
 * @since 0.2.0
 */
import { Audit, type Dataset, Diff, Period } from "@rareearth/core"
import { dataset as embeddedDataset } from "@rareearth/data"
import { Clock, Effect } from "effect"
import { type SdkError, ValidationError } from "../../Errors.ts"
import { type DatasetInput, readDataset } from "./DatasetInput.ts"
import { toPromise } from "./toPromise.ts"

/**
 * A diff of two inputs: core's `DatasetDiff`, the names of both inputs, and the record kinds
 * that only one side holds (not compared: a source layer does not give its source registry,
 * prices or production, and their absence is not a removal).
 * @category datasets
 * @since 0.2.0
 */
export interface SourceDiff extends Diff.DatasetDiff {
  readonly sources: { readonly from: string; readonly to: string }
  readonly notCompared: ReadonlyArray<string>
}

/** Options of {@link diffSources}. @category datasets @since 0.2.0 */
export interface DiffSourcesOptions {
  /** The date to compare measure statuses on (default: the newer side's as-of, else today). */
  readonly on?: string
}

const today = Effect.map(Clock.currentTimeMillis, (now) => new Date(now).toISOString().slice(0, 10))

/** The dataset reduced to the given record kinds (version and as-of kept). */
const only = (dataset: Dataset.Dataset, kinds: ReadonlyArray<string>): Dataset.Dataset => {
  const record = dataset as unknown as Record<string, unknown>
  return Object.fromEntries([
    ["version", dataset.version],
    ["asOf", dataset.asOf],
    ...kinds.map((kind) => [kind, record[kind]]),
  ]) as unknown as Dataset.Dataset
}

/**
 * Diffs two datasets already read, comparing the kinds both hold. Pure apart from `today`
 * (the status date when neither side states an as-of). Used by {@link diffSources} and `watch`.
 * @category datasets
 * @since 0.2.0
 */
export const diffSnapshots = (
  a: { readonly name: string; readonly dataset: Dataset.Dataset },
  b: { readonly name: string; readonly dataset: Dataset.Dataset },
  on: string,
  /** The date `a`'s statuses are read on (default `on`): see `Diff.DiffOptions.since`. */
  since: string = on,
): SourceDiff => {
  const left = Diff.recordKinds(a.dataset)
  const right = Diff.recordKinds(b.dataset)
  const common = left.filter((kind) => right.includes(kind))
  const notCompared = [...left, ...right].filter((kind) => !common.includes(kind))
  const diff = Diff.diffDatasets(only(a.dataset, common), only(b.dataset, common), { on, since })
  return { ...diff, sources: { from: a.name, to: b.name }, notCompared: [...new Set(notCompared)] }
}

/**
 * {@link diffSources} in Effect.
 * @category datasets
 * @since 0.2.0
 */
export const diffSourcesEffect = (
  a: DatasetInput,
  b: DatasetInput,
  options: DiffSourcesOptions = {},
): Effect.Effect<SourceDiff, SdkError> =>
  Effect.gen(function* () {
    const [before, after] = yield* Effect.all([readDataset(a), readDataset(b)], {
      concurrency: 2,
    })
    const on = yield* statusDate(options.on, after.asOf ?? before.asOf)
    return diffSnapshots(before, after, on)
  })

const statusDate = (on: string | undefined, fallback: string | null) =>
  on !== undefined
    ? Effect.try({
        try: () => Period.parseDate(on),
        catch: () =>
          new ValidationError({
            message: `Invalid date ${JSON.stringify(on)} (on): expected a calendar date YYYY-MM-DD, e.g. 2026-06-01`,
            issues: [{ code: "invalid_date", path: ["on"], message: "expected YYYY-MM-DD" }],
          }),
      })
    : fallback !== null
      ? Effect.succeed(fallback)
      : today

/**
 * Lists what changed from dataset `a` (older) to `b` (newer): records added, revised (each
 * changed field with its old and new value, and the sources before and after) and removed, of
 * every kind both hold, and the measures whose status on `on` changed.
 * @example
 * ```ts
 * import { diffSources } from "@rareearth/sdk/node"
 * const diff = await diffSources({ kind: "embedded" }, { kind: "file", path: "next.json" })
 * if (!diff.equal) console.log(diff.totals) // { added: 0, revised: 1, removed: 0, statusChanges: 0 }
 * ```
 * @category datasets
 * @since 0.2.0
 */
export const diffSources = (
  a: DatasetInput,
  b: DatasetInput,
  options: DiffSourcesOptions = {},
): Promise<SourceDiff> => toPromise(diffSourcesEffect(a, b, options))

/**
 * The diff as text for people: who was compared with whom, the kinds left out, then core's
 * table (`Diff.formatDiffTable`).
 * @example
 * ```ts
 * import { diffSources, formatSourceDiff } from "@rareearth/sdk/node"
 * console.log(formatSourceDiff(await diffSources({ kind: "embedded" }, { kind: "file", path: "next.json" })))
 * ```
 * @category datasets
 * @since 0.2.0
 */
export const formatSourceDiff = (diff: SourceDiff): string =>
  [
    `Comparing ${diff.sources.from} with ${diff.sources.to}.`,
    ...(diff.notCompared.length > 0
      ? [`Not compared (held by one side only): ${diff.notCompared.join(", ")}.`]
      : []),
    Diff.formatDiffTable(diff),
  ].join("\n")

/** The audit of an input, with the input's name. @category datasets @since 0.2.0 */
export interface SourceAudit extends Audit.AuditReport {
  readonly source: string
}

/** Options of {@link auditSource}. @category datasets @since 0.2.0 */
export interface AuditSourceOptions {
  /** The day to audit on (default: today, UTC). */
  readonly today?: string
}

/**
 * {@link auditSource} in Effect.
 * @category datasets
 * @since 0.2.0
 */
export const auditSourceEffect = (
  input: DatasetInput,
  options: AuditSourceOptions = {},
): Effect.Effect<SourceAudit, SdkError> =>
  Effect.gen(function* () {
    const snapshot = yield* readDataset(input)
    if (snapshot.asOf === null)
      return yield* new ValidationError({
        message: `Cannot audit ${snapshot.name}: it does not state the date its data reaches (as-of), which the audit measures ages against`,
        issues: [{ code: "missing_as_of", path: ["asOf"], message: "no as-of" }],
      })
    const day = yield* statusDate(options.today, null)
    // A source layer does not give release calendars; they describe publishers, not a
    // dataset, so the embedded dataset's calendars apply.
    const releaseCalendars =
      snapshot.dataset.releaseCalendars ?? embeddedDataset.releaseCalendars ?? []
    const report = Audit.audit(snapshot.dataset, day, { releaseCalendars })
    return { ...report, source: snapshot.name }
  })

/**
 * Audits a dataset on a day: terms that lapsed and need a source, series overdue against their
 * publisher's release calendar, weak sources, single-source and derived figures, by severity
 * (core's `Audit.audit`).
 * @example
 * ```ts
 * import { auditSource } from "@rareearth/sdk/node"
 * const report = await auditSource({ kind: "embedded" }, { today: "2026-12-02" })
 * report.counts.high // the lapsed terms
 * ```
 * @category datasets
 * @since 0.2.0
 */
export const auditSource = (
  input: DatasetInput,
  options: AuditSourceOptions = {},
): Promise<SourceAudit> => toPromise(auditSourceEffect(input, options))

/**
 * The audit as text for people: the input's name, then core's table (`Audit.formatAuditTable`).
 * @category datasets
 * @since 0.2.0
 */
export const formatSourceAudit = (report: SourceAudit): string =>
  `Source: ${report.source}\n${Audit.formatAuditTable(report)}`
