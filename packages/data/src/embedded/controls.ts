/**
 * The controls part: China's export-control measures and their lifecycle events (and the sources
 * they cite).
 * @since 0.2.0
 */
import { measures } from "../measures.ts"
import type { Part } from "./parts.ts"

const part: Part<"controls"> = { measures }
export default part
