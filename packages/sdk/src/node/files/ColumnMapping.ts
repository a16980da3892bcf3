/**
 * How the columns of a user's file map onto TradeFlow fields. The defaults are the TradeFlow
 * field names (our own export format), so an exported file imports without a mapping.
 * @since 0.1.0
 */

/**
 * A key field: the name of a column, or a constant for every row (`{ value: "CN" }`, for a file
 * holding one reporter's data).
 * @category files
 * @since 0.1.0
 */
export type KeyColumn = string | { readonly column: string } | { readonly value: string }

/** A weight column and its unit; kilograms are converted to tonnes. @category files @since 0.1.0 */
export interface WeightColumn {
  readonly column: string
  readonly unit?: "kg" | "tonnes" | undefined
}

/**
 * Column mapping of a file import. Key fields accept ISO alpha-2/alpha-3 codes, English names
 * and UN Comtrade numeric codes (reporter, partner); commodity codes or aliases (`magnets`);
 * periods `YYYY-MM` or `YYYY`; flows `export`/`import`/`re_export`/`re_import` (or Comtrade's
 * `X`, `M`, `RX`, `RM`). Figures: empty, `null`, `NA` or `N/A` is unknown (null), never 0.
 * Set an optional figure column to `null` when the file has no such column: all its values are
 * then unknown.
 * @example
 * ```ts
 * const mapping: ColumnMapping = {
 *   period: "Month",
 *   reporter: { value: "CN" },
 *   partner: "Partner ISO",
 *   flow: { value: "export" },
 *   commodity: "HS code",
 *   netWeight: { column: "Net weight (kg)", unit: "kg" },
 *   valueUsd: "Value (USD)",
 * }
 * ```
 * @category files
 * @since 0.1.0
 */
export interface ColumnMapping {
  /** Default `period`. */
  readonly period?: KeyColumn | undefined
  /** Default `reporter`. */
  readonly reporter?: KeyColumn | undefined
  /** Default `partner`. */
  readonly partner?: KeyColumn | undefined
  /** Default `flow`. */
  readonly flow?: KeyColumn | undefined
  /** Default `commodity`. */
  readonly commodity?: KeyColumn | undefined
  /** Default `{ column: "netWeightTonnes", unit: "tonnes" }`; null = not in the file (unknown). */
  readonly netWeight?: string | WeightColumn | null | undefined
  /** Default `valueUsd`; null = not in the file (unknown). */
  readonly valueUsd?: string | null | undefined
  /** Record id column; default `id` when present, else ids derive from the natural key. */
  readonly id?: string | null | undefined
  /** Default `hsVersion` when present. */
  readonly hsVersion?: string | null | undefined
  /** Default `estimated` when present (`true`/`false`/`1`/`0`/`yes`/`no`). */
  readonly estimated?: string | null | undefined
  /** Default `vintage` when present (`YYYY-MM-DD`). */
  readonly vintage?: string | null | undefined
}

/** The key fields, in the order the import reads them. @internal */
export const KEY_FIELDS = ["period", "reporter", "partner", "flow", "commodity"] as const
/** @internal */
export type KeyField = (typeof KEY_FIELDS)[number]

/** The optional attribute fields. @internal */
export const OPTIONAL_FIELDS = ["id", "hsVersion", "estimated", "vintage"] as const
/** @internal */
export type OptionalField = (typeof OPTIONAL_FIELDS)[number]

/** Where one field's values come from. @internal */
export type FieldSource =
  | { readonly kind: "column"; readonly column: string }
  | { readonly kind: "constant"; readonly value: string }
  | { readonly kind: "absent" }

/** A mapping with its defaults applied (columns not yet checked against a header). @internal */
export interface ResolvedMapping {
  readonly keys: Readonly<Record<KeyField, FieldSource>>
  readonly netWeight: FieldSource
  readonly weightUnit: "kg" | "tonnes"
  readonly valueUsd: FieldSource
  /** Optional fields: a column name and whether the user named it (then it must exist). */
  readonly optional: Readonly<
    Record<OptionalField, { readonly column: string; readonly required: boolean } | null>
  >
}

const keySource = (ref: KeyColumn | undefined, fallback: string): FieldSource => {
  if (ref === undefined) return { kind: "column", column: fallback }
  if (typeof ref === "string") return { kind: "column", column: ref }
  if ("value" in ref) return { kind: "constant", value: ref.value }
  return { kind: "column", column: ref.column }
}

/** Applies the defaults to a user mapping. @internal */
export const resolveMapping = (mapping: ColumnMapping | undefined): ResolvedMapping => {
  const m = mapping ?? {}
  const weight = m.netWeight
  const optional = (ref: string | null | undefined, fallback: string) =>
    ref === null
      ? null
      : ref === undefined
        ? { column: fallback, required: false }
        : { column: ref, required: true }
  return {
    keys: {
      period: keySource(m.period, "period"),
      reporter: keySource(m.reporter, "reporter"),
      partner: keySource(m.partner, "partner"),
      flow: keySource(m.flow, "flow"),
      commodity: keySource(m.commodity, "commodity"),
    },
    netWeight:
      weight === null
        ? { kind: "absent" }
        : {
            kind: "column",
            column:
              weight === undefined
                ? "netWeightTonnes"
                : typeof weight === "string"
                  ? weight
                  : weight.column,
          },
    weightUnit:
      typeof weight === "object" && weight !== null ? (weight.unit ?? "tonnes") : "tonnes",
    valueUsd:
      m.valueUsd === null
        ? { kind: "absent" }
        : { kind: "column", column: m.valueUsd ?? "valueUsd" },
    optional: {
      id: optional(m.id, "id"),
      hsVersion: optional(m.hsVersion, "hsVersion"),
      estimated: optional(m.estimated, "estimated"),
      vintage: optional(m.vintage, "vintage"),
    },
  }
}
