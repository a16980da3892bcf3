/**
 * Parses the JSON body of a remote response with a zod schema: a body that is not JSON or not the
 * expected shape is the upstream's fault, an `InvalidResponseError` keeping the zod issues and
 * the body's first bytes for logs.
 * @since 0.2.0
 */
import * as InputError from "@rareearth/core/InputError"
import * as Effect from "effect/Effect"
import type * as z from "zod/mini"
import type { Issue } from "../Errors.ts"
import { InvalidResponseError } from "./InvalidResponseError.ts"
import { type RemoteResponse, snippet } from "./Request.ts"

/**
 * Parses a response body as JSON and then with a zod schema. Not JSON (a truncated or corrupted
 * body) and schema violations are `InvalidResponseError`s (the upstream's fault, not the
 * caller's); the zod issues and the first bytes of the body are kept on the error.
 * @category remote
 * @since 0.1.0
 */
export const decodeJson = <S extends z.ZodMiniType>(
  response: RemoteResponse,
  schema: S,
  what: string,
  source: string,
): Effect.Effect<z.output<S>, InvalidResponseError> =>
  Effect.suspend(() => {
    const invalid = (message: string, issues: ReadonlyArray<Issue>) =>
      new InvalidResponseError({
        message,
        issues,
        source,
        url: response.url,
        status: response.status,
        body: snippet(response.body),
      })
    let json: unknown
    try {
      json = JSON.parse(response.body)
    } catch (error) {
      const message = `${source}: the body of ${what} (${response.url}) is not valid JSON, so it was probably truncated or corrupted in transit (${response.body.length} characters received): ${
        error instanceof Error ? error.message : String(error)
      }`
      return Effect.fail(invalid(message, [{ code: "invalid_json", path: [], message }]))
    }
    const result = schema.safeParse(json)
    if (result.success) return Effect.succeed(result.data)
    const issues: ReadonlyArray<Issue> = InputError.issuesFromZod(result.error.issues)
    const listed = issues
      .slice(0, 5)
      .map(
        (issue) =>
          `at ${issue.path.length === 0 ? "(root)" : issue.path.join(".")}: ${issue.message}`,
      )
      .join("; ")
    return Effect.fail(
      invalid(
        `${source}: the body of ${what} (${response.url}) does not match the expected schema: ${listed}${
          issues.length > 5 ? ` (and ${issues.length - 5} more issues)` : ""
        }`,
        issues,
      ),
    )
  })
