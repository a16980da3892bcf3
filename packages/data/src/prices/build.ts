/**
 * Small builders for price observations, so that each row reads like the reference table it
 * transcribes (`prices-and-trade.md` §A).
 *
 * Confidence rule: every price is `reported` (an assessor's or a company's figure known to us
 * through its pages), whatever its label; `evidence` carries the label (V, V2, S) and S rows'
 * notes start "Single source.". A figure the reference derives (D) ships only as `derived` with
 * its formula and inputs. Dates the reference marks "(yr D)" (the page prints day and month, the
 * year was inferred) or gives only roughly are `approximate`, with the reason in the note.
 * @since 0.2.0
 */
import type * as Currency from "@rareearth/core/Currency"
import type * as Evidence from "@rareearth/core/Evidence"
import type * as Price from "@rareearth/core/Price"
import type * as Source from "@rareearth/core/Source"
import { cite, type CiteKey as Key } from "../pages/prices.ts"

type SourceRef = Source.SourceRef
type Label = "V" | "V2" | "S" | "D"

const EVIDENCE: Record<Label, Evidence.Evidence> = {
  V: "verified",
  V2: "verified_independent",
  S: "single_source",
  D: "derived",
}

/** The note of a date whose year the reference inferred. */
export const YEAR_INFERRED =
  "Year inferred by the reference from the article-ID sequence and neighbouring dated pages (the page prints day and month only)."

const lastDay = (year: number, month: number): string =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)

/** A single day. */
export const day = (date: string, approximate = false): Price.PricePeriod => ({
  kind: "day",
  start: date,
  end: date,
  ...(approximate ? { approximate } : {}),
})

/** A calendar month, `"2024-05"`. */
export const month = (yearMonth: string, approximate = false): Price.PricePeriod => {
  const [year, monthNumber] = yearMonth.split("-").map(Number) as [number, number]
  return {
    kind: "month",
    start: `${yearMonth}-01`,
    end: lastDay(year, monthNumber),
    ...(approximate ? { approximate } : {}),
  }
}

/** A calendar quarter (Lynas's "March quarter 2021" is `quarter(2021, 1)`). */
export const quarter = (year: number, number: 1 | 2 | 3 | 4): Price.PricePeriod => ({
  kind: "quarter",
  start: `${year}-${String(number * 3 - 2).padStart(2, "0")}-01`,
  end: lastDay(year, number * 3),
})

/** A calendar year. */
export const year = (value: number): Price.PricePeriod => ({
  kind: "year",
  start: `${value}-01-01`,
  end: `${value}-12-31`,
})

/** Any span (a week, a fiscal year). */
export const span = (
  kind: Price.PeriodKind,
  start: string,
  end: string,
  approximate = false,
): Price.PricePeriod => ({ kind, start, end, ...(approximate ? { approximate } : {}) })

/** The fields of a price row. */
export interface Row {
  readonly product: Price.Product
  readonly market: Price.Market
  readonly kind?: Price.PriceKind
  readonly period: Price.PricePeriod
  readonly currency: Currency.Currency
  readonly unit: "kg" | "tonne"
  readonly low: number
  readonly high?: number
  readonly qualifier?: Price.PriceObservation["qualifier"]
  readonly grade?: string
  readonly assessor: string
  readonly via?: string
  readonly label: Label
  readonly sources: ReadonlyArray<SourceRef>
  readonly equivalents?: Price.PriceObservation["equivalents"]
  readonly derivation?: Extract<Source.Confidence, { kind: "derived" }>
  readonly conflictGroup?: string
  readonly note?: string
  /** Distinguishes two rows that would otherwise share an id. */
  readonly idSuffix?: string
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/** Build a `Price.PriceObservation` from a row. */
export const price = (row: Row): Price.PriceObservation => {
  const note = [
    row.label === "S" ? "Single source." : undefined,
    row.period.approximate === true && row.note === undefined ? YEAR_INFERRED : undefined,
    row.note,
  ].filter((part): part is string => part !== undefined)
  return {
    id: [
      row.product.replace(/_/g, "-"),
      row.market.replace(/_/g, "-"),
      slug(row.assessor),
      row.period.start,
      ...(row.period.kind === "day" ? [] : [row.period.kind]),
      ...(row.idSuffix === undefined ? [] : [row.idSuffix]),
    ].join("-"),
    product: row.product,
    ...(row.grade === undefined ? {} : { grade: row.grade }),
    market: row.market,
    kind: row.kind ?? "assessment",
    period: row.period,
    currency: row.currency,
    unit: row.unit,
    low: row.low,
    high: row.high ?? row.low,
    qualifier: row.qualifier ?? "exact",
    assessor: row.assessor,
    ...(row.via === undefined ? {} : { via: row.via }),
    ...(row.equivalents === undefined ? {} : { equivalents: row.equivalents }),
    evidence: EVIDENCE[row.label],
    sources: [...row.sources],
    confidence: row.derivation ?? { kind: "reported" },
    ...(row.conflictGroup === undefined ? {} : { conflictGroup: row.conflictGroup }),
    ...(note.length === 0 ? {} : { note: note.join(" ") }),
  }
}

/**
 * An SMM China-domestic assessment in yuan per tonne on a day (the most common row):
 * `smm("dy_oxide", "2025-03-03", 1_700_000, 1_720_000, "smm-103204984")`.
 */
export const smm = (
  product: Price.Product,
  date: string,
  low: number,
  high: number,
  key: Key,
  extra: Partial<Row> & { readonly approximate?: boolean } = {},
): Price.PriceObservation => {
  const { approximate = false, ...rest } = extra
  return price({
    product,
    market: "china_domestic",
    period: day(date, approximate),
    currency: "CNY",
    unit: "tonne",
    low,
    high,
    assessor: "SMM",
    label: "V",
    sources: cite(key),
    ...rest,
  })
}

/** A single-source China-domestic row in yuan per tonne (SunSirs, Chinatungsten, reposts). */
export const secondary = (
  product: Price.Product,
  date: string,
  low: number,
  high: number,
  assessor: string,
  sources: Row["sources"],
  extra: Partial<Row> = {},
): Price.PriceObservation =>
  price({
    product,
    market: "china_domestic",
    period: day(date),
    currency: "CNY",
    unit: "tonne",
    low,
    high,
    assessor,
    label: "S",
    sources,
    ...extra,
  })

/** An SMM overseas weekly quote in US dollars per kilogram (date inferred by the reference). */
export const overseas = (
  product: Price.Product,
  market: Price.Market,
  period: Price.PricePeriod,
  low: number,
  high: number,
  key: Key,
  when: string,
): Price.PriceObservation =>
  price({
    product,
    market,
    period,
    currency: "USD",
    unit: "kg",
    low,
    high,
    assessor: "SMM",
    label: "V",
    sources: cite(key),
    note: `SMM overseas weekly review, ${when}; the date is inferred by the reference.`,
  })
