/**
 * The row shape both SQL stores share: how a TradeFlow maps to columns and back, its natural
 * key, and how a FlowQuery becomes column predicates. One module, so SQLite and PostgreSQL
 * answer exactly like each other (and like the in-memory columnar store). Shared SQL code of
 * `node/sqlite` and `node/postgres`, not exported from the package.
 * @since 0.1.0
 */
import { Commodity, Period, type TradeFlow } from "@rareearth/core"
import { type FlowQuery, STORE_PAGE_LIMIT } from "../../Query.ts"
import type { AggregateRow, GroupKey } from "../../store/TradeFlowStore.ts"

/**
 * One trade flow as table columns. `vintage` is `""` when the source gives none, so the
 * natural key has no NULL in it (NULLs never collide in a UNIQUE constraint) and an
 * unversioned figure sorts before any dated vintage. Unknown weight/value stay `null`.
 */
export interface FlowRow {
  readonly source_id: string
  readonly period: string
  readonly period_start: string
  readonly period_end: string
  readonly reporter: string
  readonly partner: string
  readonly flow: string
  readonly commodity: string
  readonly vintage: string
  readonly id: string
  readonly hs_version: string | null
  readonly net_weight_tonnes: number | null
  readonly value_usd: number | null
  readonly estimated: boolean | null
  readonly sources: string
  readonly confidence: string
  readonly conflict_group: string | null
  readonly note: string | null
}

/** The columns that are not part of the natural key: what a correction of one vintage changes. */
export const CONTENT_COLUMNS = [
  "id",
  "hs_version",
  "net_weight_tonnes",
  "value_usd",
  "estimated",
  "sources",
  "confidence",
  "conflict_group",
  "note",
] as const satisfies ReadonlyArray<keyof FlowRow>

/** Column order used by INSERT and COPY: the key columns, then the content. */
export const FLOW_COLUMNS = [
  "source_id",
  "period",
  "period_start",
  "period_end",
  "reporter",
  "partner",
  "flow",
  "commodity",
  "vintage",
  ...CONTENT_COLUMNS,
] as const satisfies ReadonlyArray<keyof FlowRow>

/** The natural key without the vintage: one observation, whatever its revisions. */
export const OBSERVATION_KEY = [
  "source_id",
  "period",
  "reporter",
  "partner",
  "flow",
  "commodity",
] as const

/** The full natural key: one vintage of one observation. */
export const NATURAL_KEY = [...OBSERVATION_KEY, "vintage"] as const

/** The column a group key reads. */
export const GROUP_COLUMNS: Readonly<Record<GroupKey, string>> = {
  period: "period",
  reporter: "reporter",
  partner: "partner",
  flow: "flow",
  commodity: "commodity",
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const YEAR = /^\d{4}$/

/** The source id of a flow's natural key: its first (primary) source. */
export const sourceIdOf = (flow: TradeFlow.TradeFlow): string => flow.sources[0]?.id ?? ""

/** First and last month a period covers (a year covers January to December). */
export const periodBounds = (period: string): readonly [string, string] | undefined => {
  if (MONTH.test(period)) return [period, period]
  if (YEAR.test(period)) return [`${period}-01`, `${period}-12`]
  return undefined
}

/** A TradeFlow as columns. */
export const toRow = (flow: TradeFlow.TradeFlow): FlowRow => {
  const bounds = periodBounds(flow.period) ?? [flow.period, flow.period]
  return {
    source_id: sourceIdOf(flow),
    period: flow.period,
    period_start: bounds[0],
    period_end: bounds[1],
    reporter: flow.reporter,
    partner: flow.partner,
    flow: flow.flow,
    commodity: flow.commodity,
    vintage: flow.vintage ?? "",
    id: flow.id,
    hs_version: flow.hsVersion ?? null,
    net_weight_tonnes: flow.netWeightTonnes,
    value_usd: flow.valueUsd,
    estimated: flow.estimated ?? null,
    sources: JSON.stringify(flow.sources),
    confidence: JSON.stringify(flow.confidence),
    conflict_group: flow.conflictGroup ?? null,
    note: flow.note ?? null,
  }
}

/**
 * A TradeFlow's values in FLOW_COLUMNS order, written into `target` from `offset` (booleans as
 * 1/0, as SQLite binds them): {@link toRow} without the object, for bulk inserts that bind
 * thousands of rows per second. Returns the offset after the row.
 */
export const putFlowValues = (
  flow: TradeFlow.TradeFlow,
  target: Array<string | number | null>,
  offset: number,
): number => {
  const bounds = periodBounds(flow.period) ?? [flow.period, flow.period]
  let k = offset
  target[k++] = sourceIdOf(flow)
  target[k++] = flow.period
  target[k++] = bounds[0]
  target[k++] = bounds[1]
  target[k++] = flow.reporter
  target[k++] = flow.partner
  target[k++] = flow.flow
  target[k++] = flow.commodity
  target[k++] = flow.vintage ?? ""
  target[k++] = flow.id
  target[k++] = flow.hsVersion ?? null
  target[k++] = flow.netWeightTonnes
  target[k++] = flow.valueUsd
  target[k++] = flow.estimated === undefined ? null : flow.estimated ? 1 : 0
  target[k++] = JSON.stringify(flow.sources)
  target[k++] = JSON.stringify(flow.confidence)
  target[k++] = flow.conflictGroup ?? null
  target[k++] = flow.note ?? null
  return k
}

/** The stored columns a reader gets back (drivers differ on booleans and JSON). */
export interface StoredRow {
  readonly id: string
  readonly period: string
  readonly reporter: string
  readonly partner: string
  readonly flow: string
  readonly commodity: string
  readonly vintage: string
  readonly hs_version: string | null
  readonly net_weight_tonnes: number | string | null
  readonly value_usd: number | string | null
  readonly estimated: boolean | number | bigint | null
  readonly sources: string | ReadonlyArray<unknown>
  readonly confidence: string | object
  readonly conflict_group: string | null
  readonly note: string | null
}

const toNumber = (value: number | string | null): number | null =>
  value === null ? null : typeof value === "number" ? value : Number(value)

const fromJson = (value: string | object): unknown =>
  typeof value === "string" ? JSON.parse(value) : value

/**
 * A stored row back to the identical TradeFlow: optional fields absent (not `undefined`)
 * when they were absent on write, `null` kept as `null`.
 */
export const fromRow = (row: StoredRow): TradeFlow.TradeFlow => {
  const flow: Record<string, unknown> = {
    id: row.id,
    period: row.period,
    reporter: row.reporter,
    partner: row.partner,
    flow: row.flow,
    commodity: row.commodity,
  }
  if (row.hs_version !== null) flow.hsVersion = row.hs_version
  flow.netWeightTonnes = toNumber(row.net_weight_tonnes)
  flow.valueUsd = toNumber(row.value_usd)
  if (row.estimated !== null) flow.estimated = row.estimated === true || Number(row.estimated) === 1
  flow.sources = fromJson(row.sources)
  flow.confidence = fromJson(row.confidence)
  if (row.vintage !== "") flow.vintage = row.vintage
  if (row.conflict_group !== null) flow.conflictGroup = row.conflict_group
  if (row.note !== null) flow.note = row.note
  return flow as TradeFlow.TradeFlow
}

/** A commodity filter: an exact code, or an HS prefix matching its sub-codes. */
export interface CommodityFilter {
  readonly code: string
  /** True for digit codes: `850511` matches `8505111000` (core's Commodity.matches). */
  readonly prefix: boolean
}

/**
 * A FlowQuery resolved to column predicates. Key filters hold the candidate spellings
 * (upper-cased and as given, trimmed), like the columnar store's dictionary lookup.
 */
export interface ResolvedFilter {
  readonly fromMonth?: string
  readonly toMonth?: string
  readonly reporter?: ReadonlyArray<string>
  readonly partner?: ReadonlyArray<string>
  readonly flow?: ReadonlyArray<string>
  readonly commodity?: CommodityFilter
}

/** One problem with a filter value. */
export interface FilterIssue {
  readonly field: keyof FlowQuery
  readonly value: string
  readonly message: string
}

const DIGITS = /^\d+$/

const spellings = (input: string): ReadonlyArray<string> => {
  const trimmed = input.trim()
  const upper = trimmed.toUpperCase()
  return upper === trimmed ? [upper] : [upper, trimmed]
}

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/**
 * Resolves a FlowQuery to column predicates with core's parsers, exactly as the columnar store
 * does: a year `from` is its January, a year `to` its December; commodity aliases resolve
 * (`magnets` -> `8505111000`). Values are only ever bound as SQL parameters; a malformed
 * period or commodity is an issue (the store fails with "Invalid flow filter: ...").
 */
export const resolveFilter = (
  query: FlowQuery,
): { readonly filter: ResolvedFilter; readonly issues: ReadonlyArray<FilterIssue> } => {
  const issues: Array<FilterIssue> = []
  const filter: {
    -readonly [K in keyof ResolvedFilter]: ResolvedFilter[K]
  } = {}
  const attempt = <A>(field: keyof FlowQuery, value: string, parse: () => A): A | undefined => {
    try {
      return parse()
    } catch (error) {
      issues.push({ field, value, message: errorMessage(error) })
      return undefined
    }
  }
  if (query.from !== undefined) {
    const from = query.from
    const month = attempt("from", from, () => Period.firstMonth(Period.parse(from)))
    if (month !== undefined) filter.fromMonth = month
  }
  if (query.to !== undefined) {
    const to = query.to
    const month = attempt("to", to, () => Period.lastMonth(Period.parse(to)))
    if (month !== undefined) filter.toMonth = month
  }
  if (query.reporter !== undefined) filter.reporter = spellings(query.reporter)
  if (query.partner !== undefined) filter.partner = spellings(query.partner)
  if (query.flow !== undefined) filter.flow = spellings(query.flow)
  if (query.commodity !== undefined) {
    const commodity = query.commodity
    const code = attempt("commodity", commodity, () => Commodity.parse(commodity))
    if (code !== undefined) filter.commodity = { code, prefix: DIGITS.test(code) }
  }
  return { filter, issues }
}

/** The message of a failed filter resolution. */
export const issuesMessage = (issues: ReadonlyArray<FilterIssue>): string =>
  `Invalid flow filter: ${issues.map((issue) => issue.message).join("; ")}`

/**
 * Normalises a page request like the columnar store: offsets and limits are floored and
 * clamped at 0, the default limit is STORE_PAGE_LIMIT; a non-finite value is an error message.
 */
export const resolvePage = (
  page: { readonly offset?: number | undefined; readonly limit?: number | undefined } | undefined,
): { readonly offset: number; readonly limit: number } | string => {
  const offset = Math.max(0, Math.floor(page?.offset ?? 0))
  const limit = Math.max(0, Math.floor(page?.limit ?? STORE_PAGE_LIMIT))
  if (!Number.isFinite(offset) || !Number.isFinite(limit)) {
    return `Invalid page: offset ${page?.offset}, limit ${page?.limit}; expected non-negative integers`
  }
  return { offset, limit }
}

/** A SQL fragment with its bound values. */
export interface SqlFragment {
  readonly sql: string
  readonly params: ReadonlyArray<string | number>
}

/**
 * The WHERE clause of a resolved filter over alias `t` of `table`, latest vintage only unless
 * `allVintages`. Every value is a bound parameter; `placeholder(n)` spells the n-th one in the
 * dialect (`?` for SQLite, `$n` for PostgreSQL). `table` is a constant identifier.
 */
export const whereClause = (
  table: string,
  filter: ResolvedFilter,
  allVintages: boolean,
  placeholder: (index: number) => string,
  firstIndex = 1,
): SqlFragment => {
  const conditions: Array<string> = []
  const params: Array<string | number> = []
  const bind = (value: string | number): string => {
    params.push(value)
    return placeholder(firstIndex + params.length - 1)
  }
  // The bounds on `period` itself are implied by those on period_start/period_end (a year sorts
  // just before its months: "2024-12" < "2025" < "2025-01"); they let the natural-key index,
  // which leads with period, serve the range.
  if (filter.fromMonth !== undefined) {
    conditions.push(`t.period >= ${bind(filter.fromMonth.slice(0, 4))}`)
    conditions.push(`t.period_start >= ${bind(filter.fromMonth)}`)
  }
  if (filter.toMonth !== undefined) {
    conditions.push(`t.period <= ${bind(filter.toMonth)}`)
    conditions.push(`t.period_end <= ${bind(filter.toMonth)}`)
  }
  // No stored key can hold a NUL character (and PostgreSQL text cannot bind one): such a
  // spelling matches nothing.
  const oneOf = (column: string, values: ReadonlyArray<string>): string => {
    const bindable = values.filter((value) => !value.includes("\u0000"))
    return bindable.length === 0
      ? "1 = 0"
      : `(${bindable.map((value) => `t.${column} = ${bind(value)}`).join(" OR ")})`
  }
  if (filter.reporter !== undefined) conditions.push(oneOf("reporter", filter.reporter))
  if (filter.partner !== undefined) conditions.push(oneOf("partner", filter.partner))
  if (filter.flow !== undefined) conditions.push(oneOf("flow", filter.flow))
  if (filter.commodity !== undefined) {
    // Prefix codes are digits only (checked in resolveFilter), so LIKE has no wildcard to escape.
    conditions.push(
      filter.commodity.prefix
        ? `t.commodity LIKE ${bind(`${filter.commodity.code}%`)}`
        : `t.commodity = ${bind(filter.commodity.code)}`,
    )
  }
  if (!allVintages) {
    const sameObservation = OBSERVATION_KEY.map((column) => `n.${column} = t.${column}`).join(
      " AND ",
    )
    conditions.push(
      `NOT EXISTS (SELECT 1 FROM ${table} n WHERE ${sameObservation} AND n.vintage > t.vintage)`,
    )
  }
  return { sql: conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`, params }
}

/**
 * The order every store returns flows in: period, reporter, partner, commodity, flow, source,
 * vintage. Period strings in code-unit order are calendar order with a year before its months
 * ("2024-12" < "2025" < "2025-01"), which is core's Period.compare.
 */
export const ORDER_BY =
  "ORDER BY t.period, t.reporter, t.partner, t.commodity, t.flow, t.source_id, t.vintage"

/** The columns a reader selects (the StoredRow shape). */
export const SELECT_COLUMNS =
  "t.id, t.period, t.reporter, t.partner, t.flow, t.commodity, t.vintage, t.hs_version, t.net_weight_tonnes, t.value_usd, t.estimated, t.sources, t.confidence, t.conflict_group, t.note"

/** Compares two flows in store order (plain code-unit comparison, like SQL's "C" collation). */
export const compareFlows = (a: TradeFlow.TradeFlow, b: TradeFlow.TradeFlow): number => {
  const ka = [a.period, a.reporter, a.partner, a.commodity, a.flow, sourceIdOf(a), a.vintage ?? ""]
  const kb = [b.period, b.reporter, b.partner, b.commodity, b.flow, sourceIdOf(b), b.vintage ?? ""]
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i]!
    const y = kb[i]!
    if (x < y) return -1
    if (x > y) return 1
  }
  return 0
}

/**
 * The aggregate columns. Sums add the known figures one by one in storage order (`row_id`, the
 * order rows were first written), with plain IEEE addition: exactly what the columnar store
 * does, so every store returns the same bits, not just nearly the same number. `sum` names the
 * dialect's plain-addition aggregate (PostgreSQL's float8 `sum`; a registered JS aggregate in
 * SQLite, whose built-in `sum` is compensated).
 */
export const aggregateColumns = (sum: string): ReadonlyArray<string> => [
  "count(*) AS row_count",
  `${sum}(t.net_weight_tonnes ORDER BY t.row_id) AS weight_sum`,
  "count(t.net_weight_tonnes) AS weight_known",
  `${sum}(t.value_usd ORDER BY t.row_id) AS value_sum`,
  "count(t.value_usd) AS value_known",
]

/** Validates group keys (they become constant column names), dropping repeats. */
export const groupKeys = (groupBy: ReadonlyArray<GroupKey>): ReadonlyArray<GroupKey> | string => {
  const keys: Array<GroupKey> = []
  for (const key of groupBy) {
    if (!Object.hasOwn(GROUP_COLUMNS, key)) {
      return `Invalid group key ${JSON.stringify(key)}: expected one of ${Object.keys(GROUP_COLUMNS).join(", ")}`
    }
    if (!keys.includes(key)) keys.push(key)
  }
  return keys
}

const toNullableNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value)

/** Rows of an aggregate query (k0..kn, row_count, sums, known counts) as AggregateRows. */
export const toAggregateRows = (
  rows: ReadonlyArray<Record<string, unknown>>,
  keys: ReadonlyArray<GroupKey>,
): ReadonlyArray<AggregateRow> =>
  rows
    .filter((row) => Number(row.row_count) > 0)
    .map((row) => {
      const key: Partial<Record<GroupKey, string>> = {}
      keys.forEach((k, i) => {
        key[k] = String(row[`k${i}`])
      })
      return {
        key,
        count: Number(row.row_count),
        netWeightTonnes: toNullableNumber(row.weight_sum),
        knownWeightCount: Number(row.weight_known),
        valueUsd: toNullableNumber(row.value_sum),
        knownValueCount: Number(row.value_known),
      }
    })
