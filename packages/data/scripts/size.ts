/**
 * Reports the size of the built package: raw, gzip and brotli bytes of the whole dataset
 * (dist/index.js with the chunks it imports) and of each embedded part (the part's chunk with
 * the chunks it imports, `@rareearth/core` external). Run after `pnpm build`: `node scripts/size.ts`.
 */
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { brotliCompressSync, constants, gzipSync } from "node:zlib"

const dist = join(dirname(fileURLToPath(import.meta.url)), "../dist")
const relativeImport = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g

/** A file and every file it imports statically (`dynamic` too: dynamic imports as well), once. */
const closure = (file: string, dynamic: boolean, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen
  seen.add(file)
  const text = readFileSync(file, "utf8")
  for (const match of text.matchAll(relativeImport)) {
    const isDynamic = text.slice(Math.max(0, match.index - 8), match.index + 7).includes("import(")
    if (!isDynamic || dynamic) closure(join(dirname(file), match[1]!), dynamic, seen)
  }
  return seen
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const report = (name: string, files: ReadonlySet<string>) => {
  const code = Buffer.concat([...files].map((file) => readFileSync(file)))
  const gzip = gzipSync(code, { level: 9 }).length
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length
  console.log(
    `${name.padEnd(34)} raw ${code.length} B (${kib(code.length)}), gzip -9 ${gzip} B (${kib(gzip)}), brotli q11 ${brotli} B (${kib(brotli)})`,
  )
}

report("dataset (dist/index.js + chunks)", closure(join(dist, "index.js"), false))
const embedded = readFileSync(join(dist, "embedded/index.js"), "utf8")
for (const part of [
  "controls",
  "quotas",
  "flows",
  "events",
  "calendars",
  "supply",
  "world",
  "prices",
]) {
  const chunk = new RegExp(`import\\(\\s*["'](\\.{1,2}/${part}-[^"']+\\.js)["']`).exec(
    embedded,
  )?.[1]
  if (chunk === undefined)
    throw new Error(`dist/embedded/index.js does not import the ${part} part`)
  report(`embedded part "${part}"`, closure(join(dist, "embedded", chunk), false))
}
