/**
 * China's rare earth mining and smelting/separation quotas, 2017-2025, in tonnes of REO
 * (facts §3). Issuers: MIIT with the Ministry of Natural Resources (MLR before 2018).
 *
 * Confidence rule for quotas: `official` for totals the issuers published (the MIIT/MNR notices,
 * as reported by the pages cited); `reported` for the 2025 claims, which rest on news reports,
 * and for the 2020 smelting/separation total, read on a third-party copy of MIIT's notice.
 *
 * 2025 has two rival claims per kind, side by side with one `conflictGroup`: the seed article's
 * 270,000 t / 254,000 t, and the reports that the 2025 figures were not disclosed. 2026 is absent:
 * no source was found.
 * @since 0.1.0
 */
import type * as Quota from "@rareearth/core/Quota"
import type * as Source from "@rareearth/core/Source"
import { QuotaSources } from "./sources/quotas.ts"
import { SharedSources } from "./sources/shared.ts"

type QuotaRecord = Quota.Quota

const official: Source.Confidence = { kind: "official" }
const reported: Source.Confidence = { kind: "reported" }

/** The state groups that receive quotas, as `QuotaAllocation.group` ids. */
const Group = {
  chinaNorthern: "china_northern_rare_earth",
  chinaRareEarthGroup: "china_rare_earth_group",
} as const

const SIX_GROUPS_2019 = [
  "china_rare_earth_co",
  "minmetals_rare_earth",
  Group.chinaNorthern,
  "xiamen_tungsten",
  "china_southern_rare_earth",
  "guangdong_rare_earth",
]

/**
 * The conflict group shared by the rival claims about one kind of 2025 quota.
 * @example
 * ```ts
 * import { quota2025ConflictGroup } from "@rareearth/data"
 * quota2025ConflictGroup("mining") // "quota-2025-mining"
 * ```
 * @category quotas
 * @since 0.1.0
 */
export const quota2025ConflictGroup = (kind: Quota.QuotaKind): string => `quota-2025-${kind}`

const UNDISCLOSED_2025_REASON =
  "Not disclosed: the first 2025 batch was issued quietly, without a public MIIT notice (the first year without one), and recipients were told not to share the numbers for security reasons (Reuters exclusive, 2025-07-18)."

const SEED_ARTICLE_2025_NOTE =
  "The seed article's claim. 270,000 t (mining) and 254,000 t (smelting/separation) are exactly the published 2024 totals, and Reuters reported that the 2025 numbers were not disclosed: this claim conflicts with the other record of its conflict group. The article says the quotas were not publicly announced and were limited to two state-owned companies."

/**
 * Every quota claim of the dataset, by year then kind.
 *
 * @example
 * ```ts
 * import { Quota } from "@rareearth/core"
 * import { quotas } from "@rareearth/data"
 * Quota.byYear(quotas, 2024).map((quota) => quota.tonnesReo) // [270000, 254000]
 * ```
 * @category quotas
 * @since 0.1.0
 */
export const quotas: ReadonlyArray<QuotaRecord> = [
  // 2017 ---------------------------------------------------------------------------------------
  {
    id: "quota-2017-mining",
    year: 2017,
    kind: "mining",
    tonnesReo: 105_000,
    disclosed: true,
    published: true,
    batches: [],
    allocations: [],
    recipientGroups: [],
    sources: [QuotaSources.globalReesVenture2018],
    confidence: official,
    note: "Allocated to six state groups (not named by the source for this year).",
  },
  {
    id: "quota-2017-smelting_separation",
    year: 2017,
    kind: "smelting_separation",
    tonnesReo: 100_000,
    disclosed: true,
    published: true,
    batches: [],
    allocations: [],
    recipientGroups: [],
    sources: [QuotaSources.globalReesVenture2018],
    confidence: official,
    note: "Allocated to six state groups (not named by the source for this year).",
  },
  // 2018 ---------------------------------------------------------------------------------------
  {
    id: "quota-2018-mining",
    year: 2018,
    kind: "mining",
    tonnesReo: 120_000,
    disclosed: true,
    published: true,
    batches: [],
    allocations: [],
    recipientGroups: [],
    sources: [QuotaSources.globalReesVenture2018, QuotaSources.smm2019FirstBatch],
    confidence: official,
    note: "Allocated to six state groups (not named by the sources for this year).",
  },
  {
    id: "quota-2018-smelting_separation",
    year: 2018,
    kind: "smelting_separation",
    tonnesReo: 115_000,
    disclosed: true,
    published: true,
    batches: [],
    allocations: [],
    recipientGroups: [],
    sources: [QuotaSources.globalReesVenture2018, QuotaSources.smm2019FirstBatch],
    confidence: official,
    note: "Allocated to six state groups (not named by the sources for this year).",
  },
  // 2019 ---------------------------------------------------------------------------------------
  {
    id: "quota-2019-mining",
    year: 2019,
    kind: "mining",
    tonnesReo: 132_000,
    disclosed: true,
    published: true,
    batches: [
      {
        number: 1,
        tonnesReo: 60_000,
        note: "50,425 t light (rock-type) + 9,575 t medium/heavy (ion-adsorption).",
      },
    ],
    allocations: [],
    recipientGroups: SIX_GROUPS_2019,
    sources: [QuotaSources.peakResources2019Notice, QuotaSources.globalTimes2019],
    confidence: official,
  },
  {
    id: "quota-2019-smelting_separation",
    year: 2019,
    kind: "smelting_separation",
    tonnesReo: 127_000,
    disclosed: true,
    published: true,
    batches: [{ number: 1, tonnesReo: 57_500 }],
    allocations: [],
    recipientGroups: SIX_GROUPS_2019,
    sources: [QuotaSources.peakResources2019Notice, QuotaSources.globalTimes2019],
    confidence: official,
  },
  // 2020 ---------------------------------------------------------------------------------------
  {
    id: "quota-2020-mining",
    year: 2020,
    kind: "mining",
    tonnesReo: 140_000,
    disclosed: true,
    published: true,
    batches: [{ number: 1, tonnesReo: 66_000 }],
    allocations: [{ group: Group.chinaNorthern, tonnesReo: 35_375, batch: 1 }],
    oreTypeSplit: { rock_light: 120_850, ion_adsorption: 19_150 },
    recipientGroups: [],
    sources: [
      QuotaSources.miitNotice2020,
      QuotaSources.miningCom2020,
      QuotaSources.cmGroup2020,
      QuotaSources.argus2020,
    ],
    confidence: official,
    note: "Allocated to six state groups (not all named by the sources for this year). MIIT and MNR's notice 工信部联原〔2020〕103号 states the 140,000 t total, including the first batch.",
  },
  {
    id: "quota-2020-smelting_separation",
    year: 2020,
    kind: "smelting_separation",
    tonnesReo: 135_000,
    disclosed: true,
    published: true,
    batches: [{ number: 1, tonnesReo: 63_500 }],
    allocations: [{ group: Group.chinaNorthern, tonnesReo: 30_492, batch: 1 }],
    recipientGroups: [],
    sources: [QuotaSources.miitNotice2020, QuotaSources.argus2020],
    confidence: reported,
    note: "Stated by MIIT and MNR's notice 工信部联原〔2020〕103号 (2020 totals of 140,000 t mining and 135,000 t smelting/separation, including the first batch), read on a third-party copy. It agrees with 162,000 t (2021) / 1.20, the earlier derivation. The first-batch figure of 63,500 t is verified.",
  },
  // 2021 ---------------------------------------------------------------------------------------
  {
    id: "quota-2021-mining",
    year: 2021,
    kind: "mining",
    tonnesReo: 168_000,
    disclosed: true,
    published: true,
    batches: [{ number: 1, tonnesReo: 84_000 }],
    allocations: [],
    recipientGroups: [],
    sources: [
      QuotaSources.nationalPost2021,
      QuotaSources.upNewsInfo2021,
      QuotaSources.cmGroup2021FirstBatch,
    ],
    confidence: official,
    note: "Allocated to six state groups (not named by the sources for this year).",
  },
  {
    id: "quota-2021-smelting_separation",
    year: 2021,
    kind: "smelting_separation",
    tonnesReo: 162_000,
    disclosed: true,
    published: true,
    batches: [{ number: 1, tonnesReo: 81_000 }],
    allocations: [],
    recipientGroups: [],
    sources: [
      QuotaSources.nationalPost2021,
      QuotaSources.upNewsInfo2021,
      QuotaSources.cmGroup2021FirstBatch,
    ],
    confidence: official,
    note: "Allocated to six state groups (not named by the sources for this year).",
  },
  // 2022 ---------------------------------------------------------------------------------------
  {
    id: "quota-2022-mining",
    year: 2022,
    kind: "mining",
    tonnesReo: 210_000,
    disclosed: true,
    published: true,
    batches: [
      { number: 1, issuedOn: "2022-01-28", tonnesReo: 100_800 },
      { number: 2, issuedOn: "2022-08-17", tonnesReo: 109_200 },
    ],
    allocations: [{ group: Group.chinaRareEarthGroup, tonnesReo: 36_906, batch: 1 }],
    recipientGroups: [],
    sources: [QuotaSources.nasdaq2022, QuotaSources.asiaFinancial2022, QuotaSources.asiaMiner2022],
    confidence: official,
    note: "Allocated to the 'four main producers' (not all named by the sources). China Rare Earth Group was newly established by January 2022.",
  },
  {
    id: "quota-2022-smelting_separation",
    year: 2022,
    kind: "smelting_separation",
    tonnesReo: 202_000,
    disclosed: true,
    published: true,
    batches: [
      { number: 1, issuedOn: "2022-01-28", tonnesReo: 97_200 },
      { number: 2, issuedOn: "2022-08-17", tonnesReo: 104_800 },
    ],
    allocations: [{ group: Group.chinaRareEarthGroup, tonnesReo: 34_680, batch: 1 }],
    recipientGroups: [],
    sources: [QuotaSources.nasdaq2022, QuotaSources.asiaFinancial2022, QuotaSources.asiaMiner2022],
    confidence: official,
    note: "Allocated to the 'four main producers' (not all named by the sources).",
  },
  // 2023 ---------------------------------------------------------------------------------------
  {
    id: "quota-2023-mining",
    year: 2023,
    kind: "mining",
    tonnesReo: 255_000,
    disclosed: true,
    published: true,
    batches: [
      { number: 1, issuedOn: "2023-03-24", tonnesReo: 120_000 },
      {
        number: 2,
        issuedOn: "2023-09-25",
        tonnesReo: null,
        note: "The sources give the cumulative total after this batch, 240,000 t, not the batch itself.",
      },
      { number: 3, issuedOn: "2023-12-15", tonnesReo: 15_000 },
    ],
    allocations: [
      { group: Group.chinaNorthern, tonnesReo: 12_000, batch: 3 },
      { group: Group.chinaRareEarthGroup, tonnesReo: 3_000, batch: 3 },
    ],
    recipientGroups: [Group.chinaNorthern, Group.chinaRareEarthGroup],
    sources: [
      QuotaSources.nasdaq2023ThirdBatch,
      QuotaSources.businessTimes2023,
      QuotaSources.projectBlue2023,
    ],
    confidence: official,
    note: "About 235,850 t rock-type plus about 19,100 t ion-adsorption (approximate figures, so not stored as an ore-type split). China Rare Earth Group includes Xiamen Tungsten and Guangdong Rare Earth.",
  },
  {
    id: "quota-2023-smelting_separation",
    year: 2023,
    kind: "smelting_separation",
    tonnesReo: 243_850,
    disclosed: true,
    published: true,
    batches: [
      { number: 1, issuedOn: "2023-03-24", tonnesReo: 115_000 },
      {
        number: 2,
        issuedOn: "2023-09-25",
        tonnesReo: null,
        note: "The sources give the cumulative total after this batch, 230,000 t, not the batch itself.",
      },
      { number: 3, issuedOn: "2023-12-15", tonnesReo: 13_850 },
    ],
    allocations: [
      { group: Group.chinaNorthern, tonnesReo: 11_000, batch: 3 },
      { group: Group.chinaRareEarthGroup, tonnesReo: 2_850, batch: 3 },
    ],
    recipientGroups: [Group.chinaNorthern, Group.chinaRareEarthGroup],
    sources: [
      QuotaSources.nasdaq2023ThirdBatch,
      QuotaSources.businessTimes2023,
      QuotaSources.projectBlue2023,
    ],
    confidence: official,
    note: "China Rare Earth Group includes Xiamen Tungsten and Guangdong Rare Earth.",
  },
  // 2024 ---------------------------------------------------------------------------------------
  {
    id: "quota-2024-mining",
    year: 2024,
    kind: "mining",
    tonnesReo: 270_000,
    disclosed: true,
    published: true,
    batches: [
      { number: 1, issuedOn: "2024-02-06", tonnesReo: 135_000 },
      { number: 2, tonnesReo: 135_000 },
    ],
    allocations: [
      { group: Group.chinaNorthern, tonnesReo: 94_580, batch: 1 },
      { group: Group.chinaRareEarthGroup, tonnesReo: 30_280, batch: 1, oreType: "rock_light" },
      {
        group: Group.chinaRareEarthGroup,
        tonnesReo: 10_140,
        batch: 1,
        oreType: "ion_adsorption",
      },
    ],
    recipientGroups: [Group.chinaNorthern, Group.chinaRareEarthGroup],
    sources: [
      QuotaSources.fastmarkets2024,
      QuotaSources.starfeu2024,
      QuotaSources.econoTimesQuietQuotas,
    ],
    confidence: official,
    note: "+5.9% on 2023. Only two groups. China Rare Earth Group's first-batch 40,420 t is stored as its two ore-type parts.",
  },
  {
    id: "quota-2024-smelting_separation",
    year: 2024,
    kind: "smelting_separation",
    tonnesReo: 254_000,
    disclosed: true,
    published: true,
    batches: [
      { number: 1, issuedOn: "2024-02-06", tonnesReo: 127_000 },
      { number: 2, tonnesReo: 127_000 },
    ],
    allocations: [
      { group: Group.chinaNorthern, tonnesReo: 88_010, batch: 1 },
      { group: Group.chinaRareEarthGroup, tonnesReo: 38_990, batch: 1 },
    ],
    recipientGroups: [Group.chinaNorthern, Group.chinaRareEarthGroup],
    sources: [
      QuotaSources.fastmarkets2024,
      QuotaSources.starfeu2024,
      QuotaSources.econoTimesQuietQuotas,
    ],
    confidence: official,
    note: "+4.2% on 2023. Only two groups.",
  },
  // 2025: two rival claims per kind --------------------------------------------------------------
  {
    id: "quota-2025-mining-undisclosed",
    year: 2025,
    kind: "mining",
    tonnesReo: null,
    disclosed: false,
    undisclosedReason: UNDISCLOSED_2025_REASON,
    published: false,
    batches: [
      {
        number: 1,
        tonnesReo: null,
        note: "Issued in June 2025, quietly: Reuters reported on 2025-07-18 that the first 2025 quotas had been issued 'only last month'. The day is not known.",
      },
    ],
    allocations: [],
    recipientGroups: [],
    sources: [
      QuotaSources.cnaReutersQuotas2025,
      QuotaSources.daily8ReutersQuotas,
      QuotaSources.deepNewzQuotas,
      QuotaSources.koalaByQuotaSystem,
    ],
    confidence: reported,
    conflictGroup: quota2025ConflictGroup("mining"),
    note: "Two state groups. From 2025-08-22 the Interim Measures bring imported ore and monazite into the quota.",
  },
  {
    id: "quota-2025-mining-seed-article",
    year: 2025,
    kind: "mining",
    tonnesReo: 270_000,
    disclosed: true,
    published: false,
    batches: [],
    allocations: [],
    recipientGroups: [],
    sources: [SharedSources.seedArticle],
    confidence: reported,
    conflictGroup: quota2025ConflictGroup("mining"),
    note: SEED_ARTICLE_2025_NOTE,
  },
  {
    id: "quota-2025-smelting_separation-undisclosed",
    year: 2025,
    kind: "smelting_separation",
    tonnesReo: null,
    disclosed: false,
    undisclosedReason: UNDISCLOSED_2025_REASON,
    published: false,
    batches: [
      {
        number: 1,
        tonnesReo: null,
        note: "Issued in June 2025, quietly: Reuters reported on 2025-07-18 that the first 2025 quotas had been issued 'only last month'. The day is not known.",
      },
    ],
    allocations: [],
    recipientGroups: [],
    sources: [
      QuotaSources.cnaReutersQuotas2025,
      QuotaSources.daily8ReutersQuotas,
      QuotaSources.deepNewzQuotas,
      QuotaSources.koalaByQuotaSystem,
    ],
    confidence: reported,
    conflictGroup: quota2025ConflictGroup("smelting_separation"),
    note: "Two state groups. From 2025-08-22 the Interim Measures bring imported ore and monazite into the quota.",
  },
  {
    id: "quota-2025-smelting_separation-seed-article",
    year: 2025,
    kind: "smelting_separation",
    tonnesReo: 254_000,
    disclosed: true,
    published: false,
    batches: [],
    allocations: [],
    recipientGroups: [],
    sources: [SharedSources.seedArticle],
    confidence: reported,
    conflictGroup: quota2025ConflictGroup("smelting_separation"),
    note: SEED_ARTICLE_2025_NOTE,
  },
]
