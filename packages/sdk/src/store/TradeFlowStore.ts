/**
 * The store interface every trade-flow store implements: the columnar in-memory store,
 * SQLite and PostgreSQL. Same behaviour, same answers.
 * @since 0.1.0
 */
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import type * as Effect from "effect/Effect"
import type { StoreError } from "../Errors.ts"
import type { FlowQuery, Page, PageRequest } from "../Query.ts"

/** What a write did, counted by natural key. @category stores */
export interface WriteSummary {
  /** New natural keys. */
  readonly added: number
  /** Known keys with a new vintage (the old vintage is kept). */
  readonly revised: number
  /** Rows identical to what the store already held. */
  readonly unchanged: number
}

/** A dimension to group by. @category stores */
export type GroupKey = "period" | "reporter" | "partner" | "flow" | "commodity"

/**
 * One group of an aggregate. Sums skip unknown values; `knownWeightCount` < `count`
 * tells that part of the group's weight is unknown.
 * @category stores
 */
export interface AggregateRow {
  readonly key: Readonly<Partial<Record<GroupKey, string>>>
  readonly count: number
  readonly netWeightTonnes: number | null
  readonly knownWeightCount: number
  readonly valueUsd: number | null
  readonly knownValueCount: number
}

/**
 * A trade-flow store. Writes are atomic (all or nothing) and idempotent by natural key
 * (source id, period, reporter, partner, flow, commodity, vintage); reads see only the latest
 * vintage of each observation unless `allVintages` is set.
 * @category stores
 */
export interface TradeFlowStore {
  readonly name: string
  readonly write: (
    flows: ReadonlyArray<TradeFlow.TradeFlow>,
  ) => Effect.Effect<WriteSummary, StoreError>
  readonly query: (
    filter: FlowQuery,
    page?: PageRequest & { readonly allVintages?: boolean },
  ) => Effect.Effect<Page<TradeFlow.TradeFlow>, StoreError>
  readonly aggregate: (
    filter: FlowQuery,
    groupBy: ReadonlyArray<GroupKey>,
  ) => Effect.Effect<ReadonlyArray<AggregateRow>, StoreError>
  readonly count: Effect.Effect<number, StoreError>
}
