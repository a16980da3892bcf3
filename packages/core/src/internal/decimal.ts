/**
 * Multiply by a power of ten by moving the decimal point in the number's shortest decimal
 * text, not by floating-point multiplication: 1.005 shifted by 2 is exactly 100.5 (not
 * 100.49999999999999), and kilograms -> tonnes -> kilograms round-trips exactly.
 */
export const shiftDecimal = (value: number, by: number): number => {
  if (!Number.isFinite(value) || by === 0) return value
  const [mantissa, exponent = "0"] = String(value).split("e")
  return Number(`${mantissa}e${Number(exponent) + by}`)
}
