/**
 * The builder of the cited pages' sources, and of the `cite` functions over a set of them.
 * @since 0.2.0
 */
import type { Source } from "@rareearth/core"
import { Sources } from "../sources.ts"

type SourceRef = Source.SourceRef

/** A page's source; `described` when the title describes the page rather than spells its address. */
export const page = (
  id: string,
  publisher: string,
  url: string,
  title: string,
  described = false,
): SourceRef => ({
  id,
  title,
  publisher,
  url,
  note: described
    ? "Title describes the page (its headline was not recorded)."
    : "Title as the page's address spells it.",
})

/** A key a {@link citer} over `P` accepts: a key of `P`, or `Sources.<key>`. */
export type CiteKeyOf<P> = (keyof P & string) | `Sources.${keyof typeof Sources}`

/**
 * A `cite` over the given pages: the source of each key, a page key or `Sources.<key>` for a page
 * already in {@link Sources}. Throws on an unknown key, so a typo fails the tests rather than
 * citing nothing.
 */
export const citer =
  <const P extends Record<string, SourceRef>>(pages: P) =>
  (...keys: ReadonlyArray<CiteKeyOf<P>>): SourceRef[] =>
    keys.map((key) => {
      const source = key.startsWith("Sources.")
        ? Sources[key.slice("Sources.".length) as keyof typeof Sources]
        : pages[key]
      if (source === undefined) throw new Error(`@rareearth/data: unknown page key "${key}"`)
      return source
    })
