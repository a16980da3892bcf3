/**
 * The CSV splitter of the file import; it lives in `internal/text/` because the main entry
 * (bills of materials in memory) uses it too.
 * @internal
 */
export * from "../../internal/text/CsvRows.ts"
