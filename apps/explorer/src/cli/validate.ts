/**
 * Command-line values parsed with @rareearth/core's own parsers, so the CLI accepts exactly
 * what the SDK does. A bad value becomes a {@link UsageError} that names the value, the option
 * and what would be valid, e.g.
 * `unknown element "Xx" (--element): expected one of Sc, Y, La, ...`.
 *
 * Every kind of name goes through exactly ONE function here (elementOption, commodityOption,
 * tradeAreaOption, formOption, flowOption, quotaKindOption), each calling core's parser for its
 * kind, so the CLI, the SDK and the API accept the same spellings and list the same valid values.
 */
import {
  Bom,
  Commodity,
  Country,
  Element,
  InputError,
  Period,
  Quota,
  TradeFlow,
} from "@rareearth/core"
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

/**
 * A name parsed by core's parser for its kind, with core's own message (the same valid values
 * as the SDK and the API list), the option named after the rejected value:
 * `unknown product form "goo" (--form): expected one of ore_concentrate, ...`.
 */
const named = <A>(parse: (value: string) => A, value: string, flag: string): A => {
  try {
    return parse(value)
  } catch (error) {
    if (!InputError.isInvalidInputError(error)) throw error
    const message = error.message.replace(/^\w/, (first) => first.toLowerCase())
    const quoted = JSON.stringify(value)
    const at = message.indexOf(quoted)
    throw new UsageError(
      at === -1
        ? `${message} (--${flag})`
        : `${message.slice(0, at + quoted.length)} (--${flag})${message.slice(at + quoted.length)}`,
    )
  }
}

/** An element symbol, name or atomic number -> its symbol. */
export const elementOption = (value: string, flag = "element"): Element.ElementSymbol =>
  named(Element.parseSymbol, value, flag)

/** A bill of materials' column mapping, `FIELD=Column,...` (core's `Bom.parseMapping`). */
export const bomMappingOption = (
  value: string,
  flag = "mapping",
): Partial<Record<Bom.BomField, string>> => named(Bom.parseMapping, value, flag)

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
  named(Commodity.parse, value, flag)

/** A country (alpha-2, alpha-3 or name) or a trade area such as WORLD -> its code. */
export const tradeAreaOption = (value: string, flag: string): Country.TradeArea =>
  named(Country.parseTradeArea, value, flag)

/** A product form (`magnet`, `metal`, `oxide`...) -> the core's form name. */
export const formOption = (value: string, flag = "form"): Commodity.ProductForm =>
  named(Commodity.parseForm, value, flag)

/** A trade-flow direction. */
export const flowOption = (value: string, flag = "flow"): TradeFlow.FlowDirection =>
  named(TradeFlow.parseFlowDirection, value, flag)

/** A quota kind (`mining`, `smelting` or `smelting_separation`). */
export const quotaKindOption = (value: string, flag = "kind"): Quota.QuotaKind =>
  named(Quota.parseKind, value, flag)

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
