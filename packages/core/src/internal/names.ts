/**
 * The one way core reads a user-typed name from a closed set (flow directions, product forms,
 * quota kinds): case-insensitive, spaces and hyphens read as underscores, aliases resolved.
 * Every surface (CLI, REST API, SDK, file import) goes through the parsers built on it, so they
 * accept the same spellings and fail with the same message.
 */
import { invalid, quote } from "../InputError.ts"

/** `" Re-Export "` -> `"re_export"`. */
export const normaliseName = (input: string): string =>
  input
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")

/** What a closed set is called in messages, its values and their aliases. */
export interface NameSet<A extends string> {
  /** E.g. `"product form"`. */
  readonly what: string
  /** The issue code of a rejected value, e.g. `"unknown_form"`. */
  readonly code: string
  readonly values: ReadonlyArray<A>
  readonly aliases: Readonly<Record<string, A>>
}

/** The message listing the valid values (and aliases) of a set, shared by every rejection. */
export const expectedNames = <A extends string>(set: NameSet<A>): string => {
  const aliases = Object.keys(set.aliases)
  return `expected one of ${set.values.join(", ")}${aliases.length === 0 ? "" : ` (or an alias: ${aliases.join(", ")})`}`
}

/** The canonical value of `input` in `set`, or an InvalidInputError naming it and the valid values. */
export const parseName = <A extends string>(set: NameSet<A>, input: string): A => {
  if (typeof input === "string") {
    const key = normaliseName(input)
    if ((set.values as ReadonlyArray<string>).includes(key)) return key as A
    if (Object.hasOwn(set.aliases, key)) return set.aliases[key]!
  }
  throw invalid(set.code, `Unknown ${set.what} ${quote(input)}: ${expectedNames(set)}`, input)
}
