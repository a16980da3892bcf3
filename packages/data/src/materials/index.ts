/**
 * Materials: presets of rare earth content and oxide/metal conversion factors, for the exposure
 * of a bill of materials.
 * @since 0.2.0
 */
export { oxideFactors } from "./oxideFactors.ts"
export { materialPresets } from "./presets.ts"
export { MaterialSources } from "./sources.ts"
