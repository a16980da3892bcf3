/**
 * The provenance a JSON record carries itself (`sources`, `confidence`, `conflictGroup`, `note`:
 * our export format), validated with core's Provenance schema once per distinct value (the sink
 * first looks for it by identity, see LastProvenance).
 * @internal
 */
import { InputError, Source } from "@rareearth/core"
import * as z from "zod/mini"
import { canonicalJson } from "../../store/columnar/Dictionary.ts"
import type { Dictionaries, StoredProvenance } from "../../store/columnar/RowBatch.ts"

/** A provenance's codes in a batch. @internal */
export interface ProvenanceCodes {
  readonly code: number
  readonly source: number
}

/** @internal */
export class RecordProvenance {
  readonly #dictionaries: Dictionaries
  readonly #byValue = new Map<string, ProvenanceCodes | string>()

  constructor(dictionaries: Dictionaries) {
    this.#dictionaries = dictionaries
  }

  /** The batch codes of a record's own provenance, or why it is invalid (cached by value). */
  of(r: Record<string, unknown>): ProvenanceCodes | string {
    const candidate = {
      sources: r.sources,
      confidence: r.confidence,
      ...(r.conflictGroup !== undefined ? { conflictGroup: r.conflictGroup } : {}),
      ...(r.note !== undefined ? { note: r.note } : {}),
    }
    const key = canonicalJson(candidate)
    let cached = this.#byValue.get(key)
    if (cached === undefined) {
      const parsed = z.omit(Source.Provenance, { vintage: true }).safeParse(candidate)
      if (parsed.success) {
        const d = this.#dictionaries
        const value = parsed.data as StoredProvenance
        cached = { code: d.provenance.code(value), source: d.source.code(value.sources[0]!.id) }
      } else {
        cached = `invalid provenance: ${InputError.formatIssues(parsed.error.issues)}`
      }
      this.#byValue.set(key, cached)
    }
    return cached
  }
}
