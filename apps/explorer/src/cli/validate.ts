/**
 * Command-line values parsed with @rareearth/core's own parsers, so the CLI accepts exactly
 * what the SDK does. A bad value becomes a {@link UsageError} that names the value, the option
 * and what would be valid, e.g.
 * `unknown element "Xx" (--element): expected one of Sc, Y, La, ...`.
 *
 * Every kind of name goes through exactly ONE function here (elementOption, commodityOption,
 * tradeAreaOption, formOption, flowOption, quotaKindOption), used by every command and by the
 * option declarations, so each can be switched to core's case-insensitive parser for its kind
 * (Commodity.parseForm, TradeFlow.parseFlowDirection, Quota.parseKind) in one line.
 */
import { Commodity, Country, Element, InputError, Period, Quota, TradeFlow } from "@rareearth/core"
import { UsageError } from "./UsageError.ts"

/** Runs a core parser; its InvalidInputError becomes a UsageError with our message. */
const attempt = <A>(parse: () => A, message: () => string): A => {
  try {
    return parse()
  } catch (error) {
    if (InputError.isInvalidInputError(error)) throw new UsageError(message())
    throw error
  }
}

/** An element symbol, name or atomic number -> its symbol. */
export const elementOption = (value: string, flag = "element"): Element.ElementSymbol =>
  attempt(
    () => Element.lookup(value).symbol,
    () =>
      `unknown element "${value}" (--${flag}): expected one of ${Element.SYMBOLS.join(", ")} (a symbol, a name such as neodymium, or an atomic number: 21, 39 or 57 to 71)`,
  )

/** A month `YYYY-MM`. */
export const monthOption = (value: string, flag: string): Period.Month =>
  attempt(
    () => Period.parseMonth(value),
    () =>
      `invalid month "${value}" (--${flag}): expected YYYY-MM with a two-digit month from 01 to 12, e.g. 2025-06`,
  )

/** A month `YYYY-MM` or a year `YYYY`. */
export const periodOption = (value: string, flag: string): Period.Period =>
  attempt(
    () => Period.parse(value),
    () =>
      `invalid period "${value}" (--${flag}): expected a month YYYY-MM with a two-digit month from 01 to 12 (e.g. 2025-06) or a year YYYY (e.g. 2025)`,
  )

/** A calendar date `YYYY-MM-DD`. */
export const dateOption = (value: string, flag: string): Period.IsoDate =>
  attempt(
    () => Period.parseDate(value),
    () =>
      `invalid date "${value}" (--${flag}): expected a calendar date YYYY-MM-DD, e.g. 2025-06-01`,
  )

/** A four-digit year. */
export const yearOption = (value: string, flag = "year"): number => {
  if (!/^\d{4}$/.test(value)) {
    throw new UsageError(`invalid year "${value}" (--${flag}): expected a year YYYY, e.g. 2025`)
  }
  return Number(value)
}

/** A commodity alias or code -> the code (`magnets` -> `8505111000`). */
export const commodityOption = (value: string, flag = "commodity"): Commodity.CommodityCode =>
  attempt(
    () => Commodity.parse(value),
    () =>
      `unknown commodity "${value}" (--${flag}): expected an alias (${Object.keys(Commodity.ALIASES).join(", ")}), an HS code of 2, 4 or 6 digits (e.g. 850511), a national code of 8 or 10 digits (e.g. 8505111000), or TOTAL`,
  )

/** A country (alpha-2, alpha-3 or name) or a trade area such as WORLD -> its code. */
export const tradeAreaOption = (value: string, flag: string): Country.TradeArea =>
  attempt(
    () => Country.parseTradeArea(value),
    () =>
      `unknown country or area "${value}" (--${flag}): expected an ISO 3166-1 alpha-2 code such as CN, US, JP, DE, or an area such as WORLD`,
  )

const FORM_ALIASES: Readonly<Record<string, Commodity.ProductForm>> = {
  magnets: "magnet",
  metals: "metal",
  oxide: "oxide_compound",
  oxides: "oxide_compound",
  compound: "oxide_compound",
  compounds: "oxide_compound",
  ore: "ore_concentrate",
  concentrate: "ore_concentrate",
  alloys: "alloy",
  targets: "target",
}

/** A product form (`magnet`, `metal`, `oxide`...) -> the core's form name. */
export const formOption = (value: string, flag = "form"): Commodity.ProductForm => {
  const lower = value.trim().toLowerCase().replace(/-/g, "_")
  const parsed = Commodity.ProductForm.safeParse(FORM_ALIASES[lower] ?? lower)
  if (!parsed.success) {
    throw new UsageError(
      `unknown product form "${value}" (--${flag}): expected one of magnet, metal, oxide, alloy, target, ore, other`,
    )
  }
  return parsed.data
}

/** A trade-flow direction. */
export const flowOption = (value: string, flag = "flow"): TradeFlow.FlowDirection => {
  const parsed = TradeFlow.FlowDirection.safeParse(value.trim().toLowerCase().replace(/-/g, "_"))
  if (!parsed.success) {
    throw new UsageError(
      `unknown flow "${value}" (--${flag}): expected one of ${TradeFlow.FlowDirection.options.join(", ")}`,
    )
  }
  return parsed.data
}

/** A quota kind (`mining`, `smelting` or `smelting_separation`). */
export const quotaKindOption = (value: string, flag = "kind"): Quota.QuotaKind => {
  const lower = value.trim().toLowerCase().replace(/-/g, "_")
  const parsed = Quota.QuotaKind.safeParse(lower === "smelting" ? "smelting_separation" : lower)
  if (!parsed.success) {
    throw new UsageError(
      `unknown quota kind "${value}" (--${flag}): expected mining or smelting_separation`,
    )
  }
  return parsed.data
}

/** A whole number in a range. */
export const integerOption = (value: string, flag: string, min: number, max: number): number => {
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new UsageError(
      `invalid number "${value}" (--${flag}): expected a whole number from ${min} to ${max}`,
    )
  }
  return number
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export const today = (): string => new Date().toISOString().slice(0, 10)

/** Values a shell completes for `--element`. */
export const ELEMENT_CHOICES: ReadonlyArray<string> = Element.SYMBOLS

/** Values a shell completes for `--form`. */
export const FORM_CHOICES: ReadonlyArray<string> = [
  "magnet",
  "metal",
  "oxide",
  "alloy",
  "target",
  "ore",
  "other",
]

/** Values a shell completes for `--flow`. */
export const FLOW_CHOICES: ReadonlyArray<string> = TradeFlow.FlowDirection.options

/** Values a shell completes for `--kind`. */
export const QUOTA_KIND_CHOICES: ReadonlyArray<string> = ["mining", "smelting"]

/** Values a shell completes for `--commodity` (the aliases; codes are typed). */
export const COMMODITY_CHOICES: ReadonlyArray<string> = Object.keys(Commodity.ALIASES)
