/**
 * Durations as people write them on a command line or in a job's config: `30s`, `5m`, `1h`,
 * `1h30m` (also `ms` and `d`). One parser for every surface (`watch --every`, the SDK's
 * `watch({ every })`), with one error message.
 * @since 0.2.0
 */
import { ValidationError } from "../../Errors.ts"

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const

/** What a duration may look like, for messages. @category watch @since 0.2.0 */
export const DURATION_FORMS =
  "a whole number followed by a unit: s (seconds), m (minutes), h (hours), also ms and d; parts may be combined, e.g. 30s, 5m, 1h, 1h30m"

/**
 * Parses a duration into milliseconds. Refuses zero, negative, fractional and unit-less values
 * with a {@link ValidationError} that names the value and the valid forms.
 * @example
 * ```ts
 * import { parseDuration } from "@rareearth/sdk/node"
 * parseDuration("30s") // 30_000
 * parseDuration("1h30m") // 5_400_000
 * ```
 * @category watch
 * @since 0.2.0
 */
export const parseDuration = (text: string): number => {
  const value = text.trim().toLowerCase()
  const parts = [...value.matchAll(/(\d+)(ms|s|m|h|d)/g)]
  const whole = parts.map((part) => part[0]).join("")
  if (value === "" || whole !== value) throw durationError(text, "it is not of that form")
  const total = parts.reduce(
    (sum, part) => sum + Number(part[1]) * UNIT_MS[part[2] as keyof typeof UNIT_MS],
    0,
  )
  if (total <= 0) throw durationError(text, "it must be longer than zero")
  if (!Number.isSafeInteger(total)) throw durationError(text, "it is too long")
  return total
}

const durationError = (text: string, reason: string): ValidationError =>
  new ValidationError({
    message: `Invalid duration ${JSON.stringify(text)}: ${reason}; expected ${DURATION_FORMS}`,
    issues: [{ code: "invalid_duration", path: [], message: reason }],
  })

/**
 * A duration in milliseconds as the shortest text {@link parseDuration} reads back (`90000` ->
 * `1m30s`), for messages.
 * @example
 * ```ts
 * import { formatDuration } from "@rareearth/sdk/node"
 * formatDuration(300_000) // "5m"
 * ```
 * @category watch
 * @since 0.2.0
 */
export const formatDuration = (milliseconds: number): string => {
  let rest = Math.round(milliseconds)
  let text = ""
  for (const [unit, size] of Object.entries(UNIT_MS).reverse()) {
    const count = Math.floor(rest / size)
    if (count > 0) {
      text += `${count}${unit}`
      rest -= count * size
    }
  }
  return text === "" ? "0ms" : text
}
