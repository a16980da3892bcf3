/**
 * The check that every world total agrees with its countries: for each edition whose whole
 * table is in the data, the countries (and "other countries") must add up to the printed world
 * total within USGS's rounding. Used by the build check and the tests.
 * @since 0.2.0
 */
import * as Production from "@rareearth/core/Production"

/**
 * The editions and years whose whole world table is in the data. Secondary editions print
 * partial tables (a page quoting the top producers) and are not summed.
 * @example
 * ```ts
 * import { COMPLETE_TABLES } from "@rareearth/data"
 * COMPLETE_TABLES.map((table) => table.edition) // ["mcs-2026-v1.0", "mcs-2025", "myb-2022"]
 * ```
 * @category world totals
 * @since 0.2.0
 */
export const COMPLETE_TABLES: ReadonlyArray<{
  readonly edition: string
  readonly years: ReadonlyArray<number>
}> = [
  { edition: "mcs-2026-v1.0", years: [2024, 2025] },
  { edition: "mcs-2025", years: [2023, 2024] },
  { edition: "myb-2022", years: [2018, 2019, 2020, 2021, 2022] },
]

/**
 * USGS rounds world totals ("Mine production: rounded") to two or three significant digits, so
 * the printed total may differ from the sum of its countries by up to half a unit of its
 * second significant digit: 5,000 t for 380,000 t (the 2024 countries of MCS 2026 add up to
 * 384,000 t).
 * @example
 * ```ts
 * import { worldTotalTolerance } from "@rareearth/data"
 * worldTotalTolerance(380_000) // 5000
 * ```
 * @category world totals
 * @since 0.2.0
 */
export const worldTotalTolerance = (total: number): number =>
  10 ** (Math.floor(Math.log10(total)) - 1) / 2

/** One world total against its countries. @category world totals @since 0.2.0 */
export interface WorldTotalCheck {
  readonly edition: string
  readonly year: number
  readonly worldTonnesReo: number | null
  readonly countriesTonnesReo: number
  /** Areas without an exact figure: a table with one cannot be summed. */
  readonly unknownAreas: ReadonlyArray<string>
  readonly tolerance: number
  readonly ok: boolean
}

/**
 * Check every world total of {@link COMPLETE_TABLES} against its countries.
 * @example
 * ```ts
 * import { production, verifyWorldTotals } from "@rareearth/data"
 * verifyWorldTotals(production).every((check) => check.ok) // true
 * ```
 * @category world totals
 * @since 0.2.0
 */
export const verifyWorldTotals = (
  production: ReadonlyArray<Production.Production>,
): WorldTotalCheck[] =>
  COMPLETE_TABLES.flatMap(({ edition, years }) =>
    years.map((year) => {
      const rows = Production.query(production, { edition, year, vintages: "all" })
      const world = rows.find((row) => row.area === "WORLD")?.tonnesReo ?? null
      const countries = rows.filter((row) => row.area !== "WORLD")
      const unknownAreas = countries.filter((row) => row.tonnesReo === null).map((row) => row.area)
      const sum = countries.reduce((total, row) => total + (row.tonnesReo ?? 0), 0)
      const tolerance = world === null ? 0 : worldTotalTolerance(world)
      return {
        edition,
        year,
        worldTonnesReo: world,
        countriesTonnesReo: sum,
        unknownAreas,
        tolerance,
        ok: world !== null && unknownAreas.length === 0 && Math.abs(sum - world) <= tolerance,
      }
    }),
  )
