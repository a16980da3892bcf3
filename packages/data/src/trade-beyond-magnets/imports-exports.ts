/**
 * US, Japanese and EU imports (prices-and-trade.md §B4 to §B6), and China's exports of magnets to
 * destinations `flows.ts` does not hold, Adamas's magnets-plus-alloys total and China's Dy and Tb
 * exports (§B5, §B6, §B8, §B9).
 * @since 0.2.0
 */
import { MAGNETS } from "../flows.ts"
import { cite } from "../pages/trade.ts"
import { cnExport, D, type Flow, flow, input } from "./build.ts"

/**
 * US, Japanese and EU imports (§B4 to §B6).
 * @category flows
 * @since 0.2.0
 */
export const importFlows: ReadonlyArray<Flow> = [
  flow({
    reporter: "US",
    partner: "WORLD",
    flow: "import",
    commodity: "284690",
    period: "2023",
    tonnes: 11_580,
    valueUsd: 161_210_000,
    label: "S",
    sources: cite("gtaic-2024"),
    note: "HS 284690 (compounds excluding cerium): 11.58 kt, US$161.21m.",
  }),
  flow({
    reporter: "US",
    partner: "WORLD",
    flow: "import",
    commodity: "284690",
    period: "2024",
    tonnes: 10_530,
    valueUsd: 151_080_000,
    label: "S",
    sources: cite("gtaic-2024"),
    note: "10.53 kt, US$151.08m (-9.12% in volume); China 84% of the volume, 74.5% of the value.",
  }),
  flow({
    reporter: "JP",
    partner: "WORLD",
    flow: "import",
    commodity: "JPCUSTOMS:rare-earths",
    period: "2021-11",
    tonnes: 841.58,
    label: "V",
    sources: cite("argusmedia-2405752"),
  }),
  flow({
    reporter: "JP",
    partner: "WORLD",
    flow: "import",
    commodity: "JPCUSTOMS:rare-earths",
    period: "2022-04",
    tonnes: 856.97,
    label: "V",
    sources: cite("argusmedia-2405752"),
    note: "The 2022 high to November.",
  }),
  flow({
    reporter: "JP",
    partner: "WORLD",
    flow: "import",
    commodity: "JPCUSTOMS:rare-earths",
    period: "2022-11",
    tonnes: 664.84,
    label: "V",
    sources: cite("argusmedia-2405752"),
    note: "China: 'more than two-thirds' of Japan's RE imports in 2022.",
  }),
  flow({
    reporter: "JP",
    partner: "WORLD",
    flow: "import",
    commodity: "2805",
    period: "2024",
    tonnes: 10_640,
    valueUsd: 270_920_000,
    label: "S",
    sources: cite("gtaic-2025"),
    note: "HS 2805, which includes mercury (and alkali metals): not rare earths alone. 2024 value shares: Vietnam 59.8%, China 29.6%.",
  }),
  flow({
    reporter: "EU",
    partner: "WORLD",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2023",
    tonnes: 18_246,
    label: "D",
    sources: cite("openstats-2024"),
    derivation: {
      formula: "imports2024 / (1 + change)",
      inputs: {
        imports2024: input(12_900, "EU REE+ imports, 2024 (t)", "openstats-2024"),
        change: input(-0.293, "2024 change on 2023 (-29.3%)", "openstats-2024"),
      },
    },
    note: D,
  }),
  flow({
    reporter: "EU",
    partner: "WORLD",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 12_900,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "-29.3%. Not magnets. China, Malaysia and Russia: 95% of EU REE imports (Eurostat Statistics Explained).",
  }),
  flow({
    reporter: "EU",
    partner: "CN",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 6_000,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "46.3% of the total.",
  }),
  flow({
    reporter: "EU",
    partner: "RU",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 3_700,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "28.4% of the total.",
  }),
  flow({
    reporter: "EU",
    partner: "MY",
    flow: "import",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 2_600,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "19.9% of the total.",
  }),
  flow({
    reporter: "EU",
    partner: "WORLD",
    flow: "export",
    commodity: "EUROSTAT:rare-earth-elements-plus",
    period: "2024",
    tonnes: 5_500,
    label: "V2",
    sources: cite("openstats-2024", "urdupoint-1961515", "wam-flt-china-eus"),
    note: "-0.8%.",
  }),
  flow({
    reporter: "EU",
    partner: "CN",
    flow: "import",
    commodity: "REPORTED:permanent-magnets",
    period: "2021",
    tonnes: 18_000,
    estimated: true,
    label: "S",
    sources: cite("mandiner-2026"),
    note: "About 18,000 t, 98% of EU magnets.",
  }),
  flow({
    reporter: "DE",
    partner: "CN",
    flow: "import",
    commodity: "REPORTED:permanent-magnets",
    period: "2024",
    tonnes: 11_000,
    estimated: true,
    label: "S",
    sources: cite("mandiner-2026"),
    note: "About 11,000 t, +24%.",
  }),
]

/**
 * China's exports of magnets to destinations and years `flows.ts` does not hold (§B6, §B8, §B5),
 * Adamas's magnets-plus-alloys total, and China's Dy and Tb exports (§B9).
 * @category flows
 * @since 0.2.0
 */
export const chinaExportFlows: ReadonlyArray<Flow> = [
  cnExport(MAGNETS, "2018", "US", 4_103, "V", ["smenet-2958"], { note: "Reuters via SME." }),
  cnExport(MAGNETS, "2019", "US", 4_593, "V", ["smenet-2958"], { note: "Reuters via SME." }),
  cnExport(MAGNETS, "2019-12", "US", 360, "V", ["smenet-2958"]),
  cnExport(MAGNETS, "2025-07", "EU", 2_140, "V", ["ckhq-31689"], {
    note: "38% of the total, +57% on the month (SCMP via CKHQ).",
  }),
  cnExport(MAGNETS, "2025-09", "KR", 854, "V2", ["poland-34646720", "Sources.asiaCitySeptember"], {
    note: "+84.5% on the year.",
  }),
  cnExport(MAGNETS, "2025-09", "VN", 456, "V2", ["poland-34646720", "Sources.asiaCitySeptember"], {
    note: "+18.3% on the year.",
  }),
  cnExport(MAGNETS, "2025-09", "JP", 228, "V2", ["poland-34646720", "Sources.asiaCitySeptember"], {
    note: "+20.8% on the year (FerroAlloyNet); 722 t including powders and alloys (another scope, not recorded).",
  }),
  cnExport(MAGNETS, "2025-10", "JP", 226, "V", ["newsdig-2363084"], {
    note: "TBS with Bloomberg.",
  }),
  cnExport(MAGNETS, "2025-11", "EU", 2_569, "S", ["mandiner-2026"]),
  cnExport("ADAMAS:magnets-and-alloys", "2024", "WORLD", 58_152, "V", ["adamasintel-2024"], {
    valueUsd: 2_860_000_000,
    note: "Magnets plus alloys (Adamas's scope); the top 10 buyers took 73% (74% in 2023, 71% in 2022). The reference's cross-check (57,392 t for 2025 at -1.3%) gives 58,148 t for 2024 on the Reuters basis, within 4 t.",
  }),
  ...(
    [
      ["GAC:dysprosium-products", "2025-09", "WORLD", 18_043],
      ["GAC:dysprosium-products", "2025-10", "WORLD", 3_501],
      ["GAC:dysprosium-products", "2025-10", "KR", 2_701],
      ["GAC:dysprosium-products", "2025-10", "EE", 500],
      ["GAC:dysprosium-products", "2025-10", "JP", 300],
      ["GAC:terbium-products", "2025-09", "WORLD", 4_450],
      ["GAC:terbium-products", "2025-10", "WORLD", 12_200],
      ["GAC:terbium-products", "2025-10", "US", 6_000],
      ["GAC:terbium-products", "2025-10", "JP", 5_200],
      ["GAC:terbium-products", "2025-10", "EE", 1_000],
    ] as const
  ).map(([commodity, period, partner, kilograms]) =>
    cnExport(
      commodity,
      period,
      partner,
      kilograms / 1000,
      "V",
      ["rawmaterials-chinese-dysprosium-exports"],
      { note: `Reported as ${String(kilograms).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} kg.` },
    ),
  ),
]
