/**
 * `serve --workers N`: N server processes behind one port (Node's `cluster`; the primary accepts
 * connections and hands them to the workers in turn). The workers are stateless: each opens its
 * own connection to the source (one PostgreSQL database for all, or its own copy of embedded
 * data), and what a worker keeps (the answer cache, over immutable data only) is per process and
 * bounded, so any worker gives any client the same answer.
 *
 * The primary opens no source and answers no request: it starts the workers, prints the address
 * once they listen, replaces a worker that crashes, and stops them all on Ctrl-C / SIGTERM. A
 * worker that fails before it listens (port in use, database unreachable) stops the whole
 * server, with that worker's error on stderr; a worker exits by itself when its primary dies.
 */
import cluster, { type Worker } from "node:cluster"
import { WORKERS_STOP_GRACE_MS } from "../stopGrace.ts"

/** What a worker tells its primary once it listens. */
interface ListeningMessage {
  readonly type: "rareearth:listening"
  readonly url: string
  readonly host: string
}

/** Whether this process is a worker started by `serve --workers`. */
export const isServeWorker = (): boolean => cluster.isWorker

/** In a worker: tells the primary the server listens (the primary prints the address once). */
export const reportListening = (url: string, host: string): void => {
  const message: ListeningMessage = { type: "rareearth:listening", url, host }
  process.send?.(message)
}

/** In a worker whose server has stopped: lets go of the primary, so the process can exit. */
export const leaveCluster = (): void => {
  // The IPC channel to the primary would otherwise keep the worker alive past its stop.
  if (cluster.isWorker) cluster.worker?.disconnect()
}

/** Crashes replaced within {@link RESTART_WINDOW_MS} at most, per worker slot, before giving up. */
const MAX_RESTARTS_PER_WINDOW = 5
const RESTART_WINDOW_MS = 60_000

/** Options of {@link runPrimary}. */
export interface PrimaryOptions {
  readonly workers: number
  readonly signal: AbortSignal
  /** Called once, when every worker listens, with the shared address. */
  readonly onListening: (url: string, host: string) => void
  /** Log lines (a worker replaced, a worker that failed to start). */
  readonly log: (line: string) => void
}

/**
 * Runs the primary: forks the workers (they run this same command line), waits until the signal
 * aborts, then stops them. Rejects when a worker fails to start or crashes too often.
 */
export const runPrimary = (options: PrimaryOptions): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    let stopping = false
    let listeningCount = 0
    const listening = new Set<Worker>()
    const restarts: Array<number> = []

    const stopAll = (error?: Error) => {
      if (stopping) return
      stopping = true
      options.signal.removeEventListener("abort", onAbort)
      const alive = Object.values(cluster.workers ?? {}).filter(
        (worker): worker is Worker => worker !== undefined && !worker.isDead(),
      )
      const done = () => (error === undefined ? resolve() : reject(error))
      if (alive.length === 0) return done()
      let left = alive.length
      const kill = setTimeout(() => {
        for (const worker of alive) if (!worker.isDead()) worker.process.kill("SIGKILL")
      }, WORKERS_STOP_GRACE_MS)
      for (const worker of alive) {
        worker.once("exit", () => {
          left -= 1
          if (left === 0) {
            clearTimeout(kill)
            done()
          }
        })
        // SIGTERM: the worker closes its server and its source, as a single `serve` does.
        worker.process.kill("SIGTERM")
      }
    }
    const onAbort = () => stopAll()

    const fork = () => {
      const worker = cluster.fork()
      worker.on("message", (message: ListeningMessage) => {
        if (message?.type !== "rareearth:listening" || listening.has(worker)) return
        listening.add(worker)
        listeningCount += 1
        if (listeningCount === options.workers) options.onListening(message.url, message.host)
      })
      worker.once("exit", (code, signal) => {
        const wasListening = listening.delete(worker)
        if (stopping) return
        if (!wasListening) {
          stopAll(
            new Error(
              `a server worker exited (${signal ?? `code ${code}`}) before it listened: see its error above`,
            ),
          )
          return
        }
        // A worker that stopped cleanly (exit 0, e.g. its own SIGTERM) is not replaced; a crash is.
        if (code === 0 && signal === null) return
        const now = Date.now()
        restarts.push(now)
        while (restarts.length > 0 && (restarts[0] ?? now) < now - RESTART_WINDOW_MS)
          restarts.shift()
        if (restarts.length > MAX_RESTARTS_PER_WINDOW * options.workers) {
          stopAll(
            new Error(
              `server workers crashed ${restarts.length} times within a minute: stopping (see the errors above)`,
            ),
          )
          return
        }
        options.log(
          `worker ${worker.process.pid} exited (${signal ?? `code ${code}`}): starting a new one\n`,
        )
        fork()
      })
    }

    if (options.signal.aborted) return resolve()
    options.signal.addEventListener("abort", onAbort, { once: true })
    for (let index = 0; index < options.workers; index++) fork()
  })
