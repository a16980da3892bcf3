/**
 * Validation of a query against a route of the API contract, for the local engine's supply
 * queries and the Comtrade source. A module of its own so that the engine's other calls do not
 * load the contract (its routes, and the schemas of every record kind they name).
 */
import * as Effect from "effect/Effect"
import { ValidationError } from "../Errors.ts"
import { parseRouteParameters, type RouteName, type RouteParameters } from "../http/ApiContract.ts"

/**
 * Validates a query object against a route of the API contract: the same core parsers, the
 * same messages and the same normalisation (`china` -> `CN`) as the REST API, so the SDK and
 * the API say the same about a bad value. Numbers are read as their decimal text.
 */
export const validateRoute = <N extends RouteName>(
  route: N,
  query: object | undefined,
): Effect.Effect<RouteParameters<N>, ValidationError> =>
  Effect.suspend(() => {
    const search = new URLSearchParams()
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) search.set(key, String(value))
    }
    const result = parseRouteParameters(route, {}, search)
    if (result.ok) return Effect.succeed(result.value)
    return Effect.fail(
      new ValidationError({
        message: result.problems
          .map((problem) => `Invalid query parameter "${problem.parameter}": ${problem.message}`)
          .join("; "),
        issues: result.problems.map((problem) => ({
          code: "invalid_parameter",
          path: [problem.parameter],
          message: problem.message,
        })),
      }),
    )
  })
