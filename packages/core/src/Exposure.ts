/**
 * Exposure of a bill of materials: the rare earths its parts contain (a range where the
 * composition is a range, with the composition's source on every figure), the measures that
 * reach each element in its form on a date or over a date range, and, where the caller supplies
 * them, supply concentration and sourced prices. Pure: the same input and date always give the
 * same answer.
 * @since 0.2.0
 */

import { type BomLine, toKilograms } from "./Bom.ts"
import type { ElementSymbol } from "./ElementSchema.ts"
import {
  type ControlStatus,
  type ExportControlMeasure,
  type MeasureKind,
  measuresOn,
  statusOn,
  statusTimeline,
} from "./ExportControl.ts"
import type { ProductForm } from "./internal/commodityCodes.ts"
import {
  type ComponentContent,
  type ContentBasis,
  compositionOf,
  findPreset,
  type MaterialPreset,
  type OxideFactor,
  type PercentRange,
} from "./Material.ts"
import type { IsoDate } from "./Period.ts"
import type { Provenance } from "./Source.ts"

/** A mass in kilograms as a range; `min: null` when the composition gives only an upper bound. @category models @since 0.2.0 */
export interface MassRange {
  readonly min: number | null
  readonly max: number
}

/** One component of one part: what it is, how much, and where the figure comes from. @category models @since 0.2.0 */
export interface PartComponent {
  readonly component: string
  readonly elements: ReadonlyArray<ElementSymbol>
  readonly complete: boolean
  /** The basis of `containedKg`: the element (after a sourced conversion) or the oxide. */
  readonly basis: ContentBasis
  /** The content as the composition states it (on its own basis). */
  readonly wtPercent: PercentRange
  readonly containedKg: MassRange
  /** `preset`: from the material's sourced composition; `stated`: given in the bill of materials. */
  readonly origin: "preset" | "stated"
  /** The composition's provenance; absent for stated contents. */
  readonly provenance?: Provenance
  /** The oxide-to-metal factor applied, with its own provenance. */
  readonly conversion?: {
    readonly oxide: string
    readonly factor: number
    readonly provenance: Provenance
  }
}

/** One part with its contained rare earths. @category models @since 0.2.0 */
export interface PartExposure {
  readonly partId: string
  readonly row: number
  readonly description?: string
  readonly material: string
  readonly grade?: string
  readonly form: ProductForm
  readonly massKg: number
  readonly components: ReadonlyArray<PartComponent>
}

/** What a measure asks of an exporter, by its kind. @category models @since 0.2.0 */
export type LicenceEffect = "licence_required" | "prohibited" | "other"

/**
 * What a measure of a kind means for an exporter: a licence is required (dual-use licensing,
 * technology licensing, extraterritorial rules), exports are prohibited (destination and end-user
 * bans, technology export bans), or something else (quotas, production rules, general licences,
 * suspensions).
 * @example
 * ```ts
 * import { Exposure } from "@rareearth/core"
 * Exposure.licenceEffect("dual_use_licence") // "licence_required"
 * ```
 * @category controls
 * @since 0.2.0
 */
export const licenceEffect = (kind: MeasureKind): LicenceEffect => {
  switch (kind) {
    case "dual_use_licence":
    case "technology_licence":
    case "extraterritorial_rule":
      return "licence_required"
    case "destination_ban":
    case "end_user_ban":
    case "technology_export_ban":
      return "prohibited"
    default:
      return "other"
  }
}

/** A measure reaching an element in a form on a date. @category models @since 0.2.0 */
export interface MeasureReach {
  readonly measureId: string
  readonly title: string
  readonly instrument: string
  readonly kind: MeasureKind
  readonly effect: LicenceEffect
  readonly status: ControlStatus
  readonly reason: string
  readonly since?: IsoDate
  readonly until?: IsoDate
}

/** The measures reaching one element in one form. @category models @since 0.2.0 */
export interface ElementControls {
  readonly element: ElementSymbol
  readonly form: ProductForm
  /** The parts holding the element in this form. */
  readonly partIds: ReadonlyArray<string>
  readonly measures: ReadonlyArray<MeasureReach>
  /** Whether a measure in force (or of unknown status) reaches it on the date. */
  readonly controlled: boolean | "unknown"
}

/** One change of a measure's status for an element, within a date range. @category models @since 0.2.0 */
export interface StatusChange {
  readonly date: IsoDate
  readonly measureId: string
  readonly status: ControlStatus
  readonly reason: string
}

/** The per-element timeline of status changes over a date range. @category models @since 0.2.0 */
export interface ElementTimeline {
  readonly element: ElementSymbol
  readonly form: ProductForm
  /** Each measure's status on the first day of the range, then every change up to its last day. */
  readonly changes: ReadonlyArray<StatusChange>
}

/** The total of one component across the bill of materials. @category models @since 0.2.0 */
export interface ComponentTotal {
  readonly component: string
  readonly elements: ReadonlyArray<ElementSymbol>
  readonly basis: ContentBasis
  readonly containedKg: MassRange
  readonly partIds: ReadonlyArray<string>
}

/**
 * A supply-concentration figure the caller has for an element (e.g. China's share of world mine
 * production from the dataset), passed through with its source.
 * @category models
 * @since 0.2.0
 */
export interface SupplyShare {
  readonly element: ElementSymbol
  readonly stage: string
  readonly share: number
  readonly year: number
  readonly provenance: Provenance
}

/**
 * A sourced price per kilogram of an element or oxide, as the caller found it (never one we make
 * up): `basis` says whether it prices the metal or an oxide.
 * @category models
 * @since 0.2.0
 */
export interface PriceRef {
  readonly element: ElementSymbol
  readonly basis: ContentBasis
  readonly perKg: number
  readonly currency: string
  readonly date: IsoDate
  readonly market: string
  readonly assessor: string
  readonly provenance: Provenance
}

/** Contained mass times a sourced price. @category models @since 0.2.0 */
export interface PriceExposure {
  readonly component: string
  readonly element: ElementSymbol
  readonly value: MassRange
  readonly currency: string
  readonly price: PriceRef
}

/** The inputs of {@link compute}. @category models @since 0.2.0 */
export interface ExposureInput {
  readonly lines: ReadonlyArray<BomLine>
  readonly presets: ReadonlyArray<MaterialPreset>
  readonly factors: ReadonlyArray<OxideFactor>
  readonly measures: ReadonlyArray<ExportControlMeasure>
  /** The date to answer for. */
  readonly on: IsoDate
  /** With `to`: also a timeline of status changes from `from` to `to` (inclusive). */
  readonly from?: IsoDate
  readonly to?: IsoDate
  /** Supply concentration for an element, when the caller has it. */
  readonly supply?: (element: ElementSymbol) => ReadonlyArray<SupplyShare>
  /** The latest sourced price for an element (metal or oxide), when the caller has one. */
  readonly price?: (element: ElementSymbol) => PriceRef | undefined
}

/** The answer of {@link compute}. @category models @since 0.2.0 */
export interface Exposure {
  readonly on: IsoDate
  readonly from?: IsoDate
  readonly to?: IsoDate
  readonly parts: ReadonlyArray<PartExposure>
  readonly totals: ReadonlyArray<ComponentTotal>
  readonly controls: ReadonlyArray<ElementControls>
  readonly timeline?: ReadonlyArray<ElementTimeline>
  readonly supply: ReadonlyArray<SupplyShare>
  readonly prices: ReadonlyArray<PriceExposure>
}

const scale = (range: PercentRange, massKg: number, factor = 1): MassRange => ({
  min: range.min === null ? null : (massKg * range.min * factor) / 100,
  max: (massKg * range.max * factor) / 100,
})

const addRanges = (a: MassRange, b: MassRange): MassRange => ({
  min: a.min === null || b.min === null ? null : a.min + b.min,
  max: a.max + b.max,
})

const basisKey = (basis: ContentBasis) => (basis.kind === "metal" ? "metal" : basis.formula)

/** Convert a single-element oxide figure to the element where a sourced factor exists. */
const component = (
  line: ComponentContent,
  massKg: number,
  factors: ReadonlyArray<OxideFactor>,
): PartComponent => {
  const { sources, confidence, vintage, conflictGroup, note } = line
  const provenance: Provenance = {
    sources,
    confidence,
    ...(vintage === undefined ? {} : { vintage }),
    ...(conflictGroup === undefined ? {} : { conflictGroup }),
    ...(note === undefined ? {} : { note }),
  }
  const base = {
    component: line.component,
    elements: line.elements,
    complete: line.complete,
    wtPercent: line.wtPercent,
    origin: "preset" as const,
    provenance,
  }
  if (line.basis.kind === "oxide" && line.elements.length === 1) {
    const { formula } = line.basis
    const factor = factors.find((candidate) => candidate.oxide === formula)
    if (factor) {
      const { oxideToMetal, sources: factorSources, confidence: factorConfidence } = factor
      return {
        ...base,
        basis: { kind: "metal" },
        containedKg: scale(line.wtPercent, massKg, oxideToMetal),
        conversion: {
          oxide: formula,
          factor: oxideToMetal,
          provenance: { sources: factorSources, confidence: factorConfidence },
        },
      }
    }
  }
  return { ...base, basis: line.basis, containedKg: scale(line.wtPercent, massKg) }
}

const partOf = (
  line: BomLine,
  presets: ReadonlyArray<MaterialPreset>,
  factors: ReadonlyArray<OxideFactor>,
): PartExposure => {
  const massKg = toKilograms(line.mass)
  const stated = new Set(line.contents.map((content) => content.element))
  // Stated contents replace the preset's lines that cover the same element.
  const presetLines =
    line.material === "custom"
      ? []
      : compositionOf(findPreset(presets, line.material), line.grade).filter(
          (content) => !content.elements.some((element) => stated.has(element)),
        )
  const components: PartComponent[] = presetLines.map((content) =>
    component(content, massKg, factors),
  )
  for (const content of line.contents) {
    const wtPercent =
      content.kind === "wt_percent"
        ? content.wtPercent
        : (() => {
            const share = (toKilograms(content) / massKg) * 100
            return { min: share, max: share }
          })()
    components.push({
      component: content.element,
      elements: [content.element],
      complete: true,
      basis: { kind: "metal" },
      wtPercent,
      containedKg:
        content.kind === "mass"
          ? { min: toKilograms(content), max: toKilograms(content) }
          : scale(wtPercent, massKg),
      origin: "stated",
    })
  }
  return {
    partId: line.partId,
    row: line.row,
    ...(line.description === undefined ? {} : { description: line.description }),
    material: line.material,
    ...(line.grade === undefined ? {} : { grade: line.grade }),
    form: line.form,
    massKg,
    components,
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The exposure of a bill of materials on a date (and, with `from` and `to`, over a range).
 * @example
 * ```ts
 * import { Exposure } from "@rareearth/core"
 * declare const input: Exposure.ExposureInput
 * const result = Exposure.compute({ ...input, on: "2025-06-01" })
 * result.controls.filter((row) => row.controlled === true).map((row) => row.element) // ["Dy", "Tb"]
 * ```
 * @category exposure
 * @since 0.2.0
 */
export const compute = (input: ExposureInput): Exposure => {
  const parts = input.lines.map((line) => partOf(line, input.presets, input.factors))

  const totals = new Map<
    string,
    {
      component: string
      elements: ElementSymbol[]
      basis: ContentBasis
      containedKg: MassRange
      partIds: string[]
    }
  >()
  const holders = new Map<
    string,
    { element: ElementSymbol; form: ProductForm; partIds: string[] }
  >()
  for (const part of parts) {
    for (const item of part.components) {
      const key = `${[...item.elements].sort().join("+")}|${basisKey(item.basis)}|${item.component}`
      const total = totals.get(key)
      if (total) {
        total.containedKg = addRanges(total.containedKg, item.containedKg)
        if (!total.partIds.includes(part.partId)) total.partIds.push(part.partId)
      } else
        totals.set(key, {
          component: item.component,
          elements: [...item.elements],
          basis: item.basis,
          containedKg: item.containedKg,
          partIds: [part.partId],
        })
      for (const element of item.elements) {
        const holderKey = `${element}|${part.form}`
        const holder = holders.get(holderKey)
        if (!holder) holders.set(holderKey, { element, form: part.form, partIds: [part.partId] })
        else if (!holder.partIds.includes(part.partId)) holder.partIds.push(part.partId)
      }
    }
  }

  const sortedHolders = [...holders.values()].sort(
    (a, b) => byString(a.element, b.element) || byString(a.form, b.form),
  )
  const controls: ElementControls[] = sortedHolders.map(({ element, form, partIds }) => {
    const measures = measuresOn(input.measures, { on: input.on, element, form }).map(
      ({ measure, status, reason, since, until }): MeasureReach => ({
        measureId: measure.id,
        title: measure.title,
        instrument: measure.instrument,
        kind: measure.kind,
        effect: licenceEffect(measure.kind),
        status,
        reason,
        ...(since === undefined ? {} : { since }),
        ...(until === undefined ? {} : { until }),
      }),
    )
    const controlled = measures.some((row) => row.status === "in_force" && row.effect !== "other")
      ? true
      : measures.some((row) => row.status === "unknown" && row.effect !== "other")
        ? "unknown"
        : false
    return { element, form, partIds, measures, controlled }
  })

  let timeline: ElementTimeline[] | undefined
  if (input.from !== undefined && input.to !== undefined) {
    const { from, to } = input
    timeline = sortedHolders.map(({ element, form }) => {
      const changes: StatusChange[] = []
      for (const measure of input.measures) {
        if (!measure.scope.elements.includes(element) || !measure.scope.productForms.includes(form))
          continue
        const start = statusOn(measure, from)
        if (measure.events.some((event) => event.date <= from))
          changes.push({
            date: from,
            measureId: measure.id,
            status: start.status,
            reason: start.reason,
          })
        for (const row of statusTimeline(measure))
          if (row.date > from && row.date <= to)
            changes.push({
              date: row.date,
              measureId: measure.id,
              status: row.status,
              reason: row.reason,
            })
      }
      changes.sort((a, b) => byString(a.date, b.date) || byString(a.measureId, b.measureId))
      return { element, form, changes }
    })
  }

  const elements = [...new Set(sortedHolders.map((holder) => holder.element))]
  const supply = input.supply ? elements.flatMap((element) => input.supply?.(element) ?? []) : []
  const prices: PriceExposure[] = []
  if (input.price) {
    for (const total of totals.values()) {
      const [element] = total.elements
      if (total.elements.length !== 1 || element === undefined) continue
      const price = input.price(element)
      // Only a price on the same basis as the contained mass: metal with metal, oxide with the same oxide.
      if (!price || basisKey(price.basis) !== basisKey(total.basis)) continue
      prices.push({
        component: total.component,
        element,
        value: {
          min: total.containedKg.min === null ? null : total.containedKg.min * price.perKg,
          max: total.containedKg.max * price.perKg,
        },
        currency: price.currency,
        price,
      })
    }
  }

  return {
    on: input.on,
    ...(timeline === undefined ? {} : { from: input.from, to: input.to, timeline }),
    parts,
    totals: [...totals.values()].sort((a, b) => byString(a.component, b.component)),
    controls,
    supply,
    prices,
  }
}
