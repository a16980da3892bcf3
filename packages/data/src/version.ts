/**
 * The dataset's version and date, in a module of their own: the embedded parts
 * (`@rareearth/data/embedded`) need them without the rest of the dataset.
 * @since 0.2.0
 */
// One source of truth for the version: package.json, bumped by changesets at release.
import packageJson from "../package.json" with { type: "json" }

/**
 * The dataset's release version (semver): the data package's own version, so that changesets
 * bump both at once. Every data update is a release.
 * @category dataset
 * @since 0.1.0
 */
export const DATASET_VERSION: string = packageJson.version

/**
 * The latest date the sources behind the dataset cover: Chinese customs magnet data for
 * March 2026, published 2026-04-20. Nothing after it is known to the dataset.
 * @category dataset
 * @since 0.1.0
 */
export const AS_OF = "2026-04-20"
