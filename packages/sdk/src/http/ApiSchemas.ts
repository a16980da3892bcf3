/**
 * The schemas of the REST API's bodies: responses (`ControlStatusRow`, `FlowPage`,
 * `SeriesResult`, `TimelineItem`, `DatasetInfo`) and RFC 9457 problem documents. Part of the API
 * contract (re-exported by `ApiContract`); the SDK's query types are derived from them.
 * @since 0.1.0
 */
import * as AsOf from "@rareearth/core/AsOf"
import * as ElementSchema from "@rareearth/core/ElementSchema"
import * as ExportControl from "@rareearth/core/ExportControl"
import * as Period from "@rareearth/core/Period"
import * as PolicyEvent from "@rareearth/core/PolicyEvent"
import * as Quota from "@rareearth/core/Quota"
import * as TradeFlow from "@rareearth/core/TradeFlow"
import * as z from "zod/mini"

/** One problem of a bill of materials: row, column, value, code, message. @category schemas @since 0.2.0 */
export const BomIssue = z.object({
  row: z.number().check(z.int()),
  column: z.string(),
  value: z.string(),
  code: z.string(),
  message: z.string(),
})

/**
 * The age of the data behind an answer (core's `AsOf.DataAge`): every response body carries it
 * as `dataAge`, so that an HTTP client or a dashboard can say how old a figure is.
 * @category schemas
 * @since 0.2.0
 */
export const DataAge = AsOf.DataAge
export type DataAge = AsOf.DataAge

/**
 * The body of a list answer: its `items` and the `dataAge` of the data they rest on. Every list
 * route answers with this shape (a page adds its position).
 * @example
 * ```ts
 * import { Element } from "@rareearth/core"
 * import { ApiContract } from "@rareearth/sdk"
 * const ElementList = ApiContract.listOf(Element.Element)
 * ```
 * @category schemas
 * @since 0.2.0
 */
export const listOf = <S extends z.ZodMiniType>(item: S) =>
  z.object({
    /** The answer's records. */
    items: z.array(item),
    /** How old the data behind the answer is. */
    dataAge: DataAge,
  })

/** The elements (`GET /elements`). @category schemas @since 0.2.0 */
export const ElementList = listOf(ElementSchema.Element)
export type ElementList = z.infer<typeof ElementList>

/** One element (`GET /elements/{symbol}`), with its data age. @category schemas @since 0.2.0 */
export const ElementAnswer = z.extend(ElementSchema.Element, { dataAge: DataAge })
export type ElementAnswer = z.infer<typeof ElementAnswer>

/** Quotas (`GET /quotas`); rival claims about one year are all listed. @category schemas @since 0.2.0 */
export const QuotaList = listOf(Quota.Quota)
export type QuotaList = z.infer<typeof QuotaList>

/** A measure with its status on the query date (`GET /controls`). @category schemas @since 0.1.0 */
export const ControlStatusRow = z.object({
  /** The measure, with its scope, lifecycle events and sources. */
  measure: ExportControl.ExportControlMeasure,
  /** The date the status is for. */
  on: Period.IsoDate,
  /** `pending`, `in_force`, `suspended`, `revoked`, or `unknown` (a recorded term has lapsed). */
  status: ExportControl.ControlStatus,
  /** Why: the events behind the status. */
  reason: z.string(),
  /** The date this status began, when known. */
  since: z.optional(Period.IsoDate),
  /** The date this status is due to end (a suspension's last day), when known. */
  until: z.optional(Period.IsoDate),
  /**
   * The query date against the data's as-of: `beyond: true` means the status is the last one
   * recorded ("in force as of 2026-04-20; nothing recorded since"), not a fresh observation.
   */
  horizon: AsOf.Horizon,
  /** The status in words, horizon included (core's `AsOf.describeStatus`). */
  summary: z.string(),
})
export type ControlStatusRow = z.infer<typeof ControlStatusRow>

/** Measures with their status on a date (`GET /controls`). @category schemas @since 0.2.0 */
export const ControlList = listOf(ControlStatusRow)
export type ControlList = z.infer<typeof ControlList>

/** One page of trade flows (`GET /flows`). @category schemas @since 0.1.0 */
export const FlowPage = z.object({
  /** The trade flows of this page. */
  items: z.array(TradeFlow.TradeFlow),
  /** How many flows match the query in all pages. */
  total: z.number().check(z.int(), z.nonnegative()),
  /** How many matching flows come before this page. */
  offset: z.number().check(z.int(), z.nonnegative()),
  /** The most flows this page holds (the request's `limit`, default 100). */
  limit: z.number().check(z.int(), z.positive()),
  /** The offset of the next page, or null on the last page. */
  nextOffset: z.nullable(z.number().check(z.int(), z.nonnegative())),
  /** How old the data behind the page is. */
  dataAge: DataAge,
})
export type FlowPage = z.infer<typeof FlowPage>

/** The normalised query a series answers. @category schemas @since 0.1.0 */
export const SeriesQuery = z.object({
  /** Required: a commodity code or alias (`magnets`, `8505111000`, `850511`, `GAC:rare-earths`). */
  commodity: z.string(),
  /** The reporting country: ISO code, alpha-3 or English name. Default `CN`. */
  reporter: z.optional(z.string()),
  /** The partner: a country or an area. Default `WORLD` (the reporter's total). */
  partner: z.optional(z.string()),
  /** The direction of trade. Default `export`. */
  flow: z.optional(TradeFlow.FlowDirection),
  /** The first month, `2025-01`, or a year, `2025` (= its January). Default: the first month the source holds. */
  from: z.optional(z.string()),
  /** The last month, or a year (= its December). Default: the last month the source holds. At most 600 months after `from`. */
  to: z.optional(z.string()),
})
export type SeriesQuery = z.infer<typeof SeriesQuery>

/** One month of a series; `tonnes: null` is a gap (unknown), never zero. @category schemas @since 0.1.0 */
export const SeriesPoint = z.object({
  /** The month, `YYYY-MM`. */
  period: Period.Month,
  /** Net weight in tonnes; null is a gap (no figure for this month), never zero. */
  tonnes: z.nullable(z.number()),
  /** Change on the month before, in percent; null when either month is a gap. */
  changePercent: z.nullable(z.number()),
  /** Change on the same month a year before, in percent; null when either is a gap. */
  yearOnYearPercent: z.nullable(z.number()),
  /** Tonnes from January to this month; null when a month of the year is a gap. */
  yearToDateTonnes: z.nullable(z.number()),
  /** The figure's confidence (`official`, `reported`, `derived`, `estimate`); null for a gap. */
  confidence: z.nullable(z.string()),
  /** The sources the figure cites (ids of the dataset's sources). */
  sourceIds: z.array(z.string()),
})
export type SeriesPoint = z.infer<typeof SeriesPoint>

/**
 * What the source holds for a series' reporter, partner, direction and commodity, in any period:
 * `records: 0` means it has no data for them at all (the points are then all gaps), which is not
 * the same as a month without a figure inside a covered range.
 * @category schemas
 * @since 0.2.0
 */
export const SeriesCoverage = z.object({
  /** Records the source holds for this reporter/partner/flow/commodity, in any period. */
  records: z.number().check(z.int(), z.nonnegative()),
  /** The first period (month or year) of those records, or null when there are none. */
  firstPeriod: z.nullable(z.string()),
  /** The last period of those records, or null when there are none. */
  lastPeriod: z.nullable(z.string()),
  /** One line for people, e.g. `the source has no records for partner KR (...)`. */
  note: z.string(),
})
export type SeriesCoverage = z.infer<typeof SeriesCoverage>

/** A monthly series (`GET /series`). @category schemas @since 0.1.0 */
export const SeriesResult = z.object({
  /** The query answered, normalised (aliases resolved, defaults filled in). */
  query: SeriesQuery,
  /** One point per month from `from` to `to`, gaps included. */
  points: z.array(SeriesPoint),
  /** Whether the source has any data for this series at all (empty is not a gap). */
  coverage: SeriesCoverage,
  /** How old the data behind the series is. */
  dataAge: DataAge,
})
export type SeriesResult = z.infer<typeof SeriesResult>

/** An item of the policy timeline (`GET /timeline`). @category schemas @since 0.1.0 */
export const TimelineItem = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("policy_event"),
    date: Period.IsoDate,
    event: PolicyEvent.PolicyEvent,
  }),
  z.object({
    type: z.literal("measure_event"),
    date: Period.IsoDate,
    measureId: z.string(),
    title: z.string(),
    event: ExportControl.LifecycleEvent,
  }),
])
export type TimelineItem = z.infer<typeof TimelineItem>

/** The policy timeline (`GET /timeline`). @category schemas @since 0.2.0 */
export const Timeline = listOf(TimelineItem)
export type Timeline = z.infer<typeof Timeline>

/** One rejected row of an import: where (file name, line, column, value) and why. @category schemas @since 0.2.0 */
export const RejectedRow = z.object({
  file: z.string(),
  line: z.number().check(z.int(), z.nonnegative()),
  column: z.optional(z.string()),
  value: z.optional(z.string()),
  reason: z.string(),
})

/**
 * What loading a file into a source did (`FileSource` in `valid-rows` mode keeps the valid rows):
 * rows read, accepted and rejected, and the rejected rows themselves (up to `maxRejected`).
 * @category schemas
 * @since 0.2.0
 */
export const ImportReport = z.object({
  /** The file's name (not its path). */
  file: z.string(),
  format: z.string(),
  rows: z.number().check(z.int(), z.nonnegative()),
  accepted: z.number().check(z.int(), z.nonnegative()),
  rejectedRows: z.number().check(z.int(), z.nonnegative()),
  rejected: z.array(RejectedRow),
})
export type ImportReport = z.infer<typeof ImportReport>

/** What the server's source holds (`GET /dataset`). @category schemas @since 0.1.0 */
export const DatasetInfo = z.object({
  /** The source's name (`embedded`, `http`, `files:exports.csv`...). */
  source: z.string(),
  /** The dataset release, when the source has one. */
  version: z.nullable(z.string()),
  /** The latest date the source's reference data covers, when known. */
  asOf: z.nullable(z.string()),
  counts: z.object({
    elements: z.number().check(z.int(), z.nonnegative()),
    measures: z.number().check(z.int(), z.nonnegative()),
    quotas: z.number().check(z.int(), z.nonnegative()),
    flows: z.number().check(z.int(), z.nonnegative()),
    events: z.number().check(z.int(), z.nonnegative()),
  }),
  /** How old the source's data is. */
  dataAge: DataAge,
  /** For a source loaded from files: what each import did, rejected rows included. */
  imports: z.optional(z.array(ImportReport)),
})
export type DatasetInfo = z.infer<typeof DatasetInfo>

/** One bad request parameter: which, what was wrong, what would be valid. @category schemas @since 0.1.0 */
export const ParameterProblem = z.object({
  parameter: z.string(),
  message: z.string(),
  expected: z.string(),
})
export type ParameterProblem = z.infer<typeof ParameterProblem>

/**
 * An RFC 9457 problem document (`application/problem+json`), sent with every error status.
 * `errors` lists the bad parameters of a 400; `resource` and `id` name what a 404 did not find.
 * @category schemas
 * @since 0.1.0
 */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.string(),
  instance: z.string(),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(ParameterProblem)),
  resource: z.optional(z.string()),
  id: z.optional(z.string()),
  retryAfterSeconds: z.optional(z.number()),
  /** The bad rows of a bill of materials (`POST /exposure`): row, column, value, code, message. */
  rows: z.optional(z.array(BomIssue)),
})
export type Problem = z.infer<typeof Problem>

/** Problem `type` URIs. @category contract @since 0.1.0 */
export const ProblemType = {
  invalidParameters: "urn:rareearth:problem:invalid-parameters",
  notFound: "urn:rareearth:problem:not-found",
  routeNotFound: "urn:rareearth:problem:route-not-found",
  methodNotAllowed: "urn:rareearth:problem:method-not-allowed",
  rateLimited: "urn:rareearth:problem:rate-limited",
  timeout: "urn:rareearth:problem:timeout",
  upstreamUnavailable: "urn:rareearth:problem:upstream-unavailable",
  internal: "urn:rareearth:problem:internal-error",
  invalidBom: "urn:rareearth:problem:invalid-bill-of-materials",
  payloadTooLarge: "urn:rareearth:problem:payload-too-large",
  unsupportedMediaType: "urn:rareearth:problem:unsupported-media-type",
  notSupported: "urn:rareearth:problem:not-supported",
} as const
