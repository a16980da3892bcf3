/**
 * A plain-text table: one home for the layout that the audit and the diff print, so the CLI, the
 * API and the data check show the same table. Columns are padded to their widest cell (the last
 * column is not padded, so lines carry no trailing spaces); a dashed rule separates the header.
 * Internal: use `Audit.formatAuditTable` and `Diff.formatDiffTable`.
 */
export const textTable = (
  headers: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
): string => {
  const clean = (cell: string) => cell.replace(/\s+/g, " ").trim()
  const body = rows.map((row) => headers.map((_, index) => clean(row[index] ?? "")))
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...body.map((row) => row[index]!.length)),
  )
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index]!)))
      .join("  ")
      .trimEnd()
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join(
    "\n",
  )
}
