import { describe, expect, it } from "vitest"
import * as z from "zod"
import * as InputError from "./InputError.ts"

describe("InvalidInputError", () => {
  it("is an Error with issues as data", () => {
    const error = InputError.invalid("unknown_unit", 'Unknown unit "lb"', "lb", ["unit"])
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe("InvalidInputError")
    expect(error._tag).toBe("InvalidInputError")
    expect(error.issues).toEqual([
      { code: "unknown_unit", path: ["unit"], message: 'Unknown unit "lb"' },
    ])
    expect(error.input).toBe("lb")
  })

  it("isInstance works across copies via the registry symbol, and rejects lookalikes", () => {
    const error = new InputError.InvalidInputError("x")
    expect(InputError.isInvalidInputError(error)).toBe(true)
    const foreign = Object.assign(new Error("x"), {
      [Symbol.for("@rareearth/core/InvalidInputError")]: true,
    })
    expect(InputError.InvalidInputError.isInstance(foreign)).toBe(true)
    expect(InputError.isInvalidInputError(new Error("x"))).toBe(false)
    expect(InputError.isInvalidInputError(null)).toBe(false)
  })

  it("keeps zod issues with their paths", () => {
    const result = z.object({ a: z.array(z.number()) }).safeParse({ a: [1, "x"] })
    expect(result.success).toBe(false)
    if (result.success) return
    const error = InputError.fromZodError(result.error, "thing")
    expect(error.issues[0]).toMatchObject({ code: "invalid_type", path: ["a", 1] })
    expect(error.message).toMatch(/Invalid thing:\n {2}- at a\.1: /)
  })
})

describe("formatIssue / formatIssues", () => {
  it("writes path: message, the message alone at the root, joined with '; '", () => {
    expect(InputError.formatIssue({ path: ["flows", 3, "period"], message: "bad month" })).toBe(
      "flows.3.period: bad month",
    )
    expect(InputError.formatIssue({ path: [], message: "not an object" })).toBe("not an object")
    expect(
      InputError.formatIssues([
        { path: ["year"], message: "too small" },
        { path: [], message: "bad" },
      ]),
    ).toBe("year: too small; bad")
  })

  it("formats zod's issues as they come", () => {
    const result = z.object({ a: z.array(z.number()) }).safeParse({ a: [1, "x"] })
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(InputError.formatIssues(result.error.issues)).toMatch(/^a\.1: /)
      expect(InputError.issuesFromZod(result.error.issues)[0]).toMatchObject({ path: ["a", 1] })
    }
  })
})
