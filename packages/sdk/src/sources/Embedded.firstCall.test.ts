/**
 * What a browser app's first questions load, module by module: the Promise client's `elements`
 * then `flows` (no filter) load neither the engine's supply queries, nor exposure (with the BOM
 * reader and the material presets), nor the country catalogue, nor Effect's streams, nor the
 * Http source (its remote client and answer schemas) or `lookup`'s catalogues; each loads with
 * the first call that needs it. Module loads are counted by vitest's module mocks (a factory runs on the first
 * import of its module), in a file of its own so that no other test has loaded them before.
 */
import { assert, it } from "@effect/vitest"
import { Effect } from "effect"
import { vi } from "vitest"
import { createClient } from "../Client.ts"

const loaded = vi.hoisted(() => new Set<string>())

vi.mock("../query/LocalSupply.ts", async (importOriginal) => {
  loaded.add("LocalSupply")
  return importOriginal()
})
vi.mock("../query/exposure.ts", async (importOriginal) => {
  loaded.add("exposure")
  return importOriginal()
})
vi.mock("../query/AllFlows.ts", async (importOriginal) => {
  loaded.add("AllFlows")
  return importOriginal()
})
vi.mock("@rareearth/data/materials", async (importOriginal) => {
  loaded.add("materials")
  return importOriginal()
})
vi.mock("@rareearth/core/Country", async (importOriginal) => {
  loaded.add("Country")
  return importOriginal()
})
vi.mock("@rareearth/core/Lookup", async (importOriginal) => {
  loaded.add("Lookup")
  return importOriginal()
})
vi.mock("../http/HttpCalls.ts", async (importOriginal) => {
  loaded.add("HttpCalls")
  return importOriginal()
})
vi.mock("../http/ClientResponses.ts", async (importOriginal) => {
  loaded.add("ClientResponses")
  return importOriginal()
})
vi.mock("effect/Stream", async (importOriginal) => {
  loaded.add("Stream")
  return importOriginal()
})

it.effect(
  "a first elements then flows loads only what they answer from; the rest loads with its own first call",
  () =>
    Effect.gen(function* () {
      const client = createClient()
      yield* Effect.promise(() => client.elements())
      const page = yield* Effect.promise(() => client.flows())
      assert.isAbove(page.items.length, 0)
      assert.deepStrictEqual([...loaded], [])

      yield* Effect.promise(() => client.flows({ reporter: "CN", partner: "world" }))
      assert.deepStrictEqual([...loaded], ["Country"])
      yield* Effect.promise(() => client.production({ area: "CN" }))
      assert.include([...loaded], "LocalSupply")
      yield* Effect.promise(() =>
        client.exposure({
          bom: { text: "part_id,material,grade,mass\nrotor,ndfeb-sintered,N42SH,2 kg\n" },
          on: "2025-06-01",
        }),
      )
      assert.includeMembers([...loaded], ["exposure", "materials"])
      yield* Effect.promise(() => client.lookup("korea"))
      assert.include([...loaded], "Lookup")
      yield* Effect.promise(() => client.close())
      // Effect's streams: never, on the Promise client (it pages with `flows`).
      assert.notInclude([...loaded], "Stream")
      assert.notInclude([...loaded], "AllFlows")
    }),
)
