/**
 * The text values of the USGS Mineral Commodity Summaries (MCS) and their data releases, parsed
 * into a typed union. USGS prints figures as text with its own conventions (thousands
 * separators, `—` for zero, `NA`, `W`, `E`, `>95`, `10,000 - 15,000` ...); this module reads
 * each convention into its own kind and never turns a symbol into a guessed number.
 *
 * The meanings are the USGS's own (MCS "Explanatory notes" and the data release's notes):
 * - `—` (an em dash): zero.
 * - `NA`: not available. `W`: withheld to avoid disclosing company proprietary data.
 * - `E`: net exporter (in a net import reliance row). `XX`: not applicable.
 * - `s`: less than 1/2 unit (the row's note says which unit, e.g. "Less than 500 carats").
 * - `>95`: more than 95 (a lower bound); `<25`: less than 25 (an upper bound).
 * - `10,000 - 15,000`, `500–16,000`: a range.
 * - `Large`, `Small`, `Moderate`, `Very small`, `Moderate to large`, `Variable, ...`: words, kept
 *   as words.
 * @since 0.2.0
 */

import { invalid, quote } from "./InputError.ts"
import * as z from "./internal/zod.ts"

/**
 * One USGS text value, typed. Every kind keeps the `text` as printed (trimmed).
 * - `number`: a figure (`"45,500"` is 45500).
 * - `zero`: USGS printed `—`, which in the MCS means zero (not "unknown").
 * - `not_available` (`NA`), `withheld` (`W`), `net_exporter` (`E`), `not_applicable` (`XX`),
 *   `less_than_half_unit` (`s`): no number, by USGS's own definition.
 * - `lower_bound` (`>95`: more than 95) and `upper_bound` (`<25`: less than 25), both exclusive.
 * - `range`: `low` to `high` inclusive, as printed (`10,000 - 15,000`).
 * - `qualitative`: a word instead of a figure (`Large`, `Variable, depending on ...`).
 * - `unreadable`: the distributed file has a `?` where a character was lost in USGS's export
 *   (`?1` in a stock-change row, where the sign is lost): the digits are kept as text, no number
 *   is given.
 * @category schemas
 * @since 0.2.0
 */
export const UsgsValue = /* @__PURE__ */ /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("number"),
    value: /* @__PURE__ */ /* @__PURE__ */ z.number(),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("zero"),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("not_available"),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("withheld"),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("net_exporter"),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("not_applicable"),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("less_than_half_unit"),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("lower_bound"),
    value: /* @__PURE__ */ /* @__PURE__ */ z.number(),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("upper_bound"),
    value: /* @__PURE__ */ /* @__PURE__ */ z.number(),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("range"),
    low: /* @__PURE__ */ /* @__PURE__ */ z.number(),
    high: /* @__PURE__ */ /* @__PURE__ */ z.number(),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("qualitative"),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("unreadable"),
    text: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  }),
])
export type UsgsValue = z.infer<typeof UsgsValue>

/** The kinds of {@link UsgsValue}. @category models @since 0.2.0 */
export type UsgsValueKind = UsgsValue["kind"]

// `45,500`, `1.51`, `9999`: separators only in groups of three.
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/
const NUMBER_TEXT = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
// Ranges: a hyphen with spaces (`10,000 - 15,000`) or an en dash (`500–16,000`).
const RANGE = new RegExp(`^(${NUMBER_TEXT})\\s*(?:-|\\u2013)\\s*(${NUMBER_TEXT})$`)
const QUALITATIVE = /^(?:Large|Small|Moderate|Very small|Moderate to large|Variable, .+)$/

const SYMBOLS: Readonly<Record<string, UsgsValueKind>> = {
  "\u2014": "zero",
  NA: "not_available",
  W: "withheld",
  E: "net_exporter",
  XX: "not_applicable",
  s: "less_than_half_unit",
}

const toNumber = (text: string): number => Number(text.replace(/,/g, ""))

/**
 * The forms {@link parseValue} accepts, for error messages.
 * @example
 * ```ts
 * import { Usgs } from "@rareearth/core"
 * `expected ${Usgs.VALUE_FORMS}`
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const VALUE_FORMS =
  'a number ("45,500", "1.51"), "—" (zero), "NA", "W", "E", "XX", "s", a bound (">95", "<25"), a range ("10,000 - 15,000", "500–16,000"), a word ("Large", "Small", "Moderate", "Very small", "Moderate to large", "Variable, ...") or "?" followed by digits (a character lost in the release)'

/**
 * Parse one USGS text value, or return `undefined` when the text has none of the USGS forms.
 * Surrounding spaces are ignored.
 * @example
 * ```ts
 * import { Usgs } from "@rareearth/core"
 * Usgs.safeParseValue("45,500") // { kind: "number", value: 45500, text: "45,500" }
 * Usgs.safeParseValue("about 12") // undefined
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const safeParseValue = (input: string): UsgsValue | undefined => {
  if (typeof input !== "string") return undefined
  const text = input.trim()
  const symbol = SYMBOLS[text]
  if (symbol !== undefined) return { kind: symbol, text } as UsgsValue
  if (NUMBER.test(text)) return { kind: "number", value: toNumber(text), text }
  if (text.startsWith(">") && NUMBER.test(text.slice(1)))
    return { kind: "lower_bound", value: toNumber(text.slice(1)), text }
  if (text.startsWith("<") && NUMBER.test(text.slice(1)))
    return { kind: "upper_bound", value: toNumber(text.slice(1)), text }
  const range = RANGE.exec(text)
  if (range) {
    const low = toNumber(range[1]!)
    const high = toNumber(range[2]!)
    if (low <= high) return { kind: "range", low, high, text }
    return undefined
  }
  if (QUALITATIVE.test(text)) return { kind: "qualitative", text }
  if (/^\?\d/.test(text) && NUMBER.test(text.slice(1))) return { kind: "unreadable", text }
  return undefined
}

/**
 * Parse one USGS text value into a {@link UsgsValue}. `"—"` is zero (USGS's own meaning),
 * `"NA"` not available, `"W"` withheld, `"E"` net exporter, `">95"` a lower bound,
 * `"10,000 - 15,000"` a range. Throws an {@link InvalidInputError} naming the text and the valid
 * forms for anything else: a guess is never made.
 * @example
 * ```ts
 * import { Usgs } from "@rareearth/core"
 * Usgs.parseValue("—") // { kind: "zero", text: "—" }
 * Usgs.parseValue(">85,000,000") // { kind: "lower_bound", value: 85000000, text: ">85,000,000" }
 * Usgs.parseValue("10,000 - 15,000") // { kind: "range", low: 10000, high: 15000, text: "10,000 - 15,000" }
 * Usgs.parseValue("lots") // throws InvalidInputError
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parseValue = (input: string): UsgsValue => {
  const value = safeParseValue(input)
  if (value !== undefined) return value
  throw invalid(
    "unknown_usgs_value",
    `Unknown USGS value ${quote(input)}: expected ${VALUE_FORMS}`,
    input,
  )
}

/**
 * The exact number a value stands for: the figure of a `number`, 0 for `zero` (`—`), and `null`
 * for every other kind (a bound, a range, a symbol or a word is not one number).
 * @example
 * ```ts
 * import { Usgs } from "@rareearth/core"
 * Usgs.exactNumber(Usgs.parseValue("29,000")) // 29000
 * Usgs.exactNumber(Usgs.parseValue("—")) // 0
 * Usgs.exactNumber(Usgs.parseValue(">95")) // null
 * ```
 * @category values
 * @since 0.2.0
 */
export const exactNumber = (value: UsgsValue): number | null =>
  value.kind === "number" ? value.value : value.kind === "zero" ? 0 : null

/**
 * Why a value has no exact number, in words, or `undefined` when it has one.
 * @example
 * ```ts
 * import { Usgs } from "@rareearth/core"
 * Usgs.describeMissing(Usgs.parseValue("NA")) // "not available (USGS: NA)"
 * ```
 * @category values
 * @since 0.2.0
 */
export const describeMissing = (value: UsgsValue): string | undefined => {
  switch (value.kind) {
    case "number":
    case "zero":
      return undefined
    case "not_available":
      return "not available (USGS: NA)"
    case "withheld":
      return "withheld to avoid disclosing company proprietary data (USGS: W)"
    case "net_exporter":
      return "net exporter (USGS: E)"
    case "not_applicable":
      return "not applicable (USGS: XX)"
    case "less_than_half_unit":
      return "less than 1/2 unit (USGS: s)"
    case "lower_bound":
      return `more than ${value.value} (USGS: ${value.text})`
    case "upper_bound":
      return `less than ${value.value} (USGS: ${value.text})`
    case "range":
      return `between ${value.low} and ${value.high} (USGS: ${value.text})`
    case "qualitative":
      return `a word, not a figure (USGS: ${value.text})`
    case "unreadable":
      return `a character was lost in USGS's release (printed ${value.text})`
  }
}

/**
 * Split a USGS notes cell into its notes: the data release joins notes with `" -- "`.
 * Empty notes are dropped; each note is trimmed.
 * @example
 * ```ts
 * import { Usgs } from "@rareearth/core"
 * Usgs.splitNotes("Estimated. -- Excludes monazite concentrates.") // ["Estimated.", "Excludes monazite concentrates."]
 * ```
 * @category notes
 * @since 0.2.0
 */
export const splitNotes = (cell: string): string[] =>
  cell
    .split(/\s*--\s*/)
    .map((note) => note.trim())
    .filter((note) => note !== "")

/**
 * The qualifiers USGS states in a row's notes: whether the figure is estimated, reported or
 * rounded. `Estimated.` (also `Estimated .`) and `Reported.` open a note; `rounded` is read from
 * the statistic's detail (`Mine production: rounded`).
 * @category models
 * @since 0.2.0
 */
export interface Qualifiers {
  readonly estimated: boolean
  readonly reported: boolean
  readonly rounded: boolean
}

/**
 * Read the qualifiers of a row from its notes and statistic detail.
 * @example
 * ```ts
 * import { Usgs } from "@rareearth/core"
 * Usgs.qualifiers(["Estimated."], "Mine production: rounded") // { estimated: true, reported: false, rounded: true }
 * ```
 * @category notes
 * @since 0.2.0
 */
export const qualifiers = (notes: ReadonlyArray<string>, detail = ""): Qualifiers => ({
  estimated: notes.some((note) => /^Estimated\s*\./.test(note)),
  reported: notes.some((note) => /^Reported\s*\./.test(note)),
  rounded: /:\s*rounded\b/i.test(detail),
})
