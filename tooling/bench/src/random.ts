/**
 * A small seeded pseudo-random generator (mulberry32), so that every run of the bench generates
 * byte-identical data from the same seed, on every machine.
 */

/** A seeded source of uniform numbers in [0, 1) and the few distributions the generator needs. */
export interface Random {
  /** Uniform in [0, 1). */
  readonly next: () => number
  /** Uniform integer in [0, n). */
  readonly int: (n: number) => number
  /** Standard normal (Box-Muller). */
  readonly normal: () => number
  /** Picks an index by cumulative weights (as built by `cumulative`). */
  readonly pick: (cumulativeWeights: Float64Array) => number
}

/** Creates a seeded generator. */
export const makeRandom = (seed: number): Random => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  const normal = (): number => {
    const u = 1 - next()
    const v = next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  const pick = (cumulativeWeights: Float64Array): number => {
    const total = cumulativeWeights[cumulativeWeights.length - 1]!
    const target = next() * total
    let low = 0
    let high = cumulativeWeights.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if (cumulativeWeights[middle]! > target) high = middle
      else low = middle + 1
    }
    return low
  }
  return { next, int, normal, pick }
}

/** Cumulative sums of `weights`, for `Random.pick`. */
export const cumulative = (weights: ReadonlyArray<number>): Float64Array => {
  const result = new Float64Array(weights.length)
  let sum = 0
  for (let index = 0; index < weights.length; index++) {
    sum += weights[index]!
    result[index] = sum
  }
  return result
}

/** Zipf-like weights 1/rank^exponent for `count` ranks: a few large traders, a long tail. */
export const zipfWeights = (count: number, exponent: number): Array<number> =>
  Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** exponent)
