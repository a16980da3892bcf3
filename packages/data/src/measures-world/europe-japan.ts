/**
 * The European Union, France and Japan (policies-beyond-china.md §2a, §2b: EU-01 to EU-04,
 * FR-01, JP-01 to JP-05).
 * @since 0.2.0
 */
import type * as Measure from "@rareearth/core/Measure"
import { cite } from "../pages/world.ts"
import { ALL_REE, amended, BN, M, measure, money, on, rate } from "./build.ts"

const eu01 = cite(
  "lexaris-5201029",
  "legalize-1252",
  "gpcgateway-common-rxvyb",
  "ssw-european-act-critical",
  "whitecase-insight-alert-strategic",
  "eurotoday-14665",
  "tailor-67494",
)
const eu04 = cite(
  "globalsecurity-251203",
  "rawmaterials-billion-raw-material",
  "renewablematter-resourceeu-billions-made",
  "miningjournal-2026",
  "indianchemicalnews-28441",
  "devdiscourse-2026",
  "scrapprices-2309",
  "recyclingmagazine-44703",
)
const caremag = cite(
  "chemengonline-carester-build-rare",
  "rawmaterials-rare-earths-multi",
  "ghananewsservice-23045",
)

/**
 * The measures of the EU, France and Japan.
 * @category measures
 * @since 0.2.0
 */
export const europeJapanMeasures: ReadonlyArray<Measure.Measure> = [
  measure({
    id: "eu-crma-2024-1252",
    ref: "EU-01",
    title: "Critical Raw Materials Act (Regulation (EU) 2024/1252)",
    jurisdiction: "EU",
    issuingBodies: ["European Parliament", "Council of the EU"],
    instrument: "Regulation (EU) 2024/1252",
    kinds: ["framework_law"],
    binding: "binding",
    summary:
      "34 critical raw materials (Annex II) and 17 strategic raw materials (Annex I). 2030 benchmarks: EU extraction at least 10% of annual SRM consumption, processing 40%, recycling 25%, and no more than 65% of any SRM from one third country at any relevant stage. Strategic-project permit limits: 27 months (extraction), 15 months (other).",
    scope: { items: ["critical raw materials (Annex II)", "strategic raw materials (Annex I)"] },
    rates: [
      rate(10, "2030 benchmark: EU extraction share of SRM consumption", "at_least"),
      rate(40, "2030 benchmark: EU processing share", "at_least"),
      rate(25, "2030 benchmark: EU recycling share (adopted text)", "at_least"),
      rate(15, "recycling benchmark in the 2023 Commission proposal (superseded)", "at_least"),
      rate(65, "maximum share of any SRM from one third country"),
    ],
    events: [
      on("announced", "2023-03-16", cite("eumonitor-9353000", "circletechhub-2025"), {
        note: "Commission proposal (recycling benchmark 15%).",
      }),
      amended("2024-04-11", "regulation dated; published in the OJ on 2024-05-03", eu01),
      on("effective", "2024-05-23", eu01, { note: "In force 2024-05-23; benchmarks target 2030." }),
    ],
    sources: [...eu01, ...cite("eumonitor-9353000", "circletechhub-2025")],
    label: "V2",
    official: true,
    note: "Benchmark conflict: the 2023 proposal set recycling at 15%, the adopted text 25% (both kept). A Reuters wire (Dec 2025) says the CRMA was 'passed in 2023'. Annex I's list of rare earths is not verified, so no element is recorded.",
  }),
  measure({
    id: "eu-crma-strategic-projects-2025-03",
    ref: "EU-02",
    title: "First list of 47 Strategic Projects under the CRMA (inside the EU)",
    jurisdiction: "EU",
    issuingBodies: ["European Commission (after consulting the CRM Board)"],
    instrument: "Commission selection of strategic projects under Regulation (EU) 2024/1252",
    kinds: ["project_designation"],
    binding: "binding",
    summary:
      "13 member states; 25 extraction, 24 processing, 10 recycling and 2 substitution projects covering 14 of the 17 SRMs; 170 applications, 49 of them non-EU (the call closed 2024-08-22). The June release (EU-03) says three EU projects involve RE processing; the March-list sources give no rare-earth count. Capex about EUR 22.5bn.",
    money: [money("EUR", 22.5 * BN, "capex", { qualifier: "about" })],
    events: [on("effective", "2025-03-25", cite("urdupoint-1951220", "eunews-2025"))],
    sources: cite(
      "urdupoint-1951220",
      "eunews-2025",
      "europeaninterest-commission-selects-strategic",
      "innovativematerials-european-commission-selects",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "eu-crma-strategic-projects-third-countries-2025-06",
    ref: "EU-03",
    title: "First list of 13 Strategic Projects in third countries (IP/25/1419)",
    jurisdiction: "EU",
    issuingBodies: ["European Commission"],
    instrument: "Commission selection of strategic projects in third countries (IP/25/1419)",
    kinds: ["project_designation"],
    binding: "binding",
    summary:
      "Projects in Canada, Greenland, Kazakhstan, Norway, Serbia, Ukraine, Zambia, New Caledonia, Brazil, Madagascar, Malawi, South Africa and the UK; 2 RE extraction projects (Malawi, South Africa). Brings the total to 60 projects. About EUR 5.5bn.",
    scope: {
      partners: ["CA", "GL", "KZ", "NO", "RS", "UA", "ZM", "NC", "BR", "MG", "MW", "ZA", "GB"],
      allPartners: false,
    },
    money: [money("EUR", 5.5 * BN, "capex", { qualifier: "about" })],
    events: [on("effective", "2025-06-04", cite("openrijk-1419", "devdiscourse-3446764"))],
    sources: cite("openrijk-1419", "devdiscourse-3446764", "anewz-8460"),
    label: "V2",
    official: true,
  }),
  measure({
    id: "eu-resourceeu-action-plan",
    ref: "EU-04",
    title:
      "RESourceEU Action Plan (finance, joint purchasing, stockpile pilot, planned magnet-scrap export restriction)",
    jurisdiction: "EU",
    issuingBodies: ["European Commission"],
    instrument: "RESourceEU Action Plan",
    kinds: ["subsidy", "stockpile", "other_export_restriction", "price_floor"],
    binding: "non_binding",
    summary:
      "A European Critical Raw Materials Centre in 2026 (monitoring, joint purchasing, stockpiling; modelled on JOGMEC per rawmaterials.net); pilot stockpiling with member states; export restrictions on permanent-magnet scrap and waste from early 2026 (announced, not adopted: no implementing act found); a CRMA amendment on magnet labelling and recycled content; support for price floors via contracts for difference (particle.news, single source). About EUR 3bn over 12 months. EU magnet demand 20,000 t/yr, recycling could meet 20%; over 90% of EU RE magnets come from China (EC Q&A).",
    scope: {
      elements: ["Nd", "Pr", "Dy", "Tb"],
      productForms: ["magnet"],
      items: ["permanent-magnet scrap and waste (planned export restriction)"],
    },
    money: [
      money("EUR", 3 * BN, "over 12 months", { qualifier: "about" }),
      money("EUR", 2 * BN, "EIB (Séjourné's split)"),
      money("EUR", 300 * M, "Battery Booster (Séjourné's split)"),
      money("EUR", 600 * M, "Horizon Europe (Séjourné's split)"),
    ],
    events: [
      on("announced", "2025-12-03", eu04, {
        note: "Announced by von der Leyen in October 2025 (Berlin Global Dialogue); adopted 2025-12-03. Measures due 'early 2026'; first joint-buying round March 2026.",
      }),
    ],
    sources: eu04,
    label: "V2",
    official: true,
    note: "Recorded as announced only (status pending): its measures were due 'early 2026' and the magnet-scrap export restriction is planned, not adopted. Séjourné's split sums to EUR 2.9bn against the EUR 3bn headline.",
  }),
  measure({
    id: "fr-caremag-state-aid",
    ref: "FR-01",
    title:
      "French state aid to Caremag (Carester) for the Lacq rare-earth recycling and separation plant",
    jurisdiction: "FR",
    issuingBodies: ["French government (France Relance, France 2030; Green Industry tax credit)"],
    instrument:
      "State aid: subsidy, repayable advance and Green Industry tax credit (granted July 2024)",
    kinds: ["subsidy", "tax_credit"],
    binding: "binding",
    summary:
      "2,000 t/yr of magnets recycled plus 5,000 t/yr of concentrate, giving 600 t Dy/Tb oxides (about 15% of world output) and 800 t NdPr oxides. Plant operation expected late 2026; Japanese deliveries from 2027 (see JP-03b). French support EUR 106m; Japan up to EUR 110m; total EUR 216m.",
    scope: {
      elements: ["Dy", "Tb", "Nd", "Pr"],
      productForms: ["oxide_compound", "magnet"],
      items: ["Lacq plant"],
    },
    money: [
      money("EUR", 106 * M, "French support"),
      money("EUR", 110 * M, "Japanese investment (JP-03b)", { qualifier: "up_to" }),
      money("EUR", 216 * M, "total"),
    ],
    events: [
      on("announced", "2025-03-17", caremag, { note: "Announced 2025-03-17/24 (report dates)." }),
    ],
    sources: caremag,
    label: "V2",
    official: true,
  }),
  measure({
    id: "jp-national-stockpiling-system",
    ref: "JP-01",
    title: "Japan's International Resource Strategy: national stockpiling system (60 to 180 days)",
    jurisdiction: "JP",
    issuingBodies: ["METI", "JOGMEC"],
    instrument: "International Resource Strategy (JOGMEC Act): national stockpiling system",
    kinds: ["stockpile"],
    binding: "binding",
    summary:
      "34 rare metals, including rare earths, are eligible. The target is generally 60 days of consumption, up to 180 days for high-risk metals. Volumes are kept secret. Argus (2020): the 60-day cover includes about 18 days of non-obligatory private stocks, and the reserves then held seven metals, none of them REE. Current RE holdings are unknown.",
    scope: { elements: [...ALL_REE], items: ["34 rare metals"] },
    events: [
      on("effective", "2020-03-31", cite("iea-16639"), {
        note: "Strategy of March 2020 (day not given): in force by the end of that month.",
      }),
    ],
    sources: cite(
      "iea-16639",
      "japanforward-japan-stockpile-rare",
      "canadianminingreport-japan-strengthen-control",
    ),
    label: "V2",
    official: true,
  }),
  measure({
    id: "jp-jogmec-sojitz-lynas-equity-2022",
    ref: "JP-02",
    title: "JOGMEC and Sojitz (JARE): additional US$9m equity in Lynas",
    jurisdiction: "JP",
    issuingBodies: ["JOGMEC", "Sojitz (Japan Australia Rare Earths BV)"],
    instrument: "Letter of agreement: additional equity in Lynas (Mt Weld exploration)",
    kinds: ["equity_stake"],
    binding: "binding",
    summary:
      "Background: US$250m of loans and equity in March 2011; a 10-year loan extension in 2019.",
    scope: {
      elements: [...ALL_REE],
      partners: ["AU"],
      allPartners: false,
      items: ["Lynas, Mt Weld"],
    },
    money: [money("USD", 9 * M, "additional equity")],
    events: [
      on("effective", "2022-03-31", cite("nsenergybusiness-jare-supports-lynas"), {
        note: "Letter of agreement.",
      }),
      amended(
        "2022-09-30",
        "US$9m announced (September 2022, day not given: by the end of that month)",
        cite("projectblue-rare-earths-miner"),
      ),
    ],
    sources: cite("nsenergybusiness-jare-supports-lynas", "projectblue-rare-earths-miner"),
    label: "V2",
    official: true,
  }),
  measure({
    id: "jp-lynas-heavy-rare-earths-2023",
    ref: "JP-03a",
    title: "Japan's investment in Lynas heavy rare earths with offtake rights (A$200m)",
    jurisdiction: "JP",
    issuingBodies: ["METI", "JOGMEC", "Sojitz (JARE)"],
    instrument: "Investment in Lynas heavy-RE production with Japanese offtake rights",
    kinds: ["equity_stake", "offtake"],
    binding: "binding",
    summary:
      "Up to 65% of Lynas's Dy and Tb (Mt Weld) goes to Japan, about 30% of Japanese demand: Japan's first acquisition of heavy-RE rights. Investment by the end of March 2023.",
    scope: {
      elements: ["Dy", "Tb"],
      partners: ["AU"],
      allPartners: false,
      items: ["Lynas, Mt Weld"],
    },
    money: [
      money("AUD", 200 * M, "investment", {
        equivalents: [
          { value: 18 * BN, currency: "JPY" },
          { value: 134.7 * M, currency: "USD" },
        ],
        text: "A$200m (about ¥18bn; US$134.7m)",
      }),
    ],
    rates: [
      rate(65, "share of Lynas Dy and Tb to Japan", "up_to"),
      rate(30, "share of Japanese demand", "about"),
    ],
    events: [
      on(
        "announced",
        "2023-03-07",
        cite("irumiru-58546", "firstpost-12262572", "menafn-1105758544"),
      ),
    ],
    sources: cite("irumiru-58546", "firstpost-12262572", "menafn-1105758544"),
    label: "V2",
    official: true,
  }),
  measure({
    id: "jp-caremag-investment-2025",
    ref: "JP-03b",
    title:
      "JOGMEC and Iwatani: equity and loans into Caremag (France) with a heavy-RE supply contract",
    jurisdiction: "JP",
    issuingBodies: ["JOGMEC", "Iwatani (Japan France Rare Earth Company)"],
    instrument: "Equity and shareholder loans into Caremag with a long-term HRE supply contract",
    kinds: ["equity_stake", "loan", "offtake"],
    binding: "binding",
    summary:
      "Iwatani gets about 250 t/yr Dy and 45 t/yr Tb from 2027, about 20% of Japan's HRE demand (JOGMEC to Argus). Japan named permanent magnets one of 11 specified critical products in 2022; a Japan-France critical-minerals declaration was signed in May 2024. Paired with FR-01.",
    scope: {
      elements: ["Dy", "Tb"],
      partners: ["FR"],
      allPartners: false,
      items: ["Caremag, Lacq"],
    },
    money: [money("EUR", 110 * M, "equity and loans", { qualifier: "up_to" })],
    rates: [rate(20, "share of Japan's HRE demand", "about")],
    events: [on("effective", "2025-03-17", cite("argusmedia-2668346", "metalnomist-2025"))],
    sources: cite("argusmedia-2668346", "metalnomist-2025", "chemengonline-carester-build-rare"),
    label: "V2",
    official: true,
  }),
  measure({
    id: "jp-protest-mofcom-2026-1",
    ref: "JP-04",
    title: "Japan's protest against MOFCOM Announcement No. 1 of 2026",
    jurisdiction: "JP",
    issuingBodies: ["MOFA (Director-General Masaaki Kanai)"],
    instrument: "Diplomatic protest to China's deputy chief of mission Shi Yong",
    kinds: ["diplomatic_response"],
    binding: "unknown",
    summary:
      "Japan 'strongly protested', demanded withdrawal and called the measure 'absolutely unacceptable'; it declined to comment on WSJ reports of a broader RE curb. No formal countermeasure (WTO case, retaliation) was found.",
    scope: { partners: ["CN"], allPartners: false },
    events: [
      on("effective", "2026-01-06", cite("channelnewsasia-070214", "freemalaysiatoday-2026"), {
        note: "The same day as MOFCOM Announcement No. 1 of 2026.",
      }),
    ],
    sources: cite("channelnewsasia-070214", "channelnewsasia-070214-2", "freemalaysiatoday-2026"),
    label: "V2",
    official: true,
  }),
  measure({
    id: "jp-minamitori-deep-sea-mud-trial",
    ref: "JP-05",
    title: "Deep-sea rare-earth mud recovery test off Minamitori Island",
    jurisdiction: "JP",
    issuingBodies: ["Government-backed project (leader Shoichi Ishii; JAMSTEC vessel Chikyu)"],
    instrument: "Public R&D programme: month-long trial at 6 km depth",
    kinds: ["research_programme"],
    binding: "unknown",
    summary:
      "Billed as the world's first continuous lift of RE mud from 6 km; a full-scale trial targeted February 2027 if successful. Japan's RE dependence on China has fallen from 90% to 60%. Finance Minister Katayama linked the response to G7 coordination (ML-04). About ¥40bn (~US$250m) since 2018.",
    scope: { elements: [...ALL_REE] },
    money: [
      money("JPY", 40 * BN, "spent since 2018", {
        qualifier: "about",
        equivalents: [{ value: 250 * M, currency: "USD" }],
      }),
    ],
    events: [
      on("effective", "2026-01-12", cite("channelnewsasia-070214-2", "freemalaysiatoday-2026"), {
        note: "The ship departed on a month-long trial.",
      }),
    ],
    sources: cite(
      "channelnewsasia-070214-2",
      "freemalaysiatoday-2026",
      "allthe-japan-launches-rare",
    ),
    label: "V2-wire",
    official: true,
    note: "One wire origin.",
  }),
]
