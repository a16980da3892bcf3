/**
 * The USGS Mineral Commodity Summaries data-release importer.
 * @since 0.2.0
 */
export {
  importUsgsDataRelease,
  importUsgsDataReleaseAsync,
  type UsgsEncoding,
  type UsgsImportOptions,
  type UsgsImportResult,
} from "./importUsgsDataRelease.ts"
