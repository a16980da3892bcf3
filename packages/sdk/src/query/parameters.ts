/**
 * Parameters shared by the local engine's modules: a string parsed by one of core's parsers, and
 * an element given by symbol, name or atomic number.
 * @internal
 */
import * as Element from "@rareearth/core/Element"
import * as Effect from "effect/Effect"
import { invalidParameter, parseParameter } from "../internal/validation.ts"

/** A string parameter parsed by a core parser; anything else fails naming the parameter. */
export const parseString = <A>(parameter: string, input: unknown, parse: (value: string) => A) =>
  typeof input === "string"
    ? parseParameter(parameter, () => parse(input))
    : Effect.fail(invalidParameter(parameter, `expected a string, got ${JSON.stringify(input)}`))

/** An element parameter that is neither a string nor a number. */
export const invalidElement = (input: unknown) =>
  Effect.fail(
    invalidParameter(
      "element",
      `expected a symbol, name or atomic number, got ${JSON.stringify(input)}`,
    ),
  )

/** An element parameter: a symbol, a name or an atomic number. */
export const parseElement = (input: unknown) =>
  typeof input === "string" || typeof input === "number"
    ? parseParameter("element", () => Element.lookup(input).symbol)
    : invalidElement(input)
