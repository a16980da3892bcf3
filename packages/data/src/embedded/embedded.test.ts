import type { Source } from "@rareearth/core"
import { ELEMENT_SOURCES } from "@rareearth/core/Element"
import { describe, expect, it } from "vitest"
import { dataset } from "../index.ts"
import { PricePages } from "../pages/prices.ts"
import { SharedPages } from "../pages/shared.ts"
import { TradePages } from "../pages/trade.ts"
import { WorldPages } from "../pages/world.ts"
import { SupplySources } from "../production/sources.ts"
import { ControlSources } from "../sources/controls.ts"
import { EventSources } from "../sources/events.ts"
import { FlowSources } from "../sources/flows.ts"
import { QuotaSources } from "../sources/quotas.ts"
import { SharedSources } from "../sources/shared.ts"
import { Sources } from "../sources.ts"
import { AS_OF, DATASET_VERSION, loadPart, PART_KINDS, type PartName } from "./index.ts"

const PART_NAMES = Object.keys(PART_KINDS) as Array<PartName>

/** Every source a value cites, at any depth (a record's, its events', a derived figure's inputs'). */
const citedBy = (value: unknown): Set<Source.SourceRef> => {
  const cited = new Set<Source.SourceRef>()
  const seen = new Set<unknown>()
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== "object" || seen.has(node)) return
    seen.add(node)
    if (Array.isArray(node)) {
      for (const item of node) walk(item)
      return
    }
    const record = node as Record<string, unknown>
    if (
      typeof record.id === "string" &&
      typeof record.title === "string" &&
      typeof record.publisher === "string" &&
      !("sources" in record) // a release calendar has a title and a publisher too
    )
      cited.add(record as unknown as Source.SourceRef)
    for (const child of Object.values(record)) walk(child)
  }
  walk(value)
  return cited
}

/**
 * The tables of sources each part's modules import (the sources loaded with it); core's element
 * sources come with core, which every part's code loads.
 */
const TABLES_OF: { readonly [P in PartName]: ReadonlyArray<Record<string, Source.SourceRef>> } = {
  controls: [ControlSources, SharedSources],
  quotas: [QuotaSources, SharedSources],
  flows: [FlowSources, SharedSources, TradePages, SharedPages],
  events: [EventSources, SharedSources],
  calendars: [FlowSources],
  supply: [SupplySources],
  world: [WorldPages, SharedPages],
  prices: [PricePages, SharedPages, SupplySources],
}

/** The tables of src/sources/ and the kinds whose records cite their sources. */
const SOURCE_TABLES = [
  ["ControlSources", ControlSources, ["controls"]],
  ["QuotaSources", QuotaSources, ["quotas"]],
  ["FlowSources", FlowSources, ["flows", "calendars"]],
  ["EventSources", EventSources, ["events"]],
] as const

describe("the embedded parts", () => {
  it.each(PART_NAMES)(
    "part %s holds its record kinds exactly as the root's dataset does",
    async (name) => {
      const part = await loadPart(name)
      expect(Object.keys(part)).toEqual(PART_KINDS[name])
      for (const kind of PART_KINDS[name]) expect(part[kind]).toStrictEqual(dataset[kind])
    },
  )

  it("together hold every record kind of the dataset, each in one part (the elements come from core)", () => {
    const kinds = Object.values(PART_KINDS).flat()
    expect(new Set(kinds).size).toBe(kinds.length)
    expect(kinds.toSorted()).toEqual(
      Object.keys(dataset)
        .filter((kind) => !["sources", "elements", "version", "asOf"].includes(kind))
        .toSorted(),
    )
  })

  it("give the dataset's version and date without loading a part", () => {
    expect([DATASET_VERSION, AS_OF]).toEqual([dataset.version, dataset.asOf])
  })

  it("load once: a second load gets the same records", async () => {
    expect(await loadPart("prices")).toBe(await loadPart("prices"))
  })

  it.each(PART_NAMES)(
    "every source part %s's records cite is loaded with it (the same object, one home)",
    async (name) => {
      const loaded = new Set([...TABLES_OF[name].flatMap(Object.values), ...ELEMENT_SOURCES])
      const cited = [...citedBy(await loadPart(name))]
      expect(cited.length).toBeGreaterThan(0)
      expect(cited.filter((source) => !loaded.has(source)).map((source) => source.id)).toEqual([])
    },
  )
})

describe("the sources, one table per record kind", () => {
  const citing = async (names: ReadonlyArray<PartName>) =>
    new Set(
      (await Promise.all(names.map(async (name) => [...citedBy(await loadPart(name))]))).flat(),
    )

  it("give each source one home: Sources is the tables' union, no key or id in two", () => {
    const tables = [SharedSources, ControlSources, EventSources, QuotaSources, FlowSources]
    const keys = tables.flatMap(Object.keys)
    const ids = tables.flatMap((table) => Object.values(table).map((source) => source.id))
    expect(new Set(keys).size).toBe(keys.length)
    expect(new Set(ids).size).toBe(ids.length)
    expect(keys.toSorted()).toEqual(Object.keys(Sources).toSorted())
    for (const table of tables)
      for (const [key, source] of Object.entries(table))
        expect(Sources[key as keyof typeof Sources]).toBe(source)
  })

  it.each(SOURCE_TABLES)(
    "%s holds only sources its kind's records cite, so a part loads no source it does not cite",
    async (_name, table, parts) => {
      const cited = await citing(parts)
      const others = await citing(PART_NAMES.filter((name) => !parts.includes(name as never)))
      for (const source of Object.values(table)) {
        expect(cited.has(source), source.id).toBe(true)
        expect(others.has(source), `${source.id} is cited by another kind too`).toBe(false)
      }
    },
  )

  it("keeps in SharedSources only sources that records of two kinds cite", async () => {
    for (const source of Object.values(SharedSources)) {
      const kinds = []
      for (const name of PART_NAMES) if (citedBy(await loadPart(name)).has(source)) kinds.push(name)
      expect(kinds.length, source.id).toBeGreaterThanOrEqual(2)
    }
  })
})
