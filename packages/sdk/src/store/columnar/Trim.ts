/**
 * Trimming a table's arrays to the rows they hold, after a bulk commit. Growth leaves spare
 * capacity (the ids' bytes double, the columns grow by half), and a table that is loaded once and
 * then only read would keep it for good. Each array is copied into one of the exact size, the
 * old buffer released at once (`resized`).
 * @internal
 */
import type { Codes, FlowColumns } from "./FlowColumns.ts"
import type { IdColumn } from "./IdColumn.ts"
import { resized } from "./Resize.ts"

type Shrinkable = Codes | Float64Array

/** `array` cut to its first `length` elements, in an array that holds exactly those. */
const shrink = <A extends Shrinkable>(array: A, length: number): A =>
  array.length <= length ? array : resized(array, length)

/** Ids' bytes are never trimmed below this (the arena grows by doubling from it). */
const MIN_ID_BYTES = 1024

/** Shrinks the columns and the ids of a table to its `columns.length` rows. @internal */
export const trimToLength = (columns: FlowColumns, ids: IdColumn): void => {
  const n = columns.length
  if (columns.capacity > n) {
    columns.period = shrink(columns.period, n)
    columns.reporter = shrink(columns.reporter, n)
    columns.partner = shrink(columns.partner, n)
    columns.flow = shrink(columns.flow, n)
    columns.commodity = shrink(columns.commodity, n)
    columns.source = shrink(columns.source, n)
    columns.vintage = shrink(columns.vintage, n)
    columns.hsVersion = shrink(columns.hsVersion, n)
    columns.provenance = shrink(columns.provenance, n)
    columns.estimated = shrink(columns.estimated, n)
    columns.weight = shrink(columns.weight, n)
    columns.value = shrink(columns.value, n)
    columns.latest = shrink(columns.latest, n)
    columns.capacity = n
  }
  ids.ends = shrink(ids.ends, ids.length)
  if (ids.slots !== null) ids.slots = shrink(ids.slots, ids.length)
  ids.bytes = shrink(ids.bytes, Math.max(ids.used, MIN_ID_BYTES))
}
