import { describe, expect, it } from "vitest"
import * as Element from "./Element.ts"
import { InvalidInputError } from "./InputError.ts"
import { SourceRef } from "./Source.ts"

describe("Element.ELEMENTS", () => {
  it("holds the 17 rare earths in atomic-number order, valid against the schema", () => {
    expect(Element.ELEMENTS).toHaveLength(17)
    expect(Element.ELEMENTS.map((e) => e.symbol)).toEqual(Element.SYMBOLS)
    const numbers = Element.ELEMENTS.map((e) => e.atomicNumber)
    expect(numbers).toEqual([21, 39, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71])
    for (const element of Element.ELEMENTS) expect(Element.Element.parse(element)).toEqual(element)
  })

  it("uses CIAAW weights whose notation matches value and uncertainty", () => {
    for (const element of Element.ELEMENTS) {
      const weight = element.atomicWeight
      if (weight.kind !== "standard") continue
      const match = /^(\d+)\.(\d+)\((\d+)\)$/.exec(weight.notation)
      expect(match, element.symbol).not.toBeNull()
      const [, integer, decimals, digits] = match!
      expect(weight.value).toBe(Number(`${integer}.${decimals}`))
      expect(weight.uncertainty).toBe(Number(`${digits}e-${decimals!.length}`))
    }
    expect(Element.lookup("Gd").atomicWeight).toMatchObject({ value: 157.249, revisionYear: 2024 })
    expect(Element.lookup("Lu").atomicWeight).toMatchObject({ notation: "174.96669(5)" })
    expect(Element.lookup("Nd").atomicWeight).toMatchObject({
      notation: "144.242(3)",
      uncertainty: 0.003,
    })
  })

  it("records a CIAAW revision year only where a source states it, and says so otherwise", () => {
    const years = Object.fromEntries(
      Element.ELEMENTS.flatMap((element) =>
        element.atomicWeight.kind === "standard"
          ? [[element.symbol, element.atomicWeight.revisionYear]]
          : [],
      ),
    )
    expect(years).toEqual({
      Sc: 2021,
      Y: 2021,
      La: undefined,
      Ce: undefined,
      Pr: 2017,
      Nd: undefined,
      Sm: undefined,
      Eu: undefined,
      Gd: 2024,
      Tb: 2021,
      Dy: undefined,
      Ho: 2021,
      Er: undefined,
      Tm: 2021,
      Yb: undefined,
      Lu: 2024,
    })
    for (const element of Element.ELEMENTS) {
      const weight = element.atomicWeight
      if (weight.kind !== "standard") continue
      // Absent, not invented: the key is left out rather than set to a guess or to undefined.
      if (weight.revisionYear === undefined) {
        expect(Object.hasOwn(weight, "revisionYear"), element.symbol).toBe(false)
        expect(weight.note, element.symbol).toMatch(/no source states the CIAAW revision year/)
      } else expect(weight.note, element.symbol).toBeDefined()
    }
    // The 2021 values carry the caveat that they were not checked against ciaaw.org.
    for (const symbol of ["Sc", "Y", "Tb", "Ho", "Tm"])
      expect(Element.lookup(symbol).atomicWeight, symbol).toMatchObject({
        note: expect.stringMatching(/not against ciaaw\.org.*uncertainty is unconfirmed/),
      })
  })

  it("accepts a standard atomic weight without a revision year, and rejects a fractional one", () => {
    const weight = { kind: "standard", value: 144.242, uncertainty: 0.003, notation: "144.242(3)" }
    expect(Element.AtomicWeight.parse(weight)).toEqual(weight)
    expect(Element.AtomicWeight.safeParse({ ...weight, revisionYear: 2005.5 }).success).toBe(false)
  })

  it("records promethium's 145 as a mass number, not a weight", () => {
    const pm = Element.lookup("Pm")
    expect(pm.atomicWeight).toMatchObject({ kind: "mass_number", massNumber: 145 })
    expect(Element.standardAtomicWeight("Pm")).toBeUndefined()
    expect(Element.standardAtomicWeight("Nd")).toBe(144.242)
  })

  it("classifies per convention; scandium differs most", () => {
    expect(Element.groupOf("Sc", "usgs")).toBe("unassigned")
    expect(Element.groupOf("Sc", "china_2group")).toBe("heavy")
    expect(Element.groupOf("Sc", "china_3group")).toBe("unassigned")
    expect(Element.groupOf("Sc", "mofcom_controls_2025")).toBe("medium_heavy")
    expect(Element.inGroup("usgs", "light").map((e) => e.symbol)).toEqual([
      "La",
      "Ce",
      "Pr",
      "Nd",
      "Pm",
      "Sm",
      "Eu",
      "Gd",
    ])
    expect(Element.inGroup("usgs", "heavy").map((e) => e.symbol)).toEqual([
      "Y",
      "Tb",
      "Dy",
      "Ho",
      "Er",
      "Tm",
      "Yb",
      "Lu",
    ])
    expect(Element.inGroup("china_2group", "light").map((e) => e.symbol)).toEqual([
      "La",
      "Ce",
      "Pr",
      "Nd",
      "Pm",
      "Sm",
      "Eu",
    ])
    expect(Element.inGroup("china_3group", "medium").map((e) => e.symbol)).toEqual([
      "Sm",
      "Eu",
      "Gd",
    ])
    // No. 18 (7) + No. 57 (5) = 12 of 17 controlled.
    expect(Element.inGroup("mofcom_controls_2025", "medium_heavy")).toHaveLength(12)
    // Sc is the one element USGS places in neither group.
    expect(Element.inGroup("usgs", "unassigned").map((e) => e.symbol)).toEqual(["Sc"])
  })

  it("cites its sources: every sourceId resolves and every source is a valid SourceRef with a URL", () => {
    const ids = new Set(Element.ELEMENT_SOURCES.map((s) => s.id))
    expect(ids.size).toBe(Element.ELEMENT_SOURCES.length)
    for (const source of Element.ELEMENT_SOURCES) {
      expect(SourceRef.parse(source)).toEqual(source)
      expect(source.url).toMatch(/^https?:\/\//)
    }
    for (const element of Element.ELEMENTS) {
      expect(element.sourceIds?.length, element.symbol).toBeGreaterThan(0)
      for (const id of element.sourceIds ?? [])
        expect(ids.has(id), `${element.symbol}: ${id}`).toBe(true)
      expect(element.uses.length).toBeGreaterThan(0)
    }
    for (const convention of Object.values(Element.CONVENTIONS))
      for (const id of convention.sourceIds) expect(ids.has(id)).toBe(true)
  })
})

describe("Element.lookup", () => {
  it("finds by symbol, name or atomic number, case-insensitively", () => {
    expect(Element.lookup("dy").symbol).toBe("Dy")
    expect(Element.lookup("DY").symbol).toBe("Dy")
    expect(Element.lookup("Dysprosium").symbol).toBe("Dy")
    expect(Element.lookup("  terbium ").symbol).toBe("Tb")
    expect(Element.lookup(66).symbol).toBe("Dy")
    expect(Element.lookup("39").symbol).toBe("Y")
    expect(Element.parseSymbol("lu")).toBe("Lu")
  })

  it("throws an error naming the input and listing the valid symbols", () => {
    expect(() => Element.lookup("Xx")).toThrow(InvalidInputError)
    expect(() => Element.lookup("Xx")).toThrow(/"Xx"/)
    expect(() => Element.lookup("Xx")).toThrow(
      /Sc, Y, La, Ce, Pr, Nd, Pm, Sm, Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu/,
    )
    expect(() => Element.lookup(26)).toThrow(/26/)
    expect(() => Element.lookup("")).toThrow(InvalidInputError)
    expect(() => Element.lookup("Fe")).toThrow(/"Fe"/)
  })

  it("find returns undefined instead of throwing; isSymbol is exact", () => {
    expect(Element.find("unobtainium")).toBeUndefined()
    expect(Element.isSymbol("Dy")).toBe(true)
    expect(Element.isSymbol("dy")).toBe(false)
  })
})
