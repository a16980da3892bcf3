import { describe, expect, it } from "vitest"
import { isInvalidInputError } from "./InputError.ts"
import * as TradeFlow from "./TradeFlow.ts"

describe("TradeFlow.parseFlowDirection", () => {
  it("accepts any case, hyphens and spaces, and aliases", () => {
    expect(TradeFlow.parseFlowDirection("export")).toBe("export")
    expect(TradeFlow.parseFlowDirection(" Export ")).toBe("export")
    expect(TradeFlow.parseFlowDirection("IMPORTS")).toBe("import")
    expect(TradeFlow.parseFlowDirection("re-export")).toBe("re_export")
    expect(TradeFlow.parseFlowDirection("Re Import")).toBe("re_import")
  })

  it("rejects anything else, naming the value and listing the directions", () => {
    let caught: unknown
    try {
      TradeFlow.parseFlowDirection("sideways")
    } catch (error) {
      caught = error
    }
    expect(isInvalidInputError(caught)).toBe(true)
    expect((caught as Error).message).toMatch(
      /^Unknown flow direction "sideways": expected one of export, import, re_export, re_import/,
    )
  })
})
