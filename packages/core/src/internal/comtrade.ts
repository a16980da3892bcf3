/**
 * The UN Comtrade numeric codes that differ from ISO 3166-1 numeric, and Comtrade's areas that
 * are not countries. Kept apart from Country.ts so the generate script can read it without
 * loading the generated country list. Internal: use `Country.COMTRADE_EXCEPTIONS` and `Country.AREAS`.
 *
 * Sources: the Comtrade API notes in the project reference (USA 842, France 251, Italy 381,
 * Switzerland 757, India 699, 490 "Other Asia, nes", 0 World) and UN Comtrade's partner-area
 * reference list for the rest (Norway 579 and the "nes" areas).
 */

/** Countries whose Comtrade code is not their ISO numeric code (`null`: no code of its own). */
export const COMTRADE_COUNTRY_EXCEPTIONS: Readonly<
  Record<string, { comtradeCode: number | null; note: string }>
> = {
  US: {
    comtradeCode: 842,
    note: 'Comtrade "USA" is 842 (includes Puerto Rico and the US Virgin Islands); ISO 840 is not used for it.',
  },
  FR: {
    comtradeCode: 251,
    note: 'Comtrade "France" is 251 (includes Monaco); ISO 250 is not used for it.',
  },
  IT: { comtradeCode: 381, note: 'Comtrade "Italy" is 381; ISO 380 is not used for it.' },
  CH: {
    comtradeCode: 757,
    note: 'Comtrade "Switzerland" is 757 (includes Liechtenstein); ISO 756 is not used for it.',
  },
  IN: { comtradeCode: 699, note: 'Comtrade "India" is 699; 356 is "India (...1974)".' },
  NO: {
    comtradeCode: 579,
    note: 'Comtrade "Norway" is 579 (includes Svalbard and Jan Mayen); ISO 578 is not used for it.',
  },
  TW: {
    comtradeCode: 490,
    note: 'Comtrade reports Taiwan as 490 "Other Asia, nes" (the area OTHER_ASIA_NES).',
  },
  MC: {
    comtradeCode: null,
    note: 'Comtrade reports Monaco within France (251); its ISO code 492 is Comtrade\'s "Europe EU, nes".',
  },
}

/** A Comtrade area that is not a country: its code in this library, its Comtrade code and name. */
export interface ComtradeArea {
  readonly code: string
  readonly name: string
  readonly comtradeCode: number
  readonly comtradeName: string
  readonly note?: string
}

export const COMTRADE_AREAS: ReadonlyArray<ComtradeArea> = [
  {
    code: "WORLD",
    name: "World",
    comtradeCode: 0,
    comtradeName: "World",
    note: "The total over all partners (ISO3 W00).",
  },
  {
    code: "OTHER_ASIA_NES",
    name: "Other Asia, not elsewhere specified",
    comtradeCode: 490,
    comtradeName: "Other Asia, nes",
    note: "In practice Taiwan: Comtrade reports Taiwan's trade under this area.",
  },
  {
    code: "AREAS_NES",
    name: "Areas, not elsewhere specified",
    comtradeCode: 899,
    comtradeName: "Areas, nes",
  },
  {
    code: "OTHER_EUROPE_NES",
    name: "Other Europe, not elsewhere specified",
    comtradeCode: 568,
    comtradeName: "Other Europe, nes",
  },
  {
    code: "OTHER_AFRICA_NES",
    name: "Other Africa, not elsewhere specified",
    comtradeCode: 577,
    comtradeName: "Other Africa, nes",
  },
  {
    code: "OCEANIA_NES",
    name: "Oceania, not elsewhere specified",
    comtradeCode: 527,
    comtradeName: "Oceania, nes",
  },
  {
    code: "REST_OF_AMERICA_NES",
    name: "Rest of America, not elsewhere specified",
    comtradeCode: 636,
    comtradeName: "Rest of America, nes",
  },
  {
    code: "NORTH_AND_CENTRAL_AMERICA_NES",
    name: "North America and Central America, not elsewhere specified",
    comtradeCode: 637,
    comtradeName: "North America and Central America, nes",
  },
  {
    code: "WESTERN_ASIA_NES",
    name: "Western Asia, not elsewhere specified",
    comtradeCode: 879,
    comtradeName: "Western Asia, nes",
  },
  {
    code: "CARIBBEAN_NES",
    name: "Caribbean, not elsewhere specified",
    comtradeCode: 129,
    comtradeName: "Caribbean, nes",
  },
  {
    code: "NORTHERN_AFRICA_NES",
    name: "Northern Africa, not elsewhere specified",
    comtradeCode: 290,
    comtradeName: "Northern Africa, nes",
  },
  {
    code: "EASTERN_EUROPE_NES",
    name: "Eastern Europe, not elsewhere specified",
    comtradeCode: 221,
    comtradeName: "Eastern Europe, nes",
  },
  {
    code: "EU",
    name: "European Union",
    comtradeCode: 97,
    comtradeName: "European Union",
    note: "The EU as one customs territory (ISO 3166-1 reserves EU for it); Comtrade reports the bloc under code 97, whose members depend on the year (EU-28 until 2019, EU-27 from 2020). Eurostat's extra-EU figures use this scope.",
  },
  {
    code: "EUROPE_EU_NES",
    name: "Europe EU, not elsewhere specified",
    comtradeCode: 492,
    comtradeName: "Europe EU, nes",
  },
  {
    code: "EUROPE_EFTA_NES",
    name: "Europe EFTA, not elsewhere specified",
    comtradeCode: 697,
    comtradeName: "Europe EFTA, nes",
  },
  {
    code: "BUNKERS",
    name: "Bunkers (ship and aircraft fuel and stores)",
    comtradeCode: 837,
    comtradeName: "Bunkers",
  },
  { code: "FREE_ZONES", name: "Free zones", comtradeCode: 838, comtradeName: "Free Zones" },
  {
    code: "SPECIAL_CATEGORIES",
    name: "Special categories (partner withheld)",
    comtradeCode: 839,
    comtradeName: "Special Categories",
  },
]
