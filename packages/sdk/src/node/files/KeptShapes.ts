/**
 * Objects kept from one import to the next, one set per kind of file: small instances of the
 * classes an import's row loop runs on (splitters, sink, batch, key caches) and, for JSON, a
 * record as `JSON.parse` made it. V8 holds the hidden class (map) of an object only as long as
 * some object has it, and the optimised code of the row loop embeds those maps: when a garbage
 * collection took the last import's objects, it threw that code away ("embedded weak objects
 * cleared"), so that every import ran its first rows in slower code again. On the main thread
 * of a parallel import, whose worker holds the other core, that lasted most of its first range;
 * in a process importing file after file, the recompiled code ran ever slower (an import's CPU
 * time ~2.5x from about the 7th import on).
 * @internal
 */
const kept = new Map<"csv" | "json", ReadonlyArray<unknown>>()

/** Keeps `objects` (and lets go of the last ones kept for `kind`). @internal */
export const keepShapes = (kind: "csv" | "json", objects: ReadonlyArray<unknown>): void => {
  kept.set(kind, objects)
}
