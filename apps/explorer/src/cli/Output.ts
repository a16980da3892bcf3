/**
 * Output formatting for the CLI: aligned text tables for people, CSV (RFC 4180) for
 * spreadsheets, JSON for scripts. Unknown values print as "n/a" in tables and as empty
 * cells in CSV, never as 0.
 */

/** The value of one cell, before formatting. */
export type Cell = string | number | boolean | null | undefined

/** One column of a table: its CSV key, its header, and how to read a row's value. */
export interface Column<Row> {
  /** The machine name, used as the CSV header. */
  readonly key: string
  /** The human header; defaults to the key. */
  readonly header?: string
  readonly value: (row: Row) => Cell
  /** How to display the value in a table; defaults to {@link formatCell}. */
  readonly display?: (row: Row) => string
  readonly align?: "left" | "right"
  /** Longest cell shown in a table; longer text is cut with an ellipsis. */
  readonly maxWidth?: number
}

/**
 * One formatter per number of digits, made on first use: creating the first Intl formatter
 * starts ICU (some 20 ms), which a command printing JSON never needs.
 */
const numberFormats = new Map<number, Intl.NumberFormat>()

/** `3188` -> `3,188`; `157.51` -> `157.5`; null -> `n/a`. */
export const formatNumber = (value: number | null | undefined, digits = 1): string => {
  if (value === null || value === undefined || Number.isNaN(value)) return "n/a"
  let format = numberFormats.get(digits)
  if (format === undefined) {
    format = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits })
    numberFormats.set(digits, format)
  }
  return format.format(value)
}

/** A percent change with its sign: `+157.5%`, `-52.9%`, `n/a`. */
export const formatPercent = (value: number | null | undefined): string => {
  if (value === null || value === undefined) return "n/a"
  const text = formatNumber(Math.abs(value))
  return `${value > 0 ? "+" : value < 0 ? "-" : "±"}${text}%`
}

/** The default display of a cell. */
export const formatCell = (cell: Cell): string => {
  if (cell === null || cell === undefined) return "n/a"
  if (typeof cell === "number") return formatNumber(cell)
  if (typeof cell === "boolean") return cell ? "yes" : "no"
  return cell
}

const truncate = (text: string, width: number | undefined): string =>
  width !== undefined && text.length > width ? `${text.slice(0, Math.max(1, width - 1))}…` : text

/** An aligned text table with a header and a rule under it. */
export const renderTable = <Row>(
  columns: ReadonlyArray<Column<Row>>,
  rows: ReadonlyArray<Row>,
): string => {
  const cells = rows.map((row) =>
    columns.map((column) =>
      truncate(
        column.display ? column.display(row) : formatCell(column.value(row)),
        column.maxWidth,
      ).replace(/\s+/g, " "),
    ),
  )
  const headers = columns.map((column) => column.header ?? column.key)
  const widths = columns.map((_, index) =>
    Math.max(headers[index]!.length, ...cells.map((line) => line[index]!.length)),
  )
  const pad = (text: string, index: number): string => {
    const width = widths[index]!
    return columns[index]!.align === "right" ? text.padStart(width) : text.padEnd(width)
  }
  const line = (texts: ReadonlyArray<string>): string =>
    texts
      .map((text, index) => pad(text, index))
      .join("  ")
      .trimEnd()
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...cells.map(line)].join(
    "\n",
  )
}

const csvField = (cell: Cell): string => {
  if (cell === null || cell === undefined) return ""
  const text = String(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV per RFC 4180: a header of column keys, CRLF line ends, quoted where needed; unknown is empty. */
export const renderCsv = <Row>(
  columns: ReadonlyArray<Column<Row>>,
  rows: ReadonlyArray<Row>,
): string => {
  const lines = [
    columns.map((column) => csvField(column.key)).join(","),
    ...rows.map((row) => columns.map((column) => csvField(column.value(row))).join(",")),
  ]
  return `${lines.join("\r\n")}\r\n`
}

/** Pretty JSON with a trailing newline. */
export const renderJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** Terminal styles; plain text when colours are off. */
export interface Style {
  readonly error: (text: string) => string
}

/**
 * Colours only on a terminal, and never when NO_COLOR is set to anything non-empty
 * (https://no-color.org) or TERM is `dumb`.
 */
export const colorsEnabled = (
  env: Readonly<Record<string, string | undefined>>,
  isTerminal: boolean,
): boolean => isTerminal && !env.NO_COLOR && env.TERM !== "dumb"

/** The styles for a stream. */
export const styleFor = (
  env: Readonly<Record<string, string | undefined>>,
  isTerminal: boolean,
): Style =>
  colorsEnabled(env, isTerminal)
    ? { error: (text) => `\u001b[1;31m${text}\u001b[0m` }
    : { error: (text) => text }
