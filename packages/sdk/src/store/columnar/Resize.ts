/**
 * Resizing a typed array: a new array with the first elements copied, the old buffer released at
 * once. The new array is made with `new` (its memory is mapped zero pages, touched only as rows
 * are written), not with `ArrayBuffer.prototype.transfer`, which zero-fills the whole new length
 * up front: a column reserved for a file's worth of rows would otherwise cost its full size in
 * page faults before the first row, and twice that for the spare capacity of a growing one.
 * @internal
 */

type Resizable = Uint8Array | Uint16Array | Uint32Array | Float64Array

/**
 * Frees the buffer of `array` now (it becomes empty) instead of when the garbage collector finds
 * it: large dead copies would otherwise trigger full collections. Only an array that owns its
 * whole buffer is freed; anything else is left to the collector.
 */
const release = (array: Resizable): void => {
  const buffer = array.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }
  if (
    typeof buffer.transfer === "function" &&
    array.byteOffset === 0 &&
    array.byteLength === buffer.byteLength &&
    buffer.byteLength > 0
  ) {
    buffer.transfer(0)
  }
}

/**
 * `array` in an array of `length` elements holding its first `used` elements (default: as many
 * as fit; the rest zero), of the same kind or of `Kind` (wider codes). The old array is unusable
 * after.
 * @internal
 */
export const resized = <A extends Resizable, B extends Resizable = A>(
  array: A,
  length: number,
  used = Math.min(array.length, length),
  Kind = array.constructor as new (
    length: number,
  ) => B,
): B => {
  const next = new Kind(length)
  if (used > 0) next.set(used === array.length ? array : array.subarray(0, used))
  release(array)
  return next
}
