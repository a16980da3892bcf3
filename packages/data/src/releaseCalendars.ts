/**
 * When the publishers of the dataset's monthly series usually release them (facts §4): the data
 * behind the audit's "overdue series" check. China's customs (GAC) publishes the headline
 * "rare earths" figure around the 7th to 14th of the following month and the detailed data with
 * magnets by destination around the 20th; January is published together with February.
 * @since 0.2.0
 */
import type * as ReleaseCalendar from "@rareearth/core/ReleaseCalendar"
import { MAGNETS, RARE_EARTHS } from "./flows.ts"
import { FlowSources } from "./sources/flows.ts"

const JANUARY_WITH_FEBRUARY =
  "January is published together with February (the sources report January-February as one figure)."

/**
 * The release calendar of each monthly series the audit checks.
 *
 * @example
 * ```ts
 * import { ReleaseCalendar } from "@rareearth/core"
 * import { releaseCalendars } from "@rareearth/data"
 * const magnets = releaseCalendars.find((calendar) => calendar.id === "gac-magnets")!
 * ReleaseCalendar.expectedReleaseDate(magnets, "2026-04") // "2026-05-20"
 * ```
 * @category calendars
 * @since 0.2.0
 */
export const releaseCalendars: ReadonlyArray<ReleaseCalendar.ReleaseCalendar> = [
  {
    id: "gac-magnets",
    title: "China's rare earth permanent magnet exports (GAC detailed data)",
    publisher: "China's General Administration of Customs",
    reporter: "CN",
    flow: "export",
    commodity: MAGNETS,
    partners: ["WORLD", "US"],
    releaseDay: 20,
    monthsAfter: 1,
    publishedWithNextMonth: [1],
    sources: [
      FlowSources.kitcoAugust2025,
      FlowSources.kitcoJuly2025,
      FlowSources.squidsiteOctober2025,
    ],
    note: `The detailed data, with magnets by destination, comes out around the 20th of the following month (Reuters: 'a fuller breakdown, including exports of rare earth magnets, will be released on September 20'). ${JANUARY_WITH_FEBRUARY}`,
  },
  {
    id: "gac-rare-earths",
    title: "China's exports of 'rare earths' (GAC headline commodity)",
    publisher: "China's General Administration of Customs",
    reporter: "CN",
    flow: "export",
    commodity: RARE_EARTHS,
    partners: ["WORLD"],
    releaseDay: 14,
    monthsAfter: 1,
    publishedWithNextMonth: [1],
    sources: [FlowSources.kitcoMay2024, FlowSources.energyNewsMay2025, FlowSources.kitcoAugust2025],
    note: `The headline figure comes out around the 7th to 14th of the following month; the calendar takes the 14th, the late end. ${JANUARY_WITH_FEBRUARY} January-February 2026 is known only as a cumulative checkpoint, not as monthly rows.`,
  },
]
