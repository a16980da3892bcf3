/** Shared fixtures of the supply tests: editions and a production-record builder. */
import type * as Edition from "../Edition.ts"
import * as Production from "../Production.ts"

export const source = { id: "s", title: "Source", publisher: "USGS" }
export const mcs2025 = {
  id: "mcs-2025",
  publication: "mcs",
  year: 2025,
  releasedIn: "2025",
} as const
export const mcs2026 = {
  id: "mcs-2026-v1.0",
  publication: "mcs",
  year: 2026,
  version: "1.0",
  releasedIn: "2026-02-06",
} as const
export const mcs2026v13 = {
  id: "mcs-2026-v1.3",
  publication: "mcs",
  year: 2026,
  version: "1.3",
  releasedIn: "2026-05-27",
} as const

export const produced = (
  edition: Edition.Edition,
  area: string,
  year: number,
  tonnesReo: number | null,
  extra: object = {},
): Production.Production =>
  Production.parse({
    id: `${edition.id}-${area}-${year}`,
    area,
    year,
    stage: "mine",
    tonnesReo,
    status: "estimated",
    edition,
    label: "V2",
    sources: [source],
    confidence: { kind: "official" },
    ...extra,
  })

