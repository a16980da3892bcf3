/**
 * The timeout of a call: the default, and the per-call value a client or `withTimeout` gives the
 * sources. A module of its own so that the Promise client can time its calls without loading the
 * remote client (Request.ts), which loads with the Http source.
 * @since 0.1.0
 */
import * as Context from "effect/Context"

/**
 * The one default timeout: a call to any source that was given no timeout (per call, on the
 * source or on the client) fails with `TimeoutError` after 30 s, its retries and waits included.
 * @category remote
 * @since 0.1.0
 */
export const DEFAULT_TIMEOUT_MS = 30_000

/**
 * A per-call timeout for remote sources, in milliseconds. Provide it with {@link withTimeout};
 * see {@link effectiveTimeout} for how it combines with the source's `timeout`.
 * @category remote
 * @since 0.1.0
 */
export const CallTimeout = Context.Reference<number | undefined>("@rareearth/sdk/CallTimeout", {
  defaultValue: () => undefined,
})
