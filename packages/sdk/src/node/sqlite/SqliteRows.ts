/**
 * The SQLite store's narrower row (schema version 3): a flow's provenance (`sources`,
 * `confidence`, ~250 bytes of JSON) is stored once per distinct value in `provenances` and a row
 * holds its integer id, as the columnar store keeps a provenance dictionary; `period_start` and
 * `period_end` are generated from `period`. Every index build, the insert and the commit then
 * move 15 short values per row instead of 18 with two JSON documents. Reads join the
 * provenance back, so a flow reads back exactly as written.
 * @since 0.1.0
 */
import type { DatabaseSync, StatementSync } from "node:sqlite"
import type { TradeFlow } from "@rareearth/core"
import { CONTENT_COLUMNS, OBSERVATION_KEY, SELECT_COLUMNS, sourceIdOf } from "../sql/FlowRows.ts"

/** A row's columns in insert order: the natural key, then the content. */
export const SQLITE_FLOW_COLUMNS = [
  "source_id",
  "period",
  "reporter",
  "partner",
  "flow",
  "commodity",
  "vintage",
  "id",
  "hs_version",
  "net_weight_tonnes",
  "value_usd",
  "estimated",
  "provenance_id",
  "conflict_group",
  "note",
] as const

/** The content columns (what a correction of one vintage changes): the shared ones, provenance as its id. */
export const SQLITE_CONTENT_COLUMNS = CONTENT_COLUMNS.flatMap((column) =>
  column === "sources" ? ["provenance_id"] : column === "confidence" ? [] : [column],
)

/** The observation key's columns (see FlowRows), checked against this row shape. */
export const SQLITE_OBSERVATION_KEY: ReadonlyArray<(typeof SQLITE_FLOW_COLUMNS)[number]> =
  OBSERVATION_KEY

/** What a reader selects, with the provenance joined back (alias `p`). */
export const SQLITE_SELECT_COLUMNS = SELECT_COLUMNS.replace(
  "t.sources, t.confidence",
  "p.sources, p.confidence",
)

/** The join that brings a row's provenance back. */
export const PROVENANCE_JOIN = "JOIN provenances p ON p.provenance_id = t.provenance_id"

/**
 * Whether two JSON-like values would serialise to the same text: same primitives, arrays of
 * equal elements, objects with equal properties in the same order. Cheaper than serialising
 * both when consecutive rows repeat one provenance, as they do.
 */
const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const left = Object.keys(a)
  const right = Object.keys(b)
  if (left.length !== right.length) return false
  for (let i = 0; i < left.length; i++) {
    const key = left[i]!
    if (key !== right[i]) return false
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false
  }
  return true
}

/** Statements that find or add a provenance, prepared once per store. */
export interface ProvenanceStatements {
  readonly find: StatementSync
  readonly add: StatementSync
}

export const prepareProvenance = (db: DatabaseSync): ProvenanceStatements => ({
  find: db.prepare("SELECT provenance_id FROM provenances WHERE sources = ? AND confidence = ?"),
  add: db.prepare("INSERT INTO provenances (sources, confidence) VALUES (?, ?)"),
})

/**
 * The provenance ids of one write, inside its transaction (a rolled-back write's new ids vanish
 * with it, so they are never remembered across writes): the last provenance is recognised by
 * value without serialising it, others by their JSON text, new ones are added.
 */
export class ProvenanceIds {
  readonly #statements: ProvenanceStatements
  readonly #byText = new Map<string, number>()
  #lastSources: unknown = undefined
  #lastConfidence: unknown = undefined
  #lastId = -1

  constructor(statements: ProvenanceStatements) {
    this.#statements = statements
  }

  idOf(flow: TradeFlow.TradeFlow): number {
    if (
      this.#lastId >= 0 &&
      sameJson(flow.sources, this.#lastSources) &&
      sameJson(flow.confidence, this.#lastConfidence)
    ) {
      return this.#lastId
    }
    const sources = JSON.stringify(flow.sources)
    const confidence = JSON.stringify(flow.confidence)
    const text = `${sources}\u0000${confidence}`
    let id = this.#byText.get(text)
    if (id === undefined) {
      const found = this.#statements.find.get(sources, confidence) as
        | { provenance_id: number | bigint }
        | undefined
      id = Number(
        found !== undefined
          ? found.provenance_id
          : this.#statements.add.run(sources, confidence).lastInsertRowid,
      )
      this.#byText.set(text, id)
    }
    this.#lastSources = flow.sources
    this.#lastConfidence = flow.confidence
    this.#lastId = id
    return id
  }
}

/**
 * A TradeFlow's values in SQLITE_FLOW_COLUMNS order, written into `target` from `offset`
 * (booleans as 1/0). Returns the offset after the row.
 */
export const putSqliteValues = (
  flow: TradeFlow.TradeFlow,
  provenanceId: number,
  target: Array<string | number | null>,
  offset: number,
): number => {
  let k = offset
  target[k++] = sourceIdOf(flow)
  target[k++] = flow.period
  target[k++] = flow.reporter
  target[k++] = flow.partner
  target[k++] = flow.flow
  target[k++] = flow.commodity
  target[k++] = flow.vintage ?? ""
  target[k++] = flow.id
  target[k++] = flow.hsVersion ?? null
  target[k++] = flow.netWeightTonnes
  target[k++] = flow.valueUsd
  target[k++] = flow.estimated === undefined ? null : flow.estimated ? 1 : 0
  target[k++] = provenanceId
  target[k++] = flow.conflictGroup ?? null
  target[k++] = flow.note ?? null
  return k
}
