/**
 * Staging validated TradeFlow records into a RowBatch, and the table registry that lets the
 * SDK's own bulk paths (file import) reach a store's table without widening the public API.
 * @internal
 */
import type { TradeFlow } from "@rareearth/core"
import type { FlowTable } from "./FlowTable.ts"
import {
  ESTIMATED_ABSENT,
  ESTIMATED_FALSE,
  ESTIMATED_TRUE,
  type RowBatch,
  type StoredProvenance,
} from "./RowBatch.ts"

/** Appends one validated record to a batch. @internal */
export const stageFlow = (batch: RowBatch, flow: TradeFlow.TradeFlow): void => {
  const d = batch.dictionaries
  const provenance: {
    sources: TradeFlow.TradeFlow["sources"]
    confidence: TradeFlow.TradeFlow["confidence"]
    conflictGroup?: string
    note?: string
  } = { sources: flow.sources, confidence: flow.confidence }
  if (flow.conflictGroup !== undefined) provenance.conflictGroup = flow.conflictGroup
  if (flow.note !== undefined) provenance.note = flow.note
  batch.append(
    d.period.code(flow.period),
    d.reporter.code(flow.reporter),
    d.partner.code(flow.partner),
    d.flow.code(flow.flow),
    d.commodity.code(flow.commodity),
    d.source.code(flow.sources[0]!.id),
    d.vintage.code(flow.vintage ?? ""),
    d.hsVersion.code(flow.hsVersion ?? ""),
    d.provenance.code(provenance as StoredProvenance),
    flow.estimated === undefined
      ? ESTIMATED_ABSENT
      : flow.estimated
        ? ESTIMATED_TRUE
        : ESTIMATED_FALSE,
    flow.netWeightTonnes ?? Number.NaN,
    flow.valueUsd ?? Number.NaN,
    flow.id,
  )
}

const tables = new WeakMap<object, FlowTable>()

/** @internal */
export const registerTable = (store: object, table: FlowTable): void => {
  tables.set(store, table)
}

/** The table behind a columnar store, for the SDK's bulk import paths. @internal */
export const tableOf = (store: object): FlowTable | undefined => tables.get(store)
