/**
 * Rare earth reserves by country, in tonnes of REO equivalent, as each USGS edition prints them:
 * a figure (`44,000,000`), a lower bound (the world's `>85,000,000`), `NA` (not available) or
 * zero. Each edition's value is its own record, so revisions between editions stay visible
 * (Brazil: 21,000,000 in MCS 2026 v1.0, 11,000,000 in v1.3).
 * @since 0.2.0
 */

import * as Edition from "./Edition.ts"
import { fromZodError, invalid, quote } from "./InputError.ts"
import { filterSupply } from "./internal/supplyQuery.ts"
import * as z from "./internal/zod.ts"
import { Provenance } from "./Source.ts"
import { UsgsValue } from "./Usgs.ts"

/**
 * The reserves of an area as one edition prints them. `value` is the typed USGS value
 * (`number`, `zero`, `lower_bound`, `not_available` ...); `tonnesReo` is its exact figure or
 * `null` (a lower bound is not an exact figure: read `value`). `asOfYear` is the year the
 * reserves refer to (MCS 2026 prints reserves as of 2025).
 * @category schemas
 * @since 0.2.0
 */
export const Reserves = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  area: Edition.SupplyArea,
  asOfYear: /* @__PURE__ */ /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .number()
      .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1900), /* @__PURE__ */ z.lte(2100)),
  ),
  value: UsgsValue,
  tonnesReo: /* @__PURE__ */ /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  ),
  rounded: /* @__PURE__ */ /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), false),
  edition: Edition.Edition,
  label: Edition.ReferenceLabel,
  notes: /* @__PURE__ */ /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
    [],
  ),
  ...Provenance.shape,
})
export type Reserves = z.infer<typeof Reserves>

/**
 * Validate a reserves record. Throws an {@link InvalidInputError} keeping every zod issue.
 * @example
 * ```ts
 * import { Reserves } from "@rareearth/core"
 * declare const row: unknown
 * Reserves.parse(row).value.kind // "number" | "lower_bound" | "not_available" | ...
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parse = (input: unknown): Reserves => {
  const result = Reserves.safeParse(input)
  if (result.success) return result.data
  throw fromZodError(result.error, "reserves record", input)
}

/**
 * Filters for {@link query}: by area, edition, and by edition year (`from`/`to`/`year` select
 * the edition's own year, e.g. 2026 for MCS 2026). `vintages: "latest"` (default) keeps the
 * latest edition's value per area.
 * @category models
 * @since 0.2.0
 */
export interface ReservesQuery {
  readonly area?: string | ReadonlyArray<string> | undefined
  readonly year?: number | undefined
  readonly from?: number | undefined
  readonly to?: number | undefined
  readonly edition?: string | undefined
  readonly vintages?: "latest" | "all" | undefined
}

/**
 * Reserves records matching the filters; by default the latest edition's value per area.
 * @example
 * ```ts
 * import { Reserves } from "@rareearth/core"
 * declare const records: Reserves.Reserves[]
 * Reserves.query(records, { area: "BR" }).map((r) => r.tonnesReo) // [11000000] (MCS 2026 v1.3)
 * Reserves.query(records, { area: "BR", vintages: "all" }).length // every edition's value
 * ```
 * @category queries
 * @since 0.2.0
 */
export const query = (
  records: ReadonlyArray<Reserves>,
  filters: ReservesQuery = {},
): Reserves[] => {
  if (filters.vintages !== undefined && filters.vintages !== "latest" && filters.vintages !== "all")
    throw invalid(
      "invalid_vintages",
      `Invalid vintages ${quote(filters.vintages)}: expected "latest" or "all"`,
      filters.vintages,
      ["vintages"],
    )
  const selected = filterSupply(records, filters, (record) => record.edition.year)
  return filters.vintages === "all" ? selected : Edition.latest(selected, (record) => record.area)
}

/** A change of an area's reserves from one edition to a later one. @category models @since 0.2.0 */
export interface ReservesRevision {
  readonly area: string
  readonly before: Reserves
  readonly after: Reserves
  /** `after - before` in tonnes when both are exact figures, otherwise `null`. */
  readonly changeTonnes: number | null
}

/**
 * The revisions of reserves between consecutive editions, per area, where the printed value
 * changed (a figure, a bound or `NA`), oldest first.
 * @example
 * ```ts
 * import { Reserves } from "@rareearth/core"
 * declare const records: Reserves.Reserves[]
 * Reserves.revisionsOf(records).filter((r) => r.area === "VN").map((r) => r.changeTonnes) // [-18500000]
 * ```
 * @category queries
 * @since 0.2.0
 */
export const revisionsOf = (records: ReadonlyArray<Reserves>): ReservesRevision[] => {
  const byArea = new Map<string, Reserves[]>()
  for (const record of records) {
    const list = byArea.get(record.area)
    if (list) list.push(record)
    else byArea.set(record.area, [record])
  }
  const result: ReservesRevision[] = []
  for (const [area, list] of byArea) {
    const sorted = [...list].sort((a, b) => Edition.compare(a.edition, b.edition))
    for (let index = 1; index < sorted.length; index++) {
      const before = sorted[index - 1]!
      const after = sorted[index]!
      if (before.value.text === after.value.text && before.value.kind === after.value.kind) continue
      result.push({
        area,
        before,
        after,
        changeTonnes:
          before.tonnesReo !== null && after.tonnesReo !== null
            ? after.tonnesReo - before.tonnesReo
            : null,
      })
    }
  }
  return result
}
