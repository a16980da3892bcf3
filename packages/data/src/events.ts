/**
 * US-China trade meetings, summits, calls and statements of 2025-2026 (facts §2.2, §2.3, §6).
 *
 * Confidence rule for events: `official` for a government's own published text (a joint
 * statement, a fact sheet, a ministry statement); `reported` for meetings, calls and remarks known
 * from news reports, and for anything resting on a single source.
 *
 * The White House and MOFCOM read the November 2025 arrangement differently. The two readings are
 * two events sharing the conflict group {@link NOVEMBER_2025_DEAL_CONFLICT}; the dataset does not
 * pick one.
 * @since 0.1.0
 */
import type * as PolicyEvent from "@rareearth/core/PolicyEvent"
import type * as Source from "@rareearth/core/Source"
import { EventSources } from "./sources/events.ts"
import { SharedSources } from "./sources/shared.ts"

type Event = PolicyEvent.PolicyEvent

const official: Source.Confidence = { kind: "official" }
const reported: Source.Confidence = { kind: "reported" }

/**
 * The conflict group of the two readings of the November 2025 US-China arrangement.
 * @category events
 * @since 0.1.0
 */
export const NOVEMBER_2025_DEAL_CONFLICT = "nov-2025-deal-scope"

const OCTOBER_MEASURES = [
  "cn-mofcom-2025-55",
  "cn-mofcom-2025-56",
  "cn-mofcom-2025-57",
  "cn-mofcom-2025-58",
  "cn-mofcom-2025-61",
  "cn-mofcom-2025-62",
]

/**
 * The policy events of the timeline, in date order.
 *
 * @example
 * ```ts
 * import { events } from "@rareearth/data"
 * events.find((event) => event.id === "2025-05-10-geneva-talks")?.endDate // "2025-05-11"
 * ```
 * @category events
 * @since 0.1.0
 */
export const events: ReadonlyArray<Event> = [
  {
    id: "2025-04-02-us-reciprocal-tariffs",
    date: "2025-04-02",
    kind: "tariff_action",
    title: 'US "reciprocal tariffs" (Executive Order 14257)',
    participants: ["United States"],
    summary:
      "The US imposes 'reciprocal tariffs'; the escalation reaches about 145% (US) and 125% (China). China retaliates on 2025-04-04, including export controls on seven rare earths (No. 18).",
    relatedMeasureIds: ["cn-mofcom-2025-18"],
    sources: [EventSources.genevaJointStatement94ha, EventSources.economyPkTrumpVisit],
    confidence: official,
    note: "Executive Order 14257 is cited by the Geneva joint statement.",
  },
  {
    id: "2025-05-10-geneva-talks",
    date: "2025-05-10",
    endDate: "2025-05-11",
    kind: "trade_talks",
    title: "US-China economic and trade talks in Geneva",
    location: "Geneva, Switzerland",
    participants: ["Scott Bessent", "Jamieson Greer", "He Lifeng"],
    summary:
      "Bessent and Greer meet He Lifeng. The talks end with the joint statement of 2025-05-12.",
    relatedMeasureIds: [],
    sources: [
      EventSources.portNewsGeneva,
      EventSources.caixinGeneva,
      EventSources.genevaJointStatement94ha,
    ],
    confidence: reported,
    note: "The seed article credits Geneva with the June rebound; the June step was the London framework (2025-06-09/10), after the 2025-06-05 call.",
  },
  {
    id: "2025-05-12-geneva-joint-statement",
    date: "2025-05-12",
    kind: "official_statement",
    title: "Joint Statement on the China-U.S. Economic and Trade Meeting in Geneva",
    location: "Geneva, Switzerland",
    participants: ["United States", "China"],
    summary:
      "Each side suspends 24 percentage points of tariffs for 90 days and keeps 10%. China is to suspend or remove the non-tariff countermeasures taken since 2025-04-02. A consultation mechanism is set up. Actions due by 2025-05-14.",
    relatedMeasureIds: ["cn-mofcom-2025-18"],
    sources: [
      EventSources.genevaJointStatement94ha,
      EventSources.caixinGeneva,
      EventSources.portNewsGeneva,
    ],
    confidence: official,
    note: "No. 18 is not named in the statement; it is related as one of the countermeasures taken after 2025-04-02, and it stayed in force.",
  },
  {
    id: "2025-05-30-trump-says-geneva-violated",
    date: "2025-05-30",
    kind: "official_statement",
    title: "Trump says China 'violated' the Geneva agreement",
    participants: ["Donald Trump"],
    summary: "Trump says China violated the Geneva consensus by slow-rolling critical minerals.",
    relatedMeasureIds: [],
    sources: [EventSources.signalScvCall],
    confidence: reported,
  },
  {
    id: "2025-06-05-trump-xi-call",
    date: "2025-06-05",
    kind: "phone_call",
    title: "Trump-Xi phone call",
    participants: ["Donald Trump", "Xi Jinping"],
    summary:
      "After the call Trump says there should no longer be 'any questions respecting the complexity of rare earth products'.",
    relatedMeasureIds: [],
    sources: [EventSources.signalScvCall, EventSources.lightwaveLondon],
    confidence: reported,
  },
  {
    id: "2025-06-09-london-talks",
    date: "2025-06-09",
    endDate: "2025-06-10",
    kind: "trade_talks",
    title: "US-China talks in London: framework to implement the Geneva consensus",
    location: "Lancaster House, London, United Kingdom",
    participants: ["United States", "China", "Howard Lutnick"],
    summary:
      "First meeting of the consultation mechanism, with Lutnick added to the US side. A framework to implement the Geneva consensus: China to expedite licences for rare earths and magnets; the US eases some export controls.",
    relatedMeasureIds: ["cn-mofcom-2025-18"],
    sources: [
      EventSources.diplomaticWatchLondon,
      EventSources.urbanminesLondon,
      EventSources.lightwaveLondon,
    ],
    confidence: reported,
    note: "This is 'the June agreement' the seed article refers to.",
  },
  {
    id: "2025-07-28-stockholm-talks",
    date: "2025-07-28",
    endDate: "2025-07-29",
    kind: "trade_talks",
    title: "US-China talks in Stockholm (third round)",
    location: "Rosenbad, Stockholm, Sweden",
    participants: ["United States", "China"],
    summary: "Third round; extension of the truce discussed ahead of the 12 August deadline.",
    relatedMeasureIds: [],
    sources: [EventSources.geoTvStockholm, EventSources.daily8Stockholm],
    confidence: reported,
  },
  {
    id: "2025-07-bessent-recovery-too-slow",
    date: "2025-07-01",
    kind: "official_statement",
    title: "Bessent: magnet shipments from China have picked up but are not flowing fast enough",
    participants: ["Scott Bessent"],
    summary:
      "On 2025-07-01 US Treasury Secretary Scott Bessent said shipments of magnets from China had picked up but still were not flowing fast enough. The seed article reports the same remark as made 'in July': trade had resumed, but the recovery was too slow to meet industrial needs.",
    relatedMeasureIds: [],
    sources: [SharedSources.catenaaJune, SharedSources.seedArticle],
    confidence: reported,
    note: "Dated by Catenaa's report of 2025-07-21 ('On July 1, US Treasury Secretary Scott Bessent said ...'); the seed article says only 'in July'.",
  },
  {
    id: "2025-09-14-madrid-talks",
    date: "2025-09-14",
    endDate: "2025-09-17",
    kind: "trade_talks",
    title: "US-China talks in Madrid (fourth round)",
    location: "Madrid, Spain",
    participants: ["United States", "China"],
    summary: "Fourth round: tariffs, 'abuse of export controls', TikTok.",
    relatedMeasureIds: [],
    sources: [EventSources.rareEarthExchangesMadrid],
    confidence: reported,
    note: "2025-09-14 to 2025-09-17 is the Chinese delegation's stay; the exact meeting days (reportedly 14-15 September) are unconfirmed.",
  },
  {
    id: "2025-09-19-trump-xi-call",
    date: "2025-09-19",
    kind: "phone_call",
    title: "Trump-Xi phone call",
    participants: ["Donald Trump", "Xi Jinping"],
    summary: "Phone call between the two presidents.",
    relatedMeasureIds: [],
    sources: [SharedSources.rareEarthExchangesRisingExceptUs],
    confidence: reported,
  },
  {
    id: "2025-10-09-october-controls-and-tariff-threat",
    date: "2025-10-09",
    endDate: "2025-10-10",
    kind: "tariff_action",
    title: "China's October export controls; US threatens a 100% tariff from 1 November",
    participants: ["China", "United States"],
    summary:
      "China issues Announcements Nos. 55-58, 61 and 62 on 2025-10-09; Trump threatens a 100% tariff on Chinese goods from 2025-11-01.",
    relatedMeasureIds: OCTOBER_MEASURES,
    sources: [EventSources.anyfansHowDidWeGetHere, EventSources.maverickNewsTariffThreat],
    confidence: reported,
  },
  {
    id: "2025-10-25-kuala-lumpur-talks",
    date: "2025-10-25",
    endDate: "2025-10-26",
    kind: "trade_talks",
    title: "US-China talks in Kuala Lumpur (fifth round): preliminary consensus",
    location: "Kuala Lumpur, Malaysia (ASEAN summit sidelines)",
    participants: ["United States", "China", "Scott Bessent"],
    summary:
      "A 'preliminary consensus'. Bessent: the 100% tariff is averted and China is to delay its rare-earth licensing regime by a year.",
    relatedMeasureIds: OCTOBER_MEASURES,
    sources: [EventSources.rawMaterialsKualaLumpur, EventSources.anewzKualaLumpur],
    confidence: reported,
  },
  {
    id: "2025-10-30-busan-summit",
    date: "2025-10-30",
    kind: "summit",
    title: "Trump-Xi summit in Busan",
    location: "Busan, South Korea (APEC)",
    participants: ["Donald Trump", "Xi Jinping"],
    summary:
      "Their first meeting in six years. The fentanyl tariff is cut from 20% to 10% (overall about 57% to 47%); a one-year rare-earth arrangement, 'renewed annually'; soybean purchases of 12 Mt this season and 25 Mt a year for 2026-2028; the US pauses its 50%-affiliates rule for a year.",
    relatedMeasureIds: OCTOBER_MEASURES,
    sources: [
      EventSources.nationPressBusan,
      EventSources.argaamBusan,
      EventSources.steelRadarBusan,
    ],
    confidence: reported,
    note: "Some pages place the meeting in Gyeongju or Seoul.",
  },
  {
    id: "2025-10-30-mofcom-statement-after-busan",
    date: "2025-10-30",
    kind: "official_statement",
    title: "MOFCOM statement after the Busan summit",
    participants: ["MOFCOM"],
    summary:
      "MOFCOM says the 2025-10-09 measures are to be suspended for one year. The April 2025 controls (No. 18) are not addressed.",
    relatedMeasureIds: [...OCTOBER_MEASURES, "cn-mofcom-2025-18"],
    sources: [EventSources.businessTimesPause, EventSources.millenniumPostReprieve],
    confidence: official,
  },
  {
    id: "2025-11-01-white-house-fact-sheet",
    date: "2025-11-01",
    kind: "official_statement",
    title: "White House fact sheet on the US-China deal",
    participants: ["The White House"],
    summary:
      "The fact sheet says China will issue general licences for rare earths, gallium, germanium, antimony and graphite, 'effectively removing' the controls of April 2025 and October 2022. Section 301 exclusions are extended to 2026-11-10; the reciprocal-tariff pause is extended by a year.",
    relatedMeasureIds: ["cn-mofcom-2025-18", "cn-mofcom-2025-general-licences"],
    sources: [EventSources.liveIndexFactSheet, EventSources.legalParivarFactSheet],
    confidence: official,
    conflictGroup: NOVEMBER_2025_DEAL_CONFLICT,
    note: "The US reading of the deal. MOFCOM's texts (No. 70) suspend only the October 2025 measures and leave No. 18 in force: see the other event of this conflict group. Not resolved by the dataset.",
  },
  {
    id: "2025-11-07-mofcom-announcement-70",
    date: "2025-11-07",
    kind: "regulation",
    title: "MOFCOM Announcement No. 70: only the October 2025 measures are suspended",
    participants: ["MOFCOM", "GAC"],
    summary:
      "No. 70 suspends Announcements Nos. 55, 56, 57, 58, 61 and 62 until 2026-11-10. Under the Chinese texts No. 18 (April 2025) stays in force.",
    relatedMeasureIds: ["cn-mofcom-2025-70", ...OCTOBER_MEASURES, "cn-mofcom-2025-18"],
    sources: [SharedSources.rawMaterialsSuspendsOctober, SharedSources.chemRadarOctoberMeasures],
    confidence: official,
    conflictGroup: NOVEMBER_2025_DEAL_CONFLICT,
    note: "The Chinese reading of the deal, in conflict with the White House fact sheet of 2025-11-01. Not resolved by the dataset.",
  },
  {
    id: "2026-02-04-trump-xi-call",
    date: "2026-02-04",
    kind: "phone_call",
    title: "Trump-Xi phone call",
    participants: ["Donald Trump", "Xi Jinping"],
    summary:
      "A Beijing visit by Trump is planned for early April 2026; an extension of the truce is expected.",
    relatedMeasureIds: [],
    sources: [EventSources.economyPkTrumpVisit],
    confidence: reported,
    note: "Single source. The visit's date and outcomes are not established by any source found.",
  },
]
