/**
 * The one base of every rareearth error, in core and in the SDK, and the one factory that makes
 * error classes. Each class gets a `_tag` (for `catchTag` and `switch`), its own `Symbol.for`
 * marker and a static `isInstance`, so that recognising an error works across duplicate installs
 * of a package (a marker in the global symbol registry, not a class identity check). Core has no
 * Effect: the factory takes the class to extend, and the SDK passes Effect's `Data.Error` so its
 * errors can be yielded in Effect's typed error channel.
 * @since 0.1.0
 */

/**
 * The marker every rareearth error carries (a registry symbol: the same in every copy of the
 * packages).
 * @category symbols
 * @since 0.1.0
 */
export const RareEarthErrorTypeId: unique symbol = Symbol.for(
  "@rareearth/sdk/RareEarthError",
) as never

const hasMarker = (value: unknown, marker: symbol): boolean =>
  typeof value === "object" && value !== null && marker in value

/**
 * Whether a value is a rareearth error (any package, any copy).
 * @example
 * ```ts
 * import { Element, isRareEarthError } from "@rareearth/core"
 * try {
 *   Element.lookup("Xx")
 * } catch (error) {
 *   isRareEarthError(error) // true
 * }
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isRareEarthError = (value: unknown): value is RareEarthError =>
  hasMarker(value, RareEarthErrorTypeId)

/** The constructor arguments of an error: its message, an optional cause, and its own fields. */
type Fields = { readonly message: string; readonly cause?: unknown }

/**
 * The base of every rareearth error: an `Error` with a `_tag`. `instanceof RareEarthError` and
 * `instanceof` a made class test the marker, so they also hold for errors from another copy.
 * @example
 * ```ts
 * import { InputError, RareEarthError } from "@rareearth/core"
 * new InputError.InvalidInputError("bad") instanceof RareEarthError // true
 * ```
 * @category errors
 * @since 0.1.0
 */
export abstract class RareEarthError extends Error {
  abstract readonly _tag: string
  declare readonly [RareEarthErrorTypeId]: typeof RareEarthErrorTypeId

  constructor(args: Fields) {
    super(args.message, "cause" in args && args.cause !== undefined ? { cause: args.cause } : {})
    Object.assign(this, args)
  }

  // Made classes define their own; this one answers for the base.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isRareEarthError(value)
  }
}

/** A class an error can extend: built from a fields object (`{ message, cause?, ... }`). */
export type ErrorBase = new (args: Fields & Record<string, unknown>) => Error

/**
 * A made error class: `new` takes the error's fields (its message, an optional cause and its
 * own fields); instances are `I & { _tag }` with the fields; `isInstance` narrows.
 * @category models
 * @since 0.1.0
 */
export interface TaggedErrorClass<Tag extends string, I> {
  new <A extends Fields = Fields>(
    args: { readonly [K in keyof A as K extends "_tag" ? never : K]: A[K] },
  ): I & RareEarthError & { readonly _tag: Tag } & Readonly<A>
  /** The registry symbol that instances of this class carry. */
  readonly marker: symbol
  /** Whether a value is an instance of this class, also from another copy of the package. */
  isInstance<T>(this: abstract new (...args: never) => T, value: unknown): value is T
}

/**
 * Makes a factory of tagged error classes over a base class, with markers in a namespace
 * (`"@rareearth/core"` gives `Symbol.for("@rareearth/core/InvalidInputError")`). Core uses
 * {@link TaggedError}; the SDK calls this with Effect's `Data.Error`, so its errors are yieldable.
 * @example
 * ```ts
 * import { makeTaggedError } from "@rareearth/core"
 * class Base extends Error {
 *   constructor(args: { message: string }) {
 *     super(args.message)
 *     Object.assign(this, args)
 *   }
 * }
 * const MyError = makeTaggedError(Base, "@my/pkg")
 * class Oops extends MyError("Oops")<{ message: string; code: number }> {}
 * Oops.isInstance(new Oops({ message: "x", code: 1 })) // true
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeTaggedError =
  <I extends Error>(Base: new (args: Fields & Record<string, unknown>) => I, namespace: string) =>
  <Tag extends string>(tag: Tag): TaggedErrorClass<Tag, I> => {
    const marker = Symbol.for(`${namespace}/${tag}`)
    const base = Base as unknown as new (args: Fields & Record<string, unknown>) => Error
    class Tagged extends base {
      readonly _tag: Tag = tag
      static readonly marker = marker

      constructor(args: Fields & Record<string, unknown>) {
        super(args)
        Object.defineProperty(this, RareEarthErrorTypeId, { value: RareEarthErrorTypeId })
        Object.defineProperty(this, marker, { value: true })
      }

      // The class's own marker (subclasses share it), never an identity check.
      static isInstance(value: unknown): boolean {
        return hasMarker(value, marker)
      }

      static override [Symbol.hasInstance](value: unknown): boolean {
        return hasMarker(value, marker)
      }
    }
    Object.defineProperty(Tagged.prototype, "name", { value: tag, writable: true })
    return Tagged as unknown as TaggedErrorClass<Tag, I>
  }

/**
 * Core's factory of tagged error classes (markers under `@rareearth/core`), over
 * {@link RareEarthError}.
 * @example
 * ```ts
 * import { TaggedError } from "@rareearth/core"
 * class Unsupported extends TaggedError("Unsupported")<{ message: string; feature: string }> {}
 * const error = new Unsupported({ message: "no", feature: "x" })
 * error._tag // "Unsupported"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const TaggedError = makeTaggedError(
  RareEarthError as unknown as new (
    args: Fields & Record<string, unknown>,
  ) => RareEarthError,
  "@rareearth/core",
)
