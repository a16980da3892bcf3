/**
 * The browser bundle's entry: the Promise client (default source: the embedded dataset) and the
 * frozen fixture source the page's checks run on, exposed on `globalThis` so the test page can
 * query them.
 */
import { createClient, isRareEarthError, NotFoundError } from "../../src/index.ts"
import { fixtureLayer } from "../__fixtures__/fixtureDataset.ts"

Object.assign(globalThis, {
  RareEarthSDK: { createClient, isRareEarthError, NotFoundError, fixtureSource: fixtureLayer },
})
