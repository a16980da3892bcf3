/**
 * The world part: the measures of other jurisdictions and multilateral bodies (and the pages
 * they cite).
 * @since 0.2.0
 */
import { worldMeasures } from "../measures-world/index.ts"
import type { Part } from "./parts.ts"

const part: Part<"world"> = { worldMeasures }
export default part
