/**
 * The filters shared by the production and reserves queries, validated in one place.
 * @internal
 */
import * as Edition from "../Edition.ts"
import { invalid, quote } from "../InputError.ts"

const checkYear = (name: string, year: unknown): void => {
  if (year !== undefined && !(typeof year === "number" && Number.isInteger(year)))
    throw invalid(
      "invalid_year",
      `Invalid ${name} ${quote(year)}: expected a four-digit year such as 2024`,
      year,
      [name],
    )
}

/** Filter supply records and validate the filters (shared by the production and reserves queries). */
export const filterSupply = <
  T extends { area: string; edition: Edition.Edition; year?: number; asOfYear?: number },
>(
  records: ReadonlyArray<T>,
  filters: {
    readonly area?: string | ReadonlyArray<string> | undefined
    readonly year?: number | undefined
    readonly from?: number | undefined
    readonly to?: number | undefined
    readonly edition?: string | undefined
  },
  yearOf: (record: T) => number,
): T[] => {
  checkYear("year", filters.year)
  checkYear("from", filters.from)
  checkYear("to", filters.to)
  const areas =
    filters.area === undefined
      ? undefined
      : new Set(typeof filters.area === "string" ? [filters.area] : filters.area)
  if (areas)
    for (const area of areas)
      if (!Edition.SupplyArea.safeParse(area).success)
        throw invalid(
          "invalid_area",
          `Invalid area ${quote(area)}: expected an ISO 3166-1 alpha-2 code (e.g. "CN", "US", "AU"), "WORLD" or "OTHER_COUNTRIES"`,
          area,
          ["area"],
        )
  if (filters.edition !== undefined && !records.some((r) => r.edition.id === filters.edition))
    throw invalid(
      "unknown_edition",
      `Unknown edition ${quote(filters.edition)}: expected one of ${[...new Set(records.map((r) => r.edition.id))].sort().join(", ")}`,
      filters.edition,
      ["edition"],
    )
  return records.filter((record) => {
    const year = yearOf(record)
    return (
      (areas === undefined || areas.has(record.area)) &&
      (filters.year === undefined || year === filters.year) &&
      (filters.from === undefined || year >= filters.from) &&
      (filters.to === undefined || year <= filters.to) &&
      (filters.edition === undefined || record.edition.id === filters.edition)
    )
  })
}
