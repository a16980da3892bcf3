/**
 * Pure analytics over production and reserves records: shares of world production and their
 * concentration (Herfindahl-Hirschman index) by year, one country's share over time,
 * reserves-to-production years, and the change of figures between two editions.
 *
 * Rule: a share never mixes editions. For a year, the shares come from one edition's table (by
 * default the latest edition that prints a world total for that year and whose country figures
 * cover at least {@link MIN_COVERAGE_PERCENT} of it: a partial table, such as a page quoting only
 * China and the world, would make concentration meaningless), divided by that edition's world
 * total as printed (USGS rounds it; the reference's shares do the same: China 2025 =
 * 270,000 / 390,000 = 69.2%).
 * @since 0.2.0
 */
import * as Edition from "./Edition.ts"
import { invalid, quote } from "./InputError.ts"
import type { Production, ProductionStage } from "./Production.ts"
import type { Reserves } from "./Reserves.ts"

/**
 * The share of the world total an edition's exact area figures must cover for its table to be
 * chosen by default: 95%, which every complete USGS table meets (the printed world total is
 * rounded) and partial tables quoted by secondary pages do not.
 * @example
 * ```ts
 * import { SupplyAnalytics } from "@rareearth/core"
 * SupplyAnalytics.MIN_COVERAGE_PERCENT // 95
 * ```
 * @category shares
 * @since 0.2.0
 */
export const MIN_COVERAGE_PERCENT = 95

/** One area's share of a year's world production. @category models @since 0.2.0 */
export interface AreaShare {
  readonly area: string
  readonly tonnesReo: number
  /** Percent of the world total (0-100). */
  readonly percent: number
}

/** The shares of one year, from one edition. @category models @since 0.2.0 */
export interface YearShares {
  readonly year: number
  readonly stage: ProductionStage
  readonly edition: Edition.Edition
  readonly worldTonnesReo: number
  /** Countries and `OTHER_COUNTRIES` with an exact figure, largest first. */
  readonly shares: ReadonlyArray<AreaShare>
  /** Areas of that edition and year without an exact figure (`NA`, `W`): not counted. */
  readonly unknownAreas: ReadonlyArray<string>
  /** The sum of the shares, in percent of the world total (about 100 for a complete table). */
  readonly coveragePercent: number
}

/** Options of {@link sharesOfWorld}. @category models @since 0.2.0 */
export interface ShareOptions {
  readonly stage?: ProductionStage | undefined
  /**
   * An edition id; default: the latest edition with a world total for the year whose areas
   * cover at least {@link MIN_COVERAGE_PERCENT} of it.
   */
  readonly edition?: string | undefined
}

/**
 * Shares of world production for a year, from one edition (see the module rule), or
 * `undefined` when no edition has a world total (and, by default, a complete enough table) for
 * that year.
 * @example
 * ```ts
 * import { SupplyAnalytics } from "@rareearth/core"
 * declare const production: ReadonlyArray<import("@rareearth/core").Production.Production>
 * SupplyAnalytics.sharesOfWorld(production, 2025)?.shares[0] // { area: "CN", tonnesReo: 270000, percent: 69.23... }
 * ```
 * @category shares
 * @since 0.2.0
 */
export const sharesOfWorld = (
  production: ReadonlyArray<Production>,
  year: number,
  options: ShareOptions = {},
): YearShares | undefined => {
  if (!Number.isInteger(year))
    throw invalid("invalid_year", `Invalid year ${quote(year)}: expected a year such as 2024`, year)
  const stage = options.stage ?? "mine"
  const ofYear = production.filter((record) => record.year === year && record.stage === stage)
  const worlds = ofYear
    .filter(
      (record) =>
        record.area === "WORLD" &&
        record.tonnesReo !== null &&
        (options.edition === undefined || record.edition.id === options.edition),
    )
    .sort((a, b) => Edition.compare(b.edition, a.edition))
  for (const world of worlds) {
    const shares = sharesIn(ofYear, world, year, stage)
    if (
      shares !== undefined &&
      (options.edition !== undefined || shares.coveragePercent >= MIN_COVERAGE_PERCENT)
    )
      return shares
  }
  return undefined
}

const sharesIn = (
  ofYear: ReadonlyArray<Production>,
  world: Production,
  year: number,
  stage: ProductionStage,
): YearShares | undefined => {
  if (world.tonnesReo === null || world.tonnesReo <= 0) return undefined
  const worldTonnes = world.tonnesReo
  const edition = world.edition
  const shares: AreaShare[] = []
  const unknownAreas: string[] = []
  for (const record of ofYear) {
    if (record.edition.id !== edition.id || record.area === "WORLD") continue
    if (record.tonnesReo === null) unknownAreas.push(record.area)
    else
      shares.push({
        area: record.area,
        tonnesReo: record.tonnesReo,
        percent: (record.tonnesReo / worldTonnes) * 100,
      })
  }
  shares.sort((a, b) => b.tonnesReo - a.tonnesReo || (a.area < b.area ? -1 : 1))
  const coveragePercent = shares.reduce((sum, share) => sum + share.percent, 0)
  return {
    year,
    stage,
    edition,
    worldTonnesReo: worldTonnes,
    shares,
    unknownAreas,
    coveragePercent,
  }
}

/**
 * The Herfindahl-Hirschman index of shares given in percent: the sum of squared shares, from
 * near 0 (many small producers) to 10,000 (one producer). `OTHER_COUNTRIES` is left out: it is
 * a residual of several countries, not one producer, so counting it as one would overstate
 * concentration. Why not `Series.herfindahl`: it refuses shares that add up to more than 100%,
 * and shares of a rounded USGS world total can (MCS 2025's 2024 countries add up to 393,950 t
 * against a printed 390,000 t, 101%); the formula is the same.
 * @example
 * ```ts
 * import { SupplyAnalytics } from "@rareearth/core"
 * SupplyAnalytics.herfindahlIndex([{ area: "CN", percent: 60 }, { area: "US", percent: 40 }]) // 5200
 * ```
 * @category concentration
 * @since 0.2.0
 */
export const herfindahlIndex = (
  shares: ReadonlyArray<Pick<AreaShare, "area" | "percent">>,
): number =>
  shares.reduce(
    (sum, share) => (share.area === "OTHER_COUNTRIES" ? sum : sum + share.percent * share.percent),
    0,
  )

/** One year's concentration. @category models @since 0.2.0 */
export interface YearConcentration {
  readonly year: number
  readonly edition: Edition.Edition
  readonly herfindahlIndex: number
  readonly leader: AreaShare | undefined
}

const yearsWithWorld = (production: ReadonlyArray<Production>, stage: ProductionStage): number[] =>
  [
    ...new Set(
      production
        .filter((record) => record.area === "WORLD" && record.stage === stage)
        .map((record) => record.year),
    ),
  ].sort((a, b) => a - b)

/**
 * The concentration of world production for every year with a world total, oldest first, each
 * from the latest edition with a world total for that year.
 * @example
 * ```ts
 * import { SupplyAnalytics } from "@rareearth/core"
 * declare const production: ReadonlyArray<import("@rareearth/core").Production.Production>
 * SupplyAnalytics.concentrationByYear(production).at(-1)?.leader?.area // "CN"
 * ```
 * @category concentration
 * @since 0.2.0
 */
export const concentrationByYear = (
  production: ReadonlyArray<Production>,
  stage: ProductionStage = "mine",
): YearConcentration[] =>
  yearsWithWorld(production, stage).flatMap((year) => {
    const shares = sharesOfWorld(production, year, { stage })
    return shares === undefined
      ? []
      : [
          {
            year,
            edition: shares.edition,
            herfindahlIndex: herfindahlIndex(shares.shares),
            leader: shares.shares.find((share) => share.area !== "OTHER_COUNTRIES"),
          },
        ]
  })

/** An area's share in one year. @category models @since 0.2.0 */
export interface ShareInYear {
  readonly year: number
  readonly edition: Edition.Edition
  readonly tonnesReo: number
  readonly worldTonnesReo: number
  readonly percent: number
}

/**
 * An area's share of world production over time (China by default), for every year where one
 * edition gives both the area's exact figure and the world total.
 * @example
 * ```ts
 * import { SupplyAnalytics } from "@rareearth/core"
 * declare const production: ReadonlyArray<import("@rareearth/core").Production.Production>
 * SupplyAnalytics.shareOverTime(production, "CN").map((s) => [s.year, s.percent.toFixed(1)])
 * ```
 * @category shares
 * @since 0.2.0
 */
export const shareOverTime = (
  production: ReadonlyArray<Production>,
  area = "CN",
  stage: ProductionStage = "mine",
): ShareInYear[] =>
  yearsWithWorld(production, stage).flatMap((year) => {
    const shares = sharesOfWorld(production, year, { stage })
    const share = shares?.shares.find((candidate) => candidate.area === area)
    return shares === undefined || share === undefined
      ? []
      : [
          {
            year,
            edition: shares.edition,
            tonnesReo: share.tonnesReo,
            worldTonnesReo: shares.worldTonnesReo,
            percent: share.percent,
          },
        ]
  })

/** Reserves divided by a year's production. @category models @since 0.2.0 */
export interface ReservesToProduction {
  readonly area: string
  readonly reserves: Reserves
  readonly production: Production
  /** Years of production the reserves last at that rate; a lower bound when `atLeast`. */
  readonly years: number
  /** The reserves are a lower bound (`>85,000,000`), so the years are too. */
  readonly atLeast: boolean
}

/**
 * Reserves-to-production years of an area: the latest edition's reserves divided by the latest
 * edition's production of the given year (default: the latest year with an exact, non-zero
 * figure). `undefined` when either is unknown (`NA`), zero or missing: never a guess.
 * @example
 * ```ts
 * import { SupplyAnalytics } from "@rareearth/core"
 * declare const production: ReadonlyArray<import("@rareearth/core").Production.Production>
 * declare const reserves: ReadonlyArray<import("@rareearth/core").Reserves.Reserves>
 * SupplyAnalytics.reservesToProductionYears(reserves, production, "CN", 2025)?.years // 44000000 / 270000 = 162.96...
 * ```
 * @category reserves
 * @since 0.2.0
 */
export const reservesToProductionYears = (
  reserves: ReadonlyArray<Reserves>,
  production: ReadonlyArray<Production>,
  area: string,
  year?: number,
): ReservesToProduction | undefined => {
  const latestReserves = Edition.latest(
    reserves.filter((record) => record.area === area),
    (record) => record.area,
  )[0]
  if (latestReserves === undefined) return undefined
  const bound =
    latestReserves.value.kind === "lower_bound"
      ? latestReserves.value.value
      : latestReserves.tonnesReo
  if (bound === null) return undefined
  const candidates = Edition.latest(
    production.filter(
      (record) =>
        record.area === area &&
        record.stage === "mine" &&
        (year === undefined || record.year === year),
    ),
    (record) => String(record.year),
  ).filter((record) => record.tonnesReo !== null && record.tonnesReo > 0)
  const chosen = candidates.sort((a, b) => b.year - a.year)[0]
  if (chosen === undefined || chosen.tonnesReo === null) return undefined
  return {
    area,
    reserves: latestReserves,
    production: chosen,
    years: bound / chosen.tonnesReo,
    atLeast: latestReserves.value.kind === "lower_bound",
  }
}

/** A figure's change from one edition to another. @category models @since 0.2.0 */
export interface EditionChange {
  readonly area: string
  readonly year: number
  readonly stage: ProductionStage
  readonly before: Production
  readonly after: Production
  /** `after - before` when both are exact, else `null`. */
  readonly changeTonnes: number | null
  /** Percent change relative to `before` when both are exact and `before` is not 0, else `null`. */
  readonly changePercent: number | null
}

/**
 * The figures two editions both give (same area, year and stage) and how they changed from
 * edition `from` to edition `to`; unchanged figures are included with a change of 0. Throws an
 * {@link InvalidInputError} when either edition has no record.
 * @example
 * ```ts
 * import { SupplyAnalytics } from "@rareearth/core"
 * declare const production: ReadonlyArray<import("@rareearth/core").Production.Production>
 * SupplyAnalytics.changeBetweenEditions(production, "mcs-2025", "mcs-2026-v1.0")
 *   .find((c) => c.area === "AU" && c.year === 2024)?.changeTonnes // 16000
 * ```
 * @category revisions
 * @since 0.2.0
 */
export const changeBetweenEditions = (
  production: ReadonlyArray<Production>,
  from: string,
  to: string,
): EditionChange[] => {
  const ids = new Set(production.map((record) => record.edition.id))
  for (const [name, id] of [
    ["from", from],
    ["to", to],
  ] as const)
    if (!ids.has(id))
      throw invalid(
        "unknown_edition",
        `Unknown edition ${quote(id)} (${name}): expected one of ${[...ids].sort().join(", ")}`,
        id,
        [name],
      )
  const key = (record: Production) => `${record.area}|${record.year}|${record.stage}`
  const before = new Map<string, Production>()
  for (const record of production) if (record.edition.id === from) before.set(key(record), record)
  const changes: EditionChange[] = []
  for (const after of production) {
    if (after.edition.id !== to) continue
    const earlier = before.get(key(after))
    if (earlier === undefined) continue
    const exact = earlier.tonnesReo !== null && after.tonnesReo !== null
    changes.push({
      area: after.area,
      year: after.year,
      stage: after.stage,
      before: earlier,
      after,
      changeTonnes: exact ? after.tonnesReo! - earlier.tonnesReo! : null,
      changePercent:
        exact && earlier.tonnesReo !== 0
          ? ((after.tonnesReo! - earlier.tonnesReo!) / earlier.tonnesReo!) * 100
          : null,
    })
  }
  return changes
}
