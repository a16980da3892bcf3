/** `pnpm build`: builds the dashboard into dist/web (serve also builds it on the fly when missing). */
import { buildWeb } from "../src/server/webBuild.ts"

const outdir = await buildWeb()
process.stdout.write(`dashboard built into ${outdir}\n`)
