import { describe, expect, it } from "vitest"
import { InvalidInputError } from "./InputError.ts"
import { isRareEarthError, makeTaggedError, RareEarthError, TaggedError } from "./RareEarthError.ts"

class Unsupported extends TaggedError("Unsupported")<{ message: string; feature: string }> {}
class Other extends TaggedError("Other")<{ message: string }> {}

describe("the error factory", () => {
  it("makes tagged Errors with their fields, name and message", () => {
    const error = new Unsupported({ message: "no export of x", feature: "x" })
    expect(error).toBeInstanceOf(Error)
    expect(error._tag).toBe("Unsupported")
    expect(error.name).toBe("Unsupported")
    expect(error.message).toBe("no export of x")
    expect(error.feature).toBe("x")
    expect(String(error)).toBe("Unsupported: no export of x")
  })

  it("gives every class its own marker and isInstance; all share the base", () => {
    const error = new Unsupported({ message: "m", feature: "f" })
    expect(Unsupported.isInstance(error)).toBe(true)
    expect(Other.isInstance(error)).toBe(false)
    expect(error instanceof Unsupported).toBe(true)
    expect(error instanceof Other).toBe(false)
    expect(error instanceof RareEarthError).toBe(true)
    expect(isRareEarthError(error)).toBe(true)
    expect(isRareEarthError(new InvalidInputError("bad"))).toBe(true)
    expect(new InvalidInputError("bad") instanceof RareEarthError).toBe(true)
    expect(Unsupported.marker).toBe(Symbol.for("@rareearth/core/Unsupported"))
  })

  it("recognises an instance from another copy by its registry markers", () => {
    const foreign = Object.assign(new Error("from a duplicate install"), {
      _tag: "Unsupported",
      [Symbol.for("@rareearth/core/Unsupported")]: true,
      [Symbol.for("@rareearth/sdk/RareEarthError")]: true,
    })
    expect(Unsupported.isInstance(foreign)).toBe(true)
    expect(foreign instanceof Unsupported).toBe(true)
    expect(isRareEarthError(foreign)).toBe(true)
    for (const value of [new Error("x"), { _tag: "Unsupported" }, null, "Unsupported"]) {
      expect(Unsupported.isInstance(value)).toBe(false)
      expect(isRareEarthError(value)).toBe(false)
    }
  })

  it("extends any base built from a fields object, keeping the cause", () => {
    class Base extends Error {
      readonly fromBase = true
      constructor(args: { message: string; cause?: unknown }) {
        super(args.message, { cause: args.cause })
        Object.assign(this, args)
      }
    }
    const Make = makeTaggedError(Base, "@test/pkg")
    class Failed extends Make("Failed")<{ message: string; cause?: unknown }> {}
    const cause = new Error("root")
    const error = new Failed({ message: "failed", cause })
    expect(error.fromBase).toBe(true)
    expect(error.cause).toBe(cause)
    expect(Failed.marker).toBe(Symbol.for("@test/pkg/Failed"))
    expect(isRareEarthError(error)).toBe(true)
  })
})
