/**
 * The quotas part: China's rare earth production quotas (and the sources they cite).
 * @since 0.2.0
 */
import { quotas } from "../quotas.ts"
import type { Part } from "./parts.ts"

const part: Part<"quotas"> = { quotas }
export default part
