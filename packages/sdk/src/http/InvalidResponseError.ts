/**
 * The error of a remote source whose answer cannot be used: not JSON, not the documented shape,
 * rows that cannot be mapped. It is the upstream's fault, not the caller's: a server relaying it
 * answers 502 with a generic detail, while the specifics (URL, status, the first bytes of the
 * body, the zod issues) stay on the error for logs.
 * @since 0.2.0
 */
import { Data } from "effect"
import { type Issue, RareEarthErrorTypeId } from "../errors.ts"

/**
 * A remote source answered, but not with something usable (truncated or corrupted JSON, a body
 * that violates the schema, rows that cannot be mapped). `issues` keep each problem with its
 * path in the body; `body` holds its first 500 characters.
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { HttpSource } from "@rareearth/sdk"
 *
 * const elements = Effect.flatMap(HttpSource.make({ baseUrl: "http://127.0.0.1:4321" }), (s) => s.elements)
 * const handled = elements.pipe(
 *   Effect.catchTag("InvalidResponseError", (error) => Effect.succeed(error.issues)),
 * )
 * ```
 * @category errors
 * @since 0.2.0
 */
export class InvalidResponseError extends Data.TaggedError("InvalidResponseError")<{
  readonly message: string
  readonly source: string
  readonly url: string
  readonly status: number
  readonly issues: ReadonlyArray<Issue>
  readonly body?: string | undefined
}> {
  readonly [RareEarthErrorTypeId] = RareEarthErrorTypeId
}
