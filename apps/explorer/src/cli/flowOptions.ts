/**
 * The trade-flow filters shared by `series` and `flows`: --commodity, --reporter, --partner,
 * --flow, --from, --to, declared once with core's parsers.
 */

import { Period } from "@rareearth/core"
import type { FlowQuery } from "@rareearth/sdk"
import { type OptionValues, valueOption } from "./Command.ts"
import { UsageError } from "./UsageError.ts"
import {
  COMMODITY_CHOICES,
  commodityOption,
  FLOW_CHOICES,
  flowOption,
  periodOption,
  tradeAreaOption,
} from "./validate.ts"

/** The filter options, with their help. */
export const FLOW_FILTER_OPTIONS = {
  commodity: valueOption(
    "CODE",
    "an alias (magnets, rare-earths...), an HS code (850511) or national code (8505111000), or TOTAL",
    commodityOption,
    { choices: COMMODITY_CHOICES },
  ),
  reporter: valueOption("COUNTRY", "the reporting country, e.g. CN", tradeAreaOption),
  partner: valueOption("AREA", "the partner country or area, e.g. US, JP, WORLD", tradeAreaOption),
  flow: valueOption("FLOW", "export, import, re_export or re_import", flowOption, {
    choices: FLOW_CHOICES,
  }),
  from: valueOption("PERIOD", "first month (2025-01) or year (2025), inclusive", periodOption),
  to: valueOption("PERIOD", "last month (2025-12) or year (2025), inclusive", periodOption),
}

/** The parsed filter options. */
export type FlowFilterValues = OptionValues<typeof FLOW_FILTER_OPTIONS>

/**
 * The flow query from the parsed options; `defaults` fill what the user left out. Refuses a
 * `--from` after `--to`.
 */
export const flowFilter = (
  options: FlowFilterValues,
  defaults: Partial<Pick<FlowQuery, "commodity" | "reporter" | "partner" | "flow">> = {},
): FlowQuery => {
  const query: FlowQuery = {
    commodity: options.commodity ?? defaults.commodity,
    reporter: options.reporter ?? defaults.reporter,
    partner: options.partner ?? defaults.partner,
    flow: options.flow ?? defaults.flow,
    from: options.from,
    to: options.to,
  }
  if (
    query.from !== undefined &&
    query.to !== undefined &&
    Period.compare(Period.firstMonth(query.from), Period.lastMonth(query.to)) > 0
  ) {
    throw new UsageError(
      `--from ${query.from} is after --to ${query.to}: expected --from on or before --to`,
    )
  }
  return query
}
