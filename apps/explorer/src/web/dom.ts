/** Small DOM helpers: elements built with text nodes only (no innerHTML), source links. */
import type { Source } from "@rareearth/core"

type Child = Node | string | number | null | undefined | false

/** `el("a", { href }, "text")`: creates an element with attributes and children. */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: ReadonlyArray<Child>
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value)
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    element.append(typeof child === "number" ? String(child) : child)
  }
  return element
}

/** Replaces an element's children. */
export const replace = (parent: Element, ...children: ReadonlyArray<Child>): void => {
  parent.replaceChildren()
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.append(typeof child === "number" ? String(child) : child)
  }
}

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 })

/** `3,188`; `n/a` for unknown. */
export const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? "n/a" : numberFormat.format(value)

/** `+157.5%`; `n/a` for unknown. */
export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? "n/a"
    : `${value > 0 ? "+" : value < 0 ? "−" : "±"}${numberFormat.format(Math.abs(value))}%`

/** One source as a link (or plain text without a URL): "Title — Publisher, date". */
export const sourceItem = (source: Source.SourceRef): HTMLLIElement =>
  el(
    "li",
    {},
    source.url
      ? el("a", { href: source.url, target: "_blank", rel: "noopener noreferrer" }, source.title)
      : source.title,
    ` — ${source.publisher}${source.publishedOn ? `, ${source.publishedOn}` : ""}`,
  )

/** A list of sources. */
export const sourceList = (sources: ReadonlyArray<Source.SourceRef>): HTMLUListElement =>
  el("ul", { class: "sources" }, ...sources.map(sourceItem))

/** A table from a header row and body rows. */
export const table = (
  target: HTMLTableElement,
  headers: ReadonlyArray<string | { readonly text: string; readonly number?: boolean }>,
  rows: ReadonlyArray<{
    readonly cells: ReadonlyArray<Child | { readonly node: Child; readonly number: true }>
    readonly className?: string
  }>,
): void => {
  const head = el(
    "thead",
    {},
    el(
      "tr",
      {},
      ...headers.map((header) =>
        typeof header === "string"
          ? el("th", { scope: "col" }, header)
          : el("th", { scope: "col", class: header.number ? "number" : undefined }, header.text),
      ),
    ),
  )
  const body = el(
    "tbody",
    {},
    ...rows.map((row) =>
      el(
        "tr",
        { class: row.className },
        ...row.cells.map((cell) =>
          cell !== null && typeof cell === "object" && "number" in cell && !(cell instanceof Node)
            ? el("td", { class: "number" }, cell.node)
            : el("td", {}, cell as Child),
        ),
      ),
    ),
  )
  target.replaceChildren(head, body)
}

/** Compact source links: the publishers, each linking to its source (title on hover). */
export const sourceLinks = (sources: ReadonlyArray<Source.SourceRef>): HTMLSpanElement =>
  el(
    "span",
    { class: "source-links" },
    ...sources.flatMap((source, index) => {
      const link = source.url
        ? el(
            "a",
            { href: source.url, target: "_blank", rel: "noopener noreferrer", title: source.title },
            source.publisher,
          )
        : el("span", { title: source.title }, source.publisher)
      return index === 0 ? [link] : ["; ", link]
    }),
  )
