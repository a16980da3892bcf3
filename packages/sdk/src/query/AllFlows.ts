/**
 * `allFlows` of the local engine: every flow matching a filter, as an Effect `Stream` paging the
 * store. A module of its own so that the engine's other calls (LocalCalls.ts) do not load
 * Effect's streams.
 * @internal
 */
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { type Page, STORE_PAGE_LIMIT } from "../Query.ts"
import type { RareEarthService } from "../RareEarth.ts"
import type { TradeFlowStore } from "../store/TradeFlowStore.ts"
import { validateFlowQuery } from "./LocalCalls.ts"

/** `allFlows` over a store: its pages of STORE_PAGE_LIMIT flows, fetched as the stream is read. */
export const allFlowsOver =
  (store: TradeFlowStore): RareEarthService["allFlows"] =>
  (query = {}) =>
    Stream.unwrap(
      Effect.map(validateFlowQuery(query), (filter) =>
        Stream.paginate(0 as number, (offset) =>
          Effect.map(
            store.query(filter, { offset, limit: STORE_PAGE_LIMIT }),
            (page: Page<TradeFlow.TradeFlow>) =>
              [
                page.items,
                page.nextOffset === null ? Option.none<number>() : Option.some(page.nextOffset),
              ] as const,
          ),
        ),
      ),
    )
