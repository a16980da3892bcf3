/**
 * Builds the dashboard (src/web) into dist/web with esbuild: one bundled, minified app.js
 * (Chart.js and its annotation plugin included: no CDN, works offline) plus the static files.
 * `serve` and the tests call {@link ensureWebBuilt}, so a fresh clone needs no separate build.
 */
import { randomUUID } from "node:crypto"
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))

/** The dashboard's sources. */
export const WEB_SOURCE_DIR = join(here, "..", "web")

/** Where the built dashboard goes: dist/web, or RAREEARTH_WEB_DIR when set (tests, packaging). */
export const WEB_OUT_DIR = process.env.RAREEARTH_WEB_DIR || join(here, "..", "..", "dist", "web")

const STATIC_FILES = ["index.html", "styles.css", "favicon.svg"]
const STAMP = ".build-stamp"

/** Builds the dashboard into `outdir` (replacing it). */
export const buildWeb = async (outdir: string = WEB_OUT_DIR): Promise<string> => {
  const esbuild = await import("esbuild")
  // Build next to the target, then swap it in: concurrent builds never see a half-written tree.
  const staging = `${outdir}.${process.pid}.${randomUUID().slice(0, 8)}`
  await mkdir(staging, { recursive: true })
  try {
    await esbuild.build({
      entryPoints: [join(WEB_SOURCE_DIR, "app.ts")],
      outfile: join(staging, "app.js"),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: ["es2022"],
      minify: true,
      sourcemap: "linked",
      legalComments: "eof",
      conditions: ["@rareearth/source"],
      logLevel: "silent",
    })
    for (const file of STATIC_FILES) await cp(join(WEB_SOURCE_DIR, file), join(staging, file))
    await writeFile(join(staging, STAMP), new Date().toISOString())
    await rm(outdir, { recursive: true, force: true })
    try {
      await rename(staging, outdir)
    } catch (error) {
      // Another process swapped in an identical build first.
      if (
        !(
          error instanceof Error &&
          "code" in error &&
          (error.code === "ENOTEMPTY" || error.code === "EEXIST")
        )
      ) {
        throw error
      }
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
  return outdir
}

const newestSource = async (dir: string): Promise<number> => {
  let newest = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const time = entry.isDirectory() ? await newestSource(path) : (await stat(path)).mtimeMs
    newest = Math.max(newest, time)
  }
  return newest
}

const builtAt = async (outdir: string): Promise<number | undefined> => {
  try {
    return (await stat(join(outdir, STAMP))).mtimeMs
  } catch {
    return undefined
  }
}

let pending: Promise<string> | undefined

/** Builds the dashboard when dist/web is missing or older than its sources; resolves to its directory. */
export const ensureWebBuilt = (outdir: string = WEB_OUT_DIR): Promise<string> => {
  pending ??= (async () => {
    const built = await builtAt(outdir)
    if (built !== undefined && built >= (await newestSource(WEB_SOURCE_DIR))) return outdir
    return buildWeb(outdir)
  })().finally(() => {
    pending = undefined
  })
  return pending
}
