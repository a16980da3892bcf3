/** `rareearth report`: the seed article's story for a month, computed from the data. */
import { defineCommand, valueOption } from "../cli/Command.ts"
import { renderJson } from "../cli/Output.ts"
import { monthOption } from "../cli/validate.ts"
import { renderStory } from "../report/renderStory.ts"
import { buildStory } from "../report/story.ts"

/** The report command. */
export const reportCommand = defineCommand({
  name: "report",
  summary: "the seed article's story for a month, computed from the data",
  usage: "report [--month 2025-06] [--json]",
  description:
    "China's magnet exports that month and their monthly change, the US figure, the export controls in force, the policy events, the quota picture (conflicting claims side by side), and how far exports stand from the pre-restriction level. --month defaults to 2025-06, the article's month.",
  options: {
    month: valueOption("MONTH", "the month, YYYY-MM (default: 2025-06)", monthOption),
  },
  formats: ["json"],
  examples: ["rareearth report", "rareearth report --month 2025-11", "rareearth report --json"],
  run: async (context) => {
    const month = context.options.month ?? monthOption("2025-06", "month")
    const client = await context.client()
    const story = await buildStory(client, month, context.signal)
    context.stdout(context.format === "json" ? renderJson(story) : renderStory(story))
  },
})
