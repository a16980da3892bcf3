/**
 * Splits JSON text, chunk by chunk, into records with the line each starts on: either one
 * top-level array of objects (`[{...}, {...}]`) or NDJSON (one object per line). Each record is
 * parsed on its own, so a 1 GB array never becomes one string and one bad record is reported
 * with its line instead of failing the whole file.
 * @internal
 */
import { FileProblem } from "./FileProblem.ts"

const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const QUOTE = 34
const BACKSLASH = 92
const COMMA = 44
const LF = 10

/** Receives each parsed record and its first line. @internal */
export type RecordHandler = (record: unknown, line: number) => void
/** Receives a record that is not valid JSON. @internal */
export type RecordErrorHandler = (line: number, reason: string, text: string) => void

const describeJsonError = (error: unknown): string =>
  `invalid JSON: ${error instanceof Error ? error.message : String(error)}`

/**
 * The deepest nesting of arrays and objects a record may have. A trade flow needs three levels
 * (the record, its sources, a source); the limit keeps a hostile file from exhausting the stack
 * of whatever walks the parsed value.
 * @internal
 */
export const MAX_JSON_DEPTH = 1000

/** The line and column (from 1) of `s[at]`, for a text whose `s[from]` is at `line`, `column`. */
const placeOf = (s: string, from: number, line: number, column: number, at: number) => {
  let lines = 0
  let lineStart = -1
  for (let i = s.indexOf("\n", from); i >= 0 && i < at; i = s.indexOf("\n", i + 1)) {
    lines++
    lineStart = i + 1
  }
  return lines === 0
    ? { line, column: column + at - from }
    : { line: line + lines, column: at - lineStart + 1 }
}

/**
 * Why the record text `s[from, to)` is refused before parsing, or undefined: nesting deeper than
 * MAX_JSON_DEPTH, or a NUL character (`\u0000`, refused as a NUL byte is refused in any file).
 * `line` and `column` place `s[from]`. Cheap on ordinary records: a native search for the
 * escape, and a depth scan only of records long enough to be that deep.
 */
const refusalOf = (
  s: string,
  from: number,
  to: number,
  line: number,
  column: number,
): string | undefined => {
  for (let at = s.indexOf("\\u0000", from); at >= 0 && at < to; at = s.indexOf("\\u0000", at + 1)) {
    // An escaped backslash before "u0000" is text, not the escape: count the backslashes.
    let backslashes = 1
    while (at - backslashes >= from && s.charCodeAt(at - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) continue
    const place = placeOf(s, from, line, column, at)
    return `a NUL character (\\u0000) in a string at line ${place.line}, column ${place.column}: NUL characters are refused in any import file; expected text without them`
  }
  if (to - from <= MAX_JSON_DEPTH) return undefined
  let depth = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c === QUOTE) {
      for (i++; i < to; i++) {
        const d = s.charCodeAt(i)
        if (d === BACKSLASH) i++
        else if (d === QUOTE) break
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > MAX_JSON_DEPTH) {
        const place = placeOf(s, from, line, column, i)
        return `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects at line ${place.line}, column ${place.column}: expected one flat object per trade flow`
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--
    }
  }
  return undefined
}

/** NDJSON: one JSON value per line; blank lines are skipped. @internal */
export class NdjsonSplitter {
  readonly #onRecord: RecordHandler
  readonly #onError: RecordErrorHandler
  #carry = ""
  #line = 1

  constructor(onRecord: RecordHandler, onError: RecordErrorHandler) {
    this.#onRecord = onRecord
    this.#onError = onError
  }

  push(text: string): void {
    this.#process(this.#carry + text, false)
  }

  end(): void {
    if (this.#carry.length > 0) this.#process(this.#carry, true)
  }

  #process(s: string, final: boolean): void {
    let pos = 0
    const n = s.length
    while (pos < n) {
      let newline = s.indexOf("\n", pos)
      if (newline < 0) {
        if (!final) break
        newline = n
      }
      const text = s.slice(pos, newline).trim()
      if (text.length > 0) {
        const refusal = refusalOf(s, pos, newline, this.#line, 1)
        let record: unknown
        let ok = refusal === undefined
        if (!ok) {
          this.#onError(this.#line, refusal!, text.slice(0, 200))
        } else {
          try {
            record = JSON.parse(text)
          } catch (error) {
            ok = false
            this.#onError(this.#line, describeJsonError(error), text.slice(0, 200))
          }
        }
        if (ok) this.#onRecord(record, this.#line)
      }
      this.#line++
      pos = newline + 1
    }
    this.#carry = pos >= n ? "" : s.slice(pos)
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9

/** One top-level JSON array, its elements parsed one by one. @internal */
export class JsonArraySplitter {
  readonly #onRecord: RecordHandler
  readonly #onError: RecordErrorHandler
  #carry = ""
  #line = 1
  #state: "before" | "inside" | "after" = "before"
  /** The column (from 1) of the first character of the carried text. */
  #firstColumn = 1

  /** The column (from 1) of `s[at]` in the text being processed. */
  #columnOf(s: string, at: number): number {
    const newline = at === 0 ? -1 : s.lastIndexOf("\n", at - 1)
    return newline < 0 ? this.#firstColumn + at : at - newline
  }

  constructor(onRecord: RecordHandler, onError: RecordErrorHandler) {
    this.#onRecord = onRecord
    this.#onError = onError
  }

  push(text: string): void {
    this.#process(this.#carry + text, false)
  }

  end(): void {
    this.#process(this.#carry, true)
    if (this.#state !== "after") {
      throw new FileProblem(
        `The JSON array is not closed: expected "]" at the end of the file (line ${this.#line})`,
        this.#line,
      )
    }
  }

  #process(s: string, final: boolean): void {
    const n = s.length
    let pos = 0
    while (pos < n) {
      const c = s.charCodeAt(pos)
      if (isSpace(c)) {
        if (c === LF) this.#line++
        pos++
        continue
      }
      if (this.#state === "before") {
        if (c !== OPEN_BRACKET) {
          throw new FileProblem(
            `Expected a JSON array of objects ("[") or NDJSON, found ${JSON.stringify(s[pos])} at line ${this.#line}`,
            this.#line,
          )
        }
        this.#state = "inside"
        pos++
        continue
      }
      if (this.#state === "after") {
        throw new FileProblem(
          `Unexpected ${JSON.stringify(s[pos])} after the end of the JSON array at line ${this.#line}`,
          this.#line,
        )
      }
      if (c === COMMA) {
        pos++
        continue
      }
      if (c === CLOSE_BRACKET) {
        this.#state = "after"
        pos++
        continue
      }
      // An element: scan to its end, tracking nesting and strings.
      const start = pos
      const startLine = this.#line
      let depth = 0
      let inString = false
      let lines = 0
      let end = -1
      for (let i = pos; i < n; i++) {
        const d = s.charCodeAt(i)
        if (inString) {
          if (d === BACKSLASH) i++
          else if (d === QUOTE) inString = false
          continue
        }
        if (d === QUOTE) inString = true
        else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++
        else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
          if (depth === 0) {
            end = i
            break
          }
          depth--
          if (depth === 0) {
            end = i + 1
            break
          }
        } else if (d === LF) lines++
        else if (depth === 0 && d === COMMA) {
          end = i
          break
        }
      }
      if (end < 0) {
        if (!final) break
        end = n
      }
      const text = s.slice(start, end)
      const refusal = refusalOf(s, start, end, startLine, this.#columnOf(s, start))
      let record: unknown
      let ok = refusal === undefined
      if (!ok) {
        this.#onError(startLine, refusal!, text.slice(0, 200))
      } else {
        try {
          record = JSON.parse(text)
        } catch (error) {
          ok = false
          this.#onError(startLine, describeJsonError(error), text.slice(0, 200))
        }
      }
      if (ok) this.#onRecord(record, startLine)
      this.#line += lines
      pos = end
    }
    this.#firstColumn = this.#columnOf(s, pos)
    this.#carry = pos >= n ? "" : s.slice(pos)
  }
}
