/**
 * Builders and named series for the trade flows beyond China's magnet totals.
 * @since 0.2.0
 */
import type * as Period from "@rareearth/core/Period"
import type * as Source from "@rareearth/core/Source"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import { type CiteKey, cite } from "../pages/trade.ts"

export type Flow = TradeFlow.TradeFlow

/**
 * The named series of this module, with what each holds (none is a tariff line of the HS).
 * @category flows
 * @since 0.2.0
 */
export const TRADE_SERIES = {
  "GAC:rare-earth-metal-ore":
    "China customs: rare-earth metal ore (mostly bastnaesite), as SMM and Chinatungsten name it",
  "GAC:unlisted-rare-earth-oxides":
    "China customs: rare-earth oxides not elsewhere listed ('unlisted'), as SMM names them",
  "GAC:mixed-rare-earth-carbonate": "China customs: mixed rare-earth carbonate (MREC)",
  "GAC:rare-earth-oxides":
    "China customs: rare-earth oxides, as Reuters names them (exact lines not given)",
  "GAC:rare-earth-compounds":
    "China customs: rare-earth compounds, as Reuters names them (exact lines not given)",
  "GAC:rare-earth-oxides-and-compounds":
    "China customs: rare-earth oxides and compounds together (Reuters)",
  "GITI:bastnaesite": "China's imports of bastnaesite, as GITI and wenxuecity sum the sub-headings",
  "GITI:monazite": "China's imports of monazite, as GITI and wenxuecity sum the sub-headings",
  "GITI:mixed-rare-earth-oxides":
    "China's imports of mixed rare-earth oxides (2024: with separated NdPr)",
  "GITI:rare-earth-chlorides": "China's imports of rare-earth chlorides",
  "GITI:other-rare-earth-compounds": "China's imports of other rare-earth compounds",
  "GITI:rare-earth-raw-materials":
    "China's imports of rare-earth raw materials: the sum of the sub-headings above (not the GAC headline)",
  "JPCUSTOMS:rare-earths": "Japan's customs imports of rare earths (all forms)",
  "EUROSTAT:rare-earth-elements-plus":
    "Eurostat's 'REE+' imports and exports of the EU (not magnets)",
  "REPORTED:permanent-magnets":
    "Permanent magnets as a news report names them (rare earth share and customs lines not stated)",
  "ADAMAS:magnets-and-alloys":
    "Adamas Intelligence's scope of China's exports: rare earth magnets plus magnet alloys",
  "GAC:dysprosium-products":
    "China's exports of dysprosium (products as rawmaterials.net counts them)",
  "GAC:terbium-products": "China's exports of terbium (products as rawmaterials.net counts them)",
} as const

export type Label = "V" | "V2" | "S"

export interface Row {
  readonly reporter: string
  readonly partner: string
  readonly flow: TradeFlow.FlowDirection
  readonly commodity: string
  readonly period: Period.Period
  readonly tonnes: number
  readonly valueUsd?: number
  readonly sources: ReadonlyArray<Source.SourceRef>
  readonly label: Label | "D"
  readonly estimated?: boolean
  readonly derivation?: { formula: string; inputs: Record<string, Source.DerivationInput> }
  readonly conflictGroup?: string
  readonly note?: string
}

const ANNUAL_NOTE =
  "Annual total: a different period from the months of the same year. Never add it to them."

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

export const flow = (row: Row): Flow => {
  const note = [
    row.label === "S" ? "Single source." : undefined,
    /^\d{4}$/.test(row.period) ? ANNUAL_NOTE : undefined,
    row.note,
  ].filter((part): part is string => part !== undefined)
  return {
    id: `${row.reporter}-${row.flow}-${slug(row.commodity)}-${row.partner}-${row.period}`.toLowerCase(),
    period: row.period,
    reporter: row.reporter,
    partner: row.partner,
    flow: row.flow,
    commodity: row.commodity,
    netWeightTonnes: row.tonnes,
    valueUsd: row.valueUsd ?? null,
    ...(row.estimated === true ? { estimated: true } : {}),
    sources: [...row.sources],
    confidence:
      row.derivation === undefined
        ? { kind: "reported" }
        : { kind: "derived", ...row.derivation, rounding: "integer" },
    ...(row.conflictGroup === undefined ? {} : { conflictGroup: row.conflictGroup }),
    ...(note.length === 0 ? {} : { note: note.join(" ") }),
  }
}

export const input = (
  value: number,
  label: string,
  ...keys: CiteKey[]
): Source.DerivationInput => ({
  value,
  label,
  sourceIds: cite(...keys).map((source) => source.id),
})

export const cnImport = (
  commodity: string,
  period: Period.Period,
  partner: string,
  tonnes: number,
  label: Label,
  keys: CiteKey[],
  extra: Partial<Row> = {},
): Flow =>
  flow({
    reporter: "CN",
    partner,
    flow: "import",
    commodity,
    period,
    tonnes,
    label,
    sources: cite(...keys),
    ...extra,
  })

export const cnExport = (
  commodity: string,
  period: Period.Period,
  partner: string,
  tonnes: number,
  label: Label,
  keys: CiteKey[],
  extra: Partial<Row> = {},
): Flow =>
  flow({
    reporter: "CN",
    partner,
    flow: "export",
    commodity,
    period,
    tonnes,
    label,
    sources: cite(...keys),
    ...extra,
  })

/** The note of a figure the reference derives from a rounded percentage. */
export const D =
  "Derived by the reference from a reported percentage change, which is rounded: the true figure may differ by a few tonnes."
