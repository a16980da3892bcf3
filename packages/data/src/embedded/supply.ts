/**
 * The supply part: production, reserves, salient statistics and stated supply shares.
 * @since 0.2.0
 */
import { production, reserves, salientStatistics, supplyShares } from "../production/index.ts"
import type { Part } from "./parts.ts"

const part: Part<"supply"> = { production, reserves, salientStatistics, supplyShares }
export default part
