/**
 * @rareearth/sdk/testing: a source over fixed in-memory data, for downstream tests without
 * network. Give it the records your test needs, only the fields it cares about (the rest get
 * test defaults), spelled as users type them (`"magnets"`, `"united states"`); make any method
 * fail or answer late to test your error paths and timeouts.
 * @since 0.1.0
 */
import * as Commodity from "@rareearth/core/Commodity"
import * as Country from "@rareearth/core/Country"
import type * as Dataset from "@rareearth/core/Dataset"
import * as Element from "@rareearth/core/Element"
import type * as PolicyEvent from "@rareearth/core/PolicyEvent"
import * as Quota from "@rareearth/core/Quota"
import type * as Source from "@rareearth/core/Source"
import * as TradeFlow from "@rareearth/core/TradeFlow"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { type ClientOptions, createClient, type RareEarthClient } from "./Client.ts"
import type { StoreError } from "./Errors.ts"
import { RareEarth, type RareEarthErrors, type RareEarthService } from "./RareEarth.ts"
import { EmbeddedSource } from "./sources/Embedded.ts"

/**
 * The source every test record cites unless it names its own.
 * @category testing
 * @since 0.2.0
 */
export const TEST_SOURCE_REF: Source.SourceRef = {
  id: "test-fixture",
  title: "Test fixture",
  publisher: "@rareearth/sdk/testing",
}

/**
 * A trade flow for a test source: only `period` is required. Defaults: reporter `CN`, partner
 * `WORLD`, flow `export`, commodity `magnets` (`8505111000`), weight and value unknown (null),
 * the {@link TEST_SOURCE_REF} source, confidence `reported`, an id from the natural key. Names
 * may be spelled as users type them (`flow: "Export"`, `partner: "united states"`), and
 * `tonnes` is accepted for `netWeightTonnes`.
 * @category testing
 * @since 0.1.0
 */
export type TestFlow = Partial<
  Omit<TradeFlow.TradeFlow, "flow" | "commodity" | "reporter" | "partner">
> & {
  readonly period: string
  readonly flow?: string | undefined
  readonly commodity?: string | undefined
  readonly reporter?: string | undefined
  readonly partner?: string | undefined
  /** Alias of `netWeightTonnes`. */
  readonly tonnes?: number | null | undefined
}

/**
 * A quota claim for a test source: `year` and `kind` (any spelling `Quota.parseKind` accepts)
 * are required. Defaults: `tonnesReo` null and `disclosed` false unless a figure is given,
 * unpublished, no batches, allocations or recipients, the test source, confidence `reported`.
 * @category testing
 * @since 0.2.0
 */
export type TestQuota = Partial<Omit<Quota.Quota, "kind">> & {
  readonly year: number
  readonly kind: string
}

/**
 * A policy event for a test source: `date` and `title` are required; the kind defaults to
 * `other`, lists to empty, the source to the test source.
 * @category testing
 * @since 0.2.0
 */
export type TestEvent = Partial<PolicyEvent.PolicyEvent> & {
  readonly date: string
  readonly title: string
}

/** The data of a test source: any part of a dataset, records partial. @category testing @since 0.1.0 */
export type TestData = Partial<Omit<Dataset.Dataset, "flows" | "quotas" | "events">> & {
  readonly flows?: ReadonlyArray<TestFlow> | undefined
  readonly quotas?: ReadonlyArray<TestQuota> | undefined
  readonly events?: ReadonlyArray<TestEvent> | undefined
}

/**
 * Faults to inject per method: `failures` makes a method fail with the given error (typed: each
 * method takes only the errors it can really produce), `latency` delays its answer (on Effect's
 * clock, so `TestClock` controls it).
 * @example
 * ```ts
 * import { HttpError } from "@rareearth/sdk"
 * import type { TestFaults } from "@rareearth/sdk/testing"
 *
 * const faults: TestFaults = {
 *   failures: { series: new HttpError({ message: "503", status: 503, url: "http://x/series" }) },
 *   latency: { controls: "2 seconds" },
 * }
 * ```
 * @category testing
 * @since 0.2.0
 */
export interface TestFaults {
  readonly failures?: { readonly [M in keyof RareEarthErrors]?: RareEarthErrors[M] } | undefined
  readonly latency?: { readonly [M in keyof RareEarthService]?: Duration.Input } | undefined
}

// The same parsers as every surface: a test spells names the way users do.
const completeFlow = (flow: TestFlow, index: number): TradeFlow.TradeFlow => {
  const { tonnes, ...rest } = flow
  const canonical = {
    ...rest,
    period: flow.period,
    reporter: Country.parseCountryCode(flow.reporter ?? "CN"),
    partner: Country.parseTradeArea(flow.partner ?? "WORLD"),
    flow: TradeFlow.parseFlowDirection(flow.flow ?? "export"),
    commodity: Commodity.parse(flow.commodity ?? "magnets"),
  }
  return {
    ...canonical,
    id:
      flow.id ??
      `test-${index}-${canonical.period}-${canonical.reporter}-${canonical.partner}-${canonical.flow}-${canonical.commodity}`,
    netWeightTonnes: flow.netWeightTonnes ?? tonnes ?? null,
    valueUsd: flow.valueUsd ?? null,
    sources: flow.sources ?? [TEST_SOURCE_REF],
    confidence: flow.confidence ?? { kind: "reported" },
  }
}

const completeQuota = (quota: TestQuota, index: number): Quota.Quota => {
  const kind = Quota.parseKind(quota.kind)
  const tonnesReo = quota.tonnesReo ?? null
  return {
    ...quota,
    id: quota.id ?? `test-quota-${index}-${quota.year}-${kind}`,
    kind,
    tonnesReo,
    disclosed: quota.disclosed ?? tonnesReo !== null,
    published: quota.published ?? false,
    batches: quota.batches ?? [],
    allocations: quota.allocations ?? [],
    recipientGroups: quota.recipientGroups ?? [],
    sources: quota.sources ?? [TEST_SOURCE_REF],
    confidence: quota.confidence ?? { kind: "reported" },
  }
}

const completeEvent = (event: TestEvent, index: number): PolicyEvent.PolicyEvent => ({
  ...event,
  id: event.id ?? `test-event-${index}`,
  kind: event.kind ?? "other",
  participants: event.participants ?? [],
  summary: event.summary ?? "",
  relatedMeasureIds: event.relatedMeasureIds ?? [],
  sources: event.sources ?? [TEST_SOURCE_REF],
  confidence: event.confidence ?? { kind: "reported" },
})

const TEST_SOURCE_NAME = "test"

const complete = (data: TestData): Dataset.Dataset =>
  ({
    ...data,
    version: data.version ?? "0.0.0",
    asOf: data.asOf ?? "1970-01-01",
    sources: data.sources ?? [],
    elements: data.elements ?? [...Element.ELEMENTS],
    measures: data.measures ?? [],
    quotas: (data.quotas ?? []).map(completeQuota),
    flows: (data.flows ?? []).map(completeFlow),
    events: (data.events ?? []).map(completeEvent),
  }) as Dataset.Dataset

/** Wraps one method's answer with its injected failure and latency. */
const faulty = <A, E>(
  method: keyof RareEarthService,
  effect: Effect.Effect<A, E>,
  faults: TestFaults,
): Effect.Effect<A, E> => {
  const failure = faults.failures?.[method as keyof RareEarthErrors] as E | undefined
  const latency = faults.latency?.[method]
  const answer = failure === undefined ? effect : Effect.fail(failure)
  return latency === undefined ? answer : Effect.delay(answer, latency)
}

const withFaults = (service: RareEarthService, faults: TestFaults): RareEarthService => ({
  ...service,
  elements: faulty("elements", service.elements, faults),
  element: (input) => faulty("element", service.element(input), faults),
  controls: (query) => faulty("controls", service.controls(query), faults),
  quotas: (query) => faulty("quotas", service.quotas(query), faults),
  flows: (query, page) => faulty("flows", service.flows(query, page), faults),
  allFlows: (query) =>
    Stream.unwrap(faulty("allFlows", Effect.succeed(service.allFlows(query)), faults)),
  series: (query) => faulty("series", service.series(query), faults),
  timeline: (query) => faulty("timeline", service.timeline(query), faults),
  datasetInfo: faulty("datasetInfo", service.datasetInfo, faults),
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
 * const layer = TestSource.layer({ flows: [{ period: "2025-06", partner: "US", tonnes: 353 }] })
 * const info = await Effect.runPromise(RareEarth.use((r) => r.datasetInfo).pipe(Effect.provide(layer)))
 * console.log(info.counts.flows) // 1
 * ```
 * @category testing
 * @since 0.1.0
 */
export const TestSource = {
  /** The name `datasetInfo` reports. */
  name: TEST_SOURCE_NAME,
  /**
   * A RareEarth layer over the given data, with optional faults; an invalid flow fails it with
   * a StoreError. Throws core's `InvalidInputError` for a name no parser knows
   * (`flow: "sideways"`).
   */
  layer: (data: TestData, faults: TestFaults = {}): Layer.Layer<RareEarth, StoreError> => {
    const base = EmbeddedSource.fromDataset(complete(data), TEST_SOURCE_NAME)
    return faults.failures === undefined && faults.latency === undefined
      ? base
      : Layer.effect(
          RareEarth,
          RareEarth.use((service) => Effect.succeed(withFaults(service, faults))),
        ).pipe(Layer.provide(base))
  },
} as const

/**
 * A Promise client over fixed in-memory data, with optional faults per method.
 * @example
 * ```ts
 * import { HttpError } from "@rareearth/sdk"
 * import { createTestClient } from "@rareearth/sdk/testing"
 *
 * const client = createTestClient(
 *   { quotas: [{ year: 2025, kind: "mining", tonnesReo: 270_000 }] },
 *   { faults: { failures: { series: new HttpError({ message: "down", status: 503, url: "http://x" }) } } },
 * )
 * console.log((await client.quotas()).items[0]?.disclosed) // true
 * await client.series({ commodity: "magnets" }).catch((error) => console.log(error._tag)) // "HttpError"
 * await client.close()
 * ```
 * @category testing
 * @since 0.1.0
 */
export const createTestClient = (
  data: TestData,
  options: Omit<ClientOptions, "source"> & { readonly faults?: TestFaults | undefined } = {},
): RareEarthClient => {
  const { faults, ...clientOptions } = options
  return createClient({ ...clientOptions, source: TestSource.layer(data, faults) })
}
