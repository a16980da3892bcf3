/**
 * United States, bilateral deals and external finance with a named partner
 * (policies-beyond-china.md §1b, US-17 to US-25).
 * @since 0.2.0
 */
import type * as Measure from "@rareearth/core/Measure"
import { cite } from "../pages/world.ts"
import { ALL_REE, amended, BN, M, measure, money, on } from "./build.ts"

const us19 = cite(
  "americanfocus-united-states-australia",
  "hfw-australia-sign-framework",
  "manmonthly-critical-minerals-framework",
  "perthnow-20416027",
  "nam-34986",
  "english-66251",
  "fcglobalcn-20251021",
)

/**
 * The US bilateral measures (US-17 to US-25).
 * @category measures
 * @since 0.2.0
 */
export const usBilateralMeasures: ReadonlyArray<Measure.Measure> = [
  measure({
    id: "us-ua-reconstruction-investment-fund",
    ref: "US-17",
    title: "United States-Ukraine Reconstruction Investment Fund agreement",
    jurisdiction: "US",
    issuingBodies: ["Treasury", "DFC"],
    instrument:
      "Agreement on the Establishment of a United States-Ukraine Reconstruction Investment Fund",
    kinds: ["framework_agreement"],
    binding: "binding",
    summary:
      "Minerals including rare earths, oil and gas; 50/50 voting; the fund is financed from 50% of revenue from new licences. Ukraine's deputy economy minister says the US gets preferential access and a first right to invest in rare-earth extraction. Ratification by the Rada was still required; its date is not confirmed. No amount stated.",
    scope: { elements: [...ALL_REE], partners: ["UA"], allPartners: false },
    events: [
      on("effective", "2025-04-30", cite("newsmax-1209025", "eurasiareview-01052025"), {
        note: "Signed in Washington; ratification still required.",
      }),
    ],
    sources: cite(
      "newsmax-1209025",
      "eurasiareview-01052025",
      "thedeepdive-ukraine-finalize-minerals",
      "politiko-530823",
      "o91625jo-ukraine-sign-much",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "us-exim-tanbreez-loi",
    ref: "US-18",
    title:
      "EXIM letter of interest to Critical Metals Corp for the Tanbreez project, Greenland (up to US$120m)",
    jurisdiction: "US",
    issuingBodies: ["EXIM (Supply Chain Resiliency Initiative)"],
    instrument: "Letter of interest (not an approved loan)",
    kinds: ["loan"],
    binding: "non_binding",
    summary:
      "Tanbreez, south Greenland: 85,000 t/yr concentrate, project capex US$290m, first production targeted 2026. Context: US and Danish officials lobbied Tanbreez Mining in 2024 not to sell to China-linked buyers; it was sold to Critical Metals for US$5m cash + US$211m stock. That was informal pressure, not a formal screening decision.",
    scope: {
      elements: [...ALL_REE],
      productForms: ["ore_concentrate"],
      partners: ["GL"],
      allPartners: false,
      items: ["Tanbreez project"],
    },
    money: [money("USD", 120 * M, "loan, 15-year tenor", { qualifier: "up_to" })],
    events: [
      on("announced", "2025-06-12", cite("paprclips-2699609", "energynews-2025"), {
        note: "EXIM letter dated 2025-06-12; reported 2025-06-15.",
      }),
    ],
    sources: cite(
      "paprclips-2699609",
      "energynews-2025",
      "pfie-2274466",
      "kathari-2025",
      "forexlive-20250109",
    ),
    label: "V2-wire",
    official: true,
    note: "One Reuters origin.",
  }),
  measure({
    id: "us-au-critical-minerals-framework",
    ref: "US-19",
    title:
      "United States-Australia Framework for Securing of Supply in the Mining and Processing of Critical Minerals and Rare Earths",
    jurisdiction: "US",
    issuingBodies: ["President Trump", "PM Albanese"],
    instrument: "Non-binding framework, plus EXIM letters of interest",
    kinds: ["framework_agreement", "price_floor", "equity_stake", "offtake", "loan"],
    binding: "non_binding",
    summary:
      "Heavy and light REEs. Named tools: US stockpiling, Australia's Critical Minerals Strategic Reserve, loans, equity, guarantees, price floors 'or similar measures'. A Supply Security Response Group led by Ministers King and Wright. First projects: the Alcoa-Sojitz gallium plant (Wagerup) and Arafura Nolans; the US DoW funds a 100 t/yr gallium refinery. EXIM: 7 LOIs worth more than US$2.2bn, 'up to US$5bn' total investment.",
    scope: { elements: [...ALL_REE], partners: ["AU"], allPartners: false },
    money: [
      money("USD", 1 * BN, "each side within 6 months (Australian statement)", {
        qualifier: "at_least",
        equivalents: [{ value: 1.5 * BN, currency: "AUD" }],
      }),
      money("USD", 8.5 * BN, "project pipeline (Australian statement)", {
        equivalents: [{ value: 13 * BN, currency: "AUD" }],
      }),
      money("USD", 3 * BN, "within 6 months (White House fact sheet)"),
      money("AUD", 1 * BN, "as HFW writes it"),
      money("USD", 2.2 * BN, "7 EXIM letters of interest", { qualifier: "more_than" }),
      money("USD", 300 * M, "EXIM LOI: Arafura", { qualifier: "up_to" }),
      money("USD", 230 * M, "EXIM LOI: Northern Minerals (Browns Range)", { qualifier: "up_to" }),
      money("USD", 200 * M, "EXIM LOI: VHM (Goschen)", { qualifier: "up_to" }),
    ],
    events: [on("effective", "2025-10-20", us19, { note: "Signed at the White House." })],
    sources: [...us19, ...cite("anews-2025", "opovo-2025")],
    label: "V2",
    official: true,
    note: "Amount conflict, kept side by side in `money`: each side at least US$1bn toward a US$8.5bn pipeline (Australian statement) vs US$3bn within 6 months (White House fact sheet, via anews and opovo); HFW writes 'AUD1 billion'. Australia's Arafura equity is AU-04.",
  }),
  measure({
    id: "us-my-critical-minerals-mou",
    ref: "US-20",
    title:
      "US-Malaysia MOU on diversifying critical minerals supply chains (no-export-restriction pledge)",
    jurisdiction: "US",
    issuingBodies: ["President Trump", "PM Anwar"],
    instrument:
      "MOU Concerning Cooperation to Diversify Global Critical Minerals Supply Chains and Promote Investments, alongside the US-Malaysia Agreement on Reciprocal Trade",
    kinds: ["framework_agreement", "no_export_restriction_pledge"],
    binding: "non_binding",
    summary:
      "Obligates no funds; quarterly working meetings; good-faith priority for US investment in critical-minerals assets sold in Malaysia. Joint statement: Malaysia to refrain from banning or imposing quotas on CM/REE exports to the US. On 2025-10-29 Malaysia's trade minister said the raw-RE export ban stays (MY-04); Reuters noted the statement did not say whether the pledge covers raw or processed material.",
    scope: { elements: [...ALL_REE], partners: ["MY"], allPartners: false },
    events: [
      on("effective", "2025-10-26", cite("govpulse-2025", "thestar-2025"), {
        note: "Signed in Kuala Lumpur (ASEAN).",
      }),
    ],
    sources: cite(
      "govpulse-2025",
      "thestar-2025",
      "minersnews-inks-critical-minerals",
      "smm-103599903",
      "usasean-malaysias-critical-minerals",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "us-th-critical-minerals-mou",
    ref: "US-21",
    title: "US-Thailand MOU on diversifying critical minerals supply chains",
    jurisdiction: "US",
    issuingBodies: ["President Trump", "PM Anutin"],
    instrument:
      "MOU 'Cooperation to Diversify Global Critical Minerals Supply Chains and Promote Investments'",
    kinds: ["framework_agreement"],
    binding: "non_binding",
    summary:
      "Full value chain, including rare earths; encourages domestic value-addition over raw exports; a 'first opportunity to invest' clause; grants no mining rights. US Embassy clarification 2025-10-31.",
    scope: { elements: [...ALL_REE], partners: ["TH"], allPartners: false },
    events: [
      on("effective", "2025-10-26", cite("nationthailand-40057366", "nationthailand-40057378"), {
        note: "Signed in Kuala Lumpur.",
      }),
      amended(
        "2025-10-31",
        "US Embassy clarification: no mining rights granted",
        cite("nationthailand-40057555"),
      ),
    ],
    sources: cite(
      "nationthailand-40057366",
      "nationthailand-40057378",
      "nationthailand-40057555",
      "tilleke-2024",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "us-jp-critical-minerals-framework",
    ref: "US-22",
    title:
      "United States-Japan Framework for Securing the Supply of Critical Minerals and Rare Earths",
    jurisdiction: "US",
    issuingBodies: ["President Trump", "PM Takaichi"],
    instrument:
      "United States-Japan Framework for Securing the Supply of Critical Minerals and Rare Earths through Mining and Processing",
    kinds: ["framework_agreement"],
    binding: "unknown",
    summary:
      "Derivative products include permanent magnets. Financial support for selected projects within 6 months; a Mining, Minerals and Metals Investment Ministerial within 180 days; a Rapid Response Group; a 'mutually complementary' stockpiling arrangement to be considered; permitting streamlining. No amount in the text.",
    scope: {
      elements: [...ALL_REE],
      productForms: ["magnet"],
      partners: ["JP"],
      allPartners: false,
    },
    events: [
      on(
        "effective",
        "2025-10-28",
        cite("thefederalnewswire-675952559", "finanznachrichten-66809721"),
        { note: "Signed in Tokyo." },
      ),
    ],
    sources: cite(
      "thefederalnewswire-675952559",
      "finanznachrichten-66809721",
      "sputnikglobe-1123025237",
      "indialive-trump-takaichi-agree",
    ),
    label: "V2",
    official: true,
    note: "The reference does not say whether the framework binds, hence `binding: unknown`.",
  }),
  measure({
    id: "us-kz-critical-minerals-mou",
    ref: "US-23",
    title:
      "US-Kazakhstan MOU on critical minerals, with EXIM/DFC support for Cove Capital tungsten",
    jurisdiction: "US",
    issuingBodies: [
      "Commerce (Lutnick)",
      "Kazakhstan Ministry of Industry and Construction (Nagaspayev)",
      "EXIM",
      "DFC",
    ],
    instrument:
      "Government-to-government MOU on critical minerals; EXIM and DFC letters of interest",
    kinds: ["framework_agreement", "loan"],
    binding: "non_binding",
    summary:
      "Critical minerals including REE. The tungsten joint venture (Northern Katpar / Upper Kairakty) is 70% Cove, 30% Tau-Ken Samruk; tungsten project US$1.1bn. No RE project is tied to this MOU.",
    scope: {
      elements: [...ALL_REE],
      partners: ["KZ"],
      allPartners: false,
      items: ["tungsten (Northern Katpar / Upper Kairakty)"],
    },
    money: [
      money("USD", 900 * M, "EXIM letter of interest (tungsten)"),
      money("USD", 1.1 * BN, "tungsten project size"),
    ],
    events: [
      on("effective", "2025-11-06", cite("anewz-15060", "spglobal-110725"), {
        note: "Signed in Washington (C5+1 summit).",
      }),
    ],
    sources: cite(
      "anewz-15060",
      "spglobal-110725",
      "kursiv-2025",
      "intellinews-413084",
      "devdiscourse-3688046",
    ),
    label: "V2",
    official: true,
    note: "The DFC letter of interest gives no amount.",
  }),
  measure({
    id: "us-sa-maaden-mp-refinery-jv",
    ref: "US-24",
    title:
      "US-Saudi critical minerals framework and MP Materials-Maaden rare-earth refinery JV (DoW-financed)",
    jurisdiction: "US",
    issuingBodies: ["US government", "DoW", "MP Materials", "Maaden"],
    instrument:
      "US-Saudi critical minerals framework; binding JV agreement for a rare-earth refinery in Saudi Arabia",
    kinds: ["framework_agreement", "equity_stake"],
    binding: "binding",
    summary:
      "Separated light and heavy RE oxides from Saudi and imported feed, for US, Saudi and allied buyers. Maaden holds at least 51%; MP and DoW hold 49% through a separate JV; DoW fully finances the US contribution. Amount not disclosed.",
    scope: {
      elements: [...ALL_REE],
      productForms: ["oxide_compound"],
      partners: ["SA"],
      allPartners: false,
    },
    rates: [
      { label: "Maaden's share of the JV", percent: 51, qualifier: "at_least" },
      { label: "MP and DoW's share, through a separate JV", percent: 49, qualifier: "exact" },
    ],
    events: [
      on(
        "effective",
        "2025-11-19",
        cite("zawya-investment-materials-form", "nsenergybusiness-materials-dow-announce"),
        {
          note: "JV announced 2025-11-19. The framework was signed about 2025-11-18 ('a day after', Kallanish; 'this week'): the exact day is not confirmed, so it is not recorded as an event.",
        },
      ),
    ],
    sources: cite(
      "zawya-investment-materials-form",
      "nsenergybusiness-materials-dow-announce",
      "seaisidev-27540",
      "devdiscourse-3703509",
      "keepovertrading-materials-department-defense",
    ),
    label: "V2",
    official: true,
    note: "The JV agreement is binding; the framework's bindingness is not stated.",
  }),
  measure({
    id: "us-dfc-serra-verde",
    ref: "US-25",
    title: "DFC financing for Serra Verde (Pela Ema mine, Brazil), up to US$465m",
    jurisdiction: "US",
    issuingBodies: ["US International Development Finance Corporation (DFC)"],
    instrument:
      "DFC financing for Serra Verde (Pela Ema mine, Goiás); DFC financing for Aclara Resources also reported",
    kinds: ["loan"],
    binding: "unknown",
    summary:
      "Brazil's only operating RE producer (per the sources). No government-to-government US-Brazil agreement had been concluded as of December 2025 (netzerocircle).",
    scope: {
      elements: [...ALL_REE],
      partners: ["BR"],
      allPartners: false,
      items: ["Serra Verde, Pela Ema mine"],
    },
    money: [money("USD", 465 * M, "financing", { qualifier: "up_to" })],
    events: [
      on("announced", "2025-08-15", cite("shre-2319"), {
        note: "DFC document dated 15 August (2025), per mining.com; the company announced it 'in November' 2025 (netzerocircle).",
      }),
    ],
    sources: cite("shre-2319", "netzerocircle-financing-moves-ahead", "thefollowup-2026"),
    label: "V2",
    official: true,
    note: "Timing conflict: an August 2025 DFC document vs a November 2025 announcement (the November date has no day, so it is kept in the event's note).",
  }),
]
