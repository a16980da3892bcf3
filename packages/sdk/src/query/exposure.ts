/**
 * The exposure query of the local engine: reads the bill of materials (`readBom`), then runs
 * core's `Exposure.compute` over the source's measures, material presets and oxide factors,
 * with China's share of mine production (the latest year with a complete table) and of refining
 * where the data states one, and the latest sourced price of each element's metal or oxide.
 * Every supply share and price keeps its source; a conversion (a per-tonne price, an oxide price
 * to metal) is a derived figure with its formula and inputs, never a number we made up.
 * @since 0.2.0
 */
import type * as Bom from "@rareearth/core/Bom"
import type * as Element from "@rareearth/core/Element"
import type * as ExportControl from "@rareearth/core/ExportControl"
import * as Exposure from "@rareearth/core/Exposure"
import type * as Material from "@rareearth/core/Material"
import * as Period from "@rareearth/core/Period"
import * as Price from "@rareearth/core/Price"
import type * as Production from "@rareearth/core/Production"
import type * as Source from "@rareearth/core/Source"
import * as SupplyAnalytics from "@rareearth/core/SupplyAnalytics"
import type * as SupplyShare from "@rareearth/core/SupplyShare"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import {
  type BomInput,
  type BomMapping,
  type BomMode,
  type BomReport,
  readBom,
} from "../bom/readBom.ts"
import type { InvalidBomError, ValidationError } from "../Errors.ts"
import { invalidParameter, parseParameter } from "../internal/validation.ts"
import type { DataAge } from "../Query.ts"

/**
 * An exposure query: a bill of materials and a date (`on`, default today) or a date range
 * (`from` and `to`, both `YYYY-MM-DD`; `on` then defaults to `to`).
 * @category exposure
 * @since 0.2.0
 */
export interface ExposureQuery {
  readonly bom: BomInput
  readonly on?: string | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly mapping?: BomMapping | undefined
  /** Default `"all-or-nothing"`: one bad row fails the query with an `InvalidBomError`. */
  readonly mode?: BomMode | undefined
}

/**
 * The exposure of a bill of materials (core's `Exposure.Exposure`), with how old the data is
 * (`asOf`, the dataset's date) and the report of the rows read.
 * @category exposure
 * @since 0.2.0
 */
export interface ExposureResult extends Exposure.Exposure {
  /** How old the data behind the answer is (the SDK's `DataAge`, as on every answer). */
  readonly dataAge: DataAge
  /** The source's dataset version. */
  readonly datasetVersion: string | null
  /** The latest date the dataset's sources cover: measures changed after it are not known. */
  readonly asOf: string | null
  /** The rows read and the problems of the rows left out (mode `valid-rows`). */
  readonly bom: {
    readonly rows: number
    readonly accepted: number
    readonly issues: ReadonlyArray<Bom.BomIssue>
  }
  /** Caveats of this answer (the date past the dataset's as-of, elements without price). */
  readonly notes: ReadonlyArray<string>
}

/** What the exposure needs from a source's reference data. @internal */
export interface ExposureData {
  readonly version: string | null
  readonly asOf: string | null
  readonly measures: ReadonlyArray<ExportControl.ExportControlMeasure>
  readonly presets: ReadonlyArray<Material.MaterialPreset>
  readonly factors: ReadonlyArray<Material.OxideFactor>
  readonly production: ReadonlyArray<Production.Production>
  readonly supplyShares: ReadonlyArray<SupplyShare.SupplyShare>
  readonly prices: ReadonlyArray<Price.PriceObservation>
}

const provenanceOf = (record: Source.Provenance): Source.Provenance => ({
  sources: record.sources,
  confidence: record.confidence,
  ...(record.vintage === undefined ? {} : { vintage: record.vintage }),
})

/**
 * China's share of world mine production in the latest year with a complete table (one
 * edition's country figures over its printed world total), derived with its formula.
 * Production tables are of all rare earths together (REO): the share is the same for every
 * element, and says so.
 */
export const chinaMineShare = (
  production: ReadonlyArray<Production.Production>,
): Exposure.SupplyShare | undefined => {
  const years = [
    ...new Set(production.filter((row) => row.stage === "mine").map((row) => row.year)),
  ]
  for (const year of years.sort((a, b) => b - a)) {
    const table = SupplyAnalytics.sharesOfWorld(production, year, { stage: "mine" })
    const china = table?.shares.find((share) => share.area === "CN")
    if (table === undefined || china === undefined) continue
    const record = (area: string) =>
      production.find(
        (row) =>
          row.year === year &&
          row.stage === "mine" &&
          row.area === area &&
          row.edition.id === table.edition.id,
      )
    const cn = record("CN")
    const world = record("WORLD")
    if (cn === undefined || world === undefined) continue
    const sources = [
      ...cn.sources,
      ...world.sources.filter((source) => !cn.sources.some((s) => s.id === source.id)),
    ]
    return {
      element: "Nd",
      stage: "mine (all rare earths, REO)",
      share: china.percent,
      year,
      provenance: {
        sources,
        confidence: {
          kind: "derived",
          formula: "china_tonnes / world_tonnes * 100",
          inputs: {
            china_tonnes: {
              value: china.tonnesReo,
              label: `China's mine production ${year}, t REO (${table.edition.id})`,
              sourceIds: cn.sources.map((source) => source.id),
            },
            world_tonnes: {
              value: table.worldTonnesReo,
              label: `world mine production ${year}, t REO as printed (${table.edition.id})`,
              sourceIds: world.sources.map((source) => source.id),
            },
          },
          rounding: "none",
        },
        note: "A share of all rare earths mined (REO), not of this element alone: the production tables do not split by element.",
      },
    }
  }
  return undefined
}

/** China's share of refining as a source states it: the latest year that is not a projection. */
export const chinaRefiningShare = (
  shares: ReadonlyArray<SupplyShare.SupplyShare>,
): Exposure.SupplyShare | undefined => {
  const stated = shares
    .filter(
      (share) =>
        share.stage === "refining" &&
        !share.projection &&
        share.year !== null &&
        share.areas.length === 1 &&
        share.areas[0] === "CN",
    )
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (a.id < b.id ? -1 : 1))[0]
  if (stated === undefined || stated.year === null) return undefined
  return {
    element: "Nd",
    stage: "refining (all rare earths)",
    share: stated.percent,
    year: stated.year,
    provenance: {
      ...provenanceOf(stated),
      note: `As stated by ${stated.edition.id} (label ${stated.label}), for all rare earths together.`,
    },
  }
}

/** The products priced for an element: its metal, and its oxide with the oxide's formula. */
const PRODUCTS: Partial<
  Record<Element.ElementSymbol, { metal?: Price.Product; oxide?: readonly [Price.Product, string] }>
> = {
  Nd: { metal: "nd_metal", oxide: ["nd_oxide", "Nd2O3"] },
  Pr: { oxide: ["pr_oxide", "Pr6O11"] },
  Dy: { oxide: ["dy_oxide", "Dy2O3"] },
  Tb: { metal: "tb_metal", oxide: ["tb_oxide", "Tb4O7"] },
  Y: { oxide: ["y_oxide", "Y2O3"] },
}

const latest = (prices: ReadonlyArray<Price.PriceObservation>, product: Price.Product) =>
  Price.query(prices, { product }).at(-1)

/**
 * The latest sourced price of an element per kilogram of metal: its metal's price, or else its
 * oxide's price over the sourced oxide-to-metal factor (derived, with the formula). A range's
 * middle and a per-tonne price's kilogram are derived too, with their inputs.
 */
export const metalPrice = (
  element: Element.ElementSymbol,
  prices: ReadonlyArray<Price.PriceObservation>,
  factors: ReadonlyArray<Material.OxideFactor>,
): Exposure.PriceRef | undefined => {
  const products = PRODUCTS[element]
  if (products === undefined) return undefined
  const metal = products.metal === undefined ? undefined : latest(prices, products.metal)
  const oxide = products.oxide === undefined ? undefined : latest(prices, products.oxide[0])
  const observation = metal ?? oxide
  if (observation === undefined) return undefined
  const ids = observation.sources.map((source) => source.id)
  const perUnit = observation.unit === "tonne" ? 1000 : 1
  const factor =
    metal === undefined && products.oxide !== undefined
      ? factors.find((candidate) => candidate.oxide === products.oxide?.[1])
      : undefined
  if (metal === undefined && factor === undefined) return undefined
  const toMetal = factor?.oxideToMetal ?? 1
  const perKg = (observation.low + observation.high) / 2 / perUnit / toMetal
  const exact = observation.low === observation.high && perUnit === 1 && factor === undefined
  const inputs: Record<string, Source.DerivationInput> = {
    low: {
      value: observation.low,
      label: `low, ${observation.currency}/${observation.unit}`,
      sourceIds: ids,
    },
    high: {
      value: observation.high,
      label: `high, ${observation.currency}/${observation.unit}`,
      sourceIds: ids,
    },
    unit_kg: { value: perUnit, label: `kilograms per ${observation.unit}`, sourceIds: ids },
  }
  if (factor !== undefined)
    inputs.oxide_to_metal = {
      value: factor.oxideToMetal,
      label: `${factor.oxide} to ${factor.element} mass factor`,
      sourceIds: factor.sources.map((source) => source.id),
    }
  return {
    element,
    basis: { kind: "metal" },
    perKg,
    currency: observation.currency,
    date: observation.period.end,
    market: observation.market,
    assessor: observation.assessor,
    provenance: exact
      ? { ...provenanceOf(observation), note: `${observation.id}: ${observation.product}` }
      : {
          sources: [...observation.sources, ...(factor?.sources ?? [])],
          confidence: {
            kind: "derived",
            formula:
              factor === undefined
                ? "(low + high) / 2 / unit_kg"
                : "(low + high) / 2 / unit_kg / oxide_to_metal",
            inputs,
            rounding: "none",
          },
          note: `${observation.id}: ${observation.product} (${observation.kind}, ${observation.qualifier}), per kg of ${element} metal${factor === undefined ? "" : ` from the ${factor.oxide} price`}`,
        },
  }
}

const today = Effect.map(Clock.currentTimeMillis, (millis) =>
  new Date(millis).toISOString().slice(0, 10),
)

const parseDateParameter = (name: "on" | "from" | "to", value: unknown) =>
  typeof value === "string"
    ? parseParameter(name, () => Period.parseDate(value))
    : Effect.fail(
        invalidParameter(name, `expected a date "YYYY-MM-DD", got ${JSON.stringify(value)}`),
      )

/**
 * Answers an exposure query over a source's data.
 * @internal
 */
export const exposureOf = (
  data: ExposureData,
  query: ExposureQuery,
): Effect.Effect<Omit<ExposureResult, "dataAge">, ValidationError | InvalidBomError> =>
  Effect.gen(function* () {
    if (
      query === null ||
      typeof query !== "object" ||
      query.bom === null ||
      typeof query.bom !== "object"
    )
      return yield* invalidParameter(
        "bom",
        "expected a bill of materials: { records }, { text, format } or { lines }",
        "required",
      )
    const from =
      query.from === undefined ? undefined : yield* parseDateParameter("from", query.from)
    const to = query.to === undefined ? undefined : yield* parseDateParameter("to", query.to)
    if ((from === undefined) !== (to === undefined))
      return yield* invalidParameter(
        from === undefined ? "from" : "to",
        'a range needs both "from" and "to"',
        "required",
      )
    if (from !== undefined && to !== undefined && from > to)
      return yield* invalidParameter(
        "from",
        `"from" (${from}) is after "to" (${to})`,
        "invalid_range",
      )
    const on =
      query.on === undefined ? (to ?? (yield* today)) : yield* parseDateParameter("on", query.on)
    if (query.mode !== undefined && query.mode !== "all-or-nothing" && query.mode !== "valid-rows")
      return yield* invalidParameter(
        "mode",
        `expected "all-or-nothing" or "valid-rows", got ${JSON.stringify(query.mode)}`,
      )
    const report: BomReport = yield* readBom(query.bom, {
      presets: data.presets,
      mapping: query.mapping,
      mode: query.mode,
    })
    const mine = chinaMineShare(data.production)
    const refining = chinaRefiningShare(data.supplyShares)
    const exposure = Exposure.compute({
      lines: report.lines,
      presets: data.presets,
      factors: data.factors,
      measures: data.measures,
      on,
      ...(from === undefined || to === undefined ? {} : { from, to }),
      supply: (element) =>
        [mine, refining].flatMap((share) => (share === undefined ? [] : [{ ...share, element }])),
      price: (element) => metalPrice(element, data.prices, data.factors),
    })
    const notes: Array<string> = []
    if (data.asOf !== null && on > data.asOf)
      notes.push(
        `The answer is for ${on}, after the dataset's as-of date ${data.asOf}: measures announced or changed since are not in it.`,
      )
    const priced = new Set(exposure.prices.map((row) => row.element))
    const unpriced = [...new Set(exposure.controls.map((row) => row.element))].filter(
      (element) => !priced.has(element),
    )
    if (unpriced.length > 0)
      notes.push(
        `No sourced price per element for ${unpriced.join(", ")} (or its content is given only together with other elements): no price exposure is shown for it.`,
      )
    return {
      ...exposure,
      datasetVersion: data.version,
      asOf: data.asOf,
      bom: { rows: report.rows, accepted: report.lines.length, issues: report.issues },
      notes,
    }
  })
