/**
 * Provenance: where a figure comes from, how sure we are, and which vintage it is.
 * @since 0.1.0
 */

import { invalid, quote } from "./InputError.ts"
import * as z from "./internal/zod.ts"
import { IsoDate } from "./Period.ts"

/**
 * A maintainer's judgement that a source is weak (an aggregator repost, a machine-written page,
 * a mirror of unclear provenance, a page that mixes facts up), with the reason. A figure resting
 * on a weak source is shown, never hidden, but the audit lists it for re-sourcing.
 * @category schemas
 * @since 0.2.0
 */
export const SourceReliability = /* @__PURE__ */ /* @__PURE__ */ z.object({
  rating: /* @__PURE__ */ /* @__PURE__ */ z.literal("weak"),
  reason: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
})
export type SourceReliability = z.infer<typeof SourceReliability>

/** A cited source. @category schemas @since 0.1.0 */
export const SourceRef = /* @__PURE__ */ /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  title: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  publisher: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  url: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.url()),
  publishedOn: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
  note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** Absent unless the source was judged weak (since 0.2.0). */
  reliability: /* @__PURE__ */ /* @__PURE__ */ z.optional(SourceReliability),
})
export type SourceRef = z.infer<typeof SourceRef>

/**
 * Whether a source is marked weak (see {@link SourceReliability}).
 * @example
 * ```ts
 * import { Source } from "@rareearth/core"
 * Source.isWeak({ id: "x", title: "x", publisher: "x", reliability: { rating: "weak", reason: "a repost" } }) // true
 * ```
 * @category claims
 * @since 0.2.0
 */
export const isWeak = (source: {
  readonly id: string
  readonly reliability?: { readonly rating: string } | undefined
}): boolean => source.reliability?.rating === "weak"

/** One named input of a derived figure. @category schemas @since 0.1.0 */
export const DerivationInput = /* @__PURE__ */ /* @__PURE__ */ z.object({
  value: /* @__PURE__ */ /* @__PURE__ */ z.number(),
  label: /* @__PURE__ */ /* @__PURE__ */ z.string(),
  sourceIds: /* @__PURE__ */ /* @__PURE__ */ z
    .array(/* @__PURE__ */ /* @__PURE__ */ z.string())
    .check(/* @__PURE__ */ z.minLength(1)),
})
export type DerivationInput = z.infer<typeof DerivationInput>

/**
 * How much to trust a figure. `derived` carries a formula over named inputs
 * (`+ - * /`, parentheses, numbers, input names) that recomputes the figure.
 * @category schemas
 * @since 0.1.0
 */
export const Confidence = /* @__PURE__ */ /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("official") }),
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("reported") }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("derived"),
    formula: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    inputs: /* @__PURE__ */ /* @__PURE__ */ z.record(
      /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/)),
      DerivationInput,
    ),
    rounding: /* @__PURE__ */ /* @__PURE__ */ z._default(
      /* @__PURE__ */ z.enum(["none", "integer"]),
      "none",
    ),
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ /* @__PURE__ */ z.literal("estimate"),
    method: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  }),
])
export type Confidence = z.infer<typeof Confidence>

/**
 * The provenance every record carries. Records with the same `conflictGroup` are rival claims
 * about one fact: they are kept side by side and never merged.
 * @category schemas
 * @since 0.1.0
 */
export const Provenance = /* @__PURE__ */ /* @__PURE__ */ z.object({
  sources: /* @__PURE__ */ /* @__PURE__ */ z.array(SourceRef).check(/* @__PURE__ */ z.minLength(1)),
  confidence: Confidence,
  vintage: /* @__PURE__ */ /* @__PURE__ */ z.optional(IsoDate),
  conflictGroup: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  note: /* @__PURE__ */ /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
})
export type Provenance = z.infer<typeof Provenance>

// ---------------------------------------------------------------------------------------------
// Derived figures: a tiny, safe expression evaluator (no eval, no Function)
// ---------------------------------------------------------------------------------------------

type Token =
  | { readonly kind: "number"; readonly value: number; readonly at: number }
  | { readonly kind: "name"; readonly name: string; readonly at: number }
  | { readonly kind: "op"; readonly op: "+" | "-" | "*" | "/" | "(" | ")"; readonly at: number }

const tokenize = (formula: string): Token[] => {
  const tokens: Token[] = []
  const pattern =
    /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/()]))/y
  let position = 0
  while (position < formula.length) {
    if (/^\s*$/.test(formula.slice(position))) break
    pattern.lastIndex = position
    const match = pattern.exec(formula)
    if (!match)
      throw invalid(
        "invalid_formula",
        `Invalid formula ${quote(formula)}: unexpected character ${quote(formula.slice(position).trimStart()[0])} at position ${formula.length - formula.slice(position).trimStart().length}; allowed are numbers, input names, + - * / and parentheses`,
        formula,
        ["formula"],
      )
    const at = match.index + match[0].length - (match[1] ?? match[2] ?? match[3] ?? "").length
    if (match[1] !== undefined) tokens.push({ kind: "number", value: Number(match[1]), at })
    else if (match[2] !== undefined) tokens.push({ kind: "name", name: match[2], at })
    else tokens.push({ kind: "op", op: match[3] as "+", at })
    position = pattern.lastIndex
  }
  return tokens
}

/** A derived confidence, as parsed or as written (with `rounding` optional). @category models @since 0.1.0 */
export interface DerivedConfidence {
  readonly kind: "derived"
  readonly formula: string
  readonly inputs: Readonly<Record<string, { readonly value: number }>>
  readonly rounding?: "none" | "integer" | undefined
}

/**
 * Evaluate a formula over named values with `+ - * /`, unary minus, parentheses and numbers
 * (the usual precedence). A parser, not `eval`: anything else is rejected.
 * @example
 * ```ts
 * import { Source } from "@rareearth/core"
 * Source.evaluateFormula("(june - may) / may * 100", { may: 1238, june: 3188 }) // 157.51...
 * ```
 * @category derivation
 * @since 0.1.0
 */
export const evaluateFormula = (
  formula: string,
  values: Readonly<Record<string, number>>,
): number => {
  if (typeof formula !== "string" || formula.trim() === "")
    throw invalid("invalid_formula", "Invalid formula: it is empty", formula, ["formula"])
  const tokens = tokenize(formula)
  let index = 0
  const fail = (message: string): never => {
    throw invalid("invalid_formula", `Invalid formula ${quote(formula)}: ${message}`, formula, [
      "formula",
    ])
  }
  const peek = (): Token | undefined => tokens[index]
  // expression := term (("+" | "-") term)*; term := factor (("*" | "/") factor)*
  // factor := ("+" | "-") factor | number | name | "(" expression ")"
  const expression = (): number => {
    let value = term()
    for (
      let token = peek();
      token?.kind === "op" && (token.op === "+" || token.op === "-");
      token = peek()
    ) {
      index++
      const right = term()
      value = token.op === "+" ? value + right : value - right
    }
    return value
  }
  const term = (): number => {
    let value = factor()
    for (
      let token = peek();
      token?.kind === "op" && (token.op === "*" || token.op === "/");
      token = peek()
    ) {
      index++
      const right = factor()
      if (token.op === "/" && right === 0) fail(`division by zero at position ${token.at}`)
      value = token.op === "*" ? value * right : value / right
    }
    return value
  }
  const factor = (): number => {
    const token = peek()
    if (token === undefined) return fail("it ends where a number, a name or ( was expected")
    index++
    if (token.kind === "number") return token.value
    if (token.kind === "name") {
      if (!Object.hasOwn(values, token.name))
        fail(
          `unknown input ${quote(token.name)} at position ${token.at}; the inputs are ${Object.keys(values).join(", ") || "(none)"}`,
        )
      const value = values[token.name]!
      if (typeof value !== "number" || !Number.isFinite(value))
        fail(`input ${quote(token.name)} is not a finite number`)
      return value
    }
    if (token.op === "-") return -factor()
    if (token.op === "+") return factor()
    if (token.op === "(") {
      const value = expression()
      const close = peek()
      if (close?.kind !== "op" || close.op !== ")")
        fail(`missing ) for the ( at position ${token.at}`)
      index++
      return value
    }
    return fail(`unexpected ${quote(token.op)} at position ${token.at}`)
  }
  const result = expression()
  const rest = peek()
  if (rest !== undefined)
    fail(
      `unexpected ${quote(rest.kind === "op" ? rest.op : rest.kind === "name" ? rest.name : rest.value)} at position ${rest.at}`,
    )
  return result
}

const roundHalfAwayFromZero = (x: number): number => (x < 0 ? -Math.round(-x) : Math.round(x))

/**
 * Recompute a derived figure from its confidence: evaluates `formula` over the values of the
 * named `inputs` and applies `rounding` (`integer`: half away from zero). Throws an
 * {@link InvalidInputError} for a confidence that is not `derived`, a bad formula, an unknown
 * input name, or a division by zero.
 * @example
 * ```ts
 * import { Source } from "@rareearth/core"
 * Source.evaluateDerivation({
 *   kind: "derived",
 *   formula: "q1 - jan - mar",
 *   inputs: {
 *     q1: { value: 15268, label: "Q1 2025 total", sourceIds: ["reuters"] },
 *     jan: { value: 6357, label: "January 2025", sourceIds: ["reuters"] },
 *     mar: { value: 5323, label: "March 2025", sourceIds: ["derived-mar"] },
 *   },
 *   rounding: "integer",
 * }) // 3588
 * ```
 * @category derivation
 * @since 0.1.0
 */
export const evaluateDerivation = (
  confidence: DerivedConfidence | Confidence | z.input<typeof Confidence>,
): number => {
  if (confidence?.kind !== "derived")
    throw invalid(
      "not_derived",
      `Cannot evaluate a ${quote(confidence?.kind)} confidence: only "derived" confidences carry a formula`,
      confidence,
      ["kind"],
    )
  const values: Record<string, number> = {}
  for (const [name, input] of Object.entries(confidence.inputs)) values[name] = input.value
  const result = evaluateFormula(confidence.formula, values)
  return confidence.rounding === "integer" ? roundHalfAwayFromZero(result) : result
}

/**
 * Whether a stored value matches its derivation (exactly for integer rounding; within a
 * relative 1e-9 otherwise, to allow for floating-point noise).
 * @example
 * ```ts
 * import { Source } from "@rareearth/core"
 * Source.verifyDerivation(2, { kind: "derived", formula: "a + b", inputs: { a: { value: 1, label: "a", sourceIds: ["s"] }, b: { value: 1, label: "b", sourceIds: ["s"] } } }) // true
 * ```
 * @category derivation
 * @since 0.1.0
 */
export const verifyDerivation = (
  value: number | null,
  confidence: DerivedConfidence | Confidence | z.input<typeof Confidence>,
): boolean => {
  if (value === null) return false
  const expected = evaluateDerivation(confidence)
  return value === expected || Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
}

/** Rival claims about one fact. @category models @since 0.1.0 */
export interface ConflictGroup<T> {
  readonly conflictGroup: string
  readonly claims: T[]
}

/**
 * Group records by `conflictGroup` (records without one are skipped), in order of first
 * appearance: each group holds rival claims about one fact, to show side by side, never merge.
 * @example
 * ```ts
 * import { Source } from "@rareearth/core"
 * Source.claimsByConflictGroup([{ id: "a", conflictGroup: "q2025" }, { id: "b", conflictGroup: "q2025" }, { id: "c" }])
 * // [{ conflictGroup: "q2025", claims: [{ id: "a", ... }, { id: "b", ... }] }]
 * ```
 * @category claims
 * @since 0.1.0
 */
export const claimsByConflictGroup = <T extends { readonly conflictGroup?: string | undefined }>(
  records: ReadonlyArray<T>,
): Array<ConflictGroup<T>> => {
  const groups = new Map<string, T[]>()
  for (const record of records) {
    if (record.conflictGroup === undefined) continue
    const claims = groups.get(record.conflictGroup)
    if (claims) claims.push(record)
    else groups.set(record.conflictGroup, [record])
  }
  return [...groups].map(([conflictGroup, claims]) => ({ conflictGroup, claims }))
}

/**
 * Whether a record's figure is official (as opposed to reported, derived or estimated).
 * @example
 * ```ts
 * import { Source } from "@rareearth/core"
 * Source.isOfficial({ confidence: { kind: "official" } }) // true
 * ```
 * @category claims
 * @since 0.1.0
 */
export const isOfficial = (record: { readonly confidence: { readonly kind: string } }): boolean =>
  record.confidence.kind === "official"
