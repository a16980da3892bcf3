import { describe, expect, it } from "vitest"
import * as Mirror from "./Mirror.ts"
import type { TradeFlow } from "./TradeFlow.ts"

// Synthetic flows: invented round numbers, not real trade.
const flow = (
  overrides: Partial<TradeFlow> & Pick<TradeFlow, "reporter" | "partner" | "flow">,
): TradeFlow => ({
  id: `${overrides.reporter}-${overrides.partner}-${overrides.flow}-${overrides.period ?? "2024"}`,
  period: "2024",
  commodity: "280530",
  netWeightTonnes: 10,
  valueUsd: 1000,
  sources: [{ id: "test", title: "Test", publisher: "Test" }],
  confidence: { kind: "official" },
  ...overrides,
})

describe("Mirror.compare", () => {
  it("pairs a reporter's exports with the partner's imports of the same code and period", () => {
    const rows = Mirror.compare("CN", [
      flow({ reporter: "CN", partner: "JP", flow: "export", valueUsd: 1000 }),
      flow({ reporter: "JP", partner: "CN", flow: "import", valueUsd: 1100, netWeightTonnes: 12 }),
    ])
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      partner: "JP",
      period: "2024",
      valueGapUsd: 100,
      tonnesGap: 2,
      valueRatio: 1.1,
    })
    expect(rows[0]?.exports?.reporter).toBe("CN")
    expect(rows[0]?.imports?.reporter).toBe("JP")
  })

  it("keeps a side that the other does not report, with unknown gaps (never zero)", () => {
    const rows = Mirror.compare("CN", [
      flow({ reporter: "CN", partner: "US", flow: "export" }),
      flow({ reporter: "DE", partner: "CN", flow: "import", valueUsd: null }),
    ])
    expect(rows.map((row) => [row.partner, row.exports !== null, row.imports !== null])).toEqual([
      ["DE", false, true],
      ["US", true, false],
    ])
    expect(rows.every((row) => row.valueGapUsd === null && row.valueRatio === null)).toBe(true)
  })

  it("ignores other reporters, directions and area partners such as WORLD", () => {
    const rows = Mirror.compare("CN", [
      flow({ reporter: "CN", partner: "WORLD", flow: "export" }),
      flow({ reporter: "US", partner: "JP", flow: "export" }),
      flow({ reporter: "CN", partner: "JP", flow: "import" }),
    ])
    expect(rows).toEqual([])
  })

  it("rejects a reporter that is not a country code", () => {
    expect(() => Mirror.compare("WORLD", [])).toThrow(/Invalid reporter "WORLD"/)
  })
})
