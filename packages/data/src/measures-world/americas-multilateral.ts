/**
 * Brazil, Greenland, Kazakhstan and Canada, and multilateral action: the G7, the Quad, the
 * Critical Minerals Ministerial (policies-beyond-china.md §2i and §3; ML-06, the OECD inventory,
 * is a reference dataset, not a measure: see the data README).
 * @since 0.2.0
 */
import type * as Measure from "@rareearth/core/Measure"
import { cite } from "../pages/world.ts"
import { ALL_REE, amended, BN, M, measure, money, on } from "./build.ts"

const ca01 = cite(
  "newswire-887790380",
  "119-1984838662793199617",
  "nsenergybusiness-canada-fast-track",
  "bhfs-insight-announces-first",
)

/**
 * The measures of Brazil, Greenland, Kazakhstan and Canada, and of multilateral bodies.
 * @category measures
 * @since 0.2.0
 */
export const americasMultilateralMeasures: ReadonlyArray<Measure.Measure> = [
  measure({
    id: "br-national-critical-minerals-policy-bill",
    ref: "BR-01",
    title:
      "Brazil's bill for a National Policy for Critical and Strategic Minerals (>=80% domestic RE processing)",
    jurisdiction: "BR",
    issuingBodies: [
      "Senate Economic Affairs Committee (CAE); substitute text by Sen. Esperidião Amin",
    ],
    instrument: "Bill for a National Policy for Critical and Strategic Minerals (committee vote)",
    kinds: ["domestic_processing_requirement"],
    binding: "draft",
    summary:
      "At least 80% of extracted RE to be processed in Brazil; processing zones, tax benefits, traceability. Not law. The related lower-house bill PL 2,780/2024 (PNMCE; rapporteur Arnaldo Jardim) had urgency approved in September 2025 (neofeed); mining.com said it was stalled on 2026-04-24, with a fund of up to R$5bn and the government rejecting a state company (krbitget). Lefosse says the Chamber approved it on 2026-05-06 and sent it to the Senate: past the dataset's horizon, not recorded as an event.",
    scope: { elements: [...ALL_REE] },
    rates: [
      {
        label: "share of extracted RE to be processed in Brazil",
        percent: 80,
        qualifier: "at_least",
      },
    ],
    money: [
      money("BRL", 5 * BN, "fund in PL 2,780/2024 (mining.com via krbitget)", {
        qualifier: "up_to",
      }),
    ],
    events: [
      on("announced", "2025-12-09", cite("brazilinenglish-brazil-senate-committee"), {
        note: "Senate committee vote.",
      }),
    ],
    sources: cite(
      "brazilinenglish-brazil-senate-committee",
      "neofeed-poder-terras-raras",
      "krbitget-12560605383312",
    ),
    label: "S",
  }),
  measure({
    id: "gl-uranium-act-2021",
    ref: "GL-01",
    title: "Greenland's Act No. 20 of 1 December 2021 (the 'Uranium Act')",
    jurisdiction: "GL",
    issuingBodies: ["Parliament of Greenland (Inatsisartut)"],
    instrument: "Act No. 20 of 1 December 2021",
    kinds: ["mining_prohibition"],
    binding: "binding",
    summary:
      "Bans prospecting, exploration and exploitation of uranium, defined as at least 100 ppm U in the total resource; this effectively blocks a uranium-bearing RE project: Kvanefjeld (Kuannersuit) holds about 300 ppm (stockhead).",
    scope: { items: ["uranium at >= 100 ppm of the total resource", "Kvanefjeld (Kuannersuit)"] },
    events: [
      on("announced", "2021-11-09", cite("worldnuclearnews-greenland-minerals-seeks"), {
        note: "Passed by Inatsisartut.",
      }),
      on(
        "effective",
        "2021-12-01",
        cite("worldnuclearnews-greenland-minerals-seeks", "marketscreener-43318682"),
        { note: "The Act's date; its entry into force is not given separately." },
      ),
    ],
    sources: cite(
      "worldnuclearnews-greenland-minerals-seeks",
      "marketscreener-43318682",
      "energynews-2025-3",
      "stockhead-resources-danish-court",
    ),
    label: "V2",
    official: true,
    note: "Passage (9 November) and Act date (1 December 2021) are consistent, not a conflict.",
  }),
  measure({
    id: "gl-kvanefjeld-licence-refusal",
    ref: "GL-02",
    title: "Greenland refuses the Kvanefjeld exploitation licence",
    jurisdiction: "GL",
    issuingBodies: [
      "Government of Greenland (Ministry of Mineral Resources and Justice, later Business and Mineral Resources)",
    ],
    instrument: "Refusal of the Kvanefjeld exploitation licence",
    kinds: ["licence_refusal"],
    binding: "binding",
    summary:
      "RE, zinc, fluorspar and uranium project. Arbitration requested March 2022; the tribunal declined interim orders. An alternative (no-uranium) application filed 2022-12-16 got a draft refusal on 2023-08-03. A Copenhagen City Court ruling (undated) allows merits proceedings in Greenland's High Court. ETM's claim is about US$11-11.5bn (factually.co, single source).",
    scope: { elements: [...ALL_REE], items: ["Kvanefjeld (Kuannersuit)"] },
    money: [
      money("USD", 11 * BN, "ETM's claim, lower end (factually.co, single source)", {
        qualifier: "about",
        text: "US$11-11.5bn",
      }),
    ],
    events: [
      on("effective", "2022-07-22", cite("miningtechnology-greenland-minerals-kvanefjeld"), {
        note: "Draft decision; the exploitation licence was then rejected.",
      }),
      amended(
        "2023-08-03",
        "draft refusal of the alternative (no-uranium) application filed 2022-12-16",
        cite("miningweekly-2023"),
      ),
    ],
    sources: cite(
      "miningtechnology-greenland-minerals-kvanefjeld",
      "miningweekly-2023",
      "mining-1124029",
      "marketscreener-43318682",
    ),
    label: "V2",
    official: true,
    note: "The reported refusal to extend ETM's exploration licence (announced 2026-06-29, developinglight, single source and past the dataset's horizon) is not recorded.",
  }),
  measure({
    id: "kz-development-bank-critical-materials-programme",
    ref: "KZ-01",
    title:
      "Development Bank of Kazakhstan: US$1bn financing programme for rare and critical materials",
    jurisdiction: "KZ",
    issuingBodies: ["Development Bank of Kazakhstan", "Ministry of Industry and Construction"],
    instrument:
      "Concessional financing programme for extraction and processing of rare and critical materials",
    kinds: ["loan"],
    binding: "unknown",
    summary:
      "Rare and critical materials. The government claims a possible Kuyrektykol deposit of about 800,000 t RE (unconfirmed), which would make Kazakhstan a top-10 producer (the claim is V2, the deposit unconfirmed). Kazakhstan also holds an EU third-country strategic project (EU-03) and a US MOU (US-23).",
    scope: { elements: [...ALL_REE] },
    money: [money("USD", 1 * BN, "financing programme")],
    events: [
      on("announced", "2025-10-31", cite("intellinews-413084"), {
        note: "Programme reported in late October 2025 (day not given): by the end of that month.",
      }),
    ],
    sources: cite("intellinews-413084", "chemanalyst-39927", "wedoany-70501"),
    label: "S",
  }),
  measure({
    id: "ca-dpa-stockpile-order-2025",
    ref: "CA-01",
    title:
      "Canada's Defence Production Act order to stockpile critical minerals; first G7 Production Alliance round",
    jurisdiction: "CA",
    issuingBodies: ["Government of Canada (Minister Tim Hodgson)", "Order in Council"],
    instrument:
      "Order in Council under the Defence Production Act; first round of the G7 Critical Minerals Production Alliance (ML-03)",
    kinds: ["stockpile", "offtake", "equity_stake"],
    binding: "binding",
    summary:
      "Graphite, REE and scandium projects: offtakes with Nouveau Monde Graphite (graphite) and Rio Tinto (scandium); investment to scale an RE refinery in Ontario (Canadian Press). 26 measures unlocking C$6.4bn (US$4.56-4.57bn); C$20.2m R&D.",
    scope: { elements: [...ALL_REE], items: ["graphite", "rare earths", "scandium"] },
    money: [
      money("CAD", 6.4 * BN, "26 measures unlocked", {
        equivalents: [
          { value: 4.56 * BN, currency: "USD" },
          { value: 4.57 * BN, currency: "USD" },
        ],
      }),
      money("CAD", 20.2 * M, "R&D"),
    ],
    events: [on("effective", "2025-10-31", ca01, { note: "Announced in Toronto." })],
    sources: [...ca01, ...cite("alljewels4u-politics-canada-announces")],
    label: "V2",
    official: true,
    note: "Count conflict: NRCan says 26 measures; Canadian Press says '25 initiatives'.",
  }),
  measure({
    id: "g7-critical-minerals-action-plan",
    ref: "ML-01",
    title: "G7 Critical Minerals Action Plan (price floors among the listed tools)",
    jurisdiction: "G7",
    issuingBodies: ["G7 leaders (Canadian presidency) plus the EU"],
    instrument: "G7 Critical Minerals Action Plan (CMAP)",
    kinds: ["plurilateral_framework", "price_floor"],
    binding: "non_binding",
    summary:
      "Builds on Japan's 2023 Five-Point Plan and Italy's 2024 work; names 'rare earth elements needed for magnets'. Ministers to draft a roadmap for standards-based markets by end-2025. Listed tools 'may include procurement, tax codes, financial incentives, investment policies, trade measures, price floors'. A coordinated response to 'deliberate market disruption'; economic corridors (Lobito, Luzon). Kyodo's photo caption says Trump was absent from the 17 June meeting; Kyodo's text lists the US among the leaders who launched the plan.",
    scope: { productForms: ["magnet"], items: ["rare earth elements needed for magnets"] },
    events: [
      on("effective", "2025-06-17", cite("miragenews-1562141", "iom3-resource-leaders-launch"), {
        note: "Summit 15-17 June 2025, Kananaskis.",
      }),
    ],
    sources: cite(
      "miragenews-1562141",
      "iom3-resource-leaders-launch",
      "argusmedia-2700495",
      "kallanish-0625",
      "mlm2-00017",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "quad-critical-minerals-initiative",
    ref: "ML-02",
    title: "Quad Critical Minerals Initiative",
    jurisdiction: "QUAD",
    issuingBodies: ["Quad foreign ministers (US, India, Japan, Australia)"],
    instrument:
      "Quad Critical Minerals Initiative (10th Quad Foreign Ministers' Meeting, Washington)",
    kinds: ["plurilateral_framework"],
    binding: "non_binding",
    summary:
      "Secure and diversify supply chains; e-waste recovery; concern about dependence on a single country (coercion, price manipulation).",
    scope: { partners: ["US", "IN", "JP", "AU"], allPartners: false },
    events: [on("effective", "2025-07-01", cite("indiandefensenews-2025", "indiapost-210502"))],
    sources: cite("indiandefensenews-2025", "indiapost-210502", "sputnikglobe-1122383458"),
    label: "V2",
    official: true,
  }),
  measure({
    id: "g7-critical-minerals-production-alliance",
    ref: "ML-03",
    title: "G7 Critical Minerals Production Alliance: first round of projects",
    jurisdiction: "G7",
    issuingBodies: ["G7 Energy and Environment Ministers (Canadian presidency) plus partners"],
    instrument: "Critical Minerals Production Alliance",
    kinds: ["plurilateral_framework", "offtake", "equity_stake"],
    binding: "non_binding",
    summary:
      "Partners: France, Germany, Italy, Japan, Luxembourg, Norway, the US, Australia and Ukraine. Covers REE, graphite and scandium. C$6.4bn (see CA-01); 26 vs 25 measures.",
    scope: {
      elements: [...ALL_REE],
      partners: ["FR", "DE", "IT", "JP", "LU", "NO", "US", "AU", "UA"],
      allPartners: false,
    },
    money: [money("CAD", 6.4 * BN, "first round (see CA-01)")],
    events: [
      on("effective", "2025-10-31", cite("newswire-887790380", "bhfs-insight-announces-first"), {
        note: "Toronto, G7 Energy and Environment Ministers, 30-31 October.",
      }),
    ],
    sources: cite(
      "newswire-887790380",
      "internetor-new-rare-earths",
      "bhfs-insight-announces-first",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "g7-finance-ministers-critical-minerals-2026",
    ref: "ML-04",
    title: "G7 finance ministers' meeting on critical minerals and rare-earth supply (Washington)",
    jurisdiction: "G7",
    issuingBodies: [
      "G7 finance ministers plus Australia, South Korea, India, Mexico and the EU (hosted by US Treasury)",
    ],
    instrument: "Finance-ministers meeting on critical minerals and rare-earth supply",
    kinds: ["coordination_meeting"],
    binding: "non_binding",
    summary:
      "Held after MOFCOM's 2026-01-06 measure against Japan; Australia briefed on its CMSR (AU-03). No outcome document was found.",
    scope: { elements: [...ALL_REE], partners: ["AU", "KR", "IN", "MX", "EU"], allPartners: false },
    events: [
      on("effective", "2026-01-12", cite("freemalaysiatoday-2026", "allthe-japan-launches-rare")),
    ],
    sources: cite(
      "freemalaysiatoday-2026",
      "allthe-japan-launches-rare",
      "ottranking-202601286614",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "critical-minerals-ministerial-2026-forge",
    ref: "ML-05",
    title: "Critical Minerals Ministerial: proposed price-floor trade zone and launch of FORGE",
    jurisdiction: "CRITICAL_MINERALS_MINISTERIAL",
    issuingBodies: ["US-hosted Critical Minerals Ministerial (State Department)"],
    instrument:
      "Proposal for a preferential trade zone with reference prices / price floors enforced through adjustable tariffs (VP Vance); launch of FORGE (Forum on Resource Geostrategic Engagement), successor to the Minerals Security Partnership, chaired by South Korea",
    kinds: ["plurilateral_framework", "price_floor", "framework_agreement"],
    binding: "draft",
    summary:
      "The US said it signed 11 new bilateral agreements (after 10 in the prior 5 months) and concluded talks with 17 more; action plans with the EU and Japan within 30 days, Mexico within 60; frameworks with Argentina, Ecuador, Paraguay and Peru; USTR to lead the price-floor design. '>$30bn' of joint projects (Orr briefing). The price-floor mechanism is a proposal.",
    scope: {
      elements: [...ALL_REE],
      partners: ["EU", "JP", "MX", "AR", "EC", "PY", "PE", "KR"],
      allPartners: false,
    },
    money: [money("USD", 30 * BN, "joint projects (Orr briefing)", { qualifier: "more_than" })],
    events: [
      on("effective", "2026-02-04", cite("whistlebuzz-23187", "thefollowup-2026"), {
        note: "State Department, Washington.",
      }),
    ],
    sources: cite(
      "whistlebuzz-23187",
      "particle-rallies-nations-critical",
      "allthe-vance-urges-allies",
      "thefollowup-2026",
      "frominsideasia-209051",
    ),
    label: "V2",
    official: true,
    note: "Attendance conflict: '54 countries + EU' (Reuters; Orr briefing) vs '55' (Rubio via particle.news) vs '56' (South Korea MOFA via allthe.news) vs 'more than 55' (frominsideasia). Burgum said on 2026-02-03 that 11 had signed and 20 were interested.",
  }),
]
