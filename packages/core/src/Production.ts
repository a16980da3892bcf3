/**
 * Rare earth production by country (or the world, or "other countries") and year, in tonnes of
 * rare-earth-oxide (REO) equivalent, at a stage of the chain (mine production; refined or
 * separated output where a source gives it). Every figure carries the edition it comes from:
 * MCS 2025's 13,000 t for Australia in 2024 and MCS 2026's 29,000 t are two records, and
 * {@link query} answers with the latest edition unless asked for every vintage.
 * @since 0.2.0
 */

import * as Edition from "./Edition.ts"
import { fromZodError, invalid, quote } from "./InputError.ts"
import { filterSupply } from "./internal/supplyQuery.ts"
import * as z from "./internal/zod.ts"
import { Provenance } from "./Source.ts"
import { UsgsValue } from "./Usgs.ts"

/** The stage of the chain a figure measures. @category schemas @since 0.2.0 */
export const ProductionStage = /* @__PURE__ */ /* @__PURE__ */ z.enum(["mine", "refined"])
export type ProductionStage = z.infer<typeof ProductionStage>

/**
 * Parse a production stage, case-insensitively (`"Mine"`, `"mining"`, `"refined"`,
 * `"refining"`). Throws an {@link InvalidInputError} listing the stages.
 * @example
 * ```ts
 * import { Production } from "@rareearth/core"
 * Production.parseStage("Mining") // "mine"
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parseStage = (input: string): ProductionStage => {
  const text = typeof input === "string" ? input.trim().toLowerCase() : ""
  const stage = text === "mining" ? "mine" : text === "refining" ? "refined" : text
  if ((ProductionStage.options as ReadonlyArray<string>).includes(stage))
    return stage as ProductionStage
  throw invalid(
    "unknown_stage",
    `Unknown production stage ${quote(input)}: expected one of ${ProductionStage.options.join(", ")} (or mining, refining)`,
    input,
    ["stage"],
  )
}

/**
 * Whether the source calls the figure estimated (`e`, `Estimated.`), reported (`Reported.`), or
 * says neither (`unqualified`).
 * @category schemas
 * @since 0.2.0
 */
export const FigureStatus = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "estimated",
  "reported",
  "unqualified",
])
export type FigureStatus = z.infer<typeof FigureStatus>

/**
 * One edition's figure for an area, year and stage. `tonnesReo` is the exact figure, or `null`
 * with `unknownReason` when the source gives none (`NA`, `W`, "not found"): never 0 for unknown.
 * USGS's `—` is a printed zero and is 0. `printed` keeps the USGS text value when the figure
 * was read from one. `rounded`: the source rounded it (USGS world totals).
 * @category schemas
 * @since 0.2.0
 */
export const Production = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  area: Edition.SupplyArea,
  year: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1900), /* @__PURE__ */ z.lte(2100)),
  stage: ProductionStage,
  tonnesReo: /* @__PURE__ */ /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  ),
  unknownReason: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  printed: /* @__PURE__ */ /* @__PURE__ */ z.optional(UsgsValue),
  status: FigureStatus,
  rounded: /* @__PURE__ */ /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), false),
  edition: Edition.Edition,
  label: Edition.ReferenceLabel,
  /** USGS footnotes and notes on the figure, as printed. */
  notes: /* @__PURE__ */ /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
    [],
  ),
  ...Provenance.shape,
})
export type Production = z.infer<typeof Production>

/**
 * Validate a production record. Throws an {@link InvalidInputError} keeping every zod issue.
 * @example
 * ```ts
 * import { Production } from "@rareearth/core"
 * declare const row: unknown
 * Production.parse(row).tonnesReo // number | null
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parse = (input: unknown): Production => {
  const result = Production.safeParse(input)
  if (result.success) return result.data
  throw fromZodError(result.error, "production record", input)
}

/**
 * The key of one fact across editions: area, year and stage.
 * @example
 * ```ts
 * import { Production } from "@rareearth/core"
 * Production.factKey({ area: "AU", year: 2024, stage: "mine" }) // "AU|2024|mine"
 * ```
 * @category keys
 * @since 0.2.0
 */
export const factKey = (record: Pick<Production, "area" | "year" | "stage">): string =>
  `${record.area}|${record.year}|${record.stage}`

/**
 * Filters for {@link query}. `vintages: "latest"` (the default) keeps, for each area, year and
 * stage, the records of the latest edition among those left after the other filters; `"all"`
 * keeps every edition's figure (the revision trail). `edition` selects one edition by id.
 * @category models
 * @since 0.2.0
 */
export interface ProductionQuery {
  readonly area?: string | ReadonlyArray<string> | undefined
  readonly year?: number | undefined
  readonly from?: number | undefined
  readonly to?: number | undefined
  readonly stage?: ProductionStage | undefined
  readonly edition?: string | undefined
  readonly vintages?: "latest" | "all" | undefined
}

/**
 * Production records matching the filters, by default only the latest edition's figure for
 * each area, year and stage (rival figures of the same edition are all kept). Throws an
 * {@link InvalidInputError} for an invalid area, year or an edition no record has.
 * @example
 * ```ts
 * import { Production } from "@rareearth/core"
 * declare const records: Production.Production[]
 * Production.query(records, { area: "AU", year: 2024 }).map((r) => r.tonnesReo) // [29000] (MCS 2026)
 * Production.query(records, { area: "AU", year: 2024, vintages: "all" }).map((r) => r.tonnesReo) // [13000, 29000]
 * ```
 * @category queries
 * @since 0.2.0
 */
export const query = (
  records: ReadonlyArray<Production>,
  filters: ProductionQuery = {},
): Production[] => {
  const selected = filterSupply(records, filters, (record) => record.year).filter(
    (record) => filters.stage === undefined || record.stage === filters.stage,
  )
  if (filters.vintages !== undefined && filters.vintages !== "latest" && filters.vintages !== "all")
    throw invalid(
      "invalid_vintages",
      `Invalid vintages ${quote(filters.vintages)}: expected "latest" or "all"`,
      filters.vintages,
      ["vintages"],
    )
  return filters.vintages === "all" ? selected : Edition.latest(selected, factKey)
}

/**
 * Every edition's figure for one area, year and stage, oldest edition first: the revision trail.
 * @example
 * ```ts
 * import { Production } from "@rareearth/core"
 * declare const records: Production.Production[]
 * Production.revisions(records, "AU", 2024).map((r) => [r.edition.id, r.tonnesReo]) // [["mcs-2025", 13000], ["mcs-2026-v1.0", 29000]]
 * ```
 * @category queries
 * @since 0.2.0
 */
export const revisions = (
  records: ReadonlyArray<Production>,
  area: string,
  year: number,
  stage: ProductionStage = "mine",
): Production[] =>
  query(records, { area, year, stage, vintages: "all" }).sort((a, b) =>
    Edition.compare(a.edition, b.edition),
  )
