/**
 * Jurisdictions that take measures: a country (ISO 3166-1 alpha-2), the European Union, or a
 * multilateral body (G7, Quad, the Critical Minerals Ministerial, the OECD).
 * @since 0.2.0
 */

import { nameOf as countryName, find as findCountry } from "./Country.ts"
import { invalid, quote } from "./InputError.ts"
import * as z from "./internal/zod.ts"

/**
 * The bodies that are not countries. `EU` is a union with its own law-making (a supranational
 * jurisdiction); the others are plurilateral forums whose acts bind no one by themselves.
 * @category schemas
 * @since 0.2.0
 */
export const Body = /* @__PURE__ */ /* @__PURE__ */ z.enum([
  "EU",
  "G7",
  "QUAD",
  "CRITICAL_MINERALS_MINISTERIAL",
  "OECD",
])
export type Body = z.infer<typeof Body>

/**
 * A jurisdiction: an ISO 3166-1 alpha-2 country code (upper case) or a {@link Body}.
 * @category schemas
 * @since 0.2.0
 */
export const Jurisdiction = /* @__PURE__ */ /* @__PURE__ */ z.union([
  Body,
  /* @__PURE__ */ z.string().check(
    /* @__PURE__ */ z.regex(/^[A-Z]{2}$/, {
      error: "expected an ISO 3166-1 alpha-2 code such as US, or a body",
    }),
  ),
])
export type Jurisdiction = z.infer<typeof Jurisdiction>

/** What kind of jurisdiction a code is. @category models @since 0.2.0 */
export type JurisdictionKind = "country" | "supranational" | "plurilateral" | "organisation"

/** A body's names and kind. @category models @since 0.2.0 */
export interface BodyInfo {
  readonly code: Body
  readonly name: string
  readonly kind: Exclude<JurisdictionKind, "country">
  /** Other names accepted by {@link parse} (any case). */
  readonly aliases: ReadonlyArray<string>
}

/**
 * The bodies, with their names and the aliases {@link parse} accepts.
 * @example
 * ```ts
 * import { Jurisdiction } from "@rareearth/core"
 * Jurisdiction.BODIES.QUAD.name // "Quad (Quadrilateral Security Dialogue)"
 * ```
 * @category data
 * @since 0.2.0
 */
export const BODIES: Readonly<Record<Body, BodyInfo>> = {
  EU: {
    code: "EU",
    name: "European Union",
    kind: "supranational",
    aliases: ["european union", "eu27"],
  },
  G7: {
    code: "G7",
    name: "Group of Seven (G7)",
    kind: "plurilateral",
    aliases: ["group of seven"],
  },
  QUAD: {
    code: "QUAD",
    name: "Quad (Quadrilateral Security Dialogue)",
    kind: "plurilateral",
    aliases: ["quadrilateral security dialogue"],
  },
  CRITICAL_MINERALS_MINISTERIAL: {
    code: "CRITICAL_MINERALS_MINISTERIAL",
    name: "Critical Minerals Ministerial",
    kind: "plurilateral",
    aliases: ["critical minerals ministerial", "cmm", "critical-minerals-ministerial"],
  },
  OECD: {
    code: "OECD",
    name: "Organisation for Economic Co-operation and Development (OECD)",
    kind: "organisation",
    aliases: ["organisation for economic co-operation and development"],
  },
}

const bodyByAlias = (): Map<string, Body> => {
  const map = new Map<string, Body>()
  for (const info of Object.values(BODIES)) {
    map.set(info.code.toLowerCase(), info.code)
    for (const alias of info.aliases) map.set(alias, info.code)
  }
  return map
}

/**
 * Parse a jurisdiction, case-insensitively: a body's code or name (`"eu"`, `"Quad"`,
 * `"critical minerals ministerial"`), or a country by alpha-2, alpha-3 or English name (`"us"`,
 * `"JPN"`, `"Malaysia"`). Throws an {@link InvalidInputError} naming the value and what is valid.
 * @example
 * ```ts
 * import { Jurisdiction } from "@rareearth/core"
 * Jurisdiction.parse("eu") // "EU"
 * Jurisdiction.parse("Japan") // "JP"
 * Jurisdiction.parse("g7") // "G7"
 * Jurisdiction.parse("Atlantis") // throws
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parse = (input: string): Jurisdiction => {
  if (typeof input === "string") {
    const text = input.trim()
    const body = bodyByAlias().get(text.toLowerCase().replace(/\s+/g, " "))
    if (body !== undefined) return body
    const country = findCountry(text)
    if (country?.kind === "country") return country.alpha2
  }
  throw invalid(
    "unknown_jurisdiction",
    `Unknown jurisdiction ${quote(input)}: expected a country (ISO alpha-2 or alpha-3 code or English name, e.g. "US", "JPN", "Malaysia") or one of ${Body.options.join(", ")}`,
    input,
    ["jurisdiction"],
  )
}

/**
 * The kind of a jurisdiction code.
 * @example
 * ```ts
 * import { Jurisdiction } from "@rareearth/core"
 * Jurisdiction.kindOf("EU") // "supranational"
 * Jurisdiction.kindOf("MY") // "country"
 * ```
 * @category lookup
 * @since 0.2.0
 */
export const kindOf = (code: Jurisdiction): JurisdictionKind =>
  Object.hasOwn(BODIES, code) ? BODIES[code as Body].kind : "country"

/**
 * A jurisdiction's display name (an unknown code comes back unchanged).
 * @example
 * ```ts
 * import { Jurisdiction } from "@rareearth/core"
 * Jurisdiction.nameOf("G7") // "Group of Seven (G7)"
 * Jurisdiction.nameOf("AU") // "Australia"
 * ```
 * @category lookup
 * @since 0.2.0
 */
export const nameOf = (code: Jurisdiction): string =>
  Object.hasOwn(BODIES, code) ? BODIES[code as Body].name : countryName(code)
