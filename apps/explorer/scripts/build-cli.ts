/**
 * `pnpm build` (CLI part): bundles the `rareearth` command into dist/cli with esbuild, so the
 * installed command is plain JavaScript in one process: no type stripping, no second Node, no
 * workspace packages to resolve at run time. Everything it needs is inside (core, data, sdk,
 * effect, zod, pg); each command and the Node-only parts of the SDK are chunks loaded on demand,
 * so `rareearth elements` reads only what `elements` needs.
 */
import { rm, writeFile } from "node:fs/promises"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), "..")

/** Where the bundle goes; bin/rareearth.js imports `rareearth.js` from here. */
export const CLI_OUT_DIR = join(APP_DIR, "dist", "cli")

/**
 * Builds the CLI bundle into `outdir` (replacing it); resolves to the entry file. `metafile`: a
 * path to write esbuild's metafile to, to see what each chunk holds (e.g. on esbuild's analyzer).
 */
export const buildCli = async (
  outdir: string = CLI_OUT_DIR,
  metafile?: string,
): Promise<string> => {
  await rm(outdir, { recursive: true, force: true })
  const result = await build({
    absWorkingDir: APP_DIR,
    entryPoints: { rareearth: join(APP_DIR, "src", "main.ts") },
    outdir,
    bundle: true,
    // One chunk per command and per lazily loaded part: measured 97 ms against 148 ms for a
    // single file (Node 24, `elements --json`), since a start parses only what it runs.
    splitting: true,
    chunkNames: "[name]-[hash]",
    format: "esm",
    platform: "node",
    target: ["node20"],
    minify: true,
    legalComments: "linked",
    // The workspace packages from their TypeScript sources: no build order between packages.
    conditions: ["@rareearth/source"],
    // esbuild is only used to build the dashboard in a checkout; pg-native is pg's optional addon.
    external: ["esbuild", "pg-native"],
    // Bundled CommonJS (pg, cli-progress) calls require() for Node's own modules.
    banner: {
      js: 'import { createRequire as __rareearthRequire } from "node:module"; const require = __rareearthRequire(import.meta.url);',
    },
    logLevel: "warning",
    metafile: metafile !== undefined,
  })
  if (metafile !== undefined) await writeFile(metafile, JSON.stringify(result.metafile))
  return join(outdir, "rareearth.js")
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `--outdir DIR` builds elsewhere (the bench builds into its own cache); `--metafile FILE`
  // writes what each chunk holds.
  const argumentOf = (flag: string): string | undefined => {
    const at = process.argv.indexOf(flag)
    return at === -1 ? undefined : process.argv[at + 1]
  }
  const entry = await buildCli(argumentOf("--outdir"), argumentOf("--metafile"))
  process.stdout.write(`CLI built into ${entry}\n`)
}
