/**
 * @rareearth/sdk/testing: a source over fixed in-memory data, for downstream tests without
 * network. Give it the records your test needs; the rest stays empty (elements default to the
 * 17 reference elements of @rareearth/core).
 * @since 0.1.0
 */
import { Commodity, Country, type Dataset, Element, TradeFlow } from "@rareearth/core"
import type { Layer } from "effect"
import { type ClientOptions, createClient, type RareEarthClient } from "./client.ts"
import type { StoreError } from "./errors.ts"
import type { RareEarth } from "./RareEarth.ts"
import { EmbeddedSource } from "./sources/Embedded.ts"

/**
 * A trade flow for a test source: its names may be spelled as users type them (`flow:
 * "Export"`, `commodity: "magnets"`, `partner: "united states"`); core's parsers make them
 * canonical.
 * @category testing
 * @since 0.1.0
 */
export type TestFlow = Omit<TradeFlow.TradeFlow, "flow" | "commodity" | "reporter" | "partner"> & {
  readonly flow: string
  readonly commodity: string
  readonly reporter: string
  readonly partner: string
}

/** The data of a test source: any part of a dataset. @category testing @since 0.1.0 */
export type TestData = Partial<Omit<Dataset.Dataset, "flows">> & {
  readonly flows?: ReadonlyArray<TestFlow> | undefined
}

// The same parsers as every surface: a test spells names the way users do.
const canonicalFlow = (flow: TestFlow): TradeFlow.TradeFlow => ({
  ...flow,
  flow: TradeFlow.parseFlowDirection(flow.flow),
  commodity: Commodity.parse(flow.commodity),
  reporter: Country.parseCountryCode(flow.reporter),
  partner: Country.parseTradeArea(flow.partner),
})

const TEST_SOURCE_NAME = "test"

const complete = (data: TestData): Dataset.Dataset => ({
  version: data.version ?? "0.0.0",
  asOf: data.asOf ?? "1970-01-01",
  sources: data.sources ?? [],
  elements: data.elements ?? [...Element.ELEMENTS],
  measures: data.measures ?? [],
  quotas: data.quotas ?? [],
  flows: (data.flows ?? []).map(canonicalFlow),
  events: data.events ?? [],
  // The supply records as given (absent arrays read as empty).
  ...(data.production === undefined ? {} : { production: data.production }),
  ...(data.reserves === undefined ? {} : { reserves: data.reserves }),
  ...(data.salientStatistics === undefined ? {} : { salientStatistics: data.salientStatistics }),
  ...(data.supplyShares === undefined ? {} : { supplyShares: data.supplyShares }),
  ...(data.worldMeasures === undefined ? {} : { worldMeasures: data.worldMeasures }),
  ...(data.prices === undefined ? {} : { prices: data.prices }),
})

/**
 * A source over fixed in-memory data. Same query engine and store as the embedded source, so
 * tests see the behaviour users get.
 * @example
 * ```ts
 * import { RareEarth } from "@rareearth/sdk"
 * import { TestSource } from "@rareearth/sdk/testing"
 * import { Effect } from "effect"
 *
 * const layer = TestSource.layer({ flows: [] })
 * const info = await Effect.runPromise(RareEarth.use((r) => r.datasetInfo).pipe(Effect.provide(layer)))
 * console.log(info.counts.flows) // 0
 * ```
 * @category testing
 * @since 0.1.0
 */
export const TestSource = {
  /** The name `datasetInfo` reports. */
  name: TEST_SOURCE_NAME,
  /**
   * A RareEarth layer over the given data; an invalid flow fails it with a StoreError. Throws
   * core's `InvalidInputError` for a name no parser knows (`flow: "sideways"`).
   */
  layer: (data: TestData): Layer.Layer<RareEarth, StoreError> =>
    EmbeddedSource.fromDataset(complete(data), TEST_SOURCE_NAME),
} as const

/**
 * A Promise client over fixed in-memory data.
 * @example
 * ```ts
 * import { createTestClient } from "@rareearth/sdk/testing"
 *
 * const client = createTestClient({ quotas: [] })
 * console.log(await client.quotas()) // []
 * await client.close()
 * ```
 * @category testing
 * @since 0.1.0
 */
export const createTestClient = (
  data: TestData,
  options: Omit<ClientOptions, "source"> = {},
): RareEarthClient => createClient({ ...options, source: TestSource.layer(data) })
