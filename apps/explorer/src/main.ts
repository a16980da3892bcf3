/**
 * The `rareearth` process: runs the command line in this one process (no child to orphan), maps
 * SIGINT/SIGTERM to a clean stop, and makes sure a stop never hangs. The published binary is
 * this file bundled (dist/cli/rareearth.js, see scripts/build-cli.ts); in the repository,
 * `pnpm rareearth` runs it from the TypeScript sources.
 */

import { run } from "./rareearth.ts"
import { STOP_GRACE_MS } from "./stopGrace.ts"

// Library warnings (pg's 9-line notice about sslmode, node:sqlite being experimental) are not
// for the user of a command line tool; RAREEARTH_DEBUG=1 shows them.
if (!process.env.RAREEARTH_DEBUG) process.removeAllListeners("warning")

const controller = new AbortController()

/**
 * Ends the process by the signal itself, as a shell expects (exit status 128 + signal). Neither
 * `process.exit` nor a natural exit works while a thread is blocked in the kernel (opening a
 * named pipe that has no writer): Node waits for that thread at exit. The default action of a
 * signal does not.
 */
const dieBy = (signal: NodeJS.Signals): never => {
  process.removeAllListeners(signal)
  process.kill(process.pid, signal)
  // Not reached: the default action ends the process.
  return process.exit(128)
}

let stoppingSince = 0
let stoppedBy: NodeJS.Signals | undefined
const stop = (signal: NodeJS.Signals) => {
  stoppedBy ??= signal
  if (controller.signal.aborted) {
    // A second Ctrl-C a moment later: go now. (A terminal can deliver one Ctrl-C twice at once.)
    if (Date.now() - stoppingSince > 300) dieBy(signal)
    return
  }
  stoppingSince = Date.now()
  controller.abort()
  setTimeout(() => dieBy(signal), STOP_GRACE_MS).unref()
}
process.on("SIGINT", stop)
process.on("SIGTERM", stop)

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  signal: controller.signal,
  stderrIsTerminal: process.stderr.isTTY === true,
})
// A command cut short by a signal ends by that signal; one that stopped cleanly (serve) exits 0.
if (stoppedBy !== undefined && code !== 0) dieBy(stoppedBy)
process.exitCode = code
