/**
 * Splits CSV text, chunk by chunk, into rows of fields with the line each row starts on.
 *
 * Why not uDSV's row parser: on malformed input it silently merges a short row with the next
 * line and folds extra fields into the last one (and skips empty lines without a trace), so
 * neither wrong column counts nor line numbers can be reported. This splitter keeps uDSV's fast
 * idea (indexOf/split on unquoted lines, a character loop only for lines with quotes), follows
 * RFC 4180 (quoted fields with `""` escapes, delimiters and line breaks inside quotes, CRLF or
 * LF), and reports each malformed line. uDSV still infers the delimiter from the header.
 * @internal
 */
import { inferSchema } from "udsv"

/**
 * One row, as offsets into a string: field `i` is `text.slice(starts[i], ends[i])`. Fields are
 * not sliced out unless the reader asks, so a row costs no allocation. The view is reused for
 * the next row: copy what you keep.
 * @internal
 */
export class CsvRowView {
  text = ""
  starts: Int32Array = new Int32Array(64)
  ends: Int32Array = new Int32Array(64)
  count = 0
  line = 0

  /** Field `i` as a string. */
  field(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!)
  }

  /** All fields as strings. */
  fields(): Array<string> {
    return Array.from({ length: this.count }, (_, i) => this.field(i))
  }

  /** @internal */
  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2)
      starts.set(this.starts)
      this.starts = starts
      const ends = new Int32Array(this.ends.length * 2)
      ends.set(this.ends)
      this.ends = ends
    }
    this.starts[this.count] = start
    this.ends[this.count++] = end
  }
}

/** Receives each row; the view is reused for the next row. @internal */
export type RowHandler = (row: CsvRowView) => void
/** Receives a malformed line that yields no row. @internal */
export type LineErrorHandler = (line: number, reason: string, text: string) => void

const QUOTE = 34
const CR = 13
const LF = 10

/**
 * The delimiter of a CSV header line: uDSV's inference (tab, pipe, semicolon, comma),
 * or comma when the header has a single column.
 * @internal
 */
export const inferDelimiter = (headerText: string): string => {
  const firstLine = headerText.split("\n", 1)[0] ?? ""
  try {
    const schema = inferSchema(`${firstLine}\n`, { trim: false })
    return schema.col
  } catch {
    return ","
  }
}

/** @internal */
export class CsvRowSplitter {
  readonly #delimiter: string
  readonly #delimiterCode: number
  readonly #onRow: RowHandler
  readonly #onError: LineErrorHandler
  #carry = ""
  /** Reused for every row: no array or string per row. */
  readonly #view = new CsvRowView()
  /** The line number of the first line of `#carry`. */
  #line = 1

  constructor(delimiter: string, onRow: RowHandler, onError: LineErrorHandler) {
    this.#delimiter = delimiter
    this.#delimiterCode = delimiter.charCodeAt(0)
    this.#onRow = onRow
    this.#onError = onError
  }

  /** Lines read so far (the last complete line's number). */
  get line(): number {
    return this.#line - 1
  }

  push(text: string): void {
    this.#process(this.#carry.length === 0 ? text : this.#carry + text, false)
  }

  end(): void {
    if (this.#carry.length > 0) this.#process(this.#carry, true)
  }

  #process(s: string, final: boolean): void {
    const n = s.length
    const delimiter = this.#delimiter
    let pos = 0
    let nextQuote = s.indexOf('"')
    if (nextQuote < 0) nextQuote = n
    while (pos < n) {
      let newline = s.indexOf("\n", pos)
      if (newline < 0) {
        if (!final) break
        newline = n
      }
      if (nextQuote < pos) {
        nextQuote = s.indexOf('"', pos)
        if (nextQuote < 0) nextQuote = n
      }
      if (nextQuote < newline) {
        const next = this.#quotedRow(s, pos, final)
        if (next < 0) break
        pos = next
        continue
      }
      let end = newline
      if (end > pos && s.charCodeAt(end - 1) === CR) end--
      if (end > pos) {
        // Field offsets into the chunk: no line string, no split array, no field strings.
        const view = this.#view
        view.text = s
        view.count = 0
        view.line = this.#line
        let start = pos
        for (;;) {
          const at = s.indexOf(delimiter, start)
          if (at < 0 || at >= end) {
            view.push(start, end)
            break
          }
          view.push(start, at)
          start = at + 1
        }
        this.#onRow(view)
      }
      this.#line++
      pos = newline + 1
    }
    this.#carry = pos >= n ? "" : s.slice(pos)
  }

  /**
   * Parses one row containing quotes, starting at `start`. Returns the position after the row,
   * or -1 when the row continues past the end of the text (more text is needed).
   */
  #quotedRow(s: string, start: number, final: boolean): number {
    const n = s.length
    const delimiter = this.#delimiterCode
    const fields: Array<string> = []
    const firstLine = this.#line
    let lines = 0
    let pos = start
    for (;;) {
      // At the start of a field.
      if (pos < n && s.charCodeAt(pos) === QUOTE) {
        let value = ""
        let from = pos + 1
        let at = from
        for (;;) {
          const quote = s.indexOf('"', at)
          if (quote < 0) {
            if (!final) return -1
            const line = firstLine
            this.#onError(
              line,
              `a quoted value opened at line ${line} is never closed`,
              s.slice(start, start + 200),
            )
            this.#line = firstLine + 1 + countLines(s, start, n)
            return n
          }
          if (quote + 1 >= n && !final) return -1
          if (s.charCodeAt(quote + 1) === QUOTE) {
            value += s.slice(from, quote + 1)
            at = from = quote + 2
            continue
          }
          value += s.slice(from, quote)
          lines += countLines(s, pos, quote)
          pos = quote + 1
          break
        }
        fields.push(value)
        if (pos >= n) {
          if (!final) return -1
          break
        }
        const c = s.charCodeAt(pos)
        if (c === delimiter) {
          pos++
          continue
        }
        if (c === LF || (c === CR && s.charCodeAt(pos + 1) === LF)) {
          pos += c === CR ? 2 : 1
          break
        }
        if (c === CR && pos + 1 >= n && !final) return -1
        // Text after a closing quote: malformed. Skip to the end of this line.
        const line = firstLine + lines
        let newline = s.indexOf("\n", pos)
        if (newline < 0) {
          if (!final) return -1
          newline = n
        }
        this.#onError(
          line,
          `unexpected character ${JSON.stringify(s[pos])} after a closing quote in field ${fields.length}; a quote inside a quoted value must be doubled ("")`,
          s.slice(start, Math.min(newline, start + 200)),
        )
        this.#line = line + 1
        return newline + 1
      }
      // An unquoted field: up to the next delimiter or line end.
      let end = pos
      while (end < n) {
        const c = s.charCodeAt(end)
        if (c === delimiter || c === LF) break
        if (c === QUOTE) {
          const line = firstLine + lines
          let newline = s.indexOf("\n", end)
          if (newline < 0) {
            if (!final) return -1
            newline = n
          }
          this.#onError(
            line,
            `a quote inside an unquoted value in field ${fields.length + 1}; quote the whole value and double inner quotes`,
            s.slice(start, Math.min(newline, start + 200)),
          )
          this.#line = line + 1
          return newline + 1
        }
        end++
      }
      if (end >= n && !final) return -1
      const value = s.slice(pos, end)
      if (end < n && s.charCodeAt(end) === delimiter) {
        fields.push(value)
        pos = end + 1
        continue
      }
      fields.push(value.charCodeAt(value.length - 1) === CR ? value.slice(0, -1) : value)
      pos = end + 1
      break
    }
    // A quoted row: its unescaped fields joined into one string, viewed by offsets.
    const view = this.#view
    view.text = fields.join("")
    view.count = 0
    view.line = firstLine
    let offset = 0
    for (const field of fields) {
      view.push(offset, offset + field.length)
      offset += field.length
    }
    this.#onRow(view)
    this.#line = firstLine + lines + 1
    return pos
  }
}

const countLines = (s: string, from: number, to: number): number => {
  let lines = 0
  let at = s.indexOf("\n", from)
  while (at >= 0 && at < to) {
    lines++
    at = s.indexOf("\n", at + 1)
  }
  return lines
}
