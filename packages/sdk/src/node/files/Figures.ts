/**
 * Reading the figures of an import file (net weight, value): plain decimals straight from the
 * bytes of a CSV cell, text with the general rules (markers of unknown, no hex, no thousands
 * separators), and the check derived from core's TradeFlow schema (its `minValue`). A failing
 * figure is re-checked by the schema itself for the message, once per kind of failure.
 * @internal
 */
import { TradeFlow } from "@rareearth/core"
import { issuesText } from "./CachedKey.ts"

const shape = TradeFlow.TradeFlow.shape

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const UNKNOWN_MARKERS = new Set(["", "null", "na", "n/a"])
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k)

/**
 * Parses a plain decimal (`1234`, `12.5`, `+.5`) of at most 15 significant digits from
 * `bytes[start, end)` without decoding it: m / 10^k of two exact doubles is correctly rounded,
 * so the result equals Number(). Returns -1 for anything else (signs, exponents, spaces,
 * markers): the caller then takes the general path.
 * @internal
 */
export const plainDecimalAt = (bytes: Uint8Array, start: number, end: number): number => {
  let i = start
  if (bytes[i] === 43) i++
  let mantissa = 0
  let digits = 0
  let point = -1
  for (; i < end; i++) {
    const c = bytes[i]!
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48)
      digits++
    } else if (c === 46 && point < 0) {
      point = i
    } else {
      return -1
    }
  }
  if (digits === 0 || digits > 15) return -1
  const decimals = point < 0 ? 0 : end - point - 1
  return decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals]!
}

/**
 * Reads the figure of a CSV cell `bytes[start, end)` into `out[slot]` when it is empty (NaN:
 * unknown) or a plain decimal of at least `min` (see `plainDecimalAt`), and says whether it did;
 * anything else is left to the general rules. The number goes to an array, not back as a result:
 * a fractional number returned by a call that is not inlined is boxed, an allocation per cell.
 * @internal
 */
export const plainFigureAt = (
  bytes: Uint8Array,
  start: number,
  end: number,
  min: number,
  out: Float64Array,
  slot: number,
): boolean => {
  if (start === end) {
    out[slot] = Number.NaN
    return true
  }
  const x = plainDecimalAt(bytes, start, end)
  if (x < 0 || x < min) return false
  out[slot] = x
  return true
}

/** Whether a non-empty string starts and ends with a printable ASCII character (trim keeps it). @internal */
export const plainEnds = (text: string): boolean => {
  if (text.length === 0) return false
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(text.length - 1)
  return first > 32 && first < 127 && last > 32 && last < 127
}

/** A figure that is not a number at all. @internal */
export const NOT_A_NUMBER =
  "not a number: expected a decimal number such as 1234.5 (no thousands separators), or an empty cell for unknown"

/**
 * The number in a figure's text: NaN for a marker of unknown (empty, null, NA, n/a), undefined
 * when the text is not a plain decimal (hex, binary, octal and "Infinity" are refused).
 * @internal
 */
export const figureOfText = (raw: string): number | undefined => {
  const text = raw.length <= 4 && UNKNOWN_MARKERS.has(raw.trim().toLowerCase()) ? "" : raw.trim()
  if (text === "") return Number.NaN
  const x = Number(text)
  const second = text.length > 1 ? text.charCodeAt(1) | 32 : 0
  if (
    Number.isNaN(x) ||
    second === 120 ||
    second === 98 ||
    second === 111 ||
    (!Number.isFinite(x) && !DECIMAL.test(text))
  ) {
    return undefined
  }
  return x
}

/** The lowest number a schema's checks accept (zod/mini schemas have no `minValue`). */
const lowerBound = (schema: {
  _zod: { def: { checks?: ReadonlyArray<{ _zod: { def: object } }> } }
}) =>
  Math.max(
    Number.NEGATIVE_INFINITY,
    ...(schema._zod.def.checks ?? []).flatMap(({ _zod: { def } }) =>
      "check" in def && def.check === "greater_than" && "value" in def ? [Number(def.value)] : [],
    ),
  )

/** One figure column's rule: the schema's lower bound, and its reasons per failing value. @internal */
export class FigureRule {
  /** The lowest valid figure (from the schema; 0: no negative figures). */
  readonly min: number
  readonly #schema: typeof shape.netWeightTonnes | typeof shape.valueUsd
  readonly #what: string
  readonly #reasons = new Map<number, string>()
  /** The reason of every finite negative figure (see `reason`). */
  #negative: string | undefined = undefined

  constructor(field: "netWeight" | "valueUsd") {
    this.#schema = field === "netWeight" ? shape.netWeightTonnes : shape.valueUsd
    this.#what = field === "netWeight" ? "weight" : "value"
    this.min = lowerBound(this.#schema._zod.def.innerType)
  }

  /** Whether a parsed figure passes. */
  passes(x: number): boolean {
    return Number.isFinite(x) && x >= this.min
  }

  /**
   * Why figure `x` fails the schema (the schema's own message). Every finite negative figure
   * fails the same check (its lower bound), and the schema's message names the check, not the
   * value, so the schema runs once for all of them: a file's negative figures are often all
   * distinct, and a zod error per row costs ten times the row. The rest (-Infinity) is cached
   * per value.
   */
  reason(x: number): string {
    if (x < 0 && Number.isFinite(x)) {
      this.#negative ??= this.#reasonOf(x)
      return this.#negative
    }
    let reason = this.#reasons.get(x)
    if (reason === undefined) {
      reason = this.#reasonOf(x)
      if (this.#reasons.size < 64) this.#reasons.set(x, reason)
    }
    return reason
  }

  /** The reason for `x`, from the schema. */
  #reasonOf(x: number): string {
    const result = this.#schema.safeParse(x)
    return x < 0
      ? `negative ${this.#what}: ${result.success ? "must be >= 0" : issuesText(result.error)}`
      : `${this.#what} must be a finite number`
  }
}
