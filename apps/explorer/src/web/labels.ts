/**
 * Reference labels on the page: V, V2, S and D as badges, with the CLI's wording (S visibly
 * single-source, D visibly derived), so every surface says the same.
 */
import { evidenceLabel, labelText } from "../cli/supplyOptions.ts"
import { el } from "./dom.ts"

export { evidenceLabel, labelText }

/** A label badge: `S (single source)` in amber, `D (derived)` in grey, others plain. */
export const labelBadge = (label: string | undefined): HTMLSpanElement =>
  el(
    "span",
    {
      class: `badge label label-${label ?? "none"}`,
      title:
        label === "S"
          ? "Single source: one page only, or a secondary page"
          : label === "D"
            ? "Derived: computed from sourced figures (formula shown)"
            : label === "V2"
              ? "Verified in two or more independent pages"
              : label === "V"
                ? "Verified in the page cited"
                : "No reference label",
    },
    labelText(label),
  )

/** Shortens a source for a chart tooltip line. */
export const tooltipSource = (source: { readonly publisher: string; readonly title: string }) =>
  `  source: ${source.publisher}: ${source.title.slice(0, 70)}`
