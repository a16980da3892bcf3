/**
 * The seed article's story, computed from the data for any month: China's magnet exports and
 * their monthly change, the US figure, the controls in force, the policy events around it, the
 * quota picture (conflicting claims side by side), and how far exports stand from the
 * pre-restriction level. Nothing here is stored: every figure comes from the SDK client.
 */
import { Period, type Quota, Series } from "@rareearth/core"
import type { ControlStatusRow, SeriesPoint, TimelineItem } from "@rareearth/sdk"
import { effectiveDate, quotaConflicts, type SourceJson, sourceJson } from "../cli/present.ts"
import type { Client } from "../cli/Source.ts"

const MAGNETS = "magnets"

/** A month's figure with its change on the month before. */
export interface MonthFigure {
  readonly month: string
  readonly tonnes: number | null
  readonly previousMonth: string
  readonly previousTonnes: number | null
  /** Exact percent change (not rounded); null when a month is missing. */
  readonly changePercent: number | null
  readonly confidence: string | null
  readonly sources: ReadonlyArray<SourceJson>
}

/** A pre-restriction baseline and where the month stands against it. */
export interface Baseline {
  readonly label: string
  readonly months: ReadonlyArray<string>
  readonly knownMonths: ReadonlyArray<string>
  readonly derivedMonths: ReadonlyArray<string>
  readonly averageTonnes: number | null
  /** The month's exports as a percent of the baseline average. */
  readonly percentOfBaseline: number | null
  readonly shortfallTonnes: number | null
}

/** The report, as `report --json` prints it. */
export interface Story {
  readonly month: string
  readonly source: {
    readonly name: string
    readonly version: string | null
    readonly asOf: string | null
  }
  readonly exports: MonthFigure
  readonly unitedStates: MonthFigure
  readonly controls: {
    readonly on: string
    readonly inForce: ReadonlyArray<ControlSummary>
    readonly elementsUnderControl: ReadonlyArray<string>
    readonly other: ReadonlyArray<ControlSummary>
  }
  readonly events: ReadonlyArray<{
    readonly date: string
    readonly kind: string
    readonly title: string
  }>
  readonly quotas: {
    readonly year: number
    readonly claims: ReadonlyArray<QuotaClaim>
  }
  readonly preRestriction: {
    readonly restrictionMeasure: string | null
    readonly restrictionStart: string | null
    readonly baselines: ReadonlyArray<Baseline>
  }
}

interface ControlSummary {
  readonly id: string
  readonly title: string
  readonly status: string
  readonly reason: string
  readonly effective: string | null
  readonly elements: ReadonlyArray<string>
}

interface QuotaClaim {
  readonly id: string
  readonly kind: Quota.QuotaKind
  readonly tonnes: number | null
  readonly disclosed: boolean
  readonly published: boolean
  readonly confidence: string
  readonly conflictsWith: ReadonlyArray<string>
  /** The published figure of the year before, when this claim repeats it exactly. */
  readonly equalsPublishedFigureOf: number | null
  readonly sources: ReadonlyArray<SourceJson>
}

/** The last day of a month, `YYYY-MM-DD`. */
export const lastDayOf = (month: string): string => {
  const year = Period.yearOf(month)
  const monthNumber = Period.monthOf(month)
  return `${month}-${String(Period.daysInMonth(year, monthNumber)).padStart(2, "0")}`
}

const pointOf = (points: ReadonlyArray<SeriesPoint>, month: string): SeriesPoint | undefined =>
  points.find((point) => point.period === month)

const controlSummary = (row: ControlStatusRow): ControlSummary => ({
  id: row.measure.id,
  title: row.measure.title,
  status: row.status,
  reason: row.reason,
  effective: effectiveDate(row.measure),
  elements: row.measure.scope.elements,
})

/** Computes the report for `month` from whatever source the client reads. */
export const buildStory = async (
  client: Client,
  month: string,
  signal: AbortSignal,
): Promise<Story> => {
  const options = { signal }
  const year = Period.yearOf(month)
  const previous = Period.previousMonth(month)
  const on = lastDayOf(month)
  const seriesOf = (partner: string) =>
    client.series(
      {
        commodity: MAGNETS,
        reporter: "CN",
        partner,
        flow: "export",
        from: `${year - 1}-01`,
        to: month,
      },
      options,
    )
  const [
    total,
    unitedStates,
    { items: controls },
    { items: quotas },
    { items: lastYearQuotas },
    { items: timeline },
    info,
  ] = await Promise.all([
    seriesOf("WORLD"),
    seriesOf("US"),
    client.controls({ on }, options),
    client.quotas({ year }, options),
    client.quotas({ year: year - 1 }, options),
    client.timeline({ from: `${previous}-01`, to: on }, options),
    client.datasetInfo(options),
  ])

  const figure = async (
    points: ReadonlyArray<SeriesPoint>,
    partner: string,
  ): Promise<MonthFigure> => {
    const current = pointOf(points, month)
    const before = pointOf(points, previous)
    const tonnes = current?.tonnes ?? null
    const previousTonnes = before?.tonnes ?? null
    const page = await client.flows(
      { commodity: MAGNETS, reporter: "CN", partner, flow: "export", from: month, to: month },
      { limit: 20 },
      options,
    )
    const sources = new Map(
      page.items.flatMap((flow) => flow.sources).map((source) => [source.id, sourceJson(source)]),
    )
    return {
      month,
      tonnes,
      previousMonth: previous,
      previousTonnes,
      changePercent: Series.percentChange(previousTonnes, tonnes),
      confidence: current?.confidence ?? null,
      sources: [...sources.values()],
    }
  }

  const inForce = controls.filter(
    (row) => row.status === "in_force" && row.measure.scope.elements.length > 0,
  )
  const other = controls.filter(
    (row) =>
      row.status !== "in_force" &&
      row.status !== "pending" &&
      row.measure.scope.elements.length > 0,
  )
  // The export restriction the article speaks of: the earliest dual-use licensing of rare earth
  // elements in force on the report's date (No. 18 of 2025 for mid-2025).
  const restriction = inForce
    .filter((row) => row.measure.kind === "dual_use_licence" && effectiveDate(row.measure) !== null)
    .sort((a, b) => effectiveDate(a.measure)!.localeCompare(effectiveDate(b.measure)!))[0]
  const restrictionStart = restriction ? effectiveDate(restriction.measure) : null

  const baselines: Array<Baseline> = []
  if (restrictionStart !== null) {
    const startMonth = restrictionStart.slice(0, 7)
    const before = Period.monthRange(
      Period.addMonths(startMonth, -3),
      Period.previousMonth(startMonth),
    )
    const baselineSeries = await client.series(
      {
        commodity: MAGNETS,
        reporter: "CN",
        partner: "WORLD",
        flow: "export",
        from: `${Period.yearOf(startMonth) - 1}-01`,
        to: Period.previousMonth(startMonth),
      },
      options,
    )
    const exportsThisMonth = pointOf(total.points, month)?.tonnes ?? null
    const baseline = (label: string, months: ReadonlyArray<string>): Baseline => {
      const known = months
        .map((m) => pointOf(baselineSeries.points, m))
        .filter((point): point is SeriesPoint => point !== undefined && point.tonnes !== null)
      const average =
        known.length > 0
          ? known.reduce((sum, point) => sum + point.tonnes!, 0) / known.length
          : null
      return {
        label,
        months,
        knownMonths: known.map((point) => point.period),
        derivedMonths: known
          .filter((point) => point.confidence === "derived")
          .map((point) => point.period),
        averageTonnes: average,
        percentOfBaseline:
          average !== null && exportsThisMonth !== null ? (exportsThisMonth / average) * 100 : null,
        shortfallTonnes:
          average !== null && exportsThisMonth !== null ? average - exportsThisMonth : null,
      }
    }
    baselines.push(
      baseline(`the three months before the controls (${before[0]} to ${before.at(-1)})`, before),
    )
    const priorYear = Period.yearOf(startMonth) - 1
    baselines.push(baseline(`the ${priorYear} monthly average`, Period.monthsOfYear(priorYear)))
  }

  const conflicts = quotaConflicts(quotas)
  const publishedLastYear = lastYearQuotas.filter(
    (quota) => quota.published && quota.tonnesReo !== null,
  )
  const claims: Array<QuotaClaim> = [...quotas]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
    .map((quota) => ({
      id: quota.id,
      kind: quota.kind,
      tonnes: quota.tonnesReo,
      disclosed: quota.disclosed,
      published: quota.published,
      confidence: quota.confidence.kind,
      conflictsWith: conflicts.get(quota.id) ?? [],
      equalsPublishedFigureOf:
        quota.tonnesReo !== null &&
        publishedLastYear.some(
          (last) => last.kind === quota.kind && last.tonnesReo === quota.tonnesReo,
        )
          ? year - 1
          : null,
      sources: quota.sources.map(sourceJson),
    }))

  return {
    month,
    source: { name: info.source, version: info.version, asOf: info.asOf },
    exports: await figure(total.points, "WORLD"),
    unitedStates: await figure(unitedStates.points, "US"),
    controls: {
      on,
      inForce: inForce.map(controlSummary),
      elementsUnderControl: [...new Set(inForce.flatMap((row) => row.measure.scope.elements))],
      other: other.map(controlSummary),
    },
    events: timeline
      .filter(
        (item): item is Extract<TimelineItem, { type: "policy_event" }> =>
          item.type === "policy_event",
      )
      .map((item) => ({ date: item.date, kind: item.event.kind, title: item.event.title })),
    quotas: { year, claims },
    preRestriction: {
      restrictionMeasure: restriction?.measure.title ?? null,
      restrictionStart,
      baselines,
    },
  }
}
