/**
 * Where the SDK's log lines go. A library is a guest: by default it writes nothing. Give the
 * Promise client a `logger` (any object with `debug`/`info`/`warn`/`error`, `console` included)
 * and/or a `logLevel` to read them; Effect users install their own Effect `Logger` instead, as
 * the SDK logs with `Effect.logWarning`/`Effect.logDebug`.
 * @since 0.2.0
 */
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as References from "effect/References"

/**
 * The levels of the SDK's log lines, from the most detailed; `"none"` writes nothing.
 * @category logging
 * @since 0.2.0
 */
export type LogLevel = "debug" | "info" | "warn" | "error" | "none"

/**
 * A logger: `console` fits, as do pino's and winston's loggers. Each method gets the line and,
 * when there are some, its details (e.g. the first rejected rows of an import).
 * @category logging
 * @since 0.2.0
 */
export interface SdkLogger {
  readonly debug: (message: string, ...details: ReadonlyArray<unknown>) => void
  readonly info: (message: string, ...details: ReadonlyArray<unknown>) => void
  readonly warn: (message: string, ...details: ReadonlyArray<unknown>) => void
  readonly error: (message: string, ...details: ReadonlyArray<unknown>) => void
}

/** The logging options of the Promise client. @category logging @since 0.2.0 */
export interface LoggingOptions {
  /** Where log lines go. Default: nowhere, unless `logLevel` is set (then `console`). */
  readonly logger?: SdkLogger | undefined
  /** The least severe level written. Default `"warn"` when a `logger` is given, else `"none"`. */
  readonly logLevel?: LogLevel | undefined
}

const EFFECT_LEVELS = {
  debug: "Debug",
  info: "Info",
  warn: "Warn",
  error: "Error",
  none: "None",
} as const

const methodOf = (level: string): keyof SdkLogger =>
  level === "Debug" || level === "Trace"
    ? "debug"
    : level === "Info"
      ? "info"
      : level === "Warn"
        ? "warn"
        : "error"

/**
 * The layer that routes the SDK's Effect log lines to a logger, or silences them (the default).
 * @example
 * ```ts
 * import { loggingLayer } from "@rareearth/sdk"
 * const silent = loggingLayer({}) // nothing is written
 * const verbose = loggingLayer({ logger: console, logLevel: "debug" })
 * ```
 * @category logging
 * @since 0.2.0
 */
export const loggingLayer = (options: LoggingOptions): Layer.Layer<never> => {
  const level: LogLevel = options.logLevel ?? (options.logger === undefined ? "none" : "warn")
  const target = options.logger ?? globalThis.console
  const logger = Logger.make(({ message, logLevel }) => {
    const parts = Array.isArray(message) ? message : [message]
    const [first, ...details] = parts
    target[methodOf(logLevel)](`[rareearth] ${String(first)}`, ...details)
  })
  return Layer.merge(
    Logger.layer(level === "none" ? [] : [logger]),
    Layer.succeed(References.MinimumLogLevel, EFFECT_LEVELS[level]),
  )
}
