/**
 * Runs an Effect for a Promise user: resolves with its value, rejects with its typed error
 * itself (a RareEarthError), and stops it when `signal` aborts.
 * @internal
 */
import { Cause, Effect, Exit } from "effect"

/** @internal */
export const toPromise = async <A, E>(
  effect: Effect.Effect<A, E>,
  signal?: AbortSignal,
): Promise<A> => {
  const exit = await Effect.runPromiseExit(effect, signal === undefined ? undefined : { signal })
  if (Exit.isSuccess(exit)) return exit.value
  throw Cause.squash(exit.cause)
}
