/** `rareearth report`: the seed article's story for a month, computed from the data. */
import { booleanOption, defineCommand, valueOption } from "../cli/Command.ts"
import { renderJson } from "../cli/Output.ts"
import { UsageError } from "../cli/UsageError.ts"
import { monthOption, yearOption } from "../cli/validate.ts"
import { renderStory } from "../report/renderStory.ts"
import { renderSupplyStory } from "../report/renderSupplyStory.ts"
import { buildStory } from "../report/story.ts"
import { buildSupplyStory } from "../report/supplyStory.ts"

/** The report command. */
export const reportCommand = defineCommand({
  name: "report",
  summary: "the seed article's story for a month, computed from the data",
  usage: "report [--month 2025-06] [--json] | report --supply [--year Y] [--json]",
  description:
    "China's magnet exports that month and their monthly change, the US figure, the export controls in force, the policy events, the quota picture (conflicting claims side by side), and how far exports stand from the pre-restriction level. --month defaults to 2025-06, the article's month. --supply prints the supply chain on one page instead: mining and refining concentration (China's share, HHI), reserves, China's controls, other governments' responses, prices since the April 2025 controls, each figure with its source and label; --year defaults to the latest year with a world total.",
  options: {
    month: valueOption("MONTH", "the month, YYYY-MM (default: 2025-06)", monthOption),
    supply: booleanOption("the supply chain on one page"),
    year: valueOption(
      "YEAR",
      "the year of --supply (default: the latest with a world total)",
      yearOption,
    ),
  },
  formats: ["json"],
  examples: [
    "rareearth report",
    "rareearth report --month 2025-11",
    "rareearth report --json",
    "rareearth report --supply --year 2025",
  ],
  run: async (context) => {
    if (context.options.supply) {
      if (context.options.month !== undefined) {
        throw new UsageError(
          "--month and --supply exclude each other (report): --supply takes --year",
        )
      }
      const client = await context.client()
      const story = await buildSupplyStory(client, context.options.year, context.signal)
      return context.stdout(
        context.format === "json" ? renderJson(story) : renderSupplyStory(story),
      )
    }
    if (context.options.year !== undefined) {
      throw new UsageError("--year goes with --supply (report); the magnet story takes --month")
    }
    const month = context.options.month ?? monthOption("2025-06", "month")
    const client = await context.client()
    const story = await buildStory(client, month, context.signal)
    context.stdout(context.format === "json" ? renderJson(story) : renderStory(story))
  },
})
