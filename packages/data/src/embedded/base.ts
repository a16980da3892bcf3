/**
 * The base part: what every query of a source reads (China's export controls, quotas, trade
 * flows, events, release calendars), with the dataset's version and date.
 * @since 0.2.0
 */
import { events } from "../events.ts"
import { flows } from "../flows.ts"
import { measures } from "../measures.ts"
import { quotas } from "../quotas.ts"
import { releaseCalendars } from "../releaseCalendars.ts"
import { tradeFlowsBeyondMagnets } from "../trade-beyond-magnets/index.ts"
import { AS_OF, DATASET_VERSION } from "../version.ts"
import type { Part } from "./parts.ts"

const part: Part<"base"> = {
  version: DATASET_VERSION,
  asOf: AS_OF,
  measures,
  quotas,
  flows: [...flows, ...tradeFlowsBeyondMagnets],
  events,
  releaseCalendars,
}
export default part
