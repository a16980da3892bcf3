/**
 * The difference between two dataset versions, for users who alert on updates: records added,
 * revised (every changed field with its old and new value, and the sources before and after) and
 * removed, for every record kind the datasets hold, and the measures whose status on a given date
 * changed. Pure: two datasets in, a JSON-serialisable diff out.
 * @since 0.2.0
 */
import type { Dataset } from "./Dataset.ts"
import { type ControlStatus, type LifecycleEvent, statusOn } from "./ExportControl.ts"
import {
  type AnyRecord,
  hasLifecycle,
  isPlainObject,
  recordArrays,
  recordKey,
} from "./internal/records.ts"
import { textTable } from "./internal/textTable.ts"
import { type IsoDate, parseDate } from "./Period.ts"

/**
 * The record kinds of a dataset: its keys that hold an array of records (`sources`, `measures`,
 * `flows`, ...). Computed from the `Dataset` type, so a kind added to the schema is a kind here.
 * @category models
 * @since 0.2.0
 */
export type RecordKind = {
  [K in keyof Dataset]-?: NonNullable<Dataset[K]> extends ReadonlyArray<unknown> ? K : never
}[keyof Dataset]

/** One record of a kind. @category models @since 0.2.0 */
export type RecordOf<K extends RecordKind> = NonNullable<Dataset[K]>[number]

/** One changed field of a revised record: its path (`netWeightTonnes`, `sources[1].url`). @category models @since 0.2.0 */
export interface FieldChange {
  readonly path: string
  /** `undefined` (absent in JSON) when the field was added. */
  readonly before: unknown
  /** `undefined` (absent in JSON) when the field was removed. */
  readonly after: unknown
}

/** A record present in both datasets with different content. @category models @since 0.2.0 */
export interface Revision<A> {
  readonly id: string
  readonly before: A
  readonly after: A
  /** Every changed field, in path order. */
  readonly changes: ReadonlyArray<FieldChange>
  /** The ids of the sources the record cites, before and after. */
  readonly sources: {
    readonly before: ReadonlyArray<string>
    readonly after: ReadonlyArray<string>
  }
}

/**
 * What changed for one kind of record. Each list is sorted by key.
 * @category models
 * @since 0.1.0
 */
export interface RecordChanges<A> {
  readonly added: ReadonlyArray<A>
  readonly revised: ReadonlyArray<Revision<A>>
  readonly removed: ReadonlyArray<A>
}

/** A status as the diff reports it. @category models @since 0.2.0 */
export interface StatusSnapshot {
  readonly status: ControlStatus
  readonly reason: string
}

/**
 * A measure whose status on `on` differs between the datasets (`null`: the measure is absent).
 * @category models
 * @since 0.2.0
 */
export interface StatusChange {
  readonly kind: string
  readonly id: string
  readonly on: IsoDate
  /** The date `before` was read on, when it is not `on` (see `DiffOptions.since`). */
  readonly since?: IsoDate
  readonly before: StatusSnapshot | null
  readonly after: StatusSnapshot | null
}

/**
 * The difference between two datasets.
 * @category models
 * @since 0.1.0
 */
export interface DatasetDiff {
  readonly from: { readonly version: string; readonly asOf: string }
  readonly to: { readonly version: string; readonly asOf: string }
  /** The date statuses were compared on. */
  readonly on: IsoDate
  /** The record kinds compared, in order. */
  readonly kinds: ReadonlyArray<RecordKind>
  readonly records: { readonly [K in RecordKind]: RecordChanges<RecordOf<K>> }
  readonly statusChanges: ReadonlyArray<StatusChange>
  readonly totals: {
    readonly added: number
    readonly revised: number
    readonly removed: number
    readonly statusChanges: number
  }
  /** No record added, revised or removed, and no status changed. */
  readonly equal: boolean
}

/** Options of {@link diffDatasets}. @category models @since 0.2.0 */
export interface DiffOptions {
  /** The date to compare measure statuses on (default: the newer dataset's `asOf`). */
  readonly on?: IsoDate
  /**
   * The date the older dataset's statuses are read on (default: `on`). A watcher passes the date
   * of its previous poll, so that a status that changes with time alone (a suspension running
   * out) is reported even when no record changed.
   */
  readonly since?: IsoDate
}

/**
 * The record kinds present in the given datasets: their array-valued keys, in the order of the
 * first dataset (then any only in a later one).
 * @example
 * ```ts
 * import { Diff } from "@rareearth/core"
 * declare const dataset: import("@rareearth/core").Dataset.Dataset
 * Diff.recordKinds(dataset) // ["sources", "elements", "measures", "quotas", "flows", "events", ...]
 * ```
 * @category diff
 * @since 0.2.0
 */
export const recordKinds = (...datasets: ReadonlyArray<object>): RecordKind[] => {
  const kinds: string[] = []
  for (const dataset of datasets)
    for (const [kind] of recordArrays(dataset)) if (!kinds.includes(kind)) kinds.push(kind)
  return kinds as RecordKind[]
}

/**
 * The natural key of a record: its `id`, an element's `symbol`, or else its canonical JSON.
 * @example
 * ```ts
 * import { Diff } from "@rareearth/core"
 * Diff.keyOf({ id: "cn-mofcom-2025-18" }) // "cn-mofcom-2025-18"
 * Diff.keyOf({ symbol: "Dy" }) // "Dy"
 * ```
 * @category diff
 * @since 0.2.0
 */
export const keyOf = (record: unknown): string => recordKey(record) ?? canonical(record)

/** JSON with object keys sorted and `undefined` fields dropped: key order never counts. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as AnyRecord)
            .filter(([, entry]) => entry !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  ) ?? "undefined"

/** Every leaf that differs between two values, with its path. */
const fieldChanges = (before: unknown, after: unknown, path = ""): FieldChange[] => {
  if (canonical(before) === canonical(after)) return []
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: FieldChange[] = []
    for (let index = 0; index < Math.max(before.length, after.length); index++)
      changes.push(...fieldChanges(before[index], after[index], `${path}[${index}]`))
    return changes
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    return keys.flatMap((key) =>
      fieldChanges(before[key], after[key], path === "" ? key : `${path}.${key}`),
    )
  }
  return [{ path, before, after }]
}

const sourceIdsOf = (record: unknown): string[] => {
  if (!isPlainObject(record)) return []
  const { sources, sourceIds } = record
  if (Array.isArray(sources))
    return sources.flatMap((source) =>
      isPlainObject(source) && typeof source.id === "string" ? [source.id] : [],
    )
  if (Array.isArray(sourceIds)) return sourceIds.filter((id) => typeof id === "string")
  return []
}

const byKey = (a: unknown, b: unknown): number => {
  const left = keyOf(a)
  const right = keyOf(b)
  return left < right ? -1 : left > right ? 1 : 0
}

const diffRecords = <A>(before: ReadonlyArray<A>, after: ReadonlyArray<A>): RecordChanges<A> => {
  const old = new Map(before.map((record) => [keyOf(record), record]))
  const now = new Map(after.map((record) => [keyOf(record), record]))
  const added = after.filter((record) => !old.has(keyOf(record))).sort(byKey)
  const removed = before.filter((record) => !now.has(keyOf(record))).sort(byKey)
  const revised = after
    .flatMap((record): Revision<A>[] => {
      const previous = old.get(keyOf(record))
      if (previous === undefined) return []
      const changes = fieldChanges(previous, record)
      return changes.length === 0
        ? []
        : [
            {
              id: keyOf(record),
              before: previous,
              after: record,
              changes,
              sources: { before: sourceIdsOf(previous), after: sourceIdsOf(record) },
            },
          ]
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { added, revised, removed }
}

const snapshot = (
  record: { readonly id: string; readonly events: LifecycleEvent[] } | undefined,
  on: IsoDate,
): StatusSnapshot | null => {
  if (record === undefined) return null
  const { status, reason } = statusOn(record, on)
  return { status, reason }
}

/**
 * Lists what changed from dataset `a` (older) to dataset `b` (newer): for every record kind (every
 * array the datasets hold, so kinds added later are covered too) the records added, revised (same
 * key, different content; key order does not count), with each changed field's old and new value
 * and the sources before and after, and removed; and every record with a lifecycle (the measures)
 * whose status on `options.on` (default: `b.asOf`) differs. Records are keyed by `id` (elements by
 * `symbol`).
 *
 * @example
 * ```ts
 * import { Diff } from "@rareearth/core"
 * declare const previous: import("@rareearth/core").Dataset.Dataset
 * const next = { ...previous, version: "0.3.0", flows: previous.flows.slice(1) }
 * const diff = Diff.diffDatasets(previous, next)
 * diff.records.flows.removed.length // 1
 * diff.equal // false
 * ```
 * @category diff
 * @since 0.2.0
 */
export const diffDatasets = (a: Dataset, b: Dataset, options: DiffOptions = {}): DatasetDiff => {
  const on = parseDate(options.on ?? b.asOf)
  const since = options.since === undefined ? on : parseDate(options.since)
  const kinds = recordKinds(a, b)
  const records: Record<string, RecordChanges<unknown>> = {}
  const statusChanges: StatusChange[] = []
  for (const kind of kinds) {
    const before = ((a as AnyRecord)[kind] as ReadonlyArray<unknown> | undefined) ?? []
    const after = ((b as AnyRecord)[kind] as ReadonlyArray<unknown> | undefined) ?? []
    records[kind] = diffRecords(before, after)
    const old = new Map(before.filter(hasLifecycle).map((record) => [record.id, record]))
    const now = new Map(after.filter(hasLifecycle).map((record) => [record.id, record]))
    for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
      const was = snapshot(old.get(id), since)
      const is = snapshot(now.get(id), on)
      if (was?.status !== is?.status)
        statusChanges.push({
          kind,
          id,
          on,
          ...(since === on ? {} : { since }),
          before: was,
          after: is,
        })
    }
  }
  const all = Object.values(records)
  const totals = {
    added: all.reduce((total, changes) => total + changes.added.length, 0),
    revised: all.reduce((total, changes) => total + changes.revised.length, 0),
    removed: all.reduce((total, changes) => total + changes.removed.length, 0),
    statusChanges: statusChanges.length,
  }
  return {
    from: { version: a.version, asOf: a.asOf },
    to: { version: b.version, asOf: b.asOf },
    on,
    kinds,
    records: records as unknown as DatasetDiff["records"],
    statusChanges,
    totals,
    equal: totals.added + totals.revised + totals.removed + totals.statusChanges === 0,
  }
}

const show = (value: unknown): string =>
  value === undefined ? "(absent)" : typeof value === "string" ? value : canonical(value)

/**
 * The diff as a plain-text table (one row per added, revised or removed record, per changed field
 * of a revision, and per status change), under a one-line summary.
 * @example
 * ```ts
 * import { Diff } from "@rareearth/core"
 * declare const diff: Diff.DatasetDiff
 * console.log(Diff.formatDiffTable(diff))
 * // 0.1.0 (as of 2026-04-20) -> 0.2.0 (as of 2026-05-20): 1 added, 1 revised, 0 removed, 0 status changes
 * // Change   Kind   Record                           Field            Before  After
 * // ...
 * ```
 * @category diff
 * @since 0.2.0
 */
export const formatDiffTable = (diff: DatasetDiff): string => {
  const { totals } = diff
  const summary = `${diff.from.version} (as of ${diff.from.asOf}) -> ${diff.to.version} (as of ${diff.to.asOf}): ${totals.added} added, ${totals.revised} revised, ${totals.removed} removed, ${totals.statusChanges} status change${totals.statusChanges === 1 ? "" : "s"} on ${diff.on}`
  if (diff.equal) return `${summary}\nNo differences.`
  const rows: string[][] = []
  for (const kind of diff.kinds) {
    const changes = diff.records[kind] as RecordChanges<unknown>
    for (const record of changes.added)
      rows.push(["added", kind, keyOf(record), "", "", sourceIdsOf(record).join(", ")])
    for (const revision of changes.revised)
      for (const change of revision.changes)
        rows.push([
          "revised",
          kind,
          revision.id,
          change.path,
          `${show(change.before)} -> ${show(change.after)}`,
          `${revision.sources.before.join(", ")} -> ${revision.sources.after.join(", ")}`,
        ])
    for (const record of changes.removed)
      rows.push(["removed", kind, keyOf(record), "", "", sourceIdsOf(record).join(", ")])
  }
  for (const change of diff.statusChanges)
    rows.push([
      "status",
      change.kind,
      change.id,
      `status on ${change.on}`,
      `${change.before?.status ?? "(absent)"} -> ${change.after?.status ?? "(absent)"}`,
      change.after?.reason ?? "",
    ])
  return `${summary}\n${textTable(["Change", "Kind", "Record", "Field", "Before -> after", "Sources / reason"], rows)}`
}
