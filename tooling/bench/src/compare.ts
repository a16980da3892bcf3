/**
 * Same answers from every engine, or a loud failure: answers are compared structurally, numbers
 * with a relative tolerance (engines sum floating-point values in different orders).
 */

/** Thrown when two engines disagree; names the query, the engines and the first difference. */
export class AnswerMismatchError extends Error {
  override readonly name = "AnswerMismatchError"
  readonly query: string
  readonly engines: readonly [string, string]
  readonly path: string
  constructor(
    query: string,
    engines: readonly [string, string],
    path: string,
    left: unknown,
    right: unknown,
  ) {
    super(
      `"${query}": ${engines[0]} and ${engines[1]} disagree at ${path || "(root)"}: ` +
        `${engines[0]} = ${preview(left)}, ${engines[1]} = ${preview(right)}`,
    )
    this.query = query
    this.engines = engines
    this.path = path
  }
}

const preview = (value: unknown): string => {
  const text = JSON.stringify(value, (_key, inner) =>
    typeof inner === "number" && !Number.isFinite(inner) ? String(inner) : inner,
  )
  if (text === undefined) return String(value)
  return text.length > 300 ? `${text.slice(0, 300)}...` : text
}

/** Relative tolerance for floating-point sums in a different order. */
const RELATIVE_TOLERANCE = 1e-9

const numbersAgree = (left: number, right: number): boolean => {
  if (left === right) return true
  if (Number.isNaN(left) && Number.isNaN(right)) return true
  const scale = Math.max(Math.abs(left), Math.abs(right), 1e-12)
  return Math.abs(left - right) / scale <= RELATIVE_TOLERANCE
}

/** The path of the first difference between `left` and `right`, or undefined when they agree. */
export const firstDifference = (
  left: unknown,
  right: unknown,
  path = "",
): { path: string; left: unknown; right: unknown } | undefined => {
  if (typeof left === "number" && typeof right === "number") {
    return numbersAgree(left, right) ? undefined : { path, left, right }
  }
  if (left === right) return undefined
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length)
      return { path: `${path}.length`, left: left.length, right: right.length }
    for (let index = 0; index < left.length; index++) {
      const difference = firstDifference(left[index], right[index], `${path}[${index}]`)
      if (difference !== undefined) return difference
    }
    return undefined
  }
  if (
    left !== null &&
    right !== null &&
    typeof left === "object" &&
    typeof right === "object" &&
    !Array.isArray(left) &&
    !Array.isArray(right)
  ) {
    const leftRecord = left as Record<string, unknown>
    const rightRecord = right as Record<string, unknown>
    const keys = new Set([...Object.keys(leftRecord), ...Object.keys(rightRecord)])
    for (const key of [...keys].sort()) {
      const difference = firstDifference(leftRecord[key], rightRecord[key], `${path}.${key}`)
      if (difference !== undefined) return difference
    }
    return undefined
  }
  return { path, left, right }
}

/** Throws AnswerMismatchError unless every engine's answer agrees with the first one's. */
export const assertSameAnswers = (query: string, answers: ReadonlyMap<string, unknown>): void => {
  const entries = [...answers]
  const [reference, ...others] = entries
  if (reference === undefined) return
  for (const [engine, answer] of others) {
    const difference = firstDifference(reference[1], answer)
    if (difference !== undefined) {
      throw new AnswerMismatchError(
        query,
        [reference[0], engine],
        difference.path,
        difference.left,
        difference.right,
      )
    }
  }
}
