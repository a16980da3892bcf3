/**
 * The builders of the cited pages' sources, and of the `cite` functions over a set of them. A
 * page is written as little as its address allows: its id is its key, its publisher its host
 * (unless given), and a title "as the page's address spells it" is the address's last segment
 * spelled out (unless given), so that the shipped pages carry no text their addresses repeat.
 * @since 0.2.0
 */
import type * as Source from "@rareearth/core/Source"

type SourceRef = Source.SourceRef

/** A page of a {@link pages} table: its source, given its key (the page's id). */
type PageEntry = (id: string) => SourceRef

const SPELLED = "Title as the page's address spells it."
const DESCRIBED = "Title describes the page (its headline was not recorded)."

/** The host of an address without its `www.`: `https://www.argusmedia.com/...` → `argusmedia.com`. */
export const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, "")

/**
 * The title an address spells: its last path segment without its extension, dashes and
 * underscores as spaces, the first letter upper-cased (`.../dod-releases-final-rule.html` →
 * `Dod releases final rule`).
 */
export const titleOf = (url: string): string => {
  const segment = new URL(url).pathname.split("/").filter(Boolean).at(-1) ?? ""
  const words = segment
    .replace(/\.(html?|php|aspx?|md|pdf)$/, "")
    .replace(/[-_]+/g, " ")
    .trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const source = (id: string, title: string, publisher: string, url: string, note: string) => ({
  id,
  title,
  publisher,
  url,
  note,
})

/** A page titled as its address spells it ({@link titleOf}). */
export const spelled =
  (url: string, publisher = hostOf(url)): PageEntry =>
  (id) =>
    source(id, titleOf(url), publisher, url, SPELLED)

/** A page titled as its address spells it, where {@link titleOf} does not (an encoded bracket...). */
export const titled =
  (url: string, title: string, publisher = hostOf(url)): PageEntry =>
  (id) =>
    source(id, title, publisher, url, SPELLED)

/** A page whose headline was not recorded: titled "<publisher> page cited for <citedFor>". */
export const described =
  (url: string, citedFor: string, publisher = hostOf(url)): PageEntry =>
  (id) =>
    source(id, `${publisher} page cited for ${citedFor}`, publisher, url, DESCRIBED)

/** A table of pages by key (a page's id is its key); a source given as such is kept (one page, one id). */
export const pages = <const E extends Record<string, PageEntry | SourceRef>>(
  entries: E,
): { readonly [K in keyof E]: SourceRef } =>
  Object.fromEntries(
    Object.entries(entries).map(([id, entry]) => [
      id,
      typeof entry === "function" ? entry(id) : entry,
    ]),
  ) as { readonly [K in keyof E]: SourceRef }

/** A key a {@link citer} over `P` and the sources `S` accepts: a key of `P`, or `Sources.<key of S>`. */
export type CiteKeyOf<P, S = Record<never, SourceRef>> =
  | (keyof P & string)
  | `Sources.${keyof S & string}`

/**
 * A `cite` over the given pages: the source of each key, a page key or `Sources.<key>` for a page
 * already in `Sources` (looked up in `sources`: the tables of src/sources/ a module's records
 * cite, so that citing one does not load every source). Throws on an unknown key, so a typo
 * fails the tests rather than citing nothing.
 */
export const citer =
  <
    const P extends Record<string, SourceRef>,
    const S extends Record<string, SourceRef> = Record<never, SourceRef>,
  >(
    pages: P,
    sources?: S,
  ) =>
  (...keys: ReadonlyArray<CiteKeyOf<P, S>>): SourceRef[] =>
    keys.map((key) => {
      const source = key.startsWith("Sources.")
        ? (sources as Record<string, SourceRef> | undefined)?.[key.slice("Sources.".length)]
        : pages[key]
      if (source === undefined) throw new Error(`@rareearth/data: unknown page key "${key}"`)
      return source
    })
