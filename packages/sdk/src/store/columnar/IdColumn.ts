/**
 * Record ids as one byte arena plus an end offset per row, instead of one JS string per row:
 * a million ids cost their UTF-8 bytes and 4 bytes of offset, not a million heap objects for the
 * garbage collector to trace. An empty id means "derived from the natural key". Ids are decoded
 * only when a record is read back.
 * @internal
 */

import { resized } from "./Resize.ts"

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** @internal */
export class IdColumn {
  bytes: Uint8Array = new Uint8Array(1024)
  /** Bytes in use. */
  used = 0
  /** End offset of each slot's id in `bytes` (its start is the previous slot's end). */
  ends: Uint32Array = new Uint32Array(0)
  /**
   * Each row's slot, when the ids are held in another order than the rows: a table's first load
   * keeps the ids in the order the file gave them while it stores the rows sorted (`adopt`),
   * which costs 4 bytes a row where moving every id into the new order cost a random access
   * per row (~40 ms, 6-8% of the load of a million rows). null: row i is slot i.
   */
  slots: Uint32Array | null = null
  /** Rows held (and slots). `slots`, when held, is as long as `ends`. */
  length = 0

  /** Makes room for `rows` rows. */
  reserveRows(rows: number): void {
    if (rows <= this.ends.length) return
    const size = Math.max(rows, Math.ceil(this.ends.length * 1.5), 16)
    this.ends = resized(this.ends, size, this.length)
    if (this.slots !== null) this.slots = resized(this.slots, size, this.length)
  }

  /** Gives the row about to be appended the next slot (see `slots`). */
  #nextSlot(): void {
    if (this.slots !== null) this.slots[this.length] = this.length
  }

  /** Makes room for `rows` rows holding `bytes` bytes of ids, exactly (nothing to trim after). */
  reserve(rows: number, bytes: number): void {
    this.reserveRows(rows)
    if (bytes > this.bytes.length) this.#resizeBytes(bytes)
  }

  #reserveBytes(extra: number): void {
    const needed = this.used + extra
    if (needed <= this.bytes.length) return
    // At least double, and at least what the rows reserved take at the bytes per row so far:
    // a column filled row by row (an import) then grows once or twice, not a dozen times.
    let size = Math.max(
      this.bytes.length * 2,
      this.length === 0 ? 0 : Math.ceil((this.used / this.length) * this.ends.length * 1.125),
    )
    while (size < needed) size *= 2
    this.#resizeBytes(size)
  }

  #resizeBytes(size: number): void {
    this.bytes = resized(this.bytes, size, this.used)
  }

  /** Appends a row whose id derives from its key. */
  pushDerived(): void {
    if (this.length === this.ends.length) this.reserveRows(this.length + 1)
    this.#nextSlot()
    this.ends[this.length++] = this.used
  }

  /** Appends a row with an explicit id. */
  pushString(id: string): void {
    if (this.length === this.ends.length) this.reserveRows(this.length + 1)
    this.#reserveBytes(id.length * 3)
    this.#nextSlot()
    const bytes = this.bytes
    let at = this.used
    // ASCII ids (the usual case) byte by byte: encodeInto and its subarray cost more than the id.
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i)
      if (c > 127) {
        this.used += encoder.encodeInto(id, bytes.subarray(this.used)).written
        this.ends[this.length++] = this.used
        return
      }
      bytes[at++] = c
    }
    this.used = at
    this.ends[this.length++] = this.used
  }

  /** Appends a row with an explicit id given as UTF-8 bytes. */
  pushBytes(source: Uint8Array, start: number, end: number): void {
    if (this.length === this.ends.length) this.reserveRows(this.length + 1)
    this.#reserveBytes(end - start)
    this.#nextSlot()
    const bytes = this.bytes
    let at = this.used
    for (let i = start; i < end; i++) bytes[at++] = source[i]!
    this.used = at
    this.ends[this.length++] = at
  }

  /** Appends `rows` rows of another column, given as its bytes and its rows' end offsets. */
  pushRows(bytes: Uint8Array, ends: Uint32Array, rows: number): void {
    if (rows === 0) return
    this.reserveRows(this.length + rows)
    const size = ends[rows - 1]!
    this.#reserveBytes(size)
    this.bytes.set(bytes.subarray(0, size), this.used)
    const base = this.used
    const to = this.ends
    for (let i = 0; i < rows; i++) to[this.length + i] = base + ends[i]!
    const slots = this.slots
    if (slots !== null) for (let i = this.length; i < this.length + rows; i++) slots[i] = i
    this.length += rows
    this.used += size
  }

  /**
   * Takes the rows of another column in `order` into this empty one, the ids left in their
   * order and each row pointing at its slot (`slots`), when no id can be one its key derives
   * (none has `shortest` bytes or more); returns false, doing nothing, otherwise. The column
   * keeps `order` as its slots: the caller hands it over.
   */
  adopt(from: IdColumn, order: Uint32Array, n: number, shortest: number): boolean {
    if (this.length > 0 || from.slots !== null || order.length < n) return false
    const ends = from.ends
    let start = 0
    for (let i = 0; i < n; i++) {
      const end = ends[i]!
      if (end - start >= shortest) return false
      start = end
    }
    this.pushRows(from.bytes, ends, n)
    // Slots have the room the ends have, so that an append fills both.
    this.slots =
      this.used === 0
        ? null
        : order.length === this.ends.length
          ? order
          : resized(order, this.ends.length, n)
    return true
  }

  /**
   * Appends the rows of another column in `order` (null: as they are), each kept as it is unless
   * `derived(position, row)` says its id is the one its key derives (then it becomes derived).
   * `derived` is asked only about ids of `shortest` bytes or more.
   */
  pushGathered(
    from: IdColumn,
    order: Uint32Array | null,
    n: number,
    shortest: number,
    derived: (position: number, row: number) => boolean,
  ): void {
    this.reserve(this.length + n, this.used + from.used)
    const source = from.bytes
    const sourceEnds = from.ends
    const bytes = this.bytes
    const ends = this.ends
    let used = this.used
    let at = this.length
    for (let i = 0; i < n; i++) {
      const row = order === null ? i : order[i]!
      const start = row === 0 ? 0 : sourceEnds[row - 1]!
      const end = sourceEnds[row]!
      if (end - start >= shortest && derived(i, row)) {
        ends[at++] = used
        continue
      }
      for (let k = start; k < end; k++) bytes[used++] = source[k]!
      ends[at++] = used
    }
    const slots = this.slots
    if (slots !== null) for (let i = this.length; i < at; i++) slots[i] = i
    this.used = used
    this.length = at
  }

  /** Bytes of the row's explicit id (0: derived). */
  byteLength(row: number): number {
    const slot = this.slots === null ? row : this.slots[row]!
    return this.ends[slot]! - (slot === 0 ? 0 : this.ends[slot - 1]!)
  }

  /** The row's explicit id, or undefined when it derives from the key. */
  get(row: number): string | undefined {
    const slot = this.slots === null ? row : this.slots[row]!
    const start = slot === 0 ? 0 : this.ends[slot - 1]!
    const end = this.ends[slot]!
    if (end === start) return undefined
    if (end - start <= 32) {
      // Short ASCII ids (the usual case) without a TextDecoder call, which costs more than the id.
      const bytes = this.bytes
      let text = ""
      let i = start
      for (; i < end; i++) {
        const b = bytes[i]!
        if (b > 127) break
        text += String.fromCharCode(b)
      }
      if (i === end) return text
    }
    return decoder.decode(this.bytes.subarray(start, end))
  }

  /** Bytes held, spare capacity included. */
  byteSize(): number {
    return this.bytes.byteLength + this.ends.byteLength + (this.slots?.byteLength ?? 0)
  }
}
