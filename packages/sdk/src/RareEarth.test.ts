/** Each method's error channel is the union it can produce: handling it narrows to never. */
import { assert, describe, expectTypeOf, it } from "@effect/vitest"
import { Effect } from "effect"
import type { NotFoundError, StoreError, ValidationError } from "./Errors.ts"
import { RareEarth, type RareEarthErrors, type RemoteFailure } from "./RareEarth.ts"
import { EmbeddedSource } from "./sources/Embedded.ts"

const remote = {
  HttpError: () => Effect.succeed("remote"),
  RateLimitedError: () => Effect.succeed("remote"),
  TimeoutError: () => Effect.succeed("remote"),
  SourceUnavailableError: () => Effect.succeed("remote"),
  InvalidResponseError: () => Effect.succeed("remote"),
} as const

describe("typed errors per method", () => {
  it("element fails with NotFoundError | ValidationError | RemoteFailure only", () => {
    expectTypeOf<RareEarthErrors["element"]>().toEqualTypeOf<
      NotFoundError | ValidationError | RemoteFailure
    >()
    expectTypeOf<RareEarthErrors["elements"]>().toEqualTypeOf<RemoteFailure>()
    expectTypeOf<RareEarthErrors["datasetInfo"]>().toEqualTypeOf<StoreError | RemoteFailure>()
  })

  it.effect("catchTags over a method's union leaves never", () =>
    Effect.gen(function* () {
      const handled = RareEarth.use((rareEarth) => rareEarth.element("Xx")).pipe(
        Effect.map((element) => element.symbol as string),
        Effect.catchTags({
          ...remote,
          NotFoundError: (error) => Effect.succeed(`not found: ${error.id}`),
          ValidationError: () => Effect.succeed("invalid"),
        }),
      )
      expectTypeOf(handled).toEqualTypeOf<Effect.Effect<string, never, RareEarth>>()
      assert.strictEqual(yield* Effect.provide(handled, EmbeddedSource.layer), "not found: Xx")
    }),
  )
})
