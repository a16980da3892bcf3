/**
 * Delivery retries, on Effect's TestClock (no real waiting, no timing assertion): the backoff
 * doubles from the base delay, is capped, and gives up after `maxRetries` retries; an attempt
 * that succeeds ends the retries.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Fiber } from "effect"
import { TestClock } from "effect/testing"
import { type DeliveryRetry, deliverOnce, deliveryRetrySchedule } from "./Delivery.ts"
import type { WatchEvent } from "./WatchEvent.ts"

const event: WatchEvent = {
  id: "1-0000000000000000",
  type: "record.revised",
  kind: "flows",
  recordId: "magnets-2026-02",
  source: "test",
  detectedAt: "2026-04-21T00:00:00.000Z",
  from: { version: "1.0.0", asOf: "2026-04-20" },
  to: { version: "1.0.0", asOf: "2026-04-20" },
}

const policy: DeliveryRetry = {
  maxRetries: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 5_000,
  attemptTimeoutMs: 1_000,
}

/** Lets the handler's promise settle (a real turn of the event loop; the clock stays put). */
const settle = Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))

/** A handler failing `failures` times, then succeeding; counts its attempts. */
const flaky = (failures: number) => {
  const state = { attempts: 0 }
  return {
    state,
    target: {
      kind: "handler" as const,
      handle: async () => {
        state.attempts++
        if (state.attempts <= failures) throw new Error(`down (attempt ${state.attempts})`)
      },
    },
  }
}

describe("delivery retries", () => {
  it.effect("wait 1 s, 2 s, 4 s, then the 5 s cap, and give up after maxRetries", () =>
    Effect.gen(function* () {
      const { state, target } = flaky(Number.POSITIVE_INFINITY)
      const waits: Array<[number, number]> = []
      const fiber = yield* Effect.forkChild(
        deliverOnce(target, event).pipe(
          Effect.retry(
            deliveryRetrySchedule(policy, (_error, retry, delayMs) =>
              Effect.sync(() => {
                waits.push([retry, delayMs])
              }),
            ),
          ),
        ),
      )
      yield* settle
      expect(state.attempts).toBe(1)
      yield* TestClock.adjust("999 millis")
      yield* settle
      expect(state.attempts).toBe(1)
      for (const [delay, attempts] of [
        [1, 2],
        [2_000, 3],
        [4_000, 4],
        [5_000, 5],
      ] as const) {
        yield* TestClock.adjust(`${delay} millis`)
        yield* settle
        expect(state.attempts).toBe(attempts)
      }
      yield* TestClock.adjust("1 hour")
      const exit = yield* Fiber.await(fiber)
      expect(Exit.isFailure(exit)).toBe(true)
      expect(state.attempts).toBe(1 + policy.maxRetries)
      expect(waits).toEqual([
        [1, 1_000],
        [2, 2_000],
        [3, 4_000],
        [4, 5_000],
      ])
    }),
  )

  it.effect("stop at the first attempt that succeeds", () =>
    Effect.gen(function* () {
      const { state, target } = flaky(2)
      const fiber = yield* Effect.forkChild(
        deliverOnce(target, event).pipe(Effect.retry(deliveryRetrySchedule(policy))),
      )
      for (let step = 0; step < 5; step++) {
        yield* settle
        yield* TestClock.adjust("10 seconds")
      }
      const exit = yield* Fiber.await(fiber)
      expect(Exit.isSuccess(exit)).toBe(true)
      expect(state.attempts).toBe(3)
    }),
  )
})
