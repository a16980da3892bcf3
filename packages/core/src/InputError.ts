/**
 * The error that core's parse and lookup functions throw: it names the bad value, says where it
 * was, and lists what would be valid. Issues are kept as data (`code`, `path`, `message`), in the
 * style of zod's issues, so callers can map them to a form field or a query parameter.
 * @since 0.1.0
 */
import type * as z from "./internal/zod.ts"
import { TaggedError } from "./RareEarthError.ts"

/**
 * One problem with an input: a machine-readable `code`, the `path` to the bad value
 * (empty for the input itself) and a human message.
 * @category models
 * @since 0.1.0
 */
export interface InputIssue {
  readonly code: string
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/**
 * Thrown when an input cannot be parsed or looked up. The message names the bad value and lists
 * valid alternatives; `issues` holds the same information as data. A {@link RareEarthError}
 * (made by core's one error factory), recognised across duplicate installs by its
 * `Symbol.for("@rareearth/core/InvalidInputError")` marker.
 *
 * @example
 * ```ts
 * import { Element, InputError } from "@rareearth/core"
 * try {
 *   Element.lookup("Xx")
 * } catch (error) {
 *   if (InputError.isInvalidInputError(error)) console.log(error.issues[0]?.code) // "unknown_element"
 * }
 * ```
 * @category errors
 * @since 0.1.0
 */
export class InvalidInputError extends TaggedError("InvalidInputError")<{
  readonly message: string
  /** What was wrong, one entry per problem. */
  readonly issues: ReadonlyArray<InputIssue>
  /** The value that was rejected. */
  readonly input: unknown
  readonly cause?: unknown
}> {
  constructor(
    message: string,
    options: { issues?: ReadonlyArray<InputIssue>; input?: unknown; cause?: unknown } = {},
  ) {
    super({
      message,
      input: options.input,
      issues: options.issues ?? [{ code: "invalid_input", path: [], message }],
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    })
  }
}

/**
 * Whether a value is an {@link InvalidInputError} (works across duplicate installs).
 * @example
 * ```ts
 * import { InputError, Period } from "@rareearth/core"
 * try { Period.parse("2025-13") } catch (e) { InputError.isInvalidInputError(e) } // true
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isInvalidInputError = (value: unknown): value is InvalidInputError =>
  InvalidInputError.isInstance(value)

/**
 * Build an {@link InvalidInputError} with a single issue.
 * @example
 * ```ts
 * import { InputError } from "@rareearth/core"
 * const error = InputError.invalid("unknown_unit", 'Unknown unit "lb": expected "tonnes" or "kilograms"', "lb")
 * error.issues[0]?.code // "unknown_unit"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const invalid = (
  code: string,
  message: string,
  input?: unknown,
  path: ReadonlyArray<string | number> = [],
): InvalidInputError => new InvalidInputError(message, { input, issues: [{ code, path, message }] })

/**
 * Convert a zod error into an {@link InvalidInputError}, keeping every issue (code, path, message).
 * `what` names the thing being parsed, e.g. `"dataset"`.
 * @example
 * ```ts
 * import { z } from "zod"
 * import { InputError } from "@rareearth/core"
 * const result = z.number().safeParse("x")
 * if (!result.success) throw InputError.fromZodError(result.error, "count", "x")
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const fromZodError = (
  error: z.core.$ZodError,
  what: string,
  input?: unknown,
): InvalidInputError => {
  const issues = issuesFromZod(error.issues)
  const lines = issues
    .slice(0, 10)
    .map((issue) => `  - ${issue.path.length > 0 ? "at " : ""}${formatIssue(issue)}`)
  const more = issues.length > 10 ? `\n  ... and ${issues.length - 10} more` : ""
  return new InvalidInputError(`Invalid ${what}:\n${lines.join("\n")}${more}`, {
    issues,
    input,
    cause: error,
  })
}

/**
 * Zod's issues as {@link InputIssue}s (code, path, message), symbols in paths spelled out. The
 * one conversion every package uses, so issues stay data across the layers.
 * @example
 * ```ts
 * import { z } from "zod"
 * import { InputError } from "@rareearth/core"
 * const result = z.object({ year: z.number() }).safeParse({ year: "x" })
 * if (!result.success) InputError.issuesFromZod(result.error.issues)[0]?.path // ["year"]
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const issuesFromZod = (
  issues: ReadonlyArray<{
    readonly code: string
    readonly path: ReadonlyArray<PropertyKey>
    readonly message: string
  }>,
): InputIssue[] =>
  issues.map((issue) => ({
    code: issue.code,
    path: issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
    message: issue.message,
  }))

/**
 * One issue as text: `path.to.value: message`, or the message alone for the input itself. The
 * one formatter from issues (zod's or {@link InputIssue}s) to messages.
 * @example
 * ```ts
 * import { InputError } from "@rareearth/core"
 * InputError.formatIssue({ path: ["flows", 3, "period"], message: "expected a month" }) // "flows.3.period: expected a month"
 * ```
 * @category formatting
 * @since 0.1.0
 */
export const formatIssue = (issue: {
  readonly path: ReadonlyArray<PropertyKey>
  readonly message: string
}): string =>
  issue.path.length === 0 ? issue.message : `${issue.path.map(String).join(".")}: ${issue.message}`

/**
 * Issues as one line, each with {@link formatIssue}, separated by `"; "`.
 * @example
 * ```ts
 * import { InputError } from "@rareearth/core"
 * InputError.formatIssues([{ path: ["year"], message: "too small" }, { path: [], message: "bad" }]) // "year: too small; bad"
 * ```
 * @category formatting
 * @since 0.1.0
 */
export const formatIssues = (
  issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }>,
): string => issues.map(formatIssue).join("; ")

/**
 * Quote a value for an error message: strings in double quotes, the rest as JSON.
 * @example
 * ```ts
 * import { InputError } from "@rareearth/core"
 * InputError.quote("Xx") // '"Xx"'
 * ```
 * @category utils
 * @since 0.1.0
 */
export const quote = (value: unknown): string => {
  if (typeof value === "string") return JSON.stringify(value)
  if (typeof value === "number" || typeof value === "boolean" || value === null)
    return String(value)
  if (value === undefined) return "undefined"
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
