/**
 * The 17-element grid: each element coloured by its export-control status on the chosen date
 * (the strongest status among the measures covering it). Sc and Y sit above the lanthanides,
 * as in the periodic table.
 */
import type { Element, ExportControl } from "@rareearth/core"
import type { ControlStatusRow } from "@rareearth/sdk"
import { el } from "./dom.ts"

/** An element's status on the date; `none` when no measure covers it. */
export type GridStatus = ExportControl.ControlStatus | "none"

// When several measures cover an element, the cell shows the strongest status.
const PRECEDENCE: ReadonlyArray<GridStatus> = [
  "in_force",
  "unknown",
  "suspended",
  "pending",
  "revoked",
  "none",
]

/** The status of each element, with the measures behind it. */
export const elementStatuses = (
  elements: ReadonlyArray<Element.Element>,
  rows: ReadonlyArray<ControlStatusRow>,
): ReadonlyMap<
  string,
  { readonly status: GridStatus; readonly rows: ReadonlyArray<ControlStatusRow> }
> =>
  new Map(
    elements.map((element) => {
      const covering = rows.filter((row) => row.measure.scope.elements.includes(element.symbol))
      const status =
        PRECEDENCE.find((candidate) => covering.some((row) => row.status === candidate)) ?? "none"
      return [element.symbol, { status, rows: covering }] as const
    }),
  )

const STATUS_TEXT: Readonly<Record<GridStatus, string>> = {
  in_force: "controlled (in force)",
  suspended: "control suspended",
  pending: "control announced, not yet in force",
  unknown: "status unknown",
  revoked: "control revoked",
  none: "no control recorded",
}

/** Fills `grid` with one button per element; `onPick` gets the clicked symbol. */
export const renderElementGrid = (
  grid: HTMLElement,
  elements: ReadonlyArray<Element.Element>,
  statuses: ReturnType<typeof elementStatuses>,
  on: string,
  onPick: (symbol: string) => void,
): void => {
  const cell = (element: Element.Element) => {
    const status = statuses.get(element.symbol)?.status ?? "none"
    const button = el(
      "button",
      {
        type: "button",
        class: `element status-${status}`,
        "data-symbol": element.symbol,
        "data-status": status,
        title: `${element.name} (${element.symbol}) on ${on}: ${STATUS_TEXT[status]}`,
        "aria-label": `${element.name}: ${STATUS_TEXT[status]}`,
      },
      el("span", { class: "z" }, element.atomicNumber),
      el("span", { class: "symbol" }, element.symbol),
      el("span", { class: "name" }, element.name),
    )
    button.addEventListener("click", () => onPick(element.symbol))
    return button
  }
  const sorted = [...elements].sort((a, b) => a.atomicNumber - b.atomicNumber)
  const scandiumYttrium = sorted.filter((element) => element.atomicNumber < 57)
  const lanthanides = sorted.filter((element) => element.atomicNumber >= 57)
  grid.replaceChildren(
    ...scandiumYttrium.map(cell),
    el(
      "span",
      { class: "group-label" },
      "← scandium and yttrium; below: the lanthanides, La to Lu",
    ),
    ...lanthanides.map(cell),
  )
  grid.dataset.on = on
}
