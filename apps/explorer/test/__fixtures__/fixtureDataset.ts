/**
 * The SDK's frozen fixture dataset (packages/sdk/test/__fixtures__/dataset.json) for the
 * explorer's behaviour tests: as a `--source dataset:PATH` for the CLI, as a source spec for a
 * test server, and as a value for expectations. Its figures are the fixture's, frozen, so a
 * revised record in @rareearth/data breaks only the data package's tests and the few checks
 * named "on the shipped dataset".
 */
import { fileURLToPath } from "node:url"
import { FIXTURE_DATASET_URL } from "../../../../packages/sdk/test/__fixtures__/fixtureDataset.ts"
import type { SourceSpec } from "../../src/cli/Source.ts"

export { fixtureDataset } from "../../../../packages/sdk/test/__fixtures__/fixtureDataset.ts"

/** The fixture file's path. */
export const FIXTURE_PATH = fileURLToPath(FIXTURE_DATASET_URL)

/** The fixture as a `--source` value. */
export const FIXTURE_SOURCE = `dataset:${FIXTURE_PATH}`

/** The fixture as a parsed `--source`, for `startTestServer`. */
export const FIXTURE_SPEC: SourceSpec = { kind: "dataset", path: FIXTURE_PATH }

/** CLI arguments read from the fixture: `args` plus `--source dataset:PATH`. */
export const onFixture = (args: ReadonlyArray<string>): ReadonlyArray<string> => [
  ...args,
  "--source",
  FIXTURE_SOURCE,
]
