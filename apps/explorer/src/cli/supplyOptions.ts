/**
 * Command-line values of the supply-chain commands, parsed with @rareearth/core's own parsers
 * (one per kind: `Edition.parseArea`, `Jurisdiction.parse`, `Measure.parseKind`,
 * `Price.parseProduct`, `Currency.parse`...). A bad value becomes a {@link UsageError} with
 * core's own message (the same text the SDK and the REST API give) and the option, e.g.
 * `Unknown jurisdiction "Atlantis": expected a country ... (--jurisdiction)`.
 */
import {
  Commodity,
  Currency,
  Edition,
  type Evidence,
  ExportControl,
  InputError,
  Jurisdiction,
  Measure,
  Price,
  Production,
  SalientStatistic,
} from "@rareearth/core"
import { UsageError } from "./UsageError.ts"

/** Runs a core parser; its InvalidInputError becomes a UsageError with core's message and the option. */
const withCoreMessage =
  <A>(parse: (value: string) => A) =>
  (value: string, flag: string): A => {
    try {
      return parse(value)
    } catch (error) {
      if (InputError.isInvalidInputError(error))
        throw new UsageError(`${error.message} (--${flag})`)
      throw error
    }
  }

/** A closed set of values checked by its zod enum, with the same message shape as core's. */
const oneOf =
  <A extends string>(what: string, options: ReadonlyArray<A>) =>
  (value: string, flag: string): A => {
    const text = value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_")
    if ((options as ReadonlyArray<string>).includes(text)) return text as A
    throw new UsageError(
      `Unknown ${what} ${JSON.stringify(value)}: expected one of ${options.join(", ")} (--${flag})`,
    )
  }

/** A country, WORLD or OTHER_COUNTRIES. */
export const areaOption = withCoreMessage(Edition.parseArea)
/** `mine` or `refined`. */
export const stageOption = withCoreMessage(Production.parseStage)
/** A country or a body (EU, G7...). */
export const jurisdictionOption = withCoreMessage(Jurisdiction.parse)
/** A measure kind (`price floor`, `tariff`...). */
export const measureKindOption = withCoreMessage(Measure.parseKind)
/** A priced product (`NdPr oxide`, `tb_metal`). */
export const productOption = withCoreMessage(Price.parseProduct)
/** A market (`china_domestic`, `FOB China`). */
export const marketOption = withCoreMessage(Price.parseMarket)
/** A currency (`USD`, `yuan`). */
export const currencyOption = withCoreMessage(Currency.parse)
/** A commodity group (`compounds`, `ores`). */
export const groupOption = withCoreMessage((value: string) => Commodity.parseGroup(value).id)
/** A kind of price (`assessment`, `floor`...). */
export const priceKindOption = oneOf("price kind", Price.PriceKind.options)
/** A measure's status on a date. */
export const statusOption = oneOf("status", ExportControl.ControlStatus.options)
/** A kind of salient statistic. */
export const salientKindOption = oneOf(
  "salient statistic kind",
  SalientStatistic.SalientKind.options,
)
/** `kg` or `tonne`. */
export const unitOption = oneOf("unit", ["kg", "tonne"] as const)
/** `latest` or `all`. */
export const vintagesOption = oneOf("vintages", ["latest", "all"] as const)

/** Shell completions. */
export const CHOICES = {
  stage: Production.ProductionStage.options,
  jurisdiction: [...Jurisdiction.Body.options, "US", "CN", "JP", "AU", "MY", "IN"],
  kind: Measure.MeasureKind.options,
  product: Price.Product.options,
  market: Price.Market.options,
  currency: Currency.Currency.options,
  group: Commodity.CommodityGroupId.options,
  priceKind: Price.PriceKind.options,
  status: ExportControl.ControlStatus.options,
  salientKind: SalientStatistic.SalientKind.options,
  vintages: ["latest", "all"],
} as const

/** A reference label as tables show it: `S` is visibly single-source, `D` visibly derived. */
export const labelText = (label: string | undefined): string =>
  label === "S"
    ? "S (single source)"
    : label === "D"
      ? "D (derived)"
      : label === undefined
        ? "unlabelled"
        : label

const EVIDENCE_LABELS: Readonly<Record<Evidence.Evidence, string>> = {
  verified: "V",
  verified_independent: "V2",
  verified_one_wire: "V2",
  single_source: "S",
  derived: "D",
}

/** The reference label of an evidence value (`single_source` is `S`). */
export const evidenceLabel = (evidence: Evidence.Evidence | undefined): string | undefined =>
  evidence === undefined ? undefined : EVIDENCE_LABELS[evidence]

/**
 * A measure's label for tables: its reference label when it has one (S visibly single-source),
 * else its confidence (`official`, `reported`...): China's controls predate the labels.
 */
export const measureLabel = (measure: {
  readonly evidence?: Evidence.Evidence | undefined
  readonly confidence: { readonly kind: string }
}): string => {
  const label = evidenceLabel(measure.evidence)
  return label === undefined ? measure.confidence.kind : labelText(label)
}
