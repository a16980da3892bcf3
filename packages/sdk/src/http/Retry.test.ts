import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Fiber } from "effect"
import { TestClock } from "effect/testing"
import { retrySchedule, type TransientFailure } from "./Retry.ts"

const policy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 250, maxRetryAfterMs: 1_000 }

/** An operation that fails with `failure` every time, counting its attempts. */
const failing = (failure: Omit<TransientFailure, "_tag" | "attempts">) => {
  const attempts: Array<number> = []
  const effect = Effect.suspend(() => {
    attempts.push(attempts.length + 1)
    return Effect.fail<TransientFailure>({
      _tag: "TransientFailure",
      attempts: attempts.length,
      ...failure,
    })
  })
  return { effect, attempts }
}

describe("retrySchedule", () => {
  it.effect("retries maxRetries times with full-jitter waits under the capped backoff", () =>
    Effect.gen(function* () {
      const { effect, attempts } = failing({ status: 503, retryAfterMs: undefined })
      const waits: Array<number> = []
      const fiber = yield* Effect.forkChild(
        Effect.retry(
          effect,
          retrySchedule(policy, Number.POSITIVE_INFINITY, (_failure, delayMs) =>
            Effect.sync(() => waits.push(delayMs)),
          ),
        ),
      )
      yield* TestClock.adjust(10_000)
      const exit = yield* Fiber.await(fiber)
      assert.isTrue(Exit.isFailure(exit))
      assert.deepStrictEqual(attempts, [1, 2, 3, 4])
      waits.forEach((delay, index) => {
        assert.isAtMost(delay, Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** index))
        assert.isAtLeast(delay, 0)
      })
    }),
  )

  it.effect("waits what Retry-After asks, and does not retry when it asks too much", () =>
    Effect.gen(function* () {
      const asked = failing({ status: 429, retryAfterMs: 800 })
      const waits: Array<number> = []
      const fiber = yield* Effect.forkChild(
        Effect.retry(
          asked.effect,
          retrySchedule({ ...policy, maxRetries: 1 }, Number.POSITIVE_INFINITY, (_f, delayMs) =>
            Effect.sync(() => waits.push(delayMs)),
          ),
        ),
      )
      yield* TestClock.adjust(800)
      yield* Fiber.await(fiber)
      assert.deepStrictEqual(waits, [800])
      assert.deepStrictEqual(asked.attempts, [1, 2])

      const tooLong = failing({ status: 429, retryAfterMs: 5_000 })
      yield* Effect.exit(Effect.retry(tooLong.effect, retrySchedule(policy, Infinity)))
      assert.deepStrictEqual(tooLong.attempts, [1])
    }),
  )

  it.effect("does not start a wait that would end at or after the deadline", () =>
    Effect.gen(function* () {
      const { effect, attempts } = failing({ status: 503, retryAfterMs: 500 })
      // The clock is at 0: a 500 ms wait would end at the 500 ms deadline.
      yield* Effect.exit(Effect.retry(effect, retrySchedule(policy, 500)))
      assert.deepStrictEqual(attempts, [1])
    }),
  )
})
