/**
 * The trade-flow filters shared by `series` and `flows`: --commodity, --reporter, --partner,
 * --flow, --from, --to, parsed with core's parsers.
 */

import { Period } from "@rareearth/core"
import type { FlowQuery } from "@rareearth/sdk"
import type { OptionSpec } from "./Command.ts"
import { UsageError } from "./UsageError.ts"
import { commodityOption, flowOption, periodOption, tradeAreaOption } from "./validate.ts"

/** The filter options, with their help. */
export const FLOW_FILTER_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  commodity: {
    type: "string",
    valueName: "CODE",
    description:
      "an alias (magnets, rare-earths...), an HS code (850511) or national code (8505111000), or TOTAL",
  },
  reporter: { type: "string", valueName: "COUNTRY", description: "the reporting country, e.g. CN" },
  partner: {
    type: "string",
    valueName: "AREA",
    description: "the partner country or area, e.g. US, JP, WORLD",
  },
  flow: {
    type: "string",
    valueName: "FLOW",
    description: "export, import, re_export or re_import",
  },
  from: {
    type: "string",
    valueName: "PERIOD",
    description: "first month (2025-01) or year (2025), inclusive",
  },
  to: {
    type: "string",
    valueName: "PERIOD",
    description: "last month (2025-12) or year (2025), inclusive",
  },
}

/** Reads the filter options; `defaults` fill what the user left out. */
export const flowFilter = (
  options: Readonly<Record<string, string | boolean | undefined>>,
  defaults: Partial<Record<"commodity" | "reporter" | "partner" | "flow", string>> = {},
): FlowQuery => {
  const text = (name: string): string | undefined => {
    const value = options[name]
    return typeof value === "string" ? value : undefined
  }
  const commodity = text("commodity") ?? defaults.commodity
  const reporter = text("reporter") ?? defaults.reporter
  const partner = text("partner") ?? defaults.partner
  const flow = text("flow") ?? defaults.flow
  const from = text("from")
  const to = text("to")
  const query: FlowQuery = {
    commodity: commodity === undefined ? undefined : commodityOption(commodity),
    reporter: reporter === undefined ? undefined : tradeAreaOption(reporter, "reporter"),
    partner: partner === undefined ? undefined : tradeAreaOption(partner, "partner"),
    flow: flow === undefined ? undefined : flowOption(flow),
    from: from === undefined ? undefined : periodOption(from, "from"),
    to: to === undefined ? undefined : periodOption(to, "to"),
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
