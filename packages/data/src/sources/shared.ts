/**
 * The sources cited by records of two kinds (a measure and a policy event, a flow and an event,
 * a quota and an event): their one home, loaded with either kind.
 * @since 0.2.0
 */
import { ref, type SourceRef } from "./ref.ts"

/**
 * This module's sources, keyed by a short name: keys of `Sources` (sources.ts), which spreads
 * every table into one.
 * @internal
 */
export const SharedSources = {
  // --- The starting story ---------------------------------------------------------------------
  seedArticle: ref({
    id: "seed-article",
    title: "China Resumes Rare Earth Magnet Exports After Trade Truce",
    publisher: "Unattributed news item (mid-2025)",
    note: "The project's starting story (docs: seed-article.md). It has no URL; cite it by its title.",
  }),

  // --- Export-control measures (facts §2.1, §2.2) --------------------------------------------
  chemRadarOctoberMeasures: ref({
    id: "chemradar-f3s7t2oy9qf4",
    title: "China's October 2025 export-control announcements and their suspension by No. 70",
    publisher: "ChemRadar",
    url: "https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4",
    note: "Title describes the page (Nos. 55, 56, 58 and 70 of 2025).",
  }),
  rawMaterialsSuspendsOctober: ref({
    id: "rawmaterials-china-officially-suspends-october-tightening",
    title: "China officially suspends October export tightening",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/china-officially-suspends-october-export-tightening",
  }),

  // --- Trade meetings and events (facts §2.3) -------------------------------------------------
  rareEarthExchangesRisingExceptUs: ref({
    id: "rareearthexchanges-exports-rising-except-us",
    title: "China's rare earth exports rising, except for the US",
    publisher: "Rare Earth Exchanges",
    url: "https://rareearthexchanges.com/news/chinas-rare-earth-exports-rising-except-for-the-us",
  }),

  // --- Magnet exports (facts §4.1-§4.3) -------------------------------------------------------
  catenaaJune: ref({
    id: "catenaa-magnet-exports-june",
    title: "China exports of rare earth magnets hike by 158% in June",
    publisher: "Catenaa",
    url: "https://investors.catenaa.com/news/china-exports-of-rare-earth-magnets-hike-by-158-in-june",
    publishedOn: "2025-07-21",
  }),
} as const satisfies Record<string, SourceRef>
