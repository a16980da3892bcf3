/**
 * A dataset: every record of the rare earth supply chain that a source holds, with its version.
 * @since 0.1.0
 */
import { z } from "zod"
import { Element } from "./Element.ts"
import { ExportControlMeasure } from "./ExportControl.ts"
import { IsoDate } from "./Period.ts"
import { PolicyEvent } from "./PolicyEvent.ts"
import { Quota } from "./Quota.ts"
import { SourceRef } from "./Source.ts"
import { TradeFlow } from "./TradeFlow.ts"

/** @category schemas */
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
