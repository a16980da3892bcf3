/**
 * The key index of a columnar table: an open-addressing hash from the natural key without
 * vintage (source, period, reporter, partner, flow, commodity) to the row holding that key's
 * latest vintage. Rows are compared in the columns themselves, so the index holds one int per
 * slot and nothing else.
 * @internal
 */
import type { ReadonlyColumns } from "./FlowColumns.ts"

const hashKey = (s: number, p: number, r: number, pa: number, f: number, c: number): number => {
  let h = Math.imul(s + 1, 0x9e3779b1) ^ p
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ r
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ pa
  h = Math.imul(h ^ (h >>> 16), 0x9e3779b1) ^ f
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ c
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** @internal */
export class KeyIndex {
  readonly #columns: ReadonlyColumns
  /** Slot -> latest row of a key, -1 empty. */
  #slots: Int32Array = new Int32Array(1024).fill(-1)
  /**
   * False after a bulk first load: the index is built on the next write that needs it, so a
   * load-then-query session never pays for it.
   */
  #built = true
  #keys = 0
  /** The empty slot where the last unsuccessful `find` stopped. */
  #freeSlot = -1

  constructor(columns: ReadonlyColumns) {
    this.#columns = columns
  }

  #hashRow(row: number): number {
    const c = this.#columns
    return hashKey(
      c.source[row]!,
      c.period[row]!,
      c.reporter[row]!,
      c.partner[row]!,
      c.flow[row]!,
      c.commodity[row]!,
    )
  }

  /** Forgets every key: the next `prepare` rebuilds the index from the columns' latest rows. */
  drop(): void {
    this.#built = false
    this.#keys = 0
  }

  /**
   * Makes the index ready for `incoming` more keys, building it over the `keys` latest rows if a
   * bulk load skipped it.
   */
  prepare(incoming: number, keys: number): void {
    if (this.#built) {
      if (this.#keys === 0) {
        // A first load: size the index once for the whole batch instead of doubling it.
        let slots = this.#slots.length
        while (incoming * 2 > slots) slots *= 2
        if (slots !== this.#slots.length) this.#rehash(slots)
      }
      return
    }
    const columns = this.#columns
    const latest = columns.latest
    let size = 1024
    while ((keys + incoming) * 2 > size) size *= 2
    const slots = new Int32Array(size).fill(-1)
    const mask = size - 1
    for (let row = 0; row < columns.length; row++) {
      if (latest[row] === 0) continue
      let i = this.#hashRow(row) & mask
      while (slots[i]! >= 0) i = (i + 1) & mask
      slots[i] = row
    }
    this.#slots = slots
    this.#keys = keys
    this.#built = true
  }

  /** The latest row of a key, or -1 (then `insertAfterFind` can add the key cheaply). */
  find(s: number, p: number, r: number, pa: number, f: number, c: number): number {
    const slots = this.#slots
    const mask = slots.length - 1
    const columns = this.#columns
    let i = hashKey(s, p, r, pa, f, c) & mask
    for (;;) {
      const row = slots[i]!
      if (row < 0) {
        this.#freeSlot = i
        return -1
      }
      if (
        columns.period[row] === p &&
        columns.reporter[row] === r &&
        columns.partner[row] === pa &&
        columns.commodity[row] === c &&
        columns.flow[row] === f &&
        columns.source[row] === s
      ) {
        return row
      }
      i = (i + 1) & mask
    }
  }

  /** Adds a new key's row at the free slot the failed `find` just stopped at. */
  insertAfterFind(row: number): void {
    if ((this.#keys + 1) * 2 > this.#slots.length) {
      this.#insert(row)
      return
    }
    this.#slots[this.#freeSlot] = row
    this.#keys++
  }

  #insert(row: number): void {
    if ((this.#keys + 1) * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2)
    const slots = this.#slots
    const mask = slots.length - 1
    let i = this.#hashRow(row) & mask
    while (slots[i]! >= 0) i = (i + 1) & mask
    slots[i] = row
    this.#keys++
  }

  /** Points a key at its new latest row (same key, so the same probe sequence). */
  replace(oldRow: number, newRow: number): void {
    const slots = this.#slots
    const mask = slots.length - 1
    let i = this.#hashRow(oldRow) & mask
    while (slots[i] !== oldRow) i = (i + 1) & mask
    slots[i] = newRow
  }

  #rehash(size: number): void {
    const old = this.#slots
    const slots = new Int32Array(size).fill(-1)
    const mask = size - 1
    for (let j = 0; j < old.length; j++) {
      const row = old[j]!
      if (row < 0) continue
      let i = this.#hashRow(row) & mask
      while (slots[i]! >= 0) i = (i + 1) & mask
      slots[i] = row
    }
    this.#slots = slots
  }

  /** Bytes held (0 while not built). */
  byteSize(): number {
    return this.#built ? this.#slots.byteLength : 0
  }
}
