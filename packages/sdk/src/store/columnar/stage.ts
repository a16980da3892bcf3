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

/**
 * Whether two values are the same at the first level: identical, or arrays/plain objects whose
 * elements/properties are identical. Records built in memory share their source objects but
 * often wrap them in fresh arrays (`sources: [SOURCE]`, `confidence: { kind: "official" }`):
 * this recognises those without serialising them.
 * @internal
 */
export const sameShallow = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
    return true
  }
  if (Array.isArray(b)) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  let count = 0
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue
    if (left[key] !== right[key]) return false
    count++
  }
  for (const key in right) if (Object.hasOwn(right, key)) count--
  return count === 0
}

/** The provenance objects of the last input record, and their code in a batch. */
interface ProvenanceHit {
  readonly sources: unknown
  readonly confidence: unknown
  readonly conflictGroup: unknown
  readonly note: unknown
  readonly code: number
}
const lastProvenance = new WeakMap<RowBatch, ProvenanceHit>()

/**
 * Appends one validated record to a batch. `input` is the record as given (before parsing):
 * records built in memory usually share their `sources` and `confidence` objects, so the
 * provenance code is found by identity instead of by value.
 * @internal
 */
export const stageFlow = (batch: RowBatch, flow: TradeFlow.TradeFlow, input?: unknown): void => {
  const d = batch.dictionaries
  const given = (input ?? flow) as Partial<TradeFlow.TradeFlow>
  const hit = lastProvenance.get(batch)
  let provenanceCode: number
  if (
    hit !== undefined &&
    sameShallow(hit.sources, given.sources) &&
    sameShallow(hit.confidence, given.confidence) &&
    hit.conflictGroup === given.conflictGroup &&
    hit.note === given.note
  ) {
    provenanceCode = hit.code
  } else {
    provenanceCode = d.provenance.code(provenanceOf(flow))
    lastProvenance.set(batch, {
      sources: given.sources,
      confidence: given.confidence,
      conflictGroup: given.conflictGroup,
      note: given.note,
      code: provenanceCode,
    })
  }
  batch.append(
    d.period.code(flow.period),
    d.reporter.code(flow.reporter),
    d.partner.code(flow.partner),
    d.flow.code(flow.flow),
    d.commodity.code(flow.commodity),
    d.source.code(flow.sources[0]!.id),
    d.vintage.code(flow.vintage ?? ""),
    d.hsVersion.code(flow.hsVersion ?? ""),
    provenanceCode,
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

const provenanceOf = (flow: TradeFlow.TradeFlow): StoredProvenance => {
  const provenance: {
    sources: TradeFlow.TradeFlow["sources"]
    confidence: TradeFlow.TradeFlow["confidence"]
    conflictGroup?: string
    note?: string
  } = { sources: flow.sources, confidence: flow.confidence }
  if (flow.conflictGroup !== undefined) provenance.conflictGroup = flow.conflictGroup
  if (flow.note !== undefined) provenance.note = flow.note
  return provenance as StoredProvenance
}

const tables = new WeakMap<object, FlowTable>()

/** @internal */
export const registerTable = (store: object, table: FlowTable): void => {
  tables.set(store, table)
}

/** The table behind a columnar store, for the SDK's bulk import paths. @internal */
export const tableOf = (store: object): FlowTable | undefined => tables.get(store)
