/**
 * A dataset: every record of the rare earth supply chain that a source holds, with its version.
 * @since 0.1.0
 */
import { z } from "zod"
import { Element } from "./Element.ts"
import { ExportControlMeasure } from "./ExportControl.ts"
import { fromZodError } from "./InputError.ts"
import { IsoDate } from "./Period.ts"
import { PolicyEvent } from "./PolicyEvent.ts"
import { Quota } from "./Quota.ts"
import { SourceRef } from "./Source.ts"
import { TradeFlow } from "./TradeFlow.ts"

/**
 * A dataset release: every record kind, with the sources they cite.
 * @category schemas
 */
export const Dataset = z.object({
  /** Semantic version of the dataset release. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The latest date the sources behind the dataset cover. */
  asOf: IsoDate,
  sources: z.array(SourceRef),
  elements: z.array(Element),
  measures: z.array(ExportControlMeasure),
  quotas: z.array(Quota),
  flows: z.array(TradeFlow),
  events: z.array(PolicyEvent),
})
export type Dataset = z.infer<typeof Dataset>

/**
 * Validate a dataset, e.g. one read from JSON. Throws an {@link InvalidInputError} that keeps
 * every zod issue (code, path such as `flows.12.period`, message).
 * @example
 * ```ts
 * import { Dataset } from "@rareearth/core"
 * declare const json: unknown
 * const dataset = Dataset.parse(json)
 * dataset.flows.length
 * ```
 * @category parsing
 * @since 0.1.0
 */
export const parse = (input: unknown): Dataset => {
  const result = Dataset.safeParse(input)
  if (result.success) return result.data
  throw fromZodError(result.error, "dataset", input)
}
