/**
 * Countries (ISO 3166-1) and the trade areas that are not countries (World, Comtrade's "nes" areas),
 * with the UN Comtrade numeric-code crosswalk.
 * @since 0.1.0
 */

import { GENERATED_COUNTRIES } from "./generated/countries.ts"
import { invalid, quote } from "./InputError.ts"
import { COMTRADE_AREAS, COMTRADE_COUNTRY_EXCEPTIONS } from "./internal/comtrade.ts"
import { CountryCode, TradeArea } from "./internal/tradeAreaCodes.ts"
import * as z from "./internal/zod.ts"

// The code schemas live apart from the catalogue, so that a module validating codes (a trade
// flow, a measure) does not bring the 250 countries into a browser chunk with it.
export { CountryCode, TradeArea } from "./internal/tradeAreaCodes.ts"

/**
 * A country from ISO 3166-1 (generated from the i18n-iso-countries package) with its UN Comtrade
 * numeric code. `code` equals `alpha2`; `comtradeCode` is `null` where Comtrade has no code of
 * its own for the country (Monaco is reported within France).
 * @category schemas
 * @since 0.1.0
 */
export const Country = /* @__PURE__ */ /* @__PURE__ */ z.object({
  kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("country"),
  code: CountryCode,
  alpha2: CountryCode,
  alpha3: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{3}$/)),
  name: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  aliases: /* @__PURE__ */ /* @__PURE__ */ z.array(/* @__PURE__ */ /* @__PURE__ */ z.string()),
  isoNumeric: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.nonnegative()),
  comtradeCode: /* @__PURE__ */ /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.nonnegative()),
  ),
  /** Why the Comtrade code differs from the ISO numeric code, when it does. */
  comtradeNote: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type Country = z.infer<typeof Country>

/**
 * A trade area that is not a country: World and Comtrade's "not elsewhere specified" areas.
 * @category schemas
 * @since 0.1.0
 */
export const Area = /* @__PURE__ */ /* @__PURE__ */ z.object({
  kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("area"),
  code: TradeArea,
  name: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  comtradeCode: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.nonnegative()),
  comtradeName: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type Area = z.infer<typeof Area>

/** A country or an area, as returned by {@link lookup}. @category models @since 0.1.0 */
export type TradeAreaInfo = Country | Area

/**
 * Every ISO 3166-1 country, sorted by alpha-2 code. Generated at build time from the
 * `i18n-iso-countries` package (see `scripts/generate.ts`), not typed by hand.
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.COUNTRIES.find((country) => country.alpha2 === "US")?.comtradeCode // 842
 * ```
 * @category data
 * @since 0.1.0
 */
export const COUNTRIES: ReadonlyArray<Country> = GENERATED_COUNTRIES

type AreaCode =
  | "WORLD"
  | "OTHER_ASIA_NES"
  | "AREAS_NES"
  | "OTHER_EUROPE_NES"
  | "OTHER_AFRICA_NES"
  | "OCEANIA_NES"
  | "REST_OF_AMERICA_NES"
  | "NORTH_AND_CENTRAL_AMERICA_NES"
  | "WESTERN_ASIA_NES"
  | "CARIBBEAN_NES"
  | "NORTHERN_AFRICA_NES"
  | "EASTERN_EUROPE_NES"
  | "EU"
  | "EUROPE_EU_NES"
  | "EUROPE_EFTA_NES"
  | "BUNKERS"
  | "FREE_ZONES"
  | "SPECIAL_CATEGORIES"

/**
 * The trade areas that are not countries, keyed by their code: `WORLD` (Comtrade 0),
 * `OTHER_ASIA_NES` (490, in practice Taiwan), `AREAS_NES` (899) and the other Comtrade "nes" areas.
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.AREAS.WORLD.comtradeCode // 0
 * Country.AREAS.OTHER_ASIA_NES.comtradeCode // 490
 * ```
 * @category data
 * @since 0.1.0
 */
export const AREAS: Readonly<Record<AreaCode, Area>> = Object.fromEntries(
  COMTRADE_AREAS.map((area) => [area.code, { kind: "area", ...area }]),
) as Record<AreaCode, Area>

/**
 * The countries whose Comtrade code differs from their ISO numeric code (USA 842, France 251,
 * Italy 381, Switzerland 757, India 699, Norway 579, Taiwan 490; Monaco has none), with why.
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.COMTRADE_EXCEPTIONS.US?.comtradeCode // 842
 * ```
 * @category data
 * @since 0.1.0
 */
export const COMTRADE_EXCEPTIONS: Readonly<
  Record<string, { comtradeCode: number | null; note: string }>
> = COMTRADE_COUNTRY_EXCEPTIONS

// Indexes, built on first use (no work at import time).
let indexes:
  | {
      byCode: Map<string, TradeAreaInfo>
      byAlpha3: Map<string, Country>
      byName: Map<string, TradeAreaInfo>
      byComtrade: Map<number, TradeAreaInfo>
    }
  | undefined

const normaliseName = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()

const getIndexes = () => {
  if (indexes) return indexes
  const byCode = new Map<string, TradeAreaInfo>()
  const byAlpha3 = new Map<string, Country>()
  const byName = new Map<string, TradeAreaInfo>()
  const byComtrade = new Map<number, TradeAreaInfo>()
  const areas = Object.values(AREAS) as Area[]
  for (const area of areas) {
    byCode.set(area.code, area)
    byComtrade.set(area.comtradeCode, area)
    byName.set(normaliseName(area.name), area)
    byName.set(normaliseName(area.comtradeName), area)
  }
  // Official names first; then aliases, except an alias that two countries share ("Congo"),
  // which would be a guess.
  const aliasCount = new Map<string, number>()
  for (const country of COUNTRIES)
    for (const alias of new Set(country.aliases.map(normaliseName)))
      aliasCount.set(alias, (aliasCount.get(alias) ?? 0) + 1)
  for (const country of COUNTRIES) {
    byCode.set(country.alpha2, country)
    byAlpha3.set(country.alpha3, country)
    const key = normaliseName(country.name)
    if (!byName.has(key)) byName.set(key, country)
  }
  for (const country of COUNTRIES)
    for (const alias of country.aliases) {
      const key = normaliseName(alias)
      if (aliasCount.get(key) === 1 && !byName.has(key)) byName.set(key, country)
    }
  // Comtrade codes: areas first (490 is OTHER_ASIA_NES, not TW), then each country's Comtrade
  // code, then ISO numeric codes that Comtrade data may still carry (840 -> US).
  for (const country of COUNTRIES)
    if (country.comtradeCode !== null && !byComtrade.has(country.comtradeCode))
      byComtrade.set(country.comtradeCode, country)
  for (const country of COUNTRIES)
    if (!byComtrade.has(country.isoNumeric)) byComtrade.set(country.isoNumeric, country)
  indexes = { byCode, byAlpha3, byName, byComtrade }
  return indexes
}

const EXAMPLES = 'e.g. "US", "USA", "United States", "CN", "DE", "WORLD" or "OTHER_ASIA_NES"'

/**
 * Find a country or area by alpha-2, alpha-3, area code or English name (case-insensitive,
 * accents and punctuation ignored). Returns `undefined` when nothing matches.
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.find("deu")?.code // "DE"
 * Country.find("Atlantis") // undefined
 * ```
 * @category lookup
 * @since 0.1.0
 */
export const find = (input: string): TradeAreaInfo | undefined => {
  if (typeof input !== "string") return undefined
  const text = input.trim()
  if (text === "") return undefined
  const { byCode, byAlpha3, byName } = getIndexes()
  const upper = text.toUpperCase()
  return (
    byCode.get(upper) ??
    byAlpha3.get(upper) ??
    byCode.get(upper.replace(/[\s-]+/g, "_")) ??
    byName.get(normaliseName(text))
  )
}

/**
 * Look up a country or area by alpha-2, alpha-3, area code or English name (case-insensitive).
 * Throws an {@link InvalidInputError} with examples when nothing matches.
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.lookup("us").name // "United States of America"
 * Country.lookup("Germany").alpha3 // "DEU"
 * Country.lookup("world").comtradeCode // 0
 * ```
 * @category lookup
 * @since 0.1.0
 */
export const lookup = (input: string): TradeAreaInfo => {
  const found = find(input)
  if (found) return found
  throw invalid(
    "unknown_trade_area",
    `Unknown country or area ${quote(input)}: expected an ISO 3166-1 alpha-2 or alpha-3 code, an English country name, or an area code (${EXAMPLES})`,
    input,
  )
}

/**
 * Parse a trade partner into its canonical code: a country's alpha-2 code or an area code.
 * Accepts any case, alpha-3 codes and English names. Throws with examples otherwise.
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.parseTradeArea("usa") // "US"
 * Country.parseTradeArea("world") // "WORLD"
 * Country.parseTradeArea("XX") // throws
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parseTradeArea = (input: string): TradeArea => lookup(input).code

/**
 * Parse a country (not an area) into its alpha-2 code. Accepts alpha-2, alpha-3 and English
 * names in any case.
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.parseCountryCode("chn") // "CN"
 * Country.parseCountryCode("WORLD") // throws: an area, not a country
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parseCountryCode = (input: string): CountryCode => {
  const found = find(input)
  if (found?.kind === "country") return found.alpha2
  const reason = found
    ? `${found.code} (${found.name}) is an area, not a country`
    : "unknown country"
  throw invalid(
    "unknown_country",
    `Invalid country ${quote(input)}: ${reason}; expected an ISO 3166-1 alpha-2 or alpha-3 code or an English country name, e.g. "US", "CHN", "Germany"`,
    input,
  )
}

/**
 * Whether a code is a known canonical trade area: an ISO alpha-2 code or an area code, exactly
 * as written (upper case).
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.isKnownTradeArea("US") // true
 * Country.isKnownTradeArea("us") // false
 * Country.isKnownTradeArea("XX") // false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isKnownTradeArea = (code: string): boolean => getIndexes().byCode.has(code)

/**
 * The English name of a country or area code; an unknown code comes back unchanged, so that
 * display code never throws on unexpected data.
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.nameOf("JP") // "Japan"
 * Country.nameOf("OTHER_ASIA_NES") // "Other Asia, not elsewhere specified"
 * ```
 * @category lookup
 * @since 0.1.0
 */
export const nameOf = (code: string): string =>
  getIndexes().byCode.get(code)?.name ?? find(code)?.name ?? code

/**
 * Decode a UN Comtrade numeric partner or reporter code: 0 is `WORLD`, 490 is `OTHER_ASIA_NES`,
 * 842 is `US`, 251 `FR`, 381 `IT`, 757 `CH`, 699 `IN`. ISO numeric codes that Comtrade data may
 * still carry (840) decode to the same country. Throws on unknown codes.
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.fromComtradeCode(842) // "US"
 * Country.fromComtradeCode(0) // "WORLD"
 * Country.fromComtradeCode(490) // "OTHER_ASIA_NES"
 * ```
 * @category comtrade
 * @since 0.1.0
 */
export const fromComtradeCode = (code: number): TradeArea => {
  const numeric = typeof code === "string" && /^\d+$/.test(code) ? Number(code) : code
  const found = Number.isInteger(numeric) ? getIndexes().byComtrade.get(numeric) : undefined
  if (found) return found.code
  throw invalid(
    "unknown_comtrade_code",
    `Unknown UN Comtrade area code ${quote(code)}: expected a Comtrade numeric code such as 0 (World), 156 (China), 842 (USA), 251 (France), 381 (Italy), 757 (Switzerland), 699 (India) or 490 (Other Asia, nes)`,
    code,
  )
}

/**
 * The UN Comtrade numeric code of a country or area (any spelling {@link lookup} accepts).
 * Mind the traps: USA is 842, not ISO 840. Throws for unknown input, and for a country that
 * Comtrade reports within another (Monaco).
 * @example
 * ```ts
 * import { Country } from "@rareearth/core"
 * Country.toComtradeCode("US") // 842
 * Country.toComtradeCode("CN") // 156
 * Country.toComtradeCode("WORLD") // 0
 * Country.toComtradeCode("TW") // 490
 * ```
 * @category comtrade
 * @since 0.1.0
 */
export const toComtradeCode = (area: string): number => {
  const found = lookup(area)
  if (found.comtradeCode !== null) return found.comtradeCode
  throw invalid(
    "no_comtrade_code",
    `${found.name} (${found.code}) has no UN Comtrade code of its own: ${found.kind === "country" ? (found.comtradeNote ?? "") : ""}`,
    area,
  )
}
