/**
 * FNV-1a, 32 bits: the one non-cryptographic hash of the SDK (advisory-lock keys, hash tables
 * of byte strings). Stable across runs and processes, so a key computed by two processes agrees.
 */

/** The FNV-1a 32-bit offset basis (the hash of nothing). */
export const FNV_OFFSET_BASIS = 0x811c9dc5

/** The FNV-1a 32-bit prime. */
export const FNV_PRIME = 0x01000193

/** The hash of `bytes[start, end)`, as a signed 32-bit integer. */
export const fnv1aBytes = (bytes: Uint8Array, start = 0, end = bytes.length): number => {
  let hash = FNV_OFFSET_BASIS
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, FNV_PRIME)
  return hash | 0
}

/** The hash of a string's UTF-16 code units (its bytes for ASCII text), as a signed 32-bit integer. */
export const fnv1aString = (text: string): number => {
  let hash = FNV_OFFSET_BASIS
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash | 0
}
