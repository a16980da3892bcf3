/**
 * The building blocks of the API contract: a parameter's spec (schema, core parser, what is
 * valid), a route's spec, and the small schemas parameters share. Internal: `ApiContract`
 * re-exports the public types.
 * @since 0.2.0
 * @internal
 */
import * as Commodity from "@rareearth/core/Commodity"
import * as Country from "@rareearth/core/Country"
import * as Element from "@rareearth/core/Element"
import * as Period from "@rareearth/core/Period"
import * as TradeFlow from "@rareearth/core/TradeFlow"
import * as z from "zod/mini"

/**
 * One request parameter. `check`, when present, runs core's parser first, so that the message is
 * core's (`month 13 is out of range`) and the value is normalised (`cn` -> `CN`, `magnets` ->
 * `8505111000`) when the parser returns a string; `schema` then parses the value (and documents
 * the parameter in OpenAPI).
 * @category contract
 * @since 0.1.0
 */
export interface ParameterSpec<S extends z.ZodMiniType = z.ZodMiniType> {
  readonly schema: S
  readonly required: boolean
  readonly description: string
  /** What a valid value looks like, for error documents. */
  readonly expected: string
  readonly example?: string
  /** Core's parser: throws core's `InvalidInputError`; a string result replaces the raw value. */
  readonly check?: (value: string) => unknown
}

export type Parameters = Readonly<Record<string, ParameterSpec>>

/** The parsed values of a set of parameters. @category contract @since 0.1.0 */
export type ParsedParameters<P extends Parameters> = {
  readonly [K in keyof P]: P[K]["required"] extends true
    ? z.output<P[K]["schema"]>
    : z.output<P[K]["schema"]> | undefined
}

export const text = z.string().check(z.trim(), z.minLength(1, { error: "must not be empty" }))

export const wholeNumber = (min: number, max: number) =>
  z.pipe(
    z.pipe(
      z
        .string()
        .check(
          z.trim(),
          z.regex(/^\d+$/, { error: `expected a whole number from ${min} to ${max}` }),
        ),
      z.transform(Number),
    ),
    z
      .number()
      .check(
        z.int(),
        z.gte(min, { error: `must be at least ${min}` }),
        z.lte(max, { error: `must be at most ${max}` }),
      ),
  )

/** "one of a, b (or an alias: x, y)": the valid values of a closed set, as core's parsers list them. */
export const oneOf = (
  values: ReadonlyArray<string>,
  aliases: Readonly<Record<string, string>>,
): string => `one of ${values.join(", ")} (or an alias: ${Object.keys(aliases).join(", ")})`

export const ELEMENT_EXPECTED = `an element symbol, name or atomic number: one of ${Element.ElementSymbol.options.join(", ")}`
export const PERIOD_EXPECTED = 'a month "YYYY-MM" (e.g. "2025-06") or a year "YYYY" (e.g. "2025")'
export const COMMODITY_EXPECTED =
  'an HS code of 2, 4 or 6 digits ("850511"), a national code of 8 or 10 digits ("8505111000"), "TOTAL", a series ("GAC:rare-earths") or an alias ("magnets", "rare-earths")'

export const periodParameter = (bound: "from" | "to") =>
  ({
    schema: text,
    required: false,
    description:
      bound === "from"
        ? "First period, inclusive: a month, or a year (= from its January)."
        : "Last period, inclusive: a month, or a year (= to its December).",
    expected: PERIOD_EXPECTED,
    example: bound === "from" ? "2025-01" : "2025-12",
    check: Period.parse,
  }) as const satisfies ParameterSpec

// The doc comments on the parameters below show on hover in the SDK's query types (FlowQuery...).
export const flowFilterParameters = {
  /** First period, inclusive: a month `2025-01` or a year `2025` (= from its January). */
  from: periodParameter("from"),
  /** Last period, inclusive: a month `2025-12` or a year `2025` (= to its December). */
  to: periodParameter("to"),
  /** The reporting country: an ISO code, alpha-3 code or English name (`CN`, `chn`, `China`). */
  reporter: {
    schema: Country.CountryCode,
    required: false,
    description: "The reporting country, ISO 3166-1 alpha-2.",
    expected: 'an ISO 3166-1 alpha-2 country code such as "CN"',
    example: "CN",
    check: Country.parseCountryCode,
  },
  /** The partner: a country (as `reporter`) or an area such as `WORLD`. */
  partner: {
    schema: Country.TradeArea,
    required: false,
    description: 'The partner: an ISO 3166-1 alpha-2 code, or an area such as "WORLD".',
    expected: 'an ISO 3166-1 alpha-2 country code (e.g. "US") or an area such as "WORLD"',
    example: "US",
    check: Country.parseTradeArea,
  },
  /** The direction of the flow: `export`, `import`, `re_export` or `re_import` (any case). */
  flow: {
    schema: TradeFlow.FlowDirection,
    required: false,
    description: "The direction of the flow (any case; aliases such as `exports` accepted).",
    expected: oneOf(TradeFlow.FlowDirection.options, TradeFlow.FLOW_ALIASES),
    example: "export",
    check: TradeFlow.parseFlowDirection,
  },
  /** A commodity code or alias (`850511`, `8505111000`, `magnets`, `TOTAL`); HS codes match their sub-codes. */
  commodity: {
    schema: text,
    required: false,
    description: "A commodity code or alias; HS codes match their sub-codes.",
    expected: COMMODITY_EXPECTED,
    example: "magnets",
    check: Commodity.parse,
  },
} as const satisfies Parameters

// --- routes ---------------------------------------------------------------------------------

/**
 * One route of the API: a GET on `path` (relative to {@link API_PREFIX}; `{name}` segments are
 * path parameters) answering with `response`.
 * @category contract
 * @since 0.1.0
 */
export interface RouteSpec<
  P extends Parameters = Parameters,
  Q extends Parameters = Parameters,
  R extends z.ZodMiniType = z.ZodMiniType,
> {
  readonly operationId: string
  readonly path: string
  readonly summary: string
  readonly description: string
  readonly pathParameters: P
  readonly queryParameters: Q
  readonly response: R
  /** The component name of the response schema in the OpenAPI document. */
  readonly responseName: string
  /** Error statuses this route can answer with, besides 500. */
  readonly errorStatuses: ReadonlyArray<number>
}

export const route = <P extends Parameters, Q extends Parameters, R extends z.ZodMiniType>(
  spec: RouteSpec<P, Q, R>,
): RouteSpec<P, Q, R> => spec
