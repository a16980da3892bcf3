/**
 * A parsed `--source` as an SDK layer (what `sync` and `diff` read) or as the RareEarth service
 * (what `serve` puts behind the REST API). A module of its own, loaded by the commands that need
 * it: the data commands get their Promise client from Source.ts without the SDK's sources and
 * Effect's runtime loading at start.
 */
import {
  ComtradeSource,
  EmbeddedSource,
  HttpSource,
  RareEarth,
  type RareEarthService,
  type SdkError,
} from "@rareearth/sdk"
import { Effect, type Layer, ManagedRuntime, Redacted } from "effect"
import type { SourceSpec } from "./Source.ts"

/** The SDK layer (source) for a parsed `--source`. */
export const layerFor = async (spec: SourceSpec): Promise<Layer.Layer<RareEarth, SdkError>> => {
  switch (spec.kind) {
    case "embedded":
      return EmbeddedSource.layer
    case "http":
      return HttpSource.layer({ baseUrl: spec.baseUrl })
    case "comtrade":
      return ComtradeSource.layer({
        ...(spec.apiKey === undefined ? {} : { apiKey: Redacted.make(spec.apiKey) }),
        ...(spec.baseUrl === undefined ? {} : { baseUrl: spec.baseUrl }),
      })
    case "file": {
      // Node-only sources load on demand: the other commands never pay for them.
      const { FileSource } = await import("@rareearth/sdk/node")
      return FileSource.layer({ path: spec.path, mode: "all-or-nothing" })
    }
    case "sqlite": {
      const { SqliteSource } = await import("@rareearth/sdk/node")
      return SqliteSource.layer({ path: spec.path })
    }
    case "postgres": {
      const { PostgresSource } = await import("@rareearth/sdk/node")
      return PostgresSource.layer({ url: spec.url, schema: spec.schema })
    }
    case "dataset": {
      const { DatasetFileSource } = await import("@rareearth/sdk/node")
      return DatasetFileSource.layer({ path: spec.path })
    }
  }
}

/** The RareEarth service over a parsed `--source`, for the REST API; `dispose` releases it. */
export const serviceFor = async (
  spec: SourceSpec,
): Promise<{ readonly service: RareEarthService; readonly dispose: () => Promise<void> }> => {
  const runtime = ManagedRuntime.make(await layerFor(spec))
  try {
    const service = await runtime.runPromise(
      RareEarth.use((rareEarth) => Effect.succeed(rareEarth)),
    )
    return { service, dispose: () => runtime.dispose() }
  } catch (error) {
    await runtime.dispose()
    throw error
  }
}
