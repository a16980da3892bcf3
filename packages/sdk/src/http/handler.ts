/**
 * Temporary re-export for `test/http/HttpSource.test.ts` (helper "http"): the API handler is
 * `http/ApiHandler.ts`. Delete this file once it imports from there.
 */
export * from "./ApiHandler.ts"
