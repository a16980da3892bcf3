/**
 * The events part: the US-China policy timeline's events (and the sources they cite).
 * @since 0.2.0
 */
import { events } from "../events.ts"
import type { Part } from "./parts.ts"

const part: Part<"events"> = { events }
export default part
