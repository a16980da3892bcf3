/**
 * Key values of an import file (period, countries, flow, commodity, vintage) validated once per
 * distinct value: core's parsers and the TradeFlow schema decide, and a cache (by string, or by
 * the bytes of a CSV cell, without decoding them) remembers the code or the reason. A 1M-row file
 * with 120 months and 200 partners runs core's parsers a few hundred times.
 * @internal
 */
import { Commodity, Country, InputError, Period, TradeFlow } from "@rareearth/core"
import type * as z from "zod/mini"
import { fnv1aBytes } from "../../internal/fnv1a.ts"
import type { Dictionary } from "../../store/columnar/Dictionary.ts"
import type { KeyField } from "./ColumnMapping.ts"

const shape = TradeFlow.TradeFlow.shape

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** The messages of a zod error, joined. @internal */
export const issuesText = (error: z.core.$ZodError): string =>
  InputError.formatIssues(error.issues.map((issue) => ({ path: [], message: issue.message })))

const DIGITS = /^\d+$/

const FLOW_ALIASES: Readonly<Record<string, string>> = {
  x: "export",
  m: "import",
  rx: "re_export",
  rm: "re_import",
  "re-export": "re_export",
  "re-import": "re_import",
  "re export": "re_export",
  "re import": "re_import",
  exports: "export",
  imports: "import",
}

/** Normalises a raw key value to its canonical form, or throws with a reason. */
export type Normalise = (raw: string) => string

const checked =
  (schema: z.ZodMiniType, normalise: Normalise): Normalise =>
  (raw) => {
    const value = normalise(raw)
    const result = schema.safeParse(value)
    if (!result.success) throw new Error(`${JSON.stringify(value)}: ${issuesText(result.error)}`)
    return value
  }

/** The parser of each key field (and the vintage): core's parsers, then the TradeFlow schema. @internal */
export const NORMALISERS: Readonly<Record<KeyField | "vintage", Normalise>> = {
  period: checked(shape.period, (raw) => Period.parse(raw.trim())),
  reporter: checked(shape.reporter, (raw) => {
    const text = raw.trim()
    if (DIGITS.test(text)) {
      const area = Country.fromComtradeCode(Number(text))
      if (!/^[A-Z]{2}$/.test(area)) {
        throw new Error(
          `UN Comtrade code ${text} is ${area}, an area, not a country: a reporter must be a country`,
        )
      }
      return area
    }
    return Country.parseCountryCode(text)
  }),
  partner: checked(shape.partner, (raw) => {
    const text = raw.trim()
    return DIGITS.test(text) ? Country.fromComtradeCode(Number(text)) : Country.parseTradeArea(text)
  }),
  flow: checked(shape.flow, (raw) => {
    const text = raw.trim().toLowerCase()
    const flow = FLOW_ALIASES[text] ?? text
    if (!shape.flow.safeParse(flow).success) {
      throw new Error(
        `Unknown flow ${JSON.stringify(raw)}: expected one of ${shape.flow.options.join(", ")} (or Comtrade's X, M, RX, RM)`,
      )
    }
    return flow
  }),
  commodity: checked(shape.commodity, (raw) => Commodity.parse(raw)),
  vintage: checked(shape.vintage, (raw) => raw.trim()),
}

/** A key column whose values are validated once per distinct raw value. @internal */
export class CachedKey {
  readonly #codes = new Map<string, number>()
  readonly #reasons = new Map<string, string>()
  readonly #dictionary: Dictionary
  readonly #normalise: Normalise

  constructor(dictionary: Dictionary, normalise: Normalise) {
    this.#dictionary = dictionary
    this.#normalise = normalise
  }

  #lastRaw: string | undefined = undefined
  #lastCode = -1

  /** The batch code of `raw`, or -1 (then `reason(raw)` says why). */
  code(raw: string): number {
    // Files repeat keys row after row (same month, same reporter): skip the hash lookup then.
    if (raw === this.#lastRaw) return this.#lastCode
    const cached = this.#codes.get(raw)
    if (cached !== undefined) {
      this.#lastRaw = raw
      this.#lastCode = cached
      return cached
    }
    let code = -1
    try {
      code = this.#dictionary.code(this.#normalise(raw))
    } catch (error) {
      this.#reasons.set(raw, messageOf(error))
    }
    this.#codes.set(raw, code)
    this.#lastRaw = raw
    this.#lastCode = code
    return code
  }

  reason(raw: string): string {
    return this.#reasons.get(raw) ?? "invalid value"
  }

  // Two open-addressing tables keyed by the bytes of a field, so that a known value is found
  // without decoding it (no string per row and field); only new values are decoded. Values of
  // up to 8 bytes (codes, months, flows: nearly every key) are their bytes packed into two
  // integers, compared as such; longer ones are kept as bytes.
  /**
   * The short values' table, one slot per 4 integers (one array: a lookup loads one array and
   * one cache line): the packed bytes (lo, hi), the length plus one (0: empty slot), the code.
   */
  #short: Int32Array = new Int32Array(64 * 4)
  /** Slots of `#short` minus one (slots are a power of two). */
  #shortMask = 63
  #shortCount = 0
  #lastLo = 0
  #lastHi = 0
  #lastLength = -1
  #lastShortCode = -1
  #slotBytes: Array<Uint8Array | undefined> = new Array(64)
  #slotCode: Int32Array = new Int32Array(64)
  #slotCount = 0
  #lastBytes: Uint8Array | undefined = undefined
  #lastBytesCode = -1

  /**
   * Codes of values of up to 2 bytes (country codes, flow letters: the keys that change from
   * row to row), by their bytes as an index: no hash, no probe. UNSEEN until looked up; made on
   * the first such value.
   */
  #tiny: Int32Array | null = null

  /** The batch code of the UTF-8 value `bytes[start, end)`, or -1 (then `reason` of its text says why). */
  codeAt(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start
    if (length <= 2) {
      const index =
        length === 2
          ? 257 + ((bytes[start]! << 8) | bytes[start + 1]!)
          : length === 1
            ? 1 + bytes[start]!
            : 0
      const tiny = this.#tiny ?? this.#makeTiny()
      const code = tiny[index]!
      return code !== UNSEEN ? code : this.#addTiny(bytes, start, end, index)
    }
    if (length > 8) return this.#longCodeAt(bytes, start, end)
    let lo = 0
    let hi = 0
    const middle = length > 4 ? start + 4 : end
    for (let i = start; i < middle; i++) lo = (lo << 8) | bytes[i]!
    for (let i = middle; i < end; i++) hi = (hi << 8) | bytes[i]!
    // Files repeat keys row after row (same month, same reporter): no lookup then.
    if (lo === this.#lastLo && hi === this.#lastHi && length === this.#lastLength) {
      return this.#lastShortCode
    }
    const table = this.#short
    const mask = this.#shortMask
    let slot = shortHash(lo, hi, length) & mask
    for (;;) {
      const at = slot << 2
      const known = table[at + 2]!
      if (known === 0) break
      if (known === length + 1 && table[at] === lo && table[at + 1] === hi) {
        this.#lastLo = lo
        this.#lastHi = hi
        this.#lastLength = length
        this.#lastShortCode = table[at + 3]!
        return this.#lastShortCode
      }
      slot = (slot + 1) & mask
    }
    return this.#addShort(bytes, start, end, lo, hi, slot)
  }

  #makeTiny(): Int32Array {
    // Empty, one byte, two bytes.
    this.#tiny = new Int32Array(1 + 256 + 65_536).fill(UNSEEN)
    return this.#tiny
  }

  /** A value of up to 2 bytes seen for the first time. */
  #addTiny(bytes: Uint8Array, start: number, end: number, index: number): number {
    const code = this.code(utf8.decode(bytes.subarray(start, end)))
    this.#tiny![index] = code
    return code
  }

  /** A value of up to 8 bytes seen for the first time, put in the free `slot`. */
  #addShort(
    bytes: Uint8Array,
    start: number,
    end: number,
    lo: number,
    hi: number,
    slot: number,
  ): number {
    const code = this.code(utf8.decode(bytes.subarray(start, end)))
    const at = slot << 2
    this.#short[at] = lo
    this.#short[at + 1] = hi
    this.#short[at + 2] = end - start + 1
    this.#short[at + 3] = code
    if (++this.#shortCount * 2 > this.#shortMask + 1) this.#growShort()
    return code
  }

  #growShort(): void {
    const old = this.#short
    const mask = this.#shortMask * 2 + 1
    const table = new Int32Array((mask + 1) * 4)
    for (let from = 0; from < old.length; from += 4) {
      const length = old[from + 2]! - 1
      if (length < 0) continue
      let slot = shortHash(old[from]!, old[from + 1]!, length) & mask
      while (table[(slot << 2) + 2] !== 0) slot = (slot + 1) & mask
      table.set(old.subarray(from, from + 4), slot << 2)
    }
    this.#short = table
    this.#shortMask = mask
  }

  /** `codeAt` for values longer than 8 bytes. */
  #longCodeAt(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start
    const last = this.#lastBytes
    if (last !== undefined && last.length === length && sameBytes(bytes, start, last)) {
      return this.#lastBytesCode
    }
    const hash = fnv1aBytes(bytes, start, end)
    const slots = this.#slotBytes
    const mask = slots.length - 1
    let slot = hash & mask
    for (;;) {
      const known = slots[slot]
      if (known === undefined) break
      if (known.length === length && sameBytes(bytes, start, known)) {
        this.#lastBytes = known
        this.#lastBytesCode = this.#slotCode[slot]!
        return this.#lastBytesCode
      }
      slot = (slot + 1) & mask
    }
    // A copy (Buffer#slice would share the chunk's memory, which the next chunk reuses).
    const copy = Uint8Array.prototype.slice.call(bytes, start, end)
    const code = this.code(utf8.decode(copy))
    slots[slot] = copy
    this.#slotCode[slot] = code
    this.#lastBytes = copy
    this.#lastBytesCode = code
    if (++this.#slotCount * 2 > slots.length) this.#growSlots()
    return code
  }

  #growSlots(): void {
    const oldSlots = this.#slotBytes
    const oldCodes = this.#slotCode
    const slots: Array<Uint8Array | undefined> = new Array(oldSlots.length * 2)
    const codes = new Int32Array(oldSlots.length * 2)
    const mask = slots.length - 1
    oldSlots.forEach((known, i) => {
      if (known === undefined) return
      let slot = fnv1aBytes(known) & mask
      while (slots[slot] !== undefined) slot = (slot + 1) & mask
      slots[slot] = known
      codes[slot] = oldCodes[i]!
    })
    this.#slotBytes = slots
    this.#slotCode = codes
  }
}

const utf8 = new TextDecoder("utf-8")

/** A value of `CachedKey`'s direct table not looked up yet (codes are >= -1). */
const UNSEEN = -2

/** The hash of a value of up to 8 bytes packed into `lo`, `hi` (a multiply, then its high bits mixed down). */
const shortHash = (lo: number, hi: number, length: number): number => {
  const h = Math.imul(lo ^ Math.imul(hi ^ length, 0x9e3779b1), 0x85ebca6b)
  return h ^ (h >>> 15)
}

/** Whether `bytes` holds `value` at `start` (the caller checked the lengths). */
const sameBytes = (bytes: Uint8Array, start: number, value: Uint8Array): boolean => {
  for (let i = 0; i < value.length; i++) {
    if (bytes[start + i] !== value[i]) return false
  }
  return true
}
