import { describe, expect, it } from "@effect/vitest"
import { emptyRow, RowBatch } from "./RowBatch.ts"

/** A batch of `n` rows whose key codes are the row's number in each dictionary (codes 0..n-1). */
const batchOf = (n: number, capacity = 16): RowBatch => {
  const batch = new RowBatch(capacity)
  const row = emptyRow()
  const d = batch.dictionaries
  for (let i = 0; i < n; i++) {
    row.period = d.period.code(`p${i}`)
    row.reporter = d.reporter.code(`r${i % 300}`)
    row.partner = d.partner.code(`q${i}`)
    row.flow = d.flow.code(i % 2 === 0 ? "export" : "import")
    row.commodity = d.commodity.code(`c${i % 70}`)
    row.weight = i
    row.value = i / 2
    batch.append(row)
  }
  return batch
}

const keysOf = (batch: RowBatch) =>
  Array.from({ length: batch.length }, (_, i) => [
    batch.dictionaries.period.values[batch.period[i]!],
    batch.dictionaries.reporter.values[batch.reporter[i]!],
    batch.dictionaries.partner.values[batch.partner[i]!],
    batch.dictionaries.flow.values[batch.flow[i]!],
    batch.dictionaries.commodity.values[batch.commodity[i]!],
    batch.weight[i],
  ])

describe("RowBatch", () => {
  it("keeps every row's key codes as the columns widen from 1 to 2 to 4 bytes", () => {
    const small = batchOf(200)
    expect(small.period).toBeInstanceOf(Uint8Array)
    const middle = batchOf(300)
    expect(middle.period).toBeInstanceOf(Uint16Array)
    const large = batchOf(70_000)
    expect(large.partner).toBeInstanceOf(Uint32Array)
    const rows = keysOf(large)
    expect(rows[0]).toEqual(["p0", "r0", "q0", "export", "c0", 0])
    expect(rows[255]).toEqual(["p255", "r255", "q255", "import", "c45", 255])
    expect(rows[69_999]).toEqual(["p69999", "r99", "q69999", "import", "c69", 69_999])
  })

  it("appends another batch's rows, widening its columns for the merged dictionaries", () => {
    const merged = batchOf(100)
    const other = batchOf(70_000)
    const expected = [...keysOf(merged), ...keysOf(other)]
    merged.appendParts(other.toParts().parts)
    expect(merged.length).toBe(70_100)
    expect(keysOf(merged)).toEqual(expected)
  })
})
