/**
 * China's rare-earth imports as trade flows: the GAC headline (prices-and-trade.md §B1), customs
 * products and partners (§B2), and the Myanmar disruption (§B3; policies-beyond-china.md MM-03).
 * @since 0.2.0
 */
import { RARE_EARTHS } from "../flows.ts"
import { cite } from "../pages/trade.ts"
import { cnImport, D, type Flow, input } from "./build.ts"

/**
 * The conflict group of China's 2024 rare-earth import totals: 132,931 t (the GAC headline,
 * Reuters) vs 177,535 t (the sum of raw-material sub-headings, wenxuecity). Different scopes
 * according to the reference: never add or compare them as one.
 * @category flows
 * @since 0.2.0
 */
export const CHINA_IMPORTS_2024_CONFLICT = "cn-rare-earth-imports-2024-total"

const fy2024 = input(132_931, "China's rare-earth imports, 2024 (t)", "Sources.newsFromRss2024")
const janOct2024 = input(
  111_960,
  "China's rare-earth imports, January-October 2024 (t)",
  "thestar-2024",
  "sardismarkets24-2024",
)
const dec2024 = input(
  9_645,
  "China's rare-earth imports, December 2024 (t)",
  "Sources.newsFromRss2024",
)

/**
 * China's rare-earth imports: the GAC headline (§B1), customs products and partners (§B2) and
 * the Myanmar disruption (§B3; policies-beyond-china.md MM-03).
 * @category flows
 * @since 0.2.0
 */
export const chinaImportFlows: ReadonlyArray<Flow> = [
  cnImport(RARE_EARTHS, "2023", "WORLD", 175_835, "V", [], {
    label: "D",
    sources: cite("Sources.newsFromRss2024"),
    derivation: {
      formula: "fy2024 / (1 + change)",
      inputs: {
        fy2024,
        change: input(-0.244, "2024 change on 2023 (-24.4%)", "Sources.newsFromRss2024"),
      },
    },
    note: D,
  }),
  cnImport(RARE_EARTHS, "2024-01", "WORLD", 14_073, "V", [], {
    label: "D",
    sources: cite("rareresearch-250202"),
    derivation: {
      formula: "jan2025 / (1 + change)",
      inputs: {
        jan2025: input(12_131, "January 2025 imports (t)", "rareresearch-250202"),
        change: input(
          -0.138,
          "January 2025 change on January 2024 (-13.8%)",
          "rareresearch-250202",
        ),
      },
    },
    note: D,
  }),
  cnImport(RARE_EARTHS, "2024-02", "WORLD", 8_218, "V", [], {
    label: "D",
    sources: cite("rareresearch-250202"),
    derivation: {
      formula: "feb2025 / (1 + change)",
      inputs: {
        feb2025: input(4_791, "February 2025 imports (t)", "rareresearch-250202"),
        change: input(
          -0.417,
          "February 2025 change on February 2024 (-41.7%)",
          "rareresearch-250202",
        ),
      },
    },
    note: D,
  }),
  cnImport(RARE_EARTHS, "2024-03", "WORLD", 13_420, "V", [], {
    label: "D",
    sources: cite("gzxcmg-1914221647512248320", "Sources.rawMaterialsMarch2025"),
    derivation: {
      formula: "mar2025 / (1 + change)",
      inputs: {
        mar2025: input(7_757, "March 2025 imports (t)", "gzxcmg-1914221647512248320"),
        change: input(
          -0.422,
          "March 2025 change on March 2024 (-42.2%)",
          "gzxcmg-1914221647512248320",
          "Sources.rawMaterialsMarch2025",
        ),
      },
    },
    note: D,
  }),
  cnImport(RARE_EARTHS, "2024-10", "WORLD", 9_471, "V2", ["thestar-2024", "sardismarkets24-2024"], {
    note: "-12.5% on October 2023.",
  }),
  cnImport(RARE_EARTHS, "2024-11", "WORLD", 11_326, "V", [], {
    label: "D",
    sources: cite("Sources.newsFromRss2024", "thestar-2024", "sardismarkets24-2024"),
    derivation: {
      formula: "fy2024 - janOct2024 - dec2024",
      inputs: { fy2024, janOct2024, dec2024 },
    },
    note: "Derived: the full year less January-October and December.",
  }),
  cnImport(RARE_EARTHS, "2024-12", "WORLD", 9_645, "V", ["Sources.newsFromRss2024"], {
    note: "-41.1% on December 2023.",
  }),
  cnImport(RARE_EARTHS, "2024", "WORLD", 132_931, "V", ["Sources.newsFromRss2024"], {
    conflictGroup: CHINA_IMPORTS_2024_CONFLICT,
    note: "-24.4% on 2023 (GAC headline, Reuters). The 177,535 t of wenxuecity is another scope (raw-material sub-headings summed).",
  }),
  cnImport(RARE_EARTHS, "2025-01", "WORLD", 12_131, "V", ["rareresearch-250202"], {
    note: "-13.8% on January 2024; +26% on December 2024.",
  }),
  cnImport(RARE_EARTHS, "2025-02", "WORLD", 4_791, "V", ["rareresearch-250202"], {
    note: "-41.7% on February 2024; -61% on January 2025.",
  }),
  cnImport(
    RARE_EARTHS,
    "2025-03",
    "WORLD",
    7_757,
    "V",
    ["gzxcmg-1914221647512248320", "Sources.rawMaterialsMarch2025"],
    { note: "-42.2% on March 2024 (V2)." },
  ),
  // Products (§B2)
  cnImport("GAC:rare-earth-metal-ore", "2021-11", "WORLD", 13_300, "S", ["chinatungsten-10970"]),
  cnImport("GAC:unlisted-rare-earth-oxides", "2021-11", "WORLD", 1_471, "S", [
    "chinatungsten-10970",
  ]),
  cnImport("GAC:mixed-rare-earth-carbonate", "2021-11", "WORLD", 282, "S", ["chinatungsten-10970"]),
  cnImport(
    "GAC:unlisted-rare-earth-oxides",
    "2023-10",
    "WORLD",
    2_874,
    "S",
    ["eo-myanmar-relaxes-import"],
    { note: "SMM via EPO Material (Esperanto version): +3% on the month, +10% on the year." },
  ),
  cnImport("GAC:rare-earth-metal-ore", "2024-08", "WORLD", 6_864, "V", ["smm-102964913"], {
    note: "+7% on the year, +99% on the month.",
  }),
  cnImport("GAC:unlisted-rare-earth-oxides", "2024-08", "WORLD", 3_189, "V", ["smm-102964913"], {
    note: "-17% on the year, -25% on the month; 63% from Myanmar.",
  }),
  cnImport("GAC:mixed-rare-earth-carbonate", "2024-08", "WORLD", 42, "V", ["smm-102964913"], {
    note: "-95% on the year.",
  }),
  cnImport("GAC:rare-earth-metal-ore", "2024", "US", 55_000, "V", ["smm-103237108"], {
    note: "RE ore from the US (SMM).",
  }),
  cnImport("GAC:rare-earth-metal-ore", "2025-02", "WORLD", 2_886, "V", ["smm-103237108"], {
    note: "-63% on the month, -18% on the year; 'almost entirely from the US MP mine'.",
  }),
  cnImport("GAC:unlisted-rare-earth-oxides", "2025-02", "WORLD", 1_270, "V", ["smm-103237108"], {
    note: "-56% on the year, -60% on the month.",
  }),
  cnImport("GAC:unlisted-rare-earth-oxides", "2025-04", "WORLD", 6_530, "V", [], {
    label: "D",
    sources: cite("smm-103386688"),
    derivation: {
      formula: "may2025 / (1 + change)",
      inputs: {
        may2025: input(9_076.4, "May 2025 unlisted RE oxide imports (t)", "smm-103386688"),
        change: input(0.39, "May 2025 change on April 2025 (+39%)", "smm-103386688"),
      },
    },
    note: D,
  }),
  cnImport("GAC:rare-earth-metal-ore", "2025-05", "WORLD", 1_122, "V", ["smm-103386688"], {
    note: "-70% on the month, -81% on the year; MP suspended shipments to China from April.",
  }),
  cnImport("GAC:unlisted-rare-earth-oxides", "2025-05", "WORLD", 9_076.4, "V", ["smm-103386688"], {
    estimated: true,
    note: "About 9,076.4 t ('≈'): +67% on the year, +39% on the month; Myanmar mines resumed in April and stock was rushed out before the rains.",
  }),
  cnImport(
    "GAC:rare-earth-metal-ore",
    "2025-06",
    "US",
    0,
    "V2",
    ["koreajoongangdaily-2381983", "squidsite02-2025"],
    { note: "None from the US (Reuters): a reported zero, not a gap." },
  ),
  cnImport(
    "GAC:rare-earth-metal-ore",
    "2025-07",
    "US",
    4_719,
    "V2",
    ["koreajoongangdaily-2381983", "squidsite02-2025"],
    { note: "MP's final Q2 shipments (Reuters)." },
  ),
  // 2023 and 2024 by sub-heading (GITI, wenxuecity): a scope of their own.
  cnImport("GITI:bastnaesite", "2023", "WORLD", 66_364, "S", ["giti-7453033"], {
    valueUsd: 291_500_000,
    note: "-13.5%; US (MP) 99.83%.",
  }),
  cnImport("GITI:monazite", "2023", "WORLD", 47_717, "S", ["giti-7453033"], {
    note: "+4%; Madagascar 55%, Nigeria 25%, Thailand 13%.",
  }),
  cnImport("GITI:mixed-rare-earth-oxides", "2023", "WORLD", 43_906, "S", ["giti-7453033"], {
    valueUsd: 1_320_000_000,
    note: "+208%; Myanmar 95%, Malaysia 2.6%, Laos 1.3%.",
  }),
  cnImport("GAC:mixed-rare-earth-carbonate", "2023", "WORLD", 15_125, "S", ["giti-7453033"], {
    note: "+850%; Malaysia 55%, Laos 38%, USA 3.2% (GITI).",
  }),
  cnImport("GITI:other-rare-earth-compounds", "2023", "WORLD", 43_960, "S", ["giti-7453033"], {
    note: "+155%; Myanmar 69%, Malaysia 16%, Laos 12%.",
  }),
  cnImport("GITI:rare-earth-raw-materials", "2023", "WORLD", 217_071, "S", ["giti-7453033"], {
    valueUsd: 2_230_000_000,
    note: "About +40%. The sum of the sub-headings, not the GAC headline.",
  }),
  cnImport("GITI:bastnaesite", "2024", "WORLD", 55_612, "S", ["wenxuecity-3699194"]),
  cnImport("GITI:monazite", "2024", "WORLD", 48_380, "S", ["wenxuecity-3699194"]),
  cnImport("GITI:mixed-rare-earth-oxides", "2024", "WORLD", 48_985, "S", ["wenxuecity-3699194"], {
    note: "Mixed RE oxides together with separated NdPr.",
  }),
  cnImport("GITI:rare-earth-chlorides", "2024", "WORLD", 2_883, "S", ["wenxuecity-3699194"]),
  cnImport("GAC:mixed-rare-earth-carbonate", "2024", "WORLD", 9_432, "S", ["wenxuecity-3699194"]),
  cnImport("GITI:other-rare-earth-compounds", "2024", "WORLD", 12_242, "S", ["wenxuecity-3699194"]),
  cnImport("GITI:rare-earth-raw-materials", "2024", "WORLD", 177_535, "S", ["wenxuecity-3699194"], {
    conflictGroup: CHINA_IMPORTS_2024_CONFLICT,
    note: "-19.2% (against GITI's 2023 base of 217,071 the fall computes to -18.2%). Looks like the sum of raw-material sub-headings; the GAC headline is 132,931 t: never mix the two.",
  }),
  // The Myanmar disruption (§B3)
  cnImport("GAC:rare-earth-compounds", "2021-07", "MM", 270, "V2", [
    "reuters-china-trade-rareearths",
    "mizzima-chinas-imports-rare",
  ]),
  cnImport(
    "GAC:rare-earth-compounds",
    "2021-08",
    "MM",
    23,
    "V2",
    ["reuters-china-trade-rareearths", "mizzima-chinas-imports-rare"],
    { note: "COVID border closure." },
  ),
  cnImport(
    "GAC:rare-earth-oxides",
    "2021-08",
    "MM",
    70,
    "V2",
    ["reuters-china-trade-rareearths", "mizzima-chinas-imports-rare"],
    { note: "-93.5% on the month (COVID border closure)." },
  ),
  cnImport("GAC:rare-earth-oxides", "2021-08", "MY", 180, "V2", [
    "reuters-china-trade-rareearths",
    "mizzima-chinas-imports-rare",
  ]),
  cnImport(
    "GAC:rare-earth-oxides-and-compounds",
    "2025-02",
    "MM",
    311,
    "V",
    ["arabnews-2595122-2", "arabnews-2595122", "daily8-fad-deeaea-eaddd"],
    {
      note: "-89% on the year; most of the fall came after October 2024 (policies-beyond-china.md MM-03, V2 from one Reuters origin).",
    },
  ),
]
