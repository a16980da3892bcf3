// The additions of 0.2.0 to existing schemas: a source's reliability, a measure's listed items.
import { describe, expect, it } from "vitest"
import * as ExportControl from "./ExportControl.ts"
import * as Source from "./Source.ts"

const source = { id: "mirror", title: "A mirror", publisher: "mirror.example" }

describe("SourceRef.reliability", () => {
  it("is optional, and when present is 'weak' with a reason", () => {
    expect(Source.SourceRef.parse(source)).toEqual(source)
    const weak = { ...source, reliability: { rating: "weak", reason: "a crypto-news mirror" } }
    expect(Source.SourceRef.parse(weak)).toEqual(weak)
    expect(Source.isWeak(weak)).toBe(true)
    expect(Source.isWeak(source)).toBe(false)
    expect(Source.SourceRef.safeParse({ ...source, reliability: { rating: "weak" } }).success).toBe(
      false,
    )
    expect(
      Source.SourceRef.safeParse({ ...source, reliability: { rating: "poor", reason: "x" } })
        .success,
    ).toBe(false)
  })
})

describe("ControlScope.listedItems", () => {
  it("records an item with its element, codes, evidence and minimum content (null: none)", () => {
    const item = {
      item: "Tb-containing NdFeB permanent-magnet materials",
      originalText: "含铽的钕铁硼永磁材料",
      element: "Tb",
      productForm: "magnet",
      minimumContent: null,
      sourceIds: ["zh-text"],
    }
    expect(ExportControl.ListedItem.parse(item)).toEqual(item)
    expect(ExportControl.ListedItem.safeParse({ ...item, sourceIds: [] }).success).toBe(false)
    expect(ExportControl.ListedItem.safeParse({ ...item, element: "Xx" }).success).toBe(false)
  })
})
