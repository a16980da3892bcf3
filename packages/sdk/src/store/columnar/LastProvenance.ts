/**
 * A one-entry cache of provenance by identity. Records built in memory (and the records of one
 * JSON file) repeat the same provenance row after row, often as the same objects wrapped in fresh
 * arrays (`sources: [SOURCE]`, `confidence: { kind: "official" }`): comparing them shallowly
 * finds the last result without serialising or validating them again.
 * @internal
 */

/** The provenance fields of a record, as given (not yet validated). @internal */
export interface GivenProvenance {
  readonly sources?: unknown
  readonly confidence?: unknown
  readonly conflictGroup?: unknown
  readonly note?: unknown
}

/**
 * Whether two values are the same at the first level: identical, or arrays/plain objects whose
 * elements/properties are identical.
 * @internal
 */
export const sameShallow = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
    return true
  }
  if (Array.isArray(b)) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  let count = 0
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue
    if (left[key] !== right[key]) return false
    count++
  }
  for (const key in right) if (Object.hasOwn(right, key)) count--
  return count === 0
}

/** The result computed for the last provenance seen. @internal */
export class LastProvenance<A> {
  #given: GivenProvenance | null = null
  #result: A | undefined = undefined

  /** The result remembered for `given`'s provenance, or undefined when it differs. */
  get(given: GivenProvenance): A | undefined {
    const last = this.#given
    if (
      last !== null &&
      sameShallow(last.sources, given.sources) &&
      sameShallow(last.confidence, given.confidence) &&
      last.conflictGroup === given.conflictGroup &&
      last.note === given.note
    ) {
      return this.#result
    }
    return undefined
  }

  /** Remembers `result` for `given`'s provenance (its fields, not the record itself). */
  set(given: GivenProvenance, result: A): void {
    this.#given = {
      sources: given.sources,
      confidence: given.confidence,
      conflictGroup: given.conflictGroup,
      note: given.note,
    }
    this.#result = result
  }
}
