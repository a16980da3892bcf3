/**
 * Correctly rounded floating-point summation (Shewchuk's algorithm, as in Python's math.fsum):
 * the result is the exact sum of the inputs rounded once, so it does not depend on their order
 * and 0.1 + 0.2 + 0.3 sums to 0.6. Internal helper for Series and Quantity.
 */
export const exactSum = (values: Iterable<number>): number => {
  const partials: number[] = []
  let special = 0
  for (let x of values) {
    if (!Number.isFinite(x)) {
      special += x
      continue
    }
    let i = 0
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x]
      const hi = x + y
      const lo = y - (hi - x)
      if (lo !== 0) partials[i++] = lo
      x = hi
    }
    partials.length = i
    partials.push(x)
  }
  if (special !== 0 || Number.isNaN(special)) return special
  // Sum the partials from the top, with the round-half-even correction of math.fsum.
  let n = partials.length
  if (n === 0) return 0
  let hi = partials[--n]!
  let lo = 0
  while (n > 0) {
    const x = hi
    const y = partials[--n]!
    hi = x + y
    const yr = hi - x
    lo = y - yr
    if (lo !== 0) break
  }
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2
    const x = hi + y
    const yr = x - hi
    if (y === yr) hi = x
  }
  return hi
}
