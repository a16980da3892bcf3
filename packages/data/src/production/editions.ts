/**
 * The editions the supply records come from. `releasedIn` is as precise as the reference states
 * it; it orders the vintages (the latest answers by default).
 * @since 0.2.0
 */
import type * as Edition from "@rareearth/core/Edition"

const mcs = (year: number, releasedIn = String(year)): Edition.Edition => ({
  id: `mcs-${year}`,
  publication: "mcs",
  year,
  releasedIn,
})

/**
 * Every edition cited by the supply records.
 * @example
 * ```ts
 * import { SupplyEditions } from "@rareearth/data"
 * SupplyEditions.mcs2026v13.releasedIn // "2026-05-27"
 * ```
 * @category editions
 * @since 0.2.0
 */
export const SupplyEditions = {
  /** The data release v1.0 (first posted 2026-02-06): the shipped CSV. */
  mcs2026v10: {
    id: "mcs-2026-v1.0",
    publication: "mcs",
    year: 2026,
    version: "1.0",
    releasedIn: "2026-02-06",
  },
  /** The chapter PDF v1.3 of 2026-05-27 (Brazil's and the world's reserves revised). */
  mcs2026v13: {
    id: "mcs-2026-v1.3",
    publication: "mcs",
    year: 2026,
    version: "1.3",
    releasedIn: "2026-05-27",
  },
  mcs2025: mcs(2025),
  mcs2024: mcs(2024),
  mcs2023: mcs(2023),
  mcs2022: mcs(2022),
  mcs2021: mcs(2021),
  mcs2020: mcs(2020, "2020-02"),
  mcs2019: mcs(2019),
  mcs2018: mcs(2018),
  mcs2016: mcs(2016),
  /** Minerals Yearbook 2022, Table 8: "data available through April 1, 2024" (its release is not earlier). */
  myb2022: { id: "myb-2022", publication: "myb", year: 2022, releasedIn: "2024-04" },
  /** Data Series 140, last modified 2023-09-27. */
  ds140: { id: "ds140-2020", publication: "ds140", year: 2020, releasedIn: "2023-09-27" },
  ieaGcmo2024: { id: "iea-gcmo-2024", publication: "iea_gcmo", year: 2024, releasedIn: "2024" },
  ieaGcmo2025: {
    id: "iea-gcmo-2025",
    publication: "iea_gcmo",
    year: 2025,
    releasedIn: "2025-05-21",
  },
  ieaCommentary2025: {
    id: "iea-commentary-2025-10-23",
    publication: "other",
    year: 2025,
    releasedIn: "2025-10-23",
  },
} as const satisfies Record<string, Edition.Edition>
