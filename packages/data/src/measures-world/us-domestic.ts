/**
 * United States, domestic trade and procurement instruments (policies-beyond-china.md §1a,
 * US-01 to US-07); the finance and stockpile measures (US-08 to US-16) are in `us-finance.ts`.
 * @since 0.2.0
 */
import type * as Measure from "@rareearth/core/Measure"
import { cite } from "../pages/world.ts"
import { ALL_REE, amended, measure, on, rate } from "./build.ts"

const COVERED_NATIONS = ["KP", "CN", "RU", "IR"]

const us01 = cite("thefederalregister-08485", "federal-72244")
const us02 = cite(
  "frtracker-11513",
  "regulations-11513",
  "governmentcontractslaw-2024",
  "rareearthexchanges-illusion-control-americas",
  "venable-2023",
)
const us03 = cite(
  "thompsonhinesmartrade-2022",
  "mayerbrown-2022",
  "currentthoughtsontrade-ndfeb-magnets",
  "thompsonhinesmartrade-section-investigations-section",
)
const us04 = cite(
  "wenxuecity-3533175",
  "globaltradeandsanctionslaw-ustr-section-tariffs",
  "policyriskreport-biden-finalizes-tariff",
  "frnow-21217",
  "zimaotong-2264",
  "greatlakescustomslaw-trade",
)
const us07 = cite(
  "pubt-0621",
  "thompsonhinesmartrade-2026",
  "whitecase-insight-alert-president",
  "barnesrichardson-negotiations-chosen-over",
  "thomsonreuters-2026",
)

/**
 * The US domestic trade and procurement measures (US-01 to US-07), with the rival accounts of
 * US-04's year and US-07's date as separate records under a shared `conflictGroup`.
 * @category measures
 * @since 0.2.0
 */
export const usDomesticMeasures: ReadonlyArray<Measure.Measure> = [
  measure({
    id: "us-dfars-2019-magnet-restriction",
    ref: "US-01",
    title: "DFARS restriction on acquiring magnets and tungsten from covered nations (2019)",
    jurisdiction: "US",
    issuingBodies: ["DoD (Defense Acquisition Regulations System)"],
    instrument:
      "DFARS Case 2018-D054, implementing FY2019 NDAA §871 (10 U.S.C. 2533c, now 4872); DFARS 225.7018 and clause 252.225-7052",
    kinds: ["procurement_restriction"],
    binding: "binding",
    summary:
      "No DoD acquisition of covered magnets (SmCo and NdFeB) or tungsten from North Korea, China, Russia or Iran.",
    scope: {
      elements: ["Nd", "Sm"],
      productForms: ["magnet"],
      items: ["samarium-cobalt magnets", "neodymium-iron-boron magnets", "tungsten"],
      partners: COVERED_NATIONS,
      allPartners: false,
    },
    events: [
      on("effective", "2019-04-30", us01, { note: "Interim rule effective." }),
      amended("2019-12-31", "final rule effective", us01),
    ],
    sources: us01,
    label: "V2",
    official: true,
    note: "Before 2020: the base that US-02 amends.",
  }),
  measure({
    id: "us-dfars-2024-restriction-on-certain-metal-products",
    ref: "US-02",
    title: "DFARS final rule: Restriction on Certain Metal Products (mine-to-magnet from 2027)",
    jurisdiction: "US",
    issuingBodies: ["DoD (Defense Acquisition Regulations System)"],
    instrument:
      "DFARS Case 2021-D015 (89 FR 46816, FR Doc 2024-11513), implementing FY2021 NDAA §844 (Pub. L. 116-283); FY2024 NDAA §854 (Pub. L. 118-31) moves the effective date from 5 to 6 years",
    kinds: ["procurement_restriction"],
    binding: "binding",
    summary:
      "Rules of origin across the supply chain for NdFeB and SmCo magnets, tungsten and tantalum from the DPRK, China, Russia and Iran, for prime contracts and subcontracts at any tier. Until 2026-12-31 the rule turns on melting/alloying and magnet production; from 2027-01-01 it also reaches mining, refining and separation.",
    scope: {
      elements: ["Nd", "Sm"],
      productForms: ["magnet"],
      items: ["NdFeB magnets", "SmCo magnets", "tungsten", "tantalum"],
      partners: COVERED_NATIONS,
      allPartners: false,
    },
    events: [
      on("announced", "2023-04-27", us02, { note: "Proposed rule, 88 FR 25609." }),
      on("effective", "2024-05-30", us02, { note: "Final rule published and effective." }),
      amended(
        "2027-01-01",
        "scope extends to mining, refining and separation (mine-to-magnet)",
        us02,
      ),
    ],
    sources: us02,
    label: "V2",
    official: true,
    note: "The 2027-01-01 date is V2. Deriving it as enactment + 6 years depends on Pub. L. 116-283's enactment date, which is not confirmed.",
  }),
  measure({
    id: "us-section-232-ndfeb-2021",
    ref: "US-03",
    title: "Section 232 investigation of NdFeB permanent magnet imports (no tariff)",
    jurisdiction: "US",
    issuingBodies: ["Commerce (BIS)", "President (concurred)"],
    instrument: "Section 232 investigation: imports of NdFeB permanent magnets",
    kinds: ["trade_investigation"],
    binding: "binding",
    summary:
      "Commerce found that imports of sintered NdFeB magnets threaten national security and recommended domestic production, recycling, allied engagement and workforce measures instead of tariffs. It ended with no tariff. China held about 92% of the NdFeB magnet and alloy market in 2020, per the report as quoted by Mayer Brown.",
    scope: { elements: ["Nd"], productForms: ["magnet"], items: ["sintered NdFeB magnets"] },
    events: [
      on("effective", "2021-09-21", us03, {
        note: "Initiated 2021-09-21 (Thompson Hine); a Commerce release quoted by currentthoughtsontrade dates the announcement 2021-09-24, perhaps the press-release date.",
      }),
      amended("2022-09-21", "findings announced: threat found, no tariff imposed", us03),
    ],
    sources: us03,
    label: "V2",
    official: true,
    note: "Initiation date conflict: 21 vs 24 September 2021 (kept in the announced event's note).",
  }),
  measure({
    id: "us-section-301-2024-permanent-magnets",
    ref: "US-04",
    title: "Section 301 tariff on Chinese permanent magnets: 25% from 2026-01-01",
    jurisdiction: "US",
    issuingBodies: ["USTR"],
    instrument:
      "Section 301 Notice of Modification: China's Acts, Policies and Practices Related to Technology Transfer, IP and Innovation (89 FR 76581, FR Doc 2024-21217)",
    kinds: ["import_tariff"],
    binding: "binding",
    summary:
      "China-origin permanent magnets go from 0% to 25% additional duty for entries on or after 2026-01-01 (natural graphite follows the same schedule).",
    scope: {
      elements: ["Nd", "Sm"],
      productForms: ["magnet"],
      items: ["permanent magnets of Chinese origin"],
      partners: ["CN"],
      allPartners: false,
    },
    rates: [rate(25, "additional duty on Chinese permanent magnets")],
    events: [
      on("announced", "2024-09-13", us04, {
        note: "USTR four-year review report 2024-05-14; final determination 2024-09-13; FR notice 2024-09-18.",
      }),
      on("effective", "2026-01-01", us04),
    ],
    sources: [
      ...us04,
      ...cite("duramag-2026", "htshub-8505", "amazingmagnets-industry-customs-tariff"),
    ],
    label: "V2",
    official: true,
    conflictGroup: "us-301-magnet-tariff-year",
    note: "HTS conflict: duramag gives 8505.11 (SmCo) and 8505.19 (NdFeB); the HTS puts sintered NdFeB under 8505.11.00.70 and sintered SmCo under 8505.11.00.50. The exact HTS lines of the FR annex were not retrieved, so no code is recorded. Whether the rate was changed under the November 2025 US-China arrangements is not known.",
  }),
  measure({
    id: "us-section-301-2024-permanent-magnets-itt-2025",
    ref: "US-04",
    title:
      "Section 301 tariff on Chinese permanent magnets: 25% 'in 2025' (International Trade Today)",
    jurisdiction: "US",
    issuingBodies: ["USTR"],
    instrument: "Section 301 four-year review (as reported on 2024-05-22)",
    kinds: ["import_tariff"],
    binding: "binding",
    summary:
      "International Trade Today (2024-05-22) reported that magnets would get 25% 'in 2025'. The final notice and the other pages say 2026.",
    scope: { productForms: ["magnet"], partners: ["CN"], allPartners: false },
    rates: [rate(25, "additional duty on Chinese permanent magnets")],
    events: [on("announced", "2024-05-22", cite("internationaltradetoday-05940"))],
    sources: cite("internationaltradetoday-05940"),
    label: "S",
    conflictGroup: "us-301-magnet-tariff-year",
    note: "The rival account of the year the magnet rate applies; no effective date is recorded for it, since the page gives only a year.",
  }),
  measure({
    id: "us-eo-14241",
    ref: "US-05",
    title: "Executive Order 14241: Immediate Measures to Increase American Mineral Production",
    jurisdiction: "US",
    issuingBodies: ["President"],
    instrument: "EO 14241 (90 FR 13673)",
    kinds: ["industrial_policy_directive"],
    binding: "binding",
    summary:
      "Critical minerals per 30 U.S.C. 1606(a)(3) plus uranium, copper, potash and gold: invokes the DPA, lists priority projects, the National Energy Dominance Council oversees; DFC, OSC and EXIM financing. No new appropriation.",
    scope: {
      elements: [...ALL_REE],
      items: ["critical minerals", "uranium", "copper", "potash", "gold"],
    },
    events: [
      on(
        "effective",
        "2025-03-20",
        cite("elr-329925", "fredlaw-14241", "mondaq-1604022", "iamaware-202505212"),
      ),
    ],
    sources: cite("elr-329925", "fredlaw-14241", "mondaq-1604022", "iamaware-202505212"),
    label: "V2",
    official: true,
    note: "The reference gives the EO's date (2025-03-20); it is recorded as the effective date.",
  }),
  measure({
    id: "us-eo-14272-section-232-pcmdp",
    ref: "US-06",
    title:
      "Executive Order 14272: Section 232 investigation of processed critical minerals and derivative products",
    jurisdiction: "US",
    issuingBodies: ["President", "Commerce (BIS)"],
    instrument: "EO 14272 (90 FR 16437)",
    kinds: ["trade_investigation"],
    binding: "binding",
    summary:
      "All 17 REEs plus the USGS critical minerals list; 'processed' runs from oxide concentrate to metals and master alloys; derivative products include permanent magnets, motors, EVs and batteries. Draft interim report due in 90 days, final report in 180 days (due 2025-10-13 per metrocb).",
    scope: {
      elements: [...ALL_REE],
      productForms: ["oxide_compound", "metal", "alloy", "magnet"],
      items: ["processed critical minerals", "permanent magnets", "motors", "EVs", "batteries"],
    },
    events: [
      on(
        "effective",
        "2025-04-15",
        cite(
          "thompsonhinesmartrade-2025",
          "haynesboone-alerts-president-trump",
          "elr-330179",
          "metrocb-section-investigation-processed",
          "mondaq-1613678",
        ),
        { note: "Signed 2025-04-15; published 2025-04-18." },
      ),
    ],
    sources: cite(
      "thompsonhinesmartrade-2025",
      "haynesboone-alerts-president-trump",
      "elr-330179",
      "metrocb-section-investigation-processed",
      "mondaq-1613678",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "us-proclamation-11001",
    ref: "US-07",
    title:
      "Proclamation 11001: Adjusting Imports of Processed Critical Minerals (negotiations, no tariff now)",
    jurisdiction: "US",
    issuingBodies: ["President", "Commerce", "USTR"],
    instrument:
      "Proclamation 11001, Adjusting Imports of Processed Critical Minerals and Their Derivative Products into the United States",
    kinds: ["trade_investigation", "price_floor"],
    binding: "binding",
    summary:
      "Affirmative threat finding; no tariff now. Agreements to be sought with partners, promoting price floors for PCMDP trade; tariffs or other steps possible if no agreement within 180 days (to about mid-July 2026) or if agreements are ineffective. Per Thomson Reuters, the US was 100% net-import reliant for 12 critical minerals and at least 50% for 29 more (2024).",
    scope: {
      elements: [...ALL_REE],
      items: ["processed critical minerals and derivative products"],
    },
    events: [
      amended("2025-10-24", "Commerce's final report sent to the President", us07),
      on("effective", "2026-01-14", us07, { note: "Signed 2026-01-14 (White House fact sheet)." }),
    ],
    sources: us07,
    label: "V2",
    official: true,
    conflictGroup: "us-proclamation-11001-date",
    note: "What happened when the 180-day window closed (about July 2026) is not known to the dataset.",
  }),
  measure({
    id: "us-proclamation-11001-covington",
    ref: "US-07",
    title: "Proclamation 11001, dated 2026-01-15 (Covington's account)",
    jurisdiction: "US",
    issuingBodies: ["President"],
    instrument: "Proclamation 11001",
    kinds: ["trade_investigation", "price_floor"],
    binding: "binding",
    summary: 'Covington writes "On January 15, 2026, the President issued Proclamation 11001".',
    scope: { elements: [...ALL_REE] },
    events: [on("effective", "2026-01-15", cite("cov-2026"))],
    sources: cite("cov-2026"),
    label: "S",
    conflictGroup: "us-proclamation-11001-date",
    note: "The rival date of US-07; the fact sheet and the other pages say 14 January.",
  }),
]
