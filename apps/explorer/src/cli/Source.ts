/**
 * `--source`: which data source the SDK client reads. Parsed once, then turned into an SDK
 * client (`createClient`) for the data commands, or (SourceLayer.ts) into the layer `sync` reads
 * and the service that `serve` puts behind the REST API.
 */
import { createClient, type RareEarthClient } from "@rareearth/sdk/client"
import { UsageError } from "./UsageError.ts"

/** The SDK's Promise client. */
export type Client = RareEarthClient

/** A SQLite or PostgreSQL store or a dataset file, as the SDK's `parseStoreLocation` reads it. */
export type StoreSpec = (
  | { readonly kind: "sqlite"; readonly path: string }
  | { readonly kind: "postgres"; readonly url: string; readonly schema?: string | undefined }
  | { readonly kind: "dataset"; readonly path: string }
) & {
  /** The SDK's printable description (password redacted). */
  readonly description?: string
}

/** A parsed `--source`. */
export type SourceSpec =
  | { readonly kind: "embedded" }
  | { readonly kind: "http"; readonly baseUrl: string }
  | {
      readonly kind: "comtrade"
      /** Without a key the SDK uses Comtrade's keyless preview (at most 500 rows per request). */
      readonly apiKey: string | undefined
      readonly baseUrl: string | undefined
    }
  | { readonly kind: "file"; readonly path: string }
  | StoreSpec

/** What `--source` accepts, for error messages. */
export const SOURCE_FORMS =
  "embedded, an http(s):// URL of a running explorer (e.g. http://127.0.0.1:8080), comtrade, file:PATH, sqlite:PATH, postgres://USER@HOST/DB, or dataset:PATH (a dataset JSON file)"

/**
 * Parses a store location (`sqlite:PATH`, `postgres://...`, `dataset:PATH`) with the SDK's own
 * parser, so that
 * `--source` and `sync --into` accept and refuse the same strings; a refusal is a UsageError
 * (exit 2) that names the option.
 */
export const parseStore = async (value: string, flag: string): Promise<StoreSpec> => {
  // The Node-only part of the SDK loads on demand: the other sources never pay for it.
  const { describeStoreLocation, parseStoreLocation } = await import("@rareearth/sdk/node")
  try {
    const location = parseStoreLocation(value)
    return { ...location, description: describeStoreLocation(location) }
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (--${flag})`)
  }
}

/** True for the strings {@link parseStore} reads. */
export const isStoreLocation = (value: string): boolean =>
  /^(sqlite:|postgres(ql)?:\/\/|dataset:)/i.test(value.trim())

/**
 * Parses `--source` (undefined = embedded). Reads COMTRADE_API_KEY (optional) and
 * COMTRADE_API_URL for comtrade.
 */
export const parseSource = async (
  value: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  flag = "source",
): Promise<SourceSpec> => {
  if (value === undefined || value === "embedded") return { kind: "embedded" }
  if (/^https?:\/\//i.test(value)) {
    if (!URL.canParse(value)) {
      throw new UsageError(
        `invalid URL "${value}" (--${flag}): expected e.g. http://127.0.0.1:8080`,
      )
    }
    return { kind: "http", baseUrl: value.replace(/\/+$/, "") }
  }
  if (value === "comtrade") {
    const apiKey = env.COMTRADE_API_KEY?.trim() || undefined
    const baseUrl = env.COMTRADE_API_URL?.trim() || undefined
    if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
      throw new UsageError(
        `invalid URL "${baseUrl}" in COMTRADE_API_URL: expected e.g. https://comtradeapi.un.org`,
      )
    }
    return { kind: "comtrade", apiKey, baseUrl }
  }
  if (value.startsWith("file:")) {
    const path = value.slice("file:".length)
    if (path === "") {
      throw new UsageError(
        `missing path in "file:" (--${flag}): expected file:PATH, e.g. file:flows.csv`,
      )
    }
    return { kind: "file", path }
  }
  if (isStoreLocation(value)) return parseStore(value, flag)
  throw new UsageError(`unknown source "${value}" (--${flag}): expected ${SOURCE_FORMS}`)
}

/** A short description of a source, for messages (never prints keys or passwords). */
export const describeSource = (spec: SourceSpec): string => {
  switch (spec.kind) {
    case "embedded":
      return "the embedded dataset"
    case "http":
      return spec.baseUrl
    case "comtrade":
      return `UN Comtrade${spec.apiKey === undefined ? " (keyless preview)" : ""}${spec.baseUrl ? ` at ${spec.baseUrl}` : ""}`
    case "file":
      return `file ${spec.path}`
    case "sqlite":
      return spec.description ?? `SQLite ${spec.path}`
    case "dataset":
      return spec.description ?? `dataset file ${spec.path}`
    case "postgres": {
      if (spec.description !== undefined) return spec.description
      const url = new URL(spec.url)
      url.password = ""
      return `PostgreSQL ${url.host}${url.pathname}`
    }
  }
}

/**
 * How long a call may take: UN Comtrade answers a query with several slow requests (two
 * minutes); every other source takes the SDK's default (`DEFAULT_TIMEOUT_MS`).
 */
const timeoutFor = (spec: SourceSpec): number | undefined =>
  spec.kind === "comtrade" ? 120_000 : undefined

/**
 * The SDK's Promise client over a parsed `--source`. On the embedded source it is the SDK's
 * default client, which loads the dataset (and the parts of the SDK that read it) as the
 * questions asked need them: `elements` answers without the trade flows.
 */
export const createClientFor = async (spec: SourceSpec): Promise<Client> =>
  createClient({
    source:
      spec.kind === "embedded"
        ? "embedded"
        : await (await import("./SourceLayer.ts")).layerFor(spec),
    timeout: timeoutFor(spec),
  })
