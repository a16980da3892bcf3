/**
 * Production and reserves of the editions before the MCS 2026 data release, transcribed from
 * `production-reserves.md` (§2, §3, §4) with their reference labels: MCS 2016-2025, the MCS 2026
 * v1.3 revisions of Brazil's and the world's reserves, the Minerals Yearbook 2022 (Table 8) and
 * Data Series 140. `S` records rest on one secondary source (INN and its mirrors count as one)
 * and say so in `label`. Figures the reference marks "nf" (not found) have no record.
 *
 * Confidence: `official` when a USGS document (or a direct extraction of one) is cited;
 * `reported` when only secondary pages quote the USGS.
 * @since 0.2.0
 */
import type * as Edition from "@rareearth/core/Edition"
import type * as Production from "@rareearth/core/Production"
import type * as Reserves from "@rareearth/core/Reserves"
import type * as Source from "@rareearth/core/Source"
import * as Usgs from "@rareearth/core/Usgs"
import { SupplyEditions as E } from "./editions.ts"
import { SupplySources as S } from "./sources.ts"

const PRIMARY = new Set<string>([
  S.P26.id,
  S.H26.id,
  S.M25.id,
  S.D16.id,
  S.D19.id,
  S.D21.id,
  S.MYB22.id,
  S.DS140.id,
])

const confidenceOf = (sources: ReadonlyArray<Source.SourceRef>): Source.Confidence =>
  sources.some((source) => PRIMARY.has(source.id)) ? { kind: "official" } : { kind: "reported" }

interface Extra {
  readonly estimated?: boolean
  readonly rounded?: boolean
  readonly notes?: ReadonlyArray<string>
  readonly note?: string
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-")

/** One production figure as printed (`"—"` for USGS's printed zero). */
const produced = (
  edition: Edition.Edition,
  area: Edition.SupplyArea,
  year: number,
  text: string,
  label: Edition.ReferenceLabel,
  sources: ReadonlyArray<Source.SourceRef>,
  extra: Extra = {},
): Production.Production => {
  const printed = Usgs.parseValue(text)
  const missing = Usgs.describeMissing(printed)
  return {
    id: `${edition.id}-production-mine-${slug(area)}-${year}`,
    area,
    year,
    stage: "mine",
    tonnesReo: Usgs.exactNumber(printed),
    ...(missing === undefined ? {} : { unknownReason: missing }),
    printed,
    status: extra.estimated ? "estimated" : "unqualified",
    rounded: extra.rounded ?? area === "WORLD",
    edition,
    label,
    notes: [...(extra.notes ?? [])],
    sources: [...sources],
    confidence: confidenceOf(sources),
    ...(extra.note === undefined ? {} : { note: extra.note }),
  }
}

/** A row of an edition's table: the two data years and, optionally, reserves. */
const row = (
  edition: Edition.Edition,
  area: Edition.SupplyArea,
  years: ReadonlyArray<readonly [number, string]>,
  label: Edition.ReferenceLabel,
  sources: ReadonlyArray<Source.SourceRef>,
  extra: Extra = {},
): Production.Production[] =>
  years.map(([year, text]) =>
    produced(edition, area, year, text, label, sources, {
      ...extra,
      estimated: year === edition.year - 1 && edition.publication === "mcs",
    }),
  )

const reserve = (
  edition: Edition.Edition,
  area: Edition.SupplyArea,
  text: string,
  label: Edition.ReferenceLabel,
  sources: ReadonlyArray<Source.SourceRef>,
  extra: Extra = {},
): Reserves.Reserves => {
  const value = Usgs.parseValue(text)
  return {
    id: `${edition.id}-reserves-${slug(area)}`,
    area,
    ...(edition.publication === "mcs" ? { asOfYear: edition.year - 1 } : {}),
    value,
    tonnesReo: Usgs.exactNumber(value),
    rounded: extra.rounded ?? area === "WORLD",
    edition,
    label,
    notes: [...(extra.notes ?? [])],
    sources: [...sources],
    confidence: confidenceOf(sources),
    ...(extra.note === undefined ? {} : { note: extra.note }),
  }
}

// MCS 2025 (data years 2023 and 2024e) -------------------------------------------------------
const m25 = E.mcs2025
const M25 = [S.M25, S.F25]
const FN12_2025 =
  "Footnote 12: Estimated based on reported import data for China. Source: Zen Innovations, Global Trade Tracker."
const FN14_2025 = "Footnote 14: Production quota; does not include undocumented production."
const mcs2025Table: ReadonlyArray<
  readonly [Edition.SupplyArea, string, string, string, ReadonlyArray<Source.SourceRef>, Extra?]
> = [
  ["US", "41,600", "45,000", "1,900,000", [...M25, S.UPX, S.WION, S.REX1]],
  [
    "AU",
    "16,000",
    "13,000",
    "5,700,000",
    [...M25, S.UPX, S.WION],
    {
      notes: [
        FN12_2025,
        "Footnote 13: Joint Ore Reserves Committee-compliant or equivalent reserves were 3.3 million tons.",
      ],
    },
  ],
  ["BR", "140", "20", "21,000,000", [...M25, S.UPX]],
  ["MM", "43,000", "31,000", "NA", [...M25, S.UPX], { notes: [FN12_2025] }],
  ["CA", "\u2014", "\u2014", "830,000", M25],
  ["CN", "255,000", "270,000", "44,000,000", [...M25, S.NAI, S.UPX], { notes: [FN14_2025] }],
  ["GL", "\u2014", "\u2014", "1,500,000", [...M25, S.GSW]],
  ["IN", "2,900", "2,900", "6,900,000", [...M25, S.UPX, S.WION]],
  ["MG", "2,100", "2,000", "NA", M25, { notes: [FN12_2025] }],
  ["MY", "310", "130", "NA", M25, { notes: [FN12_2025] }],
  ["NG", "7,200", "13,000", "NA", [...M25, S.UPX], { notes: [FN12_2025] }],
  ["RU", "2,500", "2,500", "3,800,000", [...M25, S.UPX, S.WION]],
  ["ZA", "\u2014", "\u2014", "860,000", [...M25, S.GSW]],
  ["TZ", "\u2014", "\u2014", "890,000", [...M25, S.GSW]],
  ["TH", "3,600", "13,000", "4,500", [...M25, S.UPX], { notes: [FN12_2025] }],
  ["VN", "300", "300", "3,500,000", [...M25, S.WION], { notes: [FN12_2025] }],
  ["OTHER_COUNTRIES", "1,440", "1,100", "NA", M25],
  ["WORLD", "376,000", "390,000", ">90,000,000", [...M25, S.NAI, S.REX1]],
]

// Production ---------------------------------------------------------------------------------

/**
 * Every production figure of the earlier editions (and of the MYB 2022 and DS140 revisions).
 * Internal to the package: users read `production`.
 * @example
 * ```ts
 * EARLIER_PRODUCTION.filter((record) => record.edition.id === "myb-2022").length // 65
 * ```
 * @category production
 * @since 0.2.0
 */
export const EARLIER_PRODUCTION: ReadonlyArray<Production.Production> = [
  ...mcs2025Table.flatMap(([area, y2023, y2024, , sources, extra]) =>
    row(
      m25,
      area,
      [
        [2023, y2023],
        [2024, y2024],
      ],
      "V2",
      sources,
      extra,
    ),
  ),
  // MCS 2025's US salient series (concentrates) 2020-2022: V2 [M25] [F25].
  ...row(
    m25,
    "US",
    [
      [2020, "39,000"],
      [2021, "42,400"],
      [2022, "42,500"],
    ],
    "V2",
    M25,
    { note: "US salient statistics: mineral concentrates." },
  ),

  // MCS 2024 (2022, 2023e): secondary pages only.
  ...row(E.mcs2024, "US", [[2022, "42,000"]], "S", [S.INN24p]),
  ...row(E.mcs2024, "US", [[2023, "43,000"]], "V2", [S.INN24p, S.MV24]),
  ...row(
    E.mcs2024,
    "CN",
    [
      [2022, "210,000"],
      [2023, "240,000"],
    ],
    "V2",
    [S.INN24p, S.MV24],
  ),
  ...row(E.mcs2024, "MM", [[2023, "38,000"]], "V2", [S.INN24p, S.MV24], {
    note: "miningvisuals' text says 35,000 and its table 38,000; 38,000 agrees with INN (reference §6.2).",
  }),
  ...row(E.mcs2024, "AU", [[2023, "18,000"]], "V2", [S.INN24r, S.MV24]),
  ...row(E.mcs2024, "TH", [[2023, "7,100"]], "S", [S.MV24]),
  ...row(
    E.mcs2024,
    "BR",
    [
      [2022, "80"],
      [2023, "80"],
    ],
    "S",
    [S.INN24r],
  ),
  ...row(E.mcs2024, "WORLD", [[2023, "350,000"]], "V2", [S.INN24p, S.MV24]),

  // MCS 2023 (2021, 2022e): INN-derived pages only (S).
  ...row(
    E.mcs2023,
    "CN",
    [
      [2021, "168,000"],
      [2022, "210,000"],
    ],
    "S",
    [S.MEU, S.LAOS, S.VINA],
  ),
  ...row(E.mcs2023, "US", [[2022, "43,000"]], "S", [S.LAOS]),
  ...row(E.mcs2023, "AU", [[2022, "18,000"]], "S", [S.LAOS]),
  ...row(E.mcs2023, "MM", [[2021, "35,000"]], "S", [S.W3]),
  ...row(E.mcs2023, "MM", [[2022, "12,000"]], "S", [S.W3, S.LAOS]),
  ...row(E.mcs2023, "TH", [[2022, "7,100"]], "S", [S.LAOS]),
  ...row(
    E.mcs2023,
    "VN",
    [
      [2021, "400"],
      [2022, "4,300"],
    ],
    "S",
    [S.LAOS],
  ),
  ...row(E.mcs2023, "IN", [[2022, "2,900"]], "S", [S.LAOS]),
  ...row(E.mcs2023, "RU", [[2022, "2,600"]], "S", [S.LAOS]),
  ...row(
    E.mcs2023,
    "MG",
    [
      [2021, "6,800"],
      [2022, "960"],
    ],
    "S",
    [S.W3],
  ),
  ...row(E.mcs2023, "BR", [[2022, "80"]], "S", [S.W3, S.VINA]),
  ...row(E.mcs2023, "WORLD", [[2022, "300,000"]], "S", [S.MEU]),

  // MCS 2022 (2020, 2021e).
  ...row(
    E.mcs2022,
    "CN",
    [
      [2020, "140,000"],
      [2021, "168,000"],
    ],
    "S",
    [S.INN22],
  ),
  ...row(E.mcs2022, "US", [[2021, "43,000"]], "S", [S.RAW22]),
  ...row(E.mcs2022, "VN", [[2021, "400"]], "V2", [S.RAW22, S.SMAG]),
  ...row(E.mcs2022, "WORLD", [[2021, "280,000"]], "V2", [S.INN22, S.RAW22]),

  // MCS 2021 (2019, 2020e): US primary; the world table secondary.
  ...row(
    E.mcs2021,
    "US",
    [
      [2016, "\u2014"],
      [2017, "\u2014"],
      [2018, "14,000"],
      [2019, "28,000"],
    ],
    "V",
    [S.D21],
    { note: "US salient statistics: bastnaesite and monazite concentrates." },
  ),
  ...row(E.mcs2021, "US", [[2020, "38,000"]], "V2", [S.D21, S.GAIA]),
  ...row(E.mcs2021, "CN", [[2019, "132,000"]], "S", [S.INN21]),
  ...row(E.mcs2021, "CN", [[2020, "140,000"]], "V2", [S.INN21, S.GAIA]),
  ...(
    [
      ["MM", "30,000"],
      ["AU", "17,000"],
      ["MG", "8,000"],
      ["IN", "3,000"],
      ["TH", "2,000"],
      ["BR", "1,000"],
      ["BI", "500"],
    ] as const
  ).flatMap(([area, text]) =>
    row(E.mcs2021, area, [[2020, text]], "S", [S.GAIA], {
      note: "gaiageld's list is undated; it matches MCS 2021's 2020e figures for China, the US and Vietnam, so it is assigned to MCS 2021 by inference.",
    }),
  ),
  ...row(E.mcs2021, "VN", [[2020, "1,000"]], "V2", [S.GAIA, S.INN21r]),
  ...row(
    E.mcs2021,
    "WORLD",
    [
      [2019, "220,000"],
      [2020, "240,000"],
    ],
    "S",
    [S.INN21],
  ),

  // MCS 2020 (2018, 2019e): quoted or secondary.
  ...row(E.mcs2020, "US", [[2018, "18,000"]], "S", [S.FOR20]),
  ...row(E.mcs2020, "US", [[2019, "26,000"]], "V2", [S.FOR20, S.SCP]),
  ...row(E.mcs2020, "CN", [[2019, "132,000"]], "S", [S.FOR20, S.INN21], {
    note: "The MIIT 2019 mine quota (the separation quota was 127,000).",
  }),
  ...(
    [
      ["AU", "21,000", "21,000"],
      ["IN", "2,900", "3,000"],
      ["RU", "2,700", "2,700"],
      ["MG", "2,000", "2,000"],
      ["TH", "1,000", "1,800"],
      ["BR", "1,100", "1,000"],
    ] as const
  ).flatMap(([area, y2018, y2019]) =>
    row(
      E.mcs2020,
      area,
      [
        [2018, y2018],
        [2019, y2019],
      ],
      "S",
      [S.STR],
    ),
  ),
  ...row(E.mcs2020, "MM", [[2018, "19,000"]], "S", [S.STR]),
  ...row(E.mcs2020, "WORLD", [[2019, "210,000"]], "S", [S.STR, S.IM]),

  // MCS 2019 (2017, 2018e).
  ...row(
    E.mcs2019,
    "US",
    [
      [2014, "5,400"],
      [2015, "5,900"],
      [2016, "\u2014"],
      [2017, "\u2014"],
    ],
    "V",
    [S.D19],
    { note: "US salient statistics: bastnaesite concentrates." },
  ),
  ...row(E.mcs2019, "US", [[2018, "15,000"]], "V2", [S.D19, S.KH]),
  ...row(
    E.mcs2019,
    "CN",
    [
      [2017, "105,000"],
      [2018, "120,000"],
    ],
    "S",
    [S.INN19],
  ),
  ...row(E.mcs2019, "MM", [[2018, "5,000"]], "S", [S.ARE]),
  ...row(
    E.mcs2019,
    "WORLD",
    [
      [2017, "132,000"],
      [2018, "170,000"],
    ],
    "S",
    [S.INN19],
  ),

  // MCS 2018 (2016, 2017e).
  ...row(
    E.mcs2018,
    "US",
    [
      [2016, "\u2014"],
      [2017, "\u2014"],
    ],
    "V2",
    [S.INN19, S.D19],
  ),
  ...row(
    E.mcs2018,
    "CN",
    [
      [2016, "105,000"],
      [2017, "105,000"],
    ],
    "S",
    [S.INN19],
  ),

  // MCS 2016 (2014, 2015e).
  ...row(
    E.mcs2016,
    "US",
    [
      [2011, "\u2014"],
      [2012, "3,000"],
      [2013, "5,500"],
      [2014, "5,400"],
      [2015, "4,100"],
    ],
    "V",
    [S.D16],
    { note: "US salient statistics: bastnasite concentrates." },
  ),
  ...row(E.mcs2016, "CN", [[2015, "105,000"]], "S", [S.INN16]),
  ...row(E.mcs2016, "WORLD", [[2015, "124,000"]], "S", [S.ISI]),

  // Minerals Yearbook 2022, Table 8 (2018-2022): the later USGS revision, V.
  ...(
    [
      ["WORLD", ["190,000", "223,000", "250,000", "290,000", "297,000"]],
      ["CN", ["120,000", "132,000", "140,000", "168,000", "210,000"]],
      ["US", ["14,000", "28,000", "39,000", "42,400", "42,500"]],
      ["AU", ["21,000", "20,000", "20,000", "24,000", "18,000"]],
      ["MM", ["23,000", "29,000", "35,500", "34,700", "12,000"]],
      ["BR", ["1,200", "710", "600", "500", "80"]],
      ["IN", ["2,900", "2,900", "2,900", "2,900", "2,900"]],
      ["MG", ["2,000", "4,000", "5,000", "6,000", "960"]],
      ["MY", ["990", "66", "100", "60", "80"]],
      ["RU", ["2,700", "2,700", "2,600", "2,500", "2,600"]],
      ["TH", ["1,000", "1,900", "3,600", "8,200", "7,100"]],
      ["VN", ["920", "1,300", "690", "440", "1,200"]],
      ["BI", ["620", "200", "300", "180", "\u2014"]],
    ] as const
  ).flatMap(([area, values]) =>
    values.map((text, index) =>
      produced(E.myb2022, area, 2018 + index, text, "V", [S.MYB22], {
        ...(area === "CN"
          ? {
              notes: [
                "Footnote 3: Official production quota. Illegal production could not be quantified.",
              ],
            }
          : {}),
        ...(area === "IN"
          ? {
              notes: [
                "Footnote 4: the Department of Atomic Energy did not disclose monazite production.",
              ],
            }
          : {}),
        ...(index === 3 && (area === "MG" || area === "RU" || area === "WORLD")
          ? { notes: ["r: revised."] }
          : {}),
        ...(area === "TH" || area === "VN"
          ? { notes: ["Footnote 5: Rare-earth oxide content of exports."] }
          : {}),
        estimated:
          area === "BI"
            ? index < 4
            : (area === "US" && index === 0) ||
              (area === "CN" && index === 4) ||
              (area === "RU" && index === 4),
      }),
    ),
  ),

  // Data Series 140 (to 2020), V.
  ...(["129,000", "133,000", "147,000", "190,000", "219,000", "243,000"] as const).map(
    (text, index) => produced(E.ds140, "WORLD", 2015 + index, text, "V", [S.DS140]),
  ),
  ...(["5,900", "0", "0", "14,000", "28,000", "39,000"] as const).map((text, index) =>
    produced(E.ds140, "US", 2015 + index, text, "V", [S.DS140]),
  ),
]

// Reserves -----------------------------------------------------------------------------------

/**
 * Every reserves value of the earlier editions and the MCS 2026 v1.3 revisions. Internal to
 * the package: users read `reserves`.
 * @example
 * ```ts
 * EARLIER_RESERVES.find((record) => record.id === "mcs-2026-v1.3-reserves-br")?.tonnesReo // 11000000
 * ```
 * @category reserves
 * @since 0.2.0
 */
export const EARLIER_RESERVES: ReadonlyArray<Reserves.Reserves> = [
  reserve(E.mcs2026v13, "BR", "11,000,000", "V", [S.P26, S.H26], {
    note: "Revised in v1.3 (2026-05-27) from 21,000,000 (v1.0 and v1.1).",
  }),
  reserve(E.mcs2026v13, "WORLD", ">75,000,000", "V", [S.P26, S.H26], {
    note: "Revised in v1.3 (2026-05-27) from >85,000,000 (v1.0 and v1.1).",
  }),
  ...mcs2025Table.map(([area, , , text, sources, extra]) =>
    reserve(m25, area, text, "V2", sources, {
      notes: (extra?.notes ?? []).filter((note) => note.startsWith("Footnote 13")),
    }),
  ),
  reserve(E.mcs2024, "US", "1,800,000", "S", [S.INN24r]),
  reserve(E.mcs2024, "CN", "44,000,000", "V2", [S.INN24r, S.MV24r]),
  reserve(E.mcs2024, "AU", "5,700,000", "S", [S.INN24r]),
  reserve(E.mcs2024, "BR", "21,000,000", "S", [S.INN24r]),
  reserve(E.mcs2024, "VN", "22,000,000", "V2", [S.INN24r, S.MV24r]),
  reserve(E.mcs2024, "RU", "10,000,000", "V2", [S.MV24r, S.WION]),
  reserve(E.mcs2024, "IN", "6,900,000", "S", [S.INN24r], {
    note: "The country is inferred from the rank order: the available text lacks the country labels.",
  }),
  ...(
    [
      ["CN", "44,000,000"],
      ["US", "2,300,000"],
      ["AU", "4,200,000"],
      ["VN", "22,000,000"],
      ["IN", "6,900,000"],
      ["RU", "21,000,000"],
      ["BR", "21,000,000"],
      ["GL", "1,500,000"],
      ["TZ", "890,000"],
      ["CA", "830,000"],
      ["ZA", "790,000"],
      ["OTHER_COUNTRIES", "280,000"],
    ] as const
  ).map(([area, text]) => reserve(E.mcs2023, area, text, "S", [S.DW])),
  reserve(E.mcs2022, "CN", "44,000,000", "S", [S.SMAG]),
  reserve(E.mcs2022, "WORLD", "120,000,000", "S", [S.RAW22]),
  reserve(E.mcs2021, "CN", "44,000,000", "S", [S.INN21r]),
  reserve(E.mcs2020, "US", "1,400,000", "S", [S.FOR20]),
  reserve(E.mcs2019, "US", "1,400,000", "S", [S.KH]),
  reserve(E.mcs2019, "CN", "44,000,000", "S", [S.KH]),
  reserve(E.mcs2018, "US", "1,400,000", "S", [S.STAT], { note: 'Statista, "as of 2017".' }),
  reserve(E.mcs2018, "CN", "44,000,000", "S", [S.STAT], { note: 'Statista, "as of 2017".' }),
  reserve(E.mcs2018, "IN", "6,900,000", "S", [S.STAT], { note: 'Statista, "as of 2017".' }),
  reserve(E.mcs2018, "WORLD", "120,000,000", "S", [S.STAT], {
    note: 'Statista gives "about 120 million" ("as of 2017"): an approximate figure.',
  }),
]
