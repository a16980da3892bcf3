/**
 * A problem with an input as a whole (not one row): its line, and the column and value when
 * known. Browser-safe (no Node import), so that the JSON and CSV splitters run in browsers too.
 * @internal
 */
export class FileProblem extends Error {
  readonly line: number
  readonly column: string | undefined
  readonly value: string | undefined
  constructor(message: string, line: number, column?: string, value?: string) {
    super(message)
    this.line = line
    this.column = column
    this.value = value
  }
}
