/**
 * Error tagging: every SDK error has its `_tag`, is an `Error` with the given message, passes
 * `isRareEarthError` and `instanceof RareEarthError`, and travels through Effect's error channel.
 */
import { assert, describe, it } from "@effect/vitest"
import { Element } from "@rareearth/core"
import { Effect } from "effect"
import {
  AbortedError,
  HttpError,
  ImportError,
  isRareEarthError,
  NotFoundError,
  RareEarthError,
  RateLimitedError,
  SourceUnavailableError,
  StoreError,
  TimeoutError,
  TruncatedResultError,
  ValidationError,
} from "./Errors.ts"

const samples = [
  new NotFoundError({ message: 'Unknown element "Xx"', resource: "element", id: "Xx" }),
  new ValidationError({
    message: "Invalid from",
    issues: [{ code: "invalid_month", path: ["from"], message: "bad" }],
  }),
  new HttpError({ message: "503", status: 503, url: "http://127.0.0.1/", requestId: "r-1" }),
  new RateLimitedError({ message: "429", url: "http://127.0.0.1/", retryAfterMs: 1000 }),
  new TimeoutError({ message: "slow", timeoutMs: 10, operation: "series" }),
  new SourceUnavailableError({ message: "down", source: "http" }),
  new TruncatedResultError({ message: "cut", source: "comtrade", cap: 100_000 }),
  new ImportError({
    message: "refused",
    file: "a.csv",
    rejected: [{ file: "a.csv", line: 2, reason: "bad date" }],
  }),
  new StoreError({ message: "lost", store: "postgres", operation: "write" }),
  new AbortedError({ message: "aborted", operation: "flows" }),
] as const

describe("SDK errors", () => {
  it("are tagged Errors recognised by isRareEarthError and instanceof RareEarthError", () => {
    const tags = samples.map((error) => error._tag)
    assert.deepStrictEqual(tags, [
      "NotFoundError",
      "ValidationError",
      "HttpError",
      "RateLimitedError",
      "TimeoutError",
      "SourceUnavailableError",
      "TruncatedResultError",
      "ImportError",
      "StoreError",
      "AbortedError",
    ])
    for (const error of samples) {
      assert.instanceOf(error, Error)
      assert.isTrue(isRareEarthError(error), error._tag)
      assert.isTrue(error instanceof RareEarthError, error._tag)
      assert.isNotEmpty(error.message)
    }
    assert.strictEqual(samples[0].message, 'Unknown element "Xx"')
    assert.deepStrictEqual(samples[1].issues[0]?.path, ["from"])
  })

  it("does not claim foreign errors", () => {
    for (const value of [
      new Error("x"),
      new TypeError("y"),
      { _tag: "NotFoundError" },
      null,
      "NotFoundError",
    ]) {
      assert.isFalse(isRareEarthError(value))
      assert.isFalse(value instanceof RareEarthError)
    }
  })

  it("recognises an error from another copy of the package by its Symbol.for marker", () => {
    const foreign = Object.assign(new Error("from a duplicate install"), {
      _tag: "NotFoundError",
      [Symbol.for("@rareearth/sdk/RareEarthError")]: Symbol.for("@rareearth/sdk/RareEarthError"),
    })
    assert.isTrue(isRareEarthError(foreign))
    assert.isTrue(foreign instanceof RareEarthError)
  })

  it("give every class its own marker and isInstance, across duplicate installs", () => {
    const notFound = samples[0]
    assert.isTrue(NotFoundError.isInstance(notFound))
    assert.isFalse(ValidationError.isInstance(notFound))
    assert.isTrue(notFound instanceof NotFoundError)
    assert.isFalse(notFound instanceof ValidationError)
    assert.strictEqual(NotFoundError.marker, Symbol.for("@rareearth/sdk/NotFoundError"))
    const foreign = Object.assign(new Error("from a duplicate install"), {
      _tag: "StoreError",
      [Symbol.for("@rareearth/sdk/StoreError")]: true,
    })
    assert.isTrue(StoreError.isInstance(foreign))
    assert.isTrue(foreign instanceof StoreError)
    assert.isFalse(NotFoundError.isInstance(foreign))
  })

  it("share one base with core's errors", () => {
    let caught: unknown
    try {
      Element.lookup("Xx")
    } catch (error) {
      caught = error
    }
    assert.isTrue(isRareEarthError(caught))
    assert.isTrue(caught instanceof RareEarthError)
  })

  it.effect("fail the Effect error channel and can be caught by tag", () =>
    Effect.gen(function* () {
      const caught = yield* Effect.fail(samples[4]).pipe(
        Effect.catchTag("TimeoutError", (error) =>
          Effect.succeed(`timed out after ${error.timeoutMs} ms`),
        ),
      )
      assert.strictEqual(caught, "timed out after 10 ms")
      const flipped = yield* Effect.flip(
        Effect.gen(function* () {
          return yield* new NotFoundError({ message: "gone", resource: "measure", id: "m" })
        }),
      )
      assert.strictEqual(flipped._tag, "NotFoundError")
    }),
  )
})
