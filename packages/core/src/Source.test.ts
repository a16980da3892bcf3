import { describe, expect, it } from "vitest"
import { InvalidInputError } from "./InputError.ts"
import * as Source from "./Source.ts"

const input = (value: number) => ({ value, label: "x", sourceIds: ["s"] })
const derived = (formula: string, inputs: Record<string, number>, rounding?: "none" | "integer") =>
  Source.Confidence.parse({
    kind: "derived",
    formula,
    inputs: Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, input(value)])),
    ...(rounding ? { rounding } : {}),
  })

describe("Source.evaluateDerivation", () => {
  it("recomputes a derived figure (Feb 2025 magnets = Q1 - Jan - Mar)", () => {
    expect(
      Source.evaluateDerivation(derived("q1 - jan - mar", { q1: 15268, jan: 6357, mar: 5323 })),
    ).toBe(3588)
  })

  it("respects precedence, parentheses, unary minus and decimals", () => {
    expect(Source.evaluateFormula("1 + 2 * 3", {})).toBe(7)
    expect(Source.evaluateFormula("(1 + 2) * 3", {})).toBe(9)
    expect(Source.evaluateFormula("-a + -(b - 1)", { a: 2, b: 5 })).toBe(-6)
    expect(Source.evaluateFormula("10 / 4 / 5", {})).toBe(0.5)
    expect(Source.evaluateFormula("1.5e3 + .5", {})).toBe(1500.5)
    expect(Source.evaluateFormula("(june - may) / may * 100", { may: 1238, june: 3188 })).toBe(
      ((3188 - 1238) / 1238) * 100,
    )
  })

  it("applies integer rounding half away from zero; default is none", () => {
    expect(Source.evaluateDerivation(derived("a / 2", { a: 5 }, "integer"))).toBe(3)
    expect(Source.evaluateDerivation(derived("a / 2", { a: -5 }, "integer"))).toBe(-3)
    expect(Source.evaluateDerivation(derived("a / 2", { a: 5 }))).toBe(2.5)
    // Accepts the unparsed shape too (rounding omitted).
    expect(
      Source.evaluateDerivation({ kind: "derived", formula: "a * 2", inputs: { a: input(4) } }),
    ).toBe(8)
  })

  it.each([
    ["a +", /ends where a number/],
    ["a b", /unexpected "b"/],
    ["(a", /missing \)/],
    ["a)", /unexpected "\)"/],
    ["a ^ 2", /unexpected character "\^"/],
    ["process.exit()", /unexpected character "\."|unknown input "process"/],
    ["constructor", /unknown input "constructor"/],
    ["a / 0", /division by zero/],
    ["zz + 1", /unknown input "zz".*the inputs are a/],
  ])("rejects %j", (formula, message) => {
    expect(() => Source.evaluateDerivation(derived(formula, { a: 1 }))).toThrow(InvalidInputError)
    expect(() => Source.evaluateDerivation(derived(formula, { a: 1 }))).toThrow(message)
  })

  it("rejects confidences that are not derived", () => {
    expect(() => Source.evaluateDerivation({ kind: "official" })).toThrow(/"official"/)
  })

  it("verifyDerivation compares the stored value with the formula", () => {
    const confidence = derived("a + b", { a: 0.1, b: 0.2 })
    expect(Source.verifyDerivation(0.3, confidence)).toBe(true)
    expect(Source.verifyDerivation(0.31, confidence)).toBe(false)
    expect(Source.verifyDerivation(null, confidence)).toBe(false)
  })
})

describe("Source claims", () => {
  it("groups rival claims by conflictGroup in first-appearance order", () => {
    const records = [
      { id: "a", conflictGroup: "q2025-mining" },
      { id: "b" },
      { id: "c", conflictGroup: "x" },
      { id: "d", conflictGroup: "q2025-mining" },
    ]
    expect(Source.claimsByConflictGroup(records)).toEqual([
      { conflictGroup: "q2025-mining", claims: [records[0], records[3]] },
      { conflictGroup: "x", claims: [records[2]] },
    ])
    expect(Source.isOfficial({ confidence: { kind: "official" } })).toBe(true)
  })

  it("the Confidence schema requires a formula and named inputs with sources", () => {
    expect(Source.Confidence.safeParse({ kind: "derived", formula: "", inputs: {} }).success).toBe(
      false,
    )
    expect(
      Source.Confidence.safeParse({
        kind: "derived",
        formula: "a",
        inputs: { "bad name": input(1) },
      }).success,
    ).toBe(false)
  })
})
