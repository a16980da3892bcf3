/**
 * The schemas of the REST API's bodies: responses (`ControlStatusRow`, `FlowPage`,
 * `SeriesResult`, `TimelineItem`, `DatasetInfo`) and RFC 9457 problem documents. Part of the API
 * contract (re-exported by `ApiContract`); the SDK's query types are derived from them.
 * @since 0.1.0
 */
import { ExportControl, Period, PolicyEvent, TradeFlow } from "@rareearth/core"
import { z } from "zod"
import { BomIssue } from "./ExposureContract.ts"

/** A measure with its status on the query date (`GET /controls`). @category schemas @since 0.1.0 */
export const ControlStatusRow = z.object({
  measure: ExportControl.ExportControlMeasure,
  on: Period.IsoDate,
  status: ExportControl.ControlStatus,
  reason: z.string(),
  /** The date this status began, when known. */
  since: Period.IsoDate.optional(),
  /** The date this status is due to end (a suspension's last day), when known. */
  until: Period.IsoDate.optional(),
})
export type ControlStatusRow = z.infer<typeof ControlStatusRow>

/** One page of trade flows (`GET /flows`). @category schemas @since 0.1.0 */
export const FlowPage = z.object({
  items: z.array(TradeFlow.TradeFlow),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  /** The offset of the next page, or null on the last page. */
  nextOffset: z.number().int().nonnegative().nullable(),
})
export type FlowPage = z.infer<typeof FlowPage>

/** The normalised query a series answers. @category schemas @since 0.1.0 */
export const SeriesQuery = z.object({
  commodity: z.string(),
  reporter: z.string().optional(),
  partner: z.string().optional(),
  flow: TradeFlow.FlowDirection.optional(),
  from: z.string().optional(),
  to: z.string().optional(),
})
export type SeriesQuery = z.infer<typeof SeriesQuery>

/** One month of a series; `tonnes: null` is a gap (unknown), never zero. @category schemas @since 0.1.0 */
export const SeriesPoint = z.object({
  period: Period.Month,
  tonnes: z.number().nullable(),
  changePercent: z.number().nullable(),
  yearOnYearPercent: z.number().nullable(),
  yearToDateTonnes: z.number().nullable(),
  confidence: z.string().nullable(),
  sourceIds: z.array(z.string()),
})
export type SeriesPoint = z.infer<typeof SeriesPoint>

/** A monthly series (`GET /series`). @category schemas @since 0.1.0 */
export const SeriesResult = z.object({ query: SeriesQuery, points: z.array(SeriesPoint) })
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

/** What the server's source holds (`GET /dataset`). @category schemas @since 0.1.0 */
export const DatasetInfo = z.object({
  source: z.string(),
  version: z.string().nullable(),
  asOf: z.string().nullable(),
  counts: z.object({
    elements: z.number().int().nonnegative(),
    measures: z.number().int().nonnegative(),
    quotas: z.number().int().nonnegative(),
    flows: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
  }),
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
  status: z.number().int(),
  detail: z.string(),
  instance: z.string(),
  requestId: z.string().optional(),
  errors: z.array(ParameterProblem).optional(),
  resource: z.string().optional(),
  id: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
  /** The bad rows of a bill of materials (`POST /exposure`): row, column, value, code, message. */
  rows: z.array(BomIssue).optional(),
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
} as const
