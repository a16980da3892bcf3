import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { InvalidInputError } from "./InputError.ts"
import * as Quantity from "./Quantity.ts"

describe("Quantity", () => {
  it("builds and converts between tonnes and kilograms, keeping the basis", () => {
    expect(Quantity.tonnes(1.5, "net_weight")).toEqual({
      value: 1.5,
      unit: "tonnes",
      basis: "net_weight",
    })
    expect(Quantity.convert(Quantity.tonnes(1.5, "reo_content"), "kilograms")).toEqual({
      value: 1500,
      unit: "kilograms",
      basis: "reo_content",
    })
    expect(Quantity.toTonnes(Quantity.kilograms(46_000, "net_weight"))).toBe(46)
    expect(Quantity.toTonnes(Quantity.kilograms(1, "net_weight"))).toBe(0.001)
  })

  it("adds quantities of the same basis across units", () => {
    const sum = Quantity.add(
      Quantity.tonnes(1, "gross_weight"),
      Quantity.kilograms(500, "gross_weight"),
    )
    expect(sum).toEqual({ value: 1.5, unit: "tonnes", basis: "gross_weight" })
    // Exact (correctly rounded) summation: 0.1 + 0.2 + 0.3 t is 0.6 t, not 0.6000000000000001.
    const parts = [
      Quantity.tonnes(0.1, "net_weight"),
      Quantity.tonnes(0.2, "net_weight"),
      Quantity.kilograms(300, "net_weight"),
    ]
    expect(Quantity.sum(parts).value).toBe(0.6)
  })

  it("throws when adding different bases instead of summing silently", () => {
    expect(() =>
      Quantity.add(Quantity.tonnes(1, "gross_weight"), Quantity.tonnes(1, "reo_content")),
    ).toThrow(InvalidInputError)
    expect(() =>
      Quantity.add(Quantity.tonnes(1, "gross_weight"), Quantity.tonnes(1, "reo_content")),
    ).toThrow(/bases differ/)
    expect(() =>
      Quantity.sum([Quantity.tonnes(1, "net_weight"), Quantity.kilograms(1, "reo_content")]),
    ).toThrow(/quantities\[1\] is reo_content/)
    expect(() => Quantity.sum([])).toThrow(/basis/)
  })

  it("rejects negative, non-finite values, unknown units and bases", () => {
    expect(() => Quantity.tonnes(-1, "net_weight")).toThrow(/-1/)
    expect(() => Quantity.tonnes(Number.NaN, "net_weight")).toThrow(InvalidInputError)
    expect(() => Quantity.tonnes(1, "volume" as Quantity.MassBasis)).toThrow(/"volume"/)
    expect(() =>
      Quantity.convert(Quantity.tonnes(1, "net_weight"), "pounds" as Quantity.MassUnit),
    ).toThrow(/"pounds"/)
  })

  it("property: converting there and back is exact for whole kilograms", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (kg) => {
        const q = Quantity.kilograms(kg, "net_weight")
        expect(Quantity.convert(Quantity.convert(q, "tonnes"), "kilograms").value).toBe(kg)
      }),
    )
  })
})
