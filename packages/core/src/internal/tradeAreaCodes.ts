/**
 * The schemas of country and trade area codes, apart from Country.ts and its catalogue: a module
 * that validates codes (a trade flow, a measure) imports these, and a browser chunk that decodes
 * records does not carry the 250 countries. Country.ts re-exports them (`Country.CountryCode`).
 */
import * as z from "./zod.ts"

/** An ISO 3166-1 alpha-2 code, upper case (validated against the generated list). @category schemas @since 0.1.0 */
export const CountryCode = /* @__PURE__ */ /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(/^[A-Z]{2}$/, {
    error: "expected an ISO 3166-1 alpha-2 code such as US, CN, DE",
  }),
)
export type CountryCode = z.infer<typeof CountryCode>

/**
 * A trade partner: a country's alpha-2 code, or a named area that is not a country,
 * written in upper snake case (`WORLD`, `OTHER_ASIA_NES`, ...).
 * @category schemas
 * @since 0.1.0
 */
export const TradeArea = /* @__PURE__ */ /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(/^([A-Z]{2}|[A-Z][A-Z0-9_]{2,})$/, {
    error: 'expected an ISO 3166-1 alpha-2 code (e.g. "US") or an area code such as "WORLD"',
  }),
)
export type TradeArea = z.infer<typeof TradeArea>
