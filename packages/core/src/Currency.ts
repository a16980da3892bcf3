/**
 * Currencies (ISO 4217), sums of money as their sources state them, and conversion with an
 * exchange rate a source states: this library holds no exchange rates of its own.
 * @since 0.2.0
 */

import { invalid, quote } from "./InputError.ts"
import * as z from "./internal/zod.ts"
import { IsoDate } from "./Period.ts"

/** The currencies the sources use (ISO 4217 codes). @category schemas @since 0.2.0 */
export const Currency = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "USD",
  "CNY",
  "EUR",
  "AUD",
  "CAD",
  "JPY",
  "INR",
  "MYR",
  "BRL",
])
export type Currency = z.infer<typeof Currency>

/**
 * Written forms accepted by {@link parse} besides the codes (any case). `¥` is not among them:
 * it is both the yen and the yuan.
 * @category data
 * @since 0.2.0
 */
export const ALIASES: Readonly<Record<string, Currency>> = {
  us$: "USD",
  $: "USD",
  dollar: "USD",
  yuan: "CNY",
  rmb: "CNY",
  renminbi: "CNY",
  "€": "EUR",
  euro: "EUR",
  a$: "AUD",
  c$: "CAD",
  yen: "JPY",
  rs: "INR",
  rupee: "INR",
  rm: "MYR",
  ringgit: "MYR",
  r$: "BRL",
  real: "BRL",
}

/**
 * Parse a currency, case-insensitively: an ISO code (`"usd"`) or a written form (`"A$"`,
 * `"yuan"`, `"Rs"`). Throws an {@link InvalidInputError} listing the valid values.
 * @example
 * ```ts
 * import { Currency } from "@rareearth/core"
 * Currency.parse("cny") // "CNY"
 * Currency.parse("A$") // "AUD"
 * Currency.parse("GBP") // throws
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parse = (input: string): Currency => {
  if (typeof input === "string") {
    const text = input.trim()
    const upper = text.toUpperCase()
    if ((Currency.options as ReadonlyArray<string>).includes(upper)) return upper as Currency
    const alias = ALIASES[text.toLowerCase()]
    if (alias !== undefined && Object.hasOwn(ALIASES, text.toLowerCase())) return alias
  }
  throw invalid(
    "unknown_currency",
    `Unknown currency ${quote(input)}: expected one of ${Currency.options.join(", ")} (or ${Object.keys(ALIASES).join(", ")})`,
    input,
    ["currency"],
  )
}

/**
 * A sum of money in one currency, in whole currency units (Rs 7,280 crore is 72,800,000,000 INR),
 * with the text the source printed when it used another scale.
 * @category schemas
 * @since 0.2.0
 */
export const Money = /* @__PURE__ */ /* @__PURE__ */ z.object({
  value: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
  currency: Currency,
})
export type Money = z.infer<typeof Money>

/**
 * An exchange rate as a source states it: one unit of `base` is worth `rate` units of `quote`,
 * with the source ids it comes from. Conversions use only such rates.
 * @category schemas
 * @since 0.2.0
 */
export const StatedExchangeRate = /* @__PURE__ */ /* @__PURE__ */ z.object({
  base: Currency,
  quote: Currency,
  rate: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.positive()),
  date: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
  sourceIds: /* @__PURE__ */ /* @__PURE__ */ z
    .array(/* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)))
    .check(/* @__PURE__ */ z.minLength(1)),
})
export type StatedExchangeRate = z.infer<typeof StatedExchangeRate>

/** A {@link StatedExchangeRate} as functions accept it (read-only arrays welcome). @category models @since 0.2.0 */
export type ExchangeRateInput = Readonly<Omit<StatedExchangeRate, "sourceIds">> & {
  readonly sourceIds: ReadonlyArray<string>
}

/**
 * Convert a value from one currency to another with a rate a source states (either direction of
 * the rate). Throws an {@link InvalidInputError} when the rate does not join the two currencies,
 * or cites no source: the library never supplies a rate of its own.
 * @example
 * ```ts
 * import { Currency } from "@rareearth/core"
 * const rate = { base: "USD", quote: "CNY", rate: 7.246, sourceIds: ["rex-2025-08-28"] } as const
 * Currency.convert(600_000, "CNY", "USD", rate) // 82804.3...
 * Currency.convert(1, "USD", "EUR", rate) // throws: the rate joins USD and CNY
 * ```
 * @category conversions
 * @since 0.2.0
 */
export const convert = (
  value: number,
  from: Currency,
  to: Currency,
  rate: ExchangeRateInput,
): number => {
  if (from === to) return value
  if (!Array.isArray(rate?.sourceIds) || rate.sourceIds.length === 0)
    throw invalid(
      "unsourced_rate",
      `Cannot convert ${from} to ${to}: the exchange rate cites no source; only a rate a source states may be used`,
      rate,
      ["rate", "sourceIds"],
    )
  if (rate.base === from && rate.quote === to) return value * rate.rate
  if (rate.base === to && rate.quote === from) return value / rate.rate
  throw invalid(
    "rate_mismatch",
    `Cannot convert ${from} to ${to} with a ${rate.base}/${rate.quote} rate: pass a rate a source states between ${from} and ${to}`,
    rate,
    ["rate"],
  )
}
