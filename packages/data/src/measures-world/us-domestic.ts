/**
 * United States, domestic instruments: procurement, trade, finance and stockpile measures
 * (policies-beyond-china.md §1a, US-01 to US-16).
 * @since 0.2.0
 */
import type { Measure } from "@rareearth/core"
import { cite } from "../pages.ts"
import { amended, BN, M, measure, money, on, rate } from "./build.ts"

/** Every rare earth element, for measures that name "rare earths" or "REE" as a whole. */
export const ALL_REE = [
  "Sc",
  "Y",
  "La",
  "Ce",
  "Pr",
  "Nd",
  "Pm",
  "Sm",
  "Eu",
  "Gd",
  "Tb",
  "Dy",
  "Ho",
  "Er",
  "Tm",
  "Yb",
  "Lu",
] as const

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
const us10 = cite(
  "daily8-0692",
  "rareearthexchanges-1399",
  "contracts-1332900",
  "projectblue-1257",
  "metaltechnews-2370",
  "marketspy-pentagon-become-materials",
  "fas-unpacking-dod-partnership",
)

/**
 * The US domestic measures (US-01 to US-16), with the rival accounts of US-04's year and
 * US-07's date as separate records under a shared `conflictGroup`.
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
  measure({
    id: "us-dod-lynas-usa-contracts",
    ref: "US-08",
    title:
      "DoD DPA Title III / IBAS contracts with Lynas USA (light and heavy RE separation in Texas)",
    jurisdiction: "US",
    issuingBodies: ["DoD: DPA Title III office", "IBAS programme"],
    instrument:
      "Lynas USA LLC contracts: Phase 1 HRE (July 2020); LRE separation in Hondo, TX; HRE follow-on (expenditure-based)",
    kinds: ["grant"],
    binding: "binding",
    summary:
      "LRE plant of 1,250 t/yr NdPr (C&EN). The HRE facility moved to a 149-acre Seadrift, TX site, targeting operation in FY2026. No 2024-2026 status update (cancellation or completion) was found.",
    scope: { elements: ["Nd", "Pr", "Dy", "Tb"], productForms: ["oxide_compound"] },
    money: [
      money("USD", 30 * M, "LRE plant contract (C&EN)", {
        qualifier: "up_to",
        text: "up to US$30m",
      }),
      money("USD", 30.4 * M, "LRE plant contract (Kallanish)", { text: "US$30.4m" }),
      money("USD", 120 * M, "HRE contract, June 2022", { qualifier: "about", text: "~US$120m" }),
      money("USD", 258 * M, "HRE contract as raised in 2023", {
        qualifier: "about",
        text: "~US$258m (≈A$390m)",
        equivalents: [{ value: 390 * M, currency: "AUD" }],
      }),
    ],
    events: [
      on("effective", "2020-07-31", cite("cen-materials-inorganic-chemistry"), {
        note: "Phase 1 HRE contract in July 2020 (day not given): in force by the end of that month.",
      }),
      amended(
        "2021-01-30",
        "LRE plant announced (C&EN report date)",
        cite("cen-materials-inorganic-chemistry"),
      ),
      amended(
        "2022-06-14",
        "HRE follow-on contract, about US$120m",
        cite("kallanish-0622", "thecheapinvestor-2022"),
      ),
      amended(
        "2023-08-01",
        "HRE support raised to about US$258m (report date)",
        cite("mqworld-2023", "magneticsmag-dod-strengthens-support"),
      ),
    ],
    sources: cite(
      "cen-materials-inorganic-chemistry",
      "kallanish-0622",
      "smenet-3981",
      "thecheapinvestor-2022",
      "magneticsmag-dod-strengthens-support",
      "mqworld-2023",
      "tashandmark",
    ),
    label: "V2",
    official: true,
    note: "LRE amount conflict: US$30m (C&EN) vs US$30.4m (Kallanish), both kept.",
  }),
  measure({
    id: "us-dod-mp-materials-awards",
    ref: "US-09",
    title: "DoD awards to MP Materials: LREE separation (2020) and heavy-RE separation (2022)",
    jurisdiction: "US",
    issuingBodies: ["DoD: DPA Title III (2020)", "IBAS (2022)"],
    instrument:
      "MP Materials technology investment agreement for LREE separation (Stage II); contract for a heavy-RE separation facility at Mountain Pass",
    kinds: ["grant"],
    binding: "binding",
    summary:
      "Mountain Pass, CA. DoD said it had put more than US$100m into RE supply-chain resiliency by February 2022.",
    scope: {
      elements: [...ALL_REE],
      productForms: ["oxide_compound"],
      items: ["Mountain Pass, CA"],
    },
    money: [
      money("USD", 9.6 * M, "LREE separation agreement (December 2020)"),
      money("USD", 35 * M, "heavy-RE separation contract (2022-02-22)"),
    ],
    events: [
      on("effective", "2020-12-31", cite("defense-2418542", "smenet-3862"), {
        note: "Awarded in December 2020 (day not given; the defense.gov release carries no date): in force by the end of that month.",
      }),
      amended(
        "2022-02-22",
        "US$35m heavy-RE separation contract",
        cite("defense-2941793", "greencarcongress-20220223", "seekingalpha-3802582"),
      ),
    ],
    sources: cite(
      "defense-2418542",
      "smenet-3862",
      "greencarcongress-20220223",
      "defense-2941793",
      "seekingalpha-3802582",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "us-dod-mp-materials-2025-partnership",
    ref: "US-10",
    title: "DoD-MP Materials partnership: equity, NdPr price floor of US$110/kg, 10X offtake, loan",
    jurisdiction: "US",
    issuingBodies: ["DoD (Department of War)"],
    instrument:
      "Public-private partnership with MP Materials: convertible preferred stock, warrant, loan, NdPr price-floor commitment, and Offtake Agreement (SEC Ex. 10.5) with MP 10X Development LLC",
    kinds: ["equity_stake", "price_floor", "offtake", "loan"],
    binding: "binding",
    summary:
      "NdPr products 'stockpiled or sold' get a 10-year floor of US$110/kg; DoD pays the shortfall between benchmark and floor (Project Blue). 100% of the 10X plant's magnet output is to be bought by defense and commercial buyers for 10 years after construction (commissioning targeted 2028). Extra heavy-RE separation at Mountain Pass.",
    scope: {
      elements: ["Nd", "Pr"],
      productForms: ["oxide_compound", "magnet"],
      items: ["NdPr products", "10X magnet plant output"],
    },
    money: [
      money("USD", 400 * M, "convertible preferred stock", { text: "US$400m" }),
      money("USD", 30.03, "warrant exercise price", { per: "share" }),
      money("USD", 150 * M, "DoD loan", { text: "US$150m" }),
      money("USD", 110, "NdPr price floor", { per: "kg", text: "US$110/kg NdPr" }),
      money("USD", 1 * BN, "JPMorgan/Goldman Sachs commitment", { text: "US$1.0bn" }),
      money("USD", 140 * M, "10X EBITDA floor, +2% a year (Project Blue only, single source)", {
        text: "US$140m + 2%/yr",
      }),
    ],
    rates: [rate(15, "DoD stake as converted", "about")],
    events: [
      on("announced", "2025-07-10", us10, {
        note: "Agreements dated 2025-07-09 (the date TipRanks gives); announced 2025-07-10.",
      }),
      on("effective", "2025-07-11", us10, {
        note: "Preferred-stock purchase set to close 2025-07-11.",
      }),
      amended(
        "2025-10-01",
        "price protection agreement commenced (NdPr floor)",
        cite("stockstoday-33578", "quantisnow-6265307"),
        "The start is V2 in prices-and-trade.md §A7; policies-beyond-china.md had only Project Blue's 'Q4 2025' (S).",
      ),
    ],
    sources: [...us10, ...cite("stockstoday-33578", "quantisnow-6265307")],
    label: "V2",
    official: true,
    note: "Amounts V2; the Offtake Agreement's date V. Capacity conflict: MP's release says total US magnet capacity reaches about 10,000 t once 10X is built; AInvest and rjema say the 10X plant alone makes 10,000 t/yr. The 10X EBITDA floor is single-source (Project Blue).",
  }),
  measure({
    id: "us-obbba-critical-minerals",
    ref: "US-11",
    title:
      "One Big Beautiful Bill Act: critical-minerals appropriations (stockpile, investment, credit)",
    jurisdiction: "US",
    issuingBodies: ["Congress", "President"],
    instrument: "One Big Beautiful Bill Act (OBBBA): critical-minerals provisions",
    kinds: ["stockpile", "subsidy", "loan"],
    binding: "binding",
    summary:
      "US$2bn to expand the National Defense Stockpile through/by 2027; US$5bn for supply-chain investments; US$500m for a Pentagon credit programme; it also funds OSC loans (Vulcan, US-14). US$7.5bn in total.",
    scope: {
      elements: [...ALL_REE],
      items: ["National Defense Stockpile", "critical-minerals supply chains"],
    },
    money: [
      money("USD", 7.5 * BN, "total", { text: "US$7.5bn" }),
      money("USD", 2 * BN, "National Defense Stockpile expansion through/by 2027"),
      money("USD", 5 * BN, "supply-chain investments"),
      money("USD", 500 * M, "Pentagon credit programme"),
      money("USD", 100 * BN, "OSC lending authority (Zeitenwende only, single source)", {
        qualifier: "up_to",
      }),
    ],
    events: [
      on("effective", "2025-10-12", cite("newsmax-1230029"), {
        note: "Signed in July 2025 (Carolina Journal); the exact day is not confirmed, so the act is recorded as in force from the first dated report that cites it (2025-10-12), a lower bound.",
      }),
    ],
    sources: cite(
      "newsmax-1230029",
      "zeitenwendegroup-pentagon-increases-critical",
      "lbkrs-260860632",
      "carolinajournal-durham-rare-earth",
      "zeitenwendegroup-vulcan-elements-signs",
    ),
    label: "V2",
    official: true,
    note: "The US$100bn OSC lending authority is single-source (Zeitenwende).",
  }),
  measure({
    id: "us-dla-nds-acquisition-plans-2025",
    ref: "US-12",
    title: "Defense Logistics Agency: National Defense Stockpile acquisition plans (up to US$1bn)",
    jurisdiction: "US",
    issuingBodies: ["DoD: Defense Logistics Agency (DLA)"],
    instrument: "National Defense Stockpile (NDS) acquisition plans",
    kinds: ["stockpile"],
    binding: "unknown",
    summary:
      "Cobalt up to US$500m, antimony US$245m (US Antimony), tantalum US$100m, scandium US$45m (Rio Tinto, APL). The US is also 'exploring' stockpiles of rare earths, tungsten, bismuth and indium (222 t of indium mentioned). No rare-earth line item with a dollar amount was found.",
    scope: {
      elements: ["Sc"],
      items: ["cobalt", "antimony", "tantalum", "scandium", "rare earths (explored only)"],
    },
    money: [
      money("USD", 1 * BN, "acquisition plans", { qualifier: "up_to" }),
      money("USD", 500 * M, "cobalt", { qualifier: "up_to" }),
      money("USD", 245 * M, "antimony"),
      money("USD", 100 * M, "tantalum"),
      money("USD", 45 * M, "scandium"),
      money("USD", 1.3 * BN, "NDS inventory value (Newsmax/FT, 2023)", { qualifier: "about" }),
    ],
    events: [
      on("announced", "2025-10-11", cite("newsmax-1230029", "gmteight-319702"), {
        note: "Filings reported 2025-10-11/12 (FT, via Newsmax and others).",
      }),
    ],
    sources: cite(
      "newsmax-1230029",
      "gmteight-319702",
      "lbkrs-260860632",
      "goldinvest-pentagon-program-billion",
      "particle-pentagon-launches-billion",
    ),
    label: "V2-wire",
    note: "One FT origin. Valuation conflict: NDS 'about $1.3bn' (Newsmax/FT) vs 'under $1 billion today' (particle.news, single source).",
  }),
  measure({
    id: "us-doe-ree-demonstration-facility-nofo",
    ref: "US-13",
    title: "DOE Rare Earth Elements Demonstration Facility funding opportunity (up to US$134m)",
    jurisdiction: "US",
    issuingBodies: [
      "DOE: Office of Critical Minerals and Energy Innovation (CMEI)",
      "DOE: MESC (NOI)",
    ],
    instrument: "Rare Earth Elements Demonstration Facility NOFO (IIJA §40205, 42 U.S.C. 13344)",
    kinds: ["grant", "research_programme"],
    binding: "binding",
    summary:
      "Cost-shared (at least 50%) grants for REE recovery and refining from unconventional feedstocks (mine waste, e-waste, acid mine drainage): a 150-1,000 t/yr demonstration plant, with an academic partner required. Part of a package of about US$1bn in critical-minerals NOFOs. Applications due 2026-01-05.",
    scope: {
      elements: [...ALL_REE],
      items: ["REE recovery from mine waste, e-waste, acid mine drainage"],
    },
    money: [
      money("USD", 134 * M, "NOFO", { qualifier: "up_to" }),
      money("USD", 135 * M, "NOI (2025-08-13)", { qualifier: "up_to" }),
      money("USD", 1 * BN, "whole NOFO package", { qualifier: "about" }),
    ],
    rates: [rate(50, "cost share", "at_least")],
    events: [
      on("announced", "2025-08-13", cite("grantexec-75414", "fundsforngos-cat-iija-funding"), {
        note: "Notice of intent.",
      }),
      on(
        "effective",
        "2025-12-01",
        cite("energy-4855387", "thefederalnewswire-676688709", "grantexec-0953"),
        { note: "NOFO announced." },
      ),
    ],
    sources: cite(
      "energy-4855387",
      "thefederalnewswire-676688709",
      "grantexec-0953",
      "natlawreview-doe-announces-nearly",
      "brdo",
      "grantexec-75414",
      "fundsforngos-cat-iija-funding",
    ),
    label: "V2",
    official: true,
    note: "Amount conflict: the NOI said up to US$135m, the NOFO says US$134m; both are kept.",
  }),
  measure({
    id: "us-vulcan-reelement-2025",
    ref: "US-14",
    title:
      "Vulcan Elements and ReElement Technologies: OSC loans, CHIPS incentives, equity and warrants",
    jurisdiction: "US",
    issuingBodies: ["DoD (DoW) Office of Strategic Capital (OSC)", "Commerce (CHIPS)"],
    instrument:
      "OSC direct loans; Commerce non-binding preliminary letter of intent (one page calls it a term sheet)",
    kinds: ["loan", "equity_stake", "grant"],
    binding: "binding",
    summary:
      "A 10,000 t/yr NdFeB magnet plant in the US, magnet recycling and e-waste. DoW takes warrants in both firms; Commerce takes US$50m of equity in Vulcan. The CHIPS part is non-binding (Bloomberg via liveindex). Headline US$1.4bn.",
    scope: {
      elements: ["Nd"],
      productForms: ["magnet"],
      items: ["NdFeB magnet plant, 10,000 t/yr", "magnet recycling"],
    },
    money: [
      money("USD", 620 * M, "Vulcan: OSC loan"),
      money("USD", 50 * M, "Vulcan: CHIPS incentives (Commerce equity), non-binding"),
      money("USD", 550 * M, "Vulcan: private capital"),
      money("USD", 80 * M, "ReElement: OSC loan, matched by private money"),
      money("USD", 1.4 * BN, "headline total", { text: "US$1.4bn" }),
    ],
    events: [
      on(
        "effective",
        "2025-11-03",
        cite("prnewswire-302602878", "carolinajournal-durham-rare-earth"),
      ),
    ],
    sources: cite(
      "prnewswire-302602878",
      "carolinajournal-durham-rare-earth",
      "liveindex-investing-invests-more",
      "zeitenwendegroup-vulcan-elements-signs",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "us-commerce-usa-rare-earth-loi-2026",
    ref: "US-15",
    title: "Commerce CHIPS letter of intent with USA Rare Earth (up to US$277m + US$1.3bn loan)",
    jurisdiction: "US",
    issuingBodies: [
      "Commerce: CHIPS Program Office (NIST)",
      "DOE NETL (separate collaboration LOI)",
    ],
    instrument: "Non-binding letter of intent under the CHIPS and Science Act",
    kinds: ["grant", "loan", "equity_stake"],
    binding: "non_binding",
    summary:
      "Round Top, TX mine (commercial production 2028; 8,000 tpa third-party feed processing); Stillwater, OK NdFeB magnets to 10,000 tpa and 10,000 tpa metal/strip-cast. Commerce gets about 16.1m shares plus a warrant for about 17.6m; 8-16% stake per okenergytoday. Not final: subject to diligence and definitive agreements. Project capex about US$3.3bn.",
    scope: {
      elements: [...ALL_REE],
      productForms: ["ore_concentrate", "metal", "magnet"],
      items: ["Round Top, TX", "Stillwater, OK magnet plant"],
    },
    money: [
      money("USD", 277 * M, "direct funding", { qualifier: "up_to" }),
      money("USD", 1.3 * BN, "senior secured loan", { qualifier: "up_to" }),
      money("USD", 1.6 * BN, "headline total", { text: "US$1.6bn" }),
      money("USD", 3.3 * BN, "project capex", { qualifier: "about" }),
    ],
    events: [
      on(
        "announced",
        "2026-01-26",
        cite("einpresswire-886608115", "executivegov-commerce-usa-rare"),
      ),
    ],
    sources: cite(
      "einpresswire-886608115",
      "executivegov-commerce-usa-rare",
      "meritalk-204831",
      "okenergytoday-2026",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "us-project-vault-2026",
    ref: "US-16",
    title:
      "Project Vault: strategic critical-minerals reserve for civilian industry (US$10bn EXIM loan)",
    jurisdiction: "US",
    issuingBodies: ["President", "EXIM", "private partners"],
    instrument: "Project Vault (public-private reserve); EXIM loan approved by the board",
    kinds: ["stockpile", "loan"],
    binding: "binding",
    summary:
      "Includes rare earths, gallium, cobalt and others. Procurement by Hartree, Traxys and Mercuria; participants include GM, Stellantis, Boeing, Corning, GE Vernova and Google. A 15-year EXIM loan, the largest in EXIM history, plus private capital ('US$12bn').",
    scope: { elements: [...ALL_REE], items: ["rare earths", "gallium", "cobalt"] },
    money: [
      money("USD", 10 * BN, "EXIM loan, 15-year"),
      money("USD", 1.67 * BN, "private capital"),
      money("USD", 2 * BN, "private capital (particle.news)", { qualifier: "about" }),
      money("USD", 12 * BN, "headline total", { text: "US$12bn" }),
    ],
    events: [
      on("effective", "2026-02-02", cite("gbdaily-9518", "tradingpedia-2026"), {
        note: "Announced 2026-02-02; the EXIM board approved the loan the same day.",
      }),
    ],
    sources: cite(
      "gbdaily-9518",
      "tradingpedia-2026",
      "tradevae-administration-build-billion",
      "123-1479200",
    ),
    label: "V2-wire",
    official: true,
    note: "One Bloomberg origin. A '60-day supply' goal appears only at principlecivics (single source).",
  }),
]
