/**
 * Editions (vintages) of supply statistics: each USGS Mineral Commodity Summaries edition, the
 * Minerals Yearbook or Data Series 140 publishes its own figure for a country and year, and a
 * later edition may revise it. Records keep the edition they come from; queries answer with the
 * latest edition by default and keep earlier ones for the revision trail.
 *
 * Also here: the areas supply statistics are given for (a country, the world total, USGS's
 * "other countries") and the reference labels of the project's vetted sources.
 * @since 0.2.0
 */

import { find as findCountry } from "./Country.ts"
import { invalid, quote } from "./InputError.ts"
import { CountryCode } from "./internal/tradeAreaCodes.ts"
import * as z from "./internal/zod.ts"

/**
 * The publications supply figures come from: USGS Mineral Commodity Summaries (`mcs`), USGS
 * Minerals Yearbook (`myb`), USGS Data Series 140 (`ds140`), IEA Global Critical Minerals
 * Outlook (`iea_gcmo`), and other reports (`other`).
 * @category schemas
 * @since 0.2.0
 */
export const Publication = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "mcs",
  "myb",
  "ds140",
  "iea_gcmo",
  "other",
])
export type Publication = z.infer<typeof Publication>

/**
 * One edition of a publication. `releasedIn` is as precise as the sources state it (`2026-02-06`,
 * `2024-04`, or just `2025` for "early 2025"): it orders editions, so a figure of MCS 2026 v1.3
 * (`2026-05-27`) is later than the same figure in v1.0 (`2026-02-06`).
 * @category schemas
 * @since 0.2.0
 */
export const Edition = /* @__PURE__ */ /* @__PURE__ */ z.object({
  /** A stable id, e.g. `mcs-2026-v1.0`, `mcs-2025`, `myb-2022`. */
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(
    /* @__PURE__ */ z.regex(/^[a-z0-9][a-z0-9.-]*$/, {
      error: 'expected an edition id in lower case, e.g. "mcs-2026-v1.0" or "myb-2022"',
    }),
  ),
  publication: Publication,
  /** The edition's own year: MCS 2026 is 2026, Minerals Yearbook 2022 is 2022. */
  year: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1900), /* @__PURE__ */ z.lte(2100)),
  version: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  releasedIn: /* @__PURE__ */ /* @__PURE__ */ z.string().check(
    /* @__PURE__ */ z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
      error: 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    }),
  ),
})
export type Edition = z.infer<typeof Edition>

/**
 * Where a supply figure applies: a country (ISO alpha-2), the world total (`WORLD`) or USGS's
 * residual "other countries" (`OTHER_COUNTRIES`), which is not a country and has no share of
 * its own in concentration measures.
 * @category schemas
 * @since 0.2.0
 */
export const SupplyArea = /* @__PURE__ */ /* @__PURE__ */ z.union(
  [
    CountryCode,
    /* @__PURE__ */ /* @__PURE__ */ z.literal("WORLD"),
    /* @__PURE__ */ /* @__PURE__ */ z.literal("OTHER_COUNTRIES"),
  ],
  { error: 'expected an ISO 3166-1 alpha-2 code (e.g. "CN"), "WORLD" or "OTHER_COUNTRIES"' },
)
export type SupplyArea = z.infer<typeof SupplyArea>

/**
 * Parse an area of supply statistics, case-insensitively: a country by alpha-2, alpha-3 or
 * English name (`"cn"`, `"AUS"`, `"Myanmar"`), `"world"`, or `"other countries"`. Throws an
 * {@link InvalidInputError} naming the value and what is valid.
 * @example
 * ```ts
 * import { Edition } from "@rareearth/core"
 * Edition.parseArea("china") // "CN"
 * Edition.parseArea("World") // "WORLD"
 * Edition.parseArea("other-countries") // "OTHER_COUNTRIES"
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parseArea = (input: string): SupplyArea => {
  if (typeof input === "string") {
    const text = input.trim()
    const word = text.toUpperCase().replace(/[\s-]+/g, "_")
    if (word === "WORLD") return "WORLD"
    if (word === "OTHER_COUNTRIES" || word === "OTHER") return "OTHER_COUNTRIES"
    const country = findCountry(text)
    if (country?.kind === "country") return country.alpha2
  }
  throw invalid(
    "unknown_area",
    `Unknown area ${quote(input)}: expected a country (ISO alpha-2 or alpha-3 code or English name, e.g. "CN", "AUS", "Myanmar"), "WORLD" or "OTHER_COUNTRIES"`,
    input,
    ["area"],
  )
}

/**
 * The label the project's vetted reference gives a figure: `V` verified at the source given,
 * `V2` verified in two or more independent sources, `S` single or secondary source only (shown
 * as such), `D` derived (shipped only with its formula and inputs). `R` (unconfirmed) is never
 * shipped, so it is not a value here.
 * @category schemas
 * @since 0.2.0
 */
export const ReferenceLabel = /* @__PURE__ */ /* @__PURE__ */ z.enum(["V", "V2", "S", "D"])
export type ReferenceLabel = z.infer<typeof ReferenceLabel>

/**
 * Order two editions by release: negative when `a` is earlier. A less precise `releasedIn`
 * (`2024`) sorts before a more precise one in the same year (`2024-04`); equal releases are
 * ordered by version, then id.
 * @example
 * ```ts
 * import { Edition } from "@rareearth/core"
 * const mcs2025 = { id: "mcs-2025", publication: "mcs", year: 2025, releasedIn: "2025" } as const
 * const mcs2026 = { id: "mcs-2026-v1.0", publication: "mcs", year: 2026, releasedIn: "2026-02-06" } as const
 * Edition.compare(mcs2025, mcs2026) < 0 // true
 * ```
 * @category ordering
 * @since 0.2.0
 */
export const compare = (
  a: Pick<Edition, "releasedIn" | "id" | "version">,
  b: Pick<Edition, "releasedIn" | "id" | "version">,
): number => {
  if (a.releasedIn !== b.releasedIn) return a.releasedIn < b.releasedIn ? -1 : 1
  const va = a.version ?? ""
  const vb = b.version ?? ""
  if (va !== vb) return va.localeCompare(vb, "en", { numeric: true })
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Keep, for each key, the records of the latest edition (all of them when several records of
 * that edition disagree: rival claims stay side by side). Order of first appearance of each key.
 * @example
 * ```ts
 * import { Edition } from "@rareearth/core"
 * declare const records: Array<{ area: string; year: number; edition: Edition.Edition }>
 * Edition.latest(records, (record) => `${record.area}|${record.year}`)
 * ```
 * @category ordering
 * @since 0.2.0
 */
export const latest = <T extends { readonly edition: Edition }>(
  records: ReadonlyArray<T>,
  keyOf: (record: T) => string,
): T[] => {
  const groups = new Map<string, T[]>()
  for (const record of records) {
    const key = keyOf(record)
    const group = groups.get(key)
    if (group === undefined) {
      groups.set(key, [record])
      continue
    }
    const order = compare(record.edition, group[0]!.edition)
    if (order > 0) groups.set(key, [record])
    else if (order === 0) group.push(record)
  }
  return [...groups.values()].flat()
}
