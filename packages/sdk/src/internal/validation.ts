/**
 * Parameter validation for the local query engine: core's parsers throw `InvalidInputError`,
 * which is turned into a `ValidationError` whose issues name the query parameter. Validation
 * against the API contract is routeValidation.ts's: the contract is not loaded with a first
 * query of flows.
 */
import * as InputError from "@rareearth/core/InputError"
import * as Effect from "effect/Effect"
import { type Issue, ValidationError } from "../Errors.ts"

const prefixIssues = (
  parameter: string,
  issues: ReadonlyArray<InputError.InputIssue>,
): ReadonlyArray<Issue> => issues.map((issue) => ({ ...issue, path: [parameter, ...issue.path] }))

/** A `ValidationError` for one parameter with one issue. */
export const invalidParameter = (
  parameter: string,
  message: string,
  code = "invalid_value",
): ValidationError =>
  new ValidationError({
    message: `Invalid query parameter "${parameter}": ${message}`,
    issues: [{ code, path: [parameter], message }],
  })

/**
 * Runs a core parser on one parameter. `InvalidInputError` becomes a `ValidationError` naming the
 * parameter; any other exception is a defect (a bug, not bad input).
 */
export const parseParameter = <A>(
  parameter: string,
  parse: () => A,
): Effect.Effect<A, ValidationError> =>
  attemptCore(parse, (error) => {
    const issues = prefixIssues(parameter, error.issues)
    return new ValidationError({
      message: `Invalid query parameter "${parameter}": ${error.message}`,
      issues:
        issues.length > 0
          ? issues
          : [{ code: "invalid_value", path: [parameter], message: error.message }],
    })
  })

/**
 * Runs a core function that may throw `InvalidInputError`, mapping that error with `onInvalid`;
 * any other exception is a defect.
 */
export const attemptCore = <A, E>(
  run: () => A,
  onInvalid: (error: InputError.InvalidInputError) => E,
): Effect.Effect<A, E> =>
  Effect.suspend(() => {
    try {
      return Effect.succeed(run())
    } catch (error) {
      if (InputError.isInvalidInputError(error)) return Effect.fail(onInvalid(error))
      return Effect.die(error)
    }
  })

/** Validates an optional parameter: `undefined` passes through untouched. */
export const optional = <A, E>(
  input: unknown,
  validate: () => Effect.Effect<A, E>,
): Effect.Effect<A | undefined, E> => (input === undefined ? Effect.succeed(undefined) : validate())

/** Validates a whole number within bounds. */
export const parseInteger = (
  parameter: string,
  input: unknown,
  bounds: { readonly min: number; readonly max: number },
): Effect.Effect<number, ValidationError> => {
  const value = typeof input === "string" && input.trim() !== "" ? Number(input) : input
  if (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= bounds.min &&
    value <= bounds.max
  ) {
    return Effect.succeed(value)
  }
  return Effect.fail(
    invalidParameter(
      parameter,
      `${JSON.stringify(input)} is not valid: expected a whole number from ${bounds.min} to ${bounds.max}`,
    ),
  )
}

/**
 * Runs a core query whose `InvalidInputError` names the parameter in its issue paths (an
 * edition no record has, a series mixing currencies): a `ValidationError` with those issues.
 */
export const runCoreQuery = <A>(run: () => A): Effect.Effect<A, ValidationError> =>
  attemptCore(run, (error) => {
    const parameter = String(error.issues[0]?.path[0] ?? "query")
    return new ValidationError({
      message: `Invalid query parameter "${parameter}": ${error.message}`,
      issues:
        error.issues.length > 0
          ? error.issues
          : [{ code: "invalid_value", path: [parameter], message: error.message }],
    })
  })
