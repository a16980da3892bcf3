/**
 * The measures of jurisdictions other than China's export controls, transcribed from
 * `policies-beyond-china.md` (V, V2 and S records; S visibly single-source). China's own
 * measures stay in `measures.ts` as `ExportControl` records; `Measure.query` of
 * `@rareearth/core` answers over both.
 * @since 0.2.0
 */
import type * as Measure from "@rareearth/core/Measure"
import { americasMultilateralMeasures } from "./americas-multilateral.ts"
import { asiaPacificMeasures } from "./asia-pacific.ts"
import { europeJapanMeasures } from "./europe-japan.ts"
import { usBilateralMeasures } from "./us-bilateral.ts"
import { usDomesticMeasures } from "./us-domestic.ts"
import { usFinanceMeasures } from "./us-finance.ts"

/**
 * Every measure of another jurisdiction: the US, the EU and France, Japan, Australia, Malaysia,
 * Myanmar (a non-state armed group), Viet Nam, India, Indonesia, Brazil, Greenland, Kazakhstan,
 * Canada, the G7, the Quad and the Critical Minerals Ministerial.
 * @example
 * ```ts
 * import { Measure } from "@rareearth/core"
 * import { worldMeasures } from "@rareearth/data"
 * Measure.measuresOn(worldMeasures, { on: "2026-02-01", kind: "price_floor" }).map((row) => row.measure.id)
 * ```
 * @category measures
 * @since 0.2.0
 */
export const worldMeasures: ReadonlyArray<Measure.Measure> = [
  ...usDomesticMeasures,
  ...usFinanceMeasures,
  ...usBilateralMeasures,
  ...europeJapanMeasures,
  ...asiaPacificMeasures,
  ...americasMultilateralMeasures,
]

/**
 * The conflict group of the two accounts of the year the US Section 301 magnet tariff applies.
 * @category measures
 * @since 0.2.0
 */
export const SECTION_301_YEAR_CONFLICT = "us-301-magnet-tariff-year"

/**
 * The conflict group of the two dates given for Proclamation 11001 (14 vs 15 January 2026).
 * @category measures
 * @since 0.2.0
 */
export const PROCLAMATION_11001_DATE_CONFLICT = "us-proclamation-11001-date"
