/**
 * How much work the server takes on: its timeouts, and a gate on the expensive routes (series
 * and flows build whole answers in memory) so that a flood of them queues or gets a 503 instead
 * of taking the process's memory and every other client's time.
 */

/** The server's limits; every field has a default in {@link DEFAULT_LIMITS}. */
export interface ServerLimits {
  /** Time a client has to send the request line and headers (slow clients are dropped at it, with a 408). */
  readonly headersTimeoutMs: number
  /** Time a client has to send the whole request, body included. */
  readonly requestTimeoutMs: number
  /** How long an idle keep-alive connection stays open between requests. */
  readonly keepAliveTimeoutMs: number
  /** A connection with no traffic in either direction for this long is closed (a client that stopped reading). */
  readonly idleSocketTimeoutMs: number
  /** How often Node checks the headers and request timeouts (Node's default, 30 s, would let a slow client stay 30 s past them). */
  readonly timeoutCheckIntervalMs: number
  /** Time the server gives itself to answer one API request before cancelling it (503). */
  readonly answerTimeoutMs: number
  /** Series and flows requests being answered at once. */
  readonly maxConcurrentExpensive: number
  /** Series and flows requests waiting for a turn; past it the answer is 503 with Retry-After. */
  readonly maxQueuedExpensive: number
  /** The Retry-After of that 503, in seconds. */
  readonly retryAfterSeconds: number
  /** GET answers kept in the per-process answer cache at most (only over immutable data). */
  readonly answerCacheEntries: number
  /** Bytes of answers kept in that cache at most; an answer over an eighth of it is not kept. */
  readonly answerCacheBytes: number
  /** Idle time after a burst of requests before memory is given back (`idleTrim.ts`); 0 = never. */
  readonly idleTrimMs: number
}

/**
 * The defaults, documented in the explorer's README ("Limits"). The request line and headers are
 * limited to Node's 16 KiB (`maxHeaderSize`), answered with a 431.
 */
export const DEFAULT_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleSocketTimeoutMs: 60_000,
  timeoutCheckIntervalMs: 1_000,
  answerTimeoutMs: 30_000,
  maxConcurrentExpensive: 4,
  maxQueuedExpensive: 32,
  retryAfterSeconds: 1,
  answerCacheEntries: 1_000,
  answerCacheBytes: 64 * 1024 * 1024,
  idleTrimMs: 5_000,
}

/** The routes that go through the gate: their answers grow with the data. */
export const isExpensiveRoute = (pathname: string): boolean =>
  /^\/api\/v1\/(series|flows)\/?$/.test(pathname)

/**
 * A counting gate with a bounded queue: `enter` resolves to a release function once a slot is
 * free, or to undefined at once when the queue is full; a waiter whose signal aborts leaves the
 * queue.
 */
export class WorkGate {
  private running = 0
  private readonly waiting: Array<() => void> = []
  private readonly maxRunning: number
  private readonly maxWaiting: number

  constructor(maxRunning: number, maxWaiting: number) {
    this.maxRunning = maxRunning
    this.maxWaiting = maxWaiting
  }

  /** Requests being answered and waiting (for tests and the bench). */
  get load(): { readonly running: number; readonly waiting: number } {
    return { running: this.running, waiting: this.waiting.length }
  }

  enter(signal: AbortSignal): Promise<(() => void) | undefined> {
    if (this.running < this.maxRunning) {
      this.running += 1
      return Promise.resolve(this.releaser())
    }
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve(undefined)
    return new Promise((resolve) => {
      const wake = () => {
        signal.removeEventListener("abort", leave)
        this.running += 1
        resolve(this.releaser())
      }
      const leave = () => {
        const index = this.waiting.indexOf(wake)
        if (index !== -1) this.waiting.splice(index, 1)
        resolve(undefined)
      }
      this.waiting.push(wake)
      signal.addEventListener("abort", leave, { once: true })
    })
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      this.running -= 1
      this.waiting.shift()?.()
    }
  }
}
