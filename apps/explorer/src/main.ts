/**
 * The `rareearth` CLI: elements, export controls, quotas, China's magnet exports, the seed
 * article's story as a report, and `serve` for the dashboard and REST API.
 * Run it with `node --conditions=@rareearth/source src/main.ts <command>` or `bin/rareearth.js`.
 */

import { run } from "./cli/run.ts"
import { COMMANDS } from "./commands/index.ts"

const controller = new AbortController()
let stoppingSince = 0
// The first Ctrl-C (or SIGTERM) stops the command cleanly. Through bin/rareearth.js a Ctrl-C can
// arrive twice at once (from the terminal and forwarded by the shim): only a later one forces exit.
const stop = () => {
  if (!controller.signal.aborted) {
    stoppingSince = Date.now()
    controller.abort()
  } else if (Date.now() - stoppingSince > 1_000) {
    process.exit(130)
  }
}
process.on("SIGINT", stop)
process.on("SIGTERM", stop)

const commands = await COMMANDS()
process.exitCode = await run(process.argv.slice(2), commands, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  signal: controller.signal,
})
process.off("SIGINT", stop)
process.off("SIGTERM", stop)
