/**
 * Stated shares of mining, refining, separation and magnet making (reference §5): the IEA's
 * Global Critical Minerals Outlook 2024 and 2025 and one IEA commentary quoted by a single page.
 * Only shares of the rare earths themselves are kept (see the data README for the rest).
 * @since 0.2.0
 */
import type * as Edition from "@rareearth/core/Edition"
import type * as Source from "@rareearth/core/Source"
import type * as SupplyShare from "@rareearth/core/SupplyShare"
import { SupplyEditions as E } from "./editions.ts"
import { SupplySources as S } from "./sources.ts"

const share = (
  id: string,
  fields: {
    subject: string
    areas: ReadonlyArray<string>
    stage: SupplyShare.ShareStage
    year: number | null
    projection?: boolean
    percent: number
    approximate?: boolean
  },
  edition: Edition.Edition,
  label: Edition.ReferenceLabel,
  sources: ReadonlyArray<Source.SourceRef>,
  note?: string,
): SupplyShare.SupplyShare => ({
  id,
  subject: fields.subject,
  areas: [...fields.areas],
  stage: fields.stage,
  year: fields.year,
  projection: fields.projection ?? false,
  percent: fields.percent,
  approximate: fields.approximate ?? false,
  edition,
  label,
  sources: [...sources],
  confidence: { kind: "reported" },
  ...(note === undefined ? {} : { note }),
})

const GCMO24 = [S.IEA24a, S.IEA24b]
const CMA = ["CN", "MY", "AU"]
const CAM = ["CN", "AU", "MM"]

/**
 * The stated shares, IEA GCMO 2024 first.
 * @example
 * ```ts
 * import { supplyShares } from "@rareearth/data"
 * supplyShares.find((s) => s.id === "iea-gcmo-2024-refining-cn-2023")?.percent // 92
 * ```
 * @category supply shares
 * @since 0.2.0
 */
export const supplyShares: ReadonlyArray<SupplyShare.SupplyShare> = [
  share(
    "iea-gcmo-2024-refining-cn-2023",
    { subject: "China", areas: ["CN"], stage: "refining", year: 2023, percent: 92 },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-refining-cn-my-au-2023",
    {
      subject: "China, Malaysia and Australia",
      areas: CMA,
      stage: "refining",
      year: 2023,
      percent: 98,
    },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-refining-cn-my-au-2030",
    {
      subject: "China, Malaysia and Australia",
      areas: CMA,
      stage: "refining",
      year: 2030,
      projection: true,
      percent: 92,
    },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-refining-cn-2030",
    {
      subject: "China",
      areas: ["CN"],
      stage: "refining",
      year: 2030,
      projection: true,
      percent: 77,
    },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-refining-my-2023",
    { subject: "Malaysia", areas: ["MY"], stage: "refining", year: 2023, percent: 5 },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-refining-my-2030",
    {
      subject: "Malaysia",
      areas: ["MY"],
      stage: "refining",
      year: 2030,
      projection: true,
      percent: 12,
    },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-refining-au-2030",
    {
      subject: "Australia",
      areas: ["AU"],
      stage: "refining",
      year: 2030,
      projection: true,
      percent: 3,
    },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-mining-cn-2023",
    { subject: "China", areas: ["CN"], stage: "mining", year: 2023, percent: 62 },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
    "The IEA's own mine-supply basis: not comparable with a share computed from USGS tables (67.8% for 2023 from MCS 2025).",
  ),
  share(
    "iea-gcmo-2024-mining-cn-au-mm-2023",
    {
      subject: "China, Australia and Myanmar",
      areas: CAM,
      stage: "mining",
      year: 2023,
      percent: 85,
    },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-mining-cn-2030",
    { subject: "China", areas: ["CN"], stage: "mining", year: 2030, projection: true, percent: 54 },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-mining-au-2030",
    {
      subject: "Australia",
      areas: ["AU"],
      stage: "mining",
      year: 2030,
      projection: true,
      percent: 18,
    },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-mining-mm-2030",
    {
      subject: "Myanmar",
      areas: ["MM"],
      stage: "mining",
      year: 2030,
      projection: true,
      percent: 9,
    },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-gcmo-2024-mining-top3-2030",
    {
      subject: "The top three producers",
      areas: [],
      stage: "mining",
      year: 2030,
      projection: true,
      percent: 81,
    },
    E.ieaGcmo2024,
    "V2",
    GCMO24,
  ),
  share(
    "iea-commentary-2025-separation-cn",
    { subject: "China", areas: ["CN"], stage: "separation", year: null, percent: 91 },
    E.ieaCommentary2025,
    "S",
    [S.REXiea],
    "Attributed to an IEA commentary of 2025-10-23 only by Rare Earth Exchanges; the year and whether 91% is refining or separation are open (reference §6.7).",
  ),
  share(
    "iea-commentary-2025-magnets-cn",
    { subject: "China", areas: ["CN"], stage: "magnet_manufacturing", year: null, percent: 94 },
    E.ieaCommentary2025,
    "S",
    [S.REXiea],
    "Attributed to an IEA commentary of 2025-10-23 only by Rare Earth Exchanges; the year is not stated.",
  ),
  share(
    "iea-gcmo-2025-mining-cn-2024",
    {
      subject: "China",
      areas: ["CN"],
      stage: "mining",
      year: 2024,
      percent: 69,
      approximate: true,
    },
    E.ieaGcmo2025,
    "S",
    [S.REXiea2],
    'Rare Earth Exchanges: "about 69% of production in 2024".',
  ),
  share(
    "iea-gcmo-2025-mining-cn-2035",
    { subject: "China", areas: ["CN"], stage: "mining", year: 2035, projection: true, percent: 52 },
    E.ieaGcmo2025,
    "S",
    [S.REXiea2],
  ),
  share(
    "iea-gcmo-2025-refining-cn-2035",
    {
      subject: "China",
      areas: ["CN"],
      stage: "refining",
      year: 2035,
      projection: true,
      percent: 76,
    },
    E.ieaGcmo2025,
    "S",
    [S.REXiea2],
  ),
]
