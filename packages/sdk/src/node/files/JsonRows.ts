/**
 * The JSON and NDJSON splitters of the file import; they live in `internal/text/` because the
 * main entry (bills of materials in memory) uses them too.
 * @internal
 */
export * from "../../internal/text/JsonRows.ts"
