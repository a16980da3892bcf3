/**
 * China's rare earth export-control measures and their lifecycles (facts §2.1, §2.2, §2.4).
 *
 * What the dataset knows ends in April 2026. The October 2025 measures are suspended by
 * Announcement No. 70 until 2026-11-10 and Article 2 of No. 46 (2024) by No. 72 until 2026-11-27:
 * no `resumed` or `revoked` event is recorded after those dates because no source covers them, so
 * `ExportControl.statusOn` reports `unknown` once a suspension has run out. No. 70 and No. 72
 * themselves carry the same end date as `until` on their `effective` event: in force up to and
 * including that day, `unknown` after it.
 *
 * Confidence rule for measures: `official` for a government instrument whose existence, date and
 * content the facts file verifies (V or V2), even when the pages cited are secondary summaries of
 * the text; `reported` for anything known only from news reports or a single secondary page.
 * @since 0.1.0
 */
import type * as ExportControl from "@rareearth/core/ExportControl"
import type * as Source from "@rareearth/core/Source"
import { ControlSources } from "./sources/controls.ts"
import { SharedSources } from "./sources/shared.ts"

type Measure = ExportControl.ExportControlMeasure
type ControlScope = ExportControl.ControlScope

const scope = (partial: Partial<ControlScope>): ControlScope => ({
  elements: [],
  productForms: [],
  hsCodes: [],
  chinaCodes: [],
  controlCodes: [],
  items: [],
  destinations: [],
  allDestinations: true,
  endUsers: [],
  ...partial,
})

const official: Source.Confidence = { kind: "official" }

/** The id of Announcement No. 70 of 2025, which suspended the October 2025 measures. */
const NO_70 = "cn-mofcom-2025-70"
/** The id of Announcement No. 72 of 2025, which suspended Article 2 of No. 46 (2024). */
const NO_72 = "cn-mofcom-2025-72"

const no70Sources = [
  SharedSources.chemRadarOctoberMeasures,
  ControlSources.unitedDailyNo70,
  ControlSources.resilincExportPause,
  SharedSources.rawMaterialsSuspendsOctober,
]

/** The `suspended` event No. 70 put on each October 2025 measure. */
const suspendedByNo70 = {
  type: "suspended",
  date: "2025-11-07",
  until: "2026-11-10",
  byMeasureId: NO_70,
  sources: no70Sources,
  note: "Suspended by Announcement No. 70 of 2025 until 2026-11-10. What happened after that date is not known to the dataset (no source after April 2026).",
} as const satisfies ExportControl.LifecycleEvent

/**
 * The 2023 revision of the Catalogue of Technologies Prohibited and Restricted from Export.
 * @category measures
 * @since 0.1.0
 */
export const technologyCatalogue2023: Measure = {
  id: "cn-mofcom-most-2023-technology-catalogue",
  title: "Catalogue of Technologies Prohibited and Restricted from Export (2023 revision)",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM", "MOST"],
  instrument: "Revised Catalogue of Technologies Prohibited and Restricted from Export",
  kind: "technology_export_ban",
  summary:
    "Prohibits the export of rare-earth extraction and separation technology, production technology for rare-earth metals and alloys, preparation technology for SmCo, NdFeB and cerium magnets, and rare-earth calcium oxyborate preparation; restricts mining, beneficiation and smelting technology.",
  scope: scope({
    items: [
      "prohibited: rare-earth extraction and separation technology",
      "prohibited: production technology for rare-earth metals and alloys",
      "prohibited: preparation technology for SmCo, NdFeB and cerium magnets",
      "prohibited: rare-earth calcium oxyborate preparation technology",
      "restricted: rare-earth mining, beneficiation and smelting technology",
    ],
  }),
  events: [
    {
      type: "announced",
      date: "2023-12-21",
      sources: [ControlSources.nasdaqTechnologyBan, ControlSources.theHinduTechnologyBan],
    },
    {
      type: "effective",
      date: "2023-12-21",
      sources: [ControlSources.nasdaqTechnologyBan, ControlSources.theHinduTechnologyBan],
      note: "Effective on release.",
    },
  ],
  sources: [
    ControlSources.nasdaqTechnologyBan,
    ControlSources.theHinduTechnologyBan,
    ControlSources.bactfTechnologyCatalogue,
  ],
  confidence: official,
  note: "The catalogue has 24 prohibited and 110 restricted categories according to a single source (bactf); its order number was not found. The scope names technologies, not elements, so `scope.elements` is empty.",
}

/**
 * The Rare Earth Management Regulations (State Council Order No. 785).
 * @category measures
 * @since 0.1.0
 */
export const rareEarthManagementRegulations2024: Measure = {
  id: "cn-state-council-2024-785",
  title: "Rare Earth Management Regulations (State Council Order No. 785)",
  jurisdiction: "CN",
  issuingBodies: ["State Council"],
  instrument: "State Council Order No. 785",
  kind: "production_regulation",
  summary:
    "Total-quantity control of rare-earth mining and smelting, product traceability, and rules covering import and export.",
  scope: scope({
    items: [
      "total-quantity control of rare-earth mining and smelting/separation",
      "traceability of rare-earth products",
      "import and export of rare-earth products",
    ],
  }),
  events: [
    {
      type: "announced",
      date: "2024-06-22",
      sources: [
        ControlSources.urbanminesRegulations,
        ControlSources.chinaJusticeObserverRegulations,
      ],
      note: "Adopted by the State Council on 2024-04-26. The facts file dates the order's issue as '2024-06-22/29': signed on 2024-06-22, made public by 2024-06-29.",
    },
    {
      type: "effective",
      date: "2024-10-01",
      sources: [
        ControlSources.urbanminesRegulations,
        ControlSources.chinaJusticeObserverRegulations,
      ],
    },
  ],
  sources: [ControlSources.urbanminesRegulations, ControlSources.chinaJusticeObserverRegulations],
  confidence: official,
}

/**
 * Article 2 of MOFCOM Announcement No. 46 of 2024: the US-specific ban on Ga, Ge, Sb and
 * superhard materials (not rare earths, but its suspension by No. 72 is part of the 2025 deal).
 * @category measures
 * @since 0.1.0
 */
export const announcement46of2024Article2: Measure = {
  id: "cn-mofcom-2024-46-article-2",
  title:
    "Announcement No. 46 of 2024, Article 2: ban on Ga, Ge, Sb and superhard material exports to the US",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: "MOFCOM Announcement No. 46 of 2024, Article 2",
  kind: "destination_ban",
  summary:
    "Bans exports of gallium, germanium, antimony and superhard materials to the United States. Not a rare-earth measure; recorded because No. 72 of 2025 suspends it as part of the November 2025 arrangement.",
  scope: scope({
    items: ["gallium", "germanium", "antimony", "superhard materials"],
    destinations: ["US"],
    allDestinations: false,
  }),
  events: [
    {
      type: "announced",
      date: "2024-12-03",
      sources: [ControlSources.udnNo46And72],
      note: "Issued by MOFCOM on 2024-12-03 (Economic Daily News, 2025-11-10).",
    },
    {
      type: "effective",
      date: "2024-12-03",
      sources: [
        ControlSources.udnNo46And72,
        ControlSources.clarkHillPause,
        ControlSources.evertiqGalliumSuspension,
      ],
      note: "In force from publication (Economic Daily News).",
    },
    {
      type: "suspended",
      date: "2025-11-09",
      until: "2026-11-27",
      byMeasureId: NO_72,
      sources: [
        ControlSources.clarkHillPause,
        ControlSources.evertiqGalliumSuspension,
        ControlSources.udnNo46And72,
      ],
      note: "Suspended by Announcement No. 72 of 2025 until 2026-11-27. Dual-use licensing still applies and military end users remain banned. What happened after that date is not known to the dataset.",
    },
  ],
  sources: [
    ControlSources.clarkHillPause,
    ControlSources.evertiqGalliumSuspension,
    ControlSources.udnNo46And72,
  ],
  confidence: official,
}

const SM_METAL_CODES = ["2805301910"]
const SM_TARGET_CODES = ["3824999922", "8486909110"]
const SM_OXIDE_CODES = ["2846901940", "2846901993", "3824999922"]
const SM_COMPOUND_CODES = [
  "2846902810",
  "2846902910",
  "2846903910",
  "2846904820",
  "2846904910",
  "2846909920",
  "3824999922",
]
const SM_SOURCES = [ControlSources.osencNo18.id, ControlSources.hyMagneticsNo18.id]

/**
 * The items of No. 18 read one by one (materials-composition.md §5a, §5b): the samarium items
 * with the reference customs codes the text attaches (V2), and the NdFeB magnet materials the
 * Chinese text names: Tb-containing (V) and Dy-containing (legible on a scrambled mirror only: S).
 * The legible text sets no minimum Tb or Dy content.
 */
const NO_18_LISTED_ITEMS: ExportControl.ListedItem[] = [
  {
    item: "samarium metal",
    element: "Sm",
    productForm: "metal",
    controlCode: "1C902.a",
    chinaCodes: SM_METAL_CODES,
    sourceIds: SM_SOURCES,
  },
  {
    item: "samarium alloys (Sm-Co, Sm-Fe, Sm-Ni, Sm-Al, Sm-Mg)",
    element: "Sm",
    productForm: "alloy",
    controlCode: "1C902.a",
    chinaCodes: [],
    sourceIds: SM_SOURCES,
    note: "The text attaches no customs code to the alloys.",
  },
  {
    item: "samarium, Sm-Co and Sm-Fe sputtering targets",
    element: "Sm",
    productForm: "target",
    controlCode: "1C902.a",
    chinaCodes: SM_TARGET_CODES,
    sourceIds: SM_SOURCES,
  },
  {
    item: "samarium-cobalt (SmCo) permanent-magnet materials",
    element: "Sm",
    productForm: "magnet",
    controlCode: "1C902.a",
    chinaCodes: [],
    sourceIds: SM_SOURCES,
    note: "The text attaches no customs code to SmCo magnet materials.",
  },
  {
    item: "samarium oxide and mixtures",
    element: "Sm",
    productForm: "oxide_compound",
    controlCode: "1C902.b",
    chinaCodes: SM_OXIDE_CODES,
    sourceIds: SM_SOURCES,
  },
  {
    item: "samarium compounds and mixtures",
    element: "Sm",
    productForm: "oxide_compound",
    controlCode: "1C902.c",
    chinaCodes: SM_COMPOUND_CODES,
    sourceIds: SM_SOURCES,
  },
  {
    item: "Tb-containing NdFeB permanent-magnet materials",
    originalText: "含铽的钕铁硼永磁材料",
    element: "Tb",
    productForm: "magnet",
    minimumContent: null,
    sourceIds: [ControlSources.gticNo18Chinese.id],
    note: "Listed under Tb (1C904, a control number inferred from the numbering). The legible Chinese text sets no minimum Tb content: any Tb-containing NdFeB magnet material is a listed dual-use item. Its customs codes are stripped on the legible copy.",
  },
  {
    item: "Dy-containing NdFeB permanent-magnet materials",
    originalText: "含镝的钕铁硼永磁材料",
    element: "Dy",
    productForm: "magnet",
    minimumContent: null,
    sourceIds: [ControlSources.szvfNo18Mirror.id, ControlSources.courageMagnetEnforcement.id],
    singleSource: true,
    note: "Legible only on a scrambled mirror of the text (single source). No minimum Dy content is legible; a customs case relayed by a vendor treated NdFeB containing 1.9% Dy as a listed dual-use item (to be declared under 8505111000).",
  },
]

/**
 * Announcement No. 18 of 2025: dual-use licensing for seven medium and heavy rare earths.
 * @category measures
 * @since 0.1.0
 */
export const announcement18of2025: Measure = {
  id: "cn-mofcom-2025-18",
  title:
    "Announcement No. 18 of 2025: export controls on certain medium and heavy rare-earth items",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM", "GAC"],
  instrument: "MOFCOM/GAC Announcement No. 18 of 2025",
  kind: "dual_use_licence",
  summary:
    "A dual-use export licence is required for seven elements (Sm, Gd, Tb, Dy, Lu, Sc, Y): their metals, alloys, sputtering targets, SmCo permanent magnet materials, oxides, compounds and mixtures. The Chinese text also lists Tb-containing NdFeB permanent-magnet materials (and, on a poorer copy, Dy-containing ones) as controlled items, with no minimum Tb or Dy content.",
  scope: scope({
    elements: ["Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"],
    productForms: ["metal", "alloy", "target", "magnet", "oxide_compound"],
    hsCodes: ["280530", "284690", "382499", "848690"],
    chinaCodes: [
      "2805301910",
      "2846901940",
      "2846901993",
      "2846902810",
      "2846902910",
      "2846903910",
      "2846904820",
      "2846904910",
      "2846909920",
      "3824999922",
      "8486909110",
    ],
    controlCodes: ["1C902", "1C903"],
    items: [
      "rare-earth metals of the seven elements",
      "alloys (SmCo, Sm-Fe, Gd-Mg, Tb-Co, Dy-Fe, Sc-Al, Y-Al and others)",
      "sputtering targets",
      "samarium-cobalt (SmCo) permanent magnet materials",
      "Tb-containing NdFeB permanent-magnet materials (no minimum content)",
      "Dy-containing NdFeB permanent-magnet materials (no minimum content; single source)",
      "oxides and mixtures; compounds and mixtures",
    ],
    listedItems: NO_18_LISTED_ITEMS,
  }),
  events: [
    {
      type: "announced",
      date: "2025-04-04",
      sources: [
        ControlSources.osencNo18,
        ControlSources.hollandKnightNo18,
        ControlSources.cirsNo18Chinese,
      ],
    },
    {
      type: "effective",
      date: "2025-04-04",
      sources: [
        ControlSources.osencNo18,
        ControlSources.hollandKnightNo18,
        ControlSources.ckhqNo18Spokesperson,
      ],
      note: "Effective on release.",
    },
  ],
  sources: [
    ControlSources.osencNo18,
    ControlSources.hyMagneticsNo18,
    ControlSources.hollandKnightNo18,
    ControlSources.ckhqNo18Spokesperson,
    ControlSources.cirsNo18Chinese,
    ControlSources.gticNo18Chinese,
    ControlSources.szvfNo18Mirror,
    ControlSources.courageMagnetEnforcement,
  ],
  confidence: official,
  note: "Not suspended by No. 70. The White House fact sheet of 2025-11-01 reads the November 2025 deal as effectively removing the April 2025 controls; the Chinese texts leave No. 18 in force (see the events in conflict group 'nov-2025-deal-scope'). Control codes 1C902 (Sm) and 1C903 (Gd) are verified; 1C904-1C908 for Tb, Dy, Lu, Sc and Y are only inferred from the numbering and are not listed. The samarium items' reference customs codes are in `chinaCodes` and, item by item, in `scope.listedItems`; the codes of the Tb, Dy, Lu, Sc and Y items are not legible on any copy found. `hsCodes` are the six-digit headings of the listed reference codes.",
}

/**
 * Announcement No. 55 of 2025: superhard materials.
 * @category measures
 * @since 0.1.0
 */
export const announcement55of2025: Measure = {
  id: "cn-mofcom-2025-55",
  title: "Announcement No. 55 of 2025: export controls on superhard materials",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM", "GAC"],
  instrument: "MOFCOM/GAC Announcement No. 55 of 2025",
  kind: "dual_use_licence",
  summary:
    "Dual-use licensing for superhard materials: synthetic diamond micropowder, wire saws, DCPCVD equipment. One of the October 2025 measures suspended by No. 70.",
  scope: scope({
    items: ["synthetic diamond micropowder", "diamond wire saws", "DCPCVD equipment"],
  }),
  events: [
    { type: "announced", date: "2025-10-09", sources: [SharedSources.chemRadarOctoberMeasures] },
    suspendedByNo70,
    { type: "effective", date: "2025-11-08", sources: [SharedSources.chemRadarOctoberMeasures] },
  ],
  sources: [SharedSources.chemRadarOctoberMeasures],
  confidence: official,
  note: "Suspended by No. 70 (2025-11-07) before its effective date (2025-11-08).",
}

/**
 * Announcement No. 56 of 2025: rare-earth production equipment and raw and auxiliary materials.
 * @category measures
 * @since 0.1.0
 */
export const announcement56of2025: Measure = {
  id: "cn-mofcom-2025-56",
  title:
    "Announcement No. 56 of 2025: export controls on rare-earth production equipment and raw and auxiliary materials",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM", "GAC"],
  instrument: "MOFCOM/GAC Announcement No. 56 of 2025",
  kind: "dual_use_licence",
  summary:
    "Dual-use licensing for rare-earth production equipment and raw and auxiliary materials (centrifugal extractors, kilns, hydrogen-decrepitation furnaces, jet mills and others).",
  scope: scope({
    items: [
      "centrifugal extractors",
      "kilns",
      "hydrogen-decrepitation furnaces",
      "jet mills",
      "other rare-earth production equipment and raw/auxiliary materials",
    ],
  }),
  events: [
    {
      type: "announced",
      date: "2025-10-09",
      sources: [SharedSources.chemRadarOctoberMeasures, ControlSources.pillsburySuspension],
    },
    suspendedByNo70,
    {
      type: "effective",
      date: "2025-11-08",
      sources: [SharedSources.chemRadarOctoberMeasures, ControlSources.pillsburySuspension],
    },
  ],
  sources: [SharedSources.chemRadarOctoberMeasures, ControlSources.pillsburySuspension],
  confidence: official,
  note: "Suspended by No. 70 (2025-11-07) before its effective date (2025-11-08).",
}

/**
 * Announcement No. 57 of 2025: five more medium and heavy rare earths (Ho, Er, Tm, Eu, Yb).
 * @category measures
 * @since 0.1.0
 */
export const announcement57of2025: Measure = {
  id: "cn-mofcom-2025-57",
  title: "Announcement No. 57 of 2025: export controls on five more medium and heavy rare earths",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM", "GAC"],
  instrument: "MOFCOM/GAC Announcement No. 57 of 2025",
  kind: "dual_use_licence",
  summary:
    "Dual-use licensing for Ho, Er, Tm, Eu and Yb: metals, alloys, targets, crystal, optical-fibre, phosphor and magnet materials, oxides and compounds. Would have brought the controlled total to 12 of the 17 elements.",
  scope: scope({
    elements: ["Ho", "Er", "Tm", "Eu", "Yb"],
    productForms: ["metal", "alloy", "target", "magnet", "oxide_compound", "other"],
    controlCodes: ["1C909", "1C910", "1C911", "1C912"],
    items: [
      "metals",
      "alloys",
      "targets",
      "crystal materials",
      "optical-fibre materials",
      "phosphor materials",
      "magnet materials",
      "oxides and compounds",
    ],
  }),
  events: [
    {
      type: "announced",
      date: "2025-10-09",
      sources: [ControlSources.siliconExpertNo57, ControlSources.eastmoneyNo57Chinese],
    },
    suspendedByNo70,
    {
      type: "effective",
      date: "2025-11-08",
      sources: [ControlSources.ckhqNo57, ControlSources.siliconExpertNo57],
      note: "Effective date per the MOFCOM spokesperson. One page (vbw.com) wrongly says 'since Oct 9'.",
    },
  ],
  sources: [
    ControlSources.siliconExpertNo57,
    ControlSources.ckhqNo57,
    ControlSources.eastmoneyNo57Chinese,
    ControlSources.particleExtraterritorial,
  ],
  confidence: official,
  note: "Control codes: Ho 1C909, Er 1C910, Tm 1C911, Eu 1C912 are verified; Yb's 1C913 is only inferred from the numbering and is not listed. Suspended by No. 70 before its effective date.",
}

/**
 * Announcement No. 58 of 2025: lithium-battery and graphite-anode items.
 * @category measures
 * @since 0.1.0
 */
export const announcement58of2025: Measure = {
  id: "cn-mofcom-2025-58",
  title: "Announcement No. 58 of 2025: export controls on lithium-battery and graphite-anode items",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM", "GAC"],
  instrument: "MOFCOM/GAC Announcement No. 58 of 2025",
  kind: "dual_use_licence",
  summary:
    "Dual-use licensing for lithium-battery, cathode and artificial-graphite-anode items. Not a rare-earth measure; one of the October 2025 measures suspended by No. 70.",
  scope: scope({
    items: ["lithium-battery items", "cathode materials", "artificial-graphite anode items"],
  }),
  events: [
    {
      type: "announced",
      date: "2025-10-09",
      sources: [SharedSources.chemRadarOctoberMeasures, ControlSources.pillsburySuspension],
    },
    suspendedByNo70,
    {
      type: "effective",
      date: "2025-11-08",
      sources: [SharedSources.chemRadarOctoberMeasures, ControlSources.pillsburySuspension],
    },
  ],
  sources: [SharedSources.chemRadarOctoberMeasures, ControlSources.pillsburySuspension],
  confidence: official,
}

/**
 * Announcement No. 61 of 2025: controls on overseas rare-earth items (extraterritorial rules).
 * @category measures
 * @since 0.1.0
 */
export const announcement61of2025: Measure = {
  id: "cn-mofcom-2025-61",
  title: "Announcement No. 61 of 2025: export controls on overseas rare-earth items",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: "MOFCOM Announcement No. 61 of 2025",
  kind: "extraterritorial_rule",
  summary:
    "Foreign entities need a MOFCOM licence to re-export (1) foreign-made items containing Chinese-origin rare-earth items worth 0.1% or more of their value (de minimis rule), (2) items made abroad with Chinese rare-earth mining, separation, metal-smelting, magnet or recycling technology (direct-product rule), (3) Chinese-origin listed items. Presumption of denial for military end users and listed entities; case-by-case review for chips at 14 nm logic or below, 256-layer memory or above, and military-use AI research.",
  scope: scope({
    items: [
      "foreign-made items containing Chinese-origin rare-earth items worth >= 0.1% of value (de minimis rule)",
      "items made abroad with Chinese rare-earth mining, separation, metal-smelting, magnet or recycling technology (direct-product rule)",
      "Chinese-origin listed rare-earth items re-exported abroad",
    ],
    endUsers: [
      "military end users (presumption of denial)",
      "listed entities (presumption of denial)",
      "advanced chips: logic at 14 nm or below, memory of 256 layers or more (case by case)",
      "military-use AI research and development (case by case)",
    ],
  }),
  events: [
    {
      type: "announced",
      date: "2025-10-09",
      sources: [ControlSources.ssCollegeNo61, ControlSources.chemRadarNo61],
    },
    {
      type: "effective",
      date: "2025-10-09",
      sources: [ControlSources.ssCollegeNo61, ControlSources.chemRadarNo61],
      note: "Part (3) took effect on release; parts (1) and (2) were to apply from 2025-12-01, a date that fell inside the No. 70 suspension.",
    },
    suspendedByNo70,
  ],
  sources: [
    ControlSources.ssCollegeNo61,
    ControlSources.chemRadarNo61,
    ControlSources.chambersNo61,
    ControlSources.businessLiveBaskaran,
  ],
  confidence: official,
  note: "Parts (1) and (2) (de minimis and direct-product rules) were scheduled for 2025-12-01; they are not recorded as a separate `effective` event because No. 70 had suspended the announcement by then.",
}

/**
 * Announcement No. 62 of 2025: licensing of rare-earth technologies.
 * @category measures
 * @since 0.1.0
 */
export const announcement62of2025: Measure = {
  id: "cn-mofcom-2025-62",
  title: "Announcement No. 62 of 2025: export controls on rare-earth technologies",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: "MOFCOM Announcement No. 62 of 2025",
  kind: "technology_licence",
  summary:
    "A licence is needed to export technologies and their carriers for rare-earth mining, smelting and separation, metal smelting, magnet manufacturing and secondary-resource recycling (1E902.a), and for production-line assembly, commissioning, maintenance, repair and upgrade (1E902.b); also for Chinese persons knowingly aiding such activities abroad.",
  scope: scope({
    controlCodes: ["1E902.a", "1E902.b"],
    items: [
      "technologies and carriers for rare-earth mining, smelting/separation, metal smelting, magnet manufacturing and secondary-resource recycling (1E902.a)",
      "production-line assembly, commissioning, maintenance, repair and upgrade (1E902.b)",
      "Chinese persons knowingly aiding such activities abroad",
    ],
  }),
  events: [
    {
      type: "announced",
      date: "2025-10-09",
      sources: [ControlSources.ssCollegeNo62, ControlSources.vbwNo62],
    },
    {
      type: "effective",
      date: "2025-10-09",
      sources: [ControlSources.ssCollegeNo62, ControlSources.vbwNo62],
      note: "Effective on release.",
    },
    suspendedByNo70,
  ],
  sources: [ControlSources.ssCollegeNo62, ControlSources.vbwNo62],
  confidence: official,
}

/**
 * Announcement No. 70 of 2025: suspends Nos. 55, 56, 57, 58, 61 and 62 until 2026-11-10.
 * @category measures
 * @since 0.1.0
 */
export const announcement70of2025: Measure = {
  id: NO_70,
  title: "Announcement No. 70 of 2025: suspension of the October 2025 export-control measures",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM", "GAC"],
  instrument: "MOFCOM/GAC Announcement No. 70 of 2025",
  kind: "suspension",
  summary:
    "Suspends Announcements Nos. 55, 56, 57, 58, 61 and 62 of 2025 from 2025-11-07 until 2026-11-10. Does not touch No. 18 (April 2025).",
  scope: scope({
    items: [
      "suspends cn-mofcom-2025-55",
      "suspends cn-mofcom-2025-56",
      "suspends cn-mofcom-2025-57",
      "suspends cn-mofcom-2025-58",
      "suspends cn-mofcom-2025-61",
      "suspends cn-mofcom-2025-62",
    ],
  }),
  events: [
    { type: "announced", date: "2025-11-07", sources: no70Sources },
    {
      type: "effective",
      date: "2025-11-07",
      until: "2026-11-10",
      sources: no70Sources,
      note: "Effective immediately; the suspension it orders runs until 2026-11-10 (its last day).",
    },
  ],
  sources: no70Sources,
  confidence: official,
  note: "The suspension runs until 2026-11-10, so No. 70 itself is in force only until that day. Whether it was extended, allowed to lapse or replaced is not known (no source after April 2026): its status, and that of the measures it suspends, turns `unknown` from 2026-11-11. One summary (wiki.hearn.me, FDD) dates this pause to 'Nov 9'; No. 70 is dated Nov 7 and Nov 9 is No. 72.",
}

/**
 * Announcement No. 72 of 2025: suspends Article 2 of No. 46 (2024) until 2026-11-27.
 * @category measures
 * @since 0.1.0
 */
export const announcement72of2025: Measure = {
  id: NO_72,
  title: "Announcement No. 72 of 2025: suspension of Article 2 of Announcement No. 46 of 2024",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: "MOFCOM Announcement No. 72 of 2025",
  kind: "suspension",
  summary:
    "Suspends the US-specific ban on gallium, germanium, antimony and superhard materials (No. 46 of 2024, Article 2) until 2026-11-27. Dual-use licensing still applies and military end users remain banned.",
  scope: scope({ items: ["suspends cn-mofcom-2024-46-article-2"] }),
  events: [
    {
      type: "announced",
      date: "2025-11-09",
      sources: [ControlSources.clarkHillPause, ControlSources.evertiqGalliumSuspension],
    },
    {
      type: "effective",
      date: "2025-11-09",
      until: "2026-11-27",
      sources: [ControlSources.clarkHillPause, ControlSources.evertiqGalliumSuspension],
      note: "The suspension it orders runs until 2026-11-27 (its last day).",
    },
  ],
  sources: [ControlSources.clarkHillPause, ControlSources.evertiqGalliumSuspension],
  confidence: official,
  note: "The suspension runs until 2026-11-27, so No. 72 itself is in force only until that day. Whether it was extended, allowed to lapse or replaced is not known to the dataset: its status, and that of Article 2 of No. 46, turns `unknown` from 2026-11-28.",
}

/**
 * The year-long general licences for rare-earth items granted to some exporters in December 2025.
 * @category measures
 * @since 0.1.0
 */
export const generalLicences2025: Measure = {
  id: "cn-mofcom-2025-general-licences",
  title: "General licences for rare-earth exports (December 2025)",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: "MOFCOM general licences (announced by spokesman He Yadong)",
  kind: "general_licence",
  summary:
    "Year-long general licences for rare-earth items granted to some qualified (large) exporters. They do not replace dual-use licensing.",
  scope: scope({
    items: ["rare-earth items under dual-use export control, for qualified exporters"],
  }),
  events: [
    {
      type: "announced",
      date: "2025-12-04",
      sources: [ControlSources.trtWorldGeneralLicences],
      note: "MOFCOM spokesman He Yadong said general licences had been granted (Reuters).",
    },
    {
      type: "effective",
      date: "2025-12-04",
      sources: [ControlSources.trtWorldGeneralLicences],
      note: "Reported as already granted on this date; individual licences run for a year.",
    },
    {
      type: "amended",
      date: "2025-12-18",
      description: "MOFCOM reported approving further general licences for rare-earth exports.",
      sources: [
        ControlSources.myGlobalNewsGeneralLicences,
        ControlSources.rareEarthExchangesTacticalEasing,
      ],
    },
  ],
  sources: [
    ControlSources.trtWorldGeneralLicences,
    ControlSources.myGlobalNewsGeneralLicences,
    ControlSources.rareEarthExchangesTacticalEasing,
  ],
  confidence: official,
  note: "The White House fact sheet of 2025-11-01 presented general licences as 'effectively removing' the April 2025 controls; the licences granted do not replace dual-use licensing (see conflict group 'nov-2025-deal-scope').",
}

/**
 * Announcement No. 1 of 2026: dual-use export ban for Japanese military end users and end uses.
 * @category measures
 * @since 0.1.0
 */
export const announcement1of2026: Measure = {
  id: "cn-mofcom-2026-1",
  title: "Announcement No. 1 of 2026: ban on dual-use exports to Japanese military end users",
  jurisdiction: "CN",
  issuingBodies: ["MOFCOM"],
  instrument: "MOFCOM Announcement No. 1 of 2026",
  kind: "end_user_ban",
  summary:
    "Bans all dual-use items (the list includes rare earths) for Japanese military end users and end uses. MOFCOM says civilian users are unaffected; reports followed that rare-earth licence reviews for Japanese firms were halted (WSJ, Kyodo).",
  scope: scope({
    items: ["all dual-use items (the dual-use list includes rare earths)"],
    destinations: ["JP"],
    allDestinations: false,
    endUsers: ["Japanese military end users", "military end uses"],
  }),
  events: [
    {
      type: "announced",
      date: "2026-01-06",
      sources: [ControlSources.geopolitechsJapan, ControlSources.bairdMaritimeJapan],
    },
    {
      type: "effective",
      date: "2026-01-06",
      sources: [ControlSources.geopolitechsJapan, ControlSources.bairdMaritimeJapan],
      note: "Effective on release.",
    },
  ],
  sources: [
    ControlSources.geopolitechsJapan,
    ControlSources.bairdMaritimeJapan,
    ControlSources.allTheNewsJapan,
  ],
  confidence: official,
  note: "The reported halt of licence reviews for Japanese firms (WSJ, Kyodo) is a news report, not part of the announcement.",
}

/**
 * The Interim Measures on total-volume control of rare-earth mining and smelting/separation.
 * @category measures
 * @since 0.1.0
 */
export const interimMeasuresTotalVolume2025: Measure = {
  id: "cn-miit-2025-interim-measures-total-volume-control",
  title:
    "Interim Measures on the total-volume control of rare-earth mining and smelting/separation",
  jurisdiction: "CN",
  issuingBodies: ["MIIT", "NDRC", "MNR"],
  instrument: "Interim Measures (MIIT, NDRC, MNR)",
  kind: "quota_regime",
  summary:
    "Quotas now also cover imported ore and monazite; producers report monthly to a traceability platform; quota volumes are not disclosed.",
  scope: scope({
    productForms: ["ore_concentrate"],
    items: [
      "mining and smelting/separation quotas, including imported ore and monazite",
      "monthly reporting to a traceability platform",
    ],
  }),
  events: [
    {
      type: "announced",
      date: "2025-08-22",
      sources: [ControlSources.anewsInterimMeasures, ControlSources.imaImportedMaterial],
    },
    {
      type: "effective",
      date: "2025-08-22",
      sources: [ControlSources.anewsInterimMeasures, ControlSources.imaImportedMaterial],
      note: "Effective immediately.",
    },
  ],
  sources: [ControlSources.anewsInterimMeasures, ControlSources.imaImportedMaterial],
  confidence: official,
}

/**
 * Every export-control measure and rule of the dataset, in date order.
 *
 * @example
 * ```ts
 * import { ExportControl } from "@rareearth/core"
 * import { measures } from "@rareearth/data"
 * const no18 = measures.find((measure) => measure.id === "cn-mofcom-2025-18")!
 * ExportControl.statusOn(no18, "2025-06-01").status // "in_force"
 * ```
 * @category measures
 * @since 0.1.0
 */
export const measures: ReadonlyArray<Measure> = [
  technologyCatalogue2023,
  rareEarthManagementRegulations2024,
  announcement46of2024Article2,
  announcement18of2025,
  interimMeasuresTotalVolume2025,
  announcement55of2025,
  announcement56of2025,
  announcement57of2025,
  announcement58of2025,
  announcement61of2025,
  announcement62of2025,
  announcement70of2025,
  announcement72of2025,
  generalLicences2025,
  announcement1of2026,
]
