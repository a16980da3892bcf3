/**
 * Staging validated TradeFlow records into a RowBatch, one record at a time, with no object per
 * row: the store's `write` validates each record with core's schema, then stages it here.
 * @internal
 */
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import { type GivenProvenance, LastProvenance } from "./LastProvenance.ts"
import {
  ESTIMATED_ABSENT,
  ESTIMATED_FALSE,
  ESTIMATED_TRUE,
  emptyRow,
  type RowBatch,
  type RowCodes,
  type StoredProvenance,
} from "./RowBatch.ts"

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

/** @internal */
export class RecordStager {
  readonly #batch: RowBatch
  readonly #row: RowCodes = emptyRow()
  readonly #provenance = new LastProvenance<number>()

  constructor(batch: RowBatch) {
    this.#batch = batch
  }

  /**
   * Appends one validated record. `input` is the record as given (before parsing): records built
   * in memory usually share their `sources` and `confidence` objects, so the provenance code is
   * found by identity instead of by value.
   */
  stage(flow: TradeFlow.TradeFlow, input: unknown = flow): void {
    const d = this.#batch.dictionaries
    const given = input as GivenProvenance
    let provenance = this.#provenance.get(given)
    if (provenance === undefined) {
      provenance = d.provenance.code(provenanceOf(flow))
      this.#provenance.set(given, provenance)
    }
    const row = this.#row
    row.period = d.period.code(flow.period)
    row.reporter = d.reporter.code(flow.reporter)
    row.partner = d.partner.code(flow.partner)
    row.flow = d.flow.code(flow.flow)
    row.commodity = d.commodity.code(flow.commodity)
    row.source = d.source.code(flow.sources[0]!.id)
    row.vintage = d.vintage.code(flow.vintage ?? "")
    row.hsVersion = d.hsVersion.code(flow.hsVersion ?? "")
    row.provenance = provenance
    row.estimated =
      flow.estimated === undefined
        ? ESTIMATED_ABSENT
        : flow.estimated
          ? ESTIMATED_TRUE
          : ESTIMATED_FALSE
    row.weight = flow.netWeightTonnes ?? Number.NaN
    row.value = flow.valueUsd ?? Number.NaN
    row.id = flow.id
    this.#batch.append(row)
  }
}
