/**
 * Bundle size and cold import time of the published packages.
 *
 * - Size: esbuild bundles a one-line entry per scenario (browser platform, ESM, minified, tree
 *   shaking on, on the packages' TypeScript sources through the `@rareearth/source` condition so the
 *   figure is of the current code), then gzip -9. The metafile says which packages the bytes come from.
 *   Chunks are made of whole modules (esbuild splits as Rollup does): a module that both the entry
 *   and a lazy chunk import goes to a chunk that loads first, with every part either of them uses,
 *   so code only a lazy source needs counts up front when it lives in a module the entry shares.
 * - Cold import: a fresh `node -e "await import(...)"` process per run, best of N, minus an
 *   empty `node -e ""` process (the part of the time that is ours). Twice per package: the
 *   current sources bundled by esbuild for node (dependencies included: always up to date), and
 *   the package's built `dist` as users get it (flagged when older than its sources).
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs"
import { join, resolve } from "node:path"
import { performance } from "node:perf_hooks"
import { pathToFileURL } from "node:url"
import { gzipSync } from "node:zlib"
import { build } from "esbuild"
import type { BenchContext } from "../context.ts"
import { formatBytes, formatMs, markdownTable, ratio } from "../report.ts"

const HTTP_CLIENT = "sdk: createClient({ source: { http } })"
const EMBEDDED_CLIENT = "sdk: createClient() with the embedded source"
const EMBEDDED_FIRST_CALL = "sdk: createClient() embedded, a first call's parts only"
const HTTP_FIRST_CALL = "sdk: createClient({ source: { http } }), a first call's parts only"
const OPENAI_CLIENT = "peer: openai client (new OpenAI + models.list)"
/** Issue 11's targets, min+gzip: the http client, and the embedded one with its data. */
const HTTP_TARGET = 60_000
const EMBEDDED_TARGET = 100_000

/** A bundle scenario: an entry module's source. */
interface Scenario {
  readonly name: string
  readonly entry: string
  /** Lazy chunks the entry's calls never load (by their entry module): left out of every figure. */
  readonly notLoaded?: RegExp
  /** When given, the only lazy chunks the entry's calls load (by their entry module). */
  readonly loaded?: RegExp
}

const SCENARIOS: ReadonlyArray<Scenario> = [
  {
    name: "core: Element.lookup only",
    entry: `import { Element } from "@rareearth/core"\nconsole.log(Element.lookup("Nd"))`,
  },
  {
    name: "core: Period.parse only",
    entry: `import { Period } from "@rareearth/core"\nconsole.log(Period.parse("2025-06"))`,
  },
  {
    name: "core: Element.lookup + Period.parse",
    entry: `import { Element, Period } from "@rareearth/core"\nconsole.log(Element.lookup("Nd"), Period.parse("2025-06"))`,
  },
  {
    // Each module is also its own entry point (as in effect/Effect): esbuild cannot tree-shake the
    // root's `export * as Element` re-exports (evanw/esbuild#1420), but it does shake a module import.
    name: "core: Element.lookup + Period.parse, module entry points",
    entry: `import * as Element from "@rareearth/core/Element"\nimport * as Period from "@rareearth/core/Period"\nconsole.log(Element.lookup("Nd"), Period.parse("2025-06"))`,
  },
  {
    name: "core: one schema (TradeFlow.safeParse)",
    entry: `import { TradeFlow } from "@rareearth/core"\nconsole.log(TradeFlow.TradeFlow.safeParse({}))`,
  },
  {
    name: "core: everything",
    entry: `import * as core from "@rareearth/core"\nconsole.log(core)`,
  },
  {
    name: HTTP_CLIENT,
    entry: `import { createClient } from "@rareearth/sdk"\nconst client = createClient({ source: { http: { baseUrl: "https://rareearth.example.org" } } })\nconsole.log(await client.elements())`,
  },
  {
    name: EMBEDDED_CLIENT,
    entry: `import { createClient } from "@rareearth/sdk"\nconst client = createClient()\nconsole.log(await client.elements())`,
  },
  {
    // The http client and what its first calls load: the remote client (HttpCalls.ts, loaded with
    // the first call), the answers' schemas (ClientResponses.ts and the zod and core it pulls),
    // not the embedded or Comtrade sources, nor `lookup`'s catalogues.
    name: HTTP_FIRST_CALL,
    entry: `import { createClient } from "@rareearth/sdk"\nconst client = createClient({ source: { http: { baseUrl: "https://rareearth.example.org" } } })\nconsole.log(await client.elements(), await client.flows())`,
    loaded: /packages\/sdk\/src\/http\/(HttpCalls|ClientResponses)\.ts$/,
  },
  {
    // The same client, counting what `elements` then `flows` load: the dataset's flows part (its
    // records and the sources they cite), the store and the engine's calls. The other parts load
    // when a query reads them (Embedded.loading.test.ts: `flows` loads the flows part only), the
    // engine's queries of measures, quotas and events, its supply queries and exposure (with the
    // material presets) with their first call (Embedded.firstCall.test.ts), the country catalogue with the first filter naming a country, the Comtrade
    // source (with the whole dataset it reads) when it is chosen, and neither the Http source
    // (its remote client and answer schemas) nor `lookup`'s catalogues by an embedded client.
    name: EMBEDDED_FIRST_CALL,
    entry: `import { createClient } from "@rareearth/sdk"\nconst client = createClient()\nconsole.log(await client.elements(), await client.flows())`,
    notLoaded: new RegExp(
      [
        /packages\/data\/src\/embedded\/(controls|quotas|events|calendars|supply|world|prices)\.ts$/,
        /sources\/Comtrade\.ts$|query\/(LocalPolicy|LocalSupply|exposure)\.ts$|data\/src\/materials\/index\.ts$/,
        /http\/(HttpCalls|ClientResponses)\.ts$|core\/src\/(Lookup|Country)\.ts$/,
      ]
        .map((pattern) => pattern.source)
        .join("|"),
    ),
  },
  {
    // Another first call: `controls` loads the controls part (China's measures and the sources
    // they cite) and the engine's calls, no flow, no store, no supply query and no exposure
    // (Embedded.loading.test.ts), nor the Http source's answer schemas and `lookup`'s catalogues.
    name: "sdk: createClient() embedded, a first controls call's parts only",
    entry: `import { createClient } from "@rareearth/sdk"\nconst client = createClient()\nconsole.log(await client.controls())`,
    notLoaded:
      /packages\/data\/src\/embedded\/(flows|quotas|events|calendars|supply|world|prices)\.ts$|sources\/Comtrade\.ts$|store\/ColumnarStore\.ts$|query\/(LocalSupply|exposure)\.ts$|data\/src\/materials\/index\.ts$|http\/(HttpCalls|ClientResponses)\.ts$|core\/src\/Lookup\.ts$/,
  },
  {
    // The peer the issue compares with, measured the same way: its client and one call.
    name: OPENAI_CLIENT,
    entry: `import OpenAI from "openai"\nconst client = new OpenAI({ apiKey: "sk-test", dangerouslyAllowBrowser: true })\nconsole.log(await client.models.list())`,
  },
  {
    name: "peer: zod alone (z.object + safeParse)",
    entry: `import { z } from "zod"\nconsole.log(z.object({ a: z.string() }).safeParse({}))`,
  },
  {
    name: "peer: zod/mini alone (z.object + safeParse)",
    entry: `import { z } from "zod/mini"\nconsole.log(z.object({ a: z.string() }).safeParse({}))`,
  },
]

/** A package's share of a bundle's minified bytes, as a percentage. */
const share = (size: BundleSize, name: string): string => {
  const total = Object.values(size.byPackage).reduce((sum, bytes) => sum + bytes, 0)
  return total > 0 ? `${Math.round(((size.byPackage[name] ?? 0) / total) * 100)}%` : "-"
}

/** The package a bundled input file belongs to, for the breakdown. */
const packageOf = (input: string): string => {
  const path = input.replaceAll("\\", "/")
  const inModules = path.lastIndexOf("node_modules/")
  if (inModules >= 0) {
    const [scope, name] = path.slice(inModules + "node_modules/".length).split("/")
    return scope!.startsWith("@") ? `${scope}/${name}` : scope!
  }
  if (input.includes("packages/core/")) return "@rareearth/core"
  if (input.includes("packages/sdk/")) return "@rareearth/sdk"
  if (input.includes("packages/data/")) return "@rareearth/data"
  return "entry"
}

/** "A few kB": the budget the issue sets for core's element and period modules alone, min+gzip. */
const FEW_KB = 10_000

export interface BundleSize {
  readonly scenario: string
  /** The entry and the chunks it imports statically: what loads first. */
  readonly minifiedBytes: number
  readonly gzipBytes: number
  /** Every chunk, dynamic imports included (for the embedded client: the dataset too). */
  readonly withLazyGzipBytes: number
  /** Minified-input bytes by package (esbuild's per-input output bytes). */
  readonly byPackage: Readonly<Record<string, number>>
  readonly error?: string
}

/** The name of each scenario's entry module in esbuild's metafile. */
const ENTRY_FILE = "entry.ts"

const bundleSize = async (scenario: Scenario, resolveDir: string): Promise<BundleSize> => {
  try {
    // Code splitting, so that a dynamic import (the embedded dataset) is a chunk of its own, as a
    // user's bundler makes it: the first figure counts what loads up front, the second everything.
    const outdir = resolve(resolveDir, ".bundle-out")
    const result = await build({
      stdin: { contents: scenario.entry, resolveDir, sourcefile: ENTRY_FILE, loader: "ts" },
      bundle: true,
      write: false,
      splitting: true,
      outdir,
      minify: true,
      treeShaking: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      conditions: ["@rareearth/source"],
      metafile: true,
      logLevel: "silent",
    })
    const outputs = result.metafile.outputs
    const contents = new Map(result.outputFiles.map((file) => [file.path, file.contents]))
    // The entry's own output: lazy chunks (dynamic imports) are entry points of the metafile too.
    const entry = Object.keys(outputs).find((key) => outputs[key]!.entryPoint === ENTRY_FILE)!
    const initial = new Set([entry])
    const every = new Set([entry])
    const walk = (key: string, lazy: boolean): void => {
      for (const { path, kind } of outputs[key]!.imports) {
        const entryPoint = outputs[path]?.entryPoint
        if (scenario.notLoaded?.test(entryPoint ?? "")) continue
        if (entryPoint !== undefined && scenario.loaded?.test(entryPoint) === false) continue
        if (!lazy && kind === "import-statement" && !initial.has(path)) {
          initial.add(path)
          walk(path, false)
        }
        if (!every.has(path)) {
          every.add(path)
          walk(path, true)
        }
      }
    }
    walk(entry, false)
    const joined = (keys: ReadonlySet<string>) =>
      Buffer.concat([...keys].map((key) => contents.get(resolve(resolveDir, key))!))
    const byPackage: Record<string, number> = {}
    for (const key of initial) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[key]!.inputs)) {
        const name = packageOf(input)
        byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput
      }
    }
    const first = joined(initial)
    return {
      scenario: scenario.name,
      minifiedBytes: first.byteLength,
      gzipBytes: gzipSync(first, { level: 9 }).byteLength,
      withLazyGzipBytes: gzipSync(joined(every), { level: 9 }).byteLength,
      byPackage,
    }
  } catch (error) {
    return {
      scenario: scenario.name,
      minifiedBytes: Number.NaN,
      gzipBytes: Number.NaN,
      withLazyGzipBytes: Number.NaN,
      byPackage: {},
      error: error instanceof Error ? error.message.split("\n")[0]! : String(error),
    }
  }
}

/** The newest modification time of the files under `directory` (0 when absent). */
const newestFile = (directory: string): number => {
  if (!existsSync(directory)) return 0
  let newest = 0
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

export interface ColdImport {
  readonly module: string
  /** Best process time, ms. */
  readonly bestMs: number
  /** Best process time minus the empty process's, ms. */
  readonly importMs: number
  readonly note?: string
}

/** Spawns `node -e code` `runs` times; the best wall time in ms, or an error message. */
const spawnBest = (code: string, cwd: string, runs: number): number | string => {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    try {
      execFileSync(process.execPath, ["--input-type=module", "-e", code], {
        cwd,
        stdio: ["ignore", "ignore", "pipe"],
      })
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error)
      return stderr.split("\n").find((line) => /Error/.test(line)) ?? stderr.slice(0, 200)
    }
    best = Math.min(best, performance.now() - start)
  }
  return best
}

export const runBundleSuite = async (context: BenchContext): Promise<void> => {
  const { benchDirectory, log } = context
  log("\n## Bundle size (esbuild, minified, browser ESM, gzip -9)")
  const sizes: Array<BundleSize> = []
  for (const scenario of SCENARIOS) sizes.push(await bundleSize(scenario, benchDirectory))
  log(
    markdownTable(
      [
        "scenario",
        "min",
        "min+gzip",
        "min+gzip with lazy chunks",
        "effect / zod / core / sdk share (min)",
        "largest parts (min)",
      ],
      sizes.map((size) => [
        size.scenario,
        size.error === undefined ? formatBytes(size.minifiedBytes) : "failed",
        size.error === undefined ? formatBytes(size.gzipBytes) : (size.error ?? ""),
        size.error === undefined ? formatBytes(size.withLazyGzipBytes) : "",
        ["effect", "zod", "@rareearth/core", "@rareearth/sdk"]
          .map((name) => share(size, name))
          .join(" / "),
        Object.entries(size.byPackage)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
          .join(", "),
      ]),
    ),
  )
  const failed = sizes.filter((size) => size.error !== undefined)
  for (const size of failed) context.problem(`bundle "${size.scenario}" failed: ${size.error}`)
  const gzip = (scenario: string): number =>
    sizes.find((size) => size.scenario === scenario)?.gzipBytes ?? Number.NaN
  /** With the lazy chunks the scenario loads. */
  const gzipWithLazy = (scenario: string): number =>
    sizes.find((size) => size.scenario === scenario)?.withLazyGzipBytes ?? Number.NaN
  const zodAlone = { name: "zod alone", value: gzip("peer: zod alone (z.object + safeParse)") }
  context.ratios.push(
    ratio(
      "bundle (min+gzip)",
      "core: Element.lookup + Period.parse alone",
      { name: "core", value: gzip("core: Element.lookup + Period.parse") },
      { name: "a few kB (10 kB budget)", value: FEW_KB },
      "bytes",
      { max: 1, text: "≤10 kB" },
    ),
    ratio(
      "bundle (min+gzip)",
      "core: Element.lookup + Period.parse, module entry points",
      {
        name: "core",
        value: gzip("core: Element.lookup + Period.parse, module entry points"),
      },
      { name: "a few kB (10 kB budget)", value: FEW_KB },
      "bytes",
      { max: 1, text: "≤10 kB" },
    ),
    ratio(
      "bundle (min+gzip)",
      "core: everything",
      { name: "core", value: gzip("core: everything") },
      zodAlone,
      "bytes",
    ),
    ratio(
      "bundle (min+gzip)",
      "createClient({ source: { http } }) against openai's client",
      { name: "sdk http client", value: gzip(HTTP_CLIENT) },
      { name: "openai", value: gzip(OPENAI_CLIENT) },
      "bytes",
    ),
    ratio(
      "bundle (min+gzip)",
      "createClient({ source: { http } }) against the 60 kB target",
      { name: "sdk http client", value: gzip(HTTP_CLIENT) },
      { name: "60 kB target", value: HTTP_TARGET },
      "bytes",
      { max: 1, text: "≤60 kB" },
    ),
    ratio(
      "bundle (min+gzip)",
      "createClient({ source: { http } }), a first call's parts (elements + flows), against the 60 kB target",
      { name: "sdk http client, first call", value: gzipWithLazy(HTTP_FIRST_CALL) },
      { name: "60 kB target", value: HTTP_TARGET },
      "bytes",
      { max: 1, text: "≤60 kB" },
    ),
    ratio(
      "bundle (min+gzip)",
      "createClient() embedded, dataset chunk included, against the 100 kB target",
      { name: "sdk embedded client", value: gzipWithLazy(EMBEDDED_CLIENT) },
      { name: "100 kB target", value: EMBEDDED_TARGET },
      "bytes",
      { max: 1, text: "≤100 kB" },
    ),
    ratio(
      "bundle (min+gzip)",
      "createClient() embedded, a first call's parts of the dataset, against the 100 kB target",
      {
        name: "sdk embedded client, a first call's parts",
        value: gzipWithLazy(EMBEDDED_FIRST_CALL),
      },
      { name: "100 kB target", value: EMBEDDED_TARGET },
      "bytes",
      { max: 1, text: "≤100 kB" },
    ),
  )

  const runs = context.options.smoke ? 1 : 10
  log(`\n## Cold import (fresh node process, best of ${runs}, minus an empty process)`)
  const empty = spawnBest("", benchDirectory, runs)
  const imports: Array<ColdImport> = []
  if (typeof empty === "string") {
    context.problem(`an empty node process failed: ${empty}`)
  } else {
    const root = join(benchDirectory, "..", "..")
    const bundles = join(context.cacheDirectory, "import")
    mkdirSync(bundles, { recursive: true })
    const measure = (module: string, specifier: string, note?: string): void => {
      const best = spawnBest(`await import(${JSON.stringify(specifier)})`, benchDirectory, runs)
      if (typeof best === "string") {
        imports.push({ module, bestMs: Number.NaN, importMs: Number.NaN, note: `failed: ${best}` })
        context.problem(`cold import of ${module} failed: ${best}`)
      } else {
        imports.push({
          module,
          bestMs: best,
          importMs: best - empty,
          ...(note === undefined ? {} : { note }),
        })
      }
    }
    for (const [module, packageDirectory] of [
      ["@rareearth/core", "packages/core"],
      ["@rareearth/sdk", "packages/sdk"],
    ] as const) {
      // The current sources, bundled for node (dependencies included) as a build would ship them.
      const outfile = join(bundles, `${module.replace("@rareearth/", "")}.mjs`)
      try {
        await build({
          stdin: {
            contents: `export * from ${JSON.stringify(module)}`,
            resolveDir: benchDirectory,
            loader: "ts",
          },
          bundle: true,
          format: "esm",
          platform: "node",
          target: "node22",
          conditions: ["@rareearth/source"],
          outfile,
          logLevel: "silent",
        })
        measure(`${module} (current sources, bundled)`, pathToFileURL(outfile).href)
      } catch (error) {
        context.problem(
          `bundling ${module} for the cold import failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        )
      }
      if (!existsSync(join(root, packageDirectory, "dist", "index.js"))) {
        imports.push({
          module: `${module} (built dist)`,
          bestMs: Number.NaN,
          importMs: Number.NaN,
          note: "not built (run pnpm build)",
        })
        continue
      }
      const dist = newestFile(join(root, packageDirectory, "dist"))
      const stale = newestFile(join(root, packageDirectory, "src")) > dist
      measure(
        `${module} (built dist)`,
        module,
        stale ? "dist older than src (run pnpm build)" : undefined,
      )
    }
    measure("zod (peer)", "zod")
    const cold = (module: string): ColdImport | undefined =>
      imports.find((row) => row.module === module)
    const zod = { name: "zod", value: cold("zod (peer)")?.importMs ?? Number.NaN }
    for (const module of ["@rareearth/core", "@rareearth/sdk"]) {
      // What users get (the built dist) when it is built and current; else the bundled sources.
      const dist = cold(`${module} (built dist)`)
      const usable = dist !== undefined && dist.note === undefined && Number.isFinite(dist.importMs)
      const row = usable ? dist : cold(`${module} (current sources, bundled)`)
      context.ratios.push(
        ratio(
          "cold import",
          `import("${module}") in a fresh process`,
          {
            name: `${module.replace("@rareearth/", "")} (${usable ? "dist" : "bundled sources"})`,
            value: row?.importMs ?? Number.NaN,
          },
          zod,
          "ms",
        ),
      )
    }
    log(
      markdownTable(
        ["module", "process", "import (minus empty process)", "note"],
        [
          ["(empty process)", formatMs(empty), "", ""],
          ...imports.map((row) => [
            row.module,
            formatMs(row.bestMs),
            formatMs(row.importMs),
            row.note ?? "",
          ]),
        ],
      ),
    )
  }
  context.results.bundle = { sizes, coldImport: { emptyProcessMs: empty, imports, runs } }
}
