/**
 * The flows part: China's magnet and "rare earths" exports and the trade beyond magnets (and the
 * sources and pages they cite), in the order of the root's `dataset.flows`.
 * @since 0.2.0
 */
import { flows } from "../flows.ts"
import { tradeFlowsBeyondMagnets } from "../trade-beyond-magnets/index.ts"
import type { Part } from "./parts.ts"

const part: Part<"flows"> = { flows: [...flows, ...tradeFlowsBeyondMagnets] }
export default part
