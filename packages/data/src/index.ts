/**
 * @rareearth/data: the curated, cited rare earth dataset. China's export-control measures and
 * their lifecycles, the production quotas, China's magnet and "rare earths" exports, the US-China
 * policy timeline, and the 17 elements (from `@rareearth/core`); the measures of other
 * jurisdictions and multilateral bodies, rare earth prices, and trade beyond China's magnets. Every record carries its sources
 * and a confidence; rival claims sit side by side under a shared `conflictGroup`.
 * @since 0.1.0
 */
export {
  CHECKPOINTS,
  type Checkpoint,
  type CheckpointResult,
  verifyCheckpoints,
} from "./checkpoints.ts"
export {
  AS_OF,
  DATASET_VERSION,
  type DatasetDiff,
  dataset,
  diffDatasets,
  elements,
  RECORD_KINDS,
  type RecordChanges,
  type RecordKind,
  sources,
} from "./dataset.ts"
export { events, NOVEMBER_2025_DEAL_CONFLICT } from "./events.ts"
export {
  AUGUST_2025_PRODUCTS_CONFLICT,
  annualFlows,
  flows,
  MAGNETS,
  magnetFlows,
  monthlyFlows,
  RARE_EARTH_PRODUCTS,
  RARE_EARTHS,
  rareEarthFlows,
  rareEarthProductFlows,
} from "./flows.ts"
export { MaterialSources, materialPresets, oxideFactors } from "./materials/index.ts"
export { measures } from "./measures.ts"
export {
  PROCLAMATION_11001_DATE_CONFLICT,
  SECTION_301_YEAR_CONFLICT,
  worldMeasures,
} from "./measures-world/index.ts"
export { type CiteKey, cite, type PageKey, Pages } from "./pages.ts"
export { prices } from "./prices/index.ts"
export {
  COMPLETE_TABLES,
  production,
  reserves,
  SupplyEditions,
  SupplySources,
  salientStatistics,
  supplyShares,
  verifyWorldTotals,
  type WorldTotalCheck,
  worldTotalTolerance,
} from "./production/index.ts"
export { quota2025ConflictGroup, quotas } from "./quotas.ts"
export { releaseCalendars } from "./releaseCalendars.ts"
export { Sources } from "./sources.ts"
export {
  CHINA_IMPORTS_2024_CONFLICT,
  chinaExportFlows,
  chinaImportFlows,
  importFlows,
  TRADE_SERIES,
  tradeFlowsBeyondMagnets,
} from "./trade-beyond-magnets/index.ts"
