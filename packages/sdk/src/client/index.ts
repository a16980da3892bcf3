/**
 * @rareearth/sdk/client: the Promise client alone (`createClient` and its types). A separate
 * entry, so that a bundle of the client carries none of the Effect API's sources, query engine
 * and stores: the client loads the embedded source, and with it the dataset's parts, when a
 * question first needs them. The same client as the root entry's `createClient`.
 * @example
 * ```ts
 * import { createClient } from "@rareearth/sdk/client"
 * const client = createClient()
 * const { items } = await client.elements()
 * console.log(items.length) // 17
 * await client.close()
 * ```
 * @since 0.3.0
 */
export * from "../Client.ts"
