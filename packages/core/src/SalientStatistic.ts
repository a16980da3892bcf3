/**
 * The USGS salient statistics of the United States for a commodity (production, imports,
 * exports, apparent consumption, net import reliance, employment, prices) and its import
 * sources, each an edition's typed value: `>95` percent net import reliance is a lower bound,
 * `E` means the United States was a net exporter, `NA` not available.
 * @since 0.2.0
 */

import * as Edition from "./Edition.ts"
import { fromZodError, invalid, quote } from "./InputError.ts"
import * as z from "./internal/zod.ts"
import { Provenance } from "./Source.ts"
import { UsgsValue } from "./Usgs.ts"

/**
 * What a salient statistic measures, from USGS's "Statistics" column: `production`, `imports`,
 * `exports`, `apparent_consumption` (and other consumption rows), `net_import_reliance`,
 * `employment`, `price`, `stocks`, `shipments`, `sales`, `import_share` (one country's share
 * of US imports over a span of years), `capacity`, `supply`.
 * @category schemas
 * @since 0.2.0
 */
export const SalientKind = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "production",
  "imports",
  "exports",
  "apparent_consumption",
  "net_import_reliance",
  "employment",
  "price",
  "stocks",
  "shipments",
  "sales",
  "import_share",
  "capacity",
  "supply",
])
export type SalientKind = z.infer<typeof SalientKind>

const KIND_BY_STATISTIC: Readonly<Record<string, SalientKind>> = {
  Production: "production",
  Import: "imports",
  Export: "exports",
  Consumption: "apparent_consumption",
  "Net import reliance": "net_import_reliance",
  Employment: "employment",
  Price: "price",
  Stock: "stocks",
  Shipment: "shipments",
  "Sold or used": "sales",
  Sales: "sales",
  Sold: "sales",
  Capacity: "capacity",
  Supply: "supply",
}

/**
 * The kind of a USGS "Statistics" cell (`Import` is `imports`, `Import sources 2021-2024` is
 * `import_share`), or `undefined` for a cell USGS does not use.
 * @example
 * ```ts
 * import { SalientStatistic } from "@rareearth/core"
 * SalientStatistic.kindOfStatistic("Net import reliance") // "net_import_reliance"
 * SalientStatistic.kindOfStatistic("Import sources 2021-2024") // "import_share"
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const kindOfStatistic = (statistic: string): SalientKind | undefined =>
  /^Import sources \d{4}-\d{4}$/.test(statistic) ? "import_share" : KIND_BY_STATISTIC[statistic]

/**
 * One salient statistic as an edition prints it. `detail` is USGS's own description
 * (`Imports: Compounds`, `Net import reliance as a percentage of apparent consumption:
 * Compounds and metals`); `area` is `US` for US statistics and the partner country (or
 * `OTHER_COUNTRIES`) for an import share. A span of years (`2021–24`) has `fromYear` < `toYear`.
 * @category schemas
 * @since 0.2.0
 */
export const SalientStatistic = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  /** The MCS chapter, e.g. `RARE EARTHS`. */
  chapter: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  /** USGS's commodity cell: `Rare Earths`, or an element for element prices (`Neodymium`). */
  commodity: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  kind: SalientKind,
  detail: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  area: Edition.SupplyArea,
  fromYear: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1900), /* @__PURE__ */ z.lte(2100)),
  toYear: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1900), /* @__PURE__ */ z.lte(2100)),
  unit: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  value: UsgsValue,
  status: /* @__PURE__ */ /* @__PURE__ */ z.enum(["estimated", "reported", "unqualified"]),
  edition: Edition.Edition,
  label: Edition.ReferenceLabel,
  notes: /* @__PURE__ */ /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
    [],
  ),
  ...Provenance.shape,
})
export type SalientStatistic = z.infer<typeof SalientStatistic>

/**
 * Validate a salient statistic. Throws an {@link InvalidInputError} keeping every zod issue.
 * @example
 * ```ts
 * import { SalientStatistic } from "@rareearth/core"
 * declare const row: unknown
 * SalientStatistic.parse(row).value.kind
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parse = (input: unknown): SalientStatistic => {
  const result = SalientStatistic.safeParse(input)
  if (result.success) return result.data
  throw fromZodError(result.error, "salient statistic", input)
}

/**
 * Filters for {@link query}. `year` matches a statistic whose span contains it.
 * @category models
 * @since 0.2.0
 */
export interface SalientQuery {
  readonly kind?: SalientKind | undefined
  readonly chapter?: string | undefined
  readonly year?: number | undefined
  readonly edition?: string | undefined
  readonly vintages?: "latest" | "all" | undefined
}

/**
 * Salient statistics matching the filters; by default only the latest edition's value for each
 * chapter, commodity, kind, detail, area and span of years.
 * @example
 * ```ts
 * import { SalientStatistic } from "@rareearth/core"
 * declare const records: SalientStatistic.SalientStatistic[]
 * SalientStatistic.query(records, { kind: "net_import_reliance", chapter: "RARE EARTHS", year: 2024 }).map((r) => r.value.text) // ["53", "E"]
 * ```
 * @category queries
 * @since 0.2.0
 */
export const query = (
  records: ReadonlyArray<SalientStatistic>,
  filters: SalientQuery = {},
): SalientStatistic[] => {
  if (filters.kind !== undefined && !SalientKind.safeParse(filters.kind).success)
    throw invalid(
      "invalid_kind",
      `Invalid salient statistic kind ${quote(filters.kind)}: expected one of ${SalientKind.options.join(", ")}`,
      filters.kind,
      ["kind"],
    )
  if (filters.year !== undefined && !Number.isInteger(filters.year))
    throw invalid(
      "invalid_year",
      `Invalid year ${quote(filters.year)}: expected a four-digit year such as 2024`,
      filters.year,
      ["year"],
    )
  const selected = records.filter(
    (record) =>
      (filters.kind === undefined || record.kind === filters.kind) &&
      (filters.chapter === undefined || record.chapter === filters.chapter) &&
      (filters.edition === undefined || record.edition.id === filters.edition) &&
      (filters.year === undefined ||
        (record.fromYear <= filters.year && filters.year <= record.toYear)),
  )
  return filters.vintages === "all"
    ? selected
    : Edition.latest(selected, (record) =>
        [
          record.chapter,
          record.commodity,
          record.kind,
          record.detail,
          record.area,
          record.fromYear,
          record.toYear,
        ].join("|"),
      )
}
