// Dataset, TradeFlow and PolicyEvent: parsing at the boundary and small queries.
import { describe, expect, it } from "vitest"
import * as Dataset from "./Dataset.ts"
import { InvalidInputError } from "./InputError.ts"
import * as PolicyEvent from "./PolicyEvent.ts"
import * as TradeFlow from "./TradeFlow.ts"

const source = { id: "gac", title: "GAC", publisher: "General Administration of Customs" }
const flow = {
  id: "f1",
  period: "2025-06",
  reporter: "CN",
  partner: "WORLD",
  flow: "export",
  commodity: "8505111000",
  netWeightTonnes: 3188,
  valueUsd: null,
  sources: [source],
  confidence: { kind: "official" },
}

describe("TradeFlow", () => {
  it("parses a flow and keeps unknown weight as null", () => {
    expect(TradeFlow.parse(flow).valueUsd).toBeNull()
    expect(TradeFlow.parse({ ...flow, netWeightTonnes: null }).netWeightTonnes).toBeNull()
  })

  it("rejects a bad period with the path of the issue", () => {
    try {
      TradeFlow.parse({ ...flow, period: "2025-6" })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError)
      expect((error as InvalidInputError).issues.map((i) => i.path)).toEqual([["period"]])
    }
  })

  it("natural key", () => {
    expect(TradeFlow.naturalKey(TradeFlow.parse(flow))).toBe(
      "gac|2025-06|CN|WORLD|export|8505111000|",
    )
  })
})

describe("Dataset", () => {
  it("parses an empty dataset and reports every issue of a bad one", () => {
    const empty = {
      version: "0.1.0",
      asOf: "2026-04-20",
      sources: [],
      elements: [],
      measures: [],
      quotas: [],
      flows: [],
      events: [],
    }
    expect(Dataset.parse(empty)).toEqual(empty)
    expect(() =>
      Dataset.parse({ ...empty, version: "1", flows: [{ ...flow, period: "2025-13" }] }),
    ).toThrow(/version[\s\S]*flows\.0\.period/)
  })
})

describe("Dataset.integrityIssues", () => {
  const empty = {
    version: "0.1.0",
    asOf: "2026-04-20",
    sources: [source],
    elements: [],
    measures: [],
    quotas: [],
    flows: [],
    events: [],
  }

  it("is empty for a consistent dataset", () => {
    expect(Dataset.integrityIssues(Dataset.parse({ ...empty, flows: [flow] }))).toEqual([])
  })

  it("reports duplicate ids, repeated observations and dangling references", () => {
    const derived = {
      ...flow,
      id: "f2",
      partner: "US",
      confidence: {
        kind: "derived",
        formula: "a",
        inputs: { a: { value: 1, label: "a", sourceIds: ["nowhere"] } },
      },
    }
    const event = {
      id: "e1",
      date: "2025-06-05",
      kind: "phone_call",
      title: "Call",
      participants: [],
      summary: "",
      relatedMeasureIds: ["cn-mofcom-1999-1"],
      sources: [source],
      confidence: { kind: "reported" },
    }
    const issues = Dataset.integrityIssues(
      Dataset.parse({ ...empty, flows: [flow, { ...flow }, derived], events: [event] }),
    )
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["duplicate_id", "flows.1.id"],
      ["duplicate_observation", "flows.1"],
      ["unknown_source", "flows.2.confidence.inputs.a.sourceIds"],
      ["unknown_measure", "events.0.relatedMeasureIds.0"],
    ])
    expect(issues[1]?.message).toMatch(/counted twice/)
  })
})

describe("PolicyEvent.between", () => {
  it("keeps events overlapping the range, sorted", () => {
    const base = {
      kind: "trade_talks",
      participants: [],
      summary: "",
      relatedMeasureIds: [],
      sources: [source],
      confidence: { kind: "reported" },
    }
    const events = [
      PolicyEvent.PolicyEvent.parse({
        ...base,
        id: "london",
        date: "2025-06-09",
        endDate: "2025-06-10",
        title: "London",
      }),
      PolicyEvent.PolicyEvent.parse({
        ...base,
        id: "geneva",
        date: "2025-05-10",
        endDate: "2025-05-11",
        title: "Geneva",
      }),
      PolicyEvent.PolicyEvent.parse({ ...base, id: "busan", date: "2025-10-30", title: "Busan" }),
    ]
    expect(PolicyEvent.between(events, "2025-05-11", "2025-06-09").map((e) => e.id)).toEqual([
      "geneva",
      "london",
    ])
    expect(PolicyEvent.between(events).map((e) => e.id)).toEqual(["geneva", "london", "busan"])
  })
})
