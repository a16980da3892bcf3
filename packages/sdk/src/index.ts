/**
 * @rareearth/sdk: typed access to the rare earth supply chain. Effect inside (the `RareEarth`
 * service and its source layers), Promises outside (`createClient`). This entry uses only
 * `fetch` and web APIs: it runs in Node 22+, browsers, Deno and Bun. File and database
 * sources live in `@rareearth/sdk/node`.
 * @since 0.1.0
 */

// Core's parse error: what core's parsers throw (e.g. for a test record with an unknown name).
export { InvalidInputError, isInvalidInputError } from "@rareearth/core/InputError"
// Bills of materials and their exposure
export {
  type BomFormat,
  type BomInput,
  type BomMapping,
  type BomMode,
  type BomReadOptions,
  type BomReport,
  readBom,
} from "./bom/readBom.ts"
// The Promise client
export * from "./Client.ts"
// Errors, queries and the service
export * from "./Errors.ts"
// The HTTP API contract (routes and their zod schemas) as a namespace: its schema names
// (`SeriesQuery`, `DatasetInfo`...) are the runtime twins of the query types below.
export * as ApiContract from "./http/ApiContract.ts"
// The API handler and the OpenAPI document: `@rareearth/sdk/server` (kept out of client bundles).
export { CallTimeout, DEFAULT_TIMEOUT_MS } from "./http/CallTimeout.ts"
export {
  DEFAULT_RETRY_POLICY,
  effectiveTimeout,
  type Fetch,
  type RetryBackoff,
  type RetryInfo,
  type RetryPolicy,
  withTimeout,
} from "./http/Request.ts"
// The supply-chain routes and their response schemas (included in ApiContract.Routes).
export * as SupplyContract from "./http/SupplyContract.ts"
export * from "./Logging.ts"
export * from "./Query.ts"
export type { ExposureQuery, ExposureResult } from "./query/exposure.ts"
export * from "./RareEarth.ts"
// Sources
export * from "./sources/Comtrade.ts"
export * from "./sources/Embedded.ts"
export * from "./sources/Http.ts"
// Stores
export * from "./store/ColumnarStore.ts"
export type {
  AggregateRow,
  GroupKey,
  TradeFlowStore,
  WriteSummary,
} from "./store/TradeFlowStore.ts"
