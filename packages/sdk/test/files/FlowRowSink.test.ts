import { describe, expect, it } from "@effect/vitest"
import { InputError, TradeFlow } from "@rareearth/core"
import fc from "fast-check"
import type { RejectedRow } from "../../src/Errors.ts"
import { resolveMapping } from "../../src/node/files/ColumnMapping.ts"
import { CsvRowSplitter } from "../../src/node/files/CsvRows.ts"
import { FlowRowSink } from "../../src/node/files/FlowRowSink.ts"
import { emptyRow, RowBatch } from "../../src/store/columnar/RowBatch.ts"

const SOURCE = { id: "test", title: "Test source", publisher: "Test publisher" }

const makeSink = (rejected: Array<RejectedRow>) => {
  const batch = new RowBatch(16)
  const sink = new FlowRowSink({
    file: "records.json",
    batch,
    mapping: resolveMapping(undefined),
    provenance: { provenance: { sources: [SOURCE], confidence: { kind: "official" } } },
    onReject: (row) => rejected.push(row),
  })
  return { batch, sink }
}

/** What a batch holds, decoded: one line per row. */
const contents = (batch: RowBatch): Array<string> => {
  const d = batch.dictionaries
  return Array.from({ length: batch.length }, (_, row) =>
    [
      d.period.values[batch.period[row]!],
      d.reporter.values[batch.reporter[row]!],
      d.partner.values[batch.partner[row]!],
      d.flow.values[batch.flow[row]!],
      d.commodity.values[batch.commodity[row]!],
      d.source.values[batch.source[row]!],
      d.vintage.values[batch.vintage[row]!],
      d.hsVersion.values[batch.hsVersion[row]!],
      JSON.stringify(d.provenance.values[batch.provenance[row]!]),
      batch.estimated[row],
      batch.weight[row],
      batch.value[row],
      batch.ids.get(row),
    ].join("|"),
  )
}

const records = Array.from({ length: 40 }, (_, i) => ({
  id: `f${i}`,
  period: `2024-${String((i % 12) + 1).padStart(2, "0")}`,
  reporter: i % 3 === 0 ? "CN" : "US",
  partner: ["WORLD", "JP", "DE", "KR"][i % 4]!,
  flow: i % 2 === 0 ? "export" : "import",
  commodity: i % 5 === 0 ? "280530" : "8505111000",
  netWeightTonnes: i % 7 === 0 ? null : i * 1.5,
  valueUsd: i % 6 === 0 ? null : i * 1000,
  vintage: i % 4 === 0 ? "2025-02-01" : "2025-01-15",
  ...(i % 8 === 0 ? { estimated: i % 16 === 0 } : {}),
  ...(i % 10 === 0 ? { sources: [SOURCE], confidence: { kind: "reported" } } : {}),
}))

describe("FlowRowSink.acceptRecord", () => {
  it("stores the same rows whether records take the fast path or the general one", () => {
    const rejectedFast: Array<RejectedRow> = []
    const fast = makeSink(rejectedFast)
    records.forEach((record, i) => {
      expect(fast.sink.acceptRecord(record, i + 1)).toBe(true)
    })
    expect(rejectedFast).toEqual([])
    // The same values in forms only the general path reads: figures as text, padded ids and
    // keys, Comtrade flow codes, text flags.
    const rejectedGeneral: Array<RejectedRow> = []
    const general = makeSink(rejectedGeneral)
    records.forEach((record, i) => {
      const variant: Record<string, unknown> = {
        ...record,
        id: ` ${record.id} `,
        period: ` ${record.period}`,
        flow: record.flow === "export" ? "X" : "M",
        netWeightTonnes: record.netWeightTonnes === null ? "" : String(record.netWeightTonnes),
        valueUsd: record.valueUsd === null ? "n/a" : String(record.valueUsd),
      }
      if ("estimated" in record) variant.estimated = record.estimated ? "yes" : "no"
      expect(general.sink.acceptRecord(variant, i + 1)).toBe(true)
    })
    expect(rejectedFast).toEqual([])
    expect(rejectedGeneral).toEqual([])
    expect(fast.batch.length).toBe(records.length)
    expect(contents(general.batch)).toEqual(contents(fast.batch))
  })

  it("rejects bad records with file, line, column, value and reason, after good ones took the fast path", () => {
    const rejected: Array<RejectedRow> = []
    const { batch, sink } = makeSink(rejected)
    const good = records[1]!
    expect(sink.acceptRecord(good, 1)).toBe(true)
    expect(sink.acceptRecord({ ...good, period: "2025-13" }, 2)).toBe(false)
    expect(sink.acceptRecord({ ...good, reporter: "C1" }, 3)).toBe(false)
    expect(sink.acceptRecord({ ...good, netWeightTonnes: -1 }, 4)).toBe(false)
    expect(sink.acceptRecord({ ...good, flow: "exported" }, 5)).toBe(false)
    expect(sink.acceptRecord({ ...good, valueUsd: Number.POSITIVE_INFINITY }, 6)).toBe(false)
    expect(sink.acceptRecord({ ...good, confidence: { kind: "guess" } }, 7)).toBe(false)
    expect(sink.acceptRecord(good, 8)).toBe(true)
    expect(batch.length).toBe(2)
    expect(sink.accepted).toBe(2)
    expect(sink.rejectedRows).toBe(6)
    expect(rejected.map((row) => [row.file, row.line, row.column, row.value])).toEqual([
      ["records.json", 2, "period", "2025-13"],
      ["records.json", 3, "reporter", "C1"],
      ["records.json", 4, "netWeightTonnes", "-1"],
      ["records.json", 5, "flow", "exported"],
      ["records.json", 6, "valueUsd", "null"],
      ["records.json", 7, "sources", undefined],
    ])
    for (const row of rejected) expect(row.reason.length).toBeGreaterThan(5)
  })

  it("reports a repeated bad figure on every row, per column, with the same reason", () => {
    // Reasons for bad figures are cached per distinct value: the cache must not drop a
    // repeat, nor carry one column's reason over to another.
    const rejected: Array<RejectedRow> = []
    const { batch, sink } = makeSink(rejected)
    const good = records[1]!
    expect(sink.acceptRecord({ ...good, netWeightTonnes: -1 }, 1)).toBe(false)
    expect(sink.acceptRecord({ ...good, netWeightTonnes: -1 }, 2)).toBe(false)
    expect(sink.acceptRecord({ ...good, valueUsd: -1 }, 3)).toBe(false)
    expect(sink.acceptRecord(good, 4)).toBe(true)
    expect(batch.length).toBe(1)
    expect(rejected.map((row) => [row.line, row.column, row.value])).toEqual([
      [1, "netWeightTonnes", "-1"],
      [2, "netWeightTonnes", "-1"],
      [3, "valueUsd", "-1"],
    ])
    expect(rejected[1]!.reason).toBe(rejected[0]!.reason)
    expect(rejected[0]!.reason.length).toBeGreaterThan(5)
  })

  it("gives every bad figure the schema's own reason, however many distinct bad figures", () => {
    // Reasons are computed once per kind of failure and reused: each must still be what the
    // TradeFlow schema says about that very value, in that column.
    const schemaReason = (column: "netWeightTonnes" | "valueUsd", x: number): string => {
      const what = column === "netWeightTonnes" ? "weight" : "value"
      const result = TradeFlow.TradeFlow.shape[column].safeParse(x)
      if (x >= 0 || Number.isNaN(x)) return `${what} must be a finite number`
      const issues = result.success ? [] : result.error.issues
      return `negative ${what}: ${InputError.formatIssues(issues.map((issue) => ({ path: [], message: issue.message })))}`
    }
    const rejected: Array<RejectedRow> = []
    const { sink } = makeSink(rejected)
    const good = records[1]!
    let line = 0
    fc.assert(
      fc.property(
        fc.constantFrom("netWeightTonnes" as const, "valueUsd" as const),
        fc.double().filter((x) => !(Number.isFinite(x) && x >= 0)),
        (column, x) => {
          rejected.length = 0
          expect(sink.acceptRecord({ ...good, [column]: x }, ++line)).toBe(false)
          expect(rejected).toEqual([
            {
              file: "records.json",
              line,
              column,
              value: JSON.stringify(x),
              reason: schemaReason(column, x),
            },
          ])
        },
      ),
      { numRuns: 500 },
    )
  })

  it("keeps a column that differs on one row (the batch's constant columns become arrays)", () => {
    const { batch, sink } = makeSink([])
    const base = records[1]!
    for (let i = 0; i < 30; i++) {
      expect(sink.acceptRecord({ ...base, id: `g${i}`, estimated: i === 20 }, i + 1)).toBe(true)
    }
    expect(Array.from(batch.estimated.subarray(0, 30)).filter((flag) => flag === 2)).toHaveLength(1)
    expect(batch.estimated[20]).toBe(2)
    expect(batch.estimated[29]).toBe(1)
  })
})

describe("RowBatch", () => {
  it("keeps key codes past 65,535 and every row's columns across growth", () => {
    const batch = new RowBatch(16)
    const rows = 70_000
    const row = emptyRow()
    for (let i = 0; i < rows; i++) {
      Object.assign(row, {
        period: i % 120,
        reporter: 1,
        partner: i,
        commodity: 2,
        estimated: i === 69_999 ? 2 : 0,
        weight: i,
        value: i * 2,
        id: `r${i}`,
      })
      batch.append(row)
    }
    expect(batch.length).toBe(rows)
    expect(batch.partner[65_535]).toBe(65_535)
    expect(batch.partner[65_536]).toBe(65_536)
    expect(batch.partner[69_999]).toBe(69_999)
    expect(batch.period[69_999]).toBe(69_999 % 120)
    expect(batch.estimated[69_999]).toBe(2)
    expect(batch.estimated[69_998]).toBe(0)
    expect(batch.weight[12_345]).toBe(12_345)
    expect(batch.value[69_999]).toBe(139_998)
    expect(batch.ids.get(0)).toBe("r0")
    expect(batch.ids.get(69_999)).toBe("r69999")
    expect(batch.source[69_999]).toBe(0)
  })
})

describe("FlowRowSink.acceptRow", () => {
  it("reads a figure cell as the general rules read its text, in tonnes or kg", () => {
    const header = "period,reporter,partner,flow,commodity,netWeightTonnes,valueUsd"
    // Cells a CSV file may hold for a figure: plain decimals (the fast path), and signs,
    // exponents, spaces, markers of unknown and garbage (the general rules).
    const cell = fc.oneof(
      fc.stringMatching(/^[0-9]{0,17}(\.[0-9]{0,6})?$/),
      fc.stringMatching(/^[0-9.+\-eE na/]{0,12}$/),
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }),
        fc.constantFrom("t" as const, "kg" as const),
        (figures, unit) => {
          const mapping = resolveMapping(
            unit === "kg" ? { netWeight: { column: "netWeightTonnes", unit: "kg" } } : undefined,
          )
          const sinkOf = (rejected: Array<RejectedRow>) => {
            const batch = new RowBatch(16)
            const sink = new FlowRowSink({
              file: "flows",
              batch,
              mapping,
              provenance: { provenance: { sources: [SOURCE], confidence: { kind: "official" } } },
              onReject: (row) => rejected.push(row),
            })
            return { batch, sink }
          }
          const fromCsv: Array<RejectedRow> = []
          const csv = sinkOf(fromCsv)
          const text = [header, ...figures.map(([w, v]) => `2024-01,CN,US,export,280530,${w},${v}`)]
          let first = true
          const splitter = new CsvRowSplitter(
            ",",
            (row) => {
              if (first) csv.sink.bindHeader(row.fields())
              else csv.sink.acceptRow(row)
              first = false
            },
            () => {},
          )
          splitter.push(new TextEncoder().encode(`${text.join("\n")}\n`))
          splitter.end()
          const fromRecords: Array<RejectedRow> = []
          const records = sinkOf(fromRecords)
          figures.forEach(([w, v], i) => {
            const record = { period: "2024-01", reporter: "CN", partner: "US", flow: "export" }
            records.sink.acceptRecord(
              { ...record, commodity: "280530", netWeightTonnes: w, valueUsd: v },
              i + 2,
            )
          })
          expect(fromCsv).toEqual(fromRecords)
          expect(contents(csv.batch)).toEqual(contents(records.batch))
        },
      ),
    )
  })
})
