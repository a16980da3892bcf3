/**
 * The US salient statistics of the editions before MCS 2026 (and two items of the MCS 2026
 * chapters the data release does not carry), transcribed from `production-reserves.md` §3 with
 * their labels. US mine production (mineral concentrates) is not repeated here: it is in the
 * production records.
 * @since 0.2.0
 */
import type * as Edition from "@rareearth/core/Edition"
import type * as SalientStatistic from "@rareearth/core/SalientStatistic"
import type * as Source from "@rareearth/core/Source"
import * as Usgs from "@rareearth/core/Usgs"
import { SupplyEditions as E } from "./editions.ts"
import { SupplySources as S } from "./sources.ts"

const PRIMARY = new Set<string>([
  S.P26.id,
  S.H26b.id,
  S.M25.id,
  S.D16.id,
  S.D19.id,
  S.D21.id,
  S.DS140.id,
])

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

interface Series {
  readonly chapter?: string
  readonly kind: SalientStatistic.SalientKind
  readonly detail: string
  readonly unit: string
  readonly area?: Edition.SupplyArea
  readonly notes?: ReadonlyArray<string>
  readonly note?: string
}

/** One edition's series: `[year, text]` pairs, or `[from, to, text]` for a span. */
const series = (
  edition: Edition.Edition,
  spec: Series,
  values: ReadonlyArray<readonly [number, string] | readonly [number, number, string]>,
  label: Edition.ReferenceLabel,
  sources: ReadonlyArray<Source.SourceRef>,
): SalientStatistic.SalientStatistic[] =>
  values.map((entry) => {
    const [fromYear, toYear, text] = entry.length === 2 ? [entry[0], entry[0], entry[1]] : entry
    const area = spec.area ?? "US"
    return {
      id: `${edition.id}-salient-${slug(spec.detail)}-${slug(area)}-${fromYear === toYear ? fromYear : `${fromYear}-${toYear}`}`,
      chapter: spec.chapter ?? "RARE EARTHS",
      commodity: "Rare Earths",
      kind: spec.kind,
      detail: spec.detail,
      area,
      fromYear,
      toYear,
      unit: spec.unit,
      value: Usgs.parseValue(text),
      status:
        edition.publication === "mcs" && toYear === edition.year - 1 ? "estimated" : "unqualified",
      edition,
      label,
      notes: [...(spec.notes ?? [])],
      sources: [...sources],
      confidence: sources.some((source) => PRIMARY.has(source.id))
        ? { kind: "official" as const }
        : { kind: "reported" as const },
      ...(spec.note === undefined ? {} : { note: spec.note }),
    }
  })

const TONNES = "metric tons"
const PERCENT = "percent"
const MILLION_USD = "million dollars"
const range = (from: number, texts: ReadonlyArray<string>) =>
  texts.map((text, index) => [from + index, text] as const)

const M25 = [S.M25]
const importSources = (
  edition: Edition.Edition,
  from: number,
  to: number,
  shares: ReadonlyArray<readonly [Edition.SupplyArea, string]>,
  label: Edition.ReferenceLabel,
  sources: ReadonlyArray<Source.SourceRef>,
) =>
  shares.flatMap(([area, text]) =>
    series(
      edition,
      {
        kind: "import_share",
        detail: "Import sources: All",
        unit: PERCENT,
        area,
        ...(area === "CN" ? { notes: ["Includes Hong Kong."] } : {}),
      },
      [[from, to, text]],
      label,
      sources,
    ),
  )

/**
 * The salient statistics transcribed from the reference (MCS 2016-2025 and the MCS 2026 chapter
 * items the release lacks). Internal to the package: users read `salientStatistics`.
 * @example
 * ```ts
 * EARLIER_SALIENT.filter((record) => record.kind === "net_import_reliance").length
 * ```
 * @category salient statistics
 * @since 0.2.0
 */
export const EARLIER_SALIENT: ReadonlyArray<SalientStatistic.SalientStatistic> = [
  // MCS 2026 items the data release does not carry.
  ...series(
    E.mcs2026v13,
    { kind: "production", detail: "Value of mineral concentrates produced", unit: MILLION_USD },
    [[2025, "240"]],
    "V",
    [S.P26],
  ),
  ...series(
    E.mcs2026v13,
    { kind: "imports", detail: "Import value of compounds and metals", unit: MILLION_USD },
    [
      [2024, "168"],
      [2025, "165"],
    ],
    "V",
    [S.P26],
  ),
  ...series(
    E.mcs2026v13,
    {
      chapter: "RARE EARTHS (HEAVY)",
      kind: "imports",
      detail: "Imports: Compounds and metals (heavy rare earths)",
      unit: TONNES,
    },
    range(2021, ["71", "70", "70", "74", "100"]),
    "V",
    [S.H26b],
  ),
  ...series(
    E.mcs2026v13,
    {
      chapter: "RARE EARTHS (HEAVY)",
      kind: "net_import_reliance",
      detail: "Net import reliance (heavy rare earths)",
      unit: PERCENT,
    },
    range(2021, ["100", "100", "100", "100", "100"]),
    "V",
    [S.H26b],
  ),

  ...(["Terbium", "Holmium", "Lutetium"] as const).flatMap((element) =>
    series(
      E.mcs2026v13,
      {
        chapter: "RARE EARTHS (HEAVY)",
        kind: "import_share",
        detail: `Import sources: ${element}`,
        unit: PERCENT,
        area: "CN",
        note: "The span 2021-24 is that of every MCS 2026 import-source table; the reference gives the share without repeating the span.",
      },
      [[2021, 2024, "100"]],
      "V",
      [S.H26b],
    ),
  ),

  // MCS 2025 (2020-2024e).
  ...series(
    E.mcs2025,
    {
      kind: "production",
      detail: "Production: Compounds and metals",
      unit: TONNES,
      notes: ["Footnote 3: total domestic production was 1,920 tons (2023) and 7,600 tons (2024)."],
    },
    range(2020, ["\u2014", "120", "95", "250", "1,300"]),
    "V",
    M25,
  ),
  ...series(
    E.mcs2025,
    { kind: "imports", detail: "Imports: Compounds", unit: TONNES },
    range(2020, ["6,510", "7,690", "10,700", "8,920"]),
    "V",
    M25,
  ),
  ...series(
    E.mcs2025,
    { kind: "imports", detail: "Imports: Compounds", unit: TONNES },
    [[2024, "8,000"]],
    "V2",
    [S.M25, S.REX1],
  ),
  ...series(
    E.mcs2025,
    { kind: "imports", detail: "Imports: Rare-earth metals, scandium and yttrium", unit: TONNES },
    range(2020, ["363", "580", "487"]),
    "V",
    M25,
  ),
  ...series(
    E.mcs2025,
    { kind: "imports", detail: "Imports: Rare-earth metals, scandium and yttrium", unit: TONNES },
    [
      [2023, "476"],
      [2024, "90"],
    ],
    "V2",
    [S.M25, S.REX1],
  ),
  ...series(
    E.mcs2025,
    { kind: "exports", detail: "Exports: Ores and compounds", unit: TONNES },
    range(2020, ["40,000", "44,200", "45,900", "20,700", "43,000"]),
    "V",
    M25,
  ),
  ...series(
    E.mcs2025,
    {
      kind: "apparent_consumption",
      detail: "Consumption, apparent, compounds and metals",
      unit: TONNES,
    },
    range(2020, ["6,490", "7,900", "10,200", "10,100", "6,600"]),
    "V",
    M25,
  ),
  ...series(
    E.mcs2025,
    {
      kind: "net_import_reliance",
      detail: "Net import reliance as a percentage of apparent consumption: Compounds and metals",
      unit: PERCENT,
    },
    range(2020, ["100", ">95", ">95", ">95", "80"]),
    "V2",
    [S.M25, S.CKHQ, S.DIGG],
  ),
  ...series(
    E.mcs2025,
    { kind: "production", detail: "Value of mineral concentrates produced", unit: MILLION_USD },
    [[2024, "260"]],
    "V",
    M25,
  ),
  ...series(
    E.mcs2025,
    {
      kind: "imports",
      detail: "Import value of compounds and metals",
      unit: MILLION_USD,
      note: 'MCS 2025 calls $170 million "an 11% decrease from $186 million"; (170 - 186) / 186 is -8.6%, which does not match (reference §6.3, open).',
    },
    [[2023, "186"]],
    "V",
    M25,
  ),
  ...series(
    E.mcs2025,
    { kind: "imports", detail: "Import value of compounds and metals", unit: MILLION_USD },
    [[2024, "170"]],
    "V2",
    [S.M25, S.REX1, S.DIGG],
  ),
  ...importSources(
    E.mcs2025,
    2020,
    2023,
    [
      ["CN", "70"],
      ["MY", "13"],
      ["JP", "6"],
      ["EE", "5"],
      ["OTHER_COUNTRIES", "6"],
    ],
    "V2",
    [S.M25, S.F25, S.CKHQ],
  ),

  // MCS 2024: the import value, from INN only.
  ...series(
    E.mcs2024,
    { kind: "imports", detail: "Import value of compounds and metals", unit: MILLION_USD },
    [
      [2022, "208"],
      [2023, "190"],
    ],
    "S",
    [S.INN24p],
  ),

  // MCS 2021 (2016-2020e), first page (docslib).
  ...series(
    E.mcs2021,
    { kind: "imports", detail: "Imports: Compounds", unit: TONNES },
    range(2016, ["11,800", "11,000", "10,800", "12,300", "6,700"]),
    "V",
    [S.D21],
  ),
  ...series(
    E.mcs2021,
    { kind: "exports", detail: "Exports: Ores and compounds", unit: TONNES },
    range(2016, ["590", "1,740", "17,900", "28,200", "38,000"]),
    "V",
    [S.D21],
  ),
  ...series(
    E.mcs2021,
    {
      kind: "net_import_reliance",
      detail: "Net import reliance as a percentage of apparent consumption: Compounds and metals",
      unit: PERCENT,
    },
    range(2016, ["100", "100", "100", "100", "100"]),
    "V",
    [S.D21],
  ),
  ...series(
    E.mcs2021,
    {
      kind: "net_import_reliance",
      detail: "Net import reliance as a percentage of apparent consumption: Mineral concentrates",
      unit: PERCENT,
    },
    range(2016, ["XX", "XX", "E", "E", "E"]),
    "V",
    [S.D21],
  ),
  ...series(
    E.mcs2021,
    { kind: "imports", detail: "Import value of compounds and metals", unit: MILLION_USD },
    [
      [2019, "160"],
      [2020, "110"],
    ],
    "V",
    [S.D21],
  ),

  // MCS 2019 (2014-2018e), first page (docslib).
  ...series(
    E.mcs2019,
    { kind: "imports", detail: "Imports: Compounds", unit: TONNES },
    range(2014, ["12,300", "9,160", "11,500", "11,000", "9,800"]),
    "V",
    [S.D19],
  ),
  ...series(
    E.mcs2019,
    { kind: "apparent_consumption", detail: "Consumption, apparent", unit: TONNES },
    range(2014, ["12,200", "9,550", "10,500", "9,060", "9,500"]),
    "V",
    [S.D19],
  ),
  ...series(
    E.mcs2019,
    {
      kind: "net_import_reliance",
      detail: "Net import reliance as a percentage of apparent consumption",
      unit: PERCENT,
    },
    range(2014, ["56", "38", "100", "100", "100"]),
    "V",
    [S.D19],
  ),
  ...series(
    E.mcs2019,
    { kind: "imports", detail: "Import value of compounds and metals", unit: MILLION_USD },
    [
      [2017, "137"],
      [2018, "160"],
    ],
    "V",
    [S.D19],
  ),

  // MCS 2018: quoted by one Chinese journal page.
  ...series(
    E.mcs2018,
    { kind: "imports", detail: "Import value of compounds and metals", unit: MILLION_USD },
    [
      [2016, "118"],
      [2017, "150"],
    ],
    "S",
    [S.CNJ],
  ),

  // MCS 2016 (2011-2015e), first page (docslib).
  ...series(
    E.mcs2016,
    { kind: "apparent_consumption", detail: "Consumption, estimated", unit: TONNES },
    range(2011, ["11,000", "15,000", "15,000", "17,000", "17,000"]),
    "V",
    [S.D16],
  ),
  ...series(
    E.mcs2016,
    { kind: "imports", detail: "Import value of compounds and metals", unit: MILLION_USD },
    [
      [2014, "191"],
      [2015, "150"],
    ],
    "V",
    [S.D16],
  ),

  // Data Series 140: apparent consumption 2018-2020.
  ...series(
    E.ds140,
    { kind: "apparent_consumption", detail: "Consumption, apparent", unit: TONNES },
    range(2018, ["6,500", "12,000", "6,700"]),
    "V",
    [S.DS140],
  ),
]
