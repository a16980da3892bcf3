/**
 * Raw HTTP over node:net for the reliability suite: sends exact bytes (request lines, methods
 * and headers that fetch refuses to send), reads until the server closes or goes quiet, and
 * parses the first status line and headers. Also starts `rareearth serve` as one real process,
 * so a crash is seen as an exit, and tallies what a run sent and got back.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { connect } from "node:net"
import { join } from "node:path"
import { EXPLORER_DIR } from "../helpers.ts"

/** What came back for one raw request. */
export interface RawAnswer {
  /** The status of the first response, or undefined when the server closed without one. */
  readonly status: number | undefined
  /** Header names in lower case (first response). */
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
  /** The whole byte stream as text. */
  readonly raw: string
}

/** Sends `bytes` to host:port and reads until close, or until `quietMs` passes with no data. */
export const sendRaw = (
  port: number,
  bytes: string | Buffer,
  { quietMs = 1_500, host = "127.0.0.1" }: { quietMs?: number; host?: string } = {},
): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const socket = connect({ host, port })
    const chunks: Buffer[] = []
    let timer: NodeJS.Timeout | undefined
    const quiet = () => {
      clearTimeout(timer)
      timer = setTimeout(() => socket.destroy(), quietMs)
    }
    socket.on("connect", () => {
      socket.write(bytes)
      quiet()
    })
    socket.on("data", (chunk) => {
      chunks.push(chunk)
      quiet()
    })
    // A reset after the answer is fine: what matters is what arrived.
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error)
    })
    socket.on("close", () => {
      clearTimeout(timer)
      resolve(parseRaw(Buffer.concat(chunks).toString("latin1")))
    })
  })

/** Parses the first response of a raw byte stream. */
export const parseRaw = (raw: string): RawAnswer => {
  // Skip interim responses (100 Continue): the answer is the first final one.
  while (/^HTTP\/1\.[01] 1\d\d /.test(raw) && raw.includes("\r\n\r\n")) {
    raw = raw.slice(raw.indexOf("\r\n\r\n") + 4)
  }
  const end = raw.indexOf("\r\n\r\n")
  const head = end === -1 ? raw : raw.slice(0, end)
  const [statusLine = "", ...lines] = head.split("\r\n")
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(":")
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return {
    status: match ? Number(match[1]) : undefined,
    headers,
    body: end === -1 ? "" : raw.slice(end + 4),
    raw,
  }
}

/** A stack frame or a source path in a response: internals that must never reach a client. */
export const LEAKS_INTERNALS = /\bat .+\.(ts|js):\d+|\/work\/|node_modules|node:internal/

/** Counts for a suite's summary line: requests sent, statuses, crashes, leaks. */
export class Tally {
  sent = 0
  crashes = 0
  leaks = 0
  readonly statuses = new Map<string, number>()
  readonly leaksSeen: string[] = []

  /** Records one answer (status "none" when the server closed without answering). */
  record(status: number | string | undefined): void {
    this.sent += 1
    const key = String(status ?? "none")
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1)
  }

  /** Records a leak with what leaked where. */
  leak(what: string): void {
    this.leaks += 1
    this.leaksSeen.push(what)
  }

  /** `name: 123 requests sent; statuses 200×4 400×9; crashes 0; leaks 0`. */
  summary(name: string): string {
    const statuses = [...this.statuses.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status}×${count}`)
      .join(" ")
    return `${name}: ${this.sent} requests sent; statuses ${statuses}; crashes ${this.crashes}; leaks ${this.leaks}`
  }
}

/** A `rareearth serve` process (one process: node on src/main.ts, no shim). */
export interface ServeProcess {
  readonly url: string
  readonly port: number
  readonly child: ChildProcess
  /** Set once the process exits on its own (a crash). */
  readonly exit: () => { code: number | null; signal: NodeJS.Signals | null } | undefined
  readonly stderr: () => string
  /** SIGTERM, then resolves with the exit code. */
  readonly stop: () => Promise<number | null>
}

/** Starts `rareearth serve --port 0 ...args` and resolves once it prints its URL. */
export const startServeProcess = (
  args: ReadonlyArray<string> = [],
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<ServeProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--conditions=@rareearth/source",
        join(EXPLORER_DIR, "src", "main.ts"),
        "serve",
        "--port",
        "0",
        ...args,
      ],
      { cwd: EXPLORER_DIR, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: "pipe" },
    )
    let stdout = ""
    let stderr = ""
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined
    const closed = new Promise<number | null>((done) =>
      child.on("exit", (code, signal) => {
        exited = { code, signal }
        done(code)
      }),
    )
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk
    })
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk
      const match = /^rareearth explorer on (http:\/\/127\.0\.0\.1:(\d+))\/$/m.exec(stdout)
      if (match?.[1] && match[2]) {
        resolve({
          url: match[1],
          port: Number(match[2]),
          child,
          exit: () => exited,
          stderr: () => stderr,
          stop: () => {
            if (exited === undefined) child.kill("SIGTERM")
            return closed
          },
        })
      }
    })
    closed.then((code) => reject(new Error(`serve exited ${code} before listening: ${stderr}`)))
  })
