/**
 * The one validator of rows bound for a SQL store: a batch it made is written without a second
 * check, and nothing else passes for one (not a cast, not a copy, not a later push).
 */
import { describe, expect, it } from "vitest"
import { StoreError } from "../../src/Errors.ts"
import {
  collectFlows,
  isValidated,
  type ValidatedFlows,
  validateFlows,
} from "../../src/node/sql/ValidatedFlows.ts"
import { edgeCases, failure, flow, run, sqliteHarness } from "./__fixtures__/fixtures.ts"

const harness = sqliteHarness()

describe("ValidatedFlows", () => {
  it("collects valid records as parsed and returns the issues of invalid ones", () => {
    const collector = collectFlows()
    expect(collector.add({ ...flow(), extra: "dropped" })).toBeUndefined()
    const issues = collector.add({ ...flow(), period: "2025-13" })
    expect(issues?.[0]?.path).toEqual(["period"])
    expect(collector.size()).toBe(1)
    const batch = collector.finish()
    expect(batch).toHaveLength(1)
    expect(Object.keys(batch[0]!)).not.toContain("extra")
    expect(isValidated(batch)).toBe(true)
    expect(() => collector.add(flow())).toThrow(/already finished/)
  })

  it("is frozen, and neither a copy nor a cast array is trusted", () => {
    const batch = validateFlows("test", edgeCases())
    expect(Object.isFrozen(batch)).toBe(true)
    expect(() => (batch as unknown as Array<unknown>).push(flow())).toThrow(TypeError)
    expect(isValidated([...batch])).toBe(false)
    expect(isValidated(edgeCases() as unknown as ValidatedFlows)).toBe(false)
    expect(validateFlows("test", batch)).toBe(batch)
  })

  it("a store checks a plain array even when its type says validated", async () => {
    const store = await harness.fresh()
    const forged = [flow(), { ...flow({ id: "bad" }), netWeightTonnes: -1 }] as unknown
    const error = await failure(store.write(forged as ValidatedFlows))
    expect(error).toBeInstanceOf(StoreError)
    expect(error.message).toMatch(/index 1 \(id "bad"\).*Nothing was written/)
    expect(await run(store.rowCount)).toBe(0)
  })

  it("a store writes a validated batch without checking its rows a second time", async () => {
    const store = await harness.fresh()
    const batch = validateFlows("test", [flow()])
    // Only this module makes batches; a row changed behind its back shows it is not re-checked
    // (the store's own check would refuse the alias that core's schema does not know).
    ;(batch[0] as { commodity: string }).commodity = "not-a-commodity-code"
    expect(await run(store.write(batch))).toEqual({ added: 1, revised: 0, unchanged: 0 })
    const error = await failure(store.write([flow({ commodity: "not-a-commodity-code" })]))
    expect(error.message).toMatch(/Invalid trade flow at index 0/)
  })
})
