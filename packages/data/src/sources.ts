/**
 * Every source the dataset cites, as `Source.SourceRef` constants.
 *
 * Transcribed from `rare-earth-facts.md` (the project's vetted source list). Titles are the pages'
 * headlines where the facts file or the page gives them, otherwise a short description of the page
 * (marked in `note`). `publishedOn` is set only when the page or its URL states the date.
 * @since 0.1.0
 */
import { Element, type Source } from "@rareearth/core"

type SourceRef = Source.SourceRef

const ref = <const Id extends string>(source: SourceRef & { id: Id }): SourceRef & { id: Id } =>
  source

/**
 * A source `@rareearth/core` already cites for the element data (same page): reused, so that one
 * page has one id across the dataset.
 */
const fromCore = (id: string): SourceRef => {
  const source = Element.ELEMENT_SOURCES.find((candidate) => candidate.id === id)
  if (source === undefined)
    throw new Error(
      `@rareearth/data: source "${id}" is missing from Element.ELEMENT_SOURCES of @rareearth/core; expected one of ${Element.ELEMENT_SOURCES.map((candidate) => candidate.id).join(", ")}`,
    )
  return source
}

/**
 * The cited sources, keyed by a short name. Every record of the dataset embeds the
 * `SourceRef`s it rests on; `sources` lists them all once.
 *
 * @example
 * ```ts
 * import { Sources } from "@rareearth/data"
 * Sources.seedArticle.title // "China Resumes Rare Earth Magnet Exports After Trade Truce"
 * ```
 * @category sources
 * @since 0.1.0
 */
export const Sources = {
  // --- The starting story ---------------------------------------------------------------------
  seedArticle: ref({
    id: "seed-article",
    title: "China Resumes Rare Earth Magnet Exports After Trade Truce",
    publisher: "Unattributed news item (mid-2025)",
    note: "The project's starting story (docs: seed-article.md). It has no URL; cite it by its title.",
  }),

  // --- Export-control measures (facts §2.1, §2.2) --------------------------------------------
  nasdaqTechnologyBan: ref({
    id: "nasdaq-2023-12-china-bans-rare-earth-processing-technology",
    title: "China bans export of rare earths processing technologies",
    publisher: "Nasdaq (Reuters)",
    url: "https://www.nasdaq.com/articles/china-bans-export-of-rare-earths-processing-technologies",
  }),
  theHinduTechnologyBan: ref({
    id: "thehindu-2023-12-china-bans-rare-earth-processing-technology",
    title: "China bans export of rare earth processing technologies",
    publisher: "The Hindu",
    url: "https://www.thehindu.com/news/international/china-bans-export-of-rare-earth-processing-technologies/article67667281.ece",
  }),
  bactfTechnologyCatalogue: ref({
    id: "bactf-2024-09-technology-catalogue",
    title: "China politics news item 2752635 (technology export catalogue)",
    publisher: "bactf.com",
    url: "https://bactf.com/news/china_politics/202409/2752635.html",
    note: "Title describes the page; the source of the 24 prohibited / 110 restricted counts (single source).",
  }),
  urbanminesRegulations: ref({
    id: "urbanmines-2024-rare-earth-management-regulations",
    title: "China's Rare Earth Management Regulations will come into effect on October 1",
    publisher: "Urban Mines",
    url: "https://urbanmines.com/chinas-rare-earth-management-regulations-will-come-into-effect-on-october-1",
  }),
  chinaJusticeObserverRegulations: ref({
    id: "chinajusticeobserver-2024-rare-earth-regulation",
    title: "China Issues Regulation on Rare Earth Administration",
    publisher: "China Justice Observer",
    url: "https://www.chinajusticeobserver.com/a/china-issues-regulation-on-rare-earth-administration",
  }),
  clarkHillPause: ref({
    id: "clarkhill-2025-11-china-hits-pause",
    title: "China Hits Pause on Rare Earth Export Controls and What It Means for Supply Chains",
    publisher: "Clark Hill",
    url: "https://www.clarkhill.com/news-events/news/china-hits-pause-on-rare-earth-export-controls-and-what-it-means-for-supply-chains",
  }),
  evertiqGalliumSuspension: ref({
    id: "evertiq-2025-11-10-gallium-germanium-suspension",
    title: "China suspends ban on gallium and germanium exports to the US",
    publisher: "Evertiq",
    url: "https://evertiq.com/news/2025-11-10-china-suspends-ban-on-gallium-and-germanium-exports-to-the-us",
    publishedOn: "2025-11-10",
  }),
  udnNo46And72: ref({
    id: "udn-9128338-no46-no72",
    title:
      "Economic Daily News: MOFCOM suspends Article 2 of Announcement No. 46 of 2024 until 2026-11-27",
    publisher: "United Daily News (經濟日報)",
    url: "https://udn.com/news/story/7331/9128338",
    publishedOn: "2025-11-10",
    note: "Title describes the page (Chinese). It dates Announcement No. 46 of 2024 to 2024-12-03, in force from publication.",
  }),
  osencNo18: fromCore("mofcom-2025-18-text"),
  hyMagneticsNo18: ref({
    id: "hymagnetics-no18",
    title: "News item 24: China's export controls on medium and heavy rare earths",
    publisher: "HY Magnetics",
    url: "https://www.hymagnetics.com/news_detail/24.html",
    note: "Title describes the page.",
  }),
  hollandKnightNo18: ref({
    id: "hklaw-2025-04-medium-heavy-rare-earth-controls",
    title: "China Imposes Export Controls on Medium and Heavy Rare Earth Materials",
    publisher: "Holland & Knight",
    url: "https://hklaw.com/en/insights/publications/2025/04/china-imposes-export-controls-on-medium-and-heavy-rare-earth-materials",
  }),
  ckhqNo18Spokesperson: ref({
    id: "ckhq-no18-mofcom-spokesperson",
    title: "MOFCOM spokesperson answers questions on the rare earth export controls (No. 18)",
    publisher: "en.ckhq.net",
    url: "https://en.ckhq.net/html/d690b55870b095a96960f687dc9020ef.html",
    note: "Title describes the page.",
  }),
  cirsNo18Chinese: ref({
    id: "cirs-no18-chinese-text",
    title: "Announcement No. 18 of 2025 (Chinese text)",
    publisher: "CIRS Group",
    url: "https://hgt.cirs-group.com/service/detail/eiyexqfy7aps",
  }),
  gticNo18Chinese: ref({
    id: "gtic-007swz-no18-chinese-text",
    title:
      "Announcement No. 18 of 2025: the list of controlled items (Chinese text, codes stripped)",
    publisher: "gtic.007swz.com",
    url: "https://gtic.007swz.com/xinxi/cmerpta.html",
    note: "Title describes the page. The legible copy of the Tb items, including 含铽的钕铁硼永磁材料 (materials-composition.md §5a).",
  }),
  szvfNo18Mirror: ref({
    id: "szvf-no18-scrambled-mirror",
    title: "Announcement No. 18 of 2025: the list of controlled items (scrambled mirror)",
    publisher: "wmgs.szvf.com.cn",
    url: "http://wmgs.szvf.com.cn/wap/?id=wap894615147160",
    note: "Title describes the page. The only legible copy of the Dy, Lu, Sc and Y item phrases found (materials-composition.md §5a).",
    reliability: {
      rating: "weak",
      reason:
        "a scrambled mirror of the Chinese text: the Dy-containing NdFeB item and the Gd oxide codes are legible only here",
    },
  }),
  courageMagnetEnforcement: ref({
    id: "couragemagnet-3345-customs-cases",
    title: "Customs cases: dysprosium-containing NdFeB declared under the wrong tariff line",
    publisher: "Courage Magnet (vendor blog)",
    url: "https://www.couragemagnet.com/magnet-blog/3345.html",
    note: "Title describes the page. A vendor's relay of customs penalty notices (single source): NdFeB containing 1.9% Dy treated as a listed dual-use item.",
  }),
  anewsInterimMeasures: ref({
    id: "anews-2025-08-23-quota-targets",
    title: "China sets new annual quota targets for rare earth production",
    publisher: "A News",
    url: "https://www.anews.com.tr/asia/2025/08/23/china-sets-new-annual-quota-targets-for-rare-earth-production",
    publishedOn: "2025-08-23",
  }),
  imaImportedMaterial: ref({
    id: "ima-china-extends-controls-to-imported-material",
    title: "China extends rare earth controls to imported material",
    publisher: "IMA",
    url: "https://ima-api.org/china-extends-rare-earth-controls-to-imported-material",
  }),
  chemRadarOctoberMeasures: ref({
    id: "chemradar-f3s7t2oy9qf4",
    title: "China's October 2025 export-control announcements and their suspension by No. 70",
    publisher: "ChemRadar",
    url: "https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4",
    note: "Title describes the page (Nos. 55, 56, 58 and 70 of 2025).",
  }),
  pillsburySuspension: ref({
    id: "pillsbury-china-suspends-export-controls",
    title: "China Suspends Export Controls on Certain Critical Minerals-Related Items",
    publisher: "Pillsbury Winthrop Shaw Pittman",
    url: "https://www.pillsburylaw.com/en/news-and-insights/china-suspends-export-controls-certain-critical-minerals-related-items.html",
  }),
  siliconExpertNo57: fromCore("mofcom-2025-57-siliconexpert"),
  ckhqNo57: ref({
    id: "ckhq-no57",
    title: "MOFCOM on Announcement No. 57 of 2025 (effective date)",
    publisher: "en.ckhq.net",
    url: "https://en.ckhq.net/html/16f9c2b7fdc5c52b80f12f35d0be1305.html",
    note: "Title describes the page.",
  }),
  eastmoneyNo57Chinese: fromCore("mofcom-2025-57-text-zh"),
  particleExtraterritorial: ref({
    id: "particle-china-expands-controls-extraterritorial",
    title: "China expands rare-earth export controls with extraterritorial reach",
    publisher: "Particle",
    url: "https://particle.news/story/china-expands-rareearth-export-controls-with-extraterritorial-reach",
    reliability: {
      rating: "weak",
      reason:
        "a machine-written news summary that mixes up No. 57 and No. 61; No. 57 is also cited on SiliconExpert, CKHQ and the Chinese text",
    },
  }),
  ssCollegeNo61: ref({
    id: "sscollege-44800-no61",
    title: "Announcement No. 61 of 2025 (English translation)",
    publisher: "sscollege.cn",
    url: "http://www.sscollege.cn/en/news/44800.html",
  }),
  ssCollegeNo62: ref({
    id: "sscollege-44809-no62",
    title: "Announcement No. 62 of 2025 (English translation)",
    publisher: "sscollege.cn",
    url: "http://www.sscollege.cn/en/news/44809.html",
  }),
  chemRadarNo61: ref({
    id: "chemradar-f1la2toi5p1c",
    title: "China's controls on overseas rare-earth items (No. 61 of 2025)",
    publisher: "ChemRadar",
    url: "https://www.chemradar.com/en/news/detail/f1la2toi5p1c",
    note: "Title describes the page.",
  }),
  chambersNo61: ref({
    id: "chambers-6939",
    title: "China's extraterritorial rare earth export controls (No. 61 of 2025)",
    publisher: "Chambers and Partners",
    url: "https://chambers.com/content/item/6939",
    note: "Title describes the page.",
  }),
  businessLiveBaskaran: ref({
    id: "businesslive-2025-10-16-baskaran",
    title: "Gracelin Baskaran: China draws a red line in rare earths",
    publisher: "BusinessLIVE",
    url: "https://www.businesslive.co.za/bd/opinion/columnists/2025-10-16-gracelin-baskaran-china-draws-a-red-line-in-rare-earths/",
    publishedOn: "2025-10-16",
  }),
  vbwNo62: ref({
    id: "vbw-china-expands-export-controls",
    title: "China expands export controls on rare earths",
    publisher: "vbw (Bavarian Industry Association)",
    url: "https://www.vbw.com/int/News/China-expands-export-controls-on-rare-earths.jsp",
    note: "This page wrongly gives No. 57 as in force 'since Oct 9'; cited only for No. 62.",
  }),
  businessTimesPause: ref({
    id: "businesstimes-china-pauses-expansion-one-year",
    title:
      "China pauses rare earth export control expansion for one year, easing pressure on global buyers",
    publisher: "The Business Times",
    url: "https://www.businesstimes.com.sg/international/global/china-pauses-rare-earth-export-control-expansion-one-year-easing-pressure-global-buyers",
  }),
  millenniumPostReprieve: ref({
    id: "millenniumpost-us-gets-rare-earth-reprieve",
    title: "US gets rare earth reprieve from China",
    publisher: "Millennium Post",
    url: "https://www.millenniumpost.in/world/us-gets-rare-earth-reprieve-from-china-633413",
  }),
  unitedDailyNo70: ref({
    id: "uniteddaily-no70",
    title: "United Daily item: Announcement No. 70 suspends the October 2025 measures",
    publisher: "United Daily",
    url: "https://uniteddaily.my/en/556cffc1-d9de-4ef6-8d02-e577fc6faa0a",
    note: "Title describes the page.",
  }),
  resilincExportPause: ref({
    id: "resilinc-china-export-pause",
    title: "China's export pause reveals trade policy supply chain risk",
    publisher: "Resilinc",
    url: "https://resilinc.ai/blog/chinas-export-pause-reveals-trade-policy-supply-chain-risk",
  }),
  rawMaterialsSuspendsOctober: ref({
    id: "rawmaterials-china-officially-suspends-october-tightening",
    title: "China officially suspends October export tightening",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/china-officially-suspends-october-export-tightening",
  }),
  trtWorldGeneralLicences: ref({
    id: "trtworld-reuters-general-licences",
    title: "TRT World article b8d356291765 (Reuters): general licences for rare earth exports",
    publisher: "TRT World (Reuters)",
    url: "https://www.trtworld.com:443/article/b8d356291765",
    note: "Title describes the page.",
  }),
  myGlobalNewsGeneralLicences: ref({
    id: "myglobalnews-2025-12-18-general-licenses",
    title: "MOFCOM greenlights general licenses for rare earth exports",
    publisher: "My Global News",
    url: "https://myglobalnews.net/china/20251218-mofcom-greenlights-general-licenses-for-rare-earth-exports",
    publishedOn: "2025-12-18",
  }),
  rareEarthExchangesTacticalEasing: ref({
    id: "rareearthexchanges-tactical-easing",
    title: "China signals tactical easing on rare earth exports, but control remains centralized",
    publisher: "Rare Earth Exchanges",
    url: "https://rareearthexchanges.com/news/china-signals-tactical-easing-on-rare-earth-exports-but-control-remains-centralized",
  }),
  geopolitechsJapan: ref({
    id: "geopolitechs-china-japan-dual-use",
    title: "China plans to reimpose rare earth controls on Japan",
    publisher: "Geopolitechs",
    url: "https://www.geopolitechs.org/p/china-plans-to-reimpose-rare-earth",
    note: "Title from the URL, completed to describe the page.",
  }),
  bairdMaritimeJapan: ref({
    id: "bairdmaritime-japan-dual-use-ban",
    title: "China says ban on exports of dual-use items to Japan to only hit military companies",
    publisher: "Baird Maritime",
    url: "https://www.bairdmaritime.com/security/naval/china-says-ban-on-exports-of-dual-use-items-to-japan-to-only-hit-military-companies",
  }),
  allTheNewsJapan: ref({
    id: "allthenews-japan-rare-earth-curbs",
    title: "China curbs rare earth exports to Japanese companies after dual-use ban",
    publisher: "allthe.news",
    url: "https://allthe.news/yo/articles/china-curbs-rare-earth-exports-to-japanese-companies-after-dual-use-ban",
  }),
  liveIndexFactSheet: ref({
    id: "liveindex-china-eases-rare-earth-restrictions",
    title: "China eases rare earth restrictions, examines US chip firms",
    publisher: "LiveIndex",
    url: "https://liveindex.org/world/china-eases-rare-earth-restrictions-examines-us-chip-firms",
  }),
  legalParivarFactSheet: ref({
    id: "legalparivar-trump-xi-trade-deal",
    title: "China lifts rare earth export curbs, ends US chip probe in Trump-Xi trade deal",
    publisher: "Legal Parivar",
    url: "https://news.legalparivar.com/china-lifts-rare-earth-export-curbs-ends-us-chip-probe-in-trump-xi-trade-deal",
  }),

  // --- Trade meetings and events (facts §2.3) -------------------------------------------------
  genevaJointStatement94ha: ref({
    id: "94ha-geneva-joint-statement",
    title: "Joint Statement on China-U.S. Economic and Trade Meeting in Geneva",
    publisher: "94ha.com",
    url: "https://94ha.com/joint-statement-on-china-u-s-economic-and-trade-meeting-in-geneva.html",
  }),
  economyPkTrumpVisit: ref({
    id: "economy-pk-trump-visit-truce",
    title: "China confirms talks on Trump visit, China trade truce",
    publisher: "Economy.pk",
    url: "https://economy.com.pk/china-confirms-talks-on-trump-visit-china-trade-truce/?amp=1",
  }),
  portNewsGeneva: ref({
    id: "portnews-376823",
    title: "PortNews item 376823: the US-China talks in Geneva",
    publisher: "PortNews",
    url: "https://en.portnews.ru/news/376823/",
    note: "Title describes the page.",
  }),
  caixinGeneva: ref({
    id: "caixin-2025-05-12-joint-statement",
    title:
      "China-US joint statement: mutual rollback of some tariffs, continued negotiations on outstanding issues",
    publisher: "Caixin Global",
    url: "https://www.caixinglobal.com/2025-05-12/china-us-joint-statement-mutual-rollback-of-some-tariffs-continued-negotiations-on-outstanding-issues-includes-timeline-of-the-trade-war-102318875.html",
    publishedOn: "2025-05-12",
  }),
  signalScvCall: ref({
    id: "signalscv-2025-06-trump-rare-earth-resolved",
    title: "Trump: rare earth export issue resolved following call with Xi",
    publisher: "The Signal (signalscv.com)",
    url: "https://signalscv.com/2025/06/trump-rare-earth-export-issue-resolved-following-call-with-xi",
  }),
  lightwaveLondon: ref({
    id: "lightwavereports-london-talks",
    title: "Trade talks in London end with US-China plan to ease export controls",
    publisher: "Lightwave Reports",
    url: "https://lightwavereports.com/trade-talks-in-london-end-with-us-china-plan-to-ease-export-controls",
  }),
  diplomaticWatchLondon: ref({
    id: "diplomaticwatch-london-framework",
    title: "US and China establish trade framework after London talks",
    publisher: "Diplomatic Watch",
    url: "https://diplomaticwatch.com/us-and-china-establish-trade-framework-after-london-talks/",
  }),
  urbanminesLondon: ref({
    id: "urbanmines-london-implementation-framework",
    title: "China and the United States reach an implementation framework in London negotiations",
    publisher: "Urban Mines",
    url: "https://www.urbanmines.com/china-and-the-united-states-reach-an-implementation-framework-in-london-negotiations",
  }),
  geoTvStockholm: ref({
    id: "geotv-616238-stockholm",
    title: "US, China make trade progress, paving way for possible Trump-Xi summit",
    publisher: "Geo TV",
    url: "https://www.geo.tv/latest/616238-us-china-make-trade-progress-paving-way-for-possible-trump-xi-summit",
  }),
  daily8Stockholm: ref({
    id: "daily8-stockholm-talks",
    title: "US-China talks in Stockholm",
    publisher: "Daily8",
    url: "https://www.daily8.com/en/article/1fc2296e16c8f3f8ab875d1245cdd6fc",
    note: "Title describes the page.",
  }),
  rareEarthExchangesMadrid: ref({
    id: "rareearthexchanges-madrid-talks",
    title:
      "China confirms Madrid talks with U.S.: tariffs, export controls and TikTok on the agenda (Sept 14-17)",
    publisher: "Rare Earth Exchanges",
    url: "https://rareearthexchanges.com/news/china-confirms-madrid-talks-with-u-s-tariffs-export-controls-and-tiktok-on-the-agenda-sept-14-17",
  }),
  rareEarthExchangesRisingExceptUs: ref({
    id: "rareearthexchanges-exports-rising-except-us",
    title: "China's rare earth exports rising, except for the US",
    publisher: "Rare Earth Exchanges",
    url: "https://rareearthexchanges.com/news/chinas-rare-earth-exports-rising-except-for-the-us",
  }),
  anyfansHowDidWeGetHere: ref({
    id: "anyfans-trump-xi-how-did-we-get-here",
    title: "Trump-Xi meeting: how did we get here?",
    publisher: "AnyFans News",
    url: "https://news.anyfans.com/trump-xi-meeting%3A-how-did-we-get-here%3F",
  }),
  maverickNewsTariffThreat: ref({
    id: "mavericknews30-79129",
    title: "Maverick News item 79129: China's October controls and the US 100% tariff threat",
    publisher: "Maverick News",
    url: "https://mavericknews30.com/?p=79129",
    note: "Title describes the page.",
  }),
  rawMaterialsKualaLumpur: ref({
    id: "rawmaterials-kuala-lumpur-consensus",
    title: "China, U.S. outline trade consensus but Beijing silent on rare earths delay",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/china-u-s-outline-trade-consensus-but-beijing-silent-on-rare-earths-delay",
  }),
  anewzKualaLumpur: ref({
    id: "anewz-14654-rare-earths-tariff-pause",
    title: "US, China reach rare earths, tariff pause for Trump and Xi",
    publisher: "AnewZ",
    url: "https://anewz.tv/world/world-news/14654/us-china-reach-rare-earths-tariff-pause-for-trump-and-xi/news",
  }),
  nationPressBusan: ref({
    id: "nationpress-busan-one-year-deal",
    title: "Trump, Xi agree on one-year rare earth supply deal amid easing trade tensions",
    publisher: "NationPress",
    url: "https://www.nationpress.com/international/trump-xi-agree-on-one-year-rare-earth-supply-deal-amid-easing-trade-tensions",
  }),
  argaamBusan: ref({
    id: "argaam-1854187-busan",
    title: "Trump-Xi summit in Busan",
    publisher: "Argaam",
    url: "https://www.argaam.com/en/switch-view?mobile=true&returnUrl=https%3A%2F%2Fwww.argaam.com%2Fen%2Farticle%2Farticledetail%2Fid%2F1854187",
    note: "Title describes the page.",
  }),
  steelRadarBusan: ref({
    id: "steelradar-china-postpones-one-year",
    title: "China postpones rare earth export restrictions by one year",
    publisher: "SteelRadar",
    url: "https://www.steelradar.com/en/haber/china-postpones-rare-earth-export-restrictions-by-one-year",
  }),

  // --- Quotas (facts §3) ----------------------------------------------------------------------
  globalReesVenture2018: ref({
    id: "globalreesventure-2018-quota",
    title: "China raises 2018 rare earth smelting, separation quota by 15 pct y/y (Reuters)",
    publisher: "Global REEs Venture",
    url: "https://www.globalreesventure.com/rare-earth-element-industry/china-raises-2018-rare-earth-smelting-separation-quota-by-15-pct-y-y/",
  }),
  smm2019FirstBatch: ref({
    id: "smm-2019-first-batch-quota",
    title: "First batch of rare earth quotas in 2019 dip 18% YoY: MIIT",
    publisher: "SMM (news.metal.com)",
    url: "https://news.metal.com/newscontent/100882363/First-batch-of-rare-earth-quotas-in-2019-dip-18-YoY:-MIIT/",
  }),
  peakResources2019Notice: ref({
    id: "peakresources-2019-miit-notice",
    title:
      "Notice of MIIT and MNR on issuing the 2019 total control index of rare earth mining and smelting separation",
    publisher: "Peak Resources",
    url: "https://www.peakresources.com.au/news/notice-of-the-ministry-of-industry-and-information-technology-of-the-ministry-of-natural-resources-on-issuing-the-2019-total-control-index-of-rare-earth-mining-and-smelting-separation-and-the-total-co/",
  }),
  globalTimes2019: ref({
    id: "globaltimes-1169411",
    title: "China's 2019 rare earth quotas",
    publisher: "Global Times",
    url: "http://www.globaltimes.cn/content/1169411.shtml",
    note: "Title describes the page.",
  }),
  miningCom2020: ref({
    id: "mining-com-1029800",
    title: "China's 2020 rare earth mining quota",
    publisher: "MINING.COM",
    url: "https://mining.com/?p=1029800",
    note: "Title describes the page.",
  }),
  cmGroup2020: ref({
    id: "cmgroup-mnr-2020-quota",
    title: "MNR: 2020 production quota for REs and W ore",
    publisher: "CM Group",
    url: "https://www.cmgroup.net/news/mnr-2020-production-quota-for-res-and-w-ore/",
  }),
  argus2020: ref({
    id: "argus-2121738-1h-quotas",
    title: "China allocates 1H RE quotas to six large groups",
    publisher: "Argus Media",
    url: "https://www.argusmedia.com/zh/news/2121738-china-allocates-1h-re-quotas-to-six-large-groups",
  }),
  miitNotice2020: ref({
    id: "miit-2020-103-quota-notice",
    title:
      "工业和信息化部 自然资源部关于下达2020年度稀土开采、冶炼分离总量控制指标的通知 (工信部联原〔2020〕103号)",
    publisher: "MIIT and MNR (notice, copy on myyun.cc)",
    url: "http://myyun.cc/xwzx/zcfg/202007/t20200717_35514.html",
    note: "MIIT and MNR's notice of the 2020 totals: 140,000 t mining and 135,000 t smelting/separation, including the first batch. Copy of the notice on a third-party site.",
  }),
  nationalPost2021: ref({
    id: "nationalpost-2021-quota-hike",
    title: "China hikes 2021 rare earth quotas by 20% year on year",
    publisher: "National Post (Reuters)",
    url: "https://nationalpost.com/pmn/news-pmn/china-hikes-2021-rare-earth-quotas-by-20-year-on-year",
  }),
  upNewsInfo2021: ref({
    id: "upnewsinfo-2021-quota-record",
    title: "China hikes 2021 rare earth quotas by 20% to record highs",
    publisher: "UPNewsInfo",
    url: "https://upnewsinfo.com/china-hikes-2021-rare-earth-quotas-by-20-to-record-highs/",
  }),
  cmGroup2021FirstBatch: ref({
    id: "cmgroup-miit-2021-first-batch",
    title: "MIIT: first batch of production quotas for REs",
    publisher: "CM Group",
    url: "https://www.cmgroup.net/news/miit-first-batch-of-production-quotas-for-res/",
  }),
  nasdaq2022: ref({
    id: "nasdaq-2022-quota-hike",
    title: "China hikes 2022 rare earth quota by 25% on rising demand",
    publisher: "Nasdaq (Reuters)",
    url: "https://www.nasdaq.com/articles/china-hikes-2022-rare-earth-quota-by-25-on-rising-demand",
  }),
  asiaFinancial2022: ref({
    id: "asiafinancial-2022-first-quotas",
    title: "China sets first rare earth mining quotas for 2022",
    publisher: "Asia Financial",
    url: "https://asiafinancial.com/china-sets-first-rare-earth-mining-quotas-for-2022",
  }),
  asiaMiner2022: ref({
    id: "asiaminer-10957",
    title: "China ups RE quota 20%",
    publisher: "Asia Miner",
    url: "https://www.asiaminer.com/news/latest-news/10957-china-ups-re-quota-20.html",
  }),
  nasdaq2023ThirdBatch: ref({
    id: "nasdaq-2023-third-batch",
    title: "China issues third batch of rare earth mining quotas for 2023",
    publisher: "Nasdaq (Reuters)",
    url: "https://www.nasdaq.com/articles/china-issues-third-batch-of-rare-earth-mining-quotas-for-2023",
  }),
  businessTimes2023: ref({
    id: "businesstimes-2023-quota-240000",
    title: "China sets 2023 rare earth mining quota at 240,000 tonnes, up 14% y/y",
    publisher: "The Business Times",
    url: "https://www.businesstimes.com.sg/companies-markets/energy-commodities/china-sets-2023-rare-earth-mining-quota-240000-tonnes-14-yoy",
  }),
  projectBlue2023: ref({
    id: "projectblue-707-third-batch",
    title: "ICYMI: China announces 'third batch' rare earth mining and smelting quota",
    publisher: "Project Blue",
    url: "https://theprojectbluegroup.com/blue/news-analysis/707/icymi:-china-announces-%E2%80%98third-batch%E2%80%99-rare-earth-mining-and-smelting-quota",
  }),
  fastmarkets2024: ref({
    id: "fastmarkets-2024-first-batch",
    title: "China issues first batch of rare earths quotas for 2024",
    publisher: "Fastmarkets",
    url: "https://www.fastmarkets.com/insights/china-issues-first-batch-of-rare-earths-quotas-for-2024",
  }),
  starfeu2024: ref({
    id: "starfeu-5920",
    title: "China's 2024 rare earth quotas",
    publisher: "starfeu.com",
    url: "https://starfeu.com/?p=5920",
    note: "Title describes the page.",
  }),
  econoTimesQuietQuotas: ref({
    id: "econotimes-china-quietly-issues-2025-quotas",
    title: "China Quietly Issues 2025 Rare Earth Quotas, Tightens Grip on Supply",
    publisher: "EconoTimes",
    url: "https://econotimes.com/China-Quietly-Issues-2025-Rare-Earth-Quotas-Tightens-Grip-on-Supply-1716556",
  }),
  daily8ReutersQuotas: ref({
    id: "daily8-reuters-2025-quotas",
    title: "China quietly issues 2025 rare earth quotas (Reuters text)",
    publisher: "Daily8 (Reuters)",
    url: "https://test.daily8.com/en/article/5e78fe6602ee425e32fd894a5faa5ee0",
  }),
  deepNewzQuotas: ref({
    id: "deepnewz-2025-quotas",
    title: "China quietly issues 2025 rare earth quotas, tightening grip on supply",
    publisher: "DeepNewz",
    url: "https://preview.deepnewz.com/china/china-quietly-issues-2025-rare-earth-quotas-tightening-grip-on-supply-cf63d5e4",
  }),
  koalaByQuotaSystem: ref({
    id: "koala-by-quota-system",
    title: "China introduces new rare earth supply quota system regulations",
    publisher: "koala-by.com",
    url: "https://koala-by.com/china-introduces-new-rare-earth-supply-quota-system-regulations/5",
  }),
  cnaReutersQuotas2025: ref({
    id: "cna-reuters-2025-07-18-quotas",
    title: "China quietly issues 2025 rare earth quotas, sources say",
    publisher: "CNA (Reuters)",
    url: "https://www.channelnewsasia.com/business/china-quietly-issues-2025-rare-earth-quotas-sources-say-5245691",
    publishedOn: "2025-07-18",
    note: "Reuters, 2025-07-18: the first 2025 quotas were issued 'only last month' (June 2025), without the usual public statement.",
  }),

  // --- Magnet exports (facts §4.1-§4.3) -------------------------------------------------------
  samariumSurgeAfterDeal: ref({
    id: "samarium-magnet-exports-surge-after-deal",
    title: "China's rare earth magnet exports surge after Xi-Trump deal",
    publisher: "samarium.dev",
    url: "https://samarium.dev/news/china-s-rare-earth-magnet-exports-surge-after-xi-trump-deal",
  }),
  devDiscourseMagnetSurge: ref({
    id: "devdiscourse-3736790",
    title: "China's Rare Earth Magnet Surge: A Post-Agreement Export Boom",
    publisher: "Devdiscourse",
    url: "https://www.devdiscourse.com/article/headlines/3736790-chinas-rare-earth-magnet-surge-a-post-agreement-export-boom",
  }),
  bloombergAmplify: ref({
    id: "bloomberg-amplifyapp-e0c6b862",
    title: "China's rare earth magnet exports to the US (Bloomberg)",
    publisher: "Bloomberg (mirror)",
    url: "https://main.d358xbzettaslu.amplifyapp.com/en/article/e0c6b862ae57ba721c920b82a11ef272",
    note: "Title describes the page (a mirror of a Bloomberg article).",
  }),
  econoTimesMayPlunge: ref({
    id: "econotimes-magnet-exports-plunge-may",
    title: "China's Rare Earth Magnet Exports Plunge Amid Tighter Export Controls",
    publisher: "EconoTimes",
    url: "https://econotimes.com/Chinas-Rare-Earth-Magnet-Exports-Plunge-Amid-Tighter-Export-Controls-1713812",
  }),
  tradingEconomics471367: ref({
    id: "tradingeconomics-471367",
    title: "China rare earth magnet exports (news 471367)",
    publisher: "Trading Economics",
    url: "https://tradingeconomics.com/china/exports/news/471367",
    note: "Title describes the page.",
  }),
  catenaaJune: ref({
    id: "catenaa-magnet-exports-june",
    title: "China exports of rare earth magnets hike by 158% in June",
    publisher: "Catenaa",
    url: "https://investors.catenaa.com/news/china-exports-of-rare-earth-magnets-hike-by-158-in-june",
    publishedOn: "2025-07-21",
  }),
  rbcUkraineJune: ref({
    id: "rbc-ukraine-magnet-exports-to-us-surge",
    title: "China's rare earth magnet exports to US surge",
    publisher: "RBC-Ukraine",
    url: "https://newsukraine.rbc.ua/news/china-s-rare-earth-magnet-exports-to-us-surge-1753014467.html",
  }),
  kitcoJuly2025: ref({
    id: "kitco-2025-08-20-magnets-july",
    title: "China's rare earth magnet exports hit six-month high in July",
    publisher: "Kitco (Reuters)",
    url: "https://www.kitco.com/news/off-the-wire/2025-08-20/chinas-rare-earth-magnet-exports-hit-six-month-high-july",
    publishedOn: "2025-08-20",
  }),
  squidsiteJuly2025: ref({
    id: "squidsite02-2025-08-20-magnets-july",
    title: "China's rare earth magnet exports hit six-month high in July (Reuters text)",
    publisher: "squidsite02.com (Reuters)",
    url: "https://squidsite02.com/2025/08/20/chinas-rare-earth-magnet",
    publishedOn: "2025-08-20",
  }),
  samariumSevenMonthHigh: ref({
    id: "samarium-magnet-exports-seven-month-high",
    title: "China's rare earth magnet exports rise to seven-month high",
    publisher: "samarium.dev",
    url: "https://www.samarium.dev/news/china-s-rare-earth-magnet-exports-rise-to-seven-month-high",
  }),
  telegraphIndiaSeptember: ref({
    id: "telegraphindia-magnets-september",
    title:
      "China's rare earth magnet exports dip 6.1% in September amid tighter export scrutiny and curbs",
    publisher: "The Telegraph India (Reuters)",
    url: "https://www.telegraphindia.com/business/chinas-rare-earth-magnet-exports-dip-6-1-in-september-amid-tighter-export-scrutiny-and-curbs/cid/2128671",
    publishedOn: "2025-10-20",
  }),
  prChiefSeptember: ref({
    id: "prchief-100605",
    title: "China's rare earth magnet exports in September",
    publisher: "PR Chief",
    url: "https://prchief.com/?p=100605",
    note: "Title describes the page.",
  }),
  asiaCitySeptember: ref({
    id: "asiacity-138890",
    title: "Asia City News item 138890: China's September magnet exports by destination",
    publisher: "Asia City News",
    url: "https://asiacity.news/?p=138890",
    note: "Title describes the page. Compiled from Chinese customs data (gives the total as 5,773 t and the US as 420 t; Germany 1,288 t).",
  }),
  squidsiteOctober2025: ref({
    id: "squidsite02-2025-11-20-magnets-october",
    title: "China October rare earth magnet exports fall, shipments to US surge (Reuters text)",
    publisher: "squidsite02.com (Reuters)",
    url: "https://www.squidsite02.com/2025/11/20/china-october-rare-earth",
    publishedOn: "2025-11-20",
  }),
  tipInsightsOctober: ref({
    id: "tippinsights-magnets-october",
    title: "China's rare earth exports fall but shipments to U.S. surge 56%",
    publisher: "TIPP Insights",
    url: "https://tippinsights.com/chinas-rare-earth-exports-fall-but-shipments-to-u-s-surge-56",
  }),
  theWestNovember: ref({
    id: "thewest-sharp-fall-us-sales",
    title: "New data shows sharp fall in China's rare earth sales to the US",
    publisher: "The West Australian",
    url: "https://thewest.com.au/business/mining/new-data-shows-sharp-fall-in-chinas-rare-earth-sales-to-the-us-c-21074598",
  }),
  goldseaDecember: ref({
    id: "goldsea-december-2025-magnets",
    title: "China rare earth exports to US, Japan fell in December (Reuters text)",
    publisher: "GoldSea (Reuters)",
    url: "http://www.goldsea.com/public/index.php/article_details/china-rare-earth-exports-to-us-japan-fell-in-december",
    reliability: {
      rating: "weak",
      reason:
        "a repost of the Reuters text on an unrelated site; the only full source for December 2025 and FY 2025 (no wire original found)",
    },
  }),
  bizMatomeDecember: ref({
    id: "biz-matome-10146-december-2025",
    title:
      "China's rare earth magnet exports to Japan fell in December (Japanese summary of Reuters)",
    publisher: "biz-matome.com",
    url: "http://biz-matome.com/?p=10146",
    note: "Title describes the page. Gives December 2025 (total 5,952 t, US 564 t, Japan 280 t) and 2025 (57,392 t, -1.3% on 2024; US 5,933 t, -20.3%).",
    reliability: {
      rating: "weak",
      reason:
        "a machine-written Japanese summary (matome) of a Reuters story, secondary (labelled S in prices-and-trade.md)",
    },
  }),
  adamas2024Record: ref({
    id: "adamas-record-magnet-exports-2024",
    title: "Record rare earth magnet exports from China in 2024",
    publisher: "Adamas Intelligence",
    url: "https://www.adamasintel.com/record-rare-earth-magnet-exports-from-china-in-2024/",
    note: "58,152 t of rare earth permanent magnets and permanent magnet alloys in 2024, +10%, from GAC data.",
  }),
  tradingKeyJapan: ref({
    id: "tradingkey-261489648-reuters",
    title: "China's rare earth magnet exports to Japan (Reuters)",
    publisher: "TradingKey (Reuters)",
    url: "https://www.tradingkey.com/news/commodities/261489648-reuters",
    note: "Title describes the page.",
  }),
  rareEarthExchangesRedirects: ref({
    id: "rareearthexchanges-china-redirects-magnet-trade",
    title: "China redirects the magnet trade: U.S. demand falls as Europe absorbs supply",
    publisher: "Rare Earth Exchanges (citing Reuters/SCMP)",
    url: "https://rareearthexchanges.com/news/china-redirects-the-magnet-trade-u-s-demand-falls-as-europe-absorbs-supply",
  }),
  hdmuneMarch2026: ref({
    id: "hdmune-12560605375505-march-2026",
    title: "China's rare earth magnet exports in March 2026 (Reuters / Mining.com)",
    publisher: "hdmune.cn (Reuters / Mining.com)",
    url: "https://www.hdmune.cn/news/detail/12560605375505",
    publishedOn: "2026-04-20",
    note: "Title describes the page.",
    reliability: {
      rating: "weak",
      reason:
        "a crypto-news mirror of the Reuters / Mining.com story; the only source found for March 2026 and Q1 2026",
    },
  }),

  // --- "Rare earths" headline exports, GAC (facts §4.4) ---------------------------------------
  kitcoMay2024: ref({
    id: "kitco-2024-06-07-rare-earth-exports-may",
    title: "China May rare earth exports jump 36% y/y on restocking",
    publisher: "Kitco (Reuters)",
    url: "https://www.kitco.com/news/off-the-wire/2024-06-07/china-may-rare-earth-exports-jump-36-yy-restocking",
    publishedOn: "2024-06-07",
  }),
  kitcoAugust2025: ref({
    id: "kitco-2025-09-08-rare-earth-exports-august",
    title: "China August rare earth exports fall 3.4% on month",
    publisher: "Kitco (Reuters)",
    url: "https://www.kitco.com/news/off-the-wire/2025-09-08/china-august-rare-earth-exports-fall-34-month",
    publishedOn: "2025-09-08",
  }),
  newsFromRss2024: ref({
    id: "newsfromrss-2024-rare-earth-exports",
    title: "China's rare earth exports in 2024 climb as home demand limited",
    publisher: "newsfromrss.com",
    url: "https://newsfromrss.com/chinas-rare-earth-exports-in-2024-climb-as-home-demand-limited",
  }),
  kaohoon574357: ref({
    id: "kaohoon-574357",
    title: "China's rare earth exports (December)",
    publisher: "Kaohoon International",
    url: "https://www.kaohooninternational.com/economics/574357",
    note: "Title describes the page.",
  }),
  rawMaterialsMarch2025: ref({
    id: "rawmaterials-rare-earth-exports-rise-march",
    title: "China rare earth exports rise in March",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/china-rare-earth-exports-rise-in-march/",
  }),
  zawyaApril2025: ref({
    id: "zawya-april-rare-earth-shipments-tumble",
    title: "China's export controls see April rare earth shipments tumble on month",
    publisher: "Zawya (Reuters)",
    url: "https://www.zawya.com/en/world/china-and-asia-pacific/chinas-export-controls-see-april-rare-earth-shipments-tumble-on-month-dsb8ia0w",
  }),
  rawMaterialsMixedTrends: ref({
    id: "rawmaterials-export-volumes-mixed-trends",
    title: "China's rare earth export volumes see mixed trends",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/chinas-rare-earth-export-volumes-see-mixed-trends/",
  }),
  rawMaterialsMay2025: ref({
    id: "rawmaterials-rare-earth-exports-decline-may",
    title: "China rare earth exports decline in May",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/china-rare-earth-exports-decline-in-may/",
  }),
  energyNewsMay2025: ref({
    id: "energynews-2025-06-09-rare-earth-exports-may",
    title: "China's rare earth exports rose 23% in May despite export restrictions",
    publisher: "Energy News (oedigital)",
    url: "https://energynews.oedigital.com/mining/2025/06/09/chinas-rare-earth-exports-rose-23-in-may-despite-export-restrictions",
    publishedOn: "2025-06-09",
  }),
  newsBytesJune2025: ref({
    id: "newsbytes-rare-earth-exports-decade-high",
    title: "China's rare earth exports reach decade high",
    publisher: "NewsBytes",
    url: "https://www.newsbytesapp.com/news/business/chinas-rare-earth-exports-reach-decade-high/tldr",
  }),
  newsmaxJune2025: ref({
    id: "newsmax-1218642-rare-earth-exports-june",
    title: "China's rare earth minerals exports in June 2025",
    publisher: "Newsmax",
    url: "https://www.newsmax.com/world/globaltalk/china-rare-earth-minerals-exports/2025/07/14/id/1218642/",
    publishedOn: "2025-07-14",
    note: "Title describes the page. Gives June 2025 exports of rare earths as 7,742.2 t.",
  }),
  questMetalsAugust2025: ref({
    id: "questmetals-rare-earth-exports-decline",
    title: "China rare earth exports decline",
    publisher: "Quest Metals",
    url: "https://www.questmetals.com/blog/china-rare-earth-exports-decline",
  }),
  cryptagonOctober2025: ref({
    id: "thecryptagon-rare-earth-exports-october",
    title: "China's rare earth exports jump 9% in October",
    publisher: "The Cryptagon",
    url: "https://thecryptagon.com/chinas-rare-earth-exports-jump-9-in-october",
  }),
  devDiscourseOctober2025: ref({
    id: "devdiscourse-3688211",
    title: "China's rare earth export surge in October",
    publisher: "Devdiscourse",
    url: "https://devdiscourse-devdiscoursenetcore.azurewebsites.net/article/headlines/3688211-chinas-rare-earth-export-surge-in-october",
  }),
  imaNovember2025: ref({
    id: "ima-rare-earth-exports-november",
    title: "China's rare earth exports jump in November after Xi-Trump meeting",
    publisher: "IMA",
    url: "https://ima-api.org/chinas-rare-earth-exports-jump-in-november-after-xi-trump-meeting",
  }),
  rawMaterialsRecordYear: ref({
    id: "rawmaterials-record-year-2025",
    title: "Record year for China's rare earth exports despite export restrictions",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/record-year-for-chinas-rare-earth-exports-despite-export-restrictions",
  }),
  internationalBusinessWeekly2025: ref({
    id: "internationalbusinessweekly-183555",
    title: "China's rare earth exports in 2025",
    publisher: "International Business Weekly",
    url: "https://internationalbusinessweekly.com/?p=183555",
    note: "Title describes the page.",
  }),
  tass2099305: ref({
    id: "tass-2099305",
    title: "China's rare earth exports",
    publisher: "TASS",
    url: "https://tass.com/economy/2099305",
    note: "Title describes the page (FY 2025 and January-February 2026 figures).",
  }),

  // --- Bloomberg "rare earth products" (facts §4.5) -------------------------------------------
  businessStandardMay2025: ref({
    id: "business-standard-rare-earth-exports-five-year-low",
    title: "China's rare earth exports hit five-year low as magnet sales curbed",
    publisher: "Business Standard (Bloomberg)",
    url: "https://www.business-standard.com/amp/world-news/china-s-rare-earth-exports-hit-five-year-low-as-magnet-sales-curbs-125061801486_1.html",
  }),
  businessStandardAugust2025: ref({
    id: "business-standard-rare-earth-exports-record-august",
    title: "China rare earth exports hit record in August amid US talks",
    publisher: "Business Standard (Bloomberg)",
    url: "https://www.business-standard.com/world-news/china-rare-earth-exports-hit-record-august-amid-us-talks-125091800461_1.html",
    publishedOn: "2025-09-18",
  }),
  sgLatestNewsMay2025: ref({
    id: "sglatestnews-rare-earth-exports-slump-may",
    title: "China's rare earth exports slump in May as magnet sales curbed",
    publisher: "SG Latest News",
    url: "https://sglatestnews.biz/chinas-rare-earth-exports-slump-in-may-as-magnet-sales-curbed",
  }),
  newsAzBoostsExports: ref({
    id: "news-az-china-boosts-rare-earth-exports",
    title: "China boosts rare earth exports after US deal",
    publisher: "News.Az",
    url: "https://news.az/news/china-boosts-rare-earth-exports-after-us-deal",
  }),
} as const satisfies Record<string, SourceRef>
