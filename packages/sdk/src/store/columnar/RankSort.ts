/**
 * Sorting rows by ranked key columns (the query order) on one composite number per row: a
 * counting sort on the most significant column, then, within each of its runs, an LSD radix
 * sort of the composite of the other columns in digits of at most 11 bits (a run's keys and
 * counts stay in the processor's cache). A run already in order costs one check, and so does
 * the whole first column: a file written in period order, or in query order, sorts in a few
 * sequential passes. Stable: rows with equal keys keep their order.
 * @internal
 */

/** A key column to sort by: each row's code, and each code's rank in sort order. @internal */
export interface RankedColumn {
  /** Each row's code; null when every row has the same code (it then orders nothing). */
  readonly codes: ArrayLike<number> | null
  /** Each code's rank, `0 <= rank < size`. */
  readonly ranks: Int32Array
  readonly size: number
}

/** Rows sorted by ranked columns. @internal */
export interface RankSorted {
  /** Position -> row; null when the rows already are in order. */
  readonly order: Uint32Array | null
  /** Start position of each rank of the first column, plus the end (length = size + 1). */
  readonly firstStarts: Int32Array
  /** Whether two rows share the ranks of every column but the last (then they are neighbours). */
  readonly repeatsKey: boolean
}

/** Digits of the radix sort: 2^11 counters fit the first-level cache with the keys of a run. */
const MAX_DIGIT_BITS = 11
/** Runs up to this long are sorted by insertion (cheaper than clearing the digit counters). */
const INSERTION_MAX = 48

/** `composite[i] = composite[i] * size + rank of row i`, for one column. */
const addColumn = (composite: Uint32Array, column: RankedColumn, n: number): void => {
  const codes = column.codes!
  const ranks = column.ranks
  const size = column.size
  for (let i = 0; i < n; i++) composite[i] = composite[i]! * size + ranks[codes[i]!]!
}

/** The radix sort's digits and its scratch arrays (grown to the longest run). */
interface Digits {
  readonly passes: number
  readonly bits: number
  readonly counts: Int32Array
  keys: Uint32Array
  rows: Uint32Array
}

// The steps below are functions of their own, called once per run: the runtime optimises them
// after a few runs, where one large function would run a whole first load unoptimised.

const inOrder = (keys: Uint32Array, start: number, end: number): boolean => {
  for (let i = start + 1; i < end; i++) if (keys[i]! < keys[i - 1]!) return false
  return true
}

/** Whether neighbours share their composite but its last `tie` part (the last column). */
const repeatsIn = (keys: Uint32Array, start: number, end: number, tie: number): boolean => {
  for (let i = start + 1; i < end; i++) {
    const a = keys[i - 1]!
    const b = keys[i]!
    if (b - a < tie && Math.floor(a / tie) === Math.floor(b / tie)) return true
  }
  return false
}

const insertionSort = (keys: Uint32Array, rows: Uint32Array, start: number, end: number): void => {
  for (let i = start + 1; i < end; i++) {
    const key = keys[i]!
    const row = rows[i]!
    let j = i - 1
    while (j >= start && keys[j]! > key) {
      keys[j + 1] = keys[j]!
      rows[j + 1] = rows[j]!
      j--
    }
    keys[j + 1] = key
    rows[j + 1] = row
  }
}

/** LSD radix sort of `keys[start, end)` (and their rows alongside), stable. */
const radixSort = (
  keys: Uint32Array,
  rows: Uint32Array,
  start: number,
  end: number,
  digits: Digits,
): void => {
  const length = end - start
  if (digits.keys.length < length) {
    digits.keys = new Uint32Array(length)
    digits.rows = new Uint32Array(length)
  }
  const counts = digits.counts
  const scratchKeys = digits.keys
  const scratchRows = digits.rows
  const mask = (1 << digits.bits) - 1
  for (let pass = 0, shift = 0; pass < digits.passes; pass++, shift += digits.bits) {
    counts.fill(0)
    for (let i = start; i < end; i++) counts[((keys[i]! >>> shift) & mask) + 1]!++
    // A digit every key of the run shares moves nothing.
    if (counts[((keys[start]! >>> shift) & mask) + 1] === length) continue
    for (let d = 0; d < mask; d++) counts[d + 1]! += counts[d]!
    for (let i = start; i < end; i++) {
      const key = keys[i]!
      const at = counts[(key >>> shift) & mask]!++
      scratchKeys[at] = key
      scratchRows[at] = rows[i]!
    }
    keys.set(scratchKeys.subarray(0, length), start)
    rows.set(scratchRows.subarray(0, length), start)
  }
}

/**
 * Sorts `n` rows by `columns` (two or more), most significant first; the first column's codes
 * must be given. Undefined when the columns after the first span more than 2^32 composite keys
 * (the caller then sorts another way).
 * @internal
 */
export const sortByRanks = (
  n: number,
  columns: ReadonlyArray<RankedColumn>,
): RankSorted | undefined => {
  const first = columns[0]!
  const rest = columns.slice(1).filter((column) => column.codes !== null && column.size > 1)
  let span = 1
  for (const column of rest) span *= column.size
  if (span > 2 ** 32) return undefined
  const last = columns.at(-1)!
  // Rows sharing every column but the last have composites in one block of `tie` values.
  const tie = columns.length > 1 && rest.includes(last) ? last.size : 1
  const composite = new Uint32Array(n)
  for (const column of rest) addColumn(composite, column, n)

  // 1. The first column: counted; moved only when out of order.
  const size = Math.max(1, first.size)
  const starts = new Int32Array(size + 1)
  let firstInOrder = true
  let order: Uint32Array | null = null
  let keys = composite
  if (first.codes !== null && first.size > 1) {
    const codes = first.codes
    const ranks = first.ranks
    let previous = 0
    for (let i = 0; i < n; i++) {
      const rank = ranks[codes[i]!]!
      starts[rank + 1]!++
      if (rank < previous) firstInOrder = false
      previous = rank
    }
    for (let r = 0; r < size; r++) starts[r + 1]! += starts[r]!
    if (!firstInOrder) {
      const cursor = starts.slice(0, size)
      order = new Uint32Array(n)
      keys = new Uint32Array(n)
      for (let i = 0; i < n; i++) {
        const at = cursor[ranks[codes[i]!]!]!++
        order[at] = i
        keys[at] = composite[i]!
      }
    }
  } else {
    starts[size] = n
  }

  // 2. Each run of the first column, by the composite of the others.
  let bits = 0
  while (bits < 32 && 2 ** bits < span) bits++
  const passes = Math.ceil(bits / MAX_DIGIT_BITS)
  const digitBits = passes === 0 ? 0 : Math.ceil(bits / passes)
  const digits: Digits = {
    passes,
    bits: digitBits,
    counts: new Int32Array((1 << digitBits) + 1),
    keys: new Uint32Array(0),
    rows: new Uint32Array(0),
  }
  let repeatsKey = false
  for (let r = 0; r < size; r++) {
    const start = starts[r]!
    const end = starts[r + 1]!
    if (!inOrder(keys, start, end)) {
      if (order === null) {
        order = new Uint32Array(n)
        for (let i = 0; i < n; i++) order[i] = i
      }
      if (end - start <= INSERTION_MAX) insertionSort(keys, order, start, end)
      else radixSort(keys, order, start, end, digits)
    }
    repeatsKey ||= repeatsIn(keys, start, end, tie)
  }
  return { order, firstStarts: starts, repeatsKey }
}
