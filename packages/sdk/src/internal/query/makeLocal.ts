/**
 * Temporary re-export for files other helpers are rewriting (`sources/Comtrade.ts`,
 * `node/files/FileSource.ts`, `test/http/Comtrade.test.ts`): the local query engine is the
 * public module `query/LocalQuery.ts`. Delete this file once they import from there.
 */
export * from "../../query/LocalQuery.ts"
