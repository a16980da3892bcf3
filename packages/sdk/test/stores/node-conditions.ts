/**
 * Test-environment fix: vitest hands Node every `ssr.resolve.conditions` of the shared config as
 * `--conditions` flags, "import" included, so a CommonJS `require("pg-pool")` inside `pg` resolves
 * to pg-pool's ESM build and `pg` breaks ("Class extends value [object Module]"). This hook drops
 * "import"/"module" from the conditions of require() calls, which is what plain Node does.
 * Import this module before anything that loads `pg`. (The lasting fix is to leave "import" and
 * "module" out of `ssr.resolve.conditions` in tooling/vitest-config.)
 */
import { registerHooks } from "node:module"

registerHooks({
  resolve(specifier, context, nextResolve) {
    const conditions = context.conditions ?? []
    if (conditions.includes("require") && conditions.includes("import")) {
      return nextResolve(specifier, {
        ...context,
        conditions: conditions.filter(
          (condition) => condition !== "import" && condition !== "module",
        ),
      })
    }
    return nextResolve(specifier, context)
  },
})
