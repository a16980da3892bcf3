/**
 * Countries (ISO 3166-1) and the trade areas that are not countries (World, Comtrade's "nes" areas),
 * with the UN Comtrade numeric-code crosswalk.
 * @since 0.1.0
 */
import { z } from "zod"

/** An ISO 3166-1 alpha-2 code, upper case (validated against the generated list). @category schemas */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, { error: "expected an ISO 3166-1 alpha-2 code such as US, CN, DE" })
export type CountryCode = z.infer<typeof CountryCode>

/**
 * A trade partner: a country's alpha-2 code, or a named area that is not a country,
 * written in upper snake case (`WORLD`, `OTHER_ASIA_NES`, ...).
 * @category schemas
 */
export const TradeArea = z.string().regex(/^([A-Z]{2}|[A-Z][A-Z0-9_]{2,})$/, {
  error: 'expected an ISO 3166-1 alpha-2 code (e.g. "US") or an area code such as "WORLD"',
})
export type TradeArea = z.infer<typeof TradeArea>
