/**
 * `pnpm --filter @rareearth/data generate`: writes src/production/generated/mcs2026.ts from the
 * USGS MCS 2026 data release as distributed (usgs/mcs2026_commodities_data.csv in this package,
 * Windows-1252), through core's parser (`UsgsDataRelease`): the dataset's MCS 2026 production,
 * reserves and salient statistics are never typed by hand. `--check` fails instead of writing
 * when the checked-in file is stale (for CI).
 */
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { findUsgsRelease, renderMcs2026 } from "./usgsGenerator.ts"

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..")
const target = join(packageRoot, "src/production/generated/mcs2026.ts")
const csvPath = findUsgsRelease(packageRoot)
const content = renderMcs2026(new TextDecoder("windows-1252").decode(readFileSync(csvPath)))
const current = (() => {
  try {
    return readFileSync(target, "utf8")
  } catch {
    return undefined
  }
})()
if (process.argv.includes("--check")) {
  if (current !== content) {
    console.error(
      `src/production/generated/mcs2026.ts is out of date with ${csvPath} (run pnpm --filter @rareearth/data generate)`,
    )
    process.exit(1)
  }
  console.log("generate: src/production/generated/mcs2026.ts is up to date")
} else if (current !== content) {
  writeFileSync(target, content)
  console.log(`generate: wrote src/production/generated/mcs2026.ts from ${csvPath}`)
}
