/**
 * Group-by sums over columns, as a pure function of arrays: no table, no dictionaries. A group
 * is a combination of codes of the group-by columns; its sums skip unknown figures (NaN) and
 * count the known ones, so that a partial sum is visible. Two strategies, by the size of the key
 * space against the rows: a dense array indexed by the cell number (one pass, read back in rank
 * order), or dense group ids found by cell (three passes, then sorted). Groups come out ordered by
 * the ranks of their codes.
 * @internal
 */
import type { Codes } from "./FlowColumns.ts"

/** Sums of each group: the accumulator layout shared by aggregates. @internal */
export interface GroupSums {
  /** Per group-by column, the code of each group. */
  readonly codes: ReadonlyArray<Int32Array>
  readonly count: Float64Array
  readonly weight: Float64Array
  readonly knownWeight: Float64Array
  readonly value: Float64Array
  readonly knownValue: Float64Array
  readonly size: number
}

/** What to sum, and by what. @internal */
export interface AggregationInput {
  /** The group-by code columns, most significant first. */
  readonly columns: ReadonlyArray<Readonly<Codes>>
  /** The number of codes of each group-by column (at least 1). */
  readonly sizes: ReadonlyArray<number>
  /** The rank of each code of each group-by column: groups come out in rank order. */
  readonly ranks: ReadonlyArray<Int32Array>
  readonly weight: Readonly<Float64Array>
  readonly value: Readonly<Float64Array>
  /** The rows to sum; null: rows 0 to `length` - 1. */
  readonly rows: Uint32Array | null
  readonly length: number
}

/**
 * Sums of every row (`n` rows) by cell: the cell of a row is `a * radix + b` (two group-by
 * columns), `a` (one) or 0 (none). Unknown figures (NaN) are counted apart, not summed. One loop
 * per access pattern (every row, a row list), so that each stays a tight loop.
 */
const sumAllRows = (
  n: number,
  a: Readonly<Codes>,
  b: Readonly<Codes>,
  arity: number,
  radix: number,
  w: Readonly<Float64Array>,
  v: Readonly<Float64Array>,
  count: Int32Array,
  weight: Float64Array,
  unknownWeight: Int32Array,
  value: Float64Array,
  unknownValue: Int32Array,
): void => {
  for (let row = 0; row < n; row++) {
    const g = arity === 2 ? a[row]! * radix + b[row]! : arity === 1 ? a[row]! : 0
    count[g]!++
    const wr = w[row]!
    if (Number.isNaN(wr)) unknownWeight[g]!++
    else weight[g]! += wr
    const vr = v[row]!
    if (Number.isNaN(vr)) unknownValue[g]!++
    else value[g]! += vr
  }
}

/** As `sumAllRows`, over the rows of a list. */
const sumListedRows = (
  rows: Uint32Array,
  a: Readonly<Codes>,
  b: Readonly<Codes>,
  arity: number,
  radix: number,
  w: Readonly<Float64Array>,
  v: Readonly<Float64Array>,
  count: Int32Array,
  weight: Float64Array,
  unknownWeight: Int32Array,
  value: Float64Array,
  unknownValue: Int32Array,
): void => {
  const n = rows.length
  for (let k = 0; k < n; k++) {
    const row = rows[k]!
    const g = arity === 2 ? a[row]! * radix + b[row]! : arity === 1 ? a[row]! : 0
    count[g]!++
    const wr = w[row]!
    if (Number.isNaN(wr)) unknownWeight[g]!++
    else weight[g]! += wr
    const vr = v[row]!
    if (Number.isNaN(vr)) unknownValue[g]!++
    else value[g]! += vr
  }
}

const NO_CODES = new Uint8Array(0)

/**
 * A key space small for the rows: the cell (a mixed-radix number over the group-by codes) itself
 * indexes the sums, computed in one pass; empty cells are dropped after. Counts are integers, and
 * the unknown figures (rare) are counted instead of the known ones.
 */
const sumByCell = (input: AggregationInput, cells: number): GroupSums => {
  const { columns, sizes, rows, length: n } = input
  const w = input.weight
  const v = input.value
  const c0 = new Int32Array(cells)
  const w0 = new Float64Array(cells)
  const uw0 = new Int32Array(cells)
  const v0 = new Float64Array(cells)
  const uv0 = new Int32Array(cells)
  const arity = columns.length
  const a = arity > 0 ? columns[0]! : NO_CODES
  const b = arity > 1 ? columns[1]! : a
  const radix = arity > 1 ? sizes[1]! : 0
  if (arity > 2) {
    for (let k = 0; k < n; k++) {
      const row = rows === null ? k : rows[k]!
      let g = 0
      for (let j = 0; j < arity; j++) g = g * sizes[j]! + columns[j]![row]!
      c0[g]!++
      const wr = w[row]!
      if (Number.isNaN(wr)) uw0[g]!++
      else w0[g]! += wr
      const vr = v[row]!
      if (Number.isNaN(vr)) uv0[g]!++
      else v0[g]! += vr
    }
  } else if (rows === null) {
    sumAllRows(n, a, b, arity, radix, w, v, c0, w0, uw0, v0, uv0)
  } else {
    sumListedRows(rows, a, b, arity, radix, w, v, c0, w0, uw0, v0, uv0)
  }
  let size = 0
  for (let c = 0; c < cells; c++) if (c0[c]! > 0) size++
  // The non-empty cells in rank order of their codes: an odometer over the ranks (last column
  // fastest) visits every cell once, so the groups come out ordered without a sort.
  const codeOfRank = input.ranks.map((ranks, j) => {
    const codes = new Int32Array(sizes[j]!)
    for (let code = 0; code < ranks.length; code++) codes[ranks[code]!] = code
    return codes
  })
  const cellOf = new Int32Array(size)
  const digits = new Int32Array(arity)
  for (let step = 0, g = 0; step < cells; step++) {
    let c = 0
    for (let j = 0; j < arity; j++) c = c * sizes[j]! + codeOfRank[j]![digits[j]!]!
    if (c0[c]! > 0) cellOf[g++] = c
    for (let j = arity - 1; j >= 0; j--) {
      if (++digits[j]! < sizes[j]!) break
      digits[j] = 0
    }
  }
  const compact = (xs: Float64Array | Int32Array) => {
    const out = new Float64Array(size)
    for (let g = 0; g < size; g++) out[g] = xs[cellOf[g]!]!
    return out
  }
  const count = compact(c0)
  const knownWeight = new Float64Array(size)
  const knownValue = new Float64Array(size)
  for (let g = 0; g < size; g++) {
    const c = cellOf[g]!
    knownWeight[g] = c0[c]! - uw0[c]!
    knownValue[g] = c0[c]! - uv0[c]!
  }
  // Decode each cell back into its codes (mixed radix, last column least significant).
  const codes = columns.map(() => new Int32Array(size))
  for (let g = 0; g < size; g++) {
    let rest = cellOf[g]!
    for (let j = arity - 1; j >= 0; j--) {
      codes[j]![g] = rest % sizes[j]!
      rest = Math.floor(rest / sizes[j]!)
    }
  }
  return {
    codes,
    count,
    weight: compact(w0),
    knownWeight,
    value: compact(v0),
    knownValue,
    size,
  }
}

/** A key space large for the rows: rows -> cells -> dense group ids -> sums, in three passes. */
const sumByGroup = (input: AggregationInput, cells: number): GroupSums => {
  const { columns, sizes, rows, length: n } = input
  const w = input.weight
  const v = input.value
  // Pass 1: each row's cell, a mixed-radix number over the group-by codes.
  const cell = cells <= 0x7fffffff ? new Int32Array(n) : new Float64Array(n)
  for (let k = 0; k < n; k++) {
    const row = rows === null ? k : rows[k]!
    let key = 0
    for (let j = 0; j < columns.length; j++) key = key * sizes[j]! + columns[j]![row]!
    cell[k] = key
  }
  // Pass 2: cells -> dense group ids, in order of first appearance.
  const group = new Int32Array(n)
  const groupRows: Array<number> = []
  if (cells <= 1 << 20) {
    const ids = new Int32Array(cells).fill(-1)
    for (let k = 0; k < n; k++) {
      const c = cell[k]!
      let g = ids[c]!
      if (g < 0) {
        g = ids[c] = groupRows.length
        groupRows.push(rows === null ? k : rows[k]!)
      }
      group[k] = g
    }
  } else {
    const ids = new Map<number, number>()
    for (let k = 0; k < n; k++) {
      const c = cell[k]!
      let g = ids.get(c)
      if (g === undefined) {
        g = groupRows.length
        ids.set(c, g)
        groupRows.push(rows === null ? k : rows[k]!)
      }
      group[k] = g
    }
  }
  // Pass 3: the sums; unknown figures (NaN) are skipped and counted apart.
  const size = groupRows.length
  const count = new Float64Array(size)
  const weight = new Float64Array(size)
  const knownWeight = new Float64Array(size)
  const value = new Float64Array(size)
  const knownValue = new Float64Array(size)
  for (let k = 0; k < n; k++) {
    const row = rows === null ? k : rows[k]!
    const g = group[k]!
    count[g]!++
    const wr = w[row]!
    if (!Number.isNaN(wr)) {
      weight[g]! += wr
      knownWeight[g]!++
    }
    const vr = v[row]!
    if (!Number.isNaN(vr)) {
      value[g]! += vr
      knownValue[g]!++
    }
  }
  const codes = columns.map((column) => {
    const out = new Int32Array(size)
    for (let g = 0; g < size; g++) out[g] = column[groupRows[g]!]!
    return out
  })
  return { codes, count, weight, knownWeight, value, knownValue, size }
}

/**
 * The groups reordered by their codes' ranks: a mixed-radix number over the ranks, packed with
 * the group id into one float so that a native numeric sort does the work.
 */
const orderByRank = (sums: GroupSums, input: AggregationInput, cells: number): GroupSums => {
  const { sizes, ranks } = input
  const size = sums.size
  const arity = sums.codes.length
  const rankKey = new Float64Array(size)
  for (let g = 0; g < size; g++) {
    let key = 0
    for (let j = 0; j < arity; j++) key = key * sizes[j]! + ranks[j]![sums.codes[j]![g]!]!
    rankKey[g] = key
  }
  const order = new Int32Array(size)
  if (cells * size < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(size)
    for (let g = 0; g < size; g++) packed[g] = rankKey[g]! * size + g
    packed.sort()
    for (let i = 0; i < size; i++) order[i] = packed[i]! % size
  } else {
    const groups = Array.from({ length: size }, (_, g) => g)
    groups.sort((a, b) => rankKey[a]! - rankKey[b]!)
    order.set(groups)
  }
  const pick = (xs: Float64Array) => {
    const out = new Float64Array(size)
    for (let i = 0; i < size; i++) out[i] = xs[order[i]!]!
    return out
  }
  return {
    codes: sums.codes.map((codes) => {
      const out = new Int32Array(size)
      for (let i = 0; i < size; i++) out[i] = codes[order[i]!]!
      return out
    }),
    count: pick(sums.count),
    weight: pick(sums.weight),
    knownWeight: pick(sums.knownWeight),
    value: pick(sums.value),
    knownValue: pick(sums.knownValue),
    size,
  }
}

/**
 * Sums weight and value of the given rows by the given code columns, in rank order of the codes.
 * @internal
 */
export const aggregateColumns = (input: AggregationInput): GroupSums => {
  const cells = input.sizes.reduce((a, b) => a * b, 1)
  const dense = cells <= 4096 || (cells <= 1 << 21 && cells <= 2 * input.length)
  return dense ? sumByCell(input, cells) : orderByRank(sumByGroup(input, cells), input, cells)
}
