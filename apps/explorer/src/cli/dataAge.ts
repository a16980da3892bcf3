/**
 * The as-of line of a CLI answer: the date of the data it rests on, from the answer's own
 * `dataAge` (a dataset's as-of, or when a live source was read). One home for every command
 * whose answer carries a `dataAge`.
 */
import type { DataAge } from "@rareearth/sdk"

/**
 * "Data as of 2026-04-20." for a dataset; a live or cached source adds where and when it was read.
 * @example
 * dataAgeLine({ kind: "dataset", asOf: "2026-04-20" }) // "Data as of 2026-04-20."
 */
export const dataAgeLine = (dataAge: DataAge): string => {
  if (dataAge.kind === "dataset") return `Data as of ${dataAge.asOf}.`
  const how = dataAge.kind === "cache" ? "a cached copy of" : "read live from"
  const when = dataAge.retrievedAt === undefined ? "" : ` at ${dataAge.retrievedAt}`
  return `Data as of ${dataAge.asOf} (${how} ${dataAge.source ?? "the source"}${when}).`
}
