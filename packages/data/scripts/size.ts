/**
 * Reports the size of the built package (dist/index.js): raw, gzip and brotli bytes.
 * Run after `pnpm build`: `node scripts/size.ts`.
 */
import { readFileSync } from "node:fs"
import { brotliCompressSync, constants, gzipSync } from "node:zlib"

const file = new URL("../dist/index.js", import.meta.url)
const code = readFileSync(file)
const gzip = gzipSync(code, { level: 9 }).length
const brotli = brotliCompressSync(code, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
console.log(`dist/index.js  raw ${code.length} B (${kib(code.length)})`)
console.log(`               gzip -9 ${gzip} B (${kib(gzip)})`)
console.log(`               brotli q11 ${brotli} B (${kib(brotli)})`)
