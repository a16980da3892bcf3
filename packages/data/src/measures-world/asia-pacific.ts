/**
 * Australia, Malaysia, Myanmar, Viet Nam, India and Indonesia (policies-beyond-china.md §2c to
 * §2h). MM-03, a trade figure, is a trade flow (see `trade-beyond-magnets/`), not a measure.
 * @since 0.2.0
 */
import type * as Measure from "@rareearth/core/Measure"
import { cite } from "../pages/world.ts"
import { ALL_REE, amended, BN, CRORE, M, measure, money, on, rate } from "./build.ts"

const my02 = cite("malaymail-122951", "nst-1024679", "rareearthexchanges-malaysias-ban-export")
const vn02 = cite(
  "trtworld",
  "myparaluman-vietnam-curbs-exports",
  "businesstimes-international-asean-vietnam",
  "digitimes-20251212",
  "laodong-1646949",
  "azernews-251502",
  "xe-316594",
)

/**
 * The measures of Australia, Malaysia, Myanmar (a non-state armed group), Viet Nam, India and
 * Indonesia.
 * @category measures
 * @since 0.2.0
 */
export const asiaPacificMeasures: ReadonlyArray<Measure.Measure> = [
  measure({
    id: "au-cmpti",
    ref: "AU-01",
    title:
      "Critical Minerals Production Tax Incentive (10% of processing and refining costs, 2027-2040)",
    jurisdiction: "AU",
    issuingBodies: ["Treasury", "DISR", "ATO"],
    instrument:
      "Future Made in Australia (Production Tax Credits and Other Measures) Act 2025; draft Regulations consulted 2025-09-15 to 2025-10-17",
    kinds: ["tax_credit"],
    binding: "binding",
    summary:
      "A refundable production tax offset of 10% of eligible processing and refining costs for Australia's 31 critical minerals, including REE, for up to 10 years per project, FID by 2030 per the consultation design (gtlaw). About A$7bn over a decade. Announced in the 2024-25 Budget; bill introduced 2024-11-25; the House agreed 2025-02-11; Royal Assent before the May 2025 election was called (Senate and assent dates not confirmed).",
    scope: { elements: [...ALL_REE], items: ["31 critical minerals"] },
    money: [money("AUD", 7 * BN, "over a decade", { qualifier: "about" })],
    rates: [rate(10, "refundable offset on eligible processing and refining costs")],
    events: [
      on("announced", "2024-11-25", cite("openaustralia-2024"), { note: "Bill introduced." }),
      amended(
        "2025-02-11",
        "House agreed to the bill",
        cite("regfollower-66260", "resourcesreview-australia-passes-landmark"),
      ),
      on("effective", "2027-07-01", cite("regfollower-66260", "mondaq-1682916"), {
        until: "2040-06-30",
        note: "The credit applies from 2027-07-01 to 2040-06-30.",
      }),
    ],
    sources: cite(
      "regfollower-66260",
      "openaustralia-2024",
      "mondaq-1682916",
      "consult-690113",
      "resourcesreview-australia-passes-landmark",
      "miningtechnology-683347",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "au-cmsr-announcement-2025",
    ref: "AU-02",
    title: "Critical Minerals Strategic Reserve announced (A$1.2bn)",
    jurisdiction: "AU",
    issuingBodies: ["Albanese Government (PM&C taskforce, later DISR)"],
    instrument: "Critical Minerals Strategic Reserve (CMSR)",
    kinds: ["stockpile", "offtake"],
    binding: "unknown",
    summary:
      "National offtake agreements (buying volumes, or holding options at set prices) plus selective stockpiling; RE named as a priority; the Critical Minerals Facility raised to A$5bn. A$1.2bn initial, including A$1bn added to the Critical Minerals Facility. Operational '2H 2026'. rawmaterials.net's 'around $760 million' is probably a US$ conversion, not a conflict.",
    scope: { elements: [...ALL_REE] },
    money: [
      money("AUD", 1.2 * BN, "initial"),
      money("AUD", 1 * BN, "added to the Critical Minerals Facility"),
      money("AUD", 5 * BN, "Critical Minerals Facility after the increase"),
    ],
    events: [
      on("announced", "2025-04-28", cite("republicofmining-2025"), {
        note: "Announced in April 2025 during the election campaign; the exact day is not confirmed, so the date is the dated report (2025-04-28).",
      }),
    ],
    sources: cite(
      "aumanufacturing-albanese-government-announces",
      "miningtechnology-australia-critical-minerals",
      "mondaq-1667306",
      "republicofmining-2025",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "au-cmsr-design-2026",
    ref: "AU-03",
    title: "Critical Minerals Strategic Reserve design details (antimony, gallium, REE first)",
    jurisdiction: "AU",
    issuingBodies: ["Ministers King, Chalmers and Farrell (joint release)"],
    instrument:
      "CMSR design details; enabling legislation to widen Export Finance Australia's powers",
    kinds: ["stockpile", "offtake"],
    binding: "unknown",
    summary:
      "First focus: antimony, gallium and REE. The model: secure rights to Australian output, then on-sell them; DISR oversees transactions. Operation 'by the end of the year' (King), earlier '2H 2026'. Project Blue describes the CMSR as mainly an offtake and investment mechanism, not a physical inventory.",
    scope: { elements: [...ALL_REE], items: ["antimony", "gallium", "rare earths"] },
    money: [
      money("AUD", 1 * BN, "transactions through the A$5bn Critical Minerals Facility"),
      money("AUD", 185 * M, "selective stockpiling and implementation"),
      money("AUD", 1.185 * BN, "total (thecorner.eu)"),
    ],
    events: [
      on(
        "announced",
        "2026-01-12",
        cite("manmonthly-australia-secures-critical", "investingnews-australia-critical-minerals"),
      ),
    ],
    sources: cite(
      "manmonthly-australia-secures-critical",
      "investingnews-australia-critical-minerals",
      "ferroalloys-331855",
      "perthnow-21277037",
      "thecorner-123738",
      "projectblue-1397",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "au-efa-arafura-nolans-equity",
    ref: "AU-04",
    title:
      "Export Finance Australia equity in Arafura Nolans (US$100m) and the Alcoa-Sojitz gallium project",
    jurisdiction: "AU",
    issuingBodies: ["Australian Government via Export Finance Australia"],
    instrument:
      "Equity in the Arafura Nolans project; concessional equity for the Alcoa-Sojitz gallium project (under US-19)",
    kinds: ["equity_stake"],
    binding: "unknown",
    summary:
      "Nolans is expected to make about 5% of global RE (government claim), about 4,440 tpa NdPr at full output (company figure via mining.com). The forum page writes '$100 million' without a currency; Perthnow gives US$ and A$.",
    scope: { elements: ["Nd", "Pr"], items: ["Arafura Nolans", "Alcoa-Sojitz gallium (Wagerup)"] },
    money: [
      money("USD", 100 * M, "equity in Nolans", {
        equivalents: [{ value: 153 * M, currency: "AUD" }],
      }),
      money("USD", 200 * M, "equity for the gallium project", {
        qualifier: "up_to",
        equivalents: [{ value: 307 * M, currency: "AUD" }],
      }),
    ],
    events: [
      on(
        "announced",
        "2025-10-20",
        cite("perthnow-20416027", "benchmarksourcecore-australia-sign-landmark"),
      ),
    ],
    sources: cite(
      "perthnow-20416027",
      "benchmarksourcecore-australia-sign-landmark",
      "rareearthexchanges-1649",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "my-raw-re-export-ban-announcement-2023",
    ref: "MY-01",
    title: "Malaysia announces a ban on exports of rare-earth raw materials",
    jurisdiction: "MY",
    issuingBodies: ["PM Anwar Ibrahim"],
    instrument: "Policy announcement in Parliament (12th Malaysia Plan mid-term review, per REEx)",
    kinds: ["export_prohibition"],
    binding: "non_binding",
    summary:
      "Ban on exports of unprocessed rare earths announced. The RE industry could add up to RM9.5bn (US$2bn) to GDP in 2025, with about 7,000 jobs; USGS reserves 30,000 t. On 2023-10-24 the MOSTI minister said only processed RE could be exported (no date given); the same day Lynas was allowed to keep importing NORM-bearing raw material until March 2026 (asiatechwire, single source).",
    scope: { elements: [...ALL_REE], productForms: ["ore_concentrate"] },
    money: [
      money("MYR", 9.5 * BN, "possible GDP contribution in 2025", {
        qualifier: "up_to",
        equivalents: [{ value: 2 * BN, currency: "USD" }],
      }),
    ],
    events: [
      on("announced", "2023-09-11", cite("nasdaq-malaysia-develop-policy", "vietnamplus-267840")),
    ],
    sources: cite(
      "nasdaq-malaysia-develop-policy",
      "vietnamplus-267840",
      "international-437011",
      "asiatechwire-malaysia-plans-ban",
    ),
    label: "V2-wire",
    official: true,
    note: "One Reuters origin. Took effect as MY-02.",
  }),
  measure({
    id: "my-nr-ree-export-moratorium",
    ref: "MY-02",
    title: "Moratorium on export of non-radioactive rare earth elements (NR-REE)",
    jurisdiction: "MY",
    issuingBodies: [
      "Ministry of Natural Resources and Environmental Sustainability (NRES)",
      "Cabinet",
    ],
    instrument: "Moratorium on export of NR-REE (states told by letter dated 2023-12-20)",
    kinds: ["export_prohibition"],
    binding: "binding",
    summary:
      "Raw or unprocessed NR-REE may not be exported; only processed RE may. About 16,000 t REO from illegal mining had gone to China; a Chinese report cited 19,081 t REO worth RM975m imported from Malaysia. REEx says the cabinet approved it in late October 2023 and that it is reviewed every six months (single source). No gazetted legal instrument or HS-code list was found.",
    scope: {
      elements: [...ALL_REE],
      productForms: ["ore_concentrate"],
      items: ["raw or unprocessed non-radioactive rare earth elements"],
    },
    events: [
      on("announced", "2023-12-20", my02, { note: "States told by letter." }),
      on("effective", "2024-01-01", my02),
      amended("2024-02-21", "Cabinet reiterated the moratorium", my02),
      amended("2024-03-06", "reminder letter to state governments", my02),
      amended(
        "2025-11-13",
        "phased REE strategy: the moratorium covers the short-term phase 2025-2027 and continues into 2027-2030 (MY-03)",
        cite("malaymail-198298", "prwire-feeds-govt-imposes"),
      ),
    ],
    sources: [...my02, ...cite("malaymail-198298", "prwire-feeds-govt-imposes")],
    label: "V2",
    official: true,
  }),
  measure({
    id: "my-ree-industry-strategy-2025",
    ref: "MY-03",
    title: "Malaysia's phased REE industry strategy (raw-REE export moratorium continued)",
    jurisdiction: "MY",
    issuingBodies: ["NRES"],
    instrument:
      "Written parliamentary reply: short term 2025-2027, medium term 2027-2030, long term after 2030",
    kinds: ["export_prohibition", "industrial_policy_directive"],
    binding: "unknown",
    summary:
      "The raw-REE export moratorium covers the short-term phase and continues into the medium term; midstream plants, metal/alloy and 'super-magnet' plants to be attracted, with government-linked companies involved. Malay Mail frames it as the government 'has decided to impose' a moratorium for 2025-27, which reads as a restatement or renewal of MY-02, not a new start.",
    scope: { elements: [...ALL_REE], productForms: ["ore_concentrate"] },
    events: [on("effective", "2025-11-13", cite("malaymail-198298", "prwire-feeds-govt-imposes"))],
    sources: cite("malaymail-198298", "prwire-feeds-govt-imposes"),
    label: "V2",
    official: true,
  }),
  measure({
    id: "my-export-ban-reaffirmed-2025",
    ref: "MY-04",
    title: "Malaysia's raw-RE export ban stays despite the US MOU (Trade Minister Tengku Zafrul)",
    jurisdiction: "MY",
    issuingBodies: ["Trade Minister Tengku Zafrul"],
    instrument: "Statement in Parliament",
    kinds: ["export_prohibition"],
    binding: "unknown",
    summary:
      "The raw-RE export ban stays despite US-20. The PM cites an RM600m magnet plant in Pahang (Lynas + JS Link). Reserves cited at 16.1 Mt (a Malaysian government figure, probably resources) vs 30,000 t (USGS, 2023 reports): not resolved.",
    scope: { elements: [...ALL_REE], productForms: ["ore_concentrate"] },
    money: [money("MYR", 600 * M, "magnet plant in Pahang (Lynas + JS Link)")],
    events: [
      on("effective", "2025-10-29", cite("smm-103599903", "usasean-malaysias-critical-minerals")),
    ],
    sources: cite("smm-103599903", "usasean-malaysias-critical-minerals"),
    label: "V2",
    official: true,
  }),
  measure({
    id: "mm-kia-capture-kachin-mining-belt",
    ref: "MM-01",
    title:
      "The Kachin Independence Army captures the Kachin Special Region 1 rare-earth mining belt",
    jurisdiction: "MM",
    actor: "non_state",
    issuingBodies: ["Kachin Independence Army (KIA), with PDF allies"],
    instrument: "Military capture of Chipwi, Pangwa (Panwa) and Kanpaiti",
    kinds: ["supply_disruption"],
    binding: "unknown",
    summary:
      "Offensive from 2024-09-29; Chipwi taken late September 2024, Pangwa in October 2024, Kanpaiti in November 2024. The mines produce roughly half of world heavy-RE output (Reuters). In 2023 Myanmar supplied China about 50,000 t REO from ion-adsorption clays, against China's own IAC quota of 19,000 t (Ord Minnett via Reuters).",
    scope: {
      productForms: ["ore_concentrate", "oxide_compound"],
      items: ["heavy rare earths from ion-adsorption clays"],
    },
    events: [
      on("effective", "2024-09-29", cite("irrawaddy-burma-myanmars-kia", "rfa-10152024152550"), {
        note: "Offensive begins.",
      }),
      amended(
        "2024-10-31",
        "Pangwa (Panwa) taken in October 2024 (day: 19 October per globaleyeintelligence, single source)",
        cite("irrawaddy-burma-myanmars-kia", "globaleyeintelligence-escalating-conflict-myanmar"),
      ),
      amended("2024-11-26", "Kanpaiti taken (AP, 26 November 2024)", cite("kesq-2024")),
    ],
    sources: cite(
      "irrawaddy-burma-myanmars-kia",
      "rfa-10152024152550",
      "english-kachin-resistance-expands",
      "minersnews-rare-earth-oxides",
      "kesq-2024",
      "arabnews-2595122",
      "globaleyeintelligence-escalating-conflict-myanmar",
      "mestios-xzz-ferkieob-gjgzwq",
    ),
    label: "V2",
    note: "Day conflict: Pangwa taken on 2024-10-19 per globaleyeintelligence (single source); Irrawaddy says only 'in October'. Year error: mestios dates Kanpaiti's capture to 20 November 2023; AP (26 November 2024) shows 2024. The reference names no elements, so none is recorded.",
  }),
  measure({
    id: "cn-myanmar-border-closure-2024",
    ref: "MM-02",
    title: "China closes Kachin border trade posts; RE imports from Myanmar halted",
    jurisdiction: "CN",
    issuingBodies: ["China (border authorities)"],
    instrument: "Border closure / import halt",
    kinds: ["trade_interruption"],
    binding: "unknown",
    summary:
      "China closed border trade posts in late October 2024. An earlier, undated halt of Chinese RE imports from Myanmar and of ammonium-sulphate exports was reported by Reuters 'last month' relative to the Pangwa story. RFA via ij-reportika says the KIA in turn closed the Mai Ja Yang, Lai Zar and Pang War crossings (undated).",
    scope: { partners: ["MM"], allPartners: false, items: ["Kachin border crossings"] },
    events: [
      on("effective", "2024-10-31", cite("irrawaddy-burma-myanmars-kia"), {
        note: "Closed in late October 2024 (day not given): in force by the end of that month.",
      }),
    ],
    sources: cite(
      "irrawaddy-burma-myanmars-kia",
      "minersnews-rare-earth-oxides",
      "ijreportika-myanmars-kachin-rebels",
    ),
    label: "V",
    note: "A Chinese measure recorded here for context (policies-beyond-china.md MM-02); each fact is single-sourced (V each).",
  }),
  measure({
    id: "mm-kia-export-levy-2025",
    ref: "MM-04",
    title: "KIA levy of 35,000 yuan/t on exports of existing rare-earth stockpiles to China",
    jurisdiction: "MM",
    actor: "non_state",
    issuingBodies: ["Kachin Independence Army (KIA)"],
    instrument: "Statement: levy on export of existing RE stockpiles",
    kinds: ["export_tax"],
    binding: "unknown",
    summary:
      "Existing inventories only. Tb oxide rose 21.9% to 6,550 yuan/kg between late September 2024 and 2025-03-24.",
    scope: { partners: ["CN"], allPartners: false, items: ["existing rare-earth inventories"] },
    money: [
      money("CNY", 35_000, "levy", {
        per: "tonne",
        equivalents: [{ value: 4_800, currency: "USD" }],
        text: "35,000 yuan/t (~US$4,800/t)",
      }),
    ],
    events: [
      on("announced", "2025-03-26", cite("energynews-2025-2"), { note: "Statement sent." }),
      on("effective", "2025-03-27", cite("energynews-2025-2", "news247-1986013"), {
        note: "Exports allowed from this day.",
      }),
    ],
    sources: cite(
      "energynews-2025-2",
      "news247-1986013",
      "rareearthexchanges-kachin-independence-army",
    ),
    label: "V2-wire",
    note: "One Reuters origin. The ~US$4,800/t equivalent is the source's own. A 35,000 yuan/t tax on mineral exports was already reported after the KIA seized Kanpaiti in November 2024 (AP via Rare Earth Exchanges, single source).",
  }),
  measure({
    id: "vn-re-ore-export-ban",
    ref: "VN-01",
    title: "Viet Nam's ban on rare-earth ore exports (in place since at least 2021)",
    jurisdiction: "VN",
    issuingBodies: ["Government of Viet Nam (instrument not identified)"],
    instrument: "Ban on RE ore exports (instrument not identified)",
    kinds: ["export_prohibition"],
    binding: "binding",
    summary: "RE ores may not be exported. The legal instrument and start date are not confirmed.",
    scope: { elements: [...ALL_REE], productForms: ["ore_concentrate"] },
    events: [
      on("effective", "2021-12-31", cite("trtworld", "myparaluman-vietnam-curbs-exports"), {
        note: "In place 'since at least 2021': the date is a bound (in force by the end of 2021), not the start.",
      }),
    ],
    sources: cite("trtworld", "myparaluman-vietnam-curbs-exports"),
    label: "V2-wire",
    official: true,
    note: "One Reuters origin.",
  }),
  measure({
    id: "vn-geology-minerals-law-amendment-2025",
    ref: "VN-02",
    title:
      "Viet Nam amends the Law on Geology and Minerals: rare earths a special strategic mineral",
    jurisdiction: "VN",
    issuingBodies: ["National Assembly (drafted by the Ministry of Agriculture and Environment)"],
    instrument:
      "Law amending and supplementing a number of articles of the Law on Geology and Minerals (rare-earth chapter)",
    kinds: ["export_prohibition", "domestic_processing_requirement", "state_control"],
    binding: "binding",
    summary:
      "No export of RE minerals; only state-designated or licensed firms may explore, mine or process; deep processing must tie into the domestic industrial ecosystem (Reuters reads this as an indirect restriction on refined exports). A National RE Strategy was due early 2026. USGS reserves revised from 22 Mt to 3.5 Mt (MCS 2025); output about 300 t/yr (rareearth-materials, single source). The law number was not found.",
    scope: { elements: [...ALL_REE], productForms: ["ore_concentrate", "oxide_compound"] },
    events: [
      on("announced", "2025-12-11", vn02, {
        note: "Passed by the National Assembly (debated 2025-12-01).",
      }),
      on("effective", "2026-01-01", cite("azernews-251502"), {
        note: "'January 2026' (Reuters, Bloomberg, Lao Động); 2026-01-01 per azernews.",
      }),
    ],
    sources: [...vn02, ...cite("rareearthmaterials-271260")],
    label: "V2",
    official: true,
  }),
  measure({
    id: "in-national-critical-mineral-mission",
    ref: "IN-01",
    title: "National Critical Mineral Mission (Rs 16,300 crore + Rs 18,000 crore from PSUs)",
    jurisdiction: "IN",
    issuingBodies: ["Union Cabinet", "Ministry of Mines"],
    instrument: "National Critical Mineral Mission (NCMM)",
    kinds: ["subsidy", "stockpile"],
    binding: "binding",
    summary:
      "24 critical minerals, including REE: exploration, mining, beneficiation, processing, recovery from end-of-life products; a domestic stockpile, processing parks and a Centre of Excellence; over 7 years.",
    scope: { elements: [...ALL_REE], items: ["24 critical minerals"] },
    money: [
      money("INR", 16_300 * CRORE, "government spending", { text: "Rs 16,300 crore" }),
      money("INR", 18_000 * CRORE, "expected from PSUs over 7 years", { text: "Rs 18,000 crore" }),
    ],
    events: [
      on("effective", "2025-01-29", cite("millenniumpost-596765", "livemint-11738152752273"), {
        note: "Approved by the Union Cabinet.",
      }),
    ],
    sources: cite(
      "millenniumpost-596765",
      "livemint-11738152752273",
      "devdiscourse-3243904",
      "htsyndication-87672530",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "in-irel-toyotsu-supply-suspension-reported",
    ref: "IN-02",
    title:
      "India reportedly asks IREL to suspend its rare-earth supply agreement with Toyotsu (exports to Japan)",
    jurisdiction: "IN",
    issuingBodies: [
      "Commerce Minister Piyush Goyal (request)",
      "IREL (Department of Atomic Energy)",
    ],
    instrument:
      "Request that IREL suspend its 2012 government agreement to supply Toyotsu Rare Earths India",
    kinds: ["other_export_restriction"],
    binding: "unknown",
    summary:
      "Mainly neodymium. Toyotsu shipped more than 1,000 t to Japan in 2024, about a third of IREL's 2,900 t mined; IREL planned 450 t Nd in the year to March 2026; India imported 53,748 t of magnets in FY2024-25. Not officially confirmed: sources said India 'may not immediately be able' to stop supplies under the bilateral agreement; Autocar Pro's headline 'India suspends' overstates the report.",
    scope: { elements: ["Nd"], partners: ["JP"], allPartners: false },
    events: [
      on("announced", "2025-06-13", cite("daily8-73480", "evmagz-india-seeks-curb"), {
        note: "Reported about 2025-06-13 (Reuters, citing sources).",
      }),
    ],
    sources: cite(
      "daily8-73480",
      "evmagz-india-seeks-curb",
      "dqindia-9396561",
      "outlookbusiness-policy-india-likely",
      "autocarpro-127013",
    ),
    label: "V2-wire",
    note: "One Reuters origin; reported, not officially confirmed: recorded as announced only.",
  }),
  measure({
    id: "in-repm-scheme",
    ref: "IN-03",
    title:
      "Scheme to Promote Manufacturing of Sintered Rare Earth Permanent Magnets (Rs 7,280 crore)",
    jurisdiction: "IN",
    issuingBodies: ["Union Cabinet"],
    instrument: "Scheme to Promote Manufacturing of Sintered Rare Earth Permanent Magnets (REPM)",
    kinds: ["subsidy"],
    binding: "binding",
    summary:
      "6,000 MTPA of integrated capacity (oxide to metal to alloy to magnet); five beneficiaries chosen by global competitive bidding, each at most 1,200 MTPA; 7 years from award (2-year gestation + 5 years of incentives). NDTV Profit's split (Rs 6,450 crore sales-linked + Rs 750 crore capital subsidy) sums to Rs 7,200 crore, Rs 80 crore short of the outlay; the gap is unexplained.",
    scope: {
      elements: ["Nd", "Pr"],
      productForms: ["oxide_compound", "metal", "alloy", "magnet"],
      items: ["sintered rare earth permanent magnets, 6,000 MTPA"],
    },
    money: [
      money("INR", 7_280 * CRORE, "outlay", { text: "Rs 7,280 crore" }),
      money("INR", 6_450 * CRORE, "sales-linked incentive (NDTV Profit)", {
        text: "Rs 6,450 crore",
      }),
      money("INR", 750 * CRORE, "capital subsidy (NDTV Profit)", { text: "Rs 750 crore" }),
    ],
    events: [
      on("effective", "2025-11-26", cite("businessstandard-125112600857", "ndtv-9704388"), {
        note: "Approved by the Union Cabinet.",
      }),
    ],
    sources: cite(
      "businessstandard-125112600857",
      "ndtv-9704388",
      "theindianawaaz-govt-approves-rare",
      "devdiscourse-3710493",
      "ndtvprofit-finance-rare-earth",
    ),
    label: "V2",
    official: true,
    note: "Outlay and capacity V2; the split is single-page (V).",
  }),
  measure({
    id: "id-mineral-industry-agency",
    ref: "ID-01",
    title:
      "Indonesia establishes the Mineral Industry Agency (BIM): rare earths 'managed by the state'",
    jurisdiction: "ID",
    issuingBodies: ["President Prabowo", "ESDM Minister Bahlil"],
    instrument:
      "Establishment of the Mineral Industry Agency (Badan Industri Mineral, BIM); Presidential Decree No. 77/P 2025 per suar.id (single source)",
    kinds: ["state_control"],
    binding: "binding",
    summary:
      "Bahlil: rare earths will be 'managed by the state', not open to the public. ESDM handles upstream raw material; BIM (head Brian Yuliarto) handles downstream products and defence-related strategic materials. RE occurs as a by-product of tin and nickel, including monazite.",
    scope: { elements: [...ALL_REE] },
    events: [on("effective", "2025-08-25", cite("antaranews-375505", "rareearthmaterials-238084"))],
    sources: cite(
      "antaranews-375505",
      "suar-investasi-riset-faktor",
      "rareearthmaterials-238084",
      "questmetals-blog-indonesia-oversee",
    ),
    label: "V2",
    official: true,
    note: "The agency and state control are V2; the decree number is single-source.",
  }),
  measure({
    id: "id-gr-39-2025-esdm-18-2025",
    ref: "ID-02",
    title:
      "Indonesia's Government Regulation No. 39 of 2025 and ESDM Regulation No. 18 of 2025 (state-owned RE development)",
    jurisdiction: "ID",
    issuingBodies: ["President (Government Regulation)", "ESDM Minister (regulation)"],
    instrument:
      "Government Regulation No. 39 of 2025 (amending GR 96/2021) and ESDM Ministerial Regulation No. 18 of 2025",
    kinds: ["state_control"],
    binding: "binding",
    summary:
      "The Geological Agency identifies RE mining claim areas; a state-owned enterprise is designated to develop RE; priority for domestic industry. The signing dates were not found. A claimed total export ban on all RE and by-products 'issued by the ESDM Minister' has no date or instrument (indoent, single source) and is not recorded as a measure.",
    scope: { elements: [...ALL_REE] },
    events: [
      on("effective", "2025-12-31", cite("indoent-5358"), {
        note: "The regulations are of 2025; their dates were not found, so the date is a bound (in force by the end of 2025).",
      }),
    ],
    sources: cite("indoent-5358", "indoent-5157"),
    label: "S",
  }),
]
