import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { type RankedColumn, sortByRanks } from "./RankSort.ts"

/** Columns of codes 0..size-1, each code's rank given by a permutation. */
const columnsArbitrary = fc
  .tuple(
    fc.integer({ min: 0, max: 400 }),
    fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 4 }),
  )
  .chain(([n, sizes]) =>
    fc.tuple(
      fc.constant(n),
      fc.tuple(
        ...sizes.map((size) =>
          fc.tuple(
            fc.constant(size),
            fc.array(fc.integer({ min: 0, max: size - 1 }), { minLength: n, maxLength: n }),
            fc.shuffledSubarray(
              Array.from({ length: size }, (_, k) => k),
              { minLength: size, maxLength: size },
            ),
          ),
        ),
      ),
      fc.boolean(),
    ),
  )

/** The reference: rows sorted by their ranks, column by column, ties by row (stable). */
const reference = (n: number, columns: ReadonlyArray<RankedColumn>): Array<number> => {
  const rank = (column: RankedColumn, row: number) =>
    column.codes === null ? 0 : column.ranks[column.codes[row]!]!
  return Array.from({ length: n }, (_, row) => row).sort((a, b) => {
    for (const column of columns) {
      const d = rank(column, a) - rank(column, b)
      if (d !== 0) return d
    }
    return a - b
  })
}

const repeats = (order: ReadonlyArray<number>, columns: ReadonlyArray<RankedColumn>): boolean =>
  order.some(
    (row, k) =>
      k > 0 &&
      columns
        .slice(0, -1)
        .every(
          (column) => column.codes === null || column.codes[row] === column.codes[order[k - 1]!],
        ),
  )

describe("sortByRanks", () => {
  it("orders rows as a stable sort by every column's rank, and finds rows sharing a key", () => {
    fc.assert(
      fc.property(columnsArbitrary, ([n, specs, presort]) => {
        let columns: Array<RankedColumn> = specs.map(([size, codes, permutation]) => ({
          codes: Uint32Array.from(codes),
          ranks: Int32Array.from(permutation),
          size,
        }))
        if (presort) {
          // Rows already in order (a file written in query order): the sort must see it.
          const order = reference(n, columns)
          columns = columns.map((column) => ({
            ...column,
            codes: Uint32Array.from(order, (row) => column.codes![row]!),
          }))
        }
        const expected = reference(n, columns)
        const sorted = sortByRanks(n, columns)!
        const order = sorted.order === null ? expected.map((_, k) => k) : Array.from(sorted.order)
        expect(order).toEqual(expected)
        if (presort) expect(sorted.order).toBeNull()
        expect(sorted.repeatsKey).toBe(repeats(expected, columns))
        const first = columns[0]!
        const perRank = Array.from(
          { length: first.size },
          (_, r) => expected.filter((row) => first.ranks[first.codes![row]!] === r).length,
        )
        expect(Array.from(sorted.firstStarts.subarray(1))).toEqual(
          perRank.map((_, r) => perRank.slice(0, r + 1).reduce((a, b) => a + b, 0)),
        )
      }),
    )
  })

  it("sorts long runs by radix digits, and skips columns with one code", () => {
    const n = 20_000
    let seed = 7
    const random = (size: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % size
    }
    const column = (size: number): RankedColumn => ({
      codes: Uint32Array.from({ length: n }, () => random(size)),
      ranks: Int32Array.from({ length: size }, (_, k) => size - 1 - k),
      size,
    })
    const columns = [
      column(3),
      column(5000),
      { codes: null, ranks: new Int32Array(4), size: 4 },
      column(900),
      column(2),
    ]
    const sorted = sortByRanks(n, columns)!
    expect(Array.from(sorted.order!)).toEqual(reference(n, columns))
  })

  it("declines keys wider than 32 bits", () => {
    const wide: RankedColumn = {
      codes: new Uint32Array(2),
      ranks: new Int32Array(1 << 17),
      size: 1 << 17,
    }
    expect(sortByRanks(2, [wide, wide, wide])).toBeUndefined()
  })
})
