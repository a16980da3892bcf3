/**
 * The browser bundle's entry: the Promise client with its default (embedded) source, exposed on
 * `globalThis` so the test page can query it.
 */
import { createClient, isRareEarthError, NotFoundError } from "../../src/index.ts"

Object.assign(globalThis, { RareEarthSDK: { createClient, isRareEarthError, NotFoundError } })
