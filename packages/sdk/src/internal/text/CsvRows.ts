/**
 * Splits CSV bytes (validated UTF-8), chunk by chunk, into rows of fields with the line each row
 * starts on. It works on the bytes, not on decoded strings: a row is a list of byte offsets, and
 * the reader decodes only what it has not seen before (a new country, a new month), so a row
 * costs no string and no array.
 *
 * Why not uDSV's row parser: on malformed input it silently merges a short row with the next
 * line and folds extra fields into the last one (and skips empty lines without a trace), so
 * neither wrong column counts nor line numbers could be reported. This splitter follows RFC 4180
 * (quoted fields with `""` escapes, delimiters and line breaks inside quotes, CRLF or LF) and
 * reports each malformed line.
 * Browser-safe (bytes are `Uint8Array`s; Node's Buffer is used for decoding when present), so
 * that the SDK's main entry reads CSV text with the same splitter (bills of materials).
 * @internal
 */

type Bytes = Uint8Array

// Node's Buffer decodes a slice without a copy and faster than TextDecoder; browsers have TextDecoder.
const NodeBuffer = (
  globalThis as {
    Buffer?: {
      from(array: ArrayBuffer, offset: number, length: number): { toString(e: "utf8"): string }
    }
  }
).Buffer
const textDecoder = new TextDecoder()
const decode = (bytes: Bytes, start: number, end: number): string =>
  NodeBuffer === undefined
    ? textDecoder.decode(bytes.subarray(start, end))
    : NodeBuffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset + start, end - start).toString(
        "utf8",
      )

const concat = (a: Bytes, b: Bytes): Bytes => {
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}

const QUOTE = 34
const CR = 13
const LF = 10

/**
 * One row, as byte offsets: field `i` is `bytes[starts[i], ends[i])`. The view is reused for the
 * next row: copy what you keep.
 * @internal
 */
export class CsvRowView {
  bytes: Bytes = new Uint8Array(0)
  starts: Int32Array = new Int32Array(64)
  ends: Int32Array = new Int32Array(64)
  count = 0
  line = 0

  /** Field `i` as a string. */
  field(i: number): string {
    return decode(this.bytes, this.starts[i]!, this.ends[i]!)
  }

  /** All fields as strings. */
  fields(): Array<string> {
    return Array.from({ length: this.count }, (_, i) => this.field(i))
  }

  /** @internal */
  push(start: number, end: number): void {
    if (this.count === this.starts.length) this.grow()
    this.starts[this.count] = start
    this.ends[this.count++] = end
  }

  /** Doubles the room for fields. @internal */
  grow(): void {
    const starts = new Int32Array(this.starts.length * 2)
    starts.set(this.starts)
    this.starts = starts
    const ends = new Int32Array(this.ends.length * 2)
    ends.set(this.ends)
    this.ends = ends
  }
}

/** Receives each row; the view is reused for the next row. @internal */
export type RowHandler = (row: CsvRowView) => void
/** Receives a malformed line that yields no row. @internal */
export type LineErrorHandler = (line: number, reason: string, text: string) => void

/** Delimiters `inferDelimiter` recognises, in order of preference on a tie. */
const DELIMITERS = ["\t", "|", ";", ","] as const

/**
 * The delimiter of a CSV header line: the most frequent of tab, pipe, semicolon and comma outside
 * quoted names (on a tie, in that order), or comma when the header has none (a single column).
 * @internal
 */
export const inferDelimiter = (headerText: string): string => {
  const counts = [0, 0, 0, 0]
  let quoted = false
  for (let i = 0; i < headerText.length; i++) {
    const c = headerText[i]
    if (c === '"') quoted = !quoted
    else if (c === "\n" || c === "\r") {
      if (!quoted) break
    } else if (!quoted) {
      const k = DELIMITERS.indexOf(c as (typeof DELIMITERS)[number])
      if (k >= 0) counts[k]!++
    }
  }
  let best = -1
  for (let k = 0; k < DELIMITERS.length; k++) {
    if (counts[k]! > 0 && (best < 0 || counts[k]! > counts[best]!)) best = k
  }
  return best < 0 ? "," : DELIMITERS[best]!
}

const countLines = (s: Bytes, from: number, to: number): number => {
  let lines = 0
  let at = s.indexOf(LF, from)
  while (at >= 0 && at < to) {
    lines++
    at = s.indexOf(LF, at + 1)
  }
  return lines
}

const snippet = (s: Bytes, from: number, to: number): string =>
  decode(s, from, Math.min(to, from + 200))

/** @internal */
export class CsvRowSplitter {
  readonly #delimiter: number
  readonly #onRow: RowHandler
  readonly #onError: LineErrorHandler
  #carry: Bytes | null = null
  /** The line number of the first line of the next bytes. */
  #line = 1
  readonly #view = new CsvRowView()
  /** Unescaped fields of a row with quotes. */
  #scratch: Bytes = new Uint8Array(4096)

  /** `firstLine`: the line number of the first bytes (a part of a file starts further on). */
  constructor(delimiter: string, onRow: RowHandler, onError: LineErrorHandler, firstLine = 1) {
    this.#line = firstLine
    const code = delimiter.charCodeAt(0)
    if (delimiter.length !== 1 || code > 127 || code === QUOTE || code === LF || code === CR) {
      throw new TypeError(
        `Invalid CSV delimiter ${JSON.stringify(delimiter)}: expected one ASCII character other than a quote or a line break, e.g. "," ";" "\\t" "|"`,
      )
    }
    this.#delimiter = code
    this.#onRow = onRow
    this.#onError = onError
  }

  /** The line number of the first line of the next bytes. */
  get line(): number {
    return this.#line
  }

  /** Whether bytes of an unfinished row wait for the next chunk (or for `end`). */
  get pending(): boolean {
    return this.#carry !== null
  }

  /**
   * Hands a row to the handler. A subclass overrides it to take rows itself (the file import):
   * then the hot call is a method of its own class, which the runtime inlines whatever other
   * handlers the process has used, where a call of the handler function is only inlined as long
   * as one function was ever passed (a second one, e.g. a header reader's, made every later
   * import call it without inlining, at twice the cost per row).
   */
  protected emit(view: CsvRowView): void {
    this.#onRow(view)
  }

  /** Whether a quoted value ran to the end of the input unclosed (reported once, by `end`). */
  unclosedQuote = false

  push(chunk: Bytes): void {
    const carry = this.#carry
    this.#process(carry === null ? chunk : concat(carry, chunk), false)
  }

  end(): void {
    const carry = this.#carry
    if (carry !== null) this.#process(carry, true)
    this.#carry = null
  }

  #process(s: Bytes, final: boolean): void {
    const pos = this.#rows(s, final)
    // Copy the tail: a subarray would keep the whole chunk alive.
    this.#carry = pos >= s.length ? null : s.slice(pos)
  }

  /**
   * Hands the rows of `s` to the handler; returns where the first unfinished row starts. A
   * function of its own, ending with its loop: the runtime compiles a long loop while it runs
   * (on-stack replacement) and keeps that code for every later chunk, and code after the loop,
   * not yet run when it was compiled, would throw every later call back to the interpreter
   * (and, after enough of those, leave the loop to slower code for the rest of the process).
   */
  #rows(s: Bytes, final: boolean): number {
    const n = s.length
    const delimiter = this.#delimiter
    // Bytes above all three of delimiter, quote and line feed (digits, letters: most of a file)
    // cost one comparison.
    const plain = Math.max(delimiter, QUOTE, LF)
    const view = this.#view
    let pos = 0
    while (pos < n) {
      // One pass over the line: its fields and its end (a call per line or per field would
      // cost as much as the scan), straight into the view's arrays.
      let starts = view.starts
      let ends = view.ends
      let count = 0
      let start = pos
      let i = pos
      let quoted = false
      for (; i < n; i++) {
        const c = s[i]!
        if (c > plain) continue
        if (c === delimiter) {
          if (count === starts.length) {
            view.count = count
            view.grow()
            starts = view.starts
            ends = view.ends
          }
          starts[count] = start
          ends[count++] = i
          start = i + 1
        } else if (c === LF) {
          break
        } else if (c === QUOTE) {
          quoted = true
          break
        }
      }
      if (quoted) {
        const next = this.#quotedRow(s, pos, final)
        if (next < 0) break
        pos = next
        continue
      }
      const newline = i
      if (newline === n && !final) break
      let end = newline
      if (end > pos && s[end - 1] === CR) end--
      if (end > pos) {
        view.bytes = s
        view.line = this.#line
        view.count = count
        view.push(start, end)
        this.emit(view)
      }
      this.#line++
      pos = newline + 1
    }
    return pos
  }

  #append(s: Bytes, from: number, to: number, at: number): number {
    const needed = at + (to - from)
    if (needed > this.#scratch.length) {
      let size = this.#scratch.length * 2
      while (size < needed) size *= 2
      const scratch = new Uint8Array(size)
      scratch.set(this.#scratch.subarray(0, at))
      this.#scratch = scratch
    }
    this.#scratch.set(s.subarray(from, to), at)
    return needed
  }

  /**
   * Parses one row containing quotes, starting at `start`, into the scratch buffer. Returns the
   * position after the row, or -1 when the row continues past the end of the bytes.
   */
  #quotedRow(s: Bytes, start: number, final: boolean): number {
    const n = s.length
    const delimiter = this.#delimiter
    const firstLine = this.#line
    const starts: Array<number> = []
    const ends: Array<number> = []
    let used = 0
    let lines = 0
    let pos = start
    const malformed = (line: number, at: number, reason: string): number => {
      let newline = s.indexOf(LF, at)
      if (newline < 0) {
        if (!final) return -1
        newline = n
      }
      this.#onError(line, reason, snippet(s, start, newline))
      this.#line = line + 1
      return newline + 1
    }
    for (;;) {
      const fieldStart = used
      if (pos < n && s[pos] === QUOTE) {
        let from = pos + 1
        let at = from
        for (;;) {
          const quote = s.indexOf(QUOTE, at)
          if (quote < 0) {
            if (!final) return -1
            this.unclosedQuote = true
            this.#onError(
              firstLine,
              `a quoted value opened at line ${firstLine} is never closed`,
              snippet(s, start, n),
            )
            this.#line = firstLine + 1 + countLines(s, start, n)
            return n
          }
          if (quote + 1 >= n && !final) return -1
          if (s[quote + 1] === QUOTE) {
            used = this.#append(s, from, quote + 1, used)
            at = from = quote + 2
            continue
          }
          used = this.#append(s, from, quote, used)
          lines += countLines(s, pos, quote)
          pos = quote + 1
          break
        }
        starts.push(fieldStart)
        ends.push(used)
        if (pos >= n) {
          if (!final) return -1
          break
        }
        const c = s[pos]
        if (c === delimiter) {
          pos++
          continue
        }
        if (c === LF) {
          pos++
          break
        }
        if (c === CR) {
          if (pos + 1 >= n && !final) return -1
          if (pos + 1 >= n || s[pos + 1] === LF) {
            pos += 2
            break
          }
        }
        return malformed(
          firstLine + lines,
          pos,
          `unexpected character ${JSON.stringify(String.fromCharCode(c!))} after a closing quote in field ${starts.length}; a quote inside a quoted value must be doubled ("")`,
        )
      }
      // An unquoted field: up to the next delimiter or line end.
      let end = pos
      while (end < n) {
        const c = s[end]
        if (c === delimiter || c === LF) break
        if (c === QUOTE) {
          return malformed(
            firstLine + lines,
            end,
            `a quote inside an unquoted value in field ${starts.length + 1}; quote the whole value and double inner quotes`,
          )
        }
        end++
      }
      if (end >= n && !final) return -1
      const atDelimiter = end < n && s[end] === delimiter
      const valueEnd = !atDelimiter && end > pos && s[end - 1] === CR ? end - 1 : end
      used = this.#append(s, pos, valueEnd, used)
      starts.push(fieldStart)
      ends.push(used)
      pos = end + 1
      if (!atDelimiter) break
    }
    const view = this.#view
    view.bytes = this.#scratch
    view.count = 0
    view.line = firstLine
    for (let i = 0; i < starts.length; i++) view.push(starts[i]!, ends[i]!)
    this.emit(view)
    this.#line = firstLine + lines + 1
    return pos
  }
}
