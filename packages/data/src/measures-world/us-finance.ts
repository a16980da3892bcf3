/**
 * United States, domestic finance and stockpile instruments: DPA awards, the MP Materials
 * partnership, appropriations, loans, grants and Project Vault (policies-beyond-china.md §1a,
 * US-08 to US-16).
 * @since 0.2.0
 */
import type * as Measure from "@rareearth/core/Measure"
import { cite } from "../pages/world.ts"
import { ALL_REE, amended, BN, M, measure, money, on, rate } from "./build.ts"

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
 * The US domestic finance and stockpile measures (US-08 to US-16).
 * @category measures
 * @since 0.2.0
 */
export const usFinanceMeasures: ReadonlyArray<Measure.Measure> = [
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
