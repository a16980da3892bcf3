/**
 * What a browser app's first questions load, module by module: the Promise client's `elements`
 * then `flows` (no filter) load neither the engine's queries of measures, quotas and events, nor
 * its supply queries, nor exposure (with the BOM reader and the material presets), nor the
 * country catalogue, nor Effect's streams, nor the Http source (its remote client and answer
 * schemas) or `lookup`'s catalogues; each loads with the first call that needs it. Module loads
 * are counted by vitest's module mocks (a factory runs on the first import of its module), in a
 * file of its own so that no other test has loaded them before.
 */
import { assert, it } from "@effect/vitest"
import { Effect } from "effect"
import { vi } from "vitest"
import { createClient } from "../Client.ts"

const { loaded, counted } = vi.hoisted(() => {
  const loaded = new Set<string>()
  /** A mock factory that records the module's first load under `name` and changes nothing. */
  const counted =
    (name: string) =>
    async (importOriginal: () => Promise<unknown>): Promise<unknown> => {
      loaded.add(name)
      return importOriginal()
    }
  return { loaded, counted }
})

vi.mock("../query/LocalPolicy.ts", counted("LocalPolicy"))
vi.mock("../query/LocalSupply.ts", counted("LocalSupply"))
vi.mock("../query/exposure.ts", counted("exposure"))
vi.mock("../query/AllFlows.ts", counted("AllFlows"))
vi.mock("@rareearth/data/materials", counted("materials"))
vi.mock("@rareearth/core/Country", counted("Country"))
vi.mock("@rareearth/core/Lookup", counted("Lookup"))
vi.mock("../http/HttpCalls.ts", counted("HttpCalls"))
vi.mock("../http/ClientResponses.ts", counted("ClientResponses"))
vi.mock("effect/Stream", counted("Stream"))

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
      yield* Effect.promise(() => client.controls({ on: "2025-06-01" }))
      assert.include([...loaded], "LocalPolicy")
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
