import {
  Dataset,
  Element,
  ExportControl,
  PolicyEvent,
  Quota,
  Source,
  TradeFlow,
} from "@rareearth/core"
import { describe, expect, it } from "vitest"
import { dataset, sources } from "./index.ts"

const provenanced = [
  ...dataset.measures.map((record) => ({ kind: "measure", record })),
  ...dataset.quotas.map((record) => ({ kind: "quota", record })),
  ...dataset.flows.map((record) => ({ kind: "flow", record })),
  ...dataset.events.map((record) => ({ kind: "event", record })),
  ...(dataset.production ?? []).map((record) => ({ kind: "production", record })),
  ...(dataset.reserves ?? []).map((record) => ({ kind: "reserves", record })),
  ...(dataset.salientStatistics ?? []).map((record) => ({ kind: "salient", record })),
  ...(dataset.supplyShares ?? []).map((record) => ({ kind: "share", record })),
  ...(dataset.worldMeasures ?? []).map((record) => ({ kind: "world measure", record })),
  ...(dataset.prices ?? []).map((record) => ({ kind: "price", record })),
]

/** Every SourceRef a record embeds: its own and those of its lifecycle events. */
const refsOf = (record: (typeof provenanced)[number]["record"]): Source.SourceRef[] => [
  ...record.sources,
  ...("events" in record ? record.events.flatMap((event) => event.sources) : []),
]

describe("the dataset parses with core's schemas", () => {
  it("parses as a whole with Dataset.Dataset, unchanged by parsing", () => {
    const parsed = Dataset.Dataset.parse(dataset)
    expect(parsed).toEqual(dataset)
  })

  it("parses record by record with each kind's schema", () => {
    for (const source of dataset.sources) expect(Source.SourceRef.parse(source)).toEqual(source)
    for (const element of dataset.elements) Element.Element.parse(element)
    for (const measure of dataset.measures) ExportControl.ExportControlMeasure.parse(measure)
    for (const quota of dataset.quotas) Quota.Quota.parse(quota)
    for (const flow of dataset.flows) TradeFlow.TradeFlow.parse(flow)
    for (const event of dataset.events) PolicyEvent.PolicyEvent.parse(event)
  })

  it("rejects a broken record, so the check can fail", () => {
    const broken = { ...dataset, flows: [{ ...dataset.flows[0]!, sources: [] }] }
    expect(Dataset.Dataset.safeParse(broken).success).toBe(false)
  })

  it("carries the date its sources reach", () => {
    expect(dataset.asOf).toBe("2026-04-20")
  })
})

describe("every number has a source", () => {
  const byId = new Map(dataset.sources.map((source) => [source.id, source]))

  it("gives every record at least one source", () => {
    for (const { kind, record } of provenanced) {
      expect(record.sources.length, `${kind} ${record.id}`).toBeGreaterThan(0)
    }
  })

  it("lists each source once, with a unique id and a unique URL", () => {
    expect(new Set(dataset.sources.map((source) => source.id)).size).toBe(dataset.sources.length)
    const urls = dataset.sources.flatMap((source) => (source.url ? [source.url] : []))
    expect(new Set(urls).size).toBe(urls.length)
    expect(sources).toEqual(dataset.sources)
  })

  it("only cites sources listed in dataset.sources, with identical content", () => {
    for (const { kind, record } of provenanced) {
      for (const ref of refsOf(record)) {
        expect(byId.get(ref.id), `${kind} ${record.id} cites ${ref.id}`).toEqual(ref)
      }
    }
  })

  it("lists no source that nothing cites", () => {
    const cited = new Set(provenanced.flatMap(({ record }) => refsOf(record).map((ref) => ref.id)))
    for (const record of provenanced) {
      const confidence = record.record.confidence
      if (confidence.kind === "derived")
        for (const input of Object.values(confidence.inputs))
          for (const id of input.sourceIds) cited.add(id)
    }
    for (const element of Element.ELEMENT_SOURCES) cited.add(element.id)
    const uncited = dataset.sources.filter((source) => !cited.has(source.id)).map((s) => s.id)
    expect(uncited).toEqual([])
  })

  it("cites the seed article by title, without a URL", () => {
    const article = byId.get("seed-article")
    expect(article?.title).toBe("China Resumes Rare Earth Magnet Exports After Trade Truce")
    expect(article?.url).toBeUndefined()
  })

  it("gives unique ids within each kind of record", () => {
    for (const kind of ["measures", "quotas", "flows", "events"] as const) {
      const ids = dataset[kind].map((record) => record.id)
      expect(new Set(ids).size, kind).toBe(ids.length)
    }
  })
})

describe("derived figures", () => {
  const derived = provenanced.filter(({ record }) => record.confidence.kind === "derived")
  const figureOf = (record: (typeof provenanced)[number]["record"]): number | null =>
    "netWeightTonnes" in record
      ? record.netWeightTonnes
      : "tonnesReo" in record
        ? record.tonnesReo
        : "low" in record
          ? record.low
          : null

  it("exist (the check below is not vacuous)", () => {
    expect(derived.length).toBeGreaterThanOrEqual(10)
  })

  it("recompute exactly from their inputs with Source.evaluateDerivation", () => {
    for (const { record } of derived) {
      expect(Source.evaluateDerivation(record.confidence), record.id).toBe(figureOf(record))
      expect(Source.verifyDerivation(figureOf(record), record.confidence), record.id).toBe(true)
    }
  })

  it("name only inputs whose sources are listed, and cite those sources on the record", () => {
    const known = new Set(dataset.sources.map((source) => source.id))
    for (const { record } of derived) {
      if (record.confidence.kind !== "derived") continue
      const cited = new Set(record.sources.map((source) => source.id))
      for (const input of Object.values(record.confidence.inputs))
        for (const id of input.sourceIds) {
          expect(known.has(id), `${record.id}: ${id}`).toBe(true)
          expect(cited.has(id), `${record.id} should cite ${id}`).toBe(true)
        }
    }
  })

  it("would catch a stored figure that does not match its formula", () => {
    const [first] = derived
    if (first === undefined || first.record.confidence.kind !== "derived") throw new Error("none")
    expect(
      Source.verifyDerivation((figureOf(first.record) ?? 0) + 1, first.record.confidence),
    ).toBe(false)
  })
})

describe("nothing after the coverage limit", () => {
  it("records no lifecycle event or policy event after asOf", () => {
    for (const measure of dataset.measures)
      for (const event of measure.events)
        expect(event.date <= dataset.asOf, `${measure.id} ${event.type}`).toBe(true)
    for (const event of dataset.events) expect(event.date <= dataset.asOf, event.id).toBe(true)
  })

  it("lists lifecycle events in date order, and ends no event before it starts", () => {
    for (const measure of dataset.measures) {
      const dates = measure.events.map((event) => event.date)
      expect(dates, measure.id).toEqual([...dates].sort())
    }
    for (const event of dataset.events)
      if (event.endDate !== undefined) expect(event.endDate >= event.date, event.id).toBe(true)
  })

  it("records no resumption or revocation (none is known)", () => {
    const types = dataset.measures.flatMap((measure) => measure.events.map((event) => event.type))
    expect(types).not.toContain("resumed")
    expect(types).not.toContain("revoked")
  })

  it("has no flow after March 2026 and no quota for 2026", () => {
    for (const flow of dataset.flows) expect(flow.period <= "2026-03", flow.id).toBe(true)
    expect(dataset.quotas.filter((quota) => quota.year >= 2026)).toEqual([])
  })
})
