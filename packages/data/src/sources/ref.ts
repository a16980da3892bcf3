/**
 * How the tables of sources (src/sources/) write a source: one `Source.SourceRef` per page, its
 * id kept as a literal type; a page `@rareearth/core` already cites reused under its id.
 * @since 0.2.0
 */
import { ELEMENT_SOURCES } from "@rareearth/core/Element"
import type * as Source from "@rareearth/core/Source"

export type SourceRef = Source.SourceRef

/** A source, its id kept as a literal type. */
export const ref = <const Id extends string>(
  source: SourceRef & { id: Id },
): SourceRef & { id: Id } => source

/**
 * A source `@rareearth/core` already cites for the element data (same page): reused, so that one
 * page has one id across the dataset.
 */
export const fromCore = (id: string): SourceRef => {
  const source = ELEMENT_SOURCES.find((candidate) => candidate.id === id)
  if (source === undefined)
    throw new Error(
      `@rareearth/data: source "${id}" is missing from Element.ELEMENT_SOURCES of @rareearth/core; expected one of ${ELEMENT_SOURCES.map((candidate) => candidate.id).join(", ")}`,
    )
  return source
}
