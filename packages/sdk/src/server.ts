/**
 * @rareearth/sdk/server: the server side of the REST API. `makeApiHandler` serves the RareEarth
 * service over `fetch`-style requests (Node, Deno, Bun, workers) and `openApiDocument()` describes
 * it. A separate entry, so that browser bundles of the client carry neither the handler nor
 * zod's JSON Schema generator.
 * @since 0.2.0
 */
export * from "./http/ApiHandler.ts"
export { openApiDocument } from "./http/OpenApi.ts"
