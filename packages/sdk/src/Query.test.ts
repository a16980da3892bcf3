/**
 * The query types are derived from the API contract's schemas: closed sets are typed as their
 * unions (autocomplete in editors), and the page limits are the contract's.
 */
import type { Commodity, Quota, TradeFlow } from "@rareearth/core"
import { describe, expect, expectTypeOf, it } from "vitest"
import { Routes } from "./http/ApiContract.ts"
import * as Sdk from "./index.ts"
import {
  type ControlsQuery,
  DEFAULT_PAGE_LIMIT,
  type FlowQuery,
  MAX_PAGE_LIMIT,
  type QuotaQuery,
  type SeriesQuery,
} from "./Query.ts"

describe("query types", () => {
  it("type closed sets as their unions", () => {
    expectTypeOf<NonNullable<ControlsQuery["form"]>>().toEqualTypeOf<Commodity.ProductForm>()
    expectTypeOf<NonNullable<FlowQuery["flow"]>>().toEqualTypeOf<TradeFlow.FlowDirection>()
    expectTypeOf<NonNullable<QuotaQuery["kind"]>>().toEqualTypeOf<Quota.QuotaKind>()
    expectTypeOf<SeriesQuery["commodity"]>().toEqualTypeOf<string>()
    // @ts-expect-error: not a product form
    const wrong: ControlsQuery = { form: "powder" }
    expect(wrong).toBeDefined()
  })

  it("use the contract's page limits", () => {
    expect(Routes.flows.queryParameters.limit.schema.parse(undefined)).toBe(DEFAULT_PAGE_LIMIT)
    expect(Routes.flows.queryParameters.limit.expected).toContain(String(MAX_PAGE_LIMIT))
  })

  it("export no name from the entry that is not there at run time (no phantom Element)", () => {
    expect("Element" in Sdk).toBe(false)
    expect(Sdk.DEFAULT_PAGE_LIMIT).toBe(100)
  })
})
