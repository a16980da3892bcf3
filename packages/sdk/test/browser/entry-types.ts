/** The shape of what entry.ts puts on `globalThis`, for the page code's types. */
import type { createClient, isRareEarthError, NotFoundError } from "../../src/index.ts"
import type { fixtureLayer } from "../__fixtures__/fixtureDataset.ts"

export interface Sdk {
  readonly createClient: typeof createClient
  readonly isRareEarthError: typeof isRareEarthError
  readonly NotFoundError: typeof NotFoundError
  /** The frozen fixture dataset as a source: `createClient({ source: fixtureSource })`. */
  readonly fixtureSource: typeof fixtureLayer
}
