/**
 * The Http source: the RareEarth service over our own REST API (served by the explorer's
 * `serve`, or anything built on `makeApiHandler`). URLs come from the shared contract and every
 * response body is parsed with the contract's zod schemas (a body that does not parse is an
 * `InvalidResponseError`: the server's fault, not the caller's); timeouts, retries,
 * `Retry-After`, same-origin-only redirects and the cache come from the shared remote client.
 * Web APIs only.
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type { ValidationError } from "../Errors.ts"
import { DEFAULT_FLOW_LIMIT } from "../http/ApiContract.ts"
import { SOURCE } from "../http/ClientRoutes.ts"
import { type HttpSourceOptions, makeHttpCalls } from "../http/HttpCalls.ts"
import { RareEarthKey } from "../internal/RareEarthKey.ts"
import { STORE_PAGE_LIMIT } from "../Query.ts"
import type { RareEarth, RareEarthService } from "../RareEarth.ts"

export type { HttpSourceOptions } from "../http/HttpCalls.ts"

/**
 * Builds the RareEarth service over the REST API at `baseUrl`.
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { HttpSource } from "@rareearth/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const rareEarth = yield* HttpSource.make({ baseUrl: "http://127.0.0.1:4321" })
 *   return yield* rareEarth.element("Dy")
 * })
 * ```
 * @category sources
 * @since 0.1.0
 */
const make = (options: HttpSourceOptions): Effect.Effect<RareEarthService, ValidationError> =>
  Effect.map(makeHttpCalls(options), (calls) => ({
    ...calls,
    allFlows: (query) =>
      Stream.paginate(0 as number, (offset) =>
        Effect.map(
          calls.flows(query, { offset, limit: options.pageSize ?? STORE_PAGE_LIMIT }),
          (page) =>
            [
              page.items,
              page.nextOffset === null || page.items.length === 0
                ? Option.none<number>()
                : Option.some(page.nextOffset),
            ] as const,
        ),
      ),
  }))

/**
 * The Http source: the RareEarth service over a rareearth REST API.
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { HttpSource, RareEarth } from "@rareearth/sdk"
 *
 * const controlled = RareEarth.use((rareEarth) =>
 *   rareEarth.controls({ on: "2025-06-01", element: "Dy" }),
 * ).pipe(
 *   Effect.provide(
 *     HttpSource.layer({ baseUrl: "http://127.0.0.1:4321", timeout: 5_000, maxRetries: 2 }),
 *   ),
 * )
 * ```
 * @category sources
 * @since 0.1.0
 */
export const HttpSource = {
  /** The name of the source in error messages. */
  name: SOURCE,
  /** The service as an Effect, for building your own layer. */
  make,
  /** The RareEarth service over the API at `options.baseUrl`. */
  layer: (options: HttpSourceOptions): Layer.Layer<RareEarth, ValidationError> =>
    Layer.effect(RareEarthKey, make(options)),
  /** The default page size of `flows` on the server. */
  defaultPageLimit: DEFAULT_FLOW_LIMIT,
} as const
