/**
 * Small builders for the measures of other jurisdictions, so that each record reads like the
 * reference row it transcribes (`policies-beyond-china.md`).
 *
 * Confidence rule (the one `measures.ts` uses for China): `official` for a government or
 * multilateral instrument whose existence, date and content the reference verifies (V or V2),
 * even through secondary pages; `reported` for events and effects known from news reports, for
 * anything single-source (S, whose `evidence` is `single_source` and whose note starts "Single
 * source."), and for acts of non-state actors.
 * @since 0.2.0
 */
import type * as Currency from "@rareearth/core/Currency"
import type * as Evidence from "@rareearth/core/Evidence"
import type * as ExportControl from "@rareearth/core/ExportControl"
import type * as Measure from "@rareearth/core/Measure"
import type * as Source from "@rareearth/core/Source"

type SourceRef = Source.SourceRef

/** The reference label of a row: V, V2, V2 (one wire) or S. */
export type Label = "V" | "V2" | "V2-wire" | "S"

const EVIDENCE: Record<Label, Evidence.Evidence> = {
  V: "verified",
  V2: "verified_independent",
  "V2-wire": "verified_one_wire",
  S: "single_source",
}

/** A lifecycle event citing the given sources. */
export const on = (
  type: "announced" | "effective" | "revoked",
  date: string,
  sources: ReadonlyArray<SourceRef>,
  extra: { readonly note?: string; readonly until?: string } = {},
): ExportControl.LifecycleEvent =>
  ({ type, date, sources: [...sources], ...extra }) as ExportControl.LifecycleEvent

/** An `amended` lifecycle event. */
export const amended = (
  date: string,
  description: string,
  sources: ReadonlyArray<SourceRef>,
  note?: string,
): ExportControl.LifecycleEvent => ({
  type: "amended",
  date,
  description,
  sources: [...sources],
  ...(note === undefined ? {} : { note }),
})

/** A sum of money (whole currency units). */
export const money = (
  currency: Currency.Currency,
  value: number,
  label: string,
  extra: Partial<Omit<Measure.MoneyAmount, "currency" | "value" | "label">> = {},
): Measure.MoneyAmount => ({ label, value, currency, qualifier: "exact", ...extra })

/** A rate in percent. */
export const rate = (
  percent: number,
  label: string,
  qualifier: Measure.AmountQualifier = "exact",
): Measure.RateTerm => ({ label, percent, qualifier })

/** The fields of a record as written in the files of this folder. */
export interface Row {
  readonly id: string
  readonly ref: string
  readonly title: string
  readonly jurisdiction: string
  readonly actor?: "state" | "non_state"
  readonly issuingBodies: ReadonlyArray<string>
  readonly instrument: string
  readonly kinds: ReadonlyArray<Measure.MeasureKind>
  readonly binding: Measure.Measure["binding"]
  readonly summary: string
  readonly scope?: Partial<Measure.MeasureScope>
  readonly money?: ReadonlyArray<Measure.MoneyAmount>
  readonly rates?: ReadonlyArray<Measure.RateTerm>
  readonly events: ReadonlyArray<ExportControl.LifecycleEvent>
  readonly sources: ReadonlyArray<SourceRef>
  readonly label: Label
  /** Government instrument verified by the reference (V/V2): `official`; else `reported`. */
  readonly official?: boolean
  readonly conflictGroup?: string
  readonly note?: string
}

/** Build a `Measure.Measure` from a row (S rows: `reported`, noted "Single source."). */
export const measure = (row: Row): Measure.Measure => {
  const single = row.label === "S"
  const note = [single ? "Single source." : undefined, row.note].filter(
    (part): part is string => part !== undefined,
  )
  return {
    id: row.id,
    referenceId: row.ref,
    title: row.title,
    jurisdiction: row.jurisdiction,
    actor: row.actor ?? "state",
    issuingBodies: [...row.issuingBodies],
    instrument: row.instrument,
    kinds: [...row.kinds],
    binding: row.binding,
    summary: row.summary,
    scope: {
      elements: [],
      productForms: [],
      codes: [],
      items: [],
      partners: [],
      allPartners: true,
      ...row.scope,
    },
    money: [...(row.money ?? [])],
    rates: [...(row.rates ?? [])],
    events: [...row.events],
    sources: [...row.sources],
    confidence: { kind: row.official === true && !single ? "official" : "reported" },
    evidence: EVIDENCE[row.label],
    ...(row.conflictGroup === undefined ? {} : { conflictGroup: row.conflictGroup }),
    ...(note.length === 0 ? {} : { note: note.join(" ") }),
  }
}

/** Million and billion, to write amounts as the sources do (US$400m = 400 * M). */
export const M = 1_000_000
export const BN = 1_000_000_000
/** An Indian crore: 10 million rupees. */
export const CRORE = 10_000_000

/** Every rare earth element, for measures that name "rare earths" or "REE" as a whole. */
export const ALL_REE = [
  "Sc",
  "Y",
  "La",
  "Ce",
  "Pr",
  "Nd",
  "Pm",
  "Sm",
  "Eu",
  "Gd",
  "Tb",
  "Dy",
  "Ho",
  "Er",
  "Tm",
  "Yb",
  "Lu",
] as const
