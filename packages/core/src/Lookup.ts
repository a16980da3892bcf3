/**
 * Lookups, like comtradr's `ct_country_lookup`/`ct_commodity_lookup`: find countries, commodity
 * codes, product forms and elements by name or keyword (`"korea"`, `"magnet"`, `"NdFeB"`,
 * `"oxide"`, `"dysprosium"`). Pure functions over core's own catalogues (countries, the
 * commodity catalogue and its aliases, product forms, the 17 elements): the one home every
 * surface (the SDK client, the CLI's `rareearth lookup`) searches with.
 * @since 0.2.0
 */
import { ALIASES, CATALOGUE, FORM_ALIASES, FORMS, type ProductForm } from "./Commodity.ts"
import { AREAS, COUNTRIES } from "./Country.ts"
import { ELEMENTS } from "./Element.ts"

/**
 * What a match was found on, best first: the `code` or symbol, the `name`, an `alias`, words
 * of a `description` (for elements, their `uses`), or, for a commodity, its product `form`
 * (`"oxide"` finds the compounds of HS 2846).
 * @category models
 * @since 0.2.0
 */
export type MatchedOn = "code" | "name" | "alias" | "description" | "form"

/**
 * One match: the `code` to pass to queries (an ISO country code, a commodity code, a product
 * form, an element symbol), its `name`, and what the text matched.
 * @category models
 * @since 0.2.0
 */
export interface LookupMatch<Kind extends string> {
  readonly kind: Kind
  readonly code: string
  readonly name: string
  readonly matchedOn: MatchedOn
  /** The field text that matched, e.g. the alias `"Republic of Korea"`. */
  readonly matched: string
}

/**
 * Everything a text matches, each list best match first.
 * @category models
 * @since 0.2.0
 */
export interface LookupResult {
  readonly query: string
  readonly countries: ReadonlyArray<LookupMatch<"country" | "area">>
  readonly commodities: ReadonlyArray<LookupMatch<"commodity">>
  readonly forms: ReadonlyArray<LookupMatch<"form">>
  readonly elements: ReadonlyArray<LookupMatch<"element">>
}

// Case- and accent-insensitive words: "Réunion" and "reunion", "NdFeB" and "ndfeb" match.
const normalise = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()

const RANK: Readonly<Record<MatchedOn, number>> = {
  code: 0,
  name: 1,
  alias: 2,
  description: 3,
  form: 4,
}

interface Candidate {
  readonly code: string
  readonly name: string
  readonly fields: ReadonlyArray<{ readonly on: MatchedOn; readonly text: string }>
}

/**
 * The best field of a candidate that matches: exact for codes, every word of the query as the
 * start of a word for names, aliases and descriptions (so "ce" finds "Cerium" but not "Greece").
 */
const bestField = (candidate: Candidate, query: string, words: ReadonlyArray<string>) => {
  let best: { readonly on: MatchedOn; readonly text: string; readonly exact: boolean } | undefined
  for (const field of candidate.fields) {
    const text = normalise(field.text)
    const exact = text === query
    const found =
      field.on === "code"
        ? exact || (/^\d{4,}$/.test(query) && text.startsWith(query))
        : words.every((word) => ` ${text}`.includes(` ${word}`))
    if (!found) continue
    const better =
      best === undefined ||
      RANK[field.on] < RANK[best.on] ||
      (RANK[field.on] === RANK[best.on] && exact && !best.exact)
    if (better) best = { on: field.on, text: field.text, exact }
  }
  return best
}

const search = <Kind extends string>(
  kind: (candidate: Candidate) => Kind,
  candidates: ReadonlyArray<Candidate>,
  text: string,
): ReadonlyArray<LookupMatch<Kind>> => {
  const query = normalise(text)
  if (query === "") return []
  const words = query.split(" ")
  const found: Array<LookupMatch<Kind> & { readonly exact: boolean }> = []
  for (const candidate of candidates) {
    const field = bestField(candidate, query, words)
    if (field === undefined) continue
    found.push({
      kind: kind(candidate),
      code: candidate.code,
      name: candidate.name,
      matchedOn: field.on,
      matched: field.text,
      exact: field.exact,
    })
  }
  return found
    .toSorted(
      (a, b) =>
        RANK[a.matchedOn] - RANK[b.matchedOn] ||
        Number(b.exact) - Number(a.exact) ||
        a.name.localeCompare(b.name),
    )
    .map(({ exact: _exact, ...match }) => match)
}

let countryCandidates: ReadonlyArray<Candidate & { readonly area: boolean }> | undefined
const countryList = () =>
  (countryCandidates ??= [
    ...COUNTRIES.map((country) => ({
      code: country.code,
      name: country.name,
      area: false,
      fields: [
        { on: "code" as const, text: country.code },
        { on: "code" as const, text: country.alpha3 },
        { on: "name" as const, text: country.name },
        ...country.aliases.map((alias) => ({ on: "alias" as const, text: alias })),
      ],
    })),
    ...Object.values(AREAS).map((area) => ({
      code: area.code,
      name: area.name,
      area: true,
      fields: [
        { on: "code" as const, text: area.code },
        { on: "name" as const, text: area.name },
        { on: "alias" as const, text: area.comtradeName },
      ],
    })),
  ])

/**
 * Countries and trade areas whose code, name or alias matches.
 * @example
 * ```ts
 * import { Lookup } from "@rareearth/core"
 * Lookup.countries("korea").map((match) => match.code) // ["KP", "KR"]
 * Lookup.countries("KOR")[0]?.name // "South Korea"
 * ```
 * @category lookups
 * @since 0.2.0
 */
export const countries = (text: string): ReadonlyArray<LookupMatch<"country" | "area">> =>
  search(
    (candidate) => ((candidate as { area?: boolean }).area ? "area" : "country"),
    countryList(),
    text,
  )

const aliasesOf = (code: string): ReadonlyArray<string> =>
  Object.entries(ALIASES)
    .filter(([, target]) => target === code)
    .map(([alias]) => alias.replaceAll("-", " "))

/**
 * Commodity codes of the catalogue (HS codes, China's national lines, reported series) whose
 * code, alias or description matches.
 * @example
 * ```ts
 * import { Lookup } from "@rareearth/core"
 * Lookup.commodities("magnet").map((match) => match.code) // ["8505111000", "850511", ...]
 * Lookup.commodities("NdFeB")[0]?.code // "8505111000"
 * ```
 * @category lookups
 * @since 0.2.0
 */
export const commodities = (text: string): ReadonlyArray<LookupMatch<"commodity">> => {
  // A form named by the text (by its name or alias, not its description) brings its codes along.
  const named = forms(text).filter((match) => match.matchedOn !== "description")
  return search(
    () => "commodity" as const,
    CATALOGUE.map((info) => ({
      code: info.code,
      name: info.description,
      fields: [
        { on: "code" as const, text: info.code },
        ...aliasesOf(info.code).map((alias) => ({ on: "alias" as const, text: alias })),
        { on: "description" as const, text: info.description },
        ...(info.note === undefined ? [] : [{ on: "description" as const, text: info.note }]),
        ...named
          .filter((form) => info.level !== "total" && info.forms.includes(form.code as ProductForm))
          .map((form) => ({ on: "form" as const, text: form.matched })),
      ],
    })),
    text,
  )
}

/**
 * Product forms (the `form` of a controls query) whose name, alias or description matches.
 * @example
 * ```ts
 * import { Lookup } from "@rareearth/core"
 * Lookup.forms("oxide")[0]?.code // "oxide_compound"
 * ```
 * @category lookups
 * @since 0.2.0
 */
export const forms = (text: string): ReadonlyArray<LookupMatch<"form">> =>
  search(
    () => "form" as const,
    (Object.keys(FORMS) as Array<ProductForm>).map((form) => ({
      code: form,
      name: FORMS[form].label,
      fields: [
        { on: "code" as const, text: form.replaceAll("_", " ") },
        { on: "name" as const, text: FORMS[form].label },
        ...Object.entries(FORM_ALIASES)
          .filter(([, target]) => target === form)
          .map(([alias]) => ({ on: "alias" as const, text: alias })),
        { on: "description" as const, text: FORMS[form].description },
      ],
    })),
    text,
  )

/**
 * Elements whose symbol, name or atomic number matches, or whose uses mention the text.
 * @example
 * ```ts
 * import { Lookup } from "@rareearth/core"
 * Lookup.elements("dysprosium")[0]?.code // "Dy"
 * Lookup.elements("NdFeB").map((match) => match.code) // ["Dy", "Nd", "Pr", "Tb", ...]
 * ```
 * @category lookups
 * @since 0.2.0
 */
export const elements = (text: string): ReadonlyArray<LookupMatch<"element">> =>
  search(
    () => "element" as const,
    ELEMENTS.map((element) => ({
      code: element.symbol,
      name: element.name,
      fields: [
        { on: "code" as const, text: element.symbol },
        { on: "code" as const, text: String(element.atomicNumber) },
        { on: "name" as const, text: element.name },
        ...element.uses.map((use) => ({ on: "description" as const, text: use })),
      ],
    })),
    text,
  )

/**
 * Everything a text matches: countries, commodities, product forms and elements.
 * @example
 * ```ts
 * import { Lookup } from "@rareearth/core"
 * const found = Lookup.lookup("dysprosium")
 * found.elements[0]?.code // "Dy"
 * found.commodities[0]?.code // "2805301200" (dysprosium metal)
 * ```
 * @category lookups
 * @since 0.2.0
 */
export const lookup = (text: string): LookupResult => ({
  query: text,
  countries: countries(text),
  commodities: commodities(text),
  forms: forms(text),
  elements: elements(text),
})
