import { describe, expect, it } from "vitest"
import { dataset } from "../index.ts"
import { AS_OF, DATASET_VERSION, loadPart, PART_KINDS, type PartName } from "./index.ts"

describe("the embedded parts", () => {
  it.each(Object.keys(PART_KINDS) as Array<PartName>)(
    "part %s holds its record kinds exactly as the root's dataset does",
    async (name) => {
      const part = await loadPart(name)
      expect(Object.keys(part)).toEqual(PART_KINDS[name])
      for (const kind of PART_KINDS[name]) expect(part[kind]).toStrictEqual(dataset[kind])
    },
  )

  it("together hold every record kind of the dataset (the elements come from core)", () => {
    const kinds = Object.values(PART_KINDS).flat()
    expect(new Set(kinds).size).toBe(kinds.length)
    expect(kinds.toSorted()).toEqual(
      Object.keys(dataset)
        .filter((kind) => kind !== "sources" && kind !== "elements")
        .toSorted(),
    )
  })

  it("give the dataset's version and date without loading a part, as the base part holds them", async () => {
    const base = await loadPart("base")
    expect([DATASET_VERSION, AS_OF]).toEqual([dataset.version, dataset.asOf])
    expect([base.version, base.asOf]).toEqual([DATASET_VERSION, AS_OF])
  })

  it("load once: a second load gets the same records", async () => {
    expect(await loadPart("prices")).toBe(await loadPart("prices"))
  })
})
