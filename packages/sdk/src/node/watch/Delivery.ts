/**
 * Where change events go, and how: a webhook (an HTTP POST of the event as JSON, with the event
 * id as `Idempotency-Key`), a shell command (the event as JSON on its standard input), or a
 * function of yours. A failed delivery (no 2xx answer, a network error, a command exiting
 * non-zero, a handler that throws) is retried with exponential backoff, a bounded number of
 * times; after that the event stays pending and is tried again after the next poll.
 * @since 0.2.0
 */
import { spawn } from "node:child_process"
import { makeTaggedError } from "@rareearth/core"
import { type Cause, Data, Duration, Effect } from "effect"
import * as Schedule from "effect/Schedule"
import { ValidationError } from "../../Errors.ts"
import type { WatchEvent } from "./WatchEvent.ts"

// The SDK's error factory (core's, over Effect's yieldable Data.Error), as in errors.ts.
const TaggedError = makeTaggedError(
  Data.Error as unknown as new (args: {
    readonly message: string
    readonly cause?: unknown
  }) => Cause.YieldableError,
  "@rareearth/sdk",
)

/**
 * A delivery attempt failed: the webhook's status (or a network error), the command's exit
 * code, or the handler's error.
 * @category errors
 * @since 0.2.0
 */
export class DeliveryError extends TaggedError("DeliveryError")<{
  readonly message: string
  readonly eventId: string
  /** The webhook's HTTP status, when it answered. */
  readonly status?: number | undefined
  readonly cause?: unknown
}> {}

/**
 * Where events go. `handler` is a function of yours: resolve to acknowledge the event, throw to
 * have it retried.
 * @category watch
 * @since 0.2.0
 */
export type ChangeTarget =
  | {
      readonly kind: "webhook"
      readonly url: string
      /** Extra headers, e.g. an Authorization header. */
      readonly headers?: Readonly<Record<string, string>>
    }
  | { readonly kind: "command"; readonly command: string }
  | {
      readonly kind: "handler"
      readonly handle: (event: WatchEvent, signal: AbortSignal) => Promise<void>
    }

/** What `--on-change` may be, for messages. @category watch @since 0.2.0 */
export const CHANGE_TARGET_FORMS =
  'stdout, a webhook URL (http(s)://..., or "webhook URL"), or a shell command ("command CMD" or command:CMD, the event as JSON on its standard input)'

/**
 * Parses an `--on-change` value: `stdout`, a webhook (`https://...`, `webhook https://...`,
 * `webhook:https://...`) or a command (`command ./notify.sh`, `command:./notify.sh`).
 * Fails with a ValidationError naming the value and the valid forms.
 * @example
 * ```ts
 * import { parseChangeTarget } from "@rareearth/sdk/node"
 * parseChangeTarget("https://hooks.example.com/rareearth") // { kind: "webhook", url: "https://hooks.example.com/rareearth" }
 * parseChangeTarget("command ./notify.sh") // { kind: "command", command: "./notify.sh" }
 * ```
 * @category watch
 * @since 0.2.0
 */
export const parseChangeTarget = (
  text: string,
): { readonly kind: "stdout" } | Exclude<ChangeTarget, { readonly kind: "handler" }> => {
  const value = text.trim()
  if (value === "stdout") return { kind: "stdout" }
  const tagged = /^(webhook|command)(?::|\s+)\s*([\s\S]+)$/i.exec(value)
  const kind = tagged
    ? tagged[1]!.toLowerCase()
    : /^https?:\/\//i.test(value)
      ? "webhook"
      : undefined
  const rest = tagged ? tagged[2]!.trim() : value
  if (kind === "command") return { kind: "command", command: rest }
  if (kind === "webhook") {
    if (!/^https?:\/\//i.test(rest) || !URL.canParse(rest))
      throw targetError(text, `"${rest}" is not an http(s) URL`)
    return { kind: "webhook", url: rest }
  }
  throw targetError(text, "unknown kind of target")
}

const targetError = (text: string, reason: string): ValidationError =>
  new ValidationError({
    message: `Invalid change target ${JSON.stringify(text)}: ${reason}; expected ${CHANGE_TARGET_FORMS}`,
    issues: [{ code: "invalid_change_target", path: [], message: reason }],
  })

/**
 * How a failed delivery is retried: up to `maxRetries` retries, waiting `baseDelayMs`, then
 * twice as long each time, at most `maxDelayMs`.
 * @category watch
 * @since 0.2.0
 */
export interface DeliveryRetry {
  readonly maxRetries: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  /** How long one attempt may take (a webhook call, a command). */
  readonly attemptTimeoutMs: number
}

/** 5 retries: 1 s, 2 s, 4 s, 8 s, 16 s; 30 s per attempt. @category watch @since 0.2.0 */
export const DEFAULT_DELIVERY_RETRY: DeliveryRetry = {
  maxRetries: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  attemptTimeoutMs: 30_000,
}

/**
 * The retry policy as a Schedule: exponential, capped, bounded. No jitter: one watcher retries
 * one receiver, there is no crowd to spread out. `onRetry` is told before each wait.
 * @category watch
 * @since 0.2.0
 */
export const deliveryRetrySchedule = (
  policy: DeliveryRetry,
  onRetry: (error: DeliveryError, retry: number, delayMs: number) => Effect.Effect<void> = () =>
    Effect.void,
): Schedule.Schedule<Duration.Duration, DeliveryError> =>
  Schedule.exponential(Duration.millis(policy.baseDelayMs)).pipe(
    Schedule.setInputType<DeliveryError>(),
    Schedule.upTo({ times: policy.maxRetries }),
    Schedule.modifyDelay(({ duration }) =>
      Effect.succeed(Duration.millis(Math.min(policy.maxDelayMs, Duration.toMillis(duration)))),
    ),
    Schedule.tap(({ input, attempt, duration }) =>
      onRetry(input, attempt, Duration.toMillis(duration)),
    ),
  )

const describe = (cause: unknown): string =>
  cause instanceof Error
    ? `${cause.message}${cause.cause instanceof Error ? ` (${cause.cause.message})` : ""}`
    : String(cause)

const postWebhook = (
  target: Extract<ChangeTarget, { kind: "webhook" }>,
  event: WatchEvent,
  timeoutMs: number,
): Effect.Effect<void, DeliveryError> =>
  Effect.tryPromise({
    try: async (signal) => {
      const response = await fetch(target.url, {
        method: "POST",
        headers: {
          ...target.headers,
          "content-type": "application/json",
          "idempotency-key": event.id,
          "user-agent": "rareearth-watch",
        },
        body: JSON.stringify(event),
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      })
      await response.arrayBuffer().catch(() => undefined)
      return response.status
    },
    catch: (cause) =>
      new DeliveryError({
        message: `Webhook ${target.url} failed for event ${event.id}: ${describe(cause)}`,
        eventId: event.id,
        cause,
      }),
  }).pipe(
    Effect.flatMap((status) =>
      status >= 200 && status < 300
        ? Effect.void
        : Effect.fail(
            new DeliveryError({
              message: `Webhook ${target.url} answered ${status} for event ${event.id}`,
              eventId: event.id,
              status,
            }),
          ),
    ),
  )

const runCommand = (
  target: Extract<ChangeTarget, { kind: "command" }>,
  event: WatchEvent,
  timeoutMs: number,
): Effect.Effect<void, DeliveryError> =>
  Effect.tryPromise({
    try: (signal) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn("/bin/sh", ["-c", target.command], {
          stdio: ["pipe", "ignore", "pipe"],
          env: { ...process.env, RAREEARTH_EVENT_ID: event.id, RAREEARTH_EVENT_TYPE: event.type },
          signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
        })
        let stderr = ""
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
          stderr = (stderr + chunk).slice(-500)
        })
        child.stdin.on("error", () => undefined)
        child.stdin.end(`${JSON.stringify(event)}\n`)
        child.on("error", reject)
        child.on("close", (code, signalName) =>
          code === 0
            ? resolve()
            : reject(
                new Error(
                  `exited ${code ?? signalName}${stderr.trim() ? `: ${stderr.trim()}` : ""}`,
                ),
              ),
        )
      }),
    catch: (cause) =>
      new DeliveryError({
        message: `Command ${JSON.stringify(target.command)} failed for event ${event.id}: ${describe(cause)}`,
        eventId: event.id,
        cause,
      }),
  })

/**
 * One delivery attempt of one event.
 * @category watch
 * @since 0.2.0
 */
export const deliverOnce = (
  target: ChangeTarget,
  event: WatchEvent,
  timeoutMs: number = DEFAULT_DELIVERY_RETRY.attemptTimeoutMs,
): Effect.Effect<void, DeliveryError> => {
  switch (target.kind) {
    case "webhook":
      return postWebhook(target, event, timeoutMs)
    case "command":
      return runCommand(target, event, timeoutMs)
    case "handler":
      return Effect.tryPromise({
        try: (signal) => target.handle(event, signal),
        catch: (cause) =>
          new DeliveryError({
            message: `Handler failed for event ${event.id}: ${describe(cause)}`,
            eventId: event.id,
            cause,
          }),
      })
  }
}
