/**
 * The RareEarth service's context key, without the local query engine that `RareEarth`'s
 * statics (`makeLocal`, `layerLocal`) carry: the Promise client and the remote sources provide
 * and use the service through it, so a browser bundle of the Http client does not hold the
 * engine. `RareEarth` extends it: same key, same service.
 */
import * as Context from "effect/Context"
import type { RareEarth, RareEarthService } from "../RareEarth.ts"

export const RareEarthKey = Context.Service<RareEarth, RareEarthService>()(
  "@rareearth/sdk/RareEarth",
)
