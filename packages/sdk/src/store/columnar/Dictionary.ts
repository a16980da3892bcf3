/**
 * A string dictionary: each distinct value gets a small integer code, so columns hold codes in
 * typed arrays and filters become integer compares. Codes are dense, in insertion order, and
 * never change once given.
 * @internal
 */

/** @internal */
export class Dictionary {
  readonly values: Array<string> = []
  readonly #index = new Map<string, number>()

  /** Interns `value`, returning its code. */
  code(value: string): number {
    let code = this.#index.get(value)
    if (code === undefined) {
      code = this.values.length
      this.values.push(value)
      this.#index.set(value, code)
    }
    return code
  }

  /** The code of `value`, or undefined when the dictionary has never seen it. */
  lookup(value: string): number | undefined {
    return this.#index.get(value)
  }

  get size(): number {
    return this.values.length
  }
}

/**
 * A dictionary of structured values (provenance objects), keyed by a canonical JSON string so
 * that equal objects share one code and one instance.
 * @internal
 */
export class ObjectDictionary<A> {
  readonly values: Array<A> = []
  readonly #index = new Map<string, number>()
  /** By plain JSON (native, fast; key order matters): values from one producer hit this. */
  readonly #byJson = new Map<string, number>()

  code(value: A): number {
    const json = JSON.stringify(value)
    const known = this.#byJson.get(json)
    if (known !== undefined) return known
    const key = canonicalJson(value)
    let code = this.#index.get(key)
    if (code === undefined) {
      code = this.values.length
      this.values.push(value)
      this.#index.set(key, code)
    }
    this.#byJson.set(json, code)
    return code
  }

  get size(): number {
    return this.values.length
  }
}

/** JSON with object keys sorted, so that key order does not change the identity of a value. @internal */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== "object") {
    return value === undefined ? "null" : JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`
}
