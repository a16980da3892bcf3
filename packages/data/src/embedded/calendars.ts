/**
 * The calendars part: when the customs sources publish each month (and the sources saying so).
 * No query of the SDK reads it: the watch's audit does, from the root's `dataset`.
 * @since 0.2.0
 */
import { releaseCalendars } from "../releaseCalendars.ts"
import type { Part } from "./parts.ts"

const part: Part<"calendars"> = { releaseCalendars }
export default part
