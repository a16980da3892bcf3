/**
 * `rareearth serve` as a user runs it: a real process, the URL it prints, the dashboard built
 * on the fly when missing, the API behind it, and a clean stop on SIGTERM.
 */
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { EXPLORER_DIR } from "./helpers.ts"

describe("rareearth serve", () => {
  it("prints its URL, builds and serves the dashboard, serves the API on 127.0.0.1, and stops on SIGTERM", async () => {
    // A dashboard directory that does not exist yet, as in a fresh clone.
    const scratch = await mkdtemp(join(tmpdir(), "rareearth-serve-"))
    const webDir = join(scratch, "web")
    // From the sources: serve builds the dashboard with esbuild, as in a checkout.
    const child = spawn(
      process.execPath,
      [
        "--conditions=@rareearth/source",
        join(EXPLORER_DIR, "src", "main.ts"),
        "serve",
        "--port",
        "0",
      ],
      {
        cwd: EXPLORER_DIR,
        env: { ...process.env, RAREEARTH_WEB_DIR: webDir },
        stdio: ["ignore", "pipe", "pipe"],
      },
    )
    let stdout = ""
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk
    })
    const exited = new Promise<number | null>((resolve) =>
      child.on("close", (code) => resolve(code)),
    )
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          stdout += chunk
          const match = /^rareearth explorer on (http:\/\/127\.0\.0\.1:\d+)\/$/m.exec(stdout)
          if (match?.[1]) resolve(match[1])
        })
        exited.then((code) => reject(new Error(`serve exited ${code} before listening: ${stderr}`)))
      })
      expect(stdout).toContain(`API:       ${url}/api/v1`)
      const page = await fetch(`${url}/`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain("Rare earth explorer")
      expect((await fetch(`${url}/app.js`)).status).toBe(200)
      const { items: elements } = (await (await fetch(`${url}/api/v1/elements`)).json()) as {
        items: unknown[]
      }
      expect(elements).toHaveLength(17)
      expect(existsSync(join(webDir, "app.js"))).toBe(true)
    } finally {
      child.kill("SIGTERM")
    }
    expect(await exited).toBe(0)
    expect(stderr).toBe("")
    await rm(scratch, { recursive: true, force: true })
  })
})
