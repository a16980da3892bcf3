// zod/mini registers no locale: core's schemas must still give zod's English messages, as they
// did on zod classic. This file imports no zod classic (which would register English itself).
import { describe, expect, it } from "vitest"
import * as z from "zod/mini"
import * as Period from "../Period.ts"
import * as TradeFlow from "../TradeFlow.ts"

describe("core's zod/mini schemas", () => {
  it("give zod's English messages, not mini's bare 'Invalid input'", () => {
    const result = TradeFlow.TradeFlow.safeParse({})
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({
      code: "invalid_type",
      path: ["id"],
      message: "Invalid input: expected string, received undefined",
    })
  })

  it("keep their own messages", () => {
    const result = Period.Month.safeParse("2025-13")
    expect(result.error?.issues[0]?.message).toBe(
      'expected a month as "YYYY-MM" with a two-digit month from 01 to 12, e.g. "2025-06"',
    )
  })
})

describe("core's zod/mini objects", () => {
  it("parse with the compiled parser, also when extended, picked or made strict", () => {
    const flow = TradeFlow.TradeFlow
    const derived = [
      flow,
      z.extend(flow, { note: z.optional(z.string()) }),
      z.pick(flow, { id: true }),
      z.partial(flow),
    ]
    for (const schema of derived) {
      expect(schema._zod.traits.has("$ZodObjectJIT")).toBe(true)
      expect(schema).toBeInstanceOf(z.ZodMiniObject)
    }
    expect(
      z.extend(flow, { note: z.optional(z.string()) }).safeParse({}).error?.issues[0],
    ).toMatchObject({ path: ["id"], message: "Invalid input: expected string, received undefined" })
  })
})
