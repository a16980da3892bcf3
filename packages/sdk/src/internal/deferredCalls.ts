/**
 * Methods answered by an implementation that loads with their first call: the embedded source
 * (the engine and the dataset's parts a method reads) and the local engine (its supply queries
 * and exposure) hand out such methods so that a first question loads only the code it needs.
 * @internal
 */
import * as Effect from "effect/Effect"

type AnyEffect = Effect.Effect<unknown, unknown, unknown>

/**
 * The methods `names` of a service, each answered by the service `loaded(method)` gives: a
 * method in `effects` is an effect, the others functions returning one.
 */
export const deferredCalls = <S, const K extends keyof S>(
  names: ReadonlyArray<K>,
  effects: ReadonlyArray<K>,
  loaded: (method: K) => Effect.Effect<S>,
): Pick<S, K> =>
  Object.fromEntries(
    names.map((method) => {
      const service = loaded(method)
      if (effects.includes(method))
        return [method, Effect.flatMap(service, (made) => made[method] as AnyEffect)]
      return [
        method,
        (...args: ReadonlyArray<unknown>) =>
          Effect.flatMap(service, (made) =>
            (made[method] as (...args: ReadonlyArray<unknown>) => AnyEffect)(...args),
          ),
      ]
    }),
  ) as Pick<S, K>
