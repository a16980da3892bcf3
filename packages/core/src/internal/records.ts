/**
 * Record helpers shared by the generic passes over a dataset (Audit, Diff): they walk every
 * array a dataset holds, so record kinds added to the schema later are covered without change.
 * Internal: use `Audit.audit` and `Diff.diffDatasets`.
 */
import type { LifecycleEvent } from "../ExportControl.ts"

export type AnyRecord = Readonly<Record<string, unknown>>

export const isPlainObject = (value: unknown): value is AnyRecord =>
  value !== null && typeof value === "object" && !Array.isArray(value)

/** Every array of records a dataset holds, with its key (its record kind), in key order. */
export const recordArrays = (dataset: object): Array<[string, ReadonlyArray<unknown>]> =>
  Object.entries(dataset).flatMap(
    ([kind, value]): Array<[string, ReadonlyArray<unknown>]> =>
      Array.isArray(value) ? [[kind, value]] : [],
  )

/** A record's identity: its `id`, or an element's `symbol`; undefined when it has neither. */
export const recordKey = (record: unknown): string | undefined =>
  isPlainObject(record)
    ? typeof record.id === "string"
      ? record.id
      : typeof record.symbol === "string"
        ? record.symbol
        : undefined
    : undefined

const LIFECYCLE_TYPES = new Set([
  "announced",
  "effective",
  "suspended",
  "resumed",
  "amended",
  "revoked",
])

/** A record with an id and lifecycle events: something `ExportControl.statusOn` can answer for. */
export const hasLifecycle = (
  record: unknown,
): record is { readonly id: string; readonly events: LifecycleEvent[] } =>
  isPlainObject(record) &&
  typeof record.id === "string" &&
  Array.isArray(record.events) &&
  record.events.length > 0 &&
  record.events.every(
    (event) =>
      isPlainObject(event) && typeof event.type === "string" && LIFECYCLE_TYPES.has(event.type),
  )

/** A date moved by a number of days (UTC calendar arithmetic). */
export const shiftDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
