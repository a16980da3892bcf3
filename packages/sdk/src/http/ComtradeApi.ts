/**
 * The UN Comtrade+ data API on the wire: the response envelope and row schemas, the plan of
 * requests for a flow query (safe breakdown defaults, at most 12 periods per request), and the
 * mapping of rows onto core's TradeFlow (code crosswalk, kg to tonnes, unknown weights kept null).
 * Used by `ComtradeSource`; not exported from the package entry.
 * @since 0.1.0
 * @internal
 */
import * as Commodity from "@rareearth/core/Commodity"
import * as Country from "@rareearth/core/Country"
import * as Period from "@rareearth/core/Period"
import type * as Source from "@rareearth/core/Source"
import type * as TradeFlow from "@rareearth/core/TradeFlow"
import * as z from "zod/mini"
import type { Issue } from "../Errors.ts"

/** The public Comtrade+ API. @category comtrade @since 0.1.0 */
export const COMTRADE_BASE_URL = "https://comtradeapi.un.org"

/** Row caps: the keyed `get` endpoint and the keyless preview. @category comtrade @since 0.1.0 */
export const COMTRADE_CAPS = { keyed: 250_000, preview: 500 } as const

/** The most periods one request asks for (one year of months). @category comtrade @since 0.1.0 */
export const MAX_PERIODS_PER_REQUEST = 12

/** The citation every Comtrade-derived record carries. @category comtrade @since 0.1.0 */
export const COMTRADE_SOURCE: Source.SourceRef = {
  id: "un-comtrade",
  title: "UN Comtrade+ database",
  publisher: "United Nations Statistics Division",
  url: "https://comtradeplus.un.org/",
}

const flag = z.nullish(z.union([z.boolean(), z.number()]))

/**
 * One row of a Comtrade data response (the fields the adapter reads; the other ~35 are kept
 * unread). Lenient on number-or-string codes, strict on what the mapping needs.
 * @category comtrade
 * @since 0.1.0
 */
export const ComtradeRow = z.looseObject({
  freqCode: z.enum(["A", "M"]),
  period: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
  reporterCode: z.coerce.number().check(z.int()),
  partnerCode: z.coerce.number().check(z.int()),
  partner2Code: z.nullish(z.coerce.number().check(z.int())),
  motCode: z.nullish(z.coerce.number().check(z.int())),
  customsCode: z.nullish(z.string()),
  flowCode: z.string(),
  classificationCode: z.nullish(z.string()),
  cmdCode: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
  netWgt: z.nullish(z.number()),
  isNetWgtEstimated: flag,
  isQtyEstimated: flag,
  primaryValue: z.nullish(z.number()),
  isReported: flag,
  isAggregate: flag,
  legacyEstimationFlag: z.nullish(z.number()),
})
export type ComtradeRow = z.infer<typeof ComtradeRow>

/** The response envelope: `{ elapsedTime, count, data, error }`. @category comtrade @since 0.1.0 */
export const ComtradeEnvelope = z.looseObject({
  elapsedTime: z.nullish(z.string()),
  count: z.number().check(z.int(), z.nonnegative()),
  data: z.array(ComtradeRow),
  error: z.nullish(z.string()),
})
export type ComtradeEnvelope = z.infer<typeof ComtradeEnvelope>

const FLOW_CODES: Readonly<Record<TradeFlow.FlowDirection, string>> = {
  export: "X",
  import: "M",
  re_export: "RX",
  re_import: "RM",
}
const DIRECTIONS: Readonly<Record<string, TradeFlow.FlowDirection>> = {
  X: "export",
  M: "import",
  RX: "re_export",
  RM: "re_import",
}

/** One request of a plan: the path's frequency and the query parameters, in a stable order. */
export interface ComtradeRequest {
  readonly freqCode: "A" | "M"
  readonly params: ReadonlyArray<readonly [string, string]>
  /** The periods asked, as core periods (`2025-06`, `2025`). */
  readonly periods: ReadonlyArray<string>
}

/** The outcome of planning: requests, or issues naming the query field that cannot be asked. */
export type ComtradePlan =
  | { readonly ok: true; readonly requests: ReadonlyArray<ComtradeRequest> }
  | { readonly ok: false; readonly issues: ReadonlyArray<Issue> }

/** What a plan needs: a normalised flow filter (codes canonical, aliases resolved). */
export interface ComtradeFilter {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly reporter?: string | undefined
  readonly partner?: string | undefined
  readonly flow?: TradeFlow.FlowDirection | undefined
  readonly commodity?: string | undefined
}

const issue = (field: string, code: string, message: string): Issue => ({
  code,
  path: [field],
  message,
})

const areaCode = (field: string, value: string): number | Issue => {
  try {
    return Country.toComtradeCode(value)
  } catch (error) {
    return issue(field, "no_comtrade_code", error instanceof Error ? error.message : String(error))
  }
}

const commodityCode = (value: string): string | Issue => {
  if (value === "TOTAL" || /^(\d{2}|\d{4}|\d{6})$/.test(value)) return value
  if (/^\d{8}$|^\d{10}$/.test(value)) {
    return issue(
      "commodity",
      "not_in_comtrade",
      `Commodity ${value} is a national tariff line; UN Comtrade publishes HS codes of up to 6 digits. Ask for its HS subheading "${value.slice(0, 6)}" instead (it may also hold other products: ${Commodity.describe(value.slice(0, 6)).description})`,
    )
  }
  return issue(
    "commodity",
    "not_in_comtrade",
    `Commodity ${value} is a named series, not an HS code; UN Comtrade answers HS codes (e.g. "850511", "280530") and "TOTAL"`,
  )
}

const comtradePeriod = (period: string): string => period.replace("-", "")

/**
 * Plans the Comtrade requests of a flow filter. Both bounds years: annual data (freqCode A);
 * otherwise monthly (freqCode M, years widened to their months). Periods are split so that
 * each request asks for at most {@link MAX_PERIODS_PER_REQUEST}. Breakdown dimensions are
 * pinned to totals (`partner2Code=0`, `motCode=0`, `customsCode=C00`).
 * @example
 * ```ts
 * const plan = planComtradeRequests({ reporter: "CN", commodity: "850511", from: "2024-01", to: "2025-12" }, 250_000)
 * // plan.ok && plan.requests.length === 2
 * ```
 * @category comtrade
 * @since 0.1.0
 */
export const planComtradeRequests = (
  filter: ComtradeFilter,
  maxRecords: number,
  frequency: "auto" | "monthly" = "auto",
): ComtradePlan => {
  const issues: Array<Issue> = []
  const from = filter.from ?? filter.to
  const to = filter.to ?? filter.from
  if (from === undefined || to === undefined) {
    issues.push(
      issue(
        "from",
        "required",
        'UN Comtrade needs a period: give "from" and/or "to" (a year "2025" for annual data, months "2025-01" to "2025-06" for monthly data)',
      ),
    )
  }
  if (filter.commodity === undefined) {
    issues.push(
      issue(
        "commodity",
        "required",
        'UN Comtrade needs a commodity: an HS code such as "850511" or "280530", or "TOTAL" for all goods',
      ),
    )
  }
  const reporterCode =
    filter.reporter === undefined ? undefined : areaCode("reporter", filter.reporter)
  const partnerCode = filter.partner === undefined ? undefined : areaCode("partner", filter.partner)
  const cmdCode = filter.commodity === undefined ? undefined : commodityCode(filter.commodity)
  for (const value of [reporterCode, partnerCode, cmdCode]) {
    if (typeof value === "object") issues.push(value)
  }
  if (issues.length > 0 || from === undefined || to === undefined) return { ok: false, issues }

  const annual = frequency === "auto" && Period.isYear(from) && Period.isYear(to)
  const periods = annual
    ? Period.yearRange(from, to)
    : Period.monthRange(Period.firstMonth(from), Period.lastMonth(to))
  const requests: Array<ComtradeRequest> = []
  for (let index = 0; index < periods.length; index += MAX_PERIODS_PER_REQUEST) {
    const chunk = periods.slice(index, index + MAX_PERIODS_PER_REQUEST)
    const params: Array<readonly [string, string]> = []
    if (typeof reporterCode === "number") params.push(["reporterCode", String(reporterCode)])
    if (typeof partnerCode === "number") params.push(["partnerCode", String(partnerCode)])
    params.push(["partner2Code", "0"])
    params.push(["cmdCode", cmdCode as string])
    params.push(["flowCode", filter.flow === undefined ? "X,M,RX,RM" : FLOW_CODES[filter.flow]])
    params.push(["period", chunk.map(comtradePeriod).join(",")])
    params.push(["motCode", "0"])
    params.push(["customsCode", "C00"])
    params.push(["maxRecords", String(maxRecords)])
    requests.push({ freqCode: annual ? "A" : "M", params, periods: chunk })
  }
  return { ok: true, requests }
}

/** How a row is mapped, or why it cannot be. */
export type RowMapping =
  | { readonly ok: true; readonly flow: TradeFlow.TradeFlow }
  | { readonly ok: false; readonly issue: Issue }
  | { readonly ok: "skipped"; readonly reason: string }

const truthy = (value: boolean | number | null | undefined): boolean =>
  value === true || (typeof value === "number" && value !== 0)

const corePeriod = (row: ComtradeRow): string | undefined => {
  if (row.freqCode === "A" && /^\d{4}$/.test(row.period)) return row.period
  if (row.freqCode === "M" && /^\d{6}$/.test(row.period)) {
    const month = `${row.period.slice(0, 4)}-${row.period.slice(4)}`
    return Period.isMonth(month) ? month : undefined
  }
  return undefined
}

/**
 * Maps one Comtrade row onto a TradeFlow.
 *
 * Weight rule (unknown is not zero): `netWgt` null or absent stays null; `netWgt` 0 also
 * becomes null, with a note, because Comtrade writes 0 for unreported weights and a recorded
 * trade of zero kilograms is not a quantity anyone measured. Positive weights are converted
 * from kg to tonnes. `primaryValue` (USD) is kept as reported, null when absent.
 * `estimated` is true when Comtrade flags the weight or quantity as estimated, the row as not
 * reported by the country, or sets a legacy estimation flag; such rows carry an `estimate`
 * confidence naming the flags, the others `official`.
 * Breakdown rows (partner2, mode of transport, customs procedure other than the totals) are
 * skipped: the totals row already holds them.
 * @category comtrade
 * @since 0.1.0
 */
export const mapComtradeRow = (
  row: ComtradeRow,
  index: number,
  requested: { readonly reporter?: string | undefined; readonly partner?: string | undefined } = {},
): RowMapping => {
  if (
    (row.partner2Code ?? 0) !== 0 ||
    (row.motCode ?? 0) !== 0 ||
    (row.customsCode ?? "C00") !== "C00"
  ) {
    return { ok: "skipped", reason: "breakdown row" }
  }
  const fail = (field: string, code: string, message: string): RowMapping => ({
    ok: false,
    issue: { code, path: ["data", index, field], message },
  })
  const period = corePeriod(row)
  if (period === undefined) {
    return fail(
      "period",
      "invalid_period",
      `Row ${index}: period ${JSON.stringify(row.period)} does not fit freqCode ${row.freqCode} (expected "YYYY" for A, "YYYYMM" for M)`,
    )
  }
  const flow = DIRECTIONS[row.flowCode]
  if (flow === undefined) {
    return fail(
      "flowCode",
      "unknown_flow",
      `Row ${index}: flowCode ${JSON.stringify(row.flowCode)} is not one of X, M, RX, RM`,
    )
  }
  const area = (code: number, field: string, asked: string | undefined): string | RowMapping => {
    // The code the user asked for decodes to what they asked (e.g. TW, reported by Comtrade as 490).
    if (asked !== undefined) {
      try {
        if (Country.toComtradeCode(asked) === code) return asked
      } catch {
        // Fall through to the crosswalk.
      }
    }
    try {
      return Country.fromComtradeCode(code)
    } catch (error) {
      return fail(
        field,
        "unknown_comtrade_code",
        `Row ${index}: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }
  const reporter = area(row.reporterCode, "reporterCode", requested.reporter)
  if (typeof reporter !== "string") return reporter
  if (!/^[A-Z]{2}$/.test(reporter)) {
    return fail(
      "reporterCode",
      "reporter_not_a_country",
      `Row ${index}: reporterCode ${row.reporterCode} decodes to the area ${reporter}, not a country; ask for this reporter explicitly to map it`,
    )
  }
  const partner = area(row.partnerCode, "partnerCode", requested.partner)
  if (typeof partner !== "string") return partner
  const commodity = row.cmdCode.trim().toUpperCase() === "TOTAL" ? "TOTAL" : row.cmdCode.trim()

  const notes: Array<string> = []
  let netWeightTonnes: number | null = null
  if (row.netWgt === null || row.netWgt === undefined) {
    netWeightTonnes = null
  } else if (row.netWgt < 0) {
    return fail("netWgt", "negative_weight", `Row ${index}: netWgt ${row.netWgt} is negative`)
  } else if (row.netWgt === 0) {
    notes.push(
      "Comtrade reported netWgt 0 kg, kept as unknown: Comtrade writes 0 for unreported weights",
    )
  } else {
    netWeightTonnes = row.netWgt / 1000
  }
  const valueUsd = row.primaryValue ?? null
  if (valueUsd !== null && valueUsd < 0) {
    return fail(
      "primaryValue",
      "negative_value",
      `Row ${index}: primaryValue ${valueUsd} is negative`,
    )
  }
  const flags = [
    truthy(row.isNetWgtEstimated) ? "isNetWgtEstimated" : undefined,
    truthy(row.isQtyEstimated) ? "isQtyEstimated" : undefined,
    row.isReported === false || row.isReported === 0 ? "isReported=false" : undefined,
    truthy(row.legacyEstimationFlag)
      ? `legacyEstimationFlag=${row.legacyEstimationFlag}`
      : undefined,
  ].filter((value): value is string => value !== undefined)
  const estimated = flags.length > 0

  const result: TradeFlow.TradeFlow = {
    id: `comtrade:${row.freqCode}:${row.period}:${row.reporterCode}:${row.partnerCode}:${row.flowCode}:${commodity}`,
    period,
    reporter,
    partner,
    flow,
    commodity,
    ...(row.classificationCode ? { hsVersion: row.classificationCode } : {}),
    netWeightTonnes,
    valueUsd,
    estimated,
    sources: [COMTRADE_SOURCE],
    confidence: estimated
      ? { kind: "estimate", method: `Flagged as estimated by UN Comtrade (${flags.join(", ")})` }
      : { kind: "official" },
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
  }
  return { ok: true, flow: result }
}
