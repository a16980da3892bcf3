/** `rareearth prices`: price observations, a change between two dates, the Europe/China premium. */
import type { Price } from "@rareearth/core"
import type { PremiumRow } from "@rareearth/sdk"
import { booleanOption, defineCommand, valueOption } from "../cli/Command.ts"
import { dataAgeLine } from "../cli/dataAge.ts"
import { type Column, formatNumber, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { publishers } from "../cli/present.ts"
import {
  CHOICES,
  currencyOption,
  evidenceLabel,
  labelText,
  marketOption,
  priceKindOption,
  productOption,
  unitOption,
} from "../cli/supplyOptions.ts"
import { UsageError } from "../cli/UsageError.ts"
import { dateOption } from "../cli/validate.ts"

/** `444,000-445,000 CNY/tonne` (a range stays a range). */
export const priceText = (
  row: Pick<Price.PriceObservation, "low" | "high" | "currency" | "unit">,
) =>
  `${row.low === row.high ? formatNumber(row.low, 2) : `${formatNumber(row.low, 2)}-${formatNumber(row.high, 2)}`} ${row.currency}/${row.unit}`

const periodText = (row: Price.PriceObservation): string =>
  row.period.start === row.period.end ? row.period.start : `${row.period.start}..${row.period.end}`

const COLUMNS: ReadonlyArray<Column<Price.PriceObservation>> = [
  { key: "period", header: "Period", value: periodText },
  { key: "product", header: "Product", value: (row) => row.product },
  { key: "market", header: "Market", value: (row) => row.market },
  { key: "kind", header: "Kind", value: (row) => row.kind },
  { key: "price", header: "Price", value: priceText, align: "right" },
  { key: "assessor", header: "Assessor", value: (row) => row.assessor, maxWidth: 24 },
  {
    key: "label",
    header: "Label",
    value: (row) => evidenceLabel(row.evidence) ?? null,
    display: (row) => labelText(evidenceLabel(row.evidence)),
  },
  { key: "sources", header: "Sources", value: (row) => publishers(row.sources), maxWidth: 30 },
]

const PREMIUM_COLUMNS: ReadonlyArray<Column<PremiumRow>> = [
  { key: "product", header: "Product", value: (row) => row.product },
  {
    key: "europe",
    header: "Europe",
    value: (row) => `${priceText(row.europe)} (${periodText(row.europe)})`,
  },
  {
    key: "china",
    header: "China",
    value: (row) => `${priceText(row.china)} ${row.china.market} (${periodText(row.china)})`,
  },
  {
    key: "ratio",
    header: "Europe/China",
    value: (row) => row.ratio,
    display: (row) => `${row.ratio.toFixed(2)}x`,
    align: "right",
  },
  {
    key: "conversion",
    header: "Conversion",
    value: (row) => (row.conversion ? `by ${row.conversion.by}` : "same currency"),
  },
  {
    key: "label",
    header: "Label",
    value: (row) => row.label,
    display: (row) => labelText(row.label),
  },
]

/** The prices command. */
export const pricesCommand = defineCommand({
  name: "prices",
  summary: "rare earth prices; --change between two dates; --premium of Europe over China",
  usage:
    "prices [--product P] [--market M] [--currency C] [--unit kg|tonne] [--kind K] [--from DATE] [--to DATE] [--change | --premium] [--json | --csv]",
  description:
    "Observations with their assessor, reference label (S is single-source) and sources; ranges stay ranges, nothing is converted at a rate of ours. --change needs --product, --market, --currency, --from and --to. --premium pairs European and Chinese prices of one product and period (derived, label D).",
  options: {
    product: valueOption("PRODUCT", 'a product, e.g. ndpr_oxide or "NdPr oxide"', productOption, {
      choices: CHOICES.product,
    }),
    market: valueOption("MARKET", "china_domestic, fob_china, europe...", marketOption, {
      choices: CHOICES.market,
    }),
    currency: valueOption("CURRENCY", "USD, CNY, EUR... (or yuan, $)", currencyOption, {
      choices: CHOICES.currency,
    }),
    unit: valueOption("UNIT", "kg or tonne", unitOption, { choices: ["kg", "tonne"] }),
    kind: valueOption("KIND", "assessment, floor, realised_average...", priceKindOption, {
      choices: CHOICES.priceKind,
    }),
    from: valueOption("DATE", "from this date, YYYY-MM-DD", dateOption),
    to: valueOption("DATE", "to this date, YYYY-MM-DD", dateOption),
    change: booleanOption("the change of one series between --from and --to"),
    premium: booleanOption("the Europe/China premium where both are sourced"),
  },
  formats: ["json", "csv"],
  examples: [
    'rareearth prices --product "NdPr oxide" --market china_domestic --from 2025-04-04',
    "rareearth prices --change --product ndpr_oxide --market china_domestic --currency CNY --kind assessment --from 2025-04-04 --to 2025-12-31",
    "rareearth prices --premium --product dy_oxide",
  ],
  run: async (context) => {
    const { product, market, currency, unit, kind, from, to, change, premium } = context.options
    if (change && premium)
      throw new UsageError("--change and --premium exclude each other (prices): pick one")
    const client = await context.client()
    if (change) {
      const missing = (["product", "market", "currency", "from", "to"] as const).filter(
        (name) => context.options[name] === undefined,
      )
      if (missing.length > 0 || !product || !market || !currency || !from || !to) {
        throw new UsageError(
          `--change needs ${missing.map((name) => `--${name}`).join(", ")} (prices)`,
        )
      }
      const answer = await client.priceChange(
        { product, market, currency, unit, kind, from, to },
        { signal: context.signal },
      )
      if (context.format !== "table") return context.stdout(renderJson(answer))
      const { priceChange: result, dataAge } = answer
      if (result === null)
        return context.stdout(
          `No observation of that series on or before ${from} and ${to}.\n${dataAgeLine(dataAge)}\n`,
        )
      return context.stdout(
        [
          `${product} (${market}, ${currency}) from ${result.from.period.end} to ${result.to.period.end}: ${result.percent === null ? "n/a" : `${result.percent >= 0 ? "+" : ""}${result.percent.toFixed(1)}%`}`,
          dataAgeLine(dataAge),
          `  ${priceText(result.from)} (${result.from.assessor}, ${labelText(evidenceLabel(result.from.evidence))}; ${publishers(result.from.sources)})`,
          `  ${priceText(result.to)} (${result.to.assessor}, ${labelText(evidenceLabel(result.to.evidence))}; ${publishers(result.to.sources)})`,
          `Derived (D): ${result.formula}.`,
          "",
        ].join("\n"),
      )
    }
    if (premium) {
      const { items: rows, dataAge } = await client.pricePremium(
        { product, from, to },
        { signal: context.signal },
      )
      if (context.format === "json") return context.stdout(renderJson({ items: rows, dataAge }))
      if (context.format === "csv") return context.stdout(renderCsv(PREMIUM_COLUMNS, rows))
      return context.stdout(
        [
          `Europe/China premium: ${rows.length} pair${rows.length === 1 ? "" : "s"}`,
          dataAgeLine(dataAge),
          "",
          rows.length > 0
            ? renderTable(PREMIUM_COLUMNS, rows)
            : "(no product has both a European and a Chinese price for one period)",
          "",
        ].join("\n"),
      )
    }
    const { items: rows, dataAge } = await client.prices(
      { product, market, currency, unit, kind, from, to },
      { signal: context.signal },
    )
    if (context.format === "json") return context.stdout(renderJson({ items: rows, dataAge }))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, rows))
    context.stdout(
      [
        `Prices: ${rows.length} observation${rows.length === 1 ? "" : "s"}`,
        dataAgeLine(dataAge),
        "",
        rows.length > 0 ? renderTable(COLUMNS, rows) : "(no observations match)",
        "",
      ].join("\n"),
    )
  },
})
