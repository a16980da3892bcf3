/** Runs child-writer.ts in a separate Node process. */
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const CHILD = fileURLToPath(new URL("./child-writer.ts", import.meta.url))

export interface ChildResult {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Spawns the child writer; resolves when it exits, however it exits. */
export const runChild = (args: ReadonlyArray<string>): Promise<ChildResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=@rareearth/source", "--no-warnings", CHILD, ...args],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, NODE_OPTIONS: "" },
      },
    )
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => {
      stdout += chunk
    })
    child.stderr.on("data", (chunk) => {
      stderr += chunk
    })
    child.on("error", reject)
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
  })

/** The JSON a child printed, or a failure that shows its stderr. */
export const summaryOf = <A>(result: ChildResult): A => {
  if (result.code !== 0)
    throw new Error(`child failed (${result.code ?? result.signal}): ${result.stderr}`)
  return JSON.parse(result.stdout) as A
}
