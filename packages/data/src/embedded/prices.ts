/**
 * The prices part: price observations (and the pages they cite).
 * @since 0.2.0
 */
import { prices } from "../prices/index.ts"
import type { Part } from "./parts.ts"

const part: Part<"prices"> = { prices }
export default part
