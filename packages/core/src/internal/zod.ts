/**
 * zod/mini, as every core module imports it. The schemas are zod/mini schemas (a browser bundle
 * keeps only the parts of zod it uses), with two things zod classic gave and zod/mini leaves out:
 * - zod's English messages. Classic registers its English locale when it builds its first schema;
 *   zod/mini registers none (its messages would read "Invalid input"), so this module does what
 *   classic did: English, unless the app already chose a locale (`z.config(z.locales.xx())`).
 *   Declared a side effect in package.json, so that bundlers keep it.
 * - the JIT-compiled parser of objects. zod/mini's objects interpret each parse (TradeFlow.safeParse
 *   measured 2.6x slower than on classic); these objects parse as classic's do, and are zod/mini
 *   objects in every other respect (`z.extend`, `z.pick`... clone them with their parser).
 *   `z.config({ jitless: true })` turns the compiled parser off, as on classic.
 */
import * as z from "zod/mini"
// By name, not through `z.core`: a namespace's namespace keeps all of zod in a bundle.
import { $constructor, $ZodObjectJIT } from "zod/v4/core"
import en from "zod/v4/locales/en.js"

export * from "zod/mini"

if (!z.config().localeError) z.config(en())

const ZodMiniType: z.core.$constructor<z.ZodMiniType> = z.ZodMiniType

const ZodMiniObjectJit: z.core.$constructor<z.ZodMiniObject> = /* @__PURE__ */ $constructor(
  "ZodMiniObject",
  (inst, def) => {
    $ZodObjectJIT.init(inst, def)
    ZodMiniType.init(inst, def)
    // Read when asked, as zod/mini does: a shape with getters (recursive schemas) is not ready yet.
    Object.defineProperty(inst, "shape", { get: () => def.shape, configurable: true })
  },
)

/** zod/mini's schema, rebuilt on the compiled parser (the definition is zod's own). */
const compiled = <S extends z.ZodMiniObject>(schema: S): S =>
  new ZodMiniObjectJit(schema._zod.def) as unknown as S

/** `z.object`, parsed by the compiled parser. */
export const object: typeof z.object = (shape, params) => compiled(z.object(shape, params))
/** `z.strictObject`, parsed by the compiled parser. */
export const strictObject: typeof z.strictObject = (shape, params) =>
  compiled(z.strictObject(shape, params))
/** `z.looseObject`, parsed by the compiled parser. */
export const looseObject: typeof z.looseObject = (shape, params) =>
  compiled(z.looseObject(shape, params))
